// The desktop's Published Keys (Remote › Published Keys…, Ctrl+Alt+K) and Audit JWKS URL (Ctrl+Alt+A), driven as a
// person drives them against the in-process fake Hydra: the dialog opens on the shortcut and checks at once; a leaked
// private key shows as an error row; a key the admin API holds that is not published shows under Differences after a
// click on Check Now; a typed URL is checked on Enter; a URL that is not allowed, a server that is down and a check
// cancelled are said in the dialog itself; what was remembered makes the next check list what changed.

#include "../remote/RemoteTestUtil.h"
#include "FakeHydraServer.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "audit/PublishedKeysDialog.h"
#include "remote/RemoteDialog.h"
#include "remote/RemoteWidget.h"
#include "remote/SavedRemotes.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace jwk;
using jwk::test::FakeHydraServer;

namespace {

const QString kIdToken = QStringLiteral("hydra.openid.id-token");
const QString kAccess = QStringLiteral("hydra.jwt.access-token");

QJsonObject signingKey(const QString& alg, const QString& kid)
{
    QJsonObject k = remotetest::makeJwk(alg, kid, alg.startsWith(u'R') ? 2048 : 0);
    k.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return k;
}

// The texts of column `column` of every row (children included) of a tree, as the person reads them.
QStringList texts(QTreeWidget* tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        out << top->text(column);
        for (int c = 0; c < top->childCount(); ++c) {
            out << top->child(c)->text(column);
        }
    }
    return out;
}

} // namespace

class TestPublishedKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void remoteShortcutChecksAtOnce();
    void differencesWithTheAdminApi();
    void typedUrlIsCheckedOnEnter();
    void problemsAreSaidInTheDialog();
    void rememberedChecksListChanges();
    void fromTheRemoteView();
    void localCopiesAreComparedToo();

private:
    PublishedKeysDialog* openForRemote();
    bool waitChecked(PublishedKeysDialog* dialog);

    QTemporaryDir* m_dir = nullptr;
    MainWindow* m_window = nullptr;
    FakeHydraServer* m_server = nullptr;
};

void TestPublishedKeys::init()
{
    remotetest::setUpEnvironment();
    m_dir = new QTemporaryDir;
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
    m_server->setKeys(kIdToken, {signingKey(QStringLiteral("RS256"), QStringLiteral("id1"))});
    m_server->setKeys(kAccess, {signingKey(QStringLiteral("ES256"), QStringLiteral("at1"))});
    m_window = new MainWindow(test::openStore(m_dir->filePath(QStringLiteral("store.sqlite"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    RemoteProfile p;
    p.name = QStringLiteral("fake");
    p.adminUrl = m_server->url();
    p.publicUrl = m_server->url();
    p.timeoutMs = 3000;
    SavedRemotes(*m_window->store()).save(p);
}

void TestPublishedKeys::cleanup()
{
    if (m_window && m_window->publishedKeysDialog()) {
        m_window->publishedKeysDialog()->close();
    }
    delete m_window;
    m_window = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

bool TestPublishedKeys::waitChecked(PublishedKeysDialog* dialog)
{
    return QTest::qWaitFor([&] { return !dialog->isChecking(); }, 15000);
}

PublishedKeysDialog* TestPublishedKeys::openForRemote()
{
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    PublishedKeysDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->publishedKeysDialog()) && dialog->isVisible(); }, 5000)) {
        return nullptr;
    }
    return waitChecked(dialog) ? dialog : nullptr;
}

void TestPublishedKeys::remoteShortcutChecksAtOnce()
{
    // A private key leaks into the public port (a hand-rolled JWKS behind a proxy, say).
    const QJsonObject leaked = signingKey(QStringLiteral("ES256"), QStringLiteral("leaked"));
    QJsonArray keys{JsonWebKey::fromJson(m_server->keys(kIdToken).first()).publicKey().publicMembers(), leaked};
    m_server->setPublishedBody(QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson());
    PublishedKeysDialog* dialog = openForRemote();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("fake")));
    QVERIFY(dialog->urlEdit()->text().endsWith(QStringLiteral("/.well-known/jwks.json")));
    QVERIFY(dialog->urlEdit()->isReadOnly());
    QVERIFY2(!dialog->errorLabel()->isVisible(), qPrintable(dialog->errorLabel()->text()));
    const QStringList codes = texts(dialog->findingsView(), 1);
    QVERIFY2(codes.contains(QStringLiteral("private-material")), qPrintable(codes.join(u',')));
    const int row = int(codes.indexOf(QStringLiteral("private-material")));
    QCOMPARE(dialog->findingsView()->topLevelItem(row)->text(0), QStringLiteral("Error"));
    QCOMPARE(dialog->findingsView()->topLevelItem(row)->text(2), QStringLiteral("leaked"));
    QVERIFY(dialog->tabs()->tabText(0).contains(QStringLiteral("(")));
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Needs attention")),
             qPrintable(dialog->summaryLabel()->text()));
    // The private value is shown nowhere.
    const QString d = leaked.value(QStringLiteral("d")).toString();
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(d));
    }
    QVERIFY(!texts(dialog->findingsView(), 3).join(u' ').contains(d));
    // No bearer token went to the public URL (the fake recorded every request).
    for (const auto& r : m_server->requests()) {
        if (!r.path.startsWith(QStringLiteral("/admin/"))) {
            QVERIFY(r.authorization.isEmpty());
        }
    }
}

