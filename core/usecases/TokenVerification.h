#pragma once
// Why does this token not verify? The JWT workbench's answer, the same in the CLI (jwkman-cli jwt decode/verify) and
// the desktop's Token window: the token decoded (header, claims, times), its signature checked against a source of
// keys (a set of the store, a JWK Set file or URL, a key file, a remote's set), and its claims checked (exp and nbf
// with leeway, iss, aud, crit), every problem with its exact code (issue #16) and a sentence for people.

#include "jose/CompactJws.h"
#include "keys/JsonWebKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

class KeyStore;

// The keys a token is verified against, and where they came from.
struct TokenKeySource
{
    QString label;              // for messages: "set hydra.openid.id-token", "jwks.json", "https://…/jwks.json"
    QString setName;            // the store's or a remote's set; empty for a file or a URL
    QList<JsonWebKey> keys;     // in the source's order (a store's: newest first)
    QDateTime newestKeyCreated; // when the newest key came into the store; invalid when not known
};

// The keys of a store set: the public JWKs in clear, and for HMAC algorithms the oct secrets decrypted (nothing leaves
// the store). Throws StoreError for a missing set, JwkError when a key cannot be read.
TokenKeySource keySourceOfStoreSet(const KeyStore& store, const QString& setName, bool withSecrets);
// The keys of a JWK, JWK Set or PEM document (a --jwks file or URL, a --key file). Throws JwkError when it holds none.
TokenKeySource keySourceOfDocument(const QByteArray& document, const QString& label);
// The keys a remote's admin API answered for a set.
TokenKeySource keySourceOfRemoteSet(const QList<JsonWebKey>& keys, const QString& remoteName, const QString& setName);

struct TokenCheckOptions
{
    QStringList allowedAlgs; // empty: every JWS algorithm
    QString issuer;          // empty: not checked
    QString audience;        // empty: not checked
    qint64 leewaySeconds = 0;
    QDateTime now; // invalid: the current time
};

struct TokenProblem
{
    // Exactly one of: bad-signature, unknown-kid, alg-not-allowed, alg-key-mismatch, alg-none, expired,
    // not-yet-valid, wrong-issuer, wrong-audience, crit-unsupported.
    QString code;
    QString message;
};

struct TokenVerification
{
    bool valid = false;
    QString alg;
    QString kid; // the token's; null when it has none
    bool keyFound = false;
    QString keySet; // the key that verified the signature
    QString keyKid;
    QString keyThumbprint; // RFC 7638; empty for an oct key (its thumbprint would hash the secret)
    QJsonObject claims;
    QList<TokenProblem> problems;

    bool hasProblem(const QString& code) const;
    // {"valid", "alg", "kid", "key": {"set", "kid", "thumbprint"} | null, "claims", "problems": [{"code", "message"}]}
    QJsonObject toJson() const;
};

TokenVerification verifyToken(const jose::CompactJws& token, const TokenKeySource& source,
                              const TokenCheckOptions& options);

// {"header", "payload" (the claims, or the payload as text when it is not a JSON object), "signature" (base64url),
// "times": {"exp", "nbf", "iat"} as ISO 8601 UTC, those present}.
QJsonObject decodedTokenJson(const jose::CompactJws& token);
// exp, nbf and iat of the claims that are numbers, as instants.
QList<QPair<QString, QDateTime>> tokenTimes(const QJsonObject& claims);
// "3 hours", "2 days", "45 seconds": a duration for people.
QString describeDuration(qint64 seconds);

} // namespace jwk
