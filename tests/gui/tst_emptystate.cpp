// What a person sees where there is nothing to show, and the choice of where an import goes (issue 13, item 10): a
// search without hits, an empty key set, an empty trash and a Remote window without endpoints each say what the
// emptiness means and what to do; File › Import asks which set, proposing the selected one.

#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "InputDialog.h"
#include "MainWindow.h"
#include "dialogs/TrashDialog.h"
#include "remote/RemoteDialog.h"
#include "remote/RemoteWidget.h"
#include "widgets/EmptyState.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

using namespace jwk;

namespace {

// The empty-state text shown over a view, or nothing when none is shown.
QString shownOver(QTreeView* view)
{
    for (QLabel* label : view->viewport()->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (label->isVisibleTo(view) && label->objectName().endsWith(QLatin1String("EmptyState"))) {
            return label->text();
        }
    }
    return QString();
}

} // namespace

class TestEmptyState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;

    KeyStoreWidget* view() const { return m_window->keyStoreWidget(); }

    void clickSet(const QString& name)
    {
        QTreeView* sets = view()->setView();
        for (int row = 0; row < sets->model()->rowCount(); ++row) {
            const QModelIndex index = sets->model()->index(row, 0);
            if (index.data().toString() == name) {
                QTest::mouseClick(sets->viewport(), Qt::LeftButton, {}, sets->visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        auto store = test::openStore(m_dir.filePath(QStringLiteral("empty.sqlite")));
        store->addKeys(QStringLiteral("full"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("f1"))});
        store->createKeySet(QStringLiteral("empty"));
        m_window = new MainWindow(std::move(store));
        m_window->resize(1320, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase() { delete m_window; }

    void emptySetSaysWhatToDo()
    {
        clickSet(QStringLiteral("full"));
        QVERIFY(shownOver(view()->keyView()).isEmpty());
        clickSet(QStringLiteral("empty"));
        QCOMPARE(shownOver(view()->keyView()),
                 QStringLiteral("Key set empty has no keys.\nGenerate one (Ctrl+G), import files (Ctrl+I), or drop key "
                                "files here."));
    }

    void searchWithoutHits()
    {
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        search->setFocus();
        // "!" is in no kid, alg, type, set name or thumbprint here: "zz" alone was in one random thumbprint of
        // about 30.
        QTest::keyClicks(search, QStringLiteral("z!"));
        QCOMPARE(
            shownOver(view()->keyView()),
            QStringLiteral("No key matches \u201cz!\u201d.\nThe search looks at the kid, alg, type, thumbprint and "
                           "key set of every key."));
        QTest::keyClick(search, Qt::Key_Z); // still none: the text follows what was typed
        QVERIFY(shownOver(view()->keyView()).startsWith(QStringLiteral("No key matches \u201cz!z\u201d.")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("f1"));
        QVERIFY(shownOver(view()->keyView()).isEmpty()); // a hit: nothing over the list
        search->clear();
    }

    void emptyTrash()
    {
        m_window->findChild<QAction*>(QStringLiteral("trashAction"))->trigger();
        auto* trash = m_window->findChild<TrashDialog*>();
        QTRY_VERIFY(trash && trash->isVisible());
        auto* list = trash->findChild<QTreeView*>(QStringLiteral("trashTreeView"));
        QCOMPARE(shownOver(list), QStringLiteral("The trash is empty.\nDeleted keys and key sets wait here, to be "
                                                 "restored, until the trash is emptied."));
        trash->close();
    }

    void remoteWindowWithoutEndpoints()
    {
        m_window->showRemotes();
        RemoteDialog* dialog = m_window->remoteDialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        RemoteWidget* remote = dialog->remoteWidget();
        auto* profiles = remote->findChild<QTreeView*>(QStringLiteral("remoteProfileView"));
        QVERIFY2(shownOver(profiles).startsWith(QStringLiteral("No Hydra admin endpoint yet.\nAdd one (Ctrl+N)")),
                 qPrintable(shownOver(profiles)));
        QCOMPARE(shownOver(remote->setView()), QStringLiteral("Select an endpoint above to see its key sets."));
        dialog->close();
    }

    void importAsksWhichSet()
    {
        clickSet(QStringLiteral("full"));
        FileDialog::setNextFileNames({test::vector(QStringLiteral("ed25519_pkcs8_private.pem"))});
        InputDialog::setNextText(QStringLiteral("chosen"));
        m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->keySet(QStringLiteral("chosen")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->store()->keys(QStringLiteral("chosen")).size(), 1, 10000);
        QCOMPARE(m_window->store()->keys(QStringLiteral("full")).size(), 1);
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
