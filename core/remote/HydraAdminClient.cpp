#include "remote/HydraAdminClient.h"

#include "keys/JwkError.h"
#include "remote/CustomHeaders.h"
#include "remote/HydraRules.h"
#include "remote/HydraTr.h"
#include "text/TextEscape.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslKey>

#include <algorithm>
#include <limits>

#include <QCoreApplication>

namespace jwk {
using namespace hydrarules;
namespace {

// What an answer's announced length reserves at most before its body arrives: the announcement may be a lie (the
// buffer grows, wiped as it goes, past this when the body is really longer).
constexpr qint64 kReservedAtMost = 16 * 1024 * 1024;

// How far Qt's HTTP thread may read ahead of this thread (QNetworkReply::setReadBufferSize).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QString percentEncoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

// --- HydraRequest ----------------------------------------------------------------------------------------

HydraRequest::HydraRequest(HydraAdminClient* client, QByteArray verb, QUrl url, SecureBytes body, Expect expect,
                           bool retryable)
    : QObject(client)
    , m_client(client)
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_expect(expect)
    , m_retryable(retryable)
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOutNow = true;
            m_reply->abort();
        }
    });
    connect(&m_backoff, &QTimer::timeout, this, &HydraRequest::start);
}

QString HydraRequest::description() const
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(m_verb), m_url.toString(QUrl::RemoveUserInfo));
}

void HydraRequest::cancel()
{
    if (m_finished) {
        return;
    }
    m_result.cancelled = true;
    m_backoff.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() finishes the request
    } else {
        m_result.error = HydraTr::tr("%1: cancelled").arg(description());
        finish();
    }
}

void HydraRequest::start()
{
    if (m_finished) {
        return;
    }
    m_started = true;
    ++m_result.attempts;
    m_timedOutNow = false;
    m_reply = m_client->send(this);
    if (!m_reply) {
        finish();
        return;
    }
    m_tooLarge = false;
    m_announcedBytes = -1;
    wipe(m_received);
    m_received.clear();
    m_receivedBytes = 0;
    m_sslErrors.clear();
    // Qt's HTTP thread hands over at most this much ahead of what has been read here; without a bound it reads the
    // socket as fast as the server writes and queues everything for this thread (an endless answer took 1-2 GB
    // before the size check saw it).
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HydraRequest::checkAnnouncedLength);
    connect(m_reply, &QNetworkReply::readyRead, this, &HydraRequest::readArrived);
    connect(m_reply, &QNetworkReply::finished, this, &HydraRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    m_timeout.start(m_client->profile().timeoutMs);
}

void HydraRequest::checkAnnouncedLength()
{
    if (!m_reply || m_tooLarge || !m_reply->hasRawHeader("Content-Length")) {
        return;
    }
    bool ok = false;
    const qint64 announced = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    if (!ok || announced < 0) {
        // Not a number Qt could have read either (or one past 2^63): as good as endless.
        m_announcedBytes = std::numeric_limits<qint64>::max();
        cutOff();
    } else if (announced > m_client->maxAnswerBytes()) {
        m_announcedBytes = announced;
        cutOff();
    } else {
        // One buffer for the whole answer (reserveWiping: keys/SecureBytes).
        reserveWiping(m_received, std::min(announced, kReservedAtMost) - m_received.size());
    }
}

void HydraRequest::readArrived()
{
    if (!m_reply || m_tooLarge || !m_reply->isOpen()) {
        return;
    }
    const qint64 limit = m_client->maxAnswerBytes();
    while (m_reply->bytesAvailable() > 0) {
        // Never more than one byte past the limit is kept: that byte is what shows the answer is too large.
        const qint64 room = limit + 1 - m_receivedBytes;
        const qint64 want = std::min(m_reply->bytesAvailable(), room);
        if (want <= 0) {
            break;
        }
        const qsizetype before = m_received.size();
        reserveWiping(m_received, static_cast<qsizetype>(want));
        m_received.resize(before + want);
        const qint64 got = m_reply->read(m_received.data() + before, want);
        m_received.resize(before + std::max<qint64>(got, 0));
        if (got <= 0) {
            break;
        }
        m_receivedBytes += got;
    }
    if (m_receivedBytes > limit) {
        cutOff();
    }
}

void HydraRequest::cutOff()
{
    m_tooLarge = true;
    wipe(m_received);
    m_received.clear();
    m_received.squeeze();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports it
    }
}