void TestPublishedKeys::differencesWithTheAdminApi()
{
    PublishedKeysDialog* dialog = openForRemote();
    QVERIFY(dialog);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("All clear")),
             qPrintable(dialog->summaryLabel()->text() + dialog->errorLabel()->text()));
    QCOMPARE(dialog->keysView()->topLevelItemCount(), 2);
    // A new key Hydra holds, which a stale cache in front of the public port does not serve yet.
    QList<QJsonObject> ids = m_server->keys(kIdToken);
    const QJsonObject stale = JsonWebKey::fromJson(ids.first()).publicKey().publicMembers();
    const QJsonObject access = JsonWebKey::fromJson(m_server->keys(kAccess).first()).publicKey().publicMembers();
    ids.prepend(signingKey(QStringLiteral("RS256"), QStringLiteral("id2")));
    m_server->setKeys(kIdToken, ids);
    m_server->setPublishedBody(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{stale, access}}}).toJson());
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(waitChecked(dialog));
    dialog->tabs()->setCurrentIndex(1);
    const QStringList kids = texts(dialog->differencesView(), 0);
    QVERIFY2(kids.contains(QStringLiteral("id2")), qPrintable(kids.join(u',')));
    QVERIFY2(kids.first().startsWith(QStringLiteral("In the admin API of fake, not published")),
             qPrintable(kids.join(u',')));
    QCOMPARE(dialog->tabs()->tabText(1), QStringLiteral("Differences (1)"));
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("Needs attention")));
}

void TestPublishedKeys::typedUrlIsCheckedOnEnter()
{
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    PublishedKeysDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->publishedKeysDialog()) && dialog->isVisible(); }, 5000));
    QVERIFY(!dialog->urlEdit()->isReadOnly());
    QVERIFY(QTest::qWaitFor([&] { return dialog->urlEdit()->hasFocus(); }, 2000));
    QTest::keyClicks(dialog->urlEdit(), m_server->url().toString() + QStringLiteral("/.well-known/jwks.json"));
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return dialog->lastReport().has_value(); }, 15000));
    QCOMPARE(dialog->keysView()->topLevelItemCount(), 2);
    QCOMPARE(dialog->tabs()->tabText(2), QStringLiteral("Keys (2)"));
    QVERIFY(texts(dialog->keysView(), 0).contains(QStringLiteral("id1")));
    QVERIFY(dialog->isVisible()); // Enter in the URL checks; it does not close the dialog
}

void TestPublishedKeys::problemsAreSaidInTheDialog()
{
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    PublishedKeysDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->publishedKeysDialog()) && dialog->isVisible(); }, 5000));
    // Plain http to another host: refused before anything is sent.
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("http://jwks.example.com/.well-known/jwks.json"));
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Return);
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("http")), qPrintable(dialog->errorLabel()->text()));
    QVERIFY(!dialog->isChecking());
    // A server that is not there.
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("http://127.0.0.1:1/jwks.json"));
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("failed")), qPrintable(dialog->errorLabel()->text()));
    // Not a JWKS.
    m_server->setPublishedBody("<html>maintenance</html>");
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), m_server->url().toString() + QStringLiteral("/.well-known/jwks.json"));
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Return);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("no JWKS")),
             qPrintable(dialog->errorLabel()->text()));
    // A server that never answers: the check shows progress and can be cancelled.
    m_server->setPublishedBody({});
    m_server->hangNext(1);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelCheckButton"));
    QVERIFY(cancel && cancel->isVisible());
    QVERIFY(!dialog->checkButton()->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitChecked(dialog));
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->checkButton()->isEnabled());
    // Checking on an interval: the spin box starts a timer of that many minutes.
    dialog->intervalBox()->setValue(5);
    bool running = false;
    for (QTimer* t : dialog->findChildren<QTimer*>()) {
        running = running || (t->isActive() && t->interval() == 5 * 60 * 1000);
    }
    QVERIFY(running);
}

