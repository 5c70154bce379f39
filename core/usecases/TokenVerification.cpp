#include "usecases/TokenVerification.h"

#include "jose/JwsAlgorithms.h"
#include "keys/JwkError.h"
#include "keys/KeyImporter.h"
#include "store/KeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace jwk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::TokenVerification)
};

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString kidList(const TokenKeySource& source)
{
    QStringList kids;
    for (const auto& k : source.keys) {
        kids << (k.kid().isEmpty() ? Tr::tr("a key without kid") : k.kid());
    }
    return kids.isEmpty() ? Tr::tr("it has no keys") : Tr::tr("it has %1").arg(kids.join(QStringLiteral(", ")));
}

QString unknownKidMessage(const jose::CompactJws& token, const TokenKeySource& source)
{
    QString text = Tr::tr("kid %1 is not in %2 (%3)").arg(token.kid(), source.label, kidList(source));
    const QJsonValue iat = token.claims ? token.claims->value(QStringLiteral("iat")) : QJsonValue();
    if (iat.isDouble() && source.newestKeyCreated.isValid()) {
        const QDateTime signedAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(iat.toDouble()), Qt::UTC);
        const qint64 delta = signedAt.secsTo(source.newestKeyCreated);
        const QString name = source.setName.isEmpty() ? source.label : source.setName;
        text += delta >= 0 ? Tr::tr("; the token was signed %1 before %2's newest key was created (a key rotated out?)")
                                 .arg(describeDuration(delta), name)
                           : Tr::tr("; the token was signed %1 after %2's newest key was created (signed with a key "
                                    "of another set or issuer?)")
                                 .arg(describeDuration(-delta), name);
    }
    return text;
}

void checkTimes(const QJsonObject& claims, const TokenCheckOptions& options, const QDateTime& now,
                QList<TokenProblem>& problems)
{
    const double nowSeconds = static_cast<double>(now.toMSecsSinceEpoch()) / 1000.0;
    const double leeway = static_cast<double>(options.leewaySeconds);
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isUndefined() && !exp.isDouble()) {
        problems.append({QStringLiteral("expired"), Tr::tr("exp is not a number (NumericDate), so the token cannot "
                                                           "be known to be unexpired")});
    } else if (exp.isDouble() && nowSeconds >= exp.toDouble() + leeway) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(exp.toDouble() * 1000), Qt::UTC);
        const qint64 ago = static_cast<qint64>(std::floor(nowSeconds - exp.toDouble()));
        problems.append(
            {QStringLiteral("expired"), options.leewaySeconds > 0
                                            ? Tr::tr("expired %1 ago at %2 (beyond the leeway of %3 s)")
                                                  .arg(describeDuration(ago), isoUtc(at))
                                                  .arg(options.leewaySeconds)
                                            : Tr::tr("expired %1 ago at %2").arg(describeDuration(ago), isoUtc(at))});
    }
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!nbf.isUndefined() && !nbf.isDouble()) {
        problems.append({QStringLiteral("not-yet-valid"), Tr::tr("nbf is not a number (NumericDate), so when the "
                                                                 "token becomes valid is not known")});
    } else if (nbf.isDouble() && nowSeconds + leeway < nbf.toDouble()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(nbf.toDouble() * 1000), Qt::UTC);
        const qint64 in = static_cast<qint64>(std::ceil(nbf.toDouble() - nowSeconds));
        problems.append(
            {QStringLiteral("not-yet-valid"), Tr::tr("not valid before %1, in %2 (a clock ahead on the issuer?)")
                                                  .arg(isoUtc(at), describeDuration(in))});
    }
}

void checkIssuerAndAudience(const QJsonObject& claims, const TokenCheckOptions& options, QList<TokenProblem>& problems)
{
    if (!options.issuer.isEmpty()) {
        const QJsonValue iss = claims.value(QStringLiteral("iss"));
        if (!iss.isString()) {
            problems.append(
                {QStringLiteral("wrong-issuer"), Tr::tr("the token has no iss; %1 was expected").arg(options.issuer)});
        } else if (iss.toString() != options.issuer) {
            problems.append(
                {QStringLiteral("wrong-issuer"), Tr::tr("issued by %1, not %2").arg(iss.toString(), options.issuer)});
        }
    }
    if (!options.audience.isEmpty()) {
        const QJsonValue aud = claims.value(QStringLiteral("aud"));
        QStringList audiences;
        if (aud.isString()) {
            audiences << aud.toString();
        } else if (aud.isArray()) {
            for (const auto& a : aud.toArray()) {
                if (a.isString()) {
                    audiences << a.toString();
                }
            }
        }
        if (!audiences.contains(options.audience)) {
            problems.append({QStringLiteral("wrong-audience"),
                             audiences.isEmpty() ? Tr::tr("the token has no aud; %1 was expected").arg(options.audience)
                                                 : Tr::tr("the token is for %1, not %2")
                                                       .arg(audiences.join(QStringLiteral(", ")), options.audience)});
        }
    }
}