void HydraRequest::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    // What is left in the reply's buffer joins what arrived before (an aborted reply is closed: nothing is read).
    m_reply = reply;
    readArrived();
    m_reply = nullptr;
    QByteArray body = std::move(m_received);
    m_received = QByteArray();
    const auto networkError = reply->error();
    m_result.httpStatus = status;

    if (m_result.cancelled) {
        m_result.error = HydraTr::tr("%1: cancelled").arg(description());
        wipe(body);
        finish();
        return;
    }

    const bool retryLeft = m_retryable && m_result.attempts <= m_client->maxRetries();
    auto retry = [&] {
        const int delay = m_client->baseDelayMs() * (1 << (m_result.attempts - 1));
        m_backoff.start(delay);
    };
    const QString attemptsNote =
        m_result.attempts > 1 ? HydraTr::tr(" (%1 attempts)").arg(m_result.attempts) : QString();

    // A success status whose body did not arrive whole: the connection broke off mid-answer (the status line
    // alone says nothing about the body). Treated as a connection failure, not as a bad answer.
    if (m_tooLarge) {
        wipe(body);
        const QString limit = QString::number(m_client->maxAnswerBytes() / (1024.0 * 1024.0));
        if (m_announcedBytes >= 0) {
            m_result.error =
                HydraTr::tr("%1: the server announced an answer of %2 bytes, more than the %3 MiB allowed, "
                            "and it was refused unread; no key set is that large, so the server (or "
                            "something in between) is misbehaving")
                    .arg(description(),
                         m_announcedBytes == std::numeric_limits<qint64>::max() ? HydraTr::tr("an unreadable number of")
                                                                                : QString::number(m_announcedBytes),
                         limit);
        } else {
            m_result.error =
                HydraTr::tr("%1: the answer grew past %2 MiB and was cut off; no key set is that large, so "
                            "the server (or something in between) is misbehaving")
                    .arg(description(), limit);
        }
        finish();
        return;
    }
    const bool brokenOff = status >= 200 && status < 300 && networkError != QNetworkReply::NoError;
    if (status == 0 || m_timedOutNow || brokenOff) {
        wipe(body);
        // No (whole) HTTP answer: refused, reset, timed out, or TLS failure.
        if (m_timedOutNow) {
            m_result.timedOut = true;
            const QString seconds = QString::number(m_client->profile().timeoutMs / 1000.0);
            // An answer that began but did not end in time (a server that drips it out) is not "no answer".
            m_result.error = status == 0 && m_receivedBytes == 0
                                 ? HydraTr::tr("%1: no answer within %2 s%3").arg(description(), seconds, attemptsNote)
                                 : HydraTr::tr("%1: HTTP %2, but the whole answer did not arrive within %3 s (%4 bytes "
                                               "came); the server or the network is too slow: try again, or give a "
                                               "longer time-out%5")
                                       .arg(description(), QString::number(status), seconds,
                                            QString::number(m_receivedBytes), attemptsNote);
            if (retryLeft) {
                retry();
                return;
            }
        } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
            const QString cause = hydrarules::tlsFailure(m_sslErrors, m_url.host());
            m_result.error =
                cause.isEmpty() ? HydraTr::tr("%1: the TLS connection failed: %2. If the server uses a private CA, add "
                                              "its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)")
                                      .arg(description(), escapeControlCharacters(reply->errorString()))
                                : HydraTr::tr("%1: the TLS connection failed: %2").arg(description(), cause);
        } else if (brokenOff) {
            m_result.error = HydraTr::tr("%1: HTTP %2, but the connection broke off before the whole answer "
                                         "arrived: %3%4")
                                 .arg(description(), QString::number(status),
                                      escapeControlCharacters(reply->errorString()), attemptsNote);
            if (retryLeft) {
                retry();
                return;
            }
        } else {
            m_result.error = HydraTr::tr("%1: could not reach the server: %2%3")
                                 .arg(description(), escapeControlCharacters(reply->errorString()), attemptsNote);
            // With TLS 1.3 a server that wants a client certificate (mutual TLS) completes the handshake and then
            // closes the connection: say what that may mean.
            if (networkError == QNetworkReply::RemoteHostClosedError && reply->url().scheme() == u"https") {
                m_result.error += m_client->profile().clientCertificatePem.isEmpty()
                                      ? HydraTr::tr(". If the server requires a client certificate (mutual TLS), add "
                                                    "one to the remote (Client certificate and key; jwkman-cli: "
                                                    "--client-cert FILE --client-key FILE)")
                                      : HydraTr::tr(". If the server requires a client certificate, it may not accept "
                                                    "this one: check that a CA the server trusts issued it");
            }
            if (isConnectionError(networkError) && retryLeft) {
                retry();
                return;
            }
        }
        finish();
        return;
    }

    interpretHydraAnswer(m_result, status, reason, body, m_expect, description(),
                         status >= 300 && status < 400
                             ? reply->header(QNetworkRequest::LocationHeader).toUrl().toString(QUrl::RemoveUserInfo)
                             : QString());
    wipe(body);
    if (!m_result.ok && status >= 500 && retryLeft) {
        retry();
        return;
    }
    finish();
}

