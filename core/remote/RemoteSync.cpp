#include "remote/RemoteSync.h"

#include "keys/Algorithms.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"

#include <algorithm>
#include <set>
#include <utility>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::RemoteSync)
};
} // namespace

namespace jwk {

namespace {

// Hydra's signing key: the newest key that is not public (oct counts, as in Hydra's FindPrivateKey).
QString signerOf(const QList<JsonWebKey>& newestFirst)
{
    for (const auto& key : newestFirst) {
        if (key.isPrivate()) {
            return key.kid();
        }
    }
    return {};
}

} // namespace

bool isHydraSigningSet(const QString& setName)
{
    return setName == QStringLiteral("hydra.openid.id-token") || setName == QStringLiteral("hydra.jwt.access-token");
}

QStringList uploadWarnings(const QString& setName, const JsonWebKey& key)
{
    QStringList warnings;
    if (key.type() == KeyType::Oct && isHydraSigningSet(setName)) {
        warnings << Tr::tr("%1 is an oct key and %2 is a set Hydra signs tokens with: Hydra does not sign "
                           "with symmetric keys, and a symmetric key in a published set breaks "
                           "/.well-known/jwks.json")
                        .arg(key.kid(), setName);
    }
    if (key.alg().isEmpty()) {
        warnings << Tr::tr("%1 has no \"alg\": Hydra takes the JWS algorithm from it, so signing with this key "
                           "fails")
                        .arg(key.kid());
    } else {
        const QString mismatch = algorithmMismatch(key.alg(), key);
        if (!mismatch.isEmpty()) {
            warnings << Tr::tr("%1: \"alg\" does not fit the key: %2").arg(key.kid(), mismatch);
        }
    }
    return warnings;
}

RemoteSync::RemoteSync(HydraAdminClient& client, KeyStore& store, QString remoteName)
    : m_client(client)
    , m_store(store)
    , m_remote(std::move(remoteName))
{
}

void RemoteSync::failed(const HydraResult& result) const
{
    throw StoreError(StoreError::Kind::Io, result.error);
}

void RemoteSync::confirmRotationStep(const SetDiff& remoteBefore, const QString& action) const
{
    if (m_rotationConfirm && !m_rotationConfirm(remoteBefore, action)) {
        throw StoreError(StoreError::Kind::Cancelled,
                         Tr::tr("the rotation step was not confirmed; nothing changed here or on %1").arg(m_remote));
    }
}

QList<JsonWebKey> RemoteSync::fetchRemote(const QString& setName, bool* missing)
{
    const HydraResult r = HydraAdminClient::wait(m_client.getKeySet(setName));
    if (missing) {
        *missing = r.httpStatus == 404;
    }
    if (r.httpStatus == 404) {
        return {};
    }
    if (!r.ok) {
        failed(r);
    }
    return r.keys.keys();
}

QList<SetDiff> RemoteSync::planPull(const QStringList& sets)
{
    // All sets are fetched before anything is compared or applied: a failure half-way leaves the store as it was.
    QList<HydraRequest*> requests;
    for (const auto& set : sets) {
        requests << m_client.getKeySetTexts(set);
    }
    QList<HydraResult> results;
    for (auto* request : requests) {
        results << HydraAdminClient::wait(request);
    }
    for (const HydraResult& r : results) {
        if (!r.ok && r.httpStatus != 404) {
            failed(r);
        }
    }
    // One listing of the names for all sets (KeyStore::keySet() lists, counts and reads every key each time it is
    // asked).
    const QStringList names = m_store.keySetNames();
    const QSet<QString> localSets(names.cbegin(), names.cend());
    QList<SetDiff> diffs;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        HydraResult& r = results[i];
        KeyTexts local;
        const bool localExists = localSets.contains(sets[i]);
        if (localExists) {
            m_store.visitKeys(sets[i], true, [&local](JsonWebKey&& key) { local.append(key); });
        }
        QStringList invalid;
        // The server's keys move into the difference (and the fetched answer lets go of them).
        KeyTexts remote = r.ok ? admissibleKeys(std::exchange(r.keyTexts, {}), &invalid) : KeyTexts();
        SetDiff diff = diffKeySets(sets[i], local, std::move(remote));
        diff.invalidRemote = invalid;
        diff.remoteMissing = r.httpStatus == 404;
        diff.localMissing = !localExists;
        diffs << std::move(diff);
    }
    return diffs;
}

