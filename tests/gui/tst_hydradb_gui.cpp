// File › Open Hydra Database… (Ctrl+Alt+H) as a person uses it, on a Hydra database that tests/hydradb/make_hydra_db.py
// builds (rows under three secrets, one under none): the DSN and the secrets typed in, Alt+R reads, the sets and the
// check summary show, a click on a set shows its keys newest first with Hydra's signer, Import into Store asks first
// (Cancel changes nothing) and then imports the chosen sets into the window's store; a password typed into a DSN moves
// into its hidden field and shows in no message; Alt+letters are unique.

#include "GuiTestSupport.h"
#include "HydraDbFixture.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "hydradb/HydraDbWindow.h"
#include "models/KeyModel.h"
#include "widgets/KeyStoreWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace jwk;

class TestHydraDbGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readShowsSetsKeysAndCheck();
    void importAsksThenImports();
    void passwordMovesOutOfTheDsn();
    void postgresWithThePasswordField();
    void mnemonicsAndMenu();

private:
    HydraDbWindow* open();
    bool read(HydraDbWindow* w);
    void clickSetRow(HydraDbWindow* w, const QString& set, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;
    QString m_dsn;
};

void TestHydraDbGui::initTestCase()
{
    test::prepareEnvironment();
    qunsetenv("DSN");
    QVERIFY(m_dir.isValid());
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    const hydradbtest::HydraDb db = hydradbtest::makeHydraDb(false, {}, m_dir.path(), nullptr);
    QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
    m_dsn = db.dsn;
}

