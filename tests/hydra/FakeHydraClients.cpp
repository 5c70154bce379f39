// The fake Hydra's OAuth2 client routes, as Hydra v2 answers them (client/handler.go, client/validator.go, ory/x
// jsonx.ApplyJSONPatch): POST /admin/clients (201, the defaults Hydra fills in, 409 for an id in use), GET
// /admin/clients/{id} (200 without the secret, 404 {"error":"Unable to locate the resource","error_description":""}),
// PATCH /admin/clients/{id} with a JSON Patch of add, replace and remove (RFC 6902 and JSON Pointer, RFC 6901), the
// client id not patchable, then Hydra's validator: jwks and jwks_uri not both, every jwks key a valid JWK.
// A patch that cannot be applied answers 400 here (Hydra v2.3 passes jsonpatch's plain error to its writer).

#include "FakeHydraServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUuid>

namespace jwk::test {
namespace {

const QString kNotFound = QStringLiteral("Unable to locate the resource");
const QString kMalformed = QStringLiteral("The request was malformed or contained invalid parameters");
const QString kInvalidMetadata = QStringLiteral("invalid_client_metadata");
const QString kInvalidMetadataDescription =
    QStringLiteral("The value of one of the Client Metadata fields is invalid and the server has rejected this "
                   "request. Note that an Authorization Server MAY choose to substitute a valid value for any "
                   "requested parameter of a Client's Metadata.");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// What Hydra's create fills in (the admin snapshot of a fetched client, client/.snapshots).
QJsonObject withDefaults(QJsonObject client)
{
    const QJsonObject defaults{
        {QStringLiteral("client_name"), QString()},
        {QStringLiteral("redirect_uris"), QJsonArray()},
        {QStringLiteral("grant_types"), QJsonArray()},
        {QStringLiteral("response_types"), QJsonArray()},
        {QStringLiteral("scope"), QStringLiteral("offline_access offline openid")},
        {QStringLiteral("audience"), QJsonArray()},
        {QStringLiteral("owner"), QString()},
        {QStringLiteral("policy_uri"), QString()},
        {QStringLiteral("allowed_cors_origins"), QJsonArray()},
        {QStringLiteral("tos_uri"), QString()},
        {QStringLiteral("client_uri"), QString()},
        {QStringLiteral("logo_uri"), QString()},
        {QStringLiteral("contacts"), QJsonArray()},
        {QStringLiteral("client_secret_expires_at"), 0},
        {QStringLiteral("subject_type"), QStringLiteral("public")},
        {QStringLiteral("jwks"), QJsonObject()},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
        {QStringLiteral("userinfo_signed_response_alg"), QStringLiteral("none")},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("skip_consent"), false},
    };
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!client.contains(it.key()) || client.value(it.key()).isNull()) {
            client.insert(it.key(), it.value());
        }
    }
    if (client.value(QStringLiteral("jwks_uri")).toString().isEmpty()) {
        client.remove(QStringLiteral("jwks_uri")); // omitempty
    }
    client.remove(QStringLiteral("client_secret")); // hashed in the database, never sent back
    client.insert(QStringLiteral("created_at"), now());
    client.insert(QStringLiteral("updated_at"), now());
    return client;
}

QString unescapeToken(QString token)
{
    return token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
}

