// The desktop app with a store of 10,000 keys: how long the key model and its search proxy take to load them
// (QBENCHMARK), how long from constructing the window to its first paint, and the longest stall of the event loop
// while an RSA 4096 key is generated through the dialog. Targets: window painted in under 500 ms, no stall over
// 50 ms. The numbers are printed, and a missed target is reported as a warning: speed is never a test assertion.

#include "GenerateController.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "dialogs/GenerateKeyDialog.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>

using namespace jwk;

namespace {

constexpr int kKeys = 10000;

// Records when a widget is painted first.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return false;
    }
};

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
        QElapsedTimer timer;
        timer.start();
        auto store = test::openStore(m_path);
        QList<JsonWebKey> keys;
        keys.reserve(kKeys);
        for (int i = 0; i < kKeys; ++i) {
            keys << test::makeKey(i % 2 ? QStringLiteral("ES256") : QStringLiteral("EdDSA"));
        }
        const AddKeysResult added = store->addKeys(QStringLiteral("big"), keys);
        QCOMPARE(added.added.size(), kKeys);
        store->addKeys(QStringLiteral("small"), {test::makeKey(QStringLiteral("ES256"))});
        qInfo("made a store of %d keys in %lld ms", kKeys, static_cast<long long>(timer.elapsed()));
    }

    void listingDoesNotDecrypt()
    {
        auto store = test::openStore(m_path);
        QElapsedTimer timer;
        timer.start();
        const QList<KeyInfo> keys = store->keys(QStringLiteral("big"));
        qInfo("KeyStore::keys() for %lld keys: %lld ms", static_cast<long long>(keys.size()),
              static_cast<long long>(timer.elapsed()));
        QCOMPARE(keys.size(), kKeys);
    }

    void keyModelAndProxyLoad10000()
    {
        auto store = test::openStore(m_path);
        const QList<KeyInfo> keys = store->keys(QStringLiteral("big"));
        KeyModel model;
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(KeyModel::CreatedColumn, Qt::DescendingOrder);
        QBENCHMARK
        {
            model.setKeys(keys);
            // What a view asks first: the proxy then maps and sorts all rows.
            proxy.index(0, 0).data();
        }
        QCOMPARE(proxy.rowCount(), kKeys);
        // Sorted newest first.
        QCOMPARE(model.keyAt(proxy.mapToSource(proxy.index(0, 0)).row()).sequence, keys.first().sequence);
        QCOMPARE(model.keyAt(proxy.mapToSource(proxy.index(kKeys - 1, 0)).row()).sequence, keys.last().sequence);
    }

    void searchIn10000()
    {
        auto store = test::openStore(m_path);
        KeyModel model;
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setKeys(store->keys(QStringLiteral("big")));
        QCOMPARE(proxy.rowCount(), kKeys); // the proxy maps rows only once someone asks, as a view does
        // Searching 10,000 rows, keystroke by keystroke (the first builds the search texts).
        QElapsedTimer timer;
        timer.start();
        QStringList perKey;
        for (const QString& text : {QStringLiteral("e"), QStringLiteral("ec"), QStringLiteral("ec p-256")}) {
            QElapsedTimer one;
            one.start();
            proxy.setSearchText(text);
            proxy.rowCount();
            perKey << QString::number(one.nsecsElapsed() / 1000000.0, 'f', 1);
        }
        qInfo("three search keystrokes over %d keys: %s ms", kKeys, qPrintable(perKey.join(QStringLiteral(", "))));
        QCOMPARE(proxy.rowCount(), kKeys / 2);
    }

    void windowPaintsFast()
    {
        QElapsedTimer timer;
        timer.start();
        MainWindow window(test::openStore(m_path));
        QVERIFY(window.keyStoreWidget()->selectSet(QStringLiteral("big")));
        PaintWatcher watcher;
        window.keyStoreWidget()->keyView()->viewport()->installEventFilter(&watcher);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return watcher.painted; }, 10000));
        const qint64 firstPaint = timer.elapsed();
        qInfo("open the store, build the window, list %d keys, first paint: %lld ms", kKeys,
              static_cast<long long>(firstPaint));
        QCOMPARE(window.keyStoreWidget()->keyProxy()->rowCount(), kKeys);

        // Scrolling to the end and back paints at once (uniform row heights: nothing is measured per row).
        timer.restart();
        QScrollBar* bar = window.keyStoreWidget()->keyView()->verticalScrollBar();
        for (int step = 0; step < 20; ++step) {
            bar->setValue(bar->maximum() * step / 19);
            window.keyStoreWidget()->keyView()->viewport()->repaint();
        }
        qInfo("20 scroll steps across %d keys, each painted: %lld ms", kKeys, static_cast<long long>(timer.elapsed()));
        if (!(firstPaint < 500)) {
            qWarning("target missed: the window must be painted in under 500 ms");
        }
    }

    void processStartToFirstPaint()
    {
        // The real program, offscreen, on the store of 10,000 keys: from starting the process to the painted window.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("JWKMAN_STARTUP_TIMING"), QStringLiteral("1"));
        env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(test::testSecretText()));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(JWKMAN_APP_PATH), {QStringLiteral("--store"), m_path});
        QVERIFY(app.waitForStarted());
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += app.readAllStandardError();
                return output.contains("first paint");
            },
            20000));
        const qint64 wall = timer.elapsed();
        const QByteArray line = output.mid(output.indexOf("jwkman: first paint")).split('\n').first();
        qInfo("process start to first painted window with %d keys: %lld ms (%s)", kKeys, static_cast<long long>(wall),
              line.constData());
        app.kill();
        app.waitForFinished();
        if (!(wall < 500)) {
            qWarning("target missed: the window must be painted in under 500 ms after the start");
        }
    }

    void noStallWhileRsa4096IsGenerated()
    {
        MainWindow window(test::openStore(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.keyStoreWidget()->selectSet(QStringLiteral("small")));

        // A 5 ms timer: the longest gap between its ticks is the longest time the event loop was not served.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(5);
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy generated(window.generateController(), &GenerateController::keyGenerated);
        qint64 generating = 0;
        QList<qint64> roundStalls;
        constexpr int kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            window.generateController()->generateKey();
            GenerateKeyDialog* dialog = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (dialog = window.findChild<GenerateKeyDialog*>()) && dialog->isVisible(); }));
            dialog->setAlgorithm(QStringLiteral("RS256"));
            auto* size = dialog->findChild<QComboBox*>(QStringLiteral("sizeComboBox"));
            size->setCurrentIndex(size->findData(4096));
            bool done = false;
            connect(dialog, &GenerateKeyDialog::generationFinished, &probe, [&] {
                probe.stop();
                done = true;
            });
            QElapsedTimer roundClock;
            roundClock.start();
            clock.start();
            last = 0;
            longest = 0;
            probe.start();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return done; }, 120000));
            generating += roundClock.elapsed();
            roundStalls << longest;
            QVERIFY(QTest::qWaitFor([&] { return generated.size() == round + 1; }, 10000));
        }
        QStringList stalls;
        for (qint64 s : roundStalls) {
            stalls << QString::number(s);
        }
        std::sort(roundStalls.begin(), roundStalls.end());
        qInfo("%d RSA 4096 keys generated through the dialog in %lld ms; the event loop ran %d times; longest stall "
              "per key: %s ms",
              kRounds, static_cast<long long>(generating), ticks, qPrintable(stalls.join(QStringLiteral(", "))));
        // On a shared two-core machine another process can take the CPU for a moment; a stall of ours shows in
        // every round. The median round must stay under the target.
        if (!(roundStalls.at(kRounds / 2) < 50)) {
            qWarning("target missed: the event loop must not stall for 50 ms or more");
        }

        // Storing a new key into the set of 10,000 and listing it again, after generation.
        QVERIFY(window.keyStoreWidget()->selectSet(QStringLiteral("big")));
        QElapsedTimer reload;
        reload.start();
        window.keyStoreWidget()->reload();
        qInfo("reloading the set of %d keys after a change: %lld ms", kKeys, static_cast<long long>(reload.elapsed()));
    }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
