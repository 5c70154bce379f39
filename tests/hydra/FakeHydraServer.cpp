#include "FakeHydraServer.h"

#include "JsonWebKey.h"
#include "JwkError.h"
#include "KeyGenerator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace jwk::test {
namespace {

const QStringList kPostAlgorithms = {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                     QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                                     QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                     QStringLiteral("EdDSA")};

QJsonObject keyToJson(const JsonWebKey& key)
{
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return QJsonDocument::fromJson(json.view()).object();
}

} // namespace

FakeHydraServer::FakeHydraServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
}

quint16 FakeHydraServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

quint16 FakeHydraServer::startTls(const QSslCertificate& certificate, const QSslKey& key, quint16 port)
{
    sslSetup(certificate, key);
    m_tls = true;
    return start(port);
}

QUrl FakeHydraServer::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QList<FakeHydraServer::StoredKey> FakeHydraServer::sorted(const QString& set) const
{
    QList<StoredKey> keys = m_sets.value(set);
    std::stable_sort(keys.begin(), keys.end(), [](const StoredKey& a, const StoredKey& b) {
        return a.createdAt > b.createdAt; // ORDER BY created_at DESC
    });
    return keys;
}

QList<QJsonObject> FakeHydraServer::keys(const QString& set) const
{
    QList<QJsonObject> out;
    for (const auto& k : sorted(set)) {
        out << k.jwk;
    }
    return out;
}

void FakeHydraServer::setKeys(const QString& set, const QList<QJsonObject>& newestFirst)
{
    QList<StoredKey> stored;
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it) {
        stored.append({*it, ++m_clock});
    }
    m_sets[set] = stored;
}

QStringList FakeHydraServer::sets() const
{
    return m_sets.keys();
}

QString FakeHydraServer::validateKey(const QJsonObject& jwk) const
{
    // go-jose's JSONWebKey.UnmarshalJSON: kty EC, RSA, oct or OKP (Ed25519 only); the rest as a JWK must be.
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty != QStringLiteral("EC") && kty != QStringLiteral("RSA") && kty != QStringLiteral("oct") &&
        kty != QStringLiteral("OKP")) {
        return QStringLiteral("go-jose/go-jose: unknown json web key type '%1'").arg(kty);
    }
    if (kty == QStringLiteral("OKP") && jwk.value(QStringLiteral("crv")).toString() != QStringLiteral("Ed25519")) {
        return QStringLiteral("go-jose/go-jose: unsupported curve '%1'")
            .arg(jwk.value(QStringLiteral("crv")).toString());
    }
    try {
        JsonWebKey::fromJson(jwk);
    } catch (const JwkError& e) {
        return QStringLiteral("go-jose/go-jose: %1").arg(e.message());
    }
    return {};
}

