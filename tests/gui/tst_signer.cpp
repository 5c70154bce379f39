// The signing key as a person meets it in the window (issue 13, item 2): a dropped private key that would take over
// signing asks first (keep the signer, the default; let the new key sign; or cancel), the import summary says what
// happened to the signer, the set's header names it, and trashing the signer is confirmed with the key that signs
// next. Rows are picked with the mouse, keys dropped with real drop events, Delete pressed on the key list.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "dialogs/ImportSummaryDialog.h"
#include "keys/KeyImporter.h"
#include "widgets/KeyStoreWidget.h"

#include <QLabel>
#include <QTreeView>
#include <QUndoStack>

using namespace jwk;

namespace {

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

QStringList rowsOf(QTreeView* view)
{
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        rows << view->model()->index(row, 0).data().toString();
    }
    return rows;
}

void click(QTreeView* view, const QModelIndex& index)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// The thumbprint (and so the kid) of the first key of a test vector.
QString kidOf(const QString& file)
{
    const ImportResult result = importFile(test::vector(file), nullptr);
    return result.keys.isEmpty() ? QString() : result.keys.first().key.thumbprint();
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    MainWindow* m_window = nullptr;

    KeyStoreWidget* view() const { return m_window->keyStoreWidget(); }
    QString header() const { return m_window->findChild<QLabel*>(QStringLiteral("keysTitleLabel"))->text(); }

    void drop(const QString& file)
    {
        QVERIFY(test::dropFiles(m_window, m_window->rect().center(), {QUrl::fromLocalFile(test::vector(file))}));
    }

    // The summary of the import just started, once it is on screen; closed by the caller's next drop.
    ImportSummaryDialog* summary()
    {
        ImportSummaryDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<ImportSummaryDialog*>();
                return dialog && dialog->isVisible();
            },
            10000);
        return shown ? dialog : nullptr;
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
        m_window = new MainWindow(test::openStore(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_storeCount))));
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->store()->addKeys(QStringLiteral("S"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("e1"))});
        view()->reload();
        click(view()->setView(), rowOf(view()->setView(), QStringLiteral("S")));
        QCOMPARE(view()->currentSetName(), QStringLiteral("S"));
        QVERIFY2(header().endsWith(QStringLiteral("signs with e1")), qPrintable(header()));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void keepTheSignerIsTheDefault()
    {
        const QString rsa = kidOf(QStringLiteral("rsa2048_pkcs8_private.pem"));
        const int shown = MessageBox::shownCount();
        drop(QStringLiteral("rsa2048_pkcs8_private.pem")); // unanswered: the default button
        ImportSummaryDialog* dialog = summary();
        QVERIFY(dialog);
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Import Keys: Signing Key"));
        QVERIFY2(MessageBox::lastText().startsWith(
                     QStringLiteral("In S, ES256 key e1 signed; now RSA 2048 key %1 without alg signs. Hydra cannot "
                                    "sign with a key without alg.")
                         .arg(rsa)),
                 qPrintable(MessageBox::lastText()));
        // Kept: e1 signs on, the new key right below it.
        QCOMPARE(m_window->store()->signingKid(QStringLiteral("S")), QStringLiteral("e1"));
        QCOMPARE(rowsOf(view()->keyView()), (QStringList{QStringLiteral("e1"), rsa}));
        QVERIFY2(header().endsWith(QStringLiteral("signs with e1")), qPrintable(header()));
        QVERIFY2(!dialog->text().contains(QStringLiteral("Signing key changed")), qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(
                     QStringLiteral("Signing key kept\ne1 signs on; the imported keys are below it, next in line.")),
                 qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(rsa), qPrintable(dialog->text()));
    }

    void newKeySigns()
    {
        const QString ec = kidOf(QStringLiteral("ec_p384_pkcs8_private.pem"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        drop(QStringLiteral("ec_p384_pkcs8_private.pem"));
        ImportSummaryDialog* dialog = summary();
        QVERIFY(dialog);
        QCOMPARE(m_window->store()->signingKid(QStringLiteral("S")), ec);
        QCOMPARE(rowsOf(view()->keyView()), (QStringList{ec, QStringLiteral("e1")}));
        QVERIFY2(header().endsWith(QStringLiteral("signs with %1").arg(ec)), qPrintable(header()));
        QVERIFY2(dialog->text().contains(
                     QStringLiteral("Signing key changed\nIn S, ES256 key e1 signed; now EC P-384 key %1 without alg "
                                    "signs. Hydra cannot sign with a key without alg.")
                         .arg(ec)),
                 qPrintable(dialog->text()));
    }

    void cancelImportsNothing()
    {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        drop(QStringLiteral("ed25519_pkcs8_private.pem"));
        ImportSummaryDialog* dialog = summary();
        QVERIFY(dialog);
        QCOMPARE(m_window->store()->keys(QStringLiteral("S")).size(), 1);
        QVERIFY2(dialog->text().contains(QStringLiteral("The import was cancelled.")), qPrintable(dialog->text()));
        // A public key never signs: no question.
        const int shown = MessageBox::shownCount();
        dialog->close();
        drop(QStringLiteral("ed25519_spki_public.pem"));
        QTRY_COMPARE(m_window->store()->keys(QStringLiteral("S")).size(), 2);
        QCOMPARE(MessageBox::shownCount(), shown);
    }

    void deletingTheSignerIsConfirmed()
    {
        m_window->store()->addKeys(QStringLiteral("S"), {test::makeKey(QStringLiteral("EdDSA"), QStringLiteral("ed"))},
                                   AuditLog::Action::Imported, true, KeyPlacement::BelowSigner);
        view()->reload();
        QTreeView* keys = view()->keyView();
        QCOMPARE(rowsOf(keys), (QStringList{QStringLiteral("e1"), QStringLiteral("ed")}));
        // Not the signer: trashed at once (undo brings it back), no question.
        const int shown = MessageBox::shownCount();
        click(keys, rowOf(keys, QStringLiteral("ed")));
        QTest::keyClick(keys, Qt::Key_Delete);
        QCOMPARE(MessageBox::shownCount(), shown);
        QCOMPARE(rowsOf(keys), QStringList{QStringLiteral("e1")});
        m_window->undoStack()->undo();
        QCOMPARE(rowsOf(keys), (QStringList{QStringLiteral("e1"), QStringLiteral("ed")}));

        // The signer: asked, Cancel the default, with the key that signs next.
        click(keys, rowOf(keys, QStringLiteral("e1")));
        QTest::keyClick(keys, Qt::Key_Delete);
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Delete Signing Key"));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("In S, ES256 key e1 signed; now EdDSA key ed signs.")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(m_window->store()->signingKid(QStringLiteral("S")), QStringLiteral("e1"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(keys, Qt::Key_Delete);
        QCOMPARE(m_window->store()->signingKid(QStringLiteral("S")), QStringLiteral("ed"));
        QVERIFY2(header().endsWith(QStringLiteral("signs with ed")), qPrintable(header()));
    }
};

QTEST_MAIN(TestSigner)
#include "tst_signer.moc"