void HydraRequest::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_body.clear();
    if (m_result.attempts > 1 && !m_result.ok && !m_result.error.contains(QStringLiteral("attempts"))) {
        m_result.error += HydraTr::tr(" (after %1 attempts)").arg(m_result.attempts);
    }
    m_client->requestDone(this);
    Q_EMIT finished();
}

// --- HydraAdminClient ------------------------------------------------------------------------------------

HydraAdminClient::HydraAdminClient(RemoteProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_transport(checkTransport(m_profile.adminUrl))
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setAutoDeleteReplies(false);
    // The TLS configuration (the system's CA certificates and the TLS backend) is loaded only when a URL needs it.
    if (m_profile.adminUrl.scheme() != u"https" && m_profile.publicUrl.scheme() != u"https") {
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // never switched off
    if (!m_profile.caCertificatesPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(m_profile.caCertificatesPem, QSsl::Pem);
        if (cas.isEmpty()) {
            m_sslSetupError =
                HydraTr::tr("the extra CA certificates of remote \"%1\" are not PEM certificates").arg(m_profile.name);
        }
        ssl.addCaCertificates(cas);
    }
    if (!m_profile.clientCertificatePem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(m_profile.clientCertificatePem, QSsl::Pem);
        QSslKey key;
        for (const auto algorithm : {QSsl::Rsa, QSsl::Ec}) {
            key = QSslKey(m_profile.clientKeyPem.view(), algorithm, QSsl::Pem);
            if (!key.isNull()) {
                break;
            }
        }
        if (certs.isEmpty() || key.isNull()) {
            m_sslSetupError = HydraTr::tr("the client certificate or key of remote \"%1\" cannot be read (PEM, RSA "
                                          "or EC)")
                                  .arg(m_profile.name);
        } else if (!clientKeyFitsCertificate(m_profile.clientCertificatePem, m_profile.clientKeyPem)) {
            m_sslSetupError = HydraTr::tr("the client key of remote \"%1\" does not belong to its client certificate")
                                  .arg(m_profile.name);
        } else {
            ssl.setLocalCertificate(certs.first());
            ssl.setPrivateKey(key);
        }
    }
    m_ssl = std::move(ssl);
}

HydraAdminClient::~HydraAdminClient()
{
    cancelAll();
}

QUrl HydraAdminClient::keysUrl(const QString& set, const QString& kid) const
{
    QString base = m_profile.adminUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QString path = base + QStringLiteral("/admin/keys/") + percentEncoded(set);
    if (!kid.isNull()) {
        path += QLatin1Char('/') + percentEncoded(kid);
    }
    return QUrl::fromEncoded(path.toLatin1(), QUrl::StrictMode);
}

HydraRequest* HydraAdminClient::enqueue(const QByteArray& verb, const QUrl& url, SecureBytes body,
                                        HydraRequest::Expect expect, bool retryable, const QString& refusal)
{
    auto* request = new HydraRequest(this, verb, url, std::move(body), expect, retryable);
    request->m_refusal = refusal;
    m_queue.append(request);
    QMetaObject::invokeMethod(this, &HydraAdminClient::startNext, Qt::QueuedConnection);
    return request;
}

void HydraAdminClient::startNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        QPointer<HydraRequest> request = m_queue.takeFirst();
        if (!request || request->m_finished) {
            continue;
        }
        ++m_inFlight;
        request->start();
    }
}

void HydraAdminClient::requestDone(HydraRequest* request)
{
    if (request->m_started) {
        --m_inFlight;
    }
    m_queue.removeAll(request);
    QMetaObject::invokeMethod(this, &HydraAdminClient::startNext, Qt::QueuedConnection);
}

QNetworkReply* HydraAdminClient::send(HydraRequest* request)
{
    const TransportCheck check = checkTransport(request->m_url);
    if (!m_transport.allowed || !check.allowed) {
        request->m_result.error = m_transport.allowed ? check.reason : m_transport.reason;
        return nullptr;
    }
    if (!m_sslSetupError.isEmpty()) {
        request->m_result.error = m_sslSetupError;
        return nullptr;
    }
    if (!request->m_refusal.isEmpty()) {
        request->m_result.error = QStringLiteral("%1: %2").arg(request->description(), request->m_refusal);
        return nullptr;
    }
    // A profile from the store is checked as one typed in: a CR or LF in a value would add headers or a request.
    if (const QString problem = customHeadersProblem(m_profile.headers); !problem.isEmpty()) {
        request->m_result.error = HydraTr::tr("%1: not sent: %2; correct the custom headers of the remote")
                                      .arg(request->description(), problem);
        return nullptr;
    }
    QNetworkRequest http(request->m_url);
    if (m_ssl) { // set up in the constructor whenever a URL of the profile is https
        http.setSslConfiguration(*m_ssl);
    }
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("User-Agent", QByteArrayLiteral("jwkman/") + JWKMAN_VERSION);
    // Credentials go only where the transport policy lets keys go: https, or http to loopback; and only to the
    // admin API (a public document may be another host's).
    const bool admin = request->m_expect != HydraAnswer::Body;
    if (admin && !m_profile.bearerToken.isEmpty()) {
        http.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_profile.bearerToken.view());
    }
    for (const auto& [name, value] : m_profile.headers) {
        if (admin) {
            http.setRawHeader(name, value.view());
        }
    }
    if (!request->m_body.isEmpty()) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* reply = nullptr;
    const QByteArray body = request->m_body.view();
    if (request->m_verb == "GET") {
        reply = m_manager.get(http);
    } else if (request->m_verb == "DELETE") {
        reply = m_manager.deleteResource(http);
    } else if (request->m_verb == "PUT") {
        reply = m_manager.put(http, body);
    } else if (request->m_verb == "PATCH") {
        reply = m_manager.sendCustomRequest(http, "PATCH", body);
    } else {
        reply = m_manager.post(http, body);
    }
    reply->setParent(request);
    return reply;
}

