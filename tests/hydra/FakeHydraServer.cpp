#include "FakeHydraServer.h"

#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace jwk::test {
namespace {

const QStringList kPostAlgorithms = {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                     QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                                     QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                     QStringLiteral("EdDSA")};

const QByteArray kNoCache = QByteArrayLiteral("private, no-cache, no-store, must-revalidate");

QJsonObject keyToJson(const JsonWebKey& key)
{
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return QJsonDocument::fromJson(json.view()).object();
}

// The JSON type names Go's encoding/json puts in its "cannot unmarshal" errors.
QString goJsonType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// What json.NewDecoder(r.Body).Decode(&v) says about a body that is not the JSON object it wants.
QString goJsonError(const QByteArray& body, const QJsonDocument& doc, const QJsonParseError& error,
                    const QString& goType)
{
    if (body.trimmed().isEmpty()) {
        return QStringLiteral("EOF");
    }
    if (error.error == QJsonParseError::NoError) {
        return QStringLiteral("json: cannot unmarshal %1 into Go value of type %2")
            .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("value"), goType);
    }
    if (error.offset >= body.trimmed().size()) {
        return QStringLiteral("unexpected EOF");
    }
    const char c = body.at(std::clamp<int>(error.offset, 0, static_cast<int>(body.size()) - 1));
    return QStringLiteral("invalid character '%1' looking for beginning of value").arg(QLatin1Char(c));
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

quint16 FakeHydraServer::startMutualTls(const QSslCertificate& certificate, const QSslKey& key,
                                        const QByteArray& clientCas, quint16 port)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setCaCertificates(QSslCertificate::fromData(clientCas, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    sslSetup(config);
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
    if (stored.isEmpty()) {
        m_sets.remove(set); // Hydra has no empty sets: a set is its rows
    } else {
        m_sets[set] = stored;
    }
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
                    {{"Content-Type", "application/json; charset=utf-8"}, {"Cache-Control", kNoCache}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

void FakeHydraServer::respondError(const QHttpServerRequest& request, QTcpSocket* socket, int status,
                                   const QString& error, const QString& description)
{
    // herodot + x.ErrorEnhancer: a fosite RFC6749Error, whose JSON has exactly these two fields.
    auto responder = makeResponder(request, socket);
    const QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}, {"Cache-Control", kNoCache}},
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
    case QHttpServerRequest::Method::Patch:
        record.method = "PATCH";
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
    record.encodedPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    record.authorization = request.value("Authorization");
    record.headers = request.headers();
    record.body = request.body();
    if (const auto* tls = qobject_cast<const QSslSocket*>(socket); tls && !tls->peerCertificate().isNull()) {
        record.clientCertificate = tls->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
    }
    m_requests.append(record);

    if (m_hangCount > 0) {
        --m_hangCount;
        m_hung.append(socket); // never answered
        return true;
    }
    if (m_failCount > 0) {
        if (m_failAfter > 0) {
            --m_failAfter;
        } else {
            --m_failCount;
            respondError(request, socket, m_failStatus, QStringLiteral("error"),
                         QStringLiteral("The error is unrecognizable"));
            return true;
        }
    }
    if (m_garbageCount > 0) {
        --m_garbageCount;
        auto responder = makeResponder(request, socket);
        responder.write(QByteArrayLiteral("<html>not json{"), {{"Content-Type", "application/json"}},
                        QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    if (m_hostileCount > 0 && m_hostile != Hostile::None) {
        --m_hostileCount;
        answerHostile(socket);
        return true;
    }
    if (m_endlessCount > 0) {
        --m_endlessCount;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"keys\":[");
        const QByteArray chunk(64 * 1024, ' ');
        // Refill whenever a chunk has gone out: as fast as the client reads, for as long as it stays.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < chunk.size()) {
                socket->write(chunk);
            }
        });
        socket->write(chunk);
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
    // An exception must not take the server (and the test process) down: Hydra answers 500 when it fails.
    try {
        return handle(request, socket, record, segments);
    } catch (const std::exception& e) {
        qWarning("fake-hydra: %s %s failed: %s", record.method.constData(), qPrintable(record.path), e.what());
    } catch (...) {
        qWarning("fake-hydra: %s %s failed", record.method.constData(), qPrintable(record.path));
    }
    respondError(request, socket, 500, QStringLiteral("error"), QStringLiteral("The error is unrecognizable"));
    return true;
}

void FakeHydraServer::answerHostile(QTcpSocket* socket)
{
    switch (m_hostile) {
    case Hostile::None:
        break;
    case Hostile::EndlessChunked: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "9\r\n{\"keys\":[\r\n");
        const QByteArray data(64 * 1024, ' ');
        const QByteArray chunk = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        // Refilled whenever the client has taken some: as fast as it reads, for as long as it stays.
        auto refill = [this, socket, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 2 * chunk.size()) {
                if (m_hostileCap > 0 && m_hostileBytesSent.load() >= m_hostileCap) {
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(chunk);
                m_hostileBytesSent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, refill);
        refill();
        break;
    }
    case Hostile::Drip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(" ");
                ++m_hostileBytesSent;
            }
        });
        timer->start(20);
        break;
    }
    case Hostile::HugeContentLength:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + m_hugeContentLength +
                      "\r\n\r\n{\"keys\":[");
        m_hostileBytesSent += 9;
        m_hung.append(socket); // the rest never comes: only the announcement can show the answer is too large
        break;
    case Hostile::ControlCharacters: {
        // ESC [2J clears a terminal, ESC ]0;… retitles it, BEL rings; CR and LF forge a second line; U+009B is
        // the one-character CSI of C1.
        const QJsonObject error{
            {QStringLiteral("error"), QStringLiteral("bad\u001b[2J\u001b]0;pwned\u0007request")},
            {QStringLiteral("error_description"), QStringLiteral("line one\r\njwkman-cli: all keys pulled\u009b31m")},
            {QStringLiteral("debug"), QStringLiteral("\u001b[31mred")}};
        const QByteArray body = QJsonDocument(error).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 400 Bad\x1b[1mReq\x07uest\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_hostileBytesSent += body.size();
        break;
    }
    }
}

