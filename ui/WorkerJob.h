#pragma once
// The one way the desktop app runs work off the UI thread (key generation, import, remote work, Hydra's default
// sets). A job runs one task at a time on a worker thread of its own and hands the result back on the thread the job
// lives on (the UI thread). While the task runs it can report progress (post), check cancelFlag(), and ask the UI a
// question and wait for the answer (askUi: a passphrase, a confirmation). cancel() answers a waiting question with
// "no answer" and runs the task's cancel handler. Destroying the job cancels the task and waits for the worker; the
// task's `done` then never runs, so a window that closes while a job runs leaves no thread behind, and the store is
// either written by the task's own transaction or not at all.
//
// A task runs on the worker and must not touch the members of a subclass (they are gone while the base waits in its
// destructor): it captures what it needs by value or in shared state, reaches the job only through the members of
// this class, and catches its own exceptions (one escaping a worker thread ends the program).

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace jwk {

class WorkerJob : public QObject
{
    Q_OBJECT

public:
    explicit WorkerJob(QObject* parent = nullptr);
    ~WorkerJob() override;

    // Runs `work` on a new worker thread named `threadName`; `done` runs afterwards on this object's thread. False
    // (and nothing runs) while a task runs already.
    bool start(const QString& threadName, std::function<void()> work, std::function<void()> done);
    // From start() until its `done` has run.
    bool isRunning() const { return m_busy; }
    // Asks the task to stop; safe from any thread.
    void cancel();
    // True once cancel() was asked for the task that runs (or ran last).
    bool wasCancelled() const { return m_cancel; }

    // --- for the task, on the worker thread

    const std::atomic_bool* cancelFlag() const { return &m_cancel; }
    // Runs `f` later on this object's thread (progress reports).
    void post(std::function<void()> f);
    // Runs `question` on this object's thread and waits until it calls the reply it is given, or until cancel():
    // then std::nullopt (a later reply is dropped). The question may reply at once (a modal dialog) or later (a
    // window-modal one).
    template<typename T>
    std::optional<T> askUi(std::function<void(std::function<void(T)> reply)> question);
    // While set, cancel() calls `handler` too, on the thread that cancels (e.g. to abort network requests).
    void setCancelHandler(std::function<void()> handler);

private:
    // Posts ask(ticket) to this object's thread and waits for reply(ticket, …) or cancel(); true when replied.
    bool waitForReply(std::function<void(quint64 ticket)> ask);
    // Stores the answer (through `store`, under the lock) when `ticket` is the question still waiting.
    void reply(quint64 ticket, const std::function<void()>& store);

    QThread* m_thread = nullptr;
    bool m_busy = false;
    std::atomic_bool m_cancel{false};
    QMutex m_mutex; // guards the question and the cancel handler
    QWaitCondition m_replied;
    quint64 m_ticket = 0;
    bool m_hasReply = false;
    std::function<void()> m_cancelHandler;
};

template<typename T>
std::optional<T> WorkerJob::askUi(std::function<void(std::function<void(T)> reply)> question)
{
    auto answer = std::make_shared<std::optional<T>>();
    const bool replied = waitForReply([job = QPointer<WorkerJob>(this), question, answer](quint64 ticket) {
        question([job, answer, ticket](T value) {
            if (job) {
                job->reply(ticket, [&] { *answer = std::move(value); });
            }
        });
    });
    if (!replied) {
        return std::nullopt;
    }
    return std::move(*answer);
}

} // namespace jwk
