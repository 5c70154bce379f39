#pragma once
// Publishing a key set to an OAuth2 client of Hydra (private_key_jwt: the client signs its token requests, Hydra
// checks them with the client's jwks): read the client, plan which kids its jwks gains and loses, and on confirmation
// change it with a JSON Patch on /jwks only, then read the client back and compare. Only public keys leave the store;
// a set with a symmetric (oct) key is refused, as is a client that takes its keys from jwks_uri (Hydra refuses a
// client with both), a client jwks Hydra could not have sent, and a kid the client holds with other key material.
// Keep-existing (the overlap of a client key rotation) adds the set's keys without removing any; otherwise the
// client's jwks becomes the set's public keys. The same plan and words in both front ends.

#include "keys/JsonWebKey.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

class HydraAdminClient;
class KeyStore;

struct ClientKeyChange
{
    enum class Kind { Gained, Lost, Unchanged, Updated }; // Updated: same kid and key, other members (alg, use, x5c)
    Kind kind;
    QString kid;
    QString thumbprint; // RFC 7638, SHA-256
    QString type;       // "EC P-256", "RSA 2048"
};
QString clientKeyChangeName(ClientKeyChange::Kind kind); // "gained", "lost", "unchanged", "updated"

struct ClientKeysPlan
{
    QString remote;
    QString clientId;
    QString clientName;
    QString tokenEndpointAuthMethod;
    QString setName;
    bool keepExisting = false;
    QList<ClientKeyChange> changes; // the client's keys first (in its order), then the set's new ones
    QStringList gains;              // kids the client's jwks gains
    QStringList loses;              // kids it loses
    QStringList unchanged;          // kids it keeps as they are
    QStringList updated;            // kids whose key stays but whose members change (replacing only)
    QStringList warnings;           // one line each
    QList<JsonWebKey> after;        // the client's jwks after the change, as it should read back
    bool clientHadJwks = false;     // the client's answer had a jwks member (replace it, else add it)
    bool clientHadKeysArray = false;
    bool needsPatch() const { return !gains.isEmpty() || !loses.isEmpty() || !updated.isEmpty(); }
    // The JSON Patch that makes the change (public keys only; empty when nothing changes).
    QJsonArray patch() const;
};

// Reads the client (GET /admin/clients/{id}) and the set's public keys and plans the change. Throws StoreError:
// InvalidInput (an id no URL can address, a set with an oct key or without keys, a client with jwks_uri), NotFound
// (no such set here, no such client there: HTTP 404), Conflict (a kid in both with different key material), Io (the
// server failed or answered what Hydra would not).
ClientKeysPlan planClientKeys(HydraAdminClient& client, const KeyStore& store, const QString& remote,
                              const QString& setName, const QString& clientId, bool keepExisting);

// Sends the plan's patch (PATCH /admin/clients/{id}) and reads the client back: its kids and thumbprints must be
// the plan's `after`. Throws StoreError Io when the server fails or the client reads back otherwise (what differs,
// by kid). Nothing is sent when the plan changes nothing.
void applyClientKeys(HydraAdminClient& client, const ClientKeysPlan& plan);

} // namespace jwk
