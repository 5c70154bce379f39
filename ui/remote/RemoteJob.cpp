#include "remote/RemoteJob.h"

#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"

#include <QScopeGuard>

namespace jwk {

RemoteJob::RemoteJob(QObject* parent)
    : WorkerJob(parent)
{
}

bool RemoteJob::confirm(const SetDiff& remoteBefore, const QString& action)
{
    const auto answer = askUi<bool>([this, remoteBefore, action](std::function<void(bool)> reply) {
        m_reply = std::move(reply);
        Q_EMIT confirmationNeeded(remoteBefore, action);
    });
    return answer.value_or(false);
}

void RemoteJob::answer(bool yes)
{
    if (const auto reply = std::exchange(m_reply, nullptr)) {
        reply(yes);
    }
}

bool RemoteJob::start(const RemoteProfile& profile, const QString& storePath, const SystemSecret& secret, Task task)
{
    struct Outcome
    {
        QString error;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    return WorkerJob::start(
        QStringLiteral("jwkman-remote"),
        [this, profile, storePath, secret, task = std::move(task), outcome] {
            try {
                const auto store = KeyStore::open(storePath, secret);
                HydraAdminClient client(profile);
                // cancel() reaches the client only while it exists, however the task ends. It runs on the worker's
                // event loop (RemoteSync waits in one), before any request enqueued after the cancel could start:
                // posted events are delivered in order.
                setCancelHandler([&client] {
                    QMetaObject::invokeMethod(&client, &HydraAdminClient::cancelAll, Qt::QueuedConnection);
                });
                const auto unregister = qScopeGuard([this] { setCancelHandler(nullptr); });
                if (*cancelFlag()) {
                    client.cancelAll();
                }
                RemoteSync sync(client, *store, profile.name);
                if (!*cancelFlag()) {
                    task(sync, *store);
                }
            } catch (const std::exception& e) {
                outcome->error = QString::fromUtf8(e.what());
            }
            outcome->cancelled = *cancelFlag();
        },
        [this, outcome] {
            m_reply = nullptr;
            Q_EMIT finished(outcome->error, outcome->cancelled && !outcome->error.isEmpty());
        });
}

} // namespace jwk
