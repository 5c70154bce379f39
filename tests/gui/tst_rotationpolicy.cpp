// Rotation policies and due dates in the window, as a person meets them (issue 15): a badge beside the count of a set
// overdue or due soon, with the due date in its tool tip; the status bar's notice (no dialog at start); View › Due for
// Rotation (its shortcut, or a click on the notice) listing only those sets, and saying so when there are none; the
// Rotation Policy dialog opened from the Key menu with Alt and its letters, filled in with the keyboard, and cleared
// with the mouse; Rotate Now on a set no remote tracks. The model's clock is set 40 days ahead for the due dates.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "WindowActions.h"
#include "dialogs/RotationPolicyDialog.h"
#include "models/KeySetModel.h"
#include "widgets/DueNotice.h"
#include "widgets/EmptyState.h"
#include "widgets/KeyStoreWidget.h"

#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>

using namespace jwk;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

} // namespace

class TestRotationPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    MainWindow* m_window = nullptr;
    QDateTime m_later;

    KeyStoreWidget* view() const { return m_window->keyStoreWidget(); }
    QTreeView* sets() const { return view()->setView(); }
    QModelIndex index(const QString& set, int column = KeySetModel::NameColumn) const
    {
        return view()->setModel()->index(view()->setModel()->rowOf(set), column);
    }
    QStringList shownSets() const
    {
        QStringList shown;
        for (int row = 0; row < view()->setModel()->rowCount(); ++row) {
            if (!sets()->isRowHidden(row, QModelIndex())) {
                shown << view()->setModel()->index(row, 0).data().toString();
            }
        }
        return shown;
    }
    void clickSet(const QString& set)
    {
        QTest::mouseClick(sets()->viewport(), Qt::LeftButton, {}, sets()->visualRect(index(set)).center());
        QCOMPARE(view()->currentSetName(), set);
    }
    RotationPolicyDialog* policyDialog() const
    {
        RotationPolicyDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<RotationPolicyDialog*>()) && dialog->isVisible(); });
        if (dialog) {
            // A window manager gives the new dialog the focus; the offscreen platform needs asking.
            QApplication::setActiveWindow(dialog);
            (void)QTest::qWaitForWindowActive(dialog);
        }
        return dialog;
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
        auto store = test::openStore(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_storeCount)));
        // Judged 40 days from now: "old" (30 days) is overdue, "soon" (42 days, due-soon window 4.2 days) is due soon,
        // "fresh" (90 days) is fine, "public" has no key to sign with, "plain" has no policy.
        store->addKeys(QStringLiteral("old"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("o1"))});
        store->addKeys(QStringLiteral("soon"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("s1"))});
        store->addKeys(QStringLiteral("fresh"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("f1"))});
        store->addKeys(QStringLiteral("public"),
                       {test::makeKey(QStringLiteral("ES256"), QStringLiteral("p1")).publicKey()});
        store->addKeys(QStringLiteral("plain"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("n1"))});
        // A long name beside the badges: it must not be cut short by them.
        store->addKeys(QStringLiteral("hydra.jwt.access-token.auth.example.com"),
                       {test::makeKey(QStringLiteral("ES256"), QStringLiteral("l1"))});
        store->policies().save({QStringLiteral("old"), 30, 5, {}});
        store->policies().save({QStringLiteral("soon"), 42, std::nullopt, {}});
        store->policies().save({QStringLiteral("fresh"), 90, 7, {}});
        store->policies().save({QStringLiteral("public"), 30, std::nullopt, {}});
        m_window = new MainWindow(std::move(store));
        m_later = QDateTime::currentDateTimeUtc().addMSecs(40 * kDay);
        view()->setModel()->setClock([this] { return m_later; });
        view()->reload();
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void badgesAndNotice()
    {
        const KeySetModel* model = view()->setModel();
        // Every name is shown whole beside the counts and badges, even from the narrowest sidebar.
        auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({1, 700, 420});
        view()->reload();
        QTreeView* list = view()->setView();
        for (int row = 1; row < list->model()->rowCount(); ++row) {
            const QModelIndex name = list->model()->index(row, KeySetModel::NameColumn);
            QVERIFY2(list->visualRect(name).width() >
                         list->fontMetrics().horizontalAdvance(name.data().toString()) + list->iconSize().width(),
                     qPrintable(name.data().toString()));
        }
        for (const QString& set : {QStringLiteral("old"), QStringLiteral("public")}) {
            const QModelIndex badge = index(set, KeySetModel::CountColumn);
            QVERIFY2(!badge.data(Qt::DecorationRole).value<QIcon>().isNull(), qPrintable(set));
            QCOMPARE(badge.data(KeySetModel::DueStatusRole).toInt(), static_cast<int>(DueStatus::Overdue));
            QVERIFY(sets()->visualRect(badge).isValid());
        }
        QVERIFY2(index(QStringLiteral("old"))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Rotation overdue since")),
                 qPrintable(index(QStringLiteral("old")).data(Qt::ToolTipRole).toString()));
        QVERIFY(index(QStringLiteral("public"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no private key")));
        const QModelIndex soon = index(QStringLiteral("soon"), KeySetModel::CountColumn);
        QVERIFY(!soon.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(soon.data(KeySetModel::DueStatusRole).toInt(), static_cast<int>(DueStatus::DueSoon));
        // The tool tip names the due date, as the person's locale writes it.
        const QString dueDate =
            QLocale().toString(model->due().find(QStringLiteral("soon"))->dueAt.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(soon.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rotation due on ") + dueDate),
                 qPrintable(soon.data(Qt::ToolTipRole).toString()));
        for (const QString& set : {QStringLiteral("fresh"), QStringLiteral("plain")}) {
            QVERIFY(index(set, KeySetModel::CountColumn).data(Qt::DecorationRole).isNull());
            QVERIFY(!index(set).data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
        }
        QVERIFY(index(QStringLiteral("fresh"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Next rotation due")));
        // The notice: in the status bar, not a dialog.
        QCOMPARE(MessageBox::shownCount(), 0);
        DueNotice* notice = m_window->dueNotice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("3 key set")) &&
                     notice->text().contains(QStringLiteral("2 overdue")),
                 qPrintable(notice->text()));
        // Judged today instead, only the set without a signer is left.
        m_later = QDateTime::currentDateTimeUtc();
        view()->reload();
        QVERIFY(index(QStringLiteral("old"), KeySetModel::CountColumn).data(Qt::DecorationRole).isNull());
        QVERIFY2(notice->text().contains(QStringLiteral("1 key set")), qPrintable(notice->text()));
    }

    void filterShowsOnlyDueSets()
    {
        clickSet(QStringLiteral("plain"));
        QAction* filter = (*m_window->actions())[ActionId::DueFilter];
        QVERIFY(!filter->isChecked());
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(filter->isChecked());
        QCOMPARE(shownSets(), (QStringList{QStringLiteral("old"), QStringLiteral("public"), QStringLiteral("soon")}));
        // The current set was left out: the first listed one is current, and its keys are shown.
        QCOMPARE(view()->currentSetName(), QStringLiteral("old"));
        QCOMPARE(view()->keyProxy()->rowCount(), 1);
        clickSet(QStringLiteral("soon"));
        QVERIFY(!view()->setsEmptyState()->isShown());
        // A reload (the store changed) keeps the filter.
        view()->reload();
        QCOMPARE(shownSets(), (QStringList{QStringLiteral("old"), QStringLiteral("public"), QStringLiteral("soon")}));
        QCOMPARE(view()->currentSetName(), QStringLiteral("soon"));
        // Off again: every set and All keys.
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(shownSets().size(), 7);

        // Nothing due: the list says so.
        m_later = QDateTime::currentDateTimeUtc();
        m_window->store()->policies().clear(QStringLiteral("public"));
        view()->reload();
        QVERIFY(!m_window->dueNotice()->isVisible());
        filter->trigger();
        QVERIFY(shownSets().isEmpty());
        QVERIFY(view()->setsEmptyState()->isShown());
        QVERIFY(view()->setsEmptyState()->text().contains(QStringLiteral("No key set is due for rotation")));
        filter->trigger();
        QVERIFY(!view()->setsEmptyState()->isShown());
    }

    void noticeClickFilters()
    {
        DueNotice* notice = m_window->dueNotice();
        QTest::mouseClick(notice, Qt::LeftButton);
        QVERIFY((*m_window->actions())[ActionId::DueFilter]->isChecked());
        QCOMPARE(shownSets().size(), 3);
    }

    void policyDialogByKeyboardAndMouse()
    {
        clickSet(QStringLiteral("plain"));
        QVERIFY(!m_window->store()->policies().find(QStringLiteral("plain")));
        // Key › Rotation Policy… with Alt+K, then its letter.
        QTest::keyClick(m_window, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_O);
        RotationPolicyDialog* dialog = policyDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->rotateCheck()->isChecked() && !dialog->overlapCheck()->isChecked());
        QVERIFY(!dialog->rotateDays()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(dialog->rotateCheck()->isChecked()); // a mnemonic clicks as a person sees it: animated
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(dialog->rotateDays()->hasFocus());
        QTest::keyClick(dialog->rotateDays(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->rotateDays(), QStringLiteral("5"));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(dialog->overlapCheck()->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(dialog->overlapDays(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->overlapDays(), QStringLiteral("5"));
        // An overlap as long as the period cannot be kept: OK is off, and the dialog says why.
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->problem().isEmpty());
        QTest::keyClick(dialog->rotateDays(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->rotateDays(), QStringLiteral("60"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(dialog->overlapDays(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<RotationPolicyDialog*>());
        auto policy = m_window->store()->policies().find(QStringLiteral("plain"));
        QVERIFY(policy);
        QCOMPARE(policy->rotateEveryDays, std::optional<int>(60));
        QCOMPARE(policy->overlapDays, std::optional<int>(5));
        // The list follows: "plain" now has a due date.
        QVERIFY(
            index(QStringLiteral("plain")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("every 60 day")));

        // Again with the shortcut; Clear Policy with the mouse.
        QApplication::setActiveWindow(m_window); // back from the dialog
        QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        dialog = policyDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->rotateCheck()->isChecked());
        QCOMPARE(dialog->rotateDays()->value(), 60);
        QTest::mouseClick(dialog->clearButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<RotationPolicyDialog*>());
        QVERIFY(!m_window->store()->policies().find(QStringLiteral("plain")));

        // Cancel keeps what there is.
        clickSet(QStringLiteral("fresh"));
        QApplication::setActiveWindow(m_window); // back from the dialog
        QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        dialog = policyDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->overlapDays()->value(), 7);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<RotationPolicyDialog*>());
        QCOMPARE(m_window->store()->policies().find(QStringLiteral("fresh"))->rotateEveryDays, std::optional<int>(90));
    }

    void rotateNowWithoutARemote()
    {
        clickSet(QStringLiteral("old"));
        (*m_window->actions())[ActionId::RotateNow]->trigger();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Rotate Now"));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("No remote tracks key set old")),
                 qPrintable(MessageBox::lastText()));
    }
};

QTEST_MAIN(TestRotationPolicy)
#include "tst_rotationpolicy.moc"
