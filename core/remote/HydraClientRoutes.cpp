// HydraAdminClient's OAuth2 client routes (GET and PATCH /admin/clients/{id}) and how a client answer is read. The
// client id is one percent-encoded path segment: "a/b" or "../keys/x" cannot reach another route. A PATCH carries
// only operations on /jwks and never a private key member, whatever the caller built.

#include "keys/JsonStrict.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "remote/HydraAdminClient.h"
#include "remote/HydraRules.h"
#include "remote/HydraTr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jwk {
namespace {

// A member Hydra sends as a string, or leaves out (or null): anything else is not Hydra's answer.
bool optionalString(const QJsonObject& object, const QString& name, QString& out)
{
    const QJsonValue v = object.value(name);
    if (v.isUndefined() || v.isNull()) {
        out.clear();
        return true;
    }
    if (!v.isString()) {
        return false;
    }
    out = v.toString();
    return true;
}

// The first private key member anywhere in `value` (a JWK's d, p, q, dp, dq, qi, oth or k), else empty.
QString privateMemberIn(const QJsonValue& value)
{
    if (value.isArray()) {
        for (const auto& v : value.toArray()) {
            if (QString found = privateMemberIn(v); !found.isEmpty()) {
                return found;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (JsonWebKey::isPrivateMemberName(it.key())) {
                return it.key();
            }
            if (QString found = privateMemberIn(it.value()); !found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

// Why these JSON Patch operations must not be sent (empty when they may): each one an add, replace or remove on
// /jwks or below, and no private key member in any value.
QString patchProblem(const QJsonArray& operations)
{
    if (operations.isEmpty()) {
        return HydraTr::tr("the JSON Patch is empty");
    }
    for (const auto& v : operations) {
        const QJsonObject op = v.toObject();
        const QString kind = op.value(QStringLiteral("op")).toString();
        const QString path = op.value(QStringLiteral("path")).toString();
        if (kind != QStringLiteral("add") && kind != QStringLiteral("replace") && kind != QStringLiteral("remove")) {
            return HydraTr::tr("the JSON Patch operation \"%1\" is not one this client sends").arg(kind);
        }
        if (path != QStringLiteral("/jwks") && !path.startsWith(QStringLiteral("/jwks/"))) {
            return HydraTr::tr("the JSON Patch would change %1, not the client's keys (/jwks)").arg(path);
        }
        if (const QString member = privateMemberIn(op.value(QStringLiteral("value"))); !member.isEmpty()) {
            return HydraTr::tr("the JSON Patch holds the private key member \"%1\"; a client gets public keys only")
                .arg(member);
        }
    }
    return {};
}

} // namespace

QString parseHydraClient(const QByteArray& body, HydraClient& client)
{
    client = HydraClient();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return HydraTr::tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    }
    if (!doc.isObject()) {
        return HydraTr::tr("it is not a JSON object");
    }
    if (const QString twice = findDuplicateMember(body); !twice.isNull()) {
        return HydraTr::tr("the member \"%1\" occurs twice in one object").arg(twice.left(100));
    }
    const QJsonObject object = doc.object();
    const QJsonValue id = object.value(QStringLiteral("client_id"));
    if (!id.isString()) {
        return HydraTr::tr("client_id is missing or not a string");
    }
    client.clientId = id.toString();
    if (!optionalString(object, QStringLiteral("client_name"), client.clientName)) {
        return HydraTr::tr("client_name is not a string");
    }
    if (!optionalString(object, QStringLiteral("jwks_uri"), client.jwksUri)) {
        return HydraTr::tr("jwks_uri is not a string");
    }
    if (!optionalString(object, QStringLiteral("token_endpoint_auth_method"), client.tokenEndpointAuthMethod)) {
        return HydraTr::tr("token_endpoint_auth_method is not a string");
    }
    const QJsonValue jwks = object.value(QStringLiteral("jwks"));
    if (jwks.isUndefined() || jwks.isNull()) {
        return {};
    }
    if (!jwks.isObject()) {
        return HydraTr::tr("its jwks is not a JWK Set (a JSON object)");
    }
    client.hasJwks = true;
    const QJsonValue keys = jwks.toObject().value(QStringLiteral("keys"));
    if (keys.isUndefined() || keys.isNull()) {
        return {};
    }
    if (!keys.isArray()) {
        return HydraTr::tr("its jwks.keys is not an array");
    }
    client.hasKeysArray = true;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return HydraTr::tr("its jwks.keys[%1] is not a JSON object").arg(i);
        }
        QString why;
        try {
            JsonWebKey key = JsonWebKey::fromJson(array.at(i).toObject());
            why = admitKey(key); // points on their curve, a private part that fits, a kid for terminals
            client.keys << key;
        } catch (const JwkError& e) {
            why = e.message();
        }
        if (!why.isEmpty()) {
            client.keys.clear();
            return HydraTr::tr("its jwks.keys[%1] is not a valid JWK: %2").arg(i).arg(why);
        }
    }
    return {};
}

QUrl HydraAdminClient::clientUrl(const QString& clientId) const
{
    QString base = m_profile.adminUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    // Every byte but the unreserved ones is percent-encoded: "/" becomes %2F, "?" %3F, "#" %23.
    const QString path =
        base + QStringLiteral("/admin/clients/") + QString::fromLatin1(QUrl::toPercentEncoding(clientId));
    return QUrl::fromEncoded(path.toLatin1(), QUrl::StrictMode);
}

HydraRequest* HydraAdminClient::getClient(const QString& clientId)
{
    return enqueue("GET", clientUrl(clientId), {}, HydraRequest::Expect::Client, true,
                   hydrarules::clientIdProblem(clientId));
}

HydraRequest* HydraAdminClient::patchClientJwks(const QString& clientId, const QJsonArray& operations)
{
    QString refusal = hydrarules::clientIdProblem(clientId);
    if (refusal.isEmpty()) {
        refusal = patchProblem(operations);
    }
    const QByteArray json = refusal.isEmpty() ? QJsonDocument(operations).toJson(QJsonDocument::Compact) : QByteArray();
    // The answer's body is not read: what the client holds afterwards is read again (GET) and compared.
    return enqueue("PATCH", clientUrl(clientId), SecureBytes::fromByteArray(json), HydraRequest::Expect::Nothing, false,
                   refusal);
}

} // namespace jwk
