// Nothing a person needs to read is cut off (issue 13, item 8), in a window of a laptop's size (1366×768 less the
// panels) and in a narrow one: the kid heading is shortened in the middle with "…" and shown whole once focused, the
// Checks tab wraps its findings, and in All keys and search results the key set is the first column, on screen.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "models/KeyModel.h"
#include "widgets/ElidedLineEdit.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeView>

using namespace jwk;

class TestLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;
    // A kid as long as a thumbprint, and a key without alg (its Checks finding is a long sentence).
    const QString m_longKid = QStringLiteral("a-very-long-key-identifier-0123456789-abcdefghijklmnopqrstuvwxyz");

    KeyStoreWidget* view() const { return m_window->keyStoreWidget(); }

    void clickKey(const QString& kid)
    {
        QTreeView* keys = view()->keyView();
        for (int row = 0; row < keys->model()->rowCount(); ++row) {
            const QModelIndex index = keys->model()->index(row, KeyModel::KidColumn);
            if (index.data().toString() == kid) {
                QTest::mouseClick(keys->viewport(), Qt::LeftButton, {}, keys->visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for %1").arg(kid)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        auto store = test::openStore(m_dir.filePath(QStringLiteral("layout.sqlite")));
        JsonWebKey noAlg = test::makeKey(QStringLiteral("RS256"), QStringLiteral("no-alg"));
        noAlg.removeMember(QStringLiteral("alg"));
        store->addKeys(QStringLiteral("a-set-with-a-long-name"),
                       {test::makeKey(QStringLiteral("ES256"), m_longKid), noAlg});
        m_window = new MainWindow(std::move(store));
        m_window->resize(1320, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(view()->selectSet(QStringLiteral("a-set-with-a-long-name")));
    }

    void cleanupTestCase() { delete m_window; }

    void kidHeadingIsShortenedInTheMiddle()
    {
        clickKey(m_longKid);
        auto* title = m_window->findChild<ElidedLineEdit*>(QStringLiteral("keyTitleLineEdit"));
        QVERIFY(title);
        QCOMPARE(title->fullText(), m_longKid);
        QCOMPARE(title->toolTip(), m_longKid);
        QVERIFY2(title->isElided(), qPrintable(title->text()));
        // Both ends are kept, "…" between, and what is shown fits the line.
        QVERIFY2(title->text().contains(QChar(0x2026)), qPrintable(title->text()));
        QVERIFY(title->text().startsWith(m_longKid.left(4)));
        QVERIFY(title->text().endsWith(m_longKid.right(4)));
        QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());
        // It never runs under the button beside it.
        const QWidget* button = m_window->findChild<QWidget*>(QStringLiteral("showPrivateButton"));
        QVERIFY(title->geometry().right() < button->geometry().left());
        // Focused (a click, or Tab), it is whole, to select and copy; it shortens again when focus leaves.
        QTest::mouseClick(title, Qt::LeftButton);
        QTRY_VERIFY(title->hasFocus());
        QCOMPARE(title->text(), m_longKid);
        view()->keyView()->setFocus();
        QTRY_VERIFY(title->isElided());
        // A window wide enough shows it whole.
        m_window->resize(2400, 700);
        QTRY_COMPARE(title->text(), m_longKid);
        m_window->resize(1320, 700);
        QTRY_VERIFY(title->isElided());
    }

    void findingsWrap()
    {
        clickKey(QStringLiteral("no-alg"));
        QTabWidget* tabs = view()->details()->tabs();
        auto* findings = m_window->findChild<QTreeView*>(QStringLiteral("findingsTreeView"));
        QVERIFY(findings);
        // The Checks tab, clicked.
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(findings)).center());
        QTRY_VERIFY(findings->isVisible());
        const int lineHeight = findings->fontMetrics().height();
        for (int narrow : {0, 1}) {
            if (narrow) {
                m_window->resize(1000, 700); // a narrower pane: more lines, still whole
            }
            QTRY_VERIFY(findings->model()->rowCount() >= 1);
            for (int row = 0; row < findings->model()->rowCount(); ++row) {
                const QModelIndex index = findings->model()->index(row, 1);
                const QString text = index.data().toString();
                const QRect rect = findings->visualRect(index);
                const QRect needed = findings->fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 1 << 20),
                                                                          Qt::TextWordWrap, text);
                QVERIFY2(rect.height() >= needed.height(), qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                                                          .arg(text)
                                                                          .arg(rect.height())
                                                                          .arg(needed.height())));
                if (text.startsWith(QLatin1String("no \"alg\""))) {
                    QVERIFY2(rect.height() >= 2 * lineHeight, qPrintable(text)); // it is wrapped, not cut
                }
            }
        }
        m_window->resize(1320, 700);
    }

    void setColumnComesFirstInAllKeys()
    {
        QHeaderView* header = view()->keyView()->header();
        QVERIFY(header->isSectionHidden(KeyModel::SetColumn)); // one set: no need
        QVERIFY(view()->selectSet(QString()) || view()->selectSet(QStringLiteral("")));
        view()->setView()->setCurrentIndex(view()->setView()->model()->index(0, 0)); // All keys
        QTRY_VERIFY(!header->isSectionHidden(KeyModel::SetColumn));
        QCOMPARE(header->visualIndex(KeyModel::SetColumn), 0);
        QVERIFY(header->sectionViewportPosition(KeyModel::SetColumn) >= 0);
        QVERIFY(header->sectionViewportPosition(KeyModel::SetColumn) + header->sectionSize(KeyModel::SetColumn) <=
                view()->keyView()->viewport()->width());
    }

    // German, where words are longer: every column title of the key list fits its column, and the set list shows
    // whole set names (its count column is as wide as the numbers, not as the hidden header's "Schlüssel").
    void germanTitlesAndNamesFit()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        auto store = test::openStore(m_dir.filePath(QStringLiteral("layout.sqlite")));
        store->addKeys(QStringLiteral("hydra.jwt.access-token"),
                       {test::makeKey(QStringLiteral("ES256"), QStringLiteral("j"))});
        delete m_window;
        m_window = new MainWindow(std::move(store));
        m_window->resize(1320, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QHeaderView* header = view()->keyView()->header();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column)) {
                continue;
            }
            const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title) + 8,
                     qPrintable(title));
        }
        QCOMPARE(header->model()->headerData(KeyModel::ThumbprintColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Fingerabdruck"));
        QTreeView* sets = view()->setView();
        const QModelIndex name = sets->model()->index(1, 0);
        QCOMPARE(name.data().toString(), QStringLiteral("a-set-with-a-long-name"));
        for (int row = 1; row < sets->model()->rowCount(); ++row) {
            const QModelIndex index = sets->model()->index(row, 0);
            QVERIFY2(sets->visualRect(index).width() >
                         sets->fontMetrics().horizontalAdvance(index.data().toString()) + sets->iconSize().width(),
                     qPrintable(index.data().toString()));
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
