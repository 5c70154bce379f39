#pragma once
// An asynchronous client of Ory Hydra's JSON Web Key admin API (QNetworkAccessManager):
//   GET/POST/PUT/DELETE /admin/keys/{set}, GET/PUT/DELETE /admin/keys/{set}/{kid}, and the public
//   /.well-known/jwks.json. Set and kid are percent-encoded.
// Transport follows TransportPolicy (https with full verification; http only to loopback). Requests time out
// (10 s default), GET/PUT/DELETE are retried with backoff on connection errors and 5xx (never POST), at most a
// few requests are in flight, and everything can be cancelled. Every failure becomes one sentence with the HTTP
// status and Hydra's own words ({"error", "error_description"}, parsed leniently). A set name or kid that no URL
// path can address (empty, "." or "..") fails without sending: after URL normalisation it would name another
// resource.

#include "keys/JsonWebKeySet.h"
#include "keys/KeyTexts.h"
#include "remote/RemoteProfile.h"
#include "remote/TransportPolicy.h"

#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <optional>

namespace jwk {

class HydraAdminClient;

// What a client answer of Hydra (GET or PATCH /admin/clients/{id}) says about the client's keys. Hydra writes
// "jwks": {} for a client without keys and leaves jwks_uri out when it is empty.
struct HydraClient
{
    QString clientId;
    QString clientName;
    QString jwksUri;                 // empty: none
    QString tokenEndpointAuthMethod; // "private_key_jwt", "client_secret_basic", ...
    bool hasJwks = false;            // the answer has a jwks member (an object; {} when the client has no keys)
    bool hasKeysArray = false;       // jwks.keys is an array (perhaps empty)
    QList<JsonWebKey> keys;          // jwks.keys in order, each a valid JWK
};

struct HydraResult
{
    bool ok = false;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString error;      // one sentence for people when !ok
    QString hydraError; // Hydra's "error", as the server sent it: escape it before showing it (error is escaped)
    QString hydraErrorDescription;
    bool cancelled = false;
    bool timedOut = false;
    int attempts = 0;
    JsonWebKeySet keys; // parsed body of GET/POST/PUT-set responses
    KeyTexts keyTexts;  // the keys of a GET-set response asked for as HydraAnswer::KeySetTexts (keys stays empty)
    JsonWebKey key;     // parsed body of a PUT-key response
    QByteArray body;    // the 2xx body itself, for HydraAnswer::Body (a public document, e.g. a JWKS to audit)
    HydraClient client; // parsed body of a GET-client response
};

// What a request expects in a successful answer's body.
// KeySetTexts: a key set whose keys are held as texts (KeyTexts), for a set that may hold 100,000 keys.
enum class HydraAnswer { KeySet, KeySetTexts, Key, Client, Nothing, Body };

// Reads an OAuth2 client as Hydra sends it. Returns why it is not one (not a JSON object, a client_id that is not a
// string, a jwks that is not a JWK Set of valid keys, a jwks_uri that is not a string), empty when it is.
QString parseHydraClient(const QByteArray& body, HydraClient& client);

// Interprets one HTTP answer of Hydra: a 2xx body parsed as `expect`, or Hydra's error body
// ({"error", "error_description"}, anything else kept) made into one sentence with the status. Pure: the
// network-level outcomes (no answer, time-outs, retries) stay with HydraRequest. Fills ok, keys, key, error,
// hydraError and hydraErrorDescription of `result`. The server's words in `error` have their control characters
// escaped (TextEscape.h).
void interpretHydraAnswer(HydraResult& result, int status, const QString& reason, const QByteArray& body,
                          HydraAnswer expect, const QString& description, const QString& redirectTarget = QString());

class HydraRequest : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const HydraResult& result() const { return m_result; }
    // The result moved out (HydraAdminClient::wait): the request, deleted later, no longer holds what the answer
    // brought (a set's keys, private ones among them), which a program that runs no event loop after it would keep.
    HydraResult takeResult() { return std::move(m_result); }
    QString description() const; // "GET https://…/admin/keys/set"
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class HydraAdminClient;
    using Expect = HydraAnswer;
    HydraRequest(HydraAdminClient* client, QByteArray verb, QUrl url, SecureBytes body, Expect expect, bool retryable);
    void start();
    void onReplyFinished();
    void finish();
    // Takes what has arrived out of the reply (whose own buffer is bounded) and cuts the answer off past the limit.
    void readArrived();
    // Refuses an answer whose Content-Length is over the limit before any of its body is read.
    void checkAnnouncedLength();
    void cutOff();

