// jwkman-gui-scale-bench: the desktop window on a store of N P-256 private keys (issue #18), offscreen, driven as a
// person drives it: the window opened and shown with the keys listed; a set of N keys selected by a click; a search
// typed key by key into the filter; the key list scrolled page by page to its end; rows clicked. It prints a table
// with the figures and "met" or "MISSED" per target (speed is reported here, never asserted in a test):
//
//   window shown (open the store, build the window, first paint with the keys listed)  <= 1000 ms
//   a search keystroke (key press to the filtered list painted), the slowest            <= 50 ms
//   the longest event-loop stall while selecting, scrolling and clicking rows           <= 50 ms
//   peak memory (VmHWM)                                                                  <= 300 MB
//
// Usage: jwkman-gui-scale-bench --dir DIR [--keys N] [--sets S] [--max-pages P] [--tsv FILE]
//   --dir DIR      where the stores are made once and kept (gui-scale-N-S.sqlite); made by a child process of this
//                  program, so that the keys generated for it do not count in this process's memory
//   --keys N       keys in the store (default 10000), all P-256 private keys with distinct kids
//   --sets S       spread over S sets ("set-000" …, default 1: one set "big" beside a set "small" of one key)
//   --max-pages P  scroll at most P pages one by one, then jump to the end (default 0: every page)
//   --tsv FILE     also append the figures to FILE as tab-separated rows (tests/bench/run-gui-scale-bench.sh)
//
// Stalls are measured by timing every event the application delivers (QApplication::notify, outermost events only)
// and, for scroll steps done by code, the step itself with the events it caused.

#include "Appearance.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Settings.h"
#include "keys/KeyGenerator.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "store/KeyStore.h"
#include "store/SystemSecret.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace jwk;

namespace {

QByteArray secretText()
{
    return QByteArrayLiteral("gui-scale-bench-secret-0123456789");
}

SystemSecret secret()
{
    return SystemSecret::fromList({SecureBytes::fromByteArray(secretText())});
}

QString setName(int sets, int i)
{
    return sets == 1 ? QStringLiteral("big") : QStringLiteral("set-%1").arg(i, 3, 10, QLatin1Char('0'));
}

// Makes the store: N real, distinct P-256 keys in one addKeysToSets call (one transaction).
int makeStore(const QString& path, int n, int sets)
{
    QElapsedTimer t;
    t.start();
    QList<QPair<QString, QList<JsonWebKey>>> bySet;
    for (int s = 0; s < sets; ++s) {
        bySet.append({setName(sets, s), {}});
    }
    GenerateOptions o;
    o.alg = QStringLiteral("ES256");
    for (int i = 0; i < n; ++i) {
        bySet[i % sets].second.append(generateKey(o));
    }
    if (sets == 1) {
        bySet.append({QStringLiteral("small"), {generateKey(o)}});
    }
    const qint64 generated = t.elapsed();
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto store = KeyStore::open(partial, secret());
        store->addKeysToSets(bySet);
        store->checkpoint();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        std::fprintf(stderr, "gui-scale-bench: cannot rename %s\n", qPrintable(partial));
        return 1;
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        QFile::remove(partial + suffix);
    }
    std::fprintf(stderr, "gui-scale-bench: made %s: %d keys generated in %lld ms, stored in %lld ms\n",
                 qPrintable(path), n, static_cast<long long>(generated),
                 static_cast<long long>(t.elapsed() - generated));
    return 0;
}

qint64 procStatusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Times every outermost event: the longest one is the longest time the event loop was not served.
class TimingApp : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > longest) {
            longest = ms;
            longestWhat = QStringLiteral("%1 to %2").arg(type).arg(QString::fromLatin1(name));
        }
        return r;
    }

    void resetLongest()
    {
        longest = 0;
        longestWhat.clear();
    }

    double longest = 0;
    QString longestWhat;

private:
    int m_depth = 0;
};

TimingApp* app()
{
    return static_cast<TimingApp*>(QCoreApplication::instance());
}

// Counts paints of a widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return false;
    }
};

// Serves the event loop until `done`, then delivers what is posted (the repaint): the time a person waits.
bool settle(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (done()) {
            break;
        }
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QThread::usleep(100);
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return true;
}

