// A person with a big store can still work (issue #18): a store of 10,000 P-256 keys in one set beside a small one,
// driven through the window as a person drives it: the counts shown, a search typed key by key that finds the one key,
// a click on the row that shows it, scrolling to the end that shows the oldest key, sorting by a column that keeps the
// selected key, another set and back, Ctrl+A. Behaviour only: how fast is tests/bench/gui_scale_bench.cpp's job.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTreeView>

using namespace jwk;

namespace {

constexpr int kBig = 10000;
const QString kNeedle = QStringLiteral("needle-4711");

} // namespace

class TestBigStoreGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_newest; // kids of the set "big" as the store orders it: newest first
    QString m_oldest;

    KeyStoreWidget* view() const { return m_window->keyStoreWidget(); }
    QTreeView* keys() const { return view()->keyView(); }
    KeyFilterProxyModel* list() const { return view()->keyProxy(); }
    QString title() const { return m_window->findChild<QLabel*>(QStringLiteral("keysTitleLabel"))->text(); }
    QString kidAt(int row) const { return list()->index(row, KeyModel::KidColumn).data(KeyModel::KidRole).toString(); }

    void clickSet(const QString& name)
    {
        const QModelIndex index = view()->setModel()->index(view()->setModel()->rowOf(name), 0);
        QTest::mouseClick(view()->setView()->viewport(), Qt::LeftButton, {},
                          view()->setView()->visualRect(index).center());
        QCOMPARE(view()->currentSetName(), name);
    }
    // Clicks the row and checks that the details show its key.
    void clickRow(int row)
    {
        const QModelIndex index = list()->index(row, KeyModel::KidColumn);
        const QRect rect = keys()->visualRect(index);
        QVERIFY2(keys()->viewport()->rect().contains(rect.center()), "the row is not on screen");
        QTest::mouseClick(keys()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(view()->details()->key());
        QCOMPARE(view()->details()->key()->kid, kidAt(row));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        const QString path = m_dir.filePath(QStringLiteral("big.sqlite"));
        {
            auto store = test::openStore(path);
            QList<JsonWebKey> big;
            big.reserve(kBig);
            for (int i = 0; i < kBig; ++i) {
                // Real, distinct keys; one of them with a kid a person would type.
                big << test::makeKey(QStringLiteral("ES256"), i == kBig / 3 ? kNeedle : QString());
            }
            const AddKeysResult added = store->addKeys(QStringLiteral("big"), big);
            QCOMPARE(added.added.size(), kBig);
            // The first key of the list is the newest, the last the oldest.
            m_newest = added.added.first();
            m_oldest = added.added.last();
            QList<JsonWebKey> small;
            for (const QString& kid : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}) {
                small << test::makeKey(QStringLiteral("EdDSA"), kid);
            }
            QCOMPARE(store->addKeys(QStringLiteral("small"), small).added.size(), 3);
        }
        m_window = std::make_unique<MainWindow>(test::openStore(path));
        m_window->resize(1320, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void opensOnTheBigSetWithTheRightCounts()
    {
        // The first set by name, every key listed, newest first.
        QCOMPARE(view()->currentSetName(), QStringLiteral("big"));
        QCOMPARE(list()->rowCount(), kBig);
        QVERIFY2(title().startsWith(QStringLiteral("big: 10000 keys, signs with ")), qPrintable(title()));
        QCOMPARE(kidAt(0), m_newest);
        // The signer is the newest private key.
        QCOMPARE(title(), QStringLiteral("big: 10000 keys, signs with %1").arg(m_newest));
        // The set list counts each set and all keys.
        const KeySetModel* sets = view()->setModel();
        QCOMPARE(sets->index(sets->rowOf(QStringLiteral("big")), KeySetModel::CountColumn).data().toInt(), kBig);
        QCOMPARE(sets->index(sets->rowOf(QStringLiteral("small")), KeySetModel::CountColumn).data().toInt(), 3);
        QCOMPARE(sets->index(0, KeySetModel::CountColumn).data().toInt(), kBig + 3);
        // The first key is selected and shown.
        QVERIFY(view()->details()->key());
        QCOMPARE(view()->details()->key()->kid, m_newest);
    }

    void searchFindsTheOneKeyTyped()
    {
        QLineEdit* search = view()->searchEdit();
        search->setFocus();
        // Key by key, as typed: the list narrows with each one.
        int before = list()->rowCount();
        for (const QChar c : kNeedle) {
            QTest::keyClick(search, c.toLatin1());
            QVERIFY(list()->rowCount() <= before);
            before = list()->rowCount();
        }
        QCOMPARE(search->text(), kNeedle);
        QCOMPARE(list()->rowCount(), 1);
        QCOMPARE(kidAt(0), kNeedle);
        QCOMPARE(title(), QStringLiteral("1 key found in all key sets"));
        // The set column says where it is.
        QVERIFY(!keys()->isColumnHidden(KeyModel::SetColumn));
        QCOMPARE(list()->index(0, KeyModel::SetColumn).data().toString(), QStringLiteral("big"));
        clickRow(0);
        QCOMPARE(view()->details()->key()->setName, QStringLiteral("big"));

        // A search over every set: the small set's keys are found by their set's name.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("small"));
        QCOMPARE(list()->rowCount(), 3);
        QCOMPARE(title(), QStringLiteral("3 keys found in all key sets"));
        // Nothing found says so.
        QTest::keyClicks(search, QStringLiteral(" nothing-like-this"));
        QCOMPARE(list()->rowCount(), 0);
        QVERIFY(!view()->details()->key());

        // Cleared: the set's keys again, all of them.
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(view()->currentSetName(), QStringLiteral("big"));
        QCOMPARE(list()->rowCount(), kBig);
        QVERIFY(keys()->isColumnHidden(KeyModel::SetColumn));
        QVERIFY2(title().startsWith(QStringLiteral("big: 10000 keys")), qPrintable(title()));
    }

    void scrollingToTheEndShowsTheOldestKey()
    {
        keys()->setFocus();
        QScrollBar* bar = keys()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        // Page by page through the first pages, then to the end.
        for (int page = 0; page < 20; ++page) {
            const int value = bar->value();
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            QVERIFY(bar->value() > value);
        }
        QVERIFY(keys()->indexAt(QPoint(4, 4)).row() > 100);
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QCOMPARE(bar->value(), bar->maximum());
        const int last = list()->rowCount() - 1;
        QCOMPARE(kidAt(last), m_oldest);
        QVERIFY(keys()->viewport()->rect().contains(keys()->visualRect(list()->index(last, 0)).center()));
        clickRow(last);
        QCOMPARE(view()->details()->key()->kid, m_oldest);
        // The keyboard goes back to the top.
        QTest::keyClick(keys(), Qt::Key_Home);
        QCOMPARE(bar->value(), 0);
        QCOMPARE(view()->details()->key()->kid, m_newest);
    }

    void sortingKeepsTheSelectedKey()
    {
        QVERIFY(view()->selectKey(QStringLiteral("big"), kNeedle));
        QHeaderView* header = keys()->header();
        const int x =
            header->sectionViewportPosition(KeyModel::KidColumn) + header->sectionSize(KeyModel::KidColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(list()->sortColumn(), static_cast<int>(KeyModel::KidColumn));
        const Qt::SortOrder order = list()->sortOrder();
        for (int row = 1; row < list()->rowCount(); row += 97) {
            const int c = QString::compare(kidAt(row - 1), kidAt(row), Qt::CaseInsensitive);
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(kidAt(row)));
        }
        // The selected key is still the one selected, and still shown.
        QVERIFY(view()->currentKey());
        QCOMPARE(view()->currentKey()->kid, kNeedle);
        QCOMPARE(view()->details()->key()->kid, kNeedle);
        QCOMPARE(kidAt(keys()->currentIndex().row()), kNeedle);
        // Back to newest first.
        keys()->sortByColumn(KeyModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(kidAt(0), m_newest);
        QCOMPARE(view()->currentKey()->kid, kNeedle);
    }

    void anotherSetAndBack()
    {
        clickSet(QStringLiteral("small"));
        QCOMPARE(list()->rowCount(), 3);
        QCOMPARE(title(), QStringLiteral("small: 3 keys, signs with s1"));
        QCOMPARE(view()->details()->key()->kid, QStringLiteral("s1"));
        clickSet(QString()); // All keys
        QCOMPARE(list()->rowCount(), kBig + 3);
        QCOMPARE(title(), QStringLiteral("All keys (%1)").arg(kBig + 3));
        clickSet(QStringLiteral("big"));
        QCOMPARE(list()->rowCount(), kBig);
        QCOMPARE(view()->details()->key()->kid, m_newest);
    }

    void selectAllCountsEveryKey()
    {
        keys()->setFocus();
        QTest::keyClick(keys(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view()->selectedKeyCount(), kBig);
        QCOMPARE(view()->selectedKeys().size(), kBig);
        // A click selects one again.
        clickRow(0);
        QCOMPARE(view()->selectedKeyCount(), 1);
    }

    void aChangeIsListedAtOnce()
    {
        // A key added by another program (the CLI) is listed after the window's reload, on top.
        auto other = test::openStore(m_window->store()->path());
        other->addKeys(QStringLiteral("big"), {test::makeKey(QStringLiteral("ES256"), QStringLiteral("added-later"))});
        view()->reload();
        QCOMPARE(list()->rowCount(), kBig + 1);
        QCOMPARE(kidAt(0), QStringLiteral("added-later"));
        QCOMPARE(title(), QStringLiteral("big: 10001 keys, signs with added-later"));
        QTest::keyClicks(view()->searchEdit(), QStringLiteral("added-la"));
        QCOMPARE(list()->rowCount(), 1);
        QCOMPARE(kidAt(0), QStringLiteral("added-later"));
        view()->searchEdit()->clear();
        QCOMPARE(list()->rowCount(), kBig + 1);
    }
};

QTEST_MAIN(TestBigStoreGui)
#include "tst_bigstore_gui.moc"