// The signature against the keys of the source: those with the token's kid, or without one every key that fits.
void checkSignature(const jose::CompactJws& token, const TokenKeySource& source, TokenVerification& result)
{
    const QString alg = token.alg();
    QList<const JsonWebKey*> candidates;
    QStringList mismatches;
    if (token.hasKid()) {
        bool kidSeen = false;
        for (const auto& k : source.keys) {
            if (k.kid() != token.kid()) {
                continue;
            }
            kidSeen = true;
            if (const QString why = jose::keyMismatch(k, alg, false); why.isEmpty()) {
                candidates << &k;
            } else {
                mismatches << why;
            }
        }
        if (!kidSeen) {
            // A key without a kid (a PEM file, a bare JWK) answers to any kid: it is tried before the kid is called
            // unknown.
            for (const auto& k : source.keys) {
                if (k.kid().isEmpty() && jose::keyMismatch(k, alg, false).isEmpty() &&
                    jose::verifyJws(k, alg, token.signingInput, token.signature)) {
                    result.keyFound = true;
                    result.keySet = source.setName;
                    result.keyThumbprint = k.type() == KeyType::Oct ? QString() : k.thumbprint();
                    return;
                }
            }
            result.problems.append({QStringLiteral("unknown-kid"), unknownKidMessage(token, source)});
            return;
        }
    } else {
        for (const auto& k : source.keys) {
            if (jose::keyMismatch(k, alg, false).isEmpty()) {
                candidates << &k;
            }
        }
        if (candidates.isEmpty()) {
            QStringList kinds;
            for (const auto& k : source.keys) {
                kinds << QStringLiteral("%1 (%2%3)")
                             .arg(k.kid().isEmpty() ? Tr::tr("no kid") : k.kid(), k.typeDescription(),
                                  k.alg().isEmpty() ? QString() : QStringLiteral(", ") + k.alg());
            }
            mismatches << Tr::tr("the token has no kid and no key of %1 fits %2 (%3)")
                              .arg(source.label, alg,
                                   kinds.isEmpty() ? Tr::tr("it has no keys") : kinds.join(QStringLiteral(", ")));
        }
    }
    if (candidates.isEmpty()) {
        result.problems.append({QStringLiteral("alg-key-mismatch"), mismatches.join(QStringLiteral("; "))});
        return;
    }
    for (const JsonWebKey* k : candidates) {
        if (jose::verifyJws(*k, alg, token.signingInput, token.signature)) {
            result.keyFound = true;
            result.keySet = source.setName;
            result.keyKid = k->kid();
            result.keyThumbprint = k->type() == KeyType::Oct ? QString() : k->thumbprint();
            return;
        }
    }
    const jose::JwsAlgorithm* a = jose::findJwsAlgorithm(alg);
    QString why;
    if (a && a->family == jose::JwsFamily::Ecdsa && token.signature.size() != 2 * a->coordinateBytes) {
        why = Tr::tr(" (an %1 signature is r and s, %2 bytes; this one has %3 bytes%4)")
                  .arg(alg)
                  .arg(2 * a->coordinateBytes)
                  .arg(token.signature.size())
                  .arg(token.signature.startsWith('\x30') ? Tr::tr(" and looks like DER, which JOSE does not use")
                                                          : QString());
    }
    result.problems.append(
        {QStringLiteral("bad-signature"),
         candidates.size() == 1
             ? Tr::tr("the signature does not verify with key %1 of %2%3")
                   .arg(candidates.first()->kid().isEmpty() ? Tr::tr("(no kid)") : candidates.first()->kid(),
                        source.label, why)
             : Tr::tr("the signature verifies with none of the %1 keys of %2 that fit %3%4")
                   .arg(candidates.size())
                   .arg(source.label, alg, why)});
}

} // namespace

QString describeDuration(qint64 seconds)
{
    // Whole sentences per unit and number, not "%n hour(s)": the CLI installs no translator to resolve plurals.
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120) {
        return seconds == 1 ? Tr::tr("1 second") : Tr::tr("%1 seconds").arg(seconds);
    }
    if (seconds < 120 * 60) {
        return Tr::tr("%1 minutes").arg(seconds / 60);
    }
    if (seconds < 48 * 3600) {
        return Tr::tr("%1 hours").arg(seconds / 3600);
    }
    return Tr::tr("%1 days").arg(seconds / 86400);
}

QList<QPair<QString, QDateTime>> tokenTimes(const QJsonObject& claims)
{
    QList<QPair<QString, QDateTime>> times;
    for (const char* name : {"exp", "nbf", "iat"}) {
        const QJsonValue v = claims.value(QLatin1String(name));
        // NumericDate within what QDateTime holds (year ±292 million is far more than a token needs).
        if (v.isDouble() && std::abs(v.toDouble()) < 9.0e15) {
            times.append({QString::fromLatin1(name),
                          QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.toDouble() * 1000), Qt::UTC)});
        }
    }
    return times;
}

