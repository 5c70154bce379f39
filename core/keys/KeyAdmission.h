#pragma once
// The one check every key passes before it enters the store, whatever the path: import, generation, a pull, a key
// Hydra generated, a paste or a drop. A JsonWebKey is already strictly parsed (members, sizes, base64url); this adds
// what only OpenSSL can tell (EC and OKP points on their curve, a private scalar that belongs to its public point,
// RSA CRT values that fit together) and the rules for kids that the store and the terminal need (at most 255
// characters as in Hydra, no control characters).

#include "keys/JsonWebKey.h"

#include <QList>
#include <QString>

#include <vector>

#include <openssl/evp.h>

namespace jwk {

// Empty when the key may be stored; else the reason for people (never key material). A key marked by admitKey()
// passes on its kid alone.
QString keyAdmissionProblem(const JsonWebKey& key);

// The same for `key`, the JWK fromEvpPkey() made of `decoded`, a key OpenSSL decoded from DER or PEM: the checks run
// on that key instead of on a second one built from the JWK.
QString keyAdmissionProblem(const JsonWebKey& key, const EVP_PKEY* decoded);

// The same checks; when they pass, `key` is marked as admitted (JsonWebKey::materialAdmitted), and the material
// checks are not run again on it or its copies: only the kid rules, which a changed kid must pass anew.
QString admitKey(JsonWebKey& key);
QString admitKey(JsonWebKey& key, const EVP_PKEY* decoded);

// admitKey() for every key of `keys`, on all cores when there are many (keys/ParallelFor); the list is detached
// first, each thread then marks keys of its own. Returns each key's problem, at its index (empty: admitted).
std::vector<QString> admitKeys(QList<JsonWebKey>& keys);

// The kid rules alone: empty when `kid` may be stored (an empty kid is given the thumbprint by the store).
QString kidProblem(const QString& kid);

} // namespace jwk
