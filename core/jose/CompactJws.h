#pragma once
// A JWS in compact serialisation (RFC 7515 §7.1): BASE64URL(header) "." BASE64URL(payload) "." BASE64URL(signature),
// read strictly. The header must be a JSON object without a member twice (JsonStrict.h: two readers of the same
// header must not see two algorithms), every part canonical unpadded base64url, and the whole token bounded in size,
// so that a huge or deeply nested header is refused as quickly as a truncated one. Nothing here checks the signature
// (JwsAlgorithms.h) or the claims (usecases/TokenVerification.h).

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace jwk::jose {

// No token JWK Manager reads is larger: Hydra's tokens are a few KiB; a header or claims set of a megabyte is an
// attack or a mistake.
constexpr qsizetype kMaxTokenBytes = 1024 * 1024;

struct CompactJws
{
    QByteArray signingInput; // the first two parts as they came: what the signature covers
    QByteArray headerJson;   // the decoded header
    QJsonObject header;
    QByteArray payload;                // the decoded payload
    std::optional<QJsonObject> claims; // the payload as a JSON object (a JWT's claims set), when it is one
    QByteArray signature;              // decoded
    QByteArray signatureText;          // the third part as it came (base64url)

    QString alg() const { return header.value(QStringLiteral("alg")).toString(); }
    QString kid() const { return header.value(QStringLiteral("kid")).toString(); }
    bool hasKid() const { return header.contains(QStringLiteral("kid")); }
};

// Throws JwkError (InvalidInput) with a sentence saying what is malformed: not three parts, a part that is not
// base64url, a header that is not a JSON object or has a member twice, an alg that is not a string, a token over
// kMaxTokenBytes. White space around the token (a line end from a file or a paste) is ignored.
CompactJws parseCompactJws(QByteArrayView token);

// header.payload.signature from the JSON of a header, the payload bytes and the signature bytes.
QByteArray signingInputOf(const QByteArray& headerJson, const QByteArray& payload);
QByteArray compactOf(const QByteArray& signingInput, const QByteArray& signature);

} // namespace jwk::jose