HydraRequest* HydraAdminClient::getKeySet(const QString& set)
{
    return enqueue("GET", keysUrl(set), {}, HydraRequest::Expect::KeySet, true, pathProblem(set, {}, false));
}

HydraRequest* HydraAdminClient::getKeySetTexts(const QString& set)
{
    return enqueue("GET", keysUrl(set), {}, HydraRequest::Expect::KeySetTexts, true, pathProblem(set, {}, false));
}

HydraRequest* HydraAdminClient::getKey(const QString& set, const QString& kid)
{
    return enqueue("GET", keysUrl(set, kid), {}, HydraRequest::Expect::KeySet, true, pathProblem(set, kid, true));
}

HydraRequest* HydraAdminClient::createKey(const QString& set, const QString& alg, const QString& kid,
                                          const QString& use)
{
    QJsonObject body{{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kid}, {QStringLiteral("use"), use}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Never retried: a POST that reached the server may have made a key already.
    return enqueue("POST", keysUrl(set), SecureBytes::fromByteArray(json), HydraRequest::Expect::KeySet, false,
                   pathProblem(set, {}, false));
}

HydraRequest* HydraAdminClient::putKeySet(const QString& set, const QList<JsonWebKey>& keys)
{
    const SecureBytes json = JsonWebKeySet(keys).toJson(true, JsonFormat::Compact);
    return enqueue("PUT", keysUrl(set), json, HydraRequest::Expect::KeySet, true, pathProblem(set, {}, false));
}

HydraRequest* HydraAdminClient::putKey(const QString& set, const JsonWebKey& key)
{
    // Hydra ignores the {kid} of the path and stores the key under the kid of the body; send both the same. A key
    // without kid is refused: Hydra would store it under "", and the path would lose its last segment.
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return enqueue("PUT", keysUrl(set, key.kid()), json, HydraRequest::Expect::Key, true,
                   pathProblem(set, key.kid(), true));
}

HydraRequest* HydraAdminClient::deleteKeySet(const QString& set)
{
    return enqueue("DELETE", keysUrl(set), {}, HydraRequest::Expect::Nothing, true, pathProblem(set, {}, false));
}

HydraRequest* HydraAdminClient::deleteKey(const QString& set, const QString& kid)
{
    return enqueue("DELETE", keysUrl(set, kid), {}, HydraRequest::Expect::Nothing, true, pathProblem(set, kid, true));
}

HydraRequest* HydraAdminClient::getPublicJwks()
{
    QString base = m_profile.publicUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return enqueue("GET", QUrl::fromEncoded((base + QStringLiteral("/.well-known/jwks.json")).toLatin1()), {},
                   HydraRequest::Expect::KeySet, true);
}

HydraRequest* HydraAdminClient::getDocument(const QUrl& url)
{
    return enqueue("GET", url, {}, HydraRequest::Expect::Body, true);
}

RemoteProfile HydraAdminClient::documentProfile(RemoteProfile via, const QUrl& url)
{
    via.adminUrl = url;
    via.publicUrl = QUrl();
    return via;
}

void HydraAdminClient::cancelAll()
{
    const auto requests = findChildren<HydraRequest*>(Qt::FindDirectChildrenOnly);
    for (auto* request : requests) {
        request->cancel();
    }
}

HydraResult HydraAdminClient::wait(HydraRequest* request)
{
    if (!request->isFinished()) {
        QEventLoop loop;
        QObject::connect(request, &HydraRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HydraResult result = request->takeResult();
    request->deleteLater();
    return result;
}

} // namespace jwk

// The meta-object code is compiled here, not in the library-wide mocs_compilation object: a program that links
// one class of the core then does not drag in the others (the Hydra client alone needs no store or keychain).
#include "moc_HydraAdminClient.cpp"
