#include "usecases/ClientKeys.h"

#include "remote/HydraAdminClient.h"
#include "remote/HydraRules.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "text/TextEscape.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::ClientKeys)
};
} // namespace

namespace jwk {
namespace {

// A key as a client's jwks carries it: its public members only.
QJsonObject publicJson(const JsonWebKey& key)
{
    return key.isPrivate() ? key.publicKey().publicMembers() : key.publicMembers();
}

QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(escapeControlCharacters(text.left(200)));
}

QStringList quotedAll(const QStringList& texts)
{
    QStringList out;
    for (const auto& t : texts) {
        out << quoted(t);
    }
    return out;
}

// GET /admin/clients/{id}, with an unknown client (HTTP 404) said as such.
HydraClient readClient(HydraAdminClient& client, const QString& remote, const QString& clientId, bool after)
{
    const HydraResult r = HydraAdminClient::wait(client.getClient(clientId));
    if (r.ok) {
        if (r.client.clientId != clientId) {
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("%1 answered with the OAuth2 client %2 when asked for %3; nothing was changed")
                                 .arg(remote, quoted(r.client.clientId), quoted(clientId)));
        }
        return r.client;
    }
    if (r.httpStatus == 404 && !after) {
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("there is no OAuth2 client %1 on %2 (%3); check the client id (hydra list "
                                "oauth2-clients)")
                             .arg(quoted(clientId), remote, r.error));
    }
    if (after) {
        throw StoreError(StoreError::Kind::Io, Tr::tr("the change was sent, but reading the client back failed: %1; "
                                                      "check the client's keys in Hydra")
                                                   .arg(r.error));
    }
    throw StoreError(StoreError::Kind::Io, r.error);
}

// The client's keys as (kid, thumbprint) pairs, sorted: what the read-back is compared by.
QList<QPair<QString, QString>> fingerprint(const QList<JsonWebKey>& keys)
{
    QList<QPair<QString, QString>> out;
    for (const auto& k : keys) {
        out.append({k.kid(), k.thumbprint()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QString clientKeyChangeName(ClientKeyChange::Kind kind)
{
    switch (kind) {
    case ClientKeyChange::Kind::Gained:
        return QStringLiteral("gained");
    case ClientKeyChange::Kind::Lost:
        return QStringLiteral("lost");
    case ClientKeyChange::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case ClientKeyChange::Kind::Updated:
        return QStringLiteral("updated");
    }
    return {};
}

QJsonArray ClientKeysPlan::patch() const
{
    if (!needsPatch()) {
        return {};
    }
    QJsonArray ops;
    if (keepExisting && clientHadKeysArray) {
        // Only what is new, appended: the client's own keys are not sent back, nor touched.
        for (const auto& key : after.mid(after.size() - gains.size())) {
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                   {QStringLiteral("path"), QStringLiteral("/jwks/keys/-")},
                                   {QStringLiteral("value"), publicJson(key)}});
        }
        return ops;
    }
    QJsonArray keys;
    for (const auto& key : after) {
        keys.append(publicJson(key));
    }
    // "replace" needs the member to be there (RFC 6902 4.3); Hydra writes "jwks": {} for a client without keys.
    ops.append(QJsonObject{{QStringLiteral("op"), clientHadJwks ? QStringLiteral("replace") : QStringLiteral("add")},
                           {QStringLiteral("path"), QStringLiteral("/jwks")},
                           {QStringLiteral("value"), QJsonObject{{QStringLiteral("keys"), keys}}}});
    return ops;
}

ClientKeysPlan planClientKeys(HydraAdminClient& client, const KeyStore& store, const QString& remote,
                              const QString& setName, const QString& clientId, bool keepExisting)
{
    if (const QString problem = hydrarules::clientIdProblem(clientId); !problem.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput, problem);
    }
    ClientKeysPlan plan;
    plan.remote = remote;
    plan.clientId = clientId;
    plan.setName = setName;
    plan.keepExisting = keepExisting;

    // The set first: nothing is asked of the server for a set that cannot be published.
    if (!store.keySet(setName)) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set %1").arg(quoted(setName)));
    }
    QStringList octKids;
    for (const auto& info : store.keys(setName)) {
        if (info.kty == QStringLiteral("oct")) {
            octKids << info.kid;
        }
    }
    if (!octKids.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("key set %1 holds the symmetric (oct) key(s) %2: a symmetric key has no public part, "
                                "and publishing it would give the secret away; nothing was sent. Publish a set of "
                                "asymmetric keys (RSA, EC, OKP)")
                             .arg(quoted(setName), quotedAll(octKids).join(QStringLiteral(", "))));
    }
    QList<JsonWebKey> publish;
    for (const auto& key : store.loadKeys(setName, false)) { // the public JWKs kept in clear: nothing is decrypted
        publish << (key.isPrivate() ? key.publicKey() : key);
    }
    if (publish.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("key set %1 has no keys; publishing it would leave client %2 without keys")
                             .arg(quoted(setName), quoted(clientId)));
    }

    const HydraClient current = readClient(client, remote, clientId, false);
    plan.clientName = current.clientName;
    plan.tokenEndpointAuthMethod = current.tokenEndpointAuthMethod;
    plan.clientHadJwks = current.hasJwks;
    plan.clientHadKeysArray = current.hasKeysArray;
    if (!current.jwksUri.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("client %1 on %2 takes its keys from jwks_uri (%3), and Hydra refuses a client with "
                                "both jwks and jwks_uri; nothing was changed. Publish the set at that URL instead, or "
                                "remove jwks_uri from the client first")
                             .arg(quoted(clientId), remote, quoted(current.jwksUri)));
    }
    QHash<QString, JsonWebKey> clientByKid;
    QStringList twice;
    for (const auto& key : current.keys) {
        if (clientByKid.contains(key.kid()) && !twice.contains(key.kid())) {
            twice << key.kid();
        }
        clientByKid.insert(key.kid(), key);
        if (key.isPrivate()) {
            plan.warnings << Tr::tr("client %1 holds the private part of key %2 in its jwks; anyone who can read the "
                                    "client can read it: that key is compromised%3")
                                 .arg(quoted(clientId), quoted(key.kid()),
                                      keepExisting
                                          ? Tr::tr(" (publishing without keeping the existing keys replaces it)")
                                          : QString());
        }
    }
    if (!twice.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         Tr::tr("client %1 on %2 holds the kid(s) %3 more than once in its jwks, so its keys cannot be "
                                "told apart by kid; correct the client in Hydra first")
                             .arg(quoted(clientId), remote, quotedAll(twice).join(QStringLiteral(", "))));
    }
    QHash<QString, JsonWebKey> setByKid;
    QStringList conflicts;
    for (const auto& key : publish) {
        setByKid.insert(key.kid(), key);
        const auto it = clientByKid.constFind(key.kid());
        if (it != clientByKid.constEnd() && it->thumbprint() != key.thumbprint()) {
            conflicts << key.kid();
        }
    }
    if (!conflicts.isEmpty()) {
        throw StoreError(
            StoreError::Kind::Conflict,
            Tr::tr("client %1 on %2 already holds another key under the kid(s) %3 of key set %4; a kid "
                   "must name one key (a verifier may keep the old one), so nothing was changed. Give "
                   "the new key its own kid")
                .arg(quoted(clientId), remote, quotedAll(conflicts).join(QStringLiteral(", ")), quoted(setName)));
    }

    for (const auto& key : current.keys) {
        ClientKeyChange change{ClientKeyChange::Kind::Unchanged, key.kid(), key.thumbprint(), key.typeDescription()};
        const auto mine = setByKid.constFind(key.kid());
        if (mine == setByKid.constEnd()) {
            change.kind = keepExisting ? ClientKeyChange::Kind::Unchanged : ClientKeyChange::Kind::Lost;
        } else if (!keepExisting && (key.isPrivate() || publicJson(*mine) != key.publicMembers())) {
            change.kind = ClientKeyChange::Kind::Updated; // a private part dropped, or alg, use, x5c changed
        }
        plan.changes << change;
        (change.kind == ClientKeyChange::Kind::Lost      ? plan.loses
         : change.kind == ClientKeyChange::Kind::Updated ? plan.updated
                                                         : plan.unchanged)
            << key.kid();
    }
    QList<JsonWebKey> gained;
    for (const auto& key : publish) {
        if (!clientByKid.contains(key.kid())) {
            plan.changes << ClientKeyChange{ClientKeyChange::Kind::Gained, key.kid(), key.thumbprint(),
                                            key.typeDescription()};
            plan.gains << key.kid();
            gained << key;
        }
    }
    plan.after = keepExisting ? current.keys + gained : publish;
    if (!current.tokenEndpointAuthMethod.isEmpty() &&
        current.tokenEndpointAuthMethod != QStringLiteral("private_key_jwt")) {
        plan.warnings << Tr::tr("client %1 authenticates with %2, not private_key_jwt: Hydra checks token requests "
                                "against these keys only once its token_endpoint_auth_method is private_key_jwt")
                             .arg(quoted(clientId), quoted(current.tokenEndpointAuthMethod));
    }
    return plan;
}

