// File › Open Team Store… (Ctrl+Shift+O) as a person uses it, on the PostgreSQL server of the ctest fixture "pg": a
// team store made beforehand by jwkman-cli; host, port, database, user typed in, the TLS mode chosen, the password and
// the team's system secret typed (never shown), Alt+letters; Open switches the window to the team store (its sets and
// keys, the title and status bar). A wrong password says so in words and changes nothing; the password and the secret
// are kept by the keychain's file backend (mode 0600), never in the settings, which keep the URL only; the next start
// opens the store with them, and asks (Open Team Store…, filled in) once the password is forgotten. jwkman-cli and the
// window see each other's changes (NOTIFY).

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "PgTestServer.h"
#include "ProcessRun.h"
#include "StoreOpener.h"
#include "StoreWatcher.h"
#include "dialogs/TeamStoreDialog.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "store/ServerLocation.h"
#include "store/TeamStoreCredentials.h"
#include "usecases/TeamStoreOpening.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>

using namespace jwk;

namespace {

const QByteArray kTeamSecret = "team-secret-of-the-gui-test-0123456789";

} // namespace

class TestTeamStoreGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openByKeyboardShowsTheTeamStore();
    void wrongPasswordChangesNothing();
    void noSystemSecretSaysWhatToDo();
    void serverProblemsSaidInWords();
    void nextStartReopensOrAsks();
    void cliAndWindowSeeEachOthersChanges();
    void mnemonicsAndShortcut();

private:
    QProcessEnvironment cliEnv() const;
    jwktest::ProcessRun cli(const QStringList& args) const;
    QString makeTeamStore(const QString& prefix);
    TeamStoreDialog* openDialog();
    void fillIn(TeamStoreDialog* d, const QString& database, const QString& password, const QByteArray& secret);
    bool clickOpen(TeamStoreDialog* d);
    QString settingsText() const;

    QTemporaryDir m_dir;
    jwktest::PgTestServer m_pg;
    QString m_url; // the team store of the first test, made by jwkman-cli
    QString m_database;
    MainWindow* m_window = nullptr;
    QString m_localStore;
};

void TestTeamStoreGui::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY(m_dir.isValid());
    // The keychain's file backend, the settings and the one-window-per-store sockets in the test's own folder; no
    // password from the environment or a ~/.pgpass: only what the dialog hands over reaches the server.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("run"))));
    QDir().mkpath(m_dir.filePath(QStringLiteral("run")));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_pg = jwktest::PgTestServer::fromEnvironment();
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error + QStringLiteral(" (run through ctest: fixture pg)")));
    m_url = makeTeamStore(QStringLiteral("jwkman_gui"));
    QVERIFY(!m_url.isEmpty());
    m_database = ServerLocation::parse(m_url).database;
}

QProcessEnvironment TestTeamStoreGui::cliEnv() const
{
    QProcessEnvironment env = m_pg.environment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kTeamSecret));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    env.remove(QStringLiteral("JWKMAN_STORE"));
    return env;
}

jwktest::ProcessRun TestTeamStoreGui::cli(const QStringList& args) const
{
    jwktest::ProcessOptions options;
    options.env = cliEnv();
    options.waitMs = 60000;
    return jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options);
}

// A team store with two sets, made by jwkman-cli (PGPASSWORD, SECRETS_SYSTEM) as a team member would.
QString TestTeamStoreGui::makeTeamStore(const QString& prefix)
{
    const QString db = m_pg.createDatabase(prefix);
    if (db.isEmpty()) {
        qWarning("%s", qPrintable(m_pg.error));
        return {};
    }
    const QString url =
        QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(m_pg.user, m_pg.host).arg(m_pg.port).arg(db);
    for (const auto& [set, kid, alg] :
         {std::tuple{"team-signing", "t1", "ES256"}, std::tuple{"team-signing", "t2", "EdDSA"},
          std::tuple{"team-enc", "e1", "ES384"}}) {
        const jwktest::ProcessRun r =
            cli({QStringLiteral("generate"), QStringLiteral("--alg"), QLatin1String(alg), QStringLiteral("--set"),
                 QLatin1String(set), QStringLiteral("--kid"), QLatin1String(kid), QStringLiteral("--store"), url});
        if (r.exitCode != 0) {
            qWarning("jwkman-cli generate: %s", qPrintable(r.describe()));
            return {};
        }
    }
    return ServerLocation::parse(url).url();
}

