#include "usecases/RemotePlans.h"

#include "store/KeyStore.h"

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::RemotePlans)
};
} // namespace

namespace jwk {

PullPlan planPull(RemoteSync& sync, const QStringList& sets)
{
    PullPlan plan;
    plan.diffs = sync.planPull(sets);
    for (const auto& d : plan.diffs) {
        if (d.remoteMissing && d.localMissing) {
            plan.nowhere << d.setName;
        }
        if (!d.remoteMissing && d.hasChanges()) {
            plan.changedSets << d.setName;
        }
    }
    plan.warnings = pullWarnings(plan.diffs);
    return plan;
}

QStringList pullWarnings(const QList<SetDiff>& diffs)
{
    QStringList warnings;
    for (const auto& d : diffs) {
        for (const auto& problem : d.invalidRemote) {
            warnings << Tr::tr("%1: skipped an invalid key from the server: %2").arg(d.setName, problem);
        }
        for (const auto& c : d.changes) {
            if (c.keptLocalPrivate) {
                warnings << Tr::tr("%1/%2: kept local private key (the remote has only its public part)")
                                .arg(d.setName, c.kid);
            }
        }
    }
    return warnings;
}

PushKeyPlan planPushKey(const KeyStore& store, const QString& setName, const QString& kid)
{
    PushKeyPlan plan{setName, store.loadKey(setName, kid), false, {}};
    plan.becomesSigner = plan.key.isPrivate();
    plan.warnings = uploadWarnings(setName, plan.key);
    return plan;
}

} // namespace jwk