// Applies one add, replace or remove at `tokens` below `node` (RFC 6902 section 4 over RFC 6901 pointers). False with
// jsonpatch's words in `error` when the target is not there (or not addressable).
bool patchAt(QJsonValue& node, QStringList tokens, const QString& op, const QJsonValue& value, const QString& path,
             QString& error)
{
    const auto missing = [&] {
        error = QStringLiteral("%1 operation does not apply: doc is missing path: \"%2\": missing value").arg(op, path);
        return false;
    };
    if (tokens.isEmpty()) {
        if (op == QStringLiteral("remove")) {
            return missing();
        }
        node = value;
        return true;
    }
    const QString token = tokens.takeFirst();
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (tokens.isEmpty()) {
            if (op != QStringLiteral("add") && !object.contains(token)) {
                return missing();
            }
            if (op == QStringLiteral("remove")) {
                object.remove(token);
            } else {
                object.insert(token, value);
            }
        } else {
            if (!object.contains(token)) {
                return missing();
            }
            QJsonValue child = object.value(token);
            if (!patchAt(child, tokens, op, value, path, error)) {
                return false;
            }
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const qsizetype index = token == QStringLiteral("-") ? array.size() : token.toLongLong(&ok);
        const bool append = token == QStringLiteral("-");
        if ((!append && !ok) || index < 0) {
            return missing();
        }
        if (tokens.isEmpty()) {
            if (op == QStringLiteral("add") && index <= array.size()) {
                array.insert(index, value);
            } else if (!append && index < array.size()) {
                if (op == QStringLiteral("remove")) {
                    array.removeAt(index);
                } else {
                    array.replace(index, value);
                }
            } else {
                error = QStringLiteral("Unable to access invalid index: %1: invalid index referenced").arg(index);
                return false;
            }
        } else {
            if (append || index >= array.size()) {
                return missing();
            }
            QJsonValue child = array.at(index);
            if (!patchAt(child, tokens, op, value, path, error)) {
                return false;
            }
            array.replace(index, child);
        }
        node = array;
        return true;
    }
    return missing();
}

} // namespace

void FakeHydraServer::setClient(const QJsonObject& client)
{
    const QJsonObject stored = withDefaults(client);
    m_clients.insert(stored.value(QStringLiteral("client_id")).toString(), stored);
}

void FakeHydraServer::setClientRaw(const QString& id, const QJsonObject& answer)
{
    m_clients.insert(id, answer);
}

QJsonObject FakeHydraServer::client(const QString& id) const
{
    return m_clients.value(id);
}

QStringList FakeHydraServer::clients() const
{
    return m_clients.keys();
}

