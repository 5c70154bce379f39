#pragma once
// Runs one piece of remote work (RemoteSync against a Hydra admin endpoint) on a worker thread, so that the window
// never waits on the network. The worker has its own connection to the store (a QSqlDatabase connection belongs to
// one thread) and its own HydraAdminClient (a QNetworkAccessManager belongs to one thread too); RemoteSync's local
// event loops run there. cancel() aborts the client's requests from the UI thread; a request not yet sent is never
// sent. One task at a time: start() refuses while a task runs.

#include "WorkerJob.h"
#include "remote/RemoteProfile.h"
#include "store/KeyStore.h"

#include <functional>

namespace jwk {

class RemoteSync;
struct SetDiff;

class RemoteJob : public WorkerJob
{
    Q_OBJECT

public:
    // Runs on the worker. Throws (StoreError, JwkError) to fail with the exception's message. Results go into
    // whatever the task captured (shared state read after finished()).
    using Task = std::function<void(RemoteSync& sync, KeyStore& store)>;

    explicit RemoteJob(QObject* parent = nullptr);

    // False when a task runs already.
    bool start(const RemoteProfile& profile, const QString& storePath, const SystemSecret& secret, Task task);

    // Called by a task on the worker (RemoteSync's rotation confirmation): emits confirmationNeeded() on the UI
    // thread and waits for answer(); cancel() answers no.
    bool confirm(const SetDiff& remoteBefore, const QString& action);
    // The UI thread's answer to confirmationNeeded().
    void answer(bool yes);

Q_SIGNALS:
    void confirmationNeeded(const jwk::SetDiff& remoteBefore, const QString& action);
    // `error` is empty on success; `cancelled` when cancel() was asked for before the task failed.
    void finished(const QString& error, bool cancelled);

private:
    std::function<void(bool)> m_reply; // to the question confirmationNeeded() asked
};

} // namespace jwk
