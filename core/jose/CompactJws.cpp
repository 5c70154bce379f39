#include "jose/CompactJws.h"

#include "jose/JoseTr.h"
#include "keys/Base64Url.h"
#include "keys/JsonStrict.h"
#include "keys/JwkError.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace jwk::jose {
namespace {

[[noreturn]] void malformed(const QString& why)
{
    throw JwkError(JoseTr::tr("The token is malformed: %1.").arg(why), JwkError::Kind::InvalidInput);
}

QByteArray decodePart(QByteArrayView text, const QString& part)
{
    const auto bytes = base64url::decode(QString::fromLatin1(text));
    if (!bytes) {
        malformed(JoseTr::tr("its %1 is not base64url (A-Z, a-z, 0-9, - and _, without padding)").arg(part));
    }
    return *bytes;
}

bool isBase64UrlText(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

// A JSON object read strictly: no member twice; nullopt when the text is not a JSON object at all.
std::optional<QJsonObject> strictObject(const QByteArray& json, const QString& part)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    if (const QString twice = findDuplicateMember(json); !twice.isNull()) {
        malformed(JoseTr::tr("its %1 has the member \"%2\" twice").arg(part, twice.left(64)));
    }
    return doc.object();
}

} // namespace

CompactJws parseCompactJws(QByteArrayView token)
{
    token = token.trimmed();
    if (token.size() > kMaxTokenBytes) {
        malformed(JoseTr::tr("it is larger than %1 KiB; no token is that large").arg(kMaxTokenBytes / 1024));
    }
    if (token.isEmpty()) {
        malformed(JoseTr::tr("it is empty"));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0) {
        malformed(JoseTr::tr("a compact JWS has three parts separated by two dots (header.payload.signature)"));
    }
    if (token.indexOf('.', secondDot + 1) >= 0) {
        const qsizetype dots = token.count('.');
        malformed(dots == 4 ? JoseTr::tr("it has five parts: it is an encrypted JWE, not a signed JWS")
                            : JoseTr::tr("it has more than three parts"));
    }
    const QByteArrayView headerText = token.first(firstDot);
    const QByteArrayView payloadText = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signatureText = token.sliced(secondDot + 1);
    if (headerText.isEmpty()) {
        malformed(JoseTr::tr("its header is empty"));
    }
    for (const auto& [text, name] :
         {std::pair{headerText, JoseTr::tr("header")}, std::pair{payloadText, JoseTr::tr("payload")},
          std::pair{signatureText, JoseTr::tr("signature")}}) {
        if (!isBase64UrlText(text)) {
            malformed(JoseTr::tr("its %1 is not base64url (A-Z, a-z, 0-9, - and _, without padding)").arg(name));
        }
    }
    CompactJws jws;
    jws.signingInput = token.first(secondDot).toByteArray();
    jws.headerJson = decodePart(headerText, JoseTr::tr("header"));
    const auto header = strictObject(jws.headerJson, JoseTr::tr("header"));
    if (!header) {
        malformed(JoseTr::tr("its header is not a JSON object"));
    }
    jws.header = *header;
    const QJsonValue alg = jws.header.value(QStringLiteral("alg"));
    if (!alg.isString()) {
        malformed(alg.isUndefined() ? JoseTr::tr("its header has no \"alg\"")
                                    : JoseTr::tr("its header's \"alg\" is not a string"));
    }
    if (jws.header.contains(QStringLiteral("kid")) && !jws.header.value(QStringLiteral("kid")).isString()) {
        malformed(JoseTr::tr("its header's \"kid\" is not a string"));
    }
    if (jws.header.contains(QStringLiteral("crit")) && !jws.header.value(QStringLiteral("crit")).isArray()) {
        malformed(JoseTr::tr("its header's \"crit\" is not an array"));
    }
    if (jws.header.contains(QStringLiteral("enc"))) {
        malformed(JoseTr::tr("its header has \"enc\": it belongs to an encrypted JWE, not a signed JWS"));
    }
    jws.payload = decodePart(payloadText, JoseTr::tr("payload"));
    const bool looksLikeObject = jws.payload.trimmed().startsWith('{');
    jws.claims = looksLikeObject ? strictObject(jws.payload, JoseTr::tr("claims set")) : std::nullopt;
    jws.signatureText = signatureText.toByteArray();
    jws.signature = decodePart(signatureText, JoseTr::tr("signature"));
    return jws;
}

QByteArray signingInputOf(const QByteArray& headerJson, const QByteArray& payload)
{
    return base64url::encode(headerJson) + '.' + base64url::encode(payload);
}

QByteArray compactOf(const QByteArray& signingInput, const QByteArray& signature)
{
    return signingInput + '.' + base64url::encode(signature);
}

} // namespace jwk::jose