void RemoteSync::applyPull(const QList<SetDiff>& diffs)
{
    QList<QPair<QString, const KeyTexts*>> sets;
    for (const auto& diff : diffs) {
        if (!diff.remoteMissing && diff.hasChanges()) {
            sets.append({diff.setName, &diff.remoteKeys});
        }
    }
    if (!sets.isEmpty()) {
        m_store.replaceKeySets(sets, AuditLog::Action::Pulled);
    }
}

JsonWebKey RemoteSync::pushKey(const QString& setName, const QString& kid)
{
    const JsonWebKey key = m_store.loadKey(setName, kid);
    const HydraResult r = HydraAdminClient::wait(m_client.putKey(setName, key));
    if (!r.ok) {
        failed(r);
    }
    m_store.audit().record(AuditLog::Action::Pushed, setName, kid, QStringLiteral("to %1").arg(m_remote));
    return key;
}

PushSetPlan RemoteSync::planPushSet(const QString& setName)
{
    PushSetPlan plan;
    plan.setName = setName;
    const QList<JsonWebKey> local = m_store.loadKeys(setName, true); // newest first
    bool missing = false;
    const QList<JsonWebKey> remote = fetchRemote(setName, &missing);
    plan.remoteMissing = missing;
    std::set<QString> localKids;
    for (const auto& k : local) {
        localKids.insert(k.kid());
    }
    for (const auto& r : remote) {
        if (!localKids.count(r.kid())) {
            plan.remoteDeletions << r.kid();
        }
    }
    // Hydra re-inserts a PUT's keys in array order, the last becoming the newest: send oldest first so that the
    // order, and with it the signing key, stays what it is here.
    for (auto it = local.rbegin(); it != local.rend(); ++it) {
        plan.send << *it;
        plan.warnings << uploadWarnings(setName, *it);
    }
    plan.intendedSigner = signerOf(local);
    return plan;
}

void RemoteSync::pushSet(const PushSetPlan& plan, bool allowEmpty)
{
    if (plan.send.isEmpty() && !allowEmpty) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("key set \"%1\" is empty here: pushing it would delete every key of the remote "
                                "set; confirm that explicitly")
                             .arg(plan.setName));
    }
    const HydraResult r = HydraAdminClient::wait(m_client.putKeySet(plan.setName, plan.send));
    if (!r.ok) {
        failed(r);
    }
    for (const auto& key : plan.send) {
        m_store.audit().record(AuditLog::Action::Pushed, plan.setName, key.kid(),
                               QStringLiteral("to %1 (whole set)").arg(m_remote));
    }
}

JsonWebKey RemoteSync::generateRemote(const QString& setName, const QString& alg, const QString& kid,
                                      const QString& use)
{
    const AlgorithmInfo* info = findAlgorithm(alg);
    if (!info || !info->hydraGenerates) {
        QStringList accepted;
        for (const auto& a : algorithms()) {
            if (a.hydraGenerates) {
                accepted << a.name;
            }
        }
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("Hydra generates only %1 keys, not \"%2\"; make the key here and push it "
                                "instead")
                             .arg(accepted.join(QStringLiteral(", ")), alg));
    }
    const HydraResult r = HydraAdminClient::wait(m_client.createKey(setName, alg, kid, use));
    if (!r.ok) {
        failed(r);
    }
    if (r.keys.size() != 1) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("Hydra answered the generation with %1 keys instead of one").arg(r.keys.size()));
    }
    const JsonWebKey key = r.keys.keys().first();
    const AddKeysResult added = m_store.addKeys(setName, {key}, AuditLog::Action::Generated);
    if (added.added.isEmpty()) {
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("Hydra generated key %1, but it could not be stored here: %2")
                             .arg(key.kid(), added.failed.value(0, added.skipped.value(0))));
    }
    return key;
}

