// The main window driven as a person drives it, offscreen: drops, paste, generate, export, copy, delete and undo.
// Dialogs are answered through their test hooks or by finding the open dialog and pressing its buttons.

#include "Appearance.h"
#include "Clipboard.h"
#include "EditController.h"
#include "ExportController.h"
#include "FileDialog.h"
#include "GenerateController.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "InputDialog.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "StoreOpener.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/ImportSummaryDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/TrashDialog.h"
#include "keys/Algorithms.h"
#include "keys/JsonWebKeySet.h"
#include "keys/KeyImporter.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "models/TrashModel.h"
#include "usecases/HydraDefaults.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>

#include <sys/stat.h>

using namespace jwk;

namespace {

// Dialogs open without blocking (QDialog::open): wait until the one asked for is on screen.
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
    return shown ? dialog : nullptr; // the caller's QVERIFY reports a dialog that never appeared
}

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 0777);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    MainWindow* m_window = nullptr;

    KeyStore* store() const { return m_window->store(); }

    void dropOn(QWidget* target, const QPoint& pos, const QList<QUrl>& urls, bool* accepted)
    {
        *accepted = test::dropFiles(target, pos, urls);
    }

    QString writeTemp(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(content);
        return path;
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
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_storeCount));
        m_window = new MainWindow(test::openStore(path));
        // The offscreen screen is 800×600, where the first window is sized down to fit; the tests act on a window of
        // the size a desktop gives it.
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        Settings::instance().reset(Settings::Key::ClipboardTimeout);
    }

    void titleAndFirstRun()
    {
        // Qt appends the display name unless the title ends with it: the title reads "JWK Manager" alone.
        QCOMPARE(m_window->windowTitle(), QStringLiteral("JWK Manager"));
        QVERIFY(m_window->keyStoreWidget()->isShowingFirstRun());
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("createHydraDefaultsButton"))->isVisible());
        store()->createKeySet(QStringLiteral("first"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(!m_window->keyStoreWidget()->isShowingFirstRun());
    }

    void menusShowShortcutsAndControlsHaveNames()
    {
        for (const char* name : {"newSetAction", "generateAction", "hydraDefaultsAction", "importAction", "pasteAction",
                                 "exportAction", "exportSetAction", "settingsAction", "quitAction", "undoAction",
                                 "redoAction", "copyJwkAction", "copyPemAction", "copyThumbprintAction", "findAction",
                                 "editKeyAction", "renameSetAction", "deleteAction", "trashAction"}) {
            auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+V")));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("undoAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Z")));
        // Private material is never one keystroke away.
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("copyPrivateJwkAction"))->shortcut().isEmpty());
        store()->addKeys(QStringLiteral("a"), {test::makeKey(QStringLiteral("ES256"))});
        m_window->keyStoreWidget()->reload();
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(m_window) || !w->focusPolicy() || qobject_cast<QAbstractButton*>(w) ||
                w->inherits("QScrollBar") || w->inherits("QTabBar")) {
                continue;
            }
            if (w->inherits("QAbstractItemView") || w->inherits("QLineEdit") || w->inherits("QComboBox") ||
                w->inherits("QPlainTextEdit")) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
    }

    void tabOrderGoesSearchSetsKeysDetails()
    {
        store()->addKeys(QStringLiteral("tabs"), {test::makeKey(QStringLiteral("ES256"))});
        m_window->keyStoreWidget()->reload();
        m_window->activateWindow();
        m_window->keyStoreWidget()->searchEdit()->setFocus();
        QTRY_VERIFY(m_window->keyStoreWidget()->searchEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), m_window->keyStoreWidget()->setView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), m_window->keyStoreWidget()->keyView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(m_window->keyStoreWidget()->details()->isAncestorOf(QApplication::focusWidget()));
        // Ctrl+F comes back to the search field from anywhere.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->keyStoreWidget()->searchEdit()->hasFocus());
    }

    void dropGoodAndBadFile()
    {
        store()->createKeySet(QStringLiteral("drops"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("drops")));
        const QString good =
            writeTemp(QStringLiteral("good.pem"), readFile(test::vector(QStringLiteral("ec_p256_pkcs8_private.pem"))));
        const QString bad = writeTemp(QStringLiteral("bad.pem"), QByteArrayLiteral("this is not a key\n"));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        bool accepted = false;
        dropOn(m_window, m_window->rect().center(), {QUrl::fromLocalFile(good), QUrl::fromLocalFile(bad)}, &accepted);
        QVERIFY(accepted);
        QTRY_COMPARE(finished.size(), 1);

        const QList<KeyInfo> keys = store()->keys(QStringLiteral("drops"));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().kty, QStringLiteral("EC"));
        QVERIFY(keys.first().hasPrivate);
        ImportSummaryDialog* summary = m_window->importController()->lastSummary();
        QVERIFY(summary);
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->summary().imported.size(), 1);
        QCOMPARE(summary->summary().failed.size(), 1);
        QVERIFY2(summary->summary().failed.first().contains(QStringLiteral("bad.pem")),
                 qPrintable(summary->summary().failed.first()));
        QCOMPARE(summary->findChild<QLabel*>(QStringLiteral("headlineLabel"))->text(),
                 QStringLiteral("Imported 1 key into drops; 1 failed."));
        QVERIFY(summary->text().contains(QStringLiteral("bad.pem")));
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 1);

        // The same file again: a duplicate by thumbprint, skipped and said so.
        dropOn(m_window, m_window->rect().center(), {QUrl::fromLocalFile(good)}, &accepted);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_window->importController()->lastSummary()->summary().skipped.size(), 1);
        QCOMPARE(store()->keys(QStringLiteral("drops")).size(), 1);

        // Something that is not a file or text is refused at the door.
        QMimeData image;
        image.setImageData(QImage(4, 4, QImage::Format_RGB32));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void dropOnASet()
    {
        store()->createKeySet(QStringLiteral("one"));
        store()->createKeySet(QStringLiteral("two"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("one")));
        const QString file =
            writeTemp(QStringLiteral("spki.pem"), readFile(test::vector(QStringLiteral("rsa2048_spki_public.pem"))));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        QTreeView* view = m_window->keyStoreWidget()->setView();
        const QModelIndex two = m_window->keyStoreWidget()->setModel()->index(
            m_window->keyStoreWidget()->setModel()->rowOf(QStringLiteral("two")), 0);
        const QPoint pos = view->visualRect(two).center();
        bool accepted = false;
        dropOn(view->viewport(), pos, {QUrl::fromLocalFile(file)}, &accepted);
        QVERIFY(accepted);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(store()->keys(QStringLiteral("two")).size(), 1);
        QCOMPARE(store()->keys(QStringLiteral("one")).size(), 0);

        // Dropped on "All keys": the set is asked for, whatever is selected.
        InputDialog::setNextText(QStringLiteral("asked"));
        const QPoint all = view->visualRect(m_window->keyStoreWidget()->setModel()->index(0, 0)).center();
        dropOn(view->viewport(), all, {QUrl::fromLocalFile(test::vector(QStringLiteral("ec_p384_spki_public.pem")))},
               &accepted);
        QVERIFY(accepted);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(store()->keys(QStringLiteral("asked")).size(), 1);
    }

    void pastePem()
    {
        store()->createKeySet(QStringLiteral("pasted"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("pasted")));
        QGuiApplication::clipboard()->setText(
            QString::fromLatin1(readFile(test::vector(QStringLiteral("ed25519_pkcs8_private.pem")))));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->keyStoreWidget()->keyView()->setFocus();
        m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
        QTRY_COMPARE(finished.size(), 1);
        const QList<KeyInfo> keys = store()->keys(QStringLiteral("pasted"));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().typeDescription(), QStringLiteral("OKP Ed25519"));
        QCOMPARE(m_window->importController()->lastSummary()->summary().imported.size(), 1);
        QVERIFY(m_window->importController()->lastSummary()->summary().imported.first().contains(
            QStringLiteral("clipboard")));
        // The new key is selected and shown.
        QCOMPARE(m_window->keyStoreWidget()->currentKey()->kid, keys.first().kid);
        QVERIFY(m_window->keyStoreWidget()->details()->jwkText().contains(QStringLiteral("\"OKP\"")));
        QVERIFY(!m_window->keyStoreWidget()->details()->jwkText().contains(QStringLiteral("\"d\"")));
    }

    void encryptedPemAsksAgainThenImports()
    {
        store()->createKeySet(QStringLiteral("enc"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("enc")));
        const int asked = PassphraseDialog::askedCount();
        PassphraseDialog::setNextAnswers({QStringLiteral("wrong"), QStringLiteral("correct horse")});
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->importController()->importFiles({test::vector(QStringLiteral("rsa2048_pkcs8_encrypted.pem"))});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(PassphraseDialog::askedCount() - asked, 2);
        QCOMPARE(store()->keys(QStringLiteral("enc")).size(), 1);
        QVERIFY(store()->keys(QStringLiteral("enc")).first().hasPrivate);

        // Skipping: nothing imported, the summary says it was skipped.
        PassphraseDialog::setNextAnswers({std::nullopt});
        m_window->importController()->importFiles({test::vector(QStringLiteral("rsa2048_pkcs1_encrypted_legacy.pem"))});
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_window->importController()->lastSummary()->summary().imported.size(), 0);
        QCOMPARE(m_window->importController()->lastSummary()->summary().failed.size(), 1);
        QVERIFY(
            m_window->importController()->lastSummary()->summary().failed.first().contains(QStringLiteral("skipped")));
    }

    void bigJwkSetImportsInTheBackground()
    {
        store()->createKeySet(QStringLiteral("big"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("big")));
        JsonWebKeySet set;
        for (int i = 0; i < 300; ++i) {
            set.append(test::makeKey(QStringLiteral("ES256")));
        }
        const SecureBytes json = set.toJson(true);
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->importController()->importData(json.view(), QStringLiteral("big.jwks"));
        QVERIFY(m_window->importController()->isImporting() || finished.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(store()->keys(QStringLiteral("big")).size(), 300);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 300);
        ImportSummaryDialog* summary = m_window->importController()->lastSummary();
        QCOMPARE(summary->summary().imported.size(), 300);
        QVERIFY(summary->text().contains(QStringLiteral("and 100 more")));
    }

    void importIntoAllKeysAsksForTheSet()
    {
        store()->createKeySet(QStringLiteral("existing"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QString())); // All keys
        InputDialog::setNextText(QStringLiteral("chosen"));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->importController()->importFiles({test::vector(QStringLiteral("bundle_4_keys.pem"))});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(store()->keys(QStringLiteral("chosen")).size() >= 2);
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), QStringLiteral("chosen"));
    }

    void generateKeyThroughTheDialog()
    {
        store()->createKeySet(QStringLiteral("gen"));
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("gen")));
        QSignalSpy generated(m_window->generateController(), &GenerateController::keyGenerated);
        m_window->findChild<QAction*>(QStringLiteral("generateAction"))->trigger();
        auto* dialog = waitForDialog<GenerateKeyDialog>(m_window);
        QVERIFY(dialog);
        // Every algorithm is listed with its line on what it is for.
        auto* list = dialog->findChild<QTreeView*>(QStringLiteral("algorithmTreeView"));
        QCOMPARE(list->model()->rowCount(), static_cast<int>(algorithms().size()));
        dialog->setAlgorithm(QStringLiteral("ES384"));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("sizeComboBox"))->currentText(), QStringLiteral("P-384"));
        dialog->findChild<QRadioButton*>(QStringLiteral("kidUuidRadioButton"))->click();
        QCOMPARE(dialog->targetSet(), QStringLiteral("gen"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
        QTRY_COMPARE(generated.size(), 1);
        const QString kid = generated.first().at(1).toString();
        QVERIFY(QUuid::fromString(kid).isNull() == false);
        const auto info = store()->keyInfo(QStringLiteral("gen"), kid);
        QVERIFY(info);
        QCOMPARE(info->alg, QStringLiteral("ES384"));
        QCOMPARE(info->crv, QStringLiteral("P-384"));
        QCOMPARE(info->role, KeyRole::Signing);
        QCOMPARE(m_window->keyStoreWidget()->currentKey()->kid, kid);
    }

    void generateRsa4096CanBeCancelled()
    {
        store()->createKeySet(QStringLiteral("rsa"));
        m_window->keyStoreWidget()->reload();
        m_window->generateController()->generateKey();
        auto* dialog = waitForDialog<GenerateKeyDialog>(m_window);
        QVERIFY(dialog);
        dialog->setAlgorithm(QStringLiteral("RS256"));
        auto* size = dialog->findChild<QComboBox*>(QStringLiteral("sizeComboBox"));
        size->setCurrentIndex(size->findData(4096));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(dialog->isGenerating());
        QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isGenerating(), 30000);
        // Cancelled generation keeps the dialog open and stores nothing (unless the key was done already).
        if (dialog->isVisible()) {
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Cancelled."));
            QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
            QCOMPARE(store()->keys(QStringLiteral("rsa")).size(), 0);
            dialog->reject();
        }
    }

    void exportAndReadBack()
    {
        const JsonWebKey key = test::makeKey(QStringLiteral("ES256"), QStringLiteral("exp-1"));
        store()->addKeys(QStringLiteral("exports"),
                         {key, test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("exp-2"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("exports")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("exports"), QStringLiteral("exp-1")));
        QSignalSpy exported(m_window->exportController(), &ExportController::exportFinished);

        // Public JWK: the dialog, the file dialog's answer, the file.
        const QString publicPath = m_dir.filePath(QStringLiteral("exp-1.jwk"));
        m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
        auto* dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        QVERIFY(!dialog->includePrivate());
        QVERIFY(dialog->selectFormat(KeyFormat::JwkPublic));
        QVERIFY(!dialog->selectFormat(KeyFormat::Pkcs8Pem)); // private forms only after "Include private keys"
        FileDialog::setNextFileName(publicPath);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toString(), QString());
        const QJsonObject jwk = QJsonDocument::fromJson(readFile(publicPath)).object();
        QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), QStringLiteral("exp-1"));
        QCOMPARE(jwk.value(QStringLiteral("x")).toString(), key.publicMembers().value(QStringLiteral("x")).toString());
        QVERIFY(!jwk.contains(QStringLiteral("d")));
        QCOMPARE(fileMode(publicPath), 0644);

        // Private PKCS#8 PEM: confirmation, then a file readable by the owner only.
        const QString privatePath = m_dir.filePath(QStringLiteral("exp-1.pem"));
        QFile::remove(privatePath);
        m_window->exportController()->exportSelection();
        dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("includePrivateCheckBox"));
        // On the box itself: the check box is wider than its label, and only the box and label take clicks.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QVERIFY(dialog->includePrivate());
        QVERIFY(dialog->selectFormat(KeyFormat::Pkcs8Pem));
        FileDialog::setNextFileName(privatePath);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.last().at(1).toString(), QString());
        const QByteArray pem = readFile(privatePath);
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(fileMode(privatePath), 0600);
        const ImportResult back = importKeys(pem, QStringLiteral("exp-1.pem"));
        QCOMPARE(back.keys.size(), 1);
        QVERIFY(back.keys.first().key.sameKeyAs(key));
        bool audited = false;
        for (const auto& entry : store()->audit().entries()) {
            audited =
                audited || (entry.action == QStringLiteral("exported-private") && entry.kid == QStringLiteral("exp-1"));
        }
        QVERIFY(audited);

        // Declining the confirmation leaves the private forms out.
        m_window->exportController()->exportSelection();
        dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog->findChild<QCheckBox*>(QStringLiteral("includePrivateCheckBox"))->click();
        QVERIFY(!dialog->includePrivate());
        dialog->reject();

        // DER: binary, read back through the same import path.
        const QString derPath = m_dir.filePath(QStringLiteral("exp-1.der"));
        QCOMPARE(
            m_window->exportController()->writeExport(
                KeySelection::of({{QStringLiteral("exports"), QStringLiteral("exp-1")}}), KeyFormat::SpkiDer, derPath),
            QString());
        const QByteArray der = readFile(derPath);
        QCOMPARE(static_cast<unsigned char>(der.at(0)), 0x30);
        const ImportResult fromDer = importKeys(der, QStringLiteral("exp-1.der"));
        QCOMPARE(fromDer.keys.size(), 1);
        QCOMPARE(fromDer.keys.first().key.thumbprint(), key.thumbprint());
        QCOMPARE(fileMode(derPath), 0644);

        // The whole set as a public JWK Set, over an existing private file: the mode follows the content.
        const QString setPath = m_dir.filePath(QStringLiteral("exports.jwks"));
        QCOMPARE(m_window->exportController()->writeExport(KeySelection::wholeSet(QStringLiteral("exports")),
                                                           KeyFormat::JwksPublic, setPath),
                 QString());
        const JsonWebKeySet set = JsonWebKeySet::fromJson(readFile(setPath));
        QCOMPARE(set.size(), 2);
        QVERIFY(!set.hasPrivateKeys());
        QCOMPARE(m_window->exportController()->writeExport(KeySelection::wholeSet(QStringLiteral("exports")),
                                                           KeyFormat::JwksPrivate, setPath),
                 QString());
        QVERIFY(JsonWebKeySet::fromJson(readFile(setPath)).hasPrivateKeys());
        QCOMPARE(fileMode(setPath), 0600);
    }

    // Renaming the signer's kid: the set's header says the new kid at once, and again after undo (it named the old kid
    // until the set list was read again).
    void editedSignerShowsInTheHeader()
    {
        store()->addKeys(QStringLiteral("signer"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("before"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("signer")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("signer"), QStringLiteral("before")));
        auto* header = m_window->findChild<QLabel*>(QStringLiteral("keysTitleLabel"));
        QVERIFY(header);
        QVERIFY2(header->text().endsWith(QStringLiteral("signs with before")), qPrintable(header->text()));
        m_window->findChild<QAction*>(QStringLiteral("editKeyAction"))->trigger();
        auto* dialog = waitForDialog<EditKeyDialog>(m_window);
        QVERIFY(dialog);
        dialog->kidEdit()->selectAll();
        QTest::keyClicks(dialog->kidEdit(), QStringLiteral("after"));
        QTest::keyClick(dialog->kidEdit(), Qt::Key_Return);
        QTRY_VERIFY(store()->keyInfo(QStringLiteral("signer"), QStringLiteral("after")));
        QVERIFY2(header->text().endsWith(QStringLiteral("signs with after")), qPrintable(header->text()));
        QCOMPARE(m_window->keyStoreWidget()->details()->key()->kid, QStringLiteral("after"));
        m_window->undoStack()->undo();
        QVERIFY2(header->text().endsWith(QStringLiteral("signs with before")), qPrintable(header->text()));
    }

    // A person clicks a key: the details show that key (issue 13, item 1: the pane stayed empty after a mouse click,
    // because the current row changed before the row was selected and the details read the selection).
    void clickingAKeyShowsIt()
    {
        store()->addKeys(QStringLiteral("clicks"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("click-1")),
                                                    test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("click-2")),
                                                    test::makeKey(QStringLiteral("ES384"), QStringLiteral("click-3"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("clicks")));
        QTreeView* view = m_window->keyStoreWidget()->keyView();
        KeyDetailsWidget* details = m_window->keyStoreWidget()->details();
        const auto rowOf = [view](const QString& kid) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                if (index.data().toString() == kid) {
                    return index;
                }
            }
            return QModelIndex();
        };
        const auto click = [view](const QModelIndex& index, Qt::KeyboardModifiers modifiers = {}) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
        };
        for (const QString& kid : {QStringLiteral("click-2"), QStringLiteral("click-3"), QStringLiteral("click-1")}) {
            const QModelIndex index = rowOf(kid);
            QVERIFY(index.isValid());
            click(index);
            QVERIFY2(details->key() && details->key()->kid == kid, qPrintable(kid));
            QVERIFY2(details->jwkText().contains(QStringLiteral("\"kid\": \"%1\"").arg(kid)),
                     qPrintable(details->jwkText()));
            QCOMPARE(m_window->keyStoreWidget()->selectedKeys().size(), 1);
        }
        // The keyboard moves the same way.
        view->setFocus();
        const QString before = details->key()->kid;
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(details->key());
        QVERIFY(details->key()->kid != before);
        QCOMPARE(m_window->keyStoreWidget()->currentKey()->kid, details->key()->kid);
        // Ctrl+click on the shown key takes it out of the selection: nothing is shown for it any more.
        click(rowOf(details->key()->kid), Qt::ControlModifier);
        QVERIFY(m_window->keyStoreWidget()->selectedKeys().isEmpty());
        QVERIFY(!details->key());
        QVERIFY(!details->jwkText().contains(QStringLiteral("\"kid\"")));
        // Clicking again shows it again.
        click(rowOf(QStringLiteral("click-2")));
        QVERIFY(details->key() && details->key()->kid == QStringLiteral("click-2"));
    }

    // The desktop's set export is the exportKeys use case: a public JWK Set leaves out the oct key and says so, the
    // same words the CLI prints.
    void exportSetWarnsOfLeftOutOctKeys()
    {
        store()->addKeys(QStringLiteral("mixed"), {test::makeKey(QStringLiteral("HS256"), QStringLiteral("mac-1")),
                                                   test::makeKey(QStringLiteral("ES256"), QStringLiteral("sig-1"))});
        m_window->keyStoreWidget()->reload();
        QTreeView* sets = m_window->keyStoreWidget()->setView();
        const QModelIndex row = m_window->keyStoreWidget()->setModel()->index(
            m_window->keyStoreWidget()->setModel()->rowOf(QStringLiteral("mixed")), 0);
        QTest::mouseClick(sets->viewport(), Qt::LeftButton, {}, sets->visualRect(row).center());
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), QStringLiteral("mixed"));
        QSignalSpy exported(m_window->exportController(), &ExportController::exportFinished);
        const int boxes = MessageBox::shownCount();

        const QString path = m_dir.filePath(QStringLiteral("mixed.jwks"));
        m_window->findChild<QAction*>(QStringLiteral("exportSetAction"))->trigger();
        auto* dialog = waitForDialog<ExportDialog>(m_window);
        QVERIFY(dialog);
        QVERIFY(dialog->selectFormat(KeyFormat::JwksPublic));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QCOMPARE(MessageBox::shownCount(), boxes + 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Exported with Warnings"));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 oct key left out")),
                 qPrintable(MessageBox::lastText()));
        const JsonWebKeySet set = JsonWebKeySet::fromJson(readFile(path));
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.keys().first().kid(), QStringLiteral("sig-1"));
        QCOMPARE(fileMode(path), 0644);

        // The private JWK Set holds both, with no warning, and both private keys are audited as exported.
        QCOMPARE(m_window->exportController()->writeExport(KeySelection::wholeSet(QStringLiteral("mixed")),
                                                           KeyFormat::JwksPrivate, path),
                 QString());
        QCOMPARE(MessageBox::shownCount(), boxes + 1);
        QCOMPARE(JsonWebKeySet::fromJson(readFile(path)).size(), 2);
        QStringList audited;
        for (const auto& entry : store()->audit().entries()) {
            if (entry.action == QStringLiteral("exported-private") && entry.setName == QStringLiteral("mixed")) {
                audited << entry.kid;
            }
        }
        audited.sort();
        QCOMPARE(audited, QStringList({QStringLiteral("mac-1"), QStringLiteral("sig-1")}));
    }

    void copyPublicAndPrivate()
    {
        store()->addKeys(QStringLiteral("copies"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("c1"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("copies")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("copies"), QStringLiteral("c1")));
        QClipboard* clipboard = QGuiApplication::clipboard();

        // Public material: plain text, no hint, not cleared.
        m_window->findChild<QAction*>(QStringLiteral("copyJwkAction"))->trigger();
        QVERIFY(clipboard->text().contains(QStringLiteral("\"kid\": \"c1\"")));
        QVERIFY(!clipboard->text().contains(QStringLiteral("\"d\"")));
        QVERIFY(!clipboard->mimeData()->hasFormat(QString::fromLatin1(Clipboard::kPasswordManagerHint)));
        m_window->findChild<QAction*>(QStringLiteral("copyThumbprintAction"))->trigger();
        QCOMPARE(clipboard->text(), store()->keyInfo(QStringLiteral("copies"), QStringLiteral("c1"))->thumbprint);
        m_window->findChild<QAction*>(QStringLiteral("copyPemAction"))->trigger();
        QVERIFY(clipboard->text().startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));

        // Private material: marked for clipboard managers, counted down, cleared after the configured timeout.
        Settings::instance().setValue(Settings::Key::ClipboardTimeout, 1);
        auto* countdown = m_window->findChild<QLabel*>(QStringLiteral("clipboardCountdownLabel"));
        m_window->findChild<QAction*>(QStringLiteral("copyPrivateJwkAction"))->trigger();
        QVERIFY(clipboard->text().contains(QStringLiteral("\"d\"")));
        QCOMPARE(clipboard->mimeData()->data(QString::fromLatin1(Clipboard::kPasswordManagerHint)),
                 QByteArrayLiteral("secret"));
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->text().contains(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
        QVERIFY(!countdown->isVisible());
        bool audited = false;
        for (const auto& entry : store()->audit().entries()) {
            audited =
                audited || (entry.action == QStringLiteral("copied-private") && entry.kid == QStringLiteral("c1"));
        }
        QVERIFY(audited);

        // Something copied after the secret is left alone when the timeout comes.
        m_window->findChild<QAction*>(QStringLiteral("copyPrivatePemAction"))->trigger();
        QVERIFY(clipboard->text().startsWith(QStringLiteral("-----BEGIN PRIVATE KEY-----")));
        QVERIFY(Clipboard::instance()->secondsLeft() > 0);
        clipboard->setText(QStringLiteral("something else"));
        // The countdown stops at once: nothing of ours is on the clipboard any more.
        QCOMPARE(Clipboard::instance()->secondsLeft(), 0);
        QVERIFY(!countdown->isVisible());
        QSignalSpy cleared(Clipboard::instance(), &Clipboard::secretCleared);
        Clipboard::instance()->clearCopiedSecret();
        QCOMPARE(clipboard->text(), QStringLiteral("something else"));
        QCOMPARE(cleared.size(), 0);

        // On quit (the window closes) a secret still on the clipboard is cleared.
        Settings::instance().setValue(Settings::Key::ClipboardTimeout, 600);
        m_window->exportController()->copyPrivateJwk();
        QVERIFY(Clipboard::instance()->holdsSecret());
        m_window->close();
        QVERIFY(clipboard->text().isEmpty());
    }

    void showPrivateHidesOnSelectionChange()
    {
        store()->addKeys(QStringLiteral("show"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("s1")),
                                                  test::makeKey(QStringLiteral("ES256"), QStringLiteral("s2"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("show")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("show"), QStringLiteral("s1")));
        KeyDetailsWidget* details = m_window->keyStoreWidget()->details();
        QVERIFY(!details->jwkText().contains(QStringLiteral("\"d\"")));
        QTest::mouseClick(details->findChild<QToolButton*>(QStringLiteral("showPrivateButton")), Qt::LeftButton);
        QVERIFY(details->isShowingPrivate());
        QVERIFY(details->jwkText().contains(QStringLiteral("\"d\"")));
        // showing private material on screen is in the audit log, like copying it
        const auto shown = [&](const QString& kid) {
            int count = 0;
            for (const auto& entry : store()->audit().entries()) {
                count += entry.action == QStringLiteral("shown-private") && entry.kid == kid ? 1 : 0;
            }
            return count;
        };
        QCOMPARE(shown(QStringLiteral("s1")), 1);
        QCOMPARE(shown(QStringLiteral("s2")), 0);
        details->setPemFormat(KeyFormat::Pkcs8Pem);
        QVERIFY(details->pemText().startsWith(QStringLiteral("-----BEGIN PRIVATE KEY-----")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("show"), QStringLiteral("s2")));
        QVERIFY(!details->isShowingPrivate());
        QVERIFY(!details->jwkText().contains(QStringLiteral("\"d\"")));
        QVERIFY(!details->pemText().contains(QStringLiteral("BEGIN PRIVATE KEY")));
        details->setPemFormat(KeyFormat::SpkiPem);
        QVERIFY(details->pemText().startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
    }

    void deleteAndUndo()
    {
        store()->addKeys(QStringLiteral("del"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("d1")),
                                                 test::makeKey(QStringLiteral("ES256"), QStringLiteral("d2"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("del")));
        QVERIFY(m_window->keyStoreWidget()->selectKey(QStringLiteral("del"), QStringLiteral("d2")));
        // d2, not the signer d1: trashed at once, undo brings it back (trashing the signer asks first: tst_signer).
        m_window->keyStoreWidget()->keyView()->setFocus();
        QTest::keyClick(m_window->keyStoreWidget()->keyView(), Qt::Key_Delete);
        QCOMPARE(store()->keys(QStringLiteral("del")).size(), 1);
        QCOMPARE(store()->trash().entries().size(), 1);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 1);
        // The status bar says exactly what went.
        QVERIFY2(
            m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Moved key d2 of del to the trash.")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QTest::keyClick(m_window->keyStoreWidget()->keyView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store()->keys(QStringLiteral("del")).size(), 2);
        // The status bar no longer says the key went to the trash (issue 13, item 10).
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Undone: Delete Key d2"));
        QCOMPARE(store()->trash().entries().size(), 0);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 2);
        m_window->undoStack()->redo();
        QCOMPARE(store()->keys(QStringLiteral("del")).size(), 1);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Redone: Delete Key d2"));
        m_window->undoStack()->undo();

        // Delete in the key list with no key selected deletes nothing: not the set highlighted beside it
        // (issue 13, item 5).
        m_window->keyStoreWidget()->keyView()->selectionModel()->clearSelection();
        QVERIFY(m_window->keyStoreWidget()->selectedKeys().isEmpty());
        m_window->keyStoreWidget()->keyView()->setFocus();
        const int boxes = MessageBox::shownCount();
        QTest::keyClick(m_window->keyStoreWidget()->keyView(), Qt::Key_Delete);
        QCOMPARE(MessageBox::shownCount(), boxes);
        QVERIFY(store()->keySet(QStringLiteral("del")));
        QCOMPARE(store()->keys(QStringLiteral("del")).size(), 2);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Nothing to delete")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // A whole set, from the set list: the question names the set and its keys, and its default keeps them.
        m_window->keyStoreWidget()->setView()->setFocus();
        QTest::keyClick(m_window->keyStoreWidget()->setView(), Qt::Key_Delete);
        QCOMPARE(MessageBox::shownCount(), boxes + 1);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Move key set del with 2 keys to the trash? %1 brings it back.")
                                             .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        QVERIFY(store()->keySet(QStringLiteral("del")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(m_window->keyStoreWidget()->setView(), Qt::Key_Delete);
        QVERIFY(!store()->keySet(QStringLiteral("del")));
        m_window->undoStack()->undo();
        QVERIFY(store()->keySet(QStringLiteral("del")));
        QCOMPARE(store()->keys(QStringLiteral("del")).size(), 2);
    }

    void trashRestoreAndEmpty()
    {
        store()->addKeys(QStringLiteral("t"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("t1")),
                                               test::makeKey(QStringLiteral("ES256"), QStringLiteral("t2"))});
        store()->trash().deleteKey(QStringLiteral("t"), QStringLiteral("t1"));
        store()->trash().deleteKey(QStringLiteral("t"), QStringLiteral("t2"));
        m_window->keyStoreWidget()->reload();
        m_window->findChild<QAction*>(QStringLiteral("trashAction"))->trigger();
        auto* dialog = waitForDialog<TrashDialog>(m_window);
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 2);
        dialog->view()->selectionModel()->select(dialog->model()->index(0, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QCOMPARE(store()->keys(QStringLiteral("t")).size(), 1);
        QCOMPARE(dialog->model()->rowCount(), 1);
        // Emptying asks first; "Cancel" keeps everything.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("emptyTrashButton")), Qt::LeftButton);
        QCOMPARE(store()->trash().entries().size(), 1);
        // Neither emptying nor restoring is the default: Return closes the dialog and keeps the trash.
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("emptyTrashButton"))->isDefault());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("emptyTrashButton"))->autoDefault());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->autoDefault());
        dialog->view()->setFocus();
        const int boxes = MessageBox::shownCount();
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(MessageBox::shownCount(), boxes);
        QCOMPARE(store()->trash().entries().size(), 1);
        QTRY_VERIFY(!dialog->isVisible());
        m_window->findChild<QAction*>(QStringLiteral("trashAction"))->trigger();
        dialog = waitForDialog<TrashDialog>(m_window);
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("emptyTrashButton")), Qt::LeftButton);
        QCOMPARE(store()->trash().entries().size(), 0);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 1);
        dialog->reject();
    }

    // New set names Hydra cannot address: ".." is refused with the reason; a slash is asked about, and keeping the
    // name is not the default (issue 13, item 7).
    void setNamesHydraCannotAddress()
    {
        const int boxes = MessageBox::shownCount();
        InputDialog::setNextText(QStringLiteral(".."));
        m_window->editController()->newKeySet();
        QCOMPARE(MessageBox::shownCount(), boxes + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Hydra's admin API cannot address it")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!store()->keySet(QStringLiteral("..")));

        InputDialog::setNextText(QStringLiteral("bad name/with slash"));
        m_window->editController()->newKeySet(); // unanswered: the default, Cancel
        QCOMPARE(MessageBox::shownCount(), boxes + 2);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Hydra up to v2.3")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!store()->keySet(QStringLiteral("bad name/with slash")));

        InputDialog::setNextText(QStringLiteral("bad name/with slash"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->editController()->newKeySet();
        QVERIFY(store()->keySet(QStringLiteral("bad name/with slash")));
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), QStringLiteral("bad name/with slash"));
    }

    void newRenameAndSearch()
    {
        InputDialog::setNextText(QStringLiteral("made-here"));
        m_window->editController()->newKeySet();
        QVERIFY(store()->keySet(QStringLiteral("made-here")));
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), QStringLiteral("made-here"));
        InputDialog::setNextText(QStringLiteral("renamed"));
        m_window->editController()->renameSet();
        QVERIFY(store()->keySet(QStringLiteral("renamed")));
        QCOMPARE(m_window->keyStoreWidget()->currentSetName(), QStringLiteral("renamed"));
        m_window->undoStack()->undo();
        QVERIFY(store()->keySet(QStringLiteral("made-here")));

        store()->addKeys(QStringLiteral("alpha"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("find-me"))});
        store()->addKeys(QStringLiteral("beta"), {test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("other"))});
        m_window->keyStoreWidget()->reload();
        QVERIFY(m_window->keyStoreWidget()->selectSet(QStringLiteral("beta")));
        // Search covers every set: typing a set name finds its keys even from another set.
        QTest::keyClicks(m_window->keyStoreWidget()->searchEdit(), QStringLiteral("alpha"));
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 1);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->index(0, KeyModel::KidColumn).data().toString(),
                 QStringLiteral("find-me"));
        // The title counts what was found, as the person sees it (issue 13, item 10), keystroke by keystroke.
        auto* title = m_window->findChild<QLabel*>(QStringLiteral("keysTitleLabel"));
        QCOMPARE(title->text(), QStringLiteral("1 key found in all key sets"));
        QTest::keyClicks(m_window->keyStoreWidget()->searchEdit(), QStringLiteral("-nothing"));
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 0);
        QCOMPARE(title->text(), QStringLiteral("0 keys found in all key sets"));
        m_window->keyStoreWidget()->searchEdit()->clear();
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->rowCount(), 1);
        QCOMPARE(m_window->keyStoreWidget()->keyProxy()->index(0, KeyModel::KidColumn).data().toString(),
                 QStringLiteral("other"));
    }

    void hydraDefaults()
    {
        QSignalSpy done(m_window->generateController(), &GenerateController::hydraDefaultsFinished);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("createHydraDefaultsButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
        for (const QString& name : HydraDefaults::setNames()) {
            const auto keys = store()->keys(name);
            QCOMPARE(keys.size(), 1);
            QCOMPARE(keys.first().sizeBits, 4096);
            QCOMPARE(keys.first().role, KeyRole::Signing);
        }
        QVERIFY(!m_window->keyStoreWidget()->isShowingFirstRun());
        QVERIFY(KeySetModel::isHydraSet(m_window->keyStoreWidget()->currentSetName()));
        // Asking again says they exist.
        m_window->generateController()->createHydraDefaults();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("exist already")));
    }

    void storeThatCannotBeOpened()
    {
        // A store made with one secret, opened with another: one clear message, no store, no crash.
        const QString path = m_dir.filePath(QStringLiteral("other-secret.sqlite"));
        KeyStore::open(path, SystemSecret::fromList({SecureBytes::fromByteArray("first-secret-0123456789")}));
        qputenv("SECRETS_SYSTEM", "another-secret-0123456789");
        const int shown = MessageBox::shownCount();
        const auto store = openStoreWithDialogs(path, nullptr, true);
        qunsetenv("SECRETS_SYSTEM");
        QVERIFY(!store);
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY(MessageBox::lastText().contains(path));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("system secret")));
        // Retry tries again (and fails again with the same secret); the right secret opens it without a word.
        qputenv("SECRETS_SYSTEM", "another-secret-0123456789");
        MessageBox::setNextAnswer(QMessageBox::Retry);
        QVERIFY(!openStoreWithDialogs(path, nullptr, true));
        QCOMPARE(MessageBox::shownCount(), shown + 3);
        qputenv("SECRETS_SYSTEM", "first-secret-0123456789");
        QVERIFY(openStoreWithDialogs(path, nullptr, true));
        QCOMPARE(MessageBox::shownCount(), shown + 3);
        qunsetenv("SECRETS_SYSTEM");
    }

    // The first start on a small screen: the window fits the available area (here the offscreen 800×600 screen),
    // frame and panel room included, instead of 1320×820 running off it.
    void firstWindowFitsTheScreen()
    {
        delete m_window;
        Settings::instance().reset(Settings::Key::WindowGeometry);
        Settings::instance().reset(Settings::Key::WindowState);
        m_window = new MainWindow(test::openStore(m_dir.filePath(QStringLiteral("store-small.sqlite"))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        const QSize available = m_window->screen()->availableGeometry().size();
        QVERIFY2(available.width() < 1320, "the test screen is larger than the default window");
        QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void windowRemembersGeometryAndSplitter()
    {
        m_window->resize(1111, 777);
        auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        store()->createKeySet(QStringLiteral("x"));
        m_window->keyStoreWidget()->reload();
        splitter->setSizes({300, 500, 300});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        delete m_window;
        const QString path = m_dir.filePath(QStringLiteral("store-geometry.sqlite"));
        test::openStore(path)->createKeySet(QStringLiteral("y"));
        m_window = new MainWindow(test::openStore(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCOMPARE(m_window->size(), QSize(1111, 777));
        QCOMPARE(m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
    }
    // Alt+letter reaches one thing per window, and the menus keep theirs (issue 13, item 4: Alt+E opened the PEM tab,
    // Alt+K the Checks tab, Alt+F on the PEM tab the Format box), in English and in German, on every tab of the
    // details with a key shown (a certificate key, so that the Certificate tab is there too). Runs last: it leaves the
    // German translation installed until its end.
    void mnemonicsAreUniquePerWindow()
    {
        const QString set = QStringLiteral("mnemonics");
        const ImportResult https = importKeys(readFile(test::vector(QStringLiteral("selfsigned_rsa2048_cert.pem"))),
                                              QStringLiteral("cert.pem"));
        QVERIFY(!https.keys.isEmpty());
        store()->addKeys(set, {https.keys.first().key});
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            if (language == QStringLiteral("de")) {
                QCOMPARE(installTranslations(language), language);
                delete m_window;
                m_window = new MainWindow(
                    test::openStore(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(m_storeCount))));
                m_window->show();
                QVERIFY(QTest::qWaitForWindowExposed(m_window));
            }
            m_window->keyStoreWidget()->reload();
            QVERIFY(m_window->keyStoreWidget()->selectSet(set));
            QVERIFY(m_window->keyStoreWidget()->selectKey(set, m_window->keyStoreWidget()->currentKey()
                                                                   ? m_window->keyStoreWidget()->currentKey()->kid
                                                                   : store()->keys(set).first().kid));
            QTabWidget* tabs = m_window->keyStoreWidget()->details()->tabs();
            QVERIFY(tabs->count() >= 4);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (!tabs->isTabVisible(tab)) {
                    continue;
                }
                tabs->setCurrentIndex(tab);
                const QStringList found = test::clashes(test::mnemonicsOf(m_window));
                QVERIFY2(found.isEmpty(),
                         qPrintable(QStringLiteral("%1, tab %2: %3")
                                        .arg(language, tabs->tabText(tab), found.join(QStringLiteral("; ")))));
                // What the person sees: Alt and the Edit menu's letter opens the Edit menu, whatever tab is shown.
                const QChar edit = language == QStringLiteral("de") ? u'b' : u'e';
                QTest::keyClick(m_window, Qt::Key(QChar(edit).toUpper().unicode()), Qt::AltModifier);
                QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
                auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                QCOMPARE(menu->title(),
                         language == QStringLiteral("de") ? QStringLiteral("&Bearbeiten") : QStringLiteral("&Edit"));
                QCOMPARE(tabs->currentIndex(), tab);
                menu->close();
                QTRY_VERIFY(!QApplication::activePopupWidget());
            }
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
