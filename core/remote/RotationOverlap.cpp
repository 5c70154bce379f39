// The overlap of a rotation policy before a staged rotation's activation (RemoteSync.h: EarlyActivation): whether
// activating now comes sooner after publishing than the set's policy asks, and how that is said.

#include "remote/RemoteSync.h"

#include <QCoreApplication>

namespace {
// The context of RemoteSync's own messages (jwk::RemoteSync in translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::RemoteSync)
};
} // namespace

namespace jwk {

QString EarlyActivation::text() const
{
    return Tr::tr("%1 was published to %2 on %3 at %4, and the rotation policy of %2 asks for %n day(s) between "
                  "publishing and activating (until %5): verifiers may not have fetched the new public key yet, and "
                  "would reject the tokens it signs.",
                  nullptr, overlapDays)
        .arg(newKid, setName, remote, published.toUTC().toString(Qt::ISODate), earliest.toUTC().toString(Qt::ISODate));
}

std::optional<EarlyActivation> earlyActivation(const KeyStore& store, const QString& remote, const QString& setName,
                                               const QDateTime& now)
{
    const auto state = store.rotations().find(remote, setName);
    if (!state) {
        return std::nullopt;
    }
    const auto policy = store.policies().find(setName);
    const auto earliest = earliestActivation(*state, policy);
    if (!earliest || now >= *earliest) {
        return std::nullopt;
    }
    return EarlyActivation{remote, setName, state->newKid, state->updated.toUTC(), *policy->overlapDays, *earliest};
}

} // namespace jwk