void RemoteSync::deleteRemote(const QString& setName, const QString& kid)
{
    const HydraResult r =
        HydraAdminClient::wait(kid.isEmpty() ? m_client.deleteKeySet(setName) : m_client.deleteKey(setName, kid));
    if (!r.ok) {
        failed(r);
    }
}

RemoteSync::RotationReport RemoteSync::rotatePublish(const QString& setName)
{
    RotationReport report;
    if (const auto existing = m_store.rotations().find(m_remote, setName)) {
        if (existing->step != RotationState::Step::Retired) {
            throw StoreError(
                StoreError::Kind::Conflict,
                Tr::tr("a rotation of %1 on %2 is in progress (key %3 %4); continue it with the "
                       "next step")
                    .arg(setName, m_remote, existing->newKid,
                         existing->step == RotationState::Step::Published ? Tr::tr("published") : Tr::tr("activated")));
        }
    }
    bool missing = false;
    const QList<JsonWebKey> remote = fetchRemote(setName, &missing);
    report.remoteBefore = diffKeySets(setName, {}, remote);
    report.remoteBefore.remoteMissing = missing;
    const QString oldSigner = signerOf(remote);
    if (oldSigner.isEmpty() && isHydraSigningSet(setName)) {
        // Hydra's GetOrGenerateKeys: a signing set without a private key (or no set at all) gets a new RS256 key
        // of Hydra's own at the next token, which would sign at once: there is nothing to stage.
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("%1 on %2 has no private key, so Hydra would generate its own RS256 key to "
                                "sign with as soon as it needs one: a public key cannot wait there. Push a "
                                "private key instead (jwkman-cli remote push)")
                             .arg(setName, m_remote));
    }
    // The new key signs like the old one: its algorithm when that is an asymmetric signature algorithm.
    QString alg = QStringLiteral("RS256");
    for (const auto& k : remote) {
        const AlgorithmInfo* info = k.kid() == oldSigner ? findAlgorithm(k.alg()) : nullptr;
        if (info && info->use == QStringLiteral("sig") && info->keyType != KeyType::Oct) {
            alg = k.alg();
        }
    }
    confirmRotationStep(report.remoteBefore,
                        Tr::tr("generate a new %1 key, keep it here and publish only its public part to %2 on "
                               "%3; %4 keeps signing until you activate the new key")
                            .arg(alg, setName, m_remote, oldSigner.isEmpty() ? Tr::tr("no key") : oldSigner));
    GenerateOptions options;
    options.alg = alg;
    options.kidMode = KidMode::Uuid;
    options.use = QStringLiteral("sig");
    const JsonWebKey key = generateKey(options);
    const AddKeysResult added = m_store.addKeys(setName, {key}, AuditLog::Action::Generated);
    if (added.added.isEmpty()) {
        throw StoreError(StoreError::Kind::Conflict, added.failed.value(0, added.skipped.value(0)));
    }
    // Only the public part: verifiers fetch it while the old key keeps signing.
    const HydraResult r = HydraAdminClient::wait(m_client.putKey(setName, key.publicKey()));
    if (!r.ok) {
        // Not published: the new key must not stay here as the newest private key (the local signer) of a rotation
        // nobody can continue. It goes to the trash, restorable.
        m_store.trash().deleteKey(setName, key.kid());
        throw StoreError(
            StoreError::Kind::Io,
            Tr::tr("%1 (the new key %2 was not published and is in the local trash)").arg(r.error, key.kid()));
    }
    m_store.audit().record(AuditLog::Action::Pushed, setName, key.kid(),
                           QStringLiteral("public part to %1 (rotation)").arg(m_remote));
    report.state = {
        m_remote, setName, key.kid(), oldSigner, RotationState::Step::Published, QDateTime::currentDateTimeUtc()};
    m_store.rotations().save(report.state);
    report.summary = Tr::tr("published the public key %1 (%2) to %3; %4 keeps signing until you activate")
                         .arg(key.kid(), alg, setName, oldSigner.isEmpty() ? Tr::tr("no key") : oldSigner);
    return report;
}