bool FakeHydraServer::handleClients(const QHttpServerRequest& request, QTcpSocket* socket,
                                    const RecordedRequest& record, const QStringList& segments)
{
    // client/validator.go on what a create or a patch would store; empty when Hydra takes it.
    const auto validationError = [this](const QJsonObject& client) -> QString {
        const QJsonValue jwks = client.value(QStringLiteral("jwks"));
        const bool hasKeys = jwks.isObject() && !jwks.toObject().value(QStringLiteral("keys")).isNull() &&
                             !jwks.toObject().value(QStringLiteral("keys")).isUndefined();
        if (!client.value(QStringLiteral("jwks_uri")).toString().isEmpty() && hasKeys) {
            return QStringLiteral("Fields jwks and jwks_uri can not both be set, you must choose one.");
        }
        for (const auto& k : jwks.toObject().value(QStringLiteral("keys")).toArray()) {
            if (!k.isObject() || !validateKey(k.toObject()).isEmpty()) {
                return QStringLiteral("Invalid JSON web key in set.");
            }
        }
        return {};
    };
    const auto invalidMetadata = [&](const QString& hint) {
        respondError(request, socket, 400, kInvalidMetadata, kInvalidMetadataDescription + QLatin1Char(' ') + hint);
    };

    if (segments.size() == 2 && record.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(record.body);
        if (!doc.isObject()) {
            respondError(request, socket, 400, kMalformed,
                         QStringLiteral("Unable to decode the request body: json: cannot unmarshal into Go value of "
                                        "type client.Client"));
            return true;
        }
        QJsonObject client = doc.object();
        QString id = client.value(QStringLiteral("client_id")).toString();
        if (id.isEmpty()) {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            client.insert(QStringLiteral("client_id"), id);
        }
        if (m_clients.contains(id)) {
            respondError(request, socket, 409,
                         QStringLiteral("Unable to insert or update resource because a resource with that value "
                                        "exists already"),
                         QString());
            return true;
        }
        if (const QString hint = validationError(client); !hint.isEmpty()) {
            invalidMetadata(hint);
            return true;
        }
        const QString secret = client.value(QStringLiteral("client_secret")).toString();
        setClient(client);
        QJsonObject answer = m_clients.value(id);
        answer.insert(QStringLiteral("client_secret"),
                      secret.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : secret);
        respondJson(request, socket, 201, answer);
        return true;
    }
    if (segments.size() != 3) {
        missingHandler(request, socket);
        return true;
    }
    const QString id = segments[2];
    if (record.method == "GET") {
        if (!m_clients.contains(id)) {
            respondError(request, socket, 404, kNotFound, QString()); // sqlcon.ErrNoRows
            return true;
        }
        respondJson(request, socket, 200, m_clients.value(id));
        return true;
    }
    if (record.method == "PATCH") {
        if (!m_clients.contains(id)) {
            respondError(request, socket, 404, kNotFound, QString());
            return true;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(record.body);
        if (!doc.isArray()) {
            respondError(request, socket, 400, kMalformed,
                         QStringLiteral("json: cannot unmarshal %1 into Go value of type jsonpatch.Patch")
                             .arg(doc.isObject() ? QStringLiteral("object") : QStringLiteral("value")));
            return true;
        }
        QJsonValue patched = m_clients.value(id);
        for (const auto& v : doc.array()) {
            const QJsonObject op = v.toObject();
            const QString kind = op.value(QStringLiteral("op")).toString();
            const QString path = op.value(QStringLiteral("path")).toString();
            QString error;
            if (kind != QStringLiteral("add") && kind != QStringLiteral("replace") &&
                kind != QStringLiteral("remove")) {
                error = QStringLiteral("unsupported operation: %1").arg(kind);
            } else if (!op.value(QStringLiteral("path")).isString() ||
                       (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))) {
                error = QStringLiteral("error parsing patch operations: invalid path");
            } else if (path == QStringLiteral("/id") || path == QStringLiteral("/client_id")) {
                error = QStringLiteral("patch includes denied path: %1").arg(path);
            } else if (kind != QStringLiteral("remove") && !op.contains(QStringLiteral("value"))) {
                error = QStringLiteral("%1 operation does not apply: missing value").arg(kind);
            } else {
                QStringList tokens = path.split(QLatin1Char('/')).mid(1);
                for (auto& t : tokens) {
                    t = unescapeToken(t);
                }
                patchAt(patched, tokens, kind, op.value(QStringLiteral("value")), path, error);
            }
            if (!error.isEmpty()) {
                respondError(request, socket, 400, kMalformed, error); // nothing of the patch is stored
                return true;
            }
        }
        QJsonObject client = patched.toObject();
        const QJsonValue jwks = client.value(QStringLiteral("jwks"));
        if (!jwks.isUndefined() && !jwks.isNull() &&
            (!jwks.isObject() || (jwks.toObject().contains(QStringLiteral("keys")) &&
                                  !jwks.toObject().value(QStringLiteral("keys")).isArray() &&
                                  !jwks.toObject().value(QStringLiteral("keys")).isNull()))) {
            respondError(request, socket, 400, kMalformed,
                         QStringLiteral("json: cannot unmarshal into Go struct field Client.jwks of type "
                                        "x.JoseJSONWebKeySet"));
            return true;
        }
        if (const QString hint = validationError(client); !hint.isEmpty()) {
            invalidMetadata(hint);
            return true;
        }
        client.insert(QStringLiteral("updated_at"), now());
        if (m_dropWriteCount > 0) {
            // A lying server: it answers with the patched client and stores nothing.
            --m_dropWriteCount;
            respondJson(request, socket, 200, client);
            return true;
        }
        m_clients.insert(id, client);
        respondJson(request, socket, 200, client);
        return true;
    }
    if (record.method == "DELETE") {
        if (m_clients.remove(id) == 0) {
            respondError(request, socket, 404, kNotFound, QString());
            return true;
        }
        makeResponder(request, socket).write(QByteArray(), {}, QHttpServerResponder::StatusCode::NoContent);
        return true;
    }
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Method Not Allowed\n"), {{"Content-Type", "text/plain; charset=utf-8"}},
               QHttpServerResponder::StatusCode::MethodNotAllowed);
    return true;
}

} // namespace jwk::test
