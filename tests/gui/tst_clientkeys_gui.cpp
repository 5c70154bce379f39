// Publish to OAuth2 Client as a person does it, offscreen, against the in-process fake Ory Hydra: the context menu of
// a key set's row (its letter pressed), the dialog filled with keys (the client id typed, Alt+K for keeping the
// client's keys, Alt+W), the plan with the kids the client gains and loses (Enter cancels: Cancel is the default),
// the action button clicked, and the fake's client holding the set's public keys afterwards. An unknown client ends
// in an error shown after the progress has gone; the mnemonics of the new dialog are unique.

#include "FakeHydraServer.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "Settings.h"
#include "remote/ClientKeysDialog.h"
#include "remote/RemoteController.h"
#include "remote/RemoteJob.h"
#include "remote/RemotePlanDialog.h"
#include "remote/RemotePlanModel.h"
#include "remote/SavedRemotes.h"
#include "widgets/KeyStoreWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

using namespace jwk;
using jwk::test::FakeHydraServer;

namespace {

const QString kSet = QStringLiteral("billing-client");

QModelIndex rowOf(QTreeView* view, const QString& text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data().toString() == text) {
            return index;
        }
    }
    return {};
}

QJsonObject publicJson(const JsonWebKey& key)
{
    return key.publicKey().publicMembers();
}

QStringList clientKids(const QJsonObject& client)
{
    QStringList kids;
    for (const auto& k : client.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray()) {
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    }
    return kids;
}

template<typename T>
T* waitForVisible(int timeoutMs = 10000)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* t = qobject_cast<T*>(top); t && t->isVisible()) {
                    found = t;
                    return true;
                }
                for (T* t : top->findChildren<T*>()) {
                    if (t->isVisible()) {
                        found = t;
                        return true;
                    }
                }
            }
            return false;
        },
        timeoutMs);
    return shown ? found : nullptr;
}

} // namespace

class TestClientKeysGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    MainWindow* m_window = nullptr;
    FakeHydraServer* m_server = nullptr;
    JsonWebKey m_a, m_b, m_old;

    RemoteController* controller() const { return m_window->remoteController(); }
    QTreeView* setView() const { return m_window->keyStoreWidget()->setView(); }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy() && !controller()->job()->isRunning(), 20000); }

    // Right-click on the set's row and press the letter of "Publish to OAuth2 Client…" in the menu that opens.
    void publishFromContextMenu()
    {
        const QModelIndex index = rowOf(setView(), kSet);
        QVERIFY(index.isValid());
        QTest::mouseClick(setView()->viewport(), Qt::LeftButton, {}, setView()->visualRect(index).center());
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), kSet);
        bool found = false;
        QTimer::singleShot(0, this, [&found] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            for (QAction* a : menu->actions()) {
                if (a->objectName() == QStringLiteral("publishClientKeysAction") && a->isEnabled()) {
                    found = a->text().contains(QStringLiteral("&Client"));
                }
            }
            QTest::keyClick(menu, Qt::Key_C); // its mnemonic
        });
        const QPoint pos = setView()->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, setView()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(setView()->viewport(), &event); // the menu runs here until the key closes it
        QVERIFY2(found, "the set's context menu has no enabled Publish to OAuth2 &Client");
    }

    // Fills the dialog as a person does and asks to see the changes.
    void fillDialog(const QString& clientId, bool keep)
    {
        auto* dialog = waitForVisible<ClientKeysDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->remoteComboBox()->currentText(), QStringLiteral("fake"));
        const QStringList clashes = test::clashes(test::mnemonicsOf(dialog));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog->clientIdEdit()));
        QTest::keyClicks(dialog->clientIdEdit(), clientId);
        if (keep) {
            QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
            QTRY_VERIFY(dialog->keepExistingCheckBox()->isChecked()); // a mnemonic clicks after a short animation
        }
        QPointer<ClientKeysDialog> open = dialog;
        QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier); // Show Changes
        QTRY_VERIFY(!open || !open->isVisible());            // accepted: the client is being read
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_server = new FakeHydraServer(this);
        QVERIFY(m_server->start() != 0);
        m_a = test::makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
        m_b = test::makeKey(QStringLiteral("ES384"), QStringLiteral("b"));
        m_old = test::makeKey(QStringLiteral("ES256"), QStringLiteral("old"));
    }

    void init()
    {
        MessageBox::clearAnswers();
        m_window =
            new MainWindow(test::openStore(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_storeCount))));
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->store()->addKeys(kSet, {m_b, m_a});
        RemoteProfile profile;
        profile.name = QStringLiteral("fake");
        profile.adminUrl = m_server->url();
        SavedRemotes(*m_window->store()).save(profile);
        m_window->keyStoreWidget()->reload();
        m_server->setClient(
            QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
                        {QStringLiteral("jwks"),
                         QJsonObject{{QStringLiteral("keys"), QJsonArray{publicJson(m_a), publicJson(m_old)}}}}});
        m_server->clearRequests();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void publishReplacesTheClientsKeys()
    {
        const QJsonObject before = m_server->client(QStringLiteral("c1"));
        // First time: the plan is shown, and Enter (Cancel is the default) changes nothing.
        publishFromContextMenu();
        fillDialog(QStringLiteral("c1"), false);
        RemotePlanDialog* plan = waitForVisible<RemotePlanDialog>(20000);
        QVERIFY(plan);
        QStringList gained, lost, kept;
        for (const auto& row : plan->model()->rows()) {
            (row.kind == PlanRow::Kind::Added ? gained : row.kind == PlanRow::Kind::Removed ? lost : kept) << row.kid;
        }
        QCOMPARE(gained, QStringList{QStringLiteral("b")});
        QCOMPARE(lost, QStringList{QStringLiteral("old")});
        QCOMPARE(kept, QStringList{QStringLiteral("a")});
        QVERIFY2(plan->summary().contains(QStringLiteral("gains b")) &&
                     plan->summary().contains(QStringLiteral("loses old")),
                 qPrintable(plan->summary()));
        QTest::keyClick(plan, Qt::Key_Return);
        waitIdle();
        QCOMPARE(m_server->client(QStringLiteral("c1")), before);
        for (const auto& r : m_server->requests()) {
            QCOMPARE(r.method, QByteArray("GET"));
        }

        // Second time: confirmed with the action button.
        publishFromContextMenu();
        fillDialog(QStringLiteral("c1"), false);
        plan = waitForVisible<RemotePlanDialog>(20000);
        QVERIFY(plan);
        QTest::mouseClick(plan->actionButton(), Qt::LeftButton);
        waitIdle();
        QCOMPARE(MessageBox::shownCount(), 0); // no error
        const QJsonObject after = m_server->client(QStringLiteral("c1"));
        QCOMPARE(clientKids(after), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        const QJsonArray keys = after.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys[0].toObject(), publicJson(m_b));
        QCOMPARE(keys[1].toObject(), publicJson(m_a));
        for (const auto& r : m_server->requests()) {
            QVERIFY(!r.body.contains("\"d\""));
        }
    }

    void keepExistingAddsOnly()
    {
        publishFromContextMenu();
        fillDialog(QStringLiteral("c1"), true);
        RemotePlanDialog* plan = waitForVisible<RemotePlanDialog>(20000);
        QVERIFY(plan);
        for (const auto& row : plan->model()->rows()) {
            QVERIFY(row.kind != PlanRow::Kind::Removed);
        }
        QTest::mouseClick(plan->actionButton(), Qt::LeftButton);
        waitIdle();
        QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))),
                 (QStringList{QStringLiteral("a"), QStringLiteral("old"), QStringLiteral("b")}));
    }

    void unknownClientErrorAfterProgress()
    {
        bool progressGone = false;
        MessageBox::setShowObserver(
            [this, &progressGone] { progressGone = controller()->progressDialog() == nullptr; });
        publishFromContextMenu();
        fillDialog(QStringLiteral("nobody"), false);
        waitIdle();
        MessageBox::setShowObserver(nullptr);
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no OAuth2 client \"nobody\"")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(progressGone);
        QVERIFY(!waitForVisible<RemotePlanDialog>(200));
    }
};

QTEST_MAIN(TestClientKeysGui)
#include "tst_clientkeys_gui.moc"