RemoteSync::RotationReport RemoteSync::rotateActivate(const QString& setName)
{
    RotationReport report;
    const auto state = m_store.rotations().find(m_remote, setName);
    if (!state || state->step != RotationState::Step::Published) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("no published key waits for activation in %1 on %2; start with --step publish")
                             .arg(setName, m_remote));
    }
    const QList<JsonWebKey> remote = fetchRemote(setName);
    report.remoteBefore = diffKeySets(setName, {}, remote);
    const bool stillPublished =
        std::any_of(remote.begin(), remote.end(), [&](const JsonWebKey& k) { return k.kid() == state->newKid; });
    const JsonWebKey key = m_store.loadKey(setName, state->newKid);
    if (const auto early = earlyActivation(m_store, m_remote, setName, QDateTime::currentDateTimeUtc())) {
        if (!m_earlyConfirm || !m_earlyConfirm(*early)) {
            throw StoreError(StoreError::Kind::Cancelled,
                             Tr::tr("%1 Nothing was pushed; %2 keeps signing.")
                                 .arg(early->text(), state->oldKid.isEmpty() ? Tr::tr("the old key") : state->oldKid));
        }
    }
    if (!key.isPrivate()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("the new key %1 of %2 is public only here, so it cannot sign: activating it would "
                                "leave %3 without a usable signer. Nothing was pushed; restore its private key "
                                "(jwkman-cli trash, restore) or start a new rotation.")
                             .arg(key.kid(), setName, m_remote));
    }
    QString action = Tr::tr("push the private key %1 to %2 on %3: it becomes the newest key and signs from "
                            "now on")
                         .arg(key.kid(), setName, m_remote);
    if (!stillPublished) {
        action += Tr::tr(" (its public part is no longer in the remote set, so verifiers have not been able "
                         "to fetch it in advance)");
    }
    confirmRotationStep(report.remoteBefore, action);
    // PUT of the private key: Hydra replaces the public key of the same kid, which becomes the newest private key
    // and so the signer.
    const HydraResult r = HydraAdminClient::wait(m_client.putKey(setName, key));
    if (!r.ok) {
        failed(r);
    }
    m_store.audit().record(AuditLog::Action::Pushed, setName, key.kid(),
                           QStringLiteral("private key to %1 (rotation: activated)").arg(m_remote));
    // Trust, then check: Hydra must now sign with exactly this key, holding its private part.
    const QList<JsonWebKey> after = fetchRemote(setName);
    const QString signer = signerOf(after);
    const auto signing =
        std::find_if(after.begin(), after.end(), [&](const JsonWebKey& k) { return k.kid() == signer; });
    if (signing == after.end() || signer != key.kid() || !signing->isPrivate() ||
        signing->thumbprint() != key.thumbprint()) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("%1 accepted the private key %2, but %3 does not sign with it now (its signer is "
                                "%4); the rotation stays at \"published\". Check the remote set (jwkman-cli remote "
                                "diff) and run --step activate again.")
                             .arg(m_remote, key.kid(), setName, signer.isEmpty() ? Tr::tr("none") : signer));
    }
    report.state = *state;
    report.state.step = RotationState::Step::Activated;
    report.state.updated = QDateTime::currentDateTimeUtc();
    m_store.rotations().save(report.state);
    report.summary = Tr::tr("activated %1: it signs in %2 now; retire %3 when tokens signed by it have expired")
                         .arg(key.kid(), setName, state->oldKid.isEmpty() ? Tr::tr("(none)") : state->oldKid);
    return report;
}