bool FakeHydraServer::handle(const QHttpServerRequest& request, QTcpSocket* socket, const RecordedRequest& record,
                             const QStringList& segments)
{
    // /.well-known/jwks.json: the public keys of Hydra's signing sets.
    if (segments == QStringList{QStringLiteral(".well-known"), QStringLiteral("jwks.json")} && record.method == "GET") {
        if (!m_publishedBody.isEmpty()) {
            QHttpServerResponder responder = makeResponder(request, socket);
            responder.write(m_publishedBody, "application/json", QHttpServerResponder::StatusCode::Ok);
            return true;
        }
        QJsonArray keys;
        QStringList published = {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token")};
        for (const auto& set : m_broadcastSets) {
            if (!published.contains(set)) {
                published << set;
            }
        }
        for (const auto& set : published) {
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

    if (segments.size() >= 2 && segments[0] == QStringLiteral("admin") && segments[1] == QStringLiteral("clients")) {
        return handleClients(request, socket, record, segments);
    }
    if (segments.size() < 3 || segments.size() > 4 || segments[0] != QStringLiteral("admin") ||
        segments[1] != QStringLiteral("keys")) {
        missingHandler(request, socket);
        return true;
    }
    const QString set = segments[2];
    const bool oneKey = segments.size() == 4;
    const QString kid = oneKey ? segments[3] : QString();
    const QByteArray conflictError = "Unable to insert or update resource because a resource with that value exists "
                                     "already";

    if (record.method == "GET") {
        const auto keys = sorted(set);
        if (oneKey) {
            // GetKey: WHERE sid = ? AND kid = ? ... First() -> sqlcon.ErrNoRows, for an unknown set as well.
            for (const auto& k : keys) {
                if (k.jwk.value(QStringLiteral("kid")).toString() == kid) {
                    respondJson(request, socket, 200, QJsonObject{{QStringLiteral("keys"), QJsonArray{k.jwk}}});
                    return true;
                }
            }
            respondError(request, socket, 404, QStringLiteral("Unable to locate the resource"), QString());
            return true;
        }
        if (keys.isEmpty()) {
            // GetKeySet: no rows (an unknown set, or one whose keys were all deleted) is x.ErrNotFound.
            respondError(request, socket, 404, QStringLiteral("Not Found"),
                         QStringLiteral("Unable to locate the requested resource"));
            return true;
        }
        QJsonArray out;
        for (const auto& k : keys) {
            out.append(k.jwk);
        }
        respondJson(request, socket, 200, QJsonObject{{QStringLiteral("keys"), out}});
        return true;
    }

    if (record.method == "DELETE") {
        // DELETE ... WHERE sid = ? [AND kid = ?]: no row-count check, 204 whatever was there.
        if (oneKey) {
            if (m_sets.contains(set)) {
                auto& keys = m_sets[set];
                keys.removeIf([&](const StoredKey& k) { return k.jwk.value(QStringLiteral("kid")).toString() == kid; });
                if (keys.isEmpty()) {
                    m_sets.remove(set);
                }
            }
        } else {
            m_sets.remove(set);
        }
        makeResponder(request, socket)
            .write(QByteArray(), {{"Cache-Control", kNoCache}}, QHttpServerResponder::StatusCode::NoContent);
        return true;
    }

    auto malformed = [&](const QString& why) {
        respondError(request, socket, 400, QStringLiteral("The request was malformed or contained invalid parameters"),
                     QStringLiteral("Unable to decode the request body: %1").arg(why));
    };

    if (record.method == "POST" && !oneKey) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(record.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            malformed(goJsonError(record.body, doc, parseError, QStringLiteral("jwk.createJsonWebKeySetBody")));
            return true;
        }
        const QJsonObject body = doc.object();
        for (const auto& field : {QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("use")}) {
            const QJsonValue v = body.value(field);
            if (!v.isUndefined() && !v.isNull() && !v.isString()) {
                malformed(QStringLiteral("json: cannot unmarshal %1 into Go struct field createJsonWebKeySetBody.%2 "
                                         "of type string")
                              .arg(goJsonType(v), field));
                return true;
            }
        }
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
                respondError(request, socket, 409, QString::fromLatin1(conflictError), QString());
                return true;
            }
        }
        GenerateOptions options;
        options.alg = alg;
        options.bits = alg.startsWith(QStringLiteral("RS"))   ? m_rsaBits
                       : alg.startsWith(QStringLiteral("PS")) ? 2048
                                                              : 0;
        options.kid = newKid;
        // `use` is not validated by Hydra (any string is stored); the core's generator takes only sig/enc, so the
        // key is made with the default and `use` set afterwards.
        QJsonObject jwk = keyToJson(generateKey(options));
        jwk.insert(QStringLiteral("use"), use);
        m_sets[set].append({jwk, ++m_clock}); // an existing set keeps its keys: the new one is appended
        auto responder = makeResponder(request, socket);
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json; charset=utf-8"},
             {"Cache-Control", kNoCache},
             {"Location", QByteArrayLiteral("http://127.0.0.1:4444/keys/") + QUrl::toPercentEncoding(set)}},
            QHttpServerResponder::StatusCode::Created);
        return true;
    }

    if (record.method == "PUT") {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(record.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            malformed(
                goJsonError(record.body, doc, parseError,
                            oneKey ? QStringLiteral("jose.rawJSONWebKey") : QStringLiteral("jose.JSONWebKeySet")));
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
            if (m_dropWriteCount > 0) {
                // A lying server: it says it stored the key and did not.
                --m_dropWriteCount;
                respondJson(request, socket, 200, jwk);
                return true;
            }
            auto& keys = m_sets[set];
            keys.removeIf([&](const StoredKey& k) { return k.jwk.value(QStringLiteral("kid")).toString() == bodyKid; });
            keys.append({jwk, ++m_clock});
            respondJson(request, socket, 200, jwk);
            return true;
        }
        const QJsonValue keysValue = doc.object().value(QStringLiteral("keys"));
        if (!keysValue.isUndefined() && !keysValue.isNull() && !keysValue.isArray()) {
            malformed(QStringLiteral("json: cannot unmarshal %1 into Go struct field JSONWebKeySet.keys of type "
                                     "[]jose.JSONWebKey")
                          .arg(goJsonType(keysValue)));
            return true;
        }
        const QJsonArray array = keysValue.toArray();
        // The whole body is decoded (and every key validated) before anything is written.
        for (const auto& v : array) {
            const QString why = v.isObject() ? validateKey(v.toObject())
                                             : QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                                                              "jose.rawJSONWebKey")
                                                   .arg(goJsonType(v));
            if (!why.isEmpty()) {
                malformed(why);
                return true;
            }
        }
        // UpdateKeySet: one transaction { DELETE the set; INSERT the keys in array order }. A duplicate kid violates
        // the unique index (sid, kid, nid): 409 and the transaction rolls back.
        QSet<QString> kids;
        QList<StoredKey> stored;
        for (const auto& v : array) {
            const QJsonObject jwk = v.toObject();
            const QString k = jwk.value(QStringLiteral("kid")).toString();
            if (kids.contains(k)) {
                respondError(request, socket, 409, QString::fromLatin1(conflictError), QString());
                return true;
            }
            kids.insert(k);
            stored.append({jwk, ++m_clock}); // array order: the last becomes the newest
        }
        if (stored.isEmpty()) {
            m_sets.remove(set); // {"keys":[]} empties the set: GET answers 404 afterwards
        } else {
            m_sets[set] = stored;
        }
        respondJson(request, socket, 200, doc.object());
        return true;
    }

    // httprouter: the path exists but not for this method.
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Method Not Allowed\n"), {{"Content-Type", "text/plain; charset=utf-8"}},
               QHttpServerResponder::StatusCode::MethodNotAllowed);
    return true;
}

} // namespace jwk::test
