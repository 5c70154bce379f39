#include "remote/RemoteJob.h"

#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"

#include <QScopeGuard>

namespace jwk {

RemoteJob::RemoteJob(QObject* parent)
    : QObject(parent)
{
}

RemoteJob::~RemoteJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RemoteJob::cancel()
{
    m_cancel = true;
    QMutexLocker locker(&m_mutex);
    m_answered.wakeAll();
    if (m_client) {
        // Runs on the worker's event loop (RemoteSync waits in one), before any request enqueued after this call
        // could start: posted events are delivered in order.
        QMetaObject::invokeMethod(m_client, &HydraAdminClient::cancelAll, Qt::QueuedConnection);
    }
}

bool RemoteJob::confirm(const SetDiff& remoteBefore, const QString& action)
{
    QMutexLocker locker(&m_mutex);
    if (m_cancel) {
        return false;
    }
    m_hasAnswer = false;
    m_answer = false;
    QMetaObject::invokeMethod(
        this, [this, remoteBefore, action] { Q_EMIT confirmationNeeded(remoteBefore, action); }, Qt::QueuedConnection);
    while (!m_hasAnswer && !m_cancel) {
        m_answered.wait(&m_mutex);
    }
    return m_hasAnswer && m_answer && !m_cancel;
}

void RemoteJob::answer(bool yes)
{
    QMutexLocker locker(&m_mutex);
    m_answer = yes;
    m_hasAnswer = true;
    m_answered.wakeAll();
}

bool RemoteJob::start(const RemoteProfile& profile, const QString& storePath, const SystemSecret& secret, Task task)
{
    if (m_busy) {
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_busy = true;
    m_cancel = false;
    m_thread = QThread::create([this, profile, storePath, secret, task = std::move(task)] {
        QString error;
        try {
            const auto store = KeyStore::open(storePath, secret);
            HydraAdminClient client(profile);
            {
                QMutexLocker locker(&m_mutex);
                m_client = &client;
            }
            // cancel() reaches the client only while it exists, however the task ends.
            const auto unregister = qScopeGuard([this] {
                QMutexLocker locker(&m_mutex);
                m_client = nullptr;
            });
            if (m_cancel) {
                client.cancelAll();
            }
            RemoteSync sync(client, *store, profile.name);
            if (!m_cancel) {
                task(sync, *store);
            }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        const bool cancelled = m_cancel;
        QMetaObject::invokeMethod(
            this,
            [this, error, cancelled] {
                m_busy = false;
                Q_EMIT finished(error, cancelled && !error.isEmpty());
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("jwkman-remote"));
    m_thread->start();
    return true;
}

} // namespace jwk
