#pragma once
// What the desktop app does with remote Ory Hydra endpoints, for the Remote menu and the remote view alike:
// profiles (RemoteProfiles: add, edit, remove), fetch, pull, push a key or a set, generate on the server, delete there,
// the three steps of a staged rotation, and a set's public keys as an OAuth2 client's keys. Every change is shown first
// (a RemotePlanDialog or a question) and made only on confirmation; the network work runs in a RemoteJob (a worker
// thread) behind a progress dialog with Cancel, so the window never freezes. One operation at a time: while one runs
// (including its confirmation), the others refuse. Failures reach the person as the core's one sentence (HTTP status
// and Hydra's words); what is shown before a change is worded in RemoteMessages.

#include "remote/RemoteSetModel.h"
#include "store/KeyStore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace jwk {

class RemoteJob;
class RemotePlanDialog;
class RemoteProfiles;

class RemoteController : public QObject
{
    Q_OBJECT

public:
    explicit RemoteController(QWidget* dialogParent, QObject* parent = nullptr);
    ~RemoteController() override;

    void setStore(KeyStore* store);
    KeyStore* store() const { return m_store; }
    // Dialogs open over this widget (the remote view while it is shown, else the main window).
    void setDialogParent(QWidget* parent);
    QWidget* dialogParent() const;

    bool isBusy() const { return m_busy; }
    RemoteJob* job() const { return m_job; }
    QProgressDialog* progressDialog() const;
    RemotePlanDialog* planDialog() const;

    // The saved profiles: add, edit, remove, choose.
    RemoteProfiles* profiles() const { return m_profiles; }

public Q_SLOTS:
    void fetch(const QString& remote);
    void pull(const QString& remote);
    void pushKey(const QString& remote, const QString& setName, const QString& kid);
    void pushSet(const QString& remote, const QString& setName);
    void generate(const QString& remote, const QString& currentSet);
    void deleteRemote(const QString& remote, const QString& setName, const QString& kid);
    // The next step of the set's staged rotation on `remote`: publish, activate or retire.
    void rotate(const QString& remote, const QString& setName);
    // A key set's public keys as an OAuth2 client's jwks (RemoteClientKeys.cpp): asks for the remote, the client id
    // and whether the client keeps its keys (ClientKeysDialog), reads the client, shows which kids it gains and loses
    // and changes it on confirmation.
    void publishSetToClient(const QString& setName);
    void publishClientKeys(const QString& remote, const QString& setName, const QString& clientId, bool keepExisting);
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void remoteFetched(const QString& remote, const QList<jwk::RemoteSetState>& sets);
    void rotationChanged(const QString& remote, const QString& setName);
    // Local keys changed (pull, generate, rotation): views over the store refresh.
    void storeChanged();
    void keyStored(const QString& setName, const QString& kid);
    void statusMessage(const QString& text);
    // The flow that began with an action ended (done, declined, failed or cancelled).
    void finished();

private:
    struct Flow;
    bool begin(const QString& remote, const QString& title);
    // Runs `task` on the worker behind a progress dialog; `then` runs on the UI thread after success.
    void run(const QString& label, const std::function<void(class RemoteSync&, KeyStore&)>& task,
             const std::function<void()>& then);
    // Begins a flow that reads the remote's tracked sets on the worker; `then` gets their differences with the
    // local copies (shared, so that a later step of the flow can keep them).
    // Reads the profile's tracked sets and plans a pull of them (the planPull use case) on the worker.
    void readTrackedSets(const QString& remote, const QString& title,
                         const std::function<void(std::shared_ptr<struct PullPlan>)>& then);
    void jobFinished(const QString& error, bool cancelled);
    void showProgress(const QString& label);
    // A rotation step read the remote set and asks before it acts (on the worker, waiting).
    void confirmRotation(const SetDiff& remoteBefore, const QString& action);
    // Ends the flow; with refetch, the remote's state is fetched again (the server changed).
    void end(bool refetch = false);
    void fail(const QString& message);
    // `onReject` defaults to ending the flow with nothing changed.
    RemotePlanDialog* openPlan(const QString& summary, const QList<struct PlanRow>& rows, const QString& action,
                               const std::function<void()>& onAccept, const std::function<void()>& onReject = {});
    void setBusy(bool busy);

    KeyStore* m_store = nullptr;
    QPointer<QWidget> m_mainParent;
    QPointer<QWidget> m_parent;
    RemoteJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<RemotePlanDialog> m_planDialog;
    bool m_busy = false;
    RemoteProfiles* m_profiles = nullptr;
    std::unique_ptr<Flow> m_flow;
};

} // namespace jwk
