#pragma once
// A test server that behaves like Ory Hydra v2.3's JSON Web Key admin API (the routes of jwk/handler.go in
// ory/hydra, and what they answer): routes under /admin/keys, status codes (201 POST, 204 DELETE even when missing,
// 404 only from GET, 409 on duplicate kids, 400 on unsupported alg or undecodable body), Hydra's two-field error
// bodies, newest-first order, PUT set = delete + insert in array order (the last key becomes the newest), PUT key =
// upsert under the body's kid, and POST appending a generated key. OAuth2 clients (FakeHydraClients.cpp): POST
// /admin/clients, GET and PATCH /admin/clients/{id} (JSON Patch add, replace and remove; 404 for an unknown client, 400
// for a patch that cannot be applied or a client Hydra's validator refuses, such as jwks and jwks_uri both set). Faults
// can be injected: 5xx answers, no answer at all, garbage or truncated JSON. Serves http on loopback, or https with a
// certificate the tests make with the core.

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <atomic>

namespace jwk::test {

class FakeHydraServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct RecordedRequest
    {
        QByteArray method;
        QString path;           // decoded
        QByteArray encodedPath; // as it came, percent-encoded
        QByteArray authorization;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString clientCertificate; // the common name of the client certificate (mutual TLS), else empty
    };

    explicit FakeHydraServer(QObject* parent = nullptr);

    // Listens on 127.0.0.1 (port 0: any free port). With a certificate and key, serves https.
    quint16 start(quint16 port = 0);
    quint16 startTls(const QSslCertificate& certificate, const QSslKey& key, quint16 port = 0);
    // https that requires a client certificate issued by one of `clientCas` (PEM): a client without one does not
    // get through the TLS handshake, as with a proxy or Hydra's own serve.tls.client_ca mutual TLS.
    quint16 startMutualTls(const QSslCertificate& certificate, const QSslKey& key, const QByteArray& clientCas,
                           quint16 port = 0);
    QUrl url() const;

    // RSA size for generated RS* keys (Hydra: 4096; tests may ask for less to stay fast).
    void setRsaBits(int bits) { m_rsaBits = bits; }

    // Faults for the next `count` requests (failNext: after letting `after` requests through first).
    void failNext(int count, int status = 500, int after = 0)
    {
        m_failCount = count;
        m_failStatus = status;
        m_failAfter = after;
    }
    void hangNext(int count) { m_hangCount = count; }
    // The next `count` PUTs of one key (or PATCHes of a client) answer 200 with what they would store, and store
    // nothing (a server that lies).
    void dropWritesNext(int count) { m_dropWriteCount = count; }
    void garbageNext(int count) { m_garbageCount = count; }
    void truncateNext(int count) { m_truncateCount = count; }
    // Answers 200 and then sends body bytes without end, until the client closes the connection.
    void streamEndlesslyNext(int count) { m_endlessCount = count; }

    // A hostile server's answers, for the next `count` requests.
    enum class Hostile {
        None,
        EndlessChunked,    // 200, Transfer-Encoding: chunked, 64 KiB chunks without end
        Drip,              // 200, then one body byte every 20 ms, without end
        HugeContentLength, // 200 announcing Content-Length hugeContentLength(), then a few bytes; stays open
        ControlCharacters, // an error whose reason phrase and JSON body carry terminal escapes, CR, LF and C1
    };
    void hostileNext(Hostile mode, int count = 1)
    {
        m_hostile = mode;
        m_hostileCount = count;
    }
    void setHugeContentLength(const QByteArray& value) { m_hugeContentLength = value; }
    QByteArray hugeContentLength() const { return m_hugeContentLength; }
    // The endless modes stop (and close) after this many body bytes; 0: never. Only a client that fails to bound
    // what it reads would ever see the cap, and the machine running the tests must survive that client.
    void setHostileCap(qint64 bytes) { m_hostileCap = bytes; }
    // The bytes of an answer body the hostile modes have written so far (readable from another thread).
    qint64 hostileBytesSent() const { return m_hostileBytesSent.load(); }

    // Direct access to the state, as Hydra's database.
    QList<QJsonObject> keys(const QString& set) const; // newest first
    void setKeys(const QString& set, const QList<QJsonObject>& newestFirst);
    QStringList sets() const;

    // OAuth2 clients, as Hydra marshals them (its GET answer). setClient() stores `client` as POST /admin/clients
    // would (Hydra's defaults filled in, "jwks": {} when it has none); setClientRaw() stores `answer` under `id`
    // exactly as given, for answers Hydra would not send.
    void setClient(const QJsonObject& client);
    void setClientRaw(const QString& id, const QJsonObject& answer);
    QJsonObject client(const QString& id) const; // empty when there is none
    QStringList clients() const;

    QList<RecordedRequest> requests() const { return m_requests; }
    // /.well-known/jwks.json: webfinger.jwks.broadcast_keys (published besides Hydra's two signing sets), and a body
    // served instead of the real one (a published set with a finding; empty: the real one).
    void setBroadcastSets(const QStringList& sets) { m_broadcastSets = sets; }
    void setPublishedBody(const QByteArray& body) { m_publishedBody = body; }
    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct StoredKey
    {
        QJsonObject jwk;
        qint64 createdAt;
    };
    bool handle(const QHttpServerRequest& request, QTcpSocket* socket, const RecordedRequest& record,
                const QStringList& segments);
    void answerHostile(QTcpSocket* socket);
    void respondJson(const QHttpServerRequest& request, QTcpSocket* socket, int status, const QJsonObject& body);
    void respondError(const QHttpServerRequest& request, QTcpSocket* socket, int status, const QString& error,
                      const QString& description);
    bool handleClients(const QHttpServerRequest& request, QTcpSocket* socket, const RecordedRequest& record,
                       const QStringList& segments);
    QList<StoredKey> sorted(const QString& set) const;
    QString validateKey(const QJsonObject& jwk) const; // go-jose's checks; empty when fine

    QMap<QString, QList<StoredKey>> m_sets;
    QMap<QString, QJsonObject> m_clients;
    qint64 m_clock = 0;
    int m_rsaBits = 4096;
    int m_failCount = 0;
    int m_failStatus = 500;
    int m_failAfter = 0;
    int m_hangCount = 0;
    int m_garbageCount = 0;
    int m_truncateCount = 0;
    int m_endlessCount = 0;
    Hostile m_hostile = Hostile::None;
    int m_hostileCount = 0;
    QByteArray m_hugeContentLength = "1099511627776"; // 1 TiB
    std::atomic<qint64> m_hostileBytesSent = 0;
    qint64 m_hostileCap = 0;
    bool m_tls = false;
    quint16 m_port = 0;
    QList<RecordedRequest> m_requests;
    QStringList m_broadcastSets;
    QByteArray m_publishedBody;
    QList<QTcpSocket*> m_hung;
    int m_dropWriteCount = 0;
};

} // namespace jwk::test