    HydraAdminClient* m_client;
    QByteArray m_verb;
    QUrl m_url;
    SecureBytes m_body;
    Expect m_expect;
    bool m_retryable;
    QString m_refusal; // set: fails without sending (a set name or kid that cannot be addressed)
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    bool m_timedOutNow = false;
    bool m_tooLarge = false;
    qint64 m_announcedBytes = -1; // a Content-Length over the limit, else -1
    QByteArray m_received;        // the answer's body so far (wiped: it may hold private keys)
    qint64 m_receivedBytes = 0;
    QList<QSslError> m_sslErrors; // what the last handshake reported: the cause of a TLS failure
    bool m_finished = false;
    bool m_started = false;
    HydraResult m_result;
};

class HydraAdminClient : public QObject
{
    Q_OBJECT
public:
    // Check with checkTransport(profile.adminUrl) first: a refused URL makes every request fail with the reason.
    explicit HydraAdminClient(RemoteProfile profile, QObject* parent = nullptr);
    ~HydraAdminClient() override;

    const RemoteProfile& profile() const { return m_profile; }
    TransportCheck transport() const { return m_transport; }

    HydraRequest* getKeySet(const QString& set);
    // getKeySet() with the keys in HydraResult::keyTexts (a pull of a set of any size).
    HydraRequest* getKeySetTexts(const QString& set);
    HydraRequest* getKey(const QString& set, const QString& kid);
    // POST: Hydra generates a key (alg RS256/384/512, PS256/384/512, ES256/384/512, EdDSA) and returns it.
    HydraRequest* createKey(const QString& set, const QString& alg, const QString& kid, const QString& use);
    // PUT set: replaces the whole remote set; the LAST key becomes the newest (and, if private, the signer).
    HydraRequest* putKeySet(const QString& set, const QList<JsonWebKey>& keys);
    // PUT key: upsert under the key's own kid; it becomes the newest key.
    HydraRequest* putKey(const QString& set, const JsonWebKey& key);
    HydraRequest* deleteKeySet(const QString& set);
    HydraRequest* deleteKey(const QString& set, const QString& kid);
    HydraRequest* getPublicJwks(); // profile.publicUrl + /.well-known/jwks.json
    // GET of any URL on the profile's transport (CA, client certificate, time-out, size limit), its 2xx body kept
    // as it came in result.body: a published JWKS to audit. Sends neither the bearer token nor the custom headers
    // (they belong to the admin API, and the URL may be another host's).
    HydraRequest* getDocument(const QUrl& url);
    // The profile a client for getDocument(url) is made with: `via`'s CA, client certificate and time-out, with the
    // transport rule and the TLS set-up judged for `url` itself.
    static RemoteProfile documentProfile(RemoteProfile via, const QUrl& url);

    // GET /admin/clients/{id}: the client (its secret never comes back).
    HydraRequest* getClient(const QString& clientId);
    // PATCH /admin/clients/{id} with this JSON Patch (RFC 6902). Only operations on /jwks or below it are sent, and no
    // value may carry a private key member (d, p, q, dp, dq, qi, k): anything else fails without sending. Never
    // retried: an append ("/jwks/keys/-") that reached the server must not be made twice.
    HydraRequest* patchClientJwks(const QString& clientId, const QJsonArray& operations);

    void cancelAll();
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setRetryPolicy(int maxRetries, int baseDelayMs)
    {
        m_maxRetries = maxRetries;
        m_baseDelayMs = baseDelayMs;
    }
    int maxRetries() const { return m_maxRetries; }
    // Answers larger than this are cut off with an error: one that announces more (Content-Length) before any of its
    // body is read, any other as soon as it has grown past it. The reply reads through a bounded buffer, so a server
    // that streams without end costs this much memory and no more.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    int baseDelayMs() const { return m_baseDelayMs; }

    // Runs a local event loop until the request finishes (CLI, tests). Deletes the request.
    static HydraResult wait(HydraRequest* request);

    QUrl keysUrl(const QString& set, const QString& kid = QString()) const;
    QUrl clientUrl(const QString& clientId) const;

private:
    friend class HydraRequest;
    HydraRequest* enqueue(const QByteArray& verb, const QUrl& url, SecureBytes body, HydraRequest::Expect expect,
                          bool retryable, const QString& refusal = QString());
    void startNext();
    void requestDone(HydraRequest* request);
    QNetworkReply* send(HydraRequest* request);

    RemoteProfile m_profile;
    TransportCheck m_transport;
    QNetworkAccessManager m_manager;
    std::optional<QSslConfiguration> m_ssl; // only when a URL is https (loading TLS costs ~5 ms)
    QString m_sslSetupError;
    QList<QPointer<HydraRequest>> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    int m_maxRetries = 3;
    int m_baseDelayMs = 250;
    qint64 m_maxAnswerBytes = 64 * 1024 * 1024;
};

} // namespace jwk