void TestPublishedKeys::rememberedChecksListChanges()
{
    PublishedKeysDialog* dialog = openForRemote();
    QVERIFY(dialog);
    // Hydra rotates: a new key on top.
    QList<QJsonObject> ids = m_server->keys(kIdToken);
    ids.prepend(signingKey(QStringLiteral("RS256"), QStringLiteral("id2")));
    m_server->setKeys(kIdToken, ids);
    QTest::keyClick(dialog, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([&] { return dialog->lastReport() && dialog->lastReport()->keys.size() == 3; }, 15000));
    QVERIFY(dialog->lastReport()->changesSinceLast.has_value());
    const QStringList rows = texts(dialog->differencesView(), 0);
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                         [](const QString& t) { return t.startsWith(QStringLiteral("Added since")); }),
             qPrintable(rows.join(u',')));
    QVERIFY(rows.contains(QStringLiteral("id2")));
    // Remembered in the store, as the CLI sees it.
    QCOMPARE(m_window->store()->snapshots().sources(), QStringList{QStringLiteral("remote:fake")});
}

void TestPublishedKeys::fromTheRemoteView()
{
    // Remote › Remote Endpoints, a click on the remote's row, then the Published Keys button below the list.
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QTest::qWaitFor([&] { return m_window->remoteDialog() && m_window->remoteDialog()->isVisible(); }, 5000));
    RemoteWidget* view = m_window->remoteDialog()->remoteWidget();
    auto* profiles = view->findChild<QTreeView*>(QStringLiteral("remoteProfileView"));
    QVERIFY(profiles);
    QVERIFY(QTest::qWaitFor([&] { return profiles->model()->rowCount() == 1; }, 5000));
    const QRect row = profiles->visualRect(profiles->model()->index(0, 0));
    QTest::mouseClick(profiles->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(view->currentRemote(), QStringLiteral("fake"));
    QToolButton* button = nullptr;
    for (auto* b : view->findChildren<QToolButton*>()) {
        if (b->defaultAction() == view->publishedKeysAction()) {
            button = b;
        }
    }
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    PublishedKeysDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* d = qobject_cast<PublishedKeysDialog*>(w); d && d->isVisible()) {
                    dialog = d;
                }
            }
            return dialog && dialog->lastReport().has_value();
        },
        15000));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("fake")));
    QCOMPARE(dialog->keysView()->topLevelItemCount(), 2);
    dialog->close();
    m_window->remoteDialog()->close();
}

void TestPublishedKeys::localCopiesAreComparedToo()
{
    // The local copies of both published sets: the id-token set holds one more key than Hydra publishes.
    const auto publicOf = [](const QJsonObject& jwk) { return JsonWebKey::fromJson(jwk).publicKey(); };
    JsonWebKey localOnly = JsonWebKey::fromJson(signingKey(QStringLiteral("ES256"), QStringLiteral("local-only")));
    m_window->store()->addKeys(kIdToken, {publicOf(m_server->keys(kIdToken).first()), localOnly.publicKey()});
    m_window->store()->addKeys(kAccess, {publicOf(m_server->keys(kAccess).first())});
    PublishedKeysDialog* dialog = openForRemote();
    QVERIFY(dialog);
    QVERIFY(dialog->compareBox()->currentText().contains(QStringLiteral("local copies")));
    const QStringList rows = texts(dialog->differencesView(), 0);
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                         [](const QString& t) {
                             return t.startsWith(QStringLiteral("In the local copies (hydra.openid.id-token, "
                                                                "hydra.jwt.access-token), not published (1)"));
                         }),
             qPrintable(rows.join(u'|')));
    QVERIFY(rows.contains(QStringLiteral("local-only")));
    // The admin API agrees with what is published: only the local difference counts.
    QCOMPARE(dialog->tabs()->tabText(1), QStringLiteral("Differences (1)"));
}

QTEST_MAIN(TestPublishedKeys)
#include "tst_publishedkeys.moc"