QJsonObject decodedTokenJson(const jose::CompactJws& token)
{
    QJsonObject times;
    if (token.claims) {
        for (const auto& [name, at] : tokenTimes(*token.claims)) {
            times.insert(name, isoUtc(at));
        }
    }
    return {{QStringLiteral("header"), token.header},
            {QStringLiteral("payload"),
             token.claims ? QJsonValue(*token.claims) : QJsonValue(QString::fromUtf8(token.payload))},
            {QStringLiteral("signature"), QString::fromLatin1(token.signatureText)},
            {QStringLiteral("times"), times}};
}

bool TokenVerification::hasProblem(const QString& code) const
{
    return std::any_of(problems.begin(), problems.end(), [&](const TokenProblem& p) { return p.code == code; });
}

QJsonObject TokenVerification::toJson() const
{
    QJsonArray list;
    for (const auto& p : problems) {
        list.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("message"), p.message}});
    }
    const QJsonValue key =
        keyFound ? QJsonValue(QJsonObject{{QStringLiteral("set"), keySet.isEmpty() ? QJsonValue() : QJsonValue(keySet)},
                                          {QStringLiteral("kid"), keyKid.isEmpty() ? QJsonValue() : QJsonValue(keyKid)},
                                          {QStringLiteral("thumbprint"),
                                           keyThumbprint.isEmpty() ? QJsonValue() : QJsonValue(keyThumbprint)}})
                 : QJsonValue();
    return {{QStringLiteral("valid"), valid},
            {QStringLiteral("alg"), alg},
            {QStringLiteral("kid"), kid.isNull() ? QJsonValue() : QJsonValue(kid)},
            {QStringLiteral("key"), key},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("problems"), list}};
}

TokenVerification verifyToken(const jose::CompactJws& token, const TokenKeySource& source,
                              const TokenCheckOptions& options)
{
    TokenVerification result;
    result.alg = token.alg();
    result.kid = token.hasKid() ? token.kid() : QString();
    result.claims = token.claims.value_or(QJsonObject());
    const QString alg = token.alg();
    if (alg.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0) {
        result.problems.append(
            {QStringLiteral("alg-none"),
             Tr::tr("the token is unsigned (alg \"%1\"): anyone can make it; never accepted").arg(alg)});
    } else if (!jose::findJwsAlgorithm(alg)) {
        result.problems.append({QStringLiteral("alg-not-allowed"),
                                Tr::tr("\"%1\" is not a JWS algorithm JWK Manager verifies (%2)")
                                    .arg(alg.left(64), jose::jwsAlgorithmNames().join(QStringLiteral(", ")))});
    } else if (!options.allowedAlgs.isEmpty() && !options.allowedAlgs.contains(alg)) {
        result.problems.append(
            {QStringLiteral("alg-not-allowed"), Tr::tr("the token is signed with %1; only %2 is allowed")
                                                    .arg(alg, options.allowedAlgs.join(QStringLiteral(", ")))});
    } else {
        checkSignature(token, source, result);
    }
    if (token.header.contains(QStringLiteral("crit"))) {
        QStringList names;
        for (const auto& c : token.header.value(QStringLiteral("crit")).toArray()) {
            names << c.toString().left(64);
        }
        result.problems.append({QStringLiteral("crit-unsupported"),
                                Tr::tr("the header marks %1 as critical (crit); JWK Manager understands no JWS "
                                       "extension, so the token must be refused (RFC 7515 §4.1.11)")
                                    .arg(names.isEmpty() ? Tr::tr("nothing") : names.join(QStringLiteral(", ")))});
    }
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    checkTimes(result.claims, options, now, result.problems);
    checkIssuerAndAudience(result.claims, options, result.problems);
    result.valid = result.problems.isEmpty() && result.keyFound;
    return result;
}

TokenKeySource keySourceOfStoreSet(const KeyStore& store, const QString& setName, bool withSecrets)
{
    if (!store.keySet(setName)) {
        throw JwkError(Tr::tr("there is no key set \"%1\" in the store").arg(setName));
    }
    TokenKeySource source;
    source.label = Tr::tr("set %1").arg(setName);
    source.setName = setName;
    source.keys = store.loadKeys(setName, false);
    if (withSecrets) {
        for (auto& k : source.keys) {
            if (k.type() == KeyType::Oct) {
                k = store.loadKey(setName, k.kid());
            }
        }
    }
    for (const auto& info : store.keys(setName)) {
        if (!source.newestKeyCreated.isValid() || info.created > source.newestKeyCreated) {
            source.newestKeyCreated = info.created;
        }
    }
    return source;
}

TokenKeySource keySourceOfDocument(const QByteArray& document, const QString& label)
{
    const ImportResult imported = importKeys(document, label);
    if (imported.keys.isEmpty()) {
        throw JwkError(imported.failures.isEmpty() ? Tr::tr("%1 holds no key").arg(label) : imported.failureSummary());
    }
    TokenKeySource source;
    source.label = label;
    for (const auto& k : imported.keys) {
        source.keys << k.key;
    }
    return source;
}

TokenKeySource keySourceOfRemoteSet(const QList<JsonWebKey>& keys, const QString& remoteName, const QString& setName)
{
    TokenKeySource source;
    source.label = Tr::tr("set %1 of remote %2").arg(setName, remoteName);
    source.setName = setName;
    source.keys = keys;
    return source;
}

} // namespace jwk