void TestTeamStoreGui::init()
{
    MessageBox::clearAnswers();
    Settings::instance().reset(Settings::Key::StoreLocation);
    Settings::instance().reset(Settings::Key::RecentTeamStores);
    m_localStore =
        m_dir.filePath(QStringLiteral("local-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    m_window = new MainWindow(test::openStore(m_localStore));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTeamStoreGui::cleanup()
{
    if (m_window && m_window->teamStoreDialog()) {
        (void)QTest::qWaitFor([this] { return !m_window->teamStoreDialog() || !m_window->teamStoreDialog()->isBusy(); },
                              30000);
        delete m_window->teamStoreDialog();
    }
    delete m_window;
    m_window = nullptr;
}

TeamStoreDialog* TestTeamStoreGui::openDialog()
{
    // The window a person comes back to after a dialog closed is the active one again.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window)) {
        qWarning("the main window is not active");
    }
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("openTeamStoreAction"));
    if (!action || !action->isEnabled()) {
        qWarning("File > Open Team Store is disabled");
        return nullptr;
    }
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    TeamStoreDialog* d = nullptr;
    if (!QTest::qWaitFor([&] { return (d = m_window->teamStoreDialog()) && d->isVisible(); }, 5000)) {
        return nullptr;
    }
    (void)QTest::qWaitForWindowExposed(d);
    return d;
}

// Typed as a person types: Alt+letter to each field, the TLS mode by keyboard (End: the last, "disable", which the
// test server without TLS needs).
void TestTeamStoreGui::fillIn(TeamStoreDialog* d, const QString& database, const QString& password,
                              const QByteArray& secret)
{
    QTest::keyClick(d, Qt::Key_H, Qt::AltModifier);
    QVERIFY(d->hostEdit()->hasFocus());
    d->hostEdit()->selectAll();
    QTest::keyClicks(d->hostEdit(), m_pg.host);
    QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
    QVERIFY(d->portSpin()->hasFocus());
    QCOMPARE(d->portSpin()->value(), 5432); // PostgreSQL's port unless told otherwise
    QTest::keyClick(d->portSpin(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d->portSpin(), QString::number(m_pg.port));
    QCOMPARE(d->portSpin()->value(), m_pg.port);
    QTest::keyClick(d, Qt::Key_D, Qt::AltModifier);
    QVERIFY(d->databaseEdit()->hasFocus());
    d->databaseEdit()->selectAll();
    QTest::keyClicks(d->databaseEdit(), database);
    QTest::keyClick(d, Qt::Key_U, Qt::AltModifier);
    QVERIFY(d->userEdit()->hasFocus());
    d->userEdit()->selectAll();
    QTest::keyClicks(d->userEdit(), m_pg.user);
    QTest::keyClick(d, Qt::Key_T, Qt::AltModifier);
    QVERIFY(d->tlsCombo()->hasFocus());
    QCOMPARE(d->tlsCombo()->currentData().toString(), QStringLiteral("verify-full")); // checked unless lowered
    QVERIFY(d->caFileEdit()->isEnabled());
    QTest::keyClick(d, Qt::Key_F, Qt::AltModifier); // CA file, for verify-full
    QVERIFY(d->caFileEdit()->hasFocus());
    QTest::keyClick(d, Qt::Key_T, Qt::AltModifier);
    QTest::keyClick(d->tlsCombo(), Qt::Key_End);
    QCOMPARE(d->tlsCombo()->currentData().toString(), QStringLiteral("disable"));
    QVERIFY(!d->caFileEdit()->isEnabled()); // a CA file only for verify-ca and verify-full
    QTest::keyClick(d, Qt::Key_W, Qt::AltModifier);
    QVERIFY(d->passwordEdit()->hasFocus());
    QCOMPARE(d->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(d->passwordEdit(), password);
    if (!secret.isEmpty()) {
        QVERIFY(d->secretEdit());
        QTest::keyClick(d, Qt::Key_S, Qt::AltModifier);
        QVERIFY(d->secretEdit()->hasFocus());
        QCOMPARE(d->secretEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(d->secretEdit(), QString::fromLatin1(secret));
    }
}

bool TestTeamStoreGui::clickOpen(TeamStoreDialog* d)
{
    QSignalSpy finished(d, &TeamStoreDialog::attemptFinished);
    QTest::keyClick(d, Qt::Key_O, Qt::AltModifier);
    if (!finished.wait(30000) && finished.isEmpty()) {
        return false;
    }
    return finished.first().first().toBool();
}

QString TestTeamStoreGui::settingsText() const
{
    Settings::instance().sync();
    QFile f(m_dir.filePath(QStringLiteral("settings.ini")));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

void TestTeamStoreGui::openByKeyboardShowsTheTeamStore()
{
    TeamStoreDialog* d = openDialog();
    QVERIFY(d);
    QVERIFY(d->isModal() || d->windowModality() != Qt::NonModal);
    QVERIFY(!d->rememberCheck()->isChecked());
    fillIn(d, m_database, m_pg.password, kTeamSecret);
    QTest::keyClick(d, Qt::Key_R, Qt::AltModifier); // Remember password in the keychain (an animated click)
    QTRY_VERIFY(d->rememberCheck()->isChecked());
    QVERIFY(d->keepSecretCheck()->isChecked());
    const int boxes = MessageBox::shownCount();
    QVERIFY(clickOpen(d));
    QVERIFY2(MessageBox::shownCount() == boxes, qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(!m_window->teamStoreDialog());

    // The window shows the team store: its sets and keys, and names it in the title and the status bar.
    QVERIFY(m_window->store()->isTeamStore());
    QCOMPARE(m_window->store()->path(), m_url);
    const KeySetModel* sets = m_window->keyStoreWidget()->setModel();
    QVERIFY(sets->setNames().contains(QStringLiteral("team-signing")));
    QVERIFY(sets->setNames().contains(QStringLiteral("team-enc")));
    QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("team-signing")));
    // The rows the person sees: the list's proxy (the model holds every set's keys).
    const KeyModel* keys = m_window->keyStoreWidget()->keyModel();
    const KeyFilterProxyModel* shown = m_window->keyStoreWidget()->keyProxy();
    QStringList kids;
    for (int row = 0; row < shown->rowCount(); ++row) {
        kids << keys->keyAt(shown->mapToSource(shown->index(row, 0)).row()).kid;
    }
    kids.sort();
    QCOMPARE(kids, (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
    const QString where =
        QStringLiteral("database %1 on %2:%3 as %4").arg(m_database, m_pg.host).arg(m_pg.port).arg(m_pg.user);
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("team store ") + where),
             qPrintable(m_window->windowTitle()));
    auto* label = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("storeLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Team store: ") + where);

    // The password and the secret are in the keychain's file backend (0600), keyed by the URL without a secret ...
    const QString passwordFile = TeamStoreCredentials::filePath(m_url, TeamStoreCredentials::Item::Password);
    const QString secretFile = TeamStoreCredentials::filePath(m_url, TeamStoreCredentials::Item::SystemSecret);
    QVERIFY(passwordFile.startsWith(m_dir.filePath(QStringLiteral("data"))));
    for (const QString& file : {passwordFile, secretFile}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QCOMPARE(QFileInfo(file).permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
    }
    QCOMPARE(TeamStoreCredentials::read(m_url, TeamStoreCredentials::Item::Password)->view(), m_pg.password.toUtf8());
    QCOMPARE(TeamStoreCredentials::read(m_url, TeamStoreCredentials::Item::SystemSecret)->view(), kTeamSecret);
    // ... and never in the settings, which keep the URL (no password in it) as the store to open and a recent one.
    const QString settings = settingsText();
    QVERIFY(!settings.isEmpty());
    QVERIFY(!settings.contains(m_pg.password));
    QVERIFY(!settings.contains(QString::fromLatin1(kTeamSecret)));
    QCOMPARE(Settings::instance().storeLocation(), m_url);
    QCOMPARE(Settings::instance().recentTeamStores(), QStringList{m_url});
    QVERIFY(!m_url.contains(m_pg.password));
    QVERIFY(!m_url.contains(QLatin1Char(':') + m_pg.password + QLatin1Char('@')));

    // Opened again, the dialog offers it as a recent store, says what is remembered and shows neither.
    d = openDialog();
    QVERIFY(d);
    QCOMPARE(d->recentCombo()->count(), 1);
    QCOMPARE(d->recentCombo()->itemText(0), m_url);
    QCOMPARE(d->databaseEdit()->text(), m_database);
    QVERIFY(d->passwordEdit()->text().isEmpty());
    QVERIFY(d->secretEdit()->text().isEmpty());
    QVERIFY(d->rememberCheck()->isChecked());
    QVERIFY(d->passwordEdit()->placeholderText().contains(QStringLiteral("remembered")));
    QTest::keyClick(d, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->teamStoreDialog());
}

void TestTeamStoreGui::wrongPasswordChangesNothing()
{
    const QString url = makeTeamStore(QStringLiteral("jwkman_gui_wrong"));
    QVERIFY(!url.isEmpty());
    const QString database = ServerLocation::parse(url).database;
    TeamStoreDialog* d = openDialog();
    QVERIFY(d);
    fillIn(d, database, QStringLiteral("not-the-password"), kTeamSecret);
    QTest::keyClick(d, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(d->rememberCheck()->isChecked());
    const int boxes = MessageBox::shownCount();
    QVERIFY(!clickOpen(d));
    // Said in words, with what to do, after the busy indicator is gone; the password is in no message.
    QCOMPARE(MessageBox::shownCount(), boxes + 1);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Team Store Cannot Be Opened"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("refused the password")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("not-the-password")));
    QVERIFY(!d->progressBar()->isVisible());
    QCOMPARE(d->statusLabel()->text(), MessageBox::lastText());
    QVERIFY(d->isVisible());
    QVERIFY(d->passwordEdit()->hasFocus()); // ready to type it again
    // Nothing changed: the window's store, the keychain, the settings.
    QCOMPARE(m_window->store()->path(), QFileInfo(m_localStore).absoluteFilePath());
    QVERIFY(!m_window->store()->isTeamStore());
    QVERIFY(!QFileInfo::exists(TeamStoreCredentials::filePath(url, TeamStoreCredentials::Item::Password)));
    QVERIFY(!QFileInfo::exists(TeamStoreCredentials::filePath(url, TeamStoreCredentials::Item::SystemSecret)));
    QVERIFY(Settings::instance().storeLocation().isEmpty());
    QVERIFY(Settings::instance().recentTeamStores().isEmpty());
    QVERIFY(!settingsText().contains(QStringLiteral("not-the-password")));

    // The right password typed over it opens the store.
    QTest::keyClicks(d->passwordEdit(), m_pg.password);
    QVERIFY(clickOpen(d));
    QTRY_VERIFY(!m_window->teamStoreDialog());
    QCOMPARE(m_window->store()->path(), url);
    QCOMPARE(TeamStoreCredentials::read(url, TeamStoreCredentials::Item::Password)->view(), m_pg.password.toUtf8());
}

void TestTeamStoreGui::noSystemSecretSaysWhatToDo()
{
    const QString url = makeTeamStore(QStringLiteral("jwkman_gui_nosecret"));
    QVERIFY(!url.isEmpty());
    TeamStoreDialog* d = openDialog();
    QVERIFY(d);
    fillIn(d, ServerLocation::parse(url).database, m_pg.password, QByteArray());
    const int boxes = MessageBox::shownCount();
    QTest::keyClick(d, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(MessageBox::shownCount(), boxes + 1); // Alt+O clicks Open (animated)
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("No system secret is set for this team store")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(d->secretEdit()->hasFocus());
    QVERIFY(!d->isBusy());
    QVERIFY(!m_window->store()->isTeamStore());

    // A secret that is not the team's: it does not open the store, and nothing is kept.
    QTest::keyClicks(d->secretEdit(), QStringLiteral("not-the-team-secret-0123456789"));
    QVERIFY(!clickOpen(d));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("does not open this team store")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(TeamStoreCredentials::filePath(url, TeamStoreCredentials::Item::SystemSecret)));
    QVERIFY(!m_window->store()->isTeamStore());
}

// A server that does not answer, and TLS required from a server that offers none: said in words, nothing opened.
void TestTeamStoreGui::serverProblemsSaidInWords()
{
    TeamStoreDialog* d = openDialog();
    QVERIFY(d);
    fillIn(d, m_database, m_pg.password, kTeamSecret);
    // Port 1 on the loopback: nobody listens.
    QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
    QTest::keyClick(d->portSpin(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d->portSpin(), QStringLiteral("1"));
    QCOMPARE(d->portSpin()->value(), 1);
    QVERIFY(!clickOpen(d));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("does not answer")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->store()->isTeamStore());

    // The right port, TLS required (two up from "disable": prefer, require): the test server has no TLS.
    QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
    QTest::keyClick(d->portSpin(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d->portSpin(), QString::number(m_pg.port));
    QTest::keyClick(d, Qt::Key_T, Qt::AltModifier);
    QTest::keyClick(d->tlsCombo(), Qt::Key_Up);
    QTest::keyClick(d->tlsCombo(), Qt::Key_Up);
    QCOMPARE(d->tlsCombo()->currentData().toString(), QStringLiteral("require"));
    QVERIFY(!clickOpen(d));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("TLS connection to the server could not be verified")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->store()->isTeamStore());
    QVERIFY(Settings::instance().recentTeamStores().isEmpty());
}

// The next start: the store last open opens with the password and secret from the keychain, without a question; once
// the password is forgotten, Open Team Store… asks, filled in and saying why.
void TestTeamStoreGui::nextStartReopensOrAsks()
{
    QVERIFY(TeamStoreCredentials::read(m_url, TeamStoreCredentials::Item::Password)); // kept by the first test
    setServerPassword(m_url, QString()); // a new process knows nothing but the keychain
    const int boxes = MessageBox::shownCount();
    {
        // No question is expected: a dialog that asks anyway is closed and its words make the failure, instead of
        // waiting for the function's time-out with nothing said.
        QString asked;
        QTimer guard;
        guard.setInterval(50);
        connect(&guard, &QTimer::timeout, this, [&asked] {
            auto* d = qobject_cast<TeamStoreDialog*>(QApplication::activeModalWidget());
            if (d && d->isVisible() && !d->isBusy() && asked.isEmpty()) {
                asked = d->findChild<QLabel*>(QStringLiteral("teamStoreNoticeLabel"))->text() + QStringLiteral(" / ") +
                        d->statusLabel()->text();
                d->reject();
            }
        });
        guard.start();
        std::unique_ptr<KeyStore> store = openStoreWithDialogs(m_url, nullptr, true);
        guard.stop();
        QVERIFY2(asked.isEmpty(),
                 qPrintable(QStringLiteral("the kept password did not open the store: %1").arg(asked)));
        QVERIFY(store);
        QCOMPARE(store->path(), m_url);
        QStringList names;
        for (const KeySetInfo& set : store->keySets()) {
            names << set.name;
        }
        QVERIFY(names.contains(QStringLiteral("team-enc")));
    }
    QCOMPARE(MessageBox::shownCount(), boxes);

    TeamStoreCredentials::forget(m_url, TeamStoreCredentials::Item::Password);
    setServerPassword(m_url, QString());
    QString notice;
    QString host;
    QString failed;
    bool rememberTicked = false;
    bool answered = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* d = qobject_cast<TeamStoreDialog*>(QApplication::activeModalWidget());
        if (!d || !d->isVisible()) {
            return;
        }
        if (answered) {
            return;
        }
        // An attempt that fails leaves the dialog open: said, and the dialog closed, instead of waiting for the
        // function's time-out with nothing said.
        connect(d, &TeamStoreDialog::attemptFinished, d, [&failed, d](bool opened) {
            if (!opened) {
                failed = d->statusLabel()->text();
                QMetaObject::invokeMethod(d, &TeamStoreDialog::reject, Qt::QueuedConnection);
            }
        });
        answered = true;
        notice = d->findChild<QLabel*>(QStringLiteral("teamStoreNoticeLabel"))->text();
        host = d->hostEdit()->text();
        rememberTicked = d->rememberCheck()->isChecked(); // checked below: a QVERIFY here would leave the dialog open
        QTest::keyClick(d, Qt::Key_W, Qt::AltModifier);
        QTest::keyClicks(d->passwordEdit(), m_pg.password);
        QTest::keyClick(d, Qt::Key_O, Qt::AltModifier);
    });
    answer.start();
    std::unique_ptr<KeyStore> store = openStoreWithDialogs(m_url, nullptr, true);
    answer.stop();
    QVERIFY(answered);
    QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("the dialog stayed open, saying: %1").arg(failed)));
    QVERIFY(!rememberTicked);
    QVERIFY2(notice.contains(QStringLiteral("did not open")) && notice.contains(QStringLiteral("password")),
             qPrintable(notice));
    QCOMPARE(host, m_pg.host);
    QVERIFY(store);
    QCOMPARE(store->path(), m_url);
    // Asked, not told to remember it: still not kept.
    QVERIFY(!TeamStoreCredentials::read(m_url, TeamStoreCredentials::Item::Password));
}

void TestTeamStoreGui::cliAndWindowSeeEachOthersChanges()
{
    const QString url = makeTeamStore(QStringLiteral("jwkman_gui_notify"));
    QVERIFY(!url.isEmpty());
    m_window->setStore(
        openTeamStore(url, m_pg.password, SystemSecret::fromList({SecureBytes::fromByteArray(kTeamSecret)})));
    QVERIFY(!m_window->storeWatcher()->check());

    // jwkman-cli's change shows in the window (NOTIFY), with the status line saying why.
    const jwktest::ProcessRun r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                                       QStringLiteral("--set"), QStringLiteral("from-cli"), QStringLiteral("--kid"),
                                       QStringLiteral("c1"), QStringLiteral("--store"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const KeySetModel* sets = m_window->keyStoreWidget()->setModel();
    QTRY_VERIFY_WITH_TIMEOUT(sets->rowOf(QStringLiteral("from-cli")) >= 0, 10000);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("The store was changed outside this window; the view is up to date."));

    // The window's change is what jwkman-cli lists next.
    m_window->store()->createKeySet(QStringLiteral("from-window"));
    const jwktest::ProcessRun listed = cli({QStringLiteral("sets"), QStringLiteral("--store"), url});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY2(listed.out.contains("from-window"), listed.out.constData());
    QVERIFY(listed.out.contains("from-cli"));
}

void TestTeamStoreGui::mnemonicsAndShortcut()
{
    TeamStoreDialog* d = openDialog();
    QVERIFY(d);
    QCOMPARE(test::clashes(test::mnemonicsOf(d)).join(QStringLiteral("; ")), QString());
    QTest::keyClick(d, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->teamStoreDialog());
    // The File menu's letters stay unique with Open Team Store, and its shortcut is no other action's.
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
    QVERIFY(letters.values(QLatin1Char('o')).contains(QStringLiteral("&Open Team Store\u2026")));
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    int owners = 0;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        owners += a->shortcuts().contains(keys) ? 1 : 0;
    }
    QCOMPARE(owners, 1);
}

QTEST_MAIN(TestTeamStoreGui)
#include "tst_teamstore_gui.moc"
