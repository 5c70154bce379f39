// WorkerJob, the one way the desktop app runs work off the UI thread: the result comes back on the UI thread, a
// question from the worker is answered there, cancel() ends a wait, a late answer is dropped, and destroying a job
// while its task runs waits for the worker and never runs `done`.

#include "WorkerJob.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace jwk;

class TestWorkerJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerAndFinishesOnTheUiThread()
    {
        WorkerJob job;
        auto workerThread = std::make_shared<QThread*>(nullptr);
        QThread* doneThread = nullptr;
        bool done = false;
        QVERIFY(job.start(
            QStringLiteral("test-worker"), [workerThread] { *workerThread = QThread::currentThread(); },
            [&] {
                doneThread = QThread::currentThread();
                done = true;
            }));
        QVERIFY(job.isRunning());
        // One task at a time.
        QVERIFY(!job.start(
            QStringLiteral("second"), [] {}, [] {}));
        QTRY_VERIFY(done);
        QVERIFY(!job.isRunning());
        QVERIFY(*workerThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        // And again, once done.
        done = false;
        QVERIFY(job.start(
            QStringLiteral("third"), [] {}, [&] { done = true; }));
        QTRY_VERIFY(done);
    }

    void progressIsPostedToTheUiThread()
    {
        WorkerJob job;
        QList<int> seen;
        bool done = false;
        WorkerJob* j = &job;
        job.start(
            QStringLiteral("test-progress"),
            [j, &seen] {
                for (int i = 1; i <= 3; ++i) {
                    j->post([&seen, i] { seen << i; });
                }
            },
            [&] { done = true; });
        QTRY_VERIFY(done);
        QTRY_COMPARE(seen, (QList<int>{1, 2, 3}));
    }

    void askUiWaitsForTheReply()
    {
        WorkerJob job;
        WorkerJob* j = &job;
        auto answer = std::make_shared<std::optional<QString>>();
        auto askedOn = std::make_shared<QThread*>(nullptr);
        bool done = false;
        job.start(
            QStringLiteral("test-ask"),
            [j, answer, askedOn] {
                *answer = j->askUi<QString>([askedOn](std::function<void(QString)> reply) {
                    *askedOn = QThread::currentThread();
                    reply(QStringLiteral("yes"));
                });
            },
            [&] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(*askedOn, QThread::currentThread());
        QCOMPARE(answer->value_or(QString()), QStringLiteral("yes"));
    }

    void cancelEndsTheWaitAndDropsALateReply()
    {
        WorkerJob job;
        WorkerJob* j = &job;
        auto answer = std::make_shared<std::optional<int>>(42);
        // The question keeps its reply for later, as a window-modal dialog does.
        auto kept = std::make_shared<std::function<void(int)>>();
        bool done = false;
        job.start(
            QStringLiteral("test-cancel"),
            [j, answer, kept] {
                *answer = j->askUi<int>([kept](std::function<void(int)> reply) { *kept = std::move(reply); });
            },
            [&] { done = true; });
        QTRY_VERIFY(*kept);
        job.cancel();
        QTRY_VERIFY(done);
        QVERIFY(job.wasCancelled());
        QVERIFY(!answer->has_value());

        // The reply kept past cancel() answers nothing: not the next task's question either.
        done = false;
        auto second = std::make_shared<std::optional<int>>();
        auto keptSecond = std::make_shared<std::function<void(int)>>();
        job.start(
            QStringLiteral("test-after-cancel"),
            [j, second, keptSecond] {
                *second =
                    j->askUi<int>([keptSecond](std::function<void(int)> reply) { *keptSecond = std::move(reply); });
            },
            [&] { done = true; });
        QTRY_VERIFY(*keptSecond);
        (*kept)(5);
        (*keptSecond)(7);
        QTRY_VERIFY(done);
        QCOMPARE(second->value_or(-1), 7);
        QVERIFY(!job.wasCancelled());
    }

    void cancelHandlerRunsWhileSet()
    {
        WorkerJob job;
        WorkerJob* j = &job;
        auto called = std::make_shared<std::atomic_int>(0);
        auto registered = std::make_shared<std::atomic_bool>(false);
        bool done = false;
        job.start(
            QStringLiteral("test-handler"),
            [j, called, registered] {
                j->setCancelHandler([called] { ++*called; });
                *registered = true;
                while (!*j->cancelFlag()) {
                    QThread::msleep(5);
                }
                j->setCancelHandler(nullptr);
            },
            [&] { done = true; });
        QTRY_VERIFY(registered->load());
        job.cancel();
        QTRY_VERIFY(done);
        QCOMPARE(called->load(), 1);
        job.cancel(); // no handler any more
        QCOMPARE(called->load(), 1);
    }

    void destroyingARunningJobWaitsAndSkipsDone()
    {
        auto finished = std::make_shared<std::atomic_bool>(false);
        bool done = false;
        {
            WorkerJob job;
            WorkerJob* j = &job;
            job.start(
                QStringLiteral("test-destroy"),
                [j, finished] {
                    // Waits on a question nobody answers: only the job's destruction (cancel) ends it.
                    j->askUi<int>([](std::function<void(int)>) {});
                    *finished = true;
                },
                [&] { done = true; });
            QTest::qWait(50);
        }
        QVERIFY(finished->load()); // the worker ended before the job was gone
        QTest::qWait(50);
        QVERIFY(!done);
    }
};

QTEST_MAIN(TestWorkerJob)
#include "tst_workerjob.moc"