void TestHydraDbGui::init()
{
    MessageBox::clearAnswers();
    m_window = new MainWindow(test::openStore(
        m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestHydraDbGui::cleanup()
{
    if (m_window && m_window->hydraDbWindow()) {
        QVERIFY2(QTest::qWaitFor([this] { return !m_window->hydraDbWindow()->isBusy(); }, 30000),
                 "the Hydra database window was still busy after 30 s");
        m_window->hydraDbWindow()->close();
    }
    delete m_window;
    m_window = nullptr;
}

HydraDbWindow* TestHydraDbGui::open()
{
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    HydraDbWindow* w = nullptr;
    if (!QTest::qWaitFor([&] { return (w = m_window->hydraDbWindow()) && w->isVisible(); }, 5000)) {
        return nullptr;
    }
    return QTest::qWaitForWindowExposed(w) ? w : nullptr;
}

bool TestHydraDbGui::read(HydraDbWindow* w)
{
    QSignalSpy done(w, &HydraDbWindow::readFinished);
    QTest::keyClick(w, Qt::Key_R, Qt::AltModifier);
    return done.wait(30000) || done.count() > 0;
}

void TestHydraDbGui::clickSetRow(HydraDbWindow* w, const QString& set, Qt::KeyboardModifiers modifiers)
{
    QTableWidget* sets = w->setsView();
    for (int row = 0; row < sets->rowCount(); ++row) {
        if (sets->item(row, 0)->text() == set) {
            const QRect rect = sets->visualItemRect(sets->item(row, 0));
            QTest::mouseClick(sets->viewport(), Qt::LeftButton, modifiers, rect.center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for set %1").arg(set)));
}

void TestHydraDbGui::readShowsSetsKeysAndCheck()
{
    HydraDbWindow* w = open();
    QVERIFY(w);
    // Typed as a person types: Alt+D to the DSN, Alt+S to the secrets.
    QTest::keyClick(w, Qt::Key_D, Qt::AltModifier);
    QVERIFY(w->dsnEdit()->hasFocus());
    QTest::keyClicks(w->dsnEdit(), m_dsn);
    QTest::keyClick(w, Qt::Key_S, Qt::AltModifier);
    QVERIFY(w->secretsEdit()->hasFocus());
    QTest::keyClicks(w->secretsEdit(), hydradbtest::allSecrets());
    QCOMPARE(w->secretsEdit()->echoMode(), QLineEdit::Password);
    const int boxes = MessageBox::shownCount();
    QVERIFY(read(w));
    QVERIFY2(MessageBox::shownCount() == boxes, qPrintable(MessageBox::lastText()));
    QCOMPARE(w->setsView()->rowCount(), 3);
    const QString summary = w->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("8 rows in 3 set(s)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("app.enc/lost-1")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("opens 4 rows")), qPrintable(summary));
    QCOMPARE(w->lastCheck().value(QStringLiteral("rows")).toInt(), 8);

    clickSetRow(w, QStringLiteral("hydra.openid.id-token"));
    auto* model = qobject_cast<KeyModel*>(w->keysView()->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->keyAt(0).kid, QStringLiteral("a-tie")); // newest first; the tie goes by pk, as Hydra's order
    QCOMPARE(model->keyAt(0).role, KeyRole::Signing);
    QCOMPARE(model->keyAt(3).kid, QStringLiteral("k-id-1"));
    clickSetRow(w, QStringLiteral("app.enc"));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->keyAt(0).kid, QStringLiteral("lost-1"));
    QCOMPARE(model->keyAt(0).role, KeyRole::CannotDecrypt);
}

void TestHydraDbGui::importAsksThenImports()
{
    HydraDbWindow* w = open();
    QVERIFY(w);
    w->dsnEdit()->setText(m_dsn);
    w->secretsEdit()->setText(hydradbtest::allSecrets());
    QVERIFY(read(w));
    clickSetRow(w, QStringLiteral("hydra.openid.id-token"));
    clickSetRow(w, QStringLiteral("hydra.jwt.access-token"), Qt::ControlModifier);

    // Cancel (the default) changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Import 6 keys")), qPrintable(MessageBox::lastText()));
    QVERIFY(!w->isBusy());
    QVERIFY(m_window->store()->keySets().isEmpty());

    QSignalSpy done(w, &HydraDbWindow::importFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000) || done.count() > 0);
    QVERIFY2(w->statusLabel()->text().contains(QStringLiteral("Imported 6 keys")),
             qPrintable(w->statusLabel()->text() + MessageBox::lastText()));
    QCOMPARE(m_window->store()->keySets().size(), 2);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Keys imported from Hydra's database."));
    QCOMPARE(m_window->store()->signingKid(QStringLiteral("hydra.openid.id-token")), QStringLiteral("a-tie"));
    QCOMPARE(m_window->store()->signingKid(QStringLiteral("hydra.jwt.access-token")), QStringLiteral("at-1"));

    // A set with a row no secret opens: said in a message, nothing imported.
    clickSetRow(w, QStringLiteral("app.enc"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000) || done.count() > 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("none of the secrets")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->store()->keySets().size(), 2);
}

void TestHydraDbGui::passwordMovesOutOfTheDsn()
{
    HydraDbWindow* w = open();
    QVERIFY(w);
    const QString password = QStringLiteral("TopSecret-pw-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    w->dsnEdit()->setText(QStringLiteral("postgres://hydra:%1@127.0.0.1:1/hydra?sslmode=disable").arg(password));
    w->secretsEdit()->setText(hydradbtest::allSecrets());
    const int boxes = MessageBox::shownCount();
    QVERIFY(read(w));
    QVERIFY(!w->dsnEdit()->text().contains(password));
    QCOMPARE(w->passwordEdit()->text(), password);
    QCOMPARE(w->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(MessageBox::shownCount() > boxes);
    QVERIFY2(!MessageBox::lastText().contains(password), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("hydra@127.0.0.1:1/hydra")),
             qPrintable(MessageBox::lastText()));
    for (QLabel* label : w->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(password));
    }
}

void TestHydraDbGui::postgresWithThePasswordField()
{
    jwktest::PgTestServer pg = jwktest::PgTestServer::fromEnvironment();
    if (!pg.ok()) {
        if (qEnvironmentVariableIsSet("JWKMAN_TEST_PG_ENV")) {
            QFAIL(qPrintable(pg.error));
        }
        QFAIL("no PostgreSQL server: run through ctest (fixture pg)");
    }
    const hydradbtest::HydraDb db = hydradbtest::makeHydraDb(true, {}, m_dir.path(), &pg);
    QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
    HydraDbWindow* w = open();
    QVERIFY(w);
    // The DSN as an operator has it without the password, which goes into its own field.
    w->dsnEdit()->setText(QStringLiteral("postgres://%1@%2:%3/%4?sslmode=disable&max_conns=4")
                              .arg(pg.user, pg.host)
                              .arg(pg.port)
                              .arg(db.location));
    QTest::keyClick(w, Qt::Key_W, Qt::AltModifier);
    QVERIFY(w->passwordEdit()->hasFocus());
    QTest::keyClicks(w->passwordEdit(), pg.password);
    w->secretsEdit()->setText(hydradbtest::allSecrets());
    const int boxes = MessageBox::shownCount();
    QVERIFY(read(w));
    QVERIFY2(MessageBox::shownCount() == boxes, qPrintable(MessageBox::lastText()));
    QCOMPARE(w->lastCheck().value(QStringLiteral("rows")).toInt(), 8);
    QCOMPARE(w->setsView()->rowCount(), 3);
    for (QLabel* label : w->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(pg.password));
    }
}

void TestHydraDbGui::mnemonicsAndMenu()
{
    HydraDbWindow* w = open();
    QVERIFY(w);
    QCOMPARE(test::clashes(test::mnemonicsOf(w)).join(QStringLiteral("; ")), QString());
    // The File menu's letters stay unique with Open Hydra Database.
    QMenu* file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QMultiMap<QChar, QString> letters;
    for (QAction* a : file->actions()) {
        const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < a->text().size()) {
            letters.insert(a->text().at(amp + 1).toLower(), a->text());
        }
    }
    QCOMPARE(test::clashes(letters).join(QStringLiteral("; ")), QString());
    QVERIFY(letters.values(QLatin1Char('d')).contains(QStringLiteral("Open Hydra &Database\u2026")));
}

QTEST_MAIN(TestHydraDbGui)
#include "tst_hydradb_gui.moc"