void FakeHydraServer::respondJson(const QHttpServerRequest& request, QTcpSocket* socket, int status,
                                  const QJsonObject& body)
{
    auto responder = makeResponder(request, socket);
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json; charset=utf-8"},
                     {"Cache-Control", "private, no-cache, no-store, must-revalidate"}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

void FakeHydraServer::respondError(const QHttpServerRequest& request, QTcpSocket* socket, int status,
                                   const QString& error, const QString& description)
{
    auto responder = makeResponder(request, socket);
    const QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

void FakeHydraServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    respondError(request, socket, 404, QStringLiteral("Not Found"),
                 QStringLiteral("Unable to locate the requested resource"));
}

bool FakeHydraServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RecordedRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        record.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        record.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        record.method = "DELETE";
        break;
    default:
        record.method = "OTHER";
    }
    const QStringList encoded = request.url().path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList segments;
    for (const auto& s : encoded) {
        segments << QUrl::fromPercentEncoding(s.toLatin1());
    }
    record.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    record.authorization = request.value("Authorization");
    record.headers = request.headers();
    record.body = request.body();
    m_requests.append(record);

    if (m_hangCount > 0) {
        --m_hangCount;
        m_hung.append(socket); // never answered
        return true;
    }
    if (m_failCount > 0) {
        --m_failCount;
        respondError(request, socket, m_failStatus, QStringLiteral("error"),
                     QStringLiteral("The error is unrecognizable"));
        return true;
    }
    if (m_garbageCount > 0) {
        --m_garbageCount;
        auto responder = makeResponder(request, socket);
        responder.write(QByteArrayLiteral("<html>not json{"), {{"Content-Type", "application/json"}},
                        QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    if (m_truncateCount > 0) {
        --m_truncateCount;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                      "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"");
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }

    // /.well-known/jwks.json: the public keys of Hydra's signing sets.
    if (segments == QStringList{QStringLiteral(".well-known"), QStringLiteral("jwks.json")} && record.method == "GET") {
        QJsonArray keys;
        for (const auto& set : {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token")}) {
            for (const auto& k : sorted(set)) {
                try {
                    const JsonWebKey key = JsonWebKey::fromJson(k.jwk);
                    if (key.hasPublicForm()) {
                        keys.append(key.publicKey().publicMembers());
                    }
                } catch (const JwkError&) {
                }
            }
        }
        respondJson(request, socket, 200, QJsonObject{{QStringLiteral("keys"), keys}});
        return true;
    }

    if (segments.size() < 3 || segments.size() > 4 || segments[0] != QStringLiteral("admin") ||
        segments[1] != QStringLiteral("keys")) {
        missingHandler(request, socket);
        return true;
    }
    const QString set = segments[2];
    const bool oneKey = segments.size() == 4;
    const QString kid = oneKey ? segments[3] : QString();

    if (record.method == "GET") {
        const auto keys = sorted(set);
        if (keys.isEmpty()) {
            // jwk/manager.go: an unknown set is x.ErrNotFound.
            respondError(request, socket, 404, QStringLiteral("Not Found"),
                         QStringLiteral("Unable to locate the requested resource"));
            return true;
        }
        QJsonArray out;
        for (const auto& k : keys) {
            if (!oneKey || k.jwk.value(QStringLiteral("kid")).toString() == kid) {
                out.append(k.jwk);
                if (oneKey) {
                    break;
                }
            }
        }
        if (oneKey && out.isEmpty()) {
            respondError(request, socket, 404, QStringLiteral("Unable to locate the resource"), QString());
            return true;
        }
        respondJson(request, socket, 200, QJsonObject{{QStringLiteral("keys"), out}});
        return true;
    }

    if (record.method == "DELETE") {
        if (oneKey) {
            auto& keys = m_sets[set];
            keys.removeIf([&](const StoredKey& k) { return k.jwk.value(QStringLiteral("kid")).toString() == kid; });
            if (keys.isEmpty()) {
                m_sets.remove(set);
            }
        } else {
            m_sets.remove(set);
        }
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NoContent);
        return true;
    }

    if (record.method == "POST" && !oneKey) {
        const QJsonObject body = QJsonDocument::fromJson(record.body).object();
        const QString alg = body.value(QStringLiteral("alg")).toString();
        QString newKid = body.value(QStringLiteral("kid")).toString();
        QString use = body.value(QStringLiteral("use")).toString();
        if (!kPostAlgorithms.contains(alg)) {
            respondError(request, socket, 400, QStringLiteral("Bad Request"),
                         QStringLiteral("Unsupported key algorithm"));
            return true;
        }
        if (newKid.isEmpty()) {
            newKid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (use.isEmpty()) {
            use = QStringLiteral("sig");
        }
        for (const auto& k : m_sets.value(set)) {
            if (k.jwk.value(QStringLiteral("kid")).toString() == newKid) {
                respondError(request, socket, 409,
                             QStringLiteral("Unable to insert or update resource because a resource with that value "
                                            "exists already"),
                             QString());
                return true;
            }
        }
        GenerateOptions options;
        options.alg = alg;
        options.bits = alg.startsWith(QStringLiteral("RS"))   ? m_rsaBits
                       : alg.startsWith(QStringLiteral("PS")) ? 2048
                                                              : 0;
        options.kid = newKid;
        options.use = use;
        QJsonObject jwk = keyToJson(generateKey(options));
        jwk.insert(QStringLiteral("use"), use); // Hydra stores use as given, unvalidated
        m_sets[set].append({jwk, ++m_clock});
        auto responder = makeResponder(request, socket);
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json; charset=utf-8"},
             {"Location", QByteArrayLiteral("http://127.0.0.1:4444/keys/") + QUrl::toPercentEncoding(set)}},
            QHttpServerResponder::StatusCode::Created);
        return true;
    }

    if (record.method == "PUT") {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(record.body, &parseError);
        auto malformed = [&](const QString& why) {
            respondError(request, socket, 400,
                         QStringLiteral("The request was malformed or contained invalid parameters"),
                         QStringLiteral("Unable to decode the request body: %1").arg(why));
        };
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            malformed(parseError.errorString());
            return true;
        }
        if (oneKey) {
            const QJsonObject jwk = doc.object();
            const QString why = validateKey(jwk);
            if (!why.isEmpty()) {
                malformed(why);
                return true;
            }
            // The {kid} of the path is ignored: the key is stored under the kid of the body (persister_jwk.go).
            const QString bodyKid = jwk.value(QStringLiteral("kid")).toString();
            auto& keys = m_sets[set];
            keys.removeIf([&](const StoredKey& k) { return k.jwk.value(QStringLiteral("kid")).toString() == bodyKid; });
            keys.append({jwk, ++m_clock});
            respondJson(request, socket, 200, jwk);
            return true;
        }
        const QJsonArray array = doc.object().value(QStringLiteral("keys")).toArray();
        QSet<QString> kids;
        QList<StoredKey> stored;
        for (const auto& v : array) {
            const QJsonObject jwk = v.toObject();
            const QString why = validateKey(jwk);
            if (!why.isEmpty()) {
                malformed(why);
                return true;
            }
            const QString k = jwk.value(QStringLiteral("kid")).toString();
            if (kids.contains(k)) {
                respondError(request, socket, 409,
                             QStringLiteral("Unable to insert or update resource because a resource with that value "
                                            "exists already"),
                             QString());
                return true;
            }
            kids.insert(k);
            stored.append({jwk, ++m_clock}); // array order: the last becomes the newest
        }
        if (stored.isEmpty()) {
            m_sets.remove(set);
        } else {
            m_sets[set] = stored;
        }
        respondJson(request, socket, 200, doc.object());
        return true;
    }

    missingHandler(request, socket);
    return true;
}

} // namespace jwk::test
