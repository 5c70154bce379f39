#include "usecases/TokenSigning.h"

#include "jose/CompactJws.h"
#include "jose/JwsAlgorithms.h"
#include "keys/JsonWriter.h"
#include "keys/JwkError.h"
#include "store/KeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace jwk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::TokenSigning)
};

} // namespace

QString defaultSigningAlg(const JsonWebKey& key)
{
    if (!key.alg().isEmpty()) {
        return key.alg();
    }
    switch (key.type()) {
    case KeyType::RSA:
        return QStringLiteral("RS256");
    case KeyType::EC:
        return key.curve() == QStringLiteral("P-384")   ? QStringLiteral("ES384")
               : key.curve() == QStringLiteral("P-521") ? QStringLiteral("ES512")
                                                        : QStringLiteral("ES256");
    case KeyType::OKP:
        return QStringLiteral("EdDSA");
    case KeyType::Oct:
        return key.sizeBits() >= 512   ? QStringLiteral("HS512")
               : key.sizeBits() >= 384 ? QStringLiteral("HS384")
                                       : QStringLiteral("HS256");
    }
    return {};
}

SignedToken signToken(const JsonWebKey& key, const QString& requestedAlg, const TokenClaimsInput& input)
{
    const QString alg = requestedAlg.isEmpty() ? defaultSigningAlg(key) : requestedAlg;
    if (const QString why = jose::keyMismatch(key, alg, true); !why.isEmpty()) {
        throw JwkError(Tr::tr("Cannot sign: %1.").arg(why));
    }
    QJsonObject claims = input.claims;
    const QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
    claims.insert(QStringLiteral("iat"), now.toSecsSinceEpoch());
    if (!input.issuer.isEmpty()) {
        claims.insert(QStringLiteral("iss"), input.issuer);
    }
    if (!input.subject.isEmpty()) {
        claims.insert(QStringLiteral("sub"), input.subject);
    }
    if (input.audience.size() == 1) {
        claims.insert(QStringLiteral("aud"), input.audience.first());
    } else if (input.audience.size() > 1) {
        claims.insert(QStringLiteral("aud"), QJsonArray::fromStringList(input.audience));
    }
    if (input.expiresInSeconds) {
        claims.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() + *input.expiresInSeconds);
    }
    QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!key.kid().isEmpty()) {
        header.insert(QStringLiteral("kid"), key.kid());
    }
    const QByteArray input64 = jose::signingInputOf(QJsonDocument(header).toJson(QJsonDocument::Compact),
                                                    QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return {jose::compactOf(input64, jose::signJws(key, alg, input64)), alg, key.kid()};
}

StoredSigningKey storedSigningKey(KeyStore& store, const QString& setName, const QString& kid, const QString& detail)
{
    if (!store.keySet(setName)) {
        throw JwkError(Tr::tr("there is no key set \"%1\" in the store").arg(setName));
    }
    const QString chosen = kid.isEmpty() ? store.signingKid(setName) : kid;
    if (chosen.isEmpty()) {
        throw JwkError(Tr::tr("set %1 has no signing key (no private key); name one with a kid, or import or "
                              "generate a private key")
                           .arg(setName));
    }
    if (!store.keyInfo(setName, chosen)) {
        throw JwkError(Tr::tr("there is no key %1 in set %2").arg(chosen, setName));
    }
    StoredSigningKey result{store.loadKey(setName, chosen), QString()};
    if (!result.key.isPrivate()) {
        throw JwkError(Tr::tr("key %1 of set %2 is public only: it cannot sign").arg(chosen, setName));
    }
    try {
        store.audit().record(AuditLog::Action::SignedToken, setName, chosen, detail);
    } catch (const std::exception& e) {
        result.auditProblem = QString::fromUtf8(e.what());
    }
    return result;
}

} // namespace jwk