void applyClientKeys(HydraAdminClient& client, const ClientKeysPlan& plan)
{
    if (!plan.needsPatch()) {
        return;
    }
    const HydraResult r = HydraAdminClient::wait(client.patchClientJwks(plan.clientId, plan.patch()));
    if (!r.ok) {
        if (r.httpStatus == 404) {
            throw StoreError(
                StoreError::Kind::NotFound,
                Tr::tr("client %1 is no longer on %2 (%3)").arg(quoted(plan.clientId), plan.remote, r.error));
        }
        throw StoreError(StoreError::Kind::Io, r.error);
    }
    // What the server says it did is not taken for granted: the client is read again and compared by kid and
    // thumbprint.
    const HydraClient back = readClient(client, plan.remote, plan.clientId, true);
    const auto expected = fingerprint(plan.after);
    const auto actual = fingerprint(back.keys);
    if (expected == actual) {
        return;
    }
    QStringList missing, unexpected;
    for (const auto& e : expected) {
        if (!actual.contains(e)) {
            missing << e.first;
        }
    }
    for (const auto& a : actual) {
        if (!expected.contains(a)) {
            unexpected << a.first;
        }
    }
    QStringList parts;
    if (!missing.isEmpty()) {
        parts << Tr::tr("missing %1").arg(quotedAll(missing).join(QStringLiteral(", ")));
    }
    if (!unexpected.isEmpty()) {
        parts << Tr::tr("not asked for %1").arg(quotedAll(unexpected).join(QStringLiteral(", ")));
    }
    if (parts.isEmpty()) {
        parts << Tr::tr("a key is there more than once");
    }
    throw StoreError(StoreError::Kind::Io,
                     Tr::tr("%1 accepted the change, but client %2 reads back otherwise (%3); check its keys in Hydra "
                            "and run this again")
                         .arg(plan.remote, quoted(plan.clientId), parts.join(QStringLiteral("; "))));
}

} // namespace jwk