RemoteSync::RotationReport RemoteSync::rotateRetire(const QString& setName)
{
    RotationReport report;
    const auto state = m_store.rotations().find(m_remote, setName);
    if (!state || state->step != RotationState::Step::Activated) {
        throw StoreError(
            StoreError::Kind::InvalidInput,
            Tr::tr("no activated rotation of %1 on %2 to retire; run --step activate first").arg(setName, m_remote));
    }
    report.remoteBefore = diffKeySets(setName, {}, fetchRemote(setName));
    QString action =
        state->oldKid.isEmpty()
            ? Tr::tr("finish the rotation of %1 on %2 (there is no old key to delete)").arg(setName, m_remote)
            : Tr::tr("delete %1 from %2 on %3 and move it to the local trash; tokens it signed no longer "
                     "verify")
                  .arg(state->oldKid, setName, m_remote);
    if (report.remoteBefore.remoteSigner != state->newKid) {
        // Retiring now could delete the only key Hydra signs with.
        throw StoreError(
            StoreError::Kind::Conflict,
            Tr::tr("%1 on %2 signs with %3, not with the activated key %4: retiring %5 now could delete the key "
                   "Hydra signs with. Nothing was deleted; run --step activate again, or check the remote set.")
                .arg(setName, m_remote,
                     report.remoteBefore.remoteSigner.isEmpty() ? Tr::tr("no key") : report.remoteBefore.remoteSigner,
                     state->newKid, state->oldKid.isEmpty() ? Tr::tr("the old key") : state->oldKid));
    }
    confirmRotationStep(report.remoteBefore, action);
    if (!state->oldKid.isEmpty()) {
        deleteRemote(setName, state->oldKid);
        if (m_store.keyInfo(setName, state->oldKid)) {
            m_store.trash().deleteKey(setName, state->oldKid); // to the local trash, restorable
        }
    }
    report.state = *state;
    report.state.step = RotationState::Step::Retired;
    m_store.rotations().clear(m_remote, setName);
    report.summary = state->oldKid.isEmpty()
                         ? Tr::tr("rotation of %1 complete (there was no old key)").arg(setName)
                         : Tr::tr("retired %1 from %2 (and moved it to the local trash)").arg(state->oldKid, setName);
    return report;
}

QString rotationStepName(RotationStep step)
{
    switch (step) {
    case RotationStep::Publish:
        return QStringLiteral("publish");
    case RotationStep::Activate:
        return QStringLiteral("activate");
    case RotationStep::Retire:
        break;
    }
    return QStringLiteral("retire");
}

std::optional<RotationStep> rotationStepFromName(const QString& name)
{
    for (const RotationStep step : {RotationStep::Publish, RotationStep::Activate, RotationStep::Retire}) {
        if (rotationStepName(step) == name) {
            return step;
        }
    }
    return std::nullopt;
}

RotationStep RemoteSync::nextRotationStep(const std::optional<RotationState>& staged)
{
    if (!staged || staged->step == RotationState::Step::Retired) {
        return RotationStep::Publish;
    }
    return staged->step == RotationState::Step::Published ? RotationStep::Activate : RotationStep::Retire;
}

RotationStep RemoteSync::nextRotationStep(const QString& setName) const
{
    return nextRotationStep(m_store.rotations().find(m_remote, setName));
}

RemoteSync::RotationReport RemoteSync::rotate(RotationStep step, const QString& setName)
{
    switch (step) {
    case RotationStep::Publish:
        return rotatePublish(setName);
    case RotationStep::Activate:
        return rotateActivate(setName);
    case RotationStep::Retire:
        break;
    }
    return rotateRetire(setName);
}

} // namespace jwk
