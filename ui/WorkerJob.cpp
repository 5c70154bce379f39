#include "WorkerJob.h"

#include <QThread>

namespace jwk {

WorkerJob::WorkerJob(QObject* parent)
    : QObject(parent)
{
}

WorkerJob::~WorkerJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // A `done` the worker posted is dropped with this object's pending events.
}

bool WorkerJob::start(const QString& threadName, std::function<void()> work, std::function<void()> done)
{
    if (m_busy) {
        return false;
    }
    if (m_thread) {
        m_thread->wait(); // its `done` has run, so it is ending or ended
        delete m_thread;
        m_thread = nullptr;
    }
    {
        QMutexLocker locker(&m_mutex);
        m_cancel = false;
        m_hasReply = false;
        m_cancelHandler = nullptr;
    }
    m_busy = true;
    m_thread = QThread::create([this, work = std::move(work), done = std::move(done)] {
        work();
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_busy = false;
                if (done) {
                    done();
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(threadName);
    m_thread->start();
    return true;
}

void WorkerJob::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancel = true;
    m_replied.wakeAll();
    if (m_cancelHandler) {
        m_cancelHandler();
    }
}

void WorkerJob::post(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

void WorkerJob::setCancelHandler(std::function<void()> handler)
{
    QMutexLocker locker(&m_mutex);
    m_cancelHandler = std::move(handler);
}

bool WorkerJob::waitForReply(std::function<void(quint64 ticket)> ask)
{
    QMutexLocker locker(&m_mutex);
    if (m_cancel) {
        return false;
    }
    const quint64 ticket = ++m_ticket;
    m_hasReply = false;
    QMetaObject::invokeMethod(
        this,
        [this, ask = std::move(ask), ticket] {
            // Cancelled before the question came up: the worker has stopped waiting, so nobody is asked.
            if (!m_cancel) {
                ask(ticket);
            }
        },
        Qt::QueuedConnection);
    while (!m_hasReply && !m_cancel) {
        m_replied.wait(&m_mutex);
    }
    return m_hasReply && !m_cancel;
}

void WorkerJob::reply(quint64 ticket, const std::function<void()>& store)
{
    QMutexLocker locker(&m_mutex);
    if (ticket != m_ticket || m_hasReply || m_cancel) {
        return;
    }
    store();
    m_hasReply = true;
    m_replied.wakeAll();
}

} // namespace jwk
