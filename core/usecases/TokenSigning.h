#pragma once
// Signing a JWT with a key (jwkman-cli jwt sign, the Token window's Sign): the header takes alg and kid from the key,
// the claims get iat (and iss, sub, aud, exp when asked). A stored key is the set's signer as Hydra chooses it (the
// newest private key) unless a kid is named, and its use is recorded in the audit log like other private use.

#include "keys/JsonWebKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace jwk {

class KeyStore;

struct TokenClaimsInput
{
    QJsonObject claims; // from --claims or the claims editor; iss, sub, aud and exp below replace theirs
    QString issuer;
    QString subject;
    QStringList audience; // one: a string; several: an array
    std::optional<qint64> expiresInSeconds;
    QDateTime now; // invalid: the current time
};

struct SignedToken
{
    QByteArray token; // compact JWS
    QString alg;
    QString kid;
};

// The algorithm a key signs with when none is asked for: its "alg", else RS256 for RSA, ES256/ES384/ES512 by
// curve, EdDSA for OKP, HS256/384/512 by the secret's size.
QString defaultSigningAlg(const JsonWebKey& key);

// Throws JwkError when the key cannot sign with `alg` (empty: defaultSigningAlg()), for the reasons of
// jose::keyMismatch(), or when the claims are not what a JWT holds.
SignedToken signToken(const JsonWebKey& key, const QString& alg, const TokenClaimsInput& input);

struct StoredSigningKey
{
    JsonWebKey key;
    QString auditProblem; // why the audit entry could not be written; empty when it was
};

// The private key of set `setName` that signs: `kid`, or the set's signer (KeyStore::signingKid) when kid is empty.
// Records "signed-token" in the audit log (`detail`: what was signed). Throws JwkError when the set has no signer
// or the key is public only, StoreError when it cannot be read.
StoredSigningKey storedSigningKey(KeyStore& store, const QString& setName, const QString& kid, const QString& detail);

} // namespace jwk