double msSince(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

struct Row
{
    QString metric;
    double value;
    QString unit;
    double target; // < 0: no target
};

double median(QList<double> v)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    // The maker runs without a GUI.
    for (int i = 1; i + 3 < argc; ++i) {
        if (qstrcmp(argv[i], "--make") == 0) {
            QCoreApplication core(argc, argv);
            return makeStore(QString::fromLocal8Bit(argv[i + 1]), atoi(argv[i + 2]), atoi(argv[i + 3]));
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
    TimingApp application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jwkman-gui-scale-bench"));
    QApplication::setOrganizationName(QStringLiteral("jwkman-gui-scale-bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the stores are kept."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("keys"), QStringLiteral("Keys in the store."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("sets"), QStringLiteral("Sets they are spread over."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("max-pages"), QStringLiteral("Pages scrolled one by one (0: all)."),
                      QStringLiteral("P"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("tsv"), QStringLiteral("Append the figures to FILE."), QStringLiteral("FILE")});
    parser.process(application);
    if (!parser.isSet(QStringLiteral("dir"))) {
        std::fprintf(stderr, "gui-scale-bench: --dir DIR is required\n");
        return 64;
    }
    const int n = parser.value(QStringLiteral("keys")).toInt();
    const int sets = std::max(1, parser.value(QStringLiteral("sets")).toInt());
    const int maxPages = parser.value(QStringLiteral("max-pages")).toInt();
    QDir().mkpath(parser.value(QStringLiteral("dir")));
    const QString path = QDir(parser.value(QStringLiteral("dir")))
                             .absoluteFilePath(QStringLiteral("gui-scale-%1-%2.sqlite").arg(n).arg(sets));
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "gui-scale-bench: making the store of %d keys in %d set(s) (once; kept in %s) ...\n", n,
                     sets, qPrintable(path));
        const int rc = QProcess::execute(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--make"), path, QString::number(n), QString::number(sets)});
        if (rc != 0) {
            std::fprintf(stderr, "gui-scale-bench: making the store failed\n");
            return 1;
        }
    }
    QTemporaryDir scratch;
    Settings::useFile(scratch.filePath(QStringLiteral("settings.ini")));
    MessageBox::setTestMode(true);
    installTranslations(QStringLiteral("en"));
    const qint64 baseKb = procStatusKb("VmRSS:");

    QList<Row> rows;
    const QString bigSet = sets == 1 ? QStringLiteral("big") : QString(); // "" is All keys
    const int perSet = sets == 1 ? n : n / sets;

    // 1. The window: open the store, build it, show it with the first set's keys listed and painted.
    QElapsedTimer t;
    t.start();
    auto store = KeyStore::open(path, secret());
    const double openMs = msSince(t);
    auto* window = new MainWindow(std::move(store));
    const double builtMs = msSince(t);
    window->resize(1320, 820);
    KeyStoreWidget* view = window->keyStoreWidget();
    QTreeView* keys = view->keyView();
    PaintCounter keyPaints;
    keys->viewport()->installEventFilter(&keyPaints);
    PaintCounter anyPaints; // every widget: a search that finds the same rows repaints only the search field
    application.installEventFilter(&anyPaints);
    window->show();
    if (!settle([&] { return keyPaints.paints > 0 && view->keyProxy()->rowCount() == perSet; })) {
        std::fprintf(stderr, "gui-scale-bench: the window did not show %d keys (it shows %d)\n", perSet,
                     view->keyProxy()->rowCount());
        return 1;
    }
    const double shownMs = msSince(t);
    rows << Row{QStringLiteral("store opened"), openMs, QStringLiteral("ms"), -1}
         << Row{QStringLiteral("window built (incl. open)"), builtMs, QStringLiteral("ms"), -1}
         << Row{QStringLiteral("window shown, keys listed"), shownMs, QStringLiteral("ms"), 1000};
    const qint64 shownKb = procStatusKb("VmRSS:");

    // 2. Sets selected by a click: another set, then the one with N keys (the set "big", or All keys).
    QTreeView* setView = view->setView();
    const auto clickSet = [&](const QString& name, int expected) {
        const QModelIndex index = view->setModel()->index(view->setModel()->rowOf(name), 0);
        setView->scrollTo(index);
        const int before = keyPaints.paints;
        app()->resetLongest();
        QElapsedTimer c;
        c.start();
        QTest::mouseClick(setView->viewport(), Qt::LeftButton, {}, setView->visualRect(index).center());
        if (!settle([&] {
                return view->currentSetName() == name && view->keyProxy()->rowCount() == expected &&
                       keyPaints.paints > before;
            })) {
            std::fprintf(stderr, "gui-scale-bench: clicking set \"%s\" did not list %d keys\n", qPrintable(name),
                         expected);
            std::exit(1);
        }
        return std::max(msSince(c), app()->longest);
    };
    const QString other = sets == 1 ? QStringLiteral("small") : setName(sets, 1);
    const double otherMs = clickSet(other, sets == 1 ? 1 : perSet);
    const double bigMs = clickSet(bigSet, n);
    rows << Row{QStringLiteral("click a small set (1 or N/S keys)"), otherMs, QStringLiteral("ms"), -1}
         << Row{QStringLiteral("click the set of N keys (big / All keys)"), bigMs, QStringLiteral("ms"), -1};
    double selectStall = std::max(otherMs, bigMs);

    // 3. A search typed key by key: the first 10 characters of the kid of the key listed last.
    KeyFilterProxyModel* proxy = view->keyProxy();
    const QString targetKid =
        proxy->index(proxy->rowCount() - 1, KeyModel::KidColumn).data(KeyModel::KidRole).toString();
    const QString typed = targetKid.left(10);
    QLineEdit* search = view->searchEdit();
    search->setFocus();
    QList<double> strokes;
    double longestStroke = 0;
    for (const QChar c : typed) {
        const QString want = search->text() + c;
        app()->resetLongest();
        const int before = anyPaints.paints;
        QElapsedTimer k;
        k.start();
        QTest::keyClick(search, c.toLatin1());
        if (!settle([&] { return proxy->searchText() == want.toLower() && anyPaints.paints > before; })) {
            std::fprintf(stderr, "gui-scale-bench: the search for \"%s\" did not show\n", qPrintable(want));
            return 1;
        }
        const double ms = std::max(msSince(k), app()->longest);
        strokes << ms;
        longestStroke = std::max(longestStroke, ms);
    }
    bool found = false;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        found |= proxy->index(r, 0).data(KeyModel::KidRole).toString() == targetKid;
    }
    if (!found) {
        std::fprintf(stderr, "gui-scale-bench: the search did not find %s\n", qPrintable(targetKid));
        return 1;
    }
    const int hits = proxy->rowCount();
    // Clearing the search lists every key again (one keystroke: Ctrl+A, Backspace).
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    app()->resetLongest();
    const int beforeClear = anyPaints.paints;
    QElapsedTimer clear;
    clear.start();
    QTest::keyClick(search, Qt::Key_Backspace);
    settle([&] { return proxy->searchText().isEmpty() && anyPaints.paints > beforeClear; });
    const double clearMs = std::max(msSince(clear), app()->longest);
    rows << Row{QStringLiteral("search keystroke, median"), median(strokes), QStringLiteral("ms"), -1}
         << Row{QStringLiteral("search keystroke, slowest"), longestStroke, QStringLiteral("ms"), 50}
         << Row{QStringLiteral("search cleared (all N keys again)"), clearMs, QStringLiteral("ms"), 50};

    // 4. Scrolling page by page to the end (the scroll bar's page step, as a click in its trough does).
    keys->setFocus();
    QScrollBar* bar = keys->verticalScrollBar();
    bar->setValue(0);
    settle([] { return true; });
    QList<double> steps;
    int pages = 0;
    double longestEvent = 0;
    QString longestEventWhat;
    app()->resetLongest();
    QElapsedTimer scroll;
    scroll.start();
    while (bar->value() < bar->maximum()) {
        const int before = keyPaints.paints;
        QElapsedTimer s;
        s.start();
        if (maxPages > 0 && pages >= maxPages) {
            bar->setValue(bar->maximum());
        } else {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        }
        settle([&] { return keyPaints.paints > before; });
        steps << msSince(s);
        ++pages;
    }
    const double scrollTotal = msSince(scroll);
    longestEvent = app()->longest;
    longestEventWhat = app()->longestWhat;
    const double longestStep = steps.isEmpty() ? 0 : *std::max_element(steps.begin(), steps.end());
    const QModelIndex last = proxy->index(proxy->rowCount() - 1, 0);
    const QRect lastRect = keys->visualRect(last);
    const bool lastVisible = keys->viewport()->rect().contains(lastRect.center());
    rows << Row{QStringLiteral("scroll to the end page by page, total"), scrollTotal, QStringLiteral("ms"), -1}
         << Row{QStringLiteral("scroll step, median"), median(steps), QStringLiteral("ms"), -1}
         << Row{QStringLiteral("scroll step, slowest"), std::max(longestStep, longestEvent), QStringLiteral("ms"), 50};

    // 5. Rows clicked: ten rows on the last page, each shown in the details; then Ctrl+A and a click again.
    QList<double> clicks;
    const int firstOnPage = keys->indexAt(QPoint(4, 4)).row();
    for (int i = 0; i < 10 && firstOnPage >= 0; ++i) {
        const int row = std::min(proxy->rowCount() - 1, firstOnPage + i * 2);
        const QModelIndex index = proxy->index(row, KeyModel::KidColumn);
        const QString kid = index.data(KeyModel::KidRole).toString();
        app()->resetLongest();
        QElapsedTimer c;
        c.start();
        QTest::mouseClick(keys->viewport(), Qt::LeftButton, {}, keys->visualRect(index).center());
        if (!settle([&] { return view->details()->key() && view->details()->key()->kid == kid; })) {
            std::fprintf(stderr, "gui-scale-bench: clicking row %d did not show %s\n", row, qPrintable(kid));
            return 1;
        }
        clicks << std::max(msSince(c), app()->longest);
    }
    app()->resetLongest();
    QElapsedTimer all;
    all.start();
    QTest::keyClick(keys, Qt::Key_A, Qt::ControlModifier);
    settle([&] { return keys->selectionModel()->selection().size() > 0; });
    const double selectAllMs = std::max(msSince(all), app()->longest);
    {
        const QModelIndex index = proxy->index(firstOnPage >= 0 ? firstOnPage : 0, KeyModel::KidColumn);
        const QString kid = index.data(KeyModel::KidRole).toString();
        app()->resetLongest();
        QElapsedTimer c;
        c.start();
        QTest::mouseClick(keys->viewport(), Qt::LeftButton, {}, keys->visualRect(index).center());
        settle([&] { return view->details()->key() && view->details()->key()->kid == kid; });
        clicks << std::max(msSince(c), app()->longest);
    }
    const double longestClick = clicks.isEmpty() ? 0 : *std::max_element(clicks.begin(), clicks.end());
    rows << Row{QStringLiteral("row click, median"), median(clicks), QStringLiteral("ms"), -1}
         << Row{QStringLiteral("row click, slowest"), longestClick, QStringLiteral("ms"), 50}
         << Row{QStringLiteral("Ctrl+A over N keys"), selectAllMs, QStringLiteral("ms"), 50};
    selectStall = std::max({selectStall, longestClick, selectAllMs, longestStep, longestEvent});
    rows << Row{QStringLiteral("longest stall: select, scroll, click"), selectStall, QStringLiteral("ms"), 50};

    const double peakMb = procStatusKb("VmHWM:") / 1024.0;
    rows << Row{QStringLiteral("memory after the window was shown (VmRSS)"), shownKb / 1024.0, QStringLiteral("MB"), -1}
         << Row{QStringLiteral("memory before the store was opened (VmRSS)"), baseKb / 1024.0, QStringLiteral("MB"), -1}
         << Row{QStringLiteral("peak memory (VmHWM)"), peakMb, QStringLiteral("MB"), 300};

    std::printf("\n### %d P-256 keys in %d set(s)%s\n\n", n, sets,
                lastVisible ? "" : " (the last key was NOT visible after scrolling)");
    std::printf("| measure | value | target | |\n|---|---:|---:|---|\n");
    QFile tsv(parser.value(QStringLiteral("tsv")));
    const bool writeTsv = parser.isSet(QStringLiteral("tsv")) && tsv.open(QIODevice::Append | QIODevice::Text);
    bool allMet = true;
    for (const Row& r : rows) {
        const bool met = r.target < 0 || r.value <= r.target;
        allMet &= met;
        const QString target = r.target < 0 ? QString() : QStringLiteral("≤ %1 %2").arg(r.target).arg(r.unit);
        const QString verdict = r.target < 0 ? QString() : met ? QStringLiteral("met") : QStringLiteral("MISSED");
        std::printf("| %s | %.1f %s | %s | %s |\n", qPrintable(r.metric), r.value, qPrintable(r.unit),
                    qPrintable(target), qPrintable(verdict));
        if (writeTsv) {
            tsv.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                          .arg(sets)
                          .arg(n)
                          .arg(r.metric)
                          .arg(r.value, 0, 'f', 1)
                          .arg(target, verdict)
                          .toUtf8());
        }
    }
    std::printf("\n%d search hit(s) for \"%s\"; %d pages scrolled; longest single event while scrolling: %.1f ms "
                "(event type %s)\n",
                hits, qPrintable(typed), pages, longestEvent, qPrintable(longestEventWhat));
    std::fflush(stdout);
    delete window;
    return allMet ? 0 : 2;
}
