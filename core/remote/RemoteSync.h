#pragma once
// What JWK Manager does with a remote Hydra: pull (with a difference to confirm), push one key or a whole set,
// generate on the server, delete, and staged rotation (publish the public key first, activate later, retire the
// old key), with the warnings a person needs before an upload. The plans are computed first and shown; nothing
// changes until they are applied. Network calls run a local event loop (use from the CLI, or from the GUI behind
// a progress dialog).

#include "remote/HydraAdminClient.h"
#include "remote/SetDiff.h"
#include "store/KeyStore.h"

#include <functional>
#include <optional>

namespace jwk {

// Warnings before uploading `key` into `setName`: an oct key into a set Hydra signs with, a key without alg,
// an alg that does not fit the key.
QStringList uploadWarnings(const QString& setName, const JsonWebKey& key);
bool isHydraSigningSet(const QString& setName);

struct PushSetPlan
{
    QString setName;
    QList<JsonWebKey> send;      // in the order they are sent: oldest first, the intended signer last
    QStringList remoteDeletions; // remote kids the PUT will delete
    QString intendedSigner;
    bool remoteMissing = false;
    QStringList warnings;
};

// The steps of a staged rotation, in the order they are taken.
enum class RotationStep { Publish, Activate, Retire };
QString rotationStepName(RotationStep step); // "publish", "activate", "retire"
std::optional<RotationStep> rotationStepFromName(const QString& name);

// An activation earlier than the set's rotation policy allows: its published key has been out for less than the
// overlap (verifiers may not have fetched it yet).
struct EarlyActivation
{
    QString remote;
    QString setName;
    QString newKid;
    QDateTime published;
    int overlapDays = 0;
    QDateTime earliest; // published + overlap
    // "k2 was published to S on prod at ...; the policy of S asks for 7 days of overlap, until ...".
    QString text() const;
};
// Whether activating the staged rotation of `setName` on `remote` at `now` would be early. Throws StoreError
// (Tampered) when the rotation or the policy was changed without the system secret.
std::optional<EarlyActivation> earlyActivation(const KeyStore& store, const QString& remote, const QString& setName,
                                               const QDateTime& now);

class RemoteSync
{
public:
    RemoteSync(HydraAdminClient& client, KeyStore& store, QString remoteName);

    // Fetches the sets and compares them with the store. Throws StoreError (Io) with the first failure; then
    // nothing can be applied.
    QList<SetDiff> planPull(const QStringList& sets);
    // Applies the sets that changed (and exist remotely) in one transaction.
    void applyPull(const QList<SetDiff>& diffs);

    // PUT /admin/keys/{set}/{kid}: the key becomes the newest and, if private, the signer.
    JsonWebKey pushKey(const QString& setName, const QString& kid);
    PushSetPlan planPushSet(const QString& setName);
    void pushSet(const PushSetPlan& plan, bool allowEmpty);

    // POST: Hydra generates the key; it is stored locally, encrypted. Only the algorithms Hydra accepts.
    JsonWebKey generateRemote(const QString& setName, const QString& alg, const QString& kid, const QString& use);

    void deleteRemote(const QString& setName, const QString& kid = QString());

    // Staged rotation. Each step first reads the remote set (returned for display) and then acts; the state is
    // kept in the store so that a rotation can be resumed after a restart.
    struct RotationReport
    {
        SetDiff remoteBefore; // the remote state the step saw
        RotationState state;
        QString summary; // one line for people
    };
    // Before a step changes anything it calls the confirmation (when one is set) with the remote set it read and
    // one line on what it is about to do; a false answer stops the step with nothing changed (StoreError
    // Cancelled). The CLI prints both first; the desktop asks.
    using RotationConfirm = std::function<bool(const SetDiff& remoteBefore, const QString& action)>;
    void setRotationConfirm(RotationConfirm confirm) { m_rotationConfirm = std::move(confirm); }
    // An activation earlier than the overlap of the set's rotation policy goes ahead only when this answers yes
    // (asked before the rotation confirmation); without one it is refused (StoreError Cancelled, nothing changed).
    using EarlyActivationConfirm = std::function<bool(const EarlyActivation& early)>;
    void setEarlyActivationConfirm(EarlyActivationConfirm confirm) { m_earlyConfirm = std::move(confirm); }
    RotationReport rotatePublish(const QString& setName);
    RotationReport rotateActivate(const QString& setName);
    RotationReport rotateRetire(const QString& setName);
    RotationReport rotate(RotationStep step, const QString& setName);

    // The step a staged rotation takes next: publish when none is staged (or the last one was retired), activate
    // after publish, retire after activate. Both front ends ask here (the desktop's Rotate action, its title and
    // its text) rather than deciding themselves.
    static RotationStep nextRotationStep(const std::optional<RotationState>& staged);
    // The same for a set of this remote, from the rotation state kept in the store.
    RotationStep nextRotationStep(const QString& setName) const;

    QList<JsonWebKey> fetchRemote(const QString& setName, bool* missing = nullptr);
    // The client this sync talks through (for the use cases beyond key sets, such as ClientKeys).
    HydraAdminClient& client() const { return m_client; }

private:
    [[noreturn]] void failed(const HydraResult& result) const;
    void confirmRotationStep(const SetDiff& remoteBefore, const QString& action) const;

    HydraAdminClient& m_client;
    KeyStore& m_store;
    QString m_remote;
    RotationConfirm m_rotationConfirm;
    EarlyActivationConfirm m_earlyConfirm;
};

} // namespace jwk
