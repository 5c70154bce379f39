// Password-protected keys in the desktop app (issue 16), driven as a person drives it, offscreen: the Export dialog
// offers "JWK (password-protected JWE)" and "PKCS#12" once private keys are included, asks for a new passphrase twice
// in the real PassphraseDialog (typed, then Encrypt clicked) and writes an owner-only file; importing a JWE or a
// PKCS#12 file (file, paste) asks for its passphrase like encrypted PEM, again after a wrong one, and Skip leaves the
// item out. No test hook of the passphrase dialog is used here: the dialog itself is typed into.

#include "ExportController.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportSummaryDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "jose/JwePbes2.h"
#include "keys/KeyFormats.h"
#include "keys/KeyImporter.h"
#include "keys/Pkcs12.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <sys/stat.h>

using namespace jwk;

namespace {

template<typename T>
T* waitForDialog(QWidget* parent)
{
    T* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<T*>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

int fileMode(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a person does in the passphrase dialog, once it is on screen: types (twice for a new passphrase) and clicks
// the OK button (Encrypt or Decrypt), or clicks Skip / Cancel. The dialog runs its own event loop (exec), so the
// answer is given from a timer that waits for it; `seen` collects the message each dialog showed.
struct PassphraseAnswer
{
    std::optional<QString> text; // none: Skip / Cancel
};

class PassphrasePerson : public QObject
{
public:
    explicit PassphrasePerson(QList<PassphraseAnswer> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &PassphrasePerson::look);
        m_timer.start();
    }
    QStringList seen;
    int answered = 0;

private:
    void look()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<PassphraseDialog*>(w);
            if (!dialog || !dialog->isVisible() || m_busy.contains(dialog)) {
                continue;
            }
            m_busy.append(dialog);
            QString message;
            for (QLabel* label : dialog->findChildren<QLabel*>()) {
                message += label->text() + u'\n';
            }
            seen << message;
            const PassphraseAnswer answer = m_answers.takeFirst();
            ++answered;
            if (m_answers.isEmpty()) {
                m_timer.stop(); // every answer given: a later dialog is another person's
            }
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            if (!answer.text) {
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                return;
            }
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
            QTest::keyClicks(edit, *answer.text);
            if (auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"))) {
                QTest::keyClicks(repeat, *answer.text);
            }
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return;
        }
    }

    QList<PassphraseAnswer> m_answers;
    QList<QPointer<PassphraseDialog>> m_busy;
    QTimer m_timer;
};

const QString kPassphrase = QStringLiteral("a long enough passphrase");

} // namespace

class TestProtectedGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    MainWindow* m_window = nullptr;
    KeyStore* store() const { return m_window->store(); }

    // Rejects the Export dialog and waits until it is gone (it deletes itself on close).
    static bool dismiss(ExportDialog* dialog)
    {
        QPointer<ExportDialog> gone(dialog);
        dialog->reject();
        return QTest::qWaitFor([&] { return gone.isNull(); }, 5000);
    }

    // Opens the Export dialog for the selected key and includes private keys (confirmed).
    ExportDialog* openExportWithPrivate()
    {
        m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
        auto* dialog = waitForDialog<ExportDialog>(m_window);
        if (!dialog) {
            return nullptr;
        }
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("includePrivateCheckBox"));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        return dialog;
    }

    // Picks `label` in the format box with the keyboard, as a person does: focus, then arrow keys until it shows.
    static bool chooseFormat(ExportDialog* dialog, const QString& label)
    {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("formatComboBox"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && !combo->currentText().startsWith(label); ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        return combo->currentText().startsWith(label);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void init()
    {
        MessageBox::clearAnswers();
        m_window =
            new MainWindow(test::openStore(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_storeCount))));
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void exportDialogOffersTheProtectedForms()
    {
        store()->addKeys(QStringLiteral("exports"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("ec-1")),
                                                     test::makeKey(QStringLiteral("HS256"), QStringLiteral("mac-1"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("exports"), QStringLiteral("ec-1")));
        m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
        auto* dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        // Public forms only until private keys are included.
        QVERIFY(!dialog->selectFormat(KeyFormat::JweJwk));
        QVERIFY(!dialog->selectFormat(KeyFormat::Pkcs12));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("includePrivateCheckBox"));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QVERIFY(dialog->includePrivate());
        QVERIFY(chooseFormat(dialog, QStringLiteral("JWK (password-protected JWE) (.jwe)")));
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("exportNoteLabel"))
                     ->text()
                     .contains(QStringLiteral("passphrase")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("exportNoteLabel"))->text()));
        QVERIFY(chooseFormat(dialog, QStringLiteral("PKCS#12 (.p12)")));
        QCOMPARE(dialog->format(), KeyFormat::Pkcs12);
        QVERIFY(dismiss(dialog));

        // The details' PEM tab shows text forms of the key only: neither protected form is offered there.
        auto* pemFormats =
            m_window->keyStoreWidget()->details()->findChild<QComboBox*>(QStringLiteral("pemFormatComboBox"));
        QVERIFY(pemFormats);
        QVERIFY(pemFormats->count() > 0);
        QCOMPARE(pemFormats->findData(static_cast<int>(KeyFormat::JweJwk)), -1);
        QCOMPARE(pemFormats->findData(static_cast<int>(KeyFormat::Pkcs12)), -1);

        // A symmetric key: the JWE takes it, PKCS#12 does not (disabled, with the reason as tool tip).
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("exports"), QStringLiteral("mac-1")));
        dialog = openExportWithPrivate();
        QVERIFY(dialog);
        QVERIFY(dialog->selectFormat(KeyFormat::JweJwk));
        QVERIFY(!dialog->selectFormat(KeyFormat::Pkcs12));
        QVERIFY(dismiss(dialog));

        // The whole set (two keys): the JWE holds a JWK Set, PKCS#12 one key only.
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("exports")));
        m_window->exportController()->exportCurrentSet();
        dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->setIncludePrivate(true);
        QVERIFY(dialog->selectFormat(KeyFormat::JweJwk));
        QVERIFY(!dialog->selectFormat(KeyFormat::Pkcs12));
        QVERIFY(dismiss(dialog));
    }

    void exportJweAndPkcs12ThroughThePassphraseDialog()
    {
        const JsonWebKey key = test::makeKey(QStringLiteral("ES256"), QStringLiteral("ec-1"));
        store()->addKeys(QStringLiteral("exports"), {key});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("exports"), QStringLiteral("ec-1")));
        QSignalSpy exported(m_window->exportController(), &ExportController::exportFinished);

        // JWE: the passphrase typed twice in the real dialog, the file 0600, readable with that passphrase only.
        const QString jwePath = m_dir.filePath(QStringLiteral("ec-1.jwe"));
        auto* dialog = openExportWithPrivate();
        QVERIFY(dialog);
        QVERIFY(chooseFormat(dialog, QStringLiteral("JWK (password-protected JWE)")));
        FileDialog::setNextFileName(jwePath);
        PassphrasePerson person({{kPassphrase}});
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.last().at(1).toString(), QString());
        QCOMPARE(person.answered, 1);
        QVERIFY2(person.seen.first().contains(QStringLiteral("Choose a passphrase")), qPrintable(person.seen.first()));
        QCOMPARE(fileMode(jwePath), 0600);
        const QByteArray compact = readFile(jwePath).trimmed();
        const jose::JweHeader header = jose::inspectCompactJwe(compact);
        QCOMPARE(header.alg, QStringLiteral("PBES2-HS512+A256KW"));
        QCOMPARE(header.p2c, qint64(600000));
        FixedPassphrase right(SecureBytes::fromByteArray(kPassphrase.toUtf8()));
        const ImportResult back = importKeys(compact, QStringLiteral("ec-1.jwe"), &right);
        QVERIFY2(back.ok(), qPrintable(back.failureSummary()));
        QVERIFY(back.keys.first().key.sameKeyAs(key));

        // PKCS#12 the same way.
        const QString p12Path = m_dir.filePath(QStringLiteral("ec-1.p12"));
        dialog = openExportWithPrivate();
        QVERIFY(dialog);
        QVERIFY(chooseFormat(dialog, QStringLiteral("PKCS#12")));
        FileDialog::setNextFileName(p12Path);
        PassphrasePerson second({{kPassphrase}});
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.last().at(1).toString(), QString());
        QCOMPARE(fileMode(p12Path), 0600);
        const Pkcs12Contents p12 = readPkcs12(readFile(p12Path), SecureBytes::fromByteArray(kPassphrase.toUtf8()));
        QVERIFY(p12.key.sameKeyAs(key));
        QCOMPARE(p12.key.kid(), QStringLiteral("ec-1"));

        // Cancel in the passphrase dialog: nothing written, the reason shown.
        const QString cancelled = m_dir.filePath(QStringLiteral("never.jwe"));
        dialog = openExportWithPrivate();
        QVERIFY(dialog);
        QVERIFY(chooseFormat(dialog, QStringLiteral("JWK (password-protected JWE)")));
        FileDialog::setNextFileName(cancelled);
        PassphrasePerson third({{std::nullopt}});
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 3);
        QVERIFY(exported.last().at(1).toString().contains(QStringLiteral("no passphrase")));
        QVERIFY(!QFile::exists(cancelled));
    }

    void importAsksForThePassphraseAgainAndSkips()
    {
        const JsonWebKey key = test::makeKey(QStringLiteral("ES384"), QStringLiteral("from-jwe"));
        FixedPassphrase writer(SecureBytes::fromByteArray(kPassphrase.toUtf8()));
        const SecureBytes jwe = exportKey(key, KeyFormat::JweJwk, &writer);
        const QString jwePath = m_dir.filePath(QStringLiteral("import.jwe"));
        {
            QFile f(jwePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(jwe.constChars(), static_cast<qint64>(jwe.size()));
        }
        store()->createKeySet(QStringLiteral("imp"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("imp")));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);

        // A wrong passphrase, then the right one: asked twice, the second time saying the first was wrong.
        PassphrasePerson person({{QStringLiteral("not the passphrase")}, {kPassphrase}});
        m_window->importController()->importFiles({jwePath}, QStringLiteral("imp"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(person.answered, 2);
        QVERIFY2(person.seen.at(1).contains(QStringLiteral("The passphrase was wrong")), qPrintable(person.seen.at(1)));
        QVERIFY2(person.seen.at(0).contains(QStringLiteral("import.jwe")), qPrintable(person.seen.at(0)));
        QCOMPARE(store()->keys(QStringLiteral("imp")).size(), 1);
        QCOMPARE(store()->keys(QStringLiteral("imp")).first().kid, QStringLiteral("from-jwe"));

        // A PKCS#12 file, skipped: nothing imported, the summary says so.
        const JsonWebKey other = test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("from-p12"));
        const SecureBytes p12 = writePkcs12(other, SecureBytes::fromByteArray(kPassphrase.toUtf8()), 1000);
        const QString p12Path = m_dir.filePath(QStringLiteral("import.p12"));
        {
            QFile f(p12Path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(p12.constChars(), static_cast<qint64>(p12.size()));
        }
        PassphrasePerson skipper({{std::nullopt}});
        m_window->importController()->importFiles({p12Path}, QStringLiteral("imp"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(skipper.answered, 1);
        const ImportSummary skipped = m_window->importController()->lastSummary()->summary();
        QCOMPARE(skipped.imported.size(), 0);
        QCOMPARE(skipped.failed.size(), 1);
        QVERIFY2(skipped.failed.first().contains(QStringLiteral("skipped")), qPrintable(skipped.failed.first()));

        // The same file with its passphrase: the key, kid from the friendly name.
        PassphrasePerson giver({{kPassphrase}});
        m_window->importController()->importFiles({p12Path}, QStringLiteral("imp"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(store()->keys(QStringLiteral("imp")).size(), 2);

        // Pasted JWE text: the same prompt.
        const JsonWebKey pasted = test::makeKey(QStringLiteral("ES256"), QStringLiteral("pasted"));
        FixedPassphrase writer2(SecureBytes::fromByteArray(kPassphrase.toUtf8()));
        const SecureBytes text = exportKey(pasted, KeyFormat::JweJwk, &writer2);
        QGuiApplication::clipboard()->setText(
            QString::fromLatin1(text.constChars(), static_cast<qsizetype>(text.size())));
        PassphrasePerson paster({{kPassphrase}});
        m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QCOMPARE(paster.answered, 1);
        QCOMPARE(store()->keys(QStringLiteral("imp")).size(), 3);
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestProtectedGui)
#include "tst_protected_gui.moc"
