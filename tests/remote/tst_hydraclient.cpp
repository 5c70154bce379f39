// HydraAdminClient against the fake Hydra admin API: every operation and every error path. Unknown set and
// kid (404 with Hydra's words and the status in one sentence), 409 on a duplicate kid, 400 on an unsupported
// alg, 500s answered by retries (never for POST), a server that never answers (timeout), garbage and truncated
// JSON, cancelling, the bound on requests in flight, percent-encoded set names and kids, certificates from an
// untrusted CA (and the same CA given as --ca), the transport policy (plain http only to loopback, refused
// without any connection otherwise), the bearer token and custom headers, and that no error ever carries the
// token.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "remote/HydraAdminClient.h"
#include "remote/TransportPolicy.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QtTest>

using jwk::HydraAdminClient;
using jwk::HydraRequest;
using jwk::HydraResult;
using jwk::JsonWebKey;
using jwk::RemoteProfile;
using jwk::SecureBytes;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QByteArray kToken = "ory_pat_sEcReT-t0ken-that-must-never-show";
const QByteArray kHeaderSecret = "proxy-secret-value-never-shown";

QString describe(const HydraResult& r)
{
    return QStringLiteral("ok %1, HTTP %2, attempts %3, timedOut %4, cancelled %5: %6")
        .arg(r.ok)
        .arg(r.httpStatus)
        .arg(r.attempts)
        .arg(r.timedOut)
        .arg(r.cancelled)
        .arg(r.error);
}

} // namespace

class TestHydraClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void getKeySet();
    void getUnknownSet();
    void getKey();
    void getUnknownKid();
    void createKey();
    void createDuplicateKid();
    void createUnsupportedAlg_data();
    void createUnsupportedAlg();
    void putKeySetAndKey();
    void deleteKeyAndSet();
    void publicJwks();

    void retriesAnswer500s_data();
    void retriesAnswer500s();
    void retriesExhausted();
    void postNeverRetried();
    void connectionRefusedRetried();
    void noAnswerTimesOut();
    void garbageJson();
    void truncatedJson();
    void endlessAnswer();
    void cancelAll();
    void cancelQueued();
    void boundedInFlight();

    void percentEncoding();
    void unaddressableNamesRefused();

    void untrustedCertificate();
    void tlsFailureNamesTheCause_data();
    void tlsFailureNamesTheCause();
    void trustedWithCa();
    void otherCaStillRefused();
    void mutualTls();
    void transportPolicy_data();
    void transportPolicy();
    void plainHttpToOtherHostsRefusedWithoutConnecting();
    void bearerAndHeadersOverLoopbackHttp();
    void bearerOverHttps();

private:
    RemoteProfile profile(const QUrl& url) const;
    // Waits for the request and checks that its error (if any) is one sentence without the token.
    HydraResult run(HydraRequest* request);
    FakeHydraServer* m_server = nullptr;
    HydraAdminClient* m_client = nullptr;
};

void TestHydraClient::initTestCase()
{
    setUpEnvironment();
}

RemoteProfile TestHydraClient::profile(const QUrl& url) const
{
    RemoteProfile p;
    p.name = QStringLiteral("test");
    p.adminUrl = url;
    p.bearerToken = SecureBytes::fromByteArray(kToken);
    p.headers.append({"X-Proxy-Auth", SecureBytes::fromByteArray(kHeaderSecret)});
    p.timeoutMs = 10000;
    return p;
}

void TestHydraClient::init()
{
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
    m_client = new HydraAdminClient(profile(m_server->url()), this);
    m_client->setRetryPolicy(3, 20);
}

void TestHydraClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

HydraResult TestHydraClient::run(HydraRequest* request)
{
    const HydraResult r = HydraAdminClient::wait(request);
    if (!r.ok) {
        [&] {
            QVERIFY2(!r.error.isEmpty(), qPrintable(describe(r)));
            QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(describe(r)));
            QVERIFY2(!r.error.contains(QString::fromLatin1(kToken)), qPrintable(describe(r)));
            QVERIFY2(!r.error.contains(QString::fromLatin1(kHeaderSecret)), qPrintable(describe(r)));
        }();
    }
    return r;
}

// --- operations ----------------------------------------------------------------------------------------

void TestHydraClient::getKeySet()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("new")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(kidsOf(r.keys.keys()), (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
    QVERIFY(r.keys.keys().first().isPrivate());
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s"));
}

void TestHydraClient::getUnknownSet()
{
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("nope")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.attempts, 1); // a 404 is an answer, not retried
    QCOMPARE(r.hydraError, QStringLiteral("Not Found"));
    QCOMPARE(r.hydraErrorDescription, QStringLiteral("Unable to locate the requested resource"));
    QVERIFY2(r.error.contains(QStringLiteral("404")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Unable to locate the requested resource")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("/admin/keys/nope")), qPrintable(r.error));
}

void TestHydraClient::getKey()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    const HydraResult r = run(m_client->getKey(QStringLiteral("s"), QStringLiteral("b")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(r.keys.keys()), QStringList{QStringLiteral("b")});
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s/b"));
}

void TestHydraClient::getUnknownKid()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    const HydraResult r = run(m_client->getKey(QStringLiteral("s"), QStringLiteral("zzz")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.hydraError, QStringLiteral("Unable to locate the resource"));
    QCOMPARE(r.hydraErrorDescription, QString());
    QVERIFY2(r.error.contains(QStringLiteral("404")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Unable to locate the resource")), qPrintable(r.error));
}

void TestHydraClient::createKey()
{
    const HydraResult r = run(
        m_client->createKey(QStringLiteral("s"), QStringLiteral("ES384"), QStringLiteral("k1"), QStringLiteral("sig")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(r.keys.size(), 1);
    const JsonWebKey key = r.keys.keys().first();
    QCOMPARE(key.kid(), QStringLiteral("k1"));
    QCOMPARE(key.alg(), QStringLiteral("ES384"));
    QVERIFY(key.isPrivate());
    const auto request = m_server->requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("alg")).toString(), QStringLiteral("ES384"));
    QCOMPARE(body.value(QStringLiteral("kid")).toString(), QStringLiteral("k1"));
    QCOMPARE(body.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
}

void TestHydraClient::createDuplicateKid()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("taken"))});
    const HydraResult r = run(m_client->createKey(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("taken"),
                                                  QStringLiteral("sig")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 409);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.hydraError, QStringLiteral("Unable to insert or update resource because a resource with that value "
                                          "exists already"));
    QVERIFY2(r.error.contains(QStringLiteral("409")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("a resource with that value exists already")), qPrintable(r.error));
    QCOMPARE(m_server->keys(QStringLiteral("s")).size(), 1);
}

void TestHydraClient::createUnsupportedAlg_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("HS256") << QStringLiteral("HS256");
    QTest::newRow("rs256") << QStringLiteral("rs256");
    QTest::newRow("empty") << QString();
}

void TestHydraClient::createUnsupportedAlg()
{
    QFETCH(QString, alg);
    const HydraResult r =
        run(m_client->createKey(QStringLiteral("s"), alg, QStringLiteral("k"), QStringLiteral("sig")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.hydraError, QStringLiteral("Bad Request"));
    QCOMPARE(r.hydraErrorDescription, QStringLiteral("Unsupported key algorithm"));
    QVERIFY2(r.error.contains(QStringLiteral("400")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("Unsupported key algorithm")), qPrintable(r.error));
}

void TestHydraClient::putKeySetAndKey()
{
    const QList<JsonWebKey> keys = {makeKey(QStringLiteral("ES256"), QStringLiteral("first")),
                                    makeKey(QStringLiteral("ES256"), QStringLiteral("second")),
                                    makeKey(QStringLiteral("ES256"), QStringLiteral("last"))};
    HydraResult r = run(m_client->putKeySet(QStringLiteral("s"), keys));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(kidsOf(r.keys.keys()), kidsOf(keys)); // the echo
    // the last key sent is the newest
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))),
             (QStringList{QStringLiteral("last"), QStringLiteral("second"), QStringLiteral("first")}));
    QVERIFY(!m_server->keys(QStringLiteral("s")).first().value(QStringLiteral("d")).toString().isEmpty());

    const JsonWebKey pub = makeKey(QStringLiteral("ES256"), QStringLiteral("pub")).publicKey();
    r = run(m_client->putKey(QStringLiteral("s"), pub));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.key.kid(), QStringLiteral("pub"));
    QVERIFY(!r.key.isPrivate());
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s/pub"));
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))).first(), QStringLiteral("pub"));
    QVERIFY(!m_server->keys(QStringLiteral("s")).first().contains(QStringLiteral("d")));
}

void TestHydraClient::deleteKeyAndSet()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    HydraResult r = run(m_client->deleteKey(QStringLiteral("s"), QStringLiteral("a")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 204);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    // missing items: 204 as in Hydra, success
    r = run(m_client->deleteKey(QStringLiteral("s"), QStringLiteral("a")));
    QVERIFY2(r.ok && r.httpStatus == 204, qPrintable(describe(r)));
    r = run(m_client->deleteKeySet(QStringLiteral("s")));
    QVERIFY2(r.ok && r.httpStatus == 204, qPrintable(describe(r)));
    QVERIFY(m_server->sets().isEmpty());
    r = run(m_client->deleteKeySet(QStringLiteral("s")));
    QVERIFY2(r.ok && r.httpStatus == 204, qPrintable(describe(r)));
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
}

void TestHydraClient::publicJwks()
{
    m_server->setKeys(QStringLiteral("hydra.openid.id-token"),
                      {makeJwk(QStringLiteral("ES256"), QStringLiteral("id"))});
    RemoteProfile p = profile(m_server->url());
    p.publicUrl = m_server->url();
    HydraAdminClient client(p);
    const HydraResult r = run(client.getPublicJwks());
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(r.keys.keys()), QStringList{QStringLiteral("id")});
    QVERIFY(!r.keys.keys().first().isPrivate());
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/.well-known/jwks.json"));
}

// --- retries, timeouts, bad answers, cancelling ------------------------------------------------------------

void TestHydraClient::retriesAnswer500s_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("GET set") << QStringLiteral("get");
    QTest::newRow("GET key") << QStringLiteral("getkey");
    QTest::newRow("PUT set") << QStringLiteral("putset");
    QTest::newRow("PUT key") << QStringLiteral("putkey");
    QTest::newRow("DELETE key") << QStringLiteral("delete");
}

void TestHydraClient::retriesAnswer500s()
{
    QFETCH(QString, op);
    const JsonWebKey key = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    m_server->setKeys(QStringLiteral("s"), {toObject(key)});
    m_server->clearRequests();
    m_server->failNext(2);
    HydraRequest* request = nullptr;
    if (op == QStringLiteral("get")) {
        request = m_client->getKeySet(QStringLiteral("s"));
    } else if (op == QStringLiteral("getkey")) {
        request = m_client->getKey(QStringLiteral("s"), QStringLiteral("a"));
    } else if (op == QStringLiteral("putset")) {
        request = m_client->putKeySet(QStringLiteral("s"), {key});
    } else if (op == QStringLiteral("putkey")) {
        request = m_client->putKey(QStringLiteral("s"), key);
    } else {
        request = m_client->deleteKey(QStringLiteral("s"), QStringLiteral("a"));
    }
    const HydraResult r = run(request);
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.attempts, 3);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(m_server->requests().size(), 3);
}

void TestHydraClient::retriesExhausted()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_client->setRetryPolicy(2, 10);
    m_server->failNext(10, 503);
    m_server->clearRequests();
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.httpStatus, 503);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(r.hydraError, QStringLiteral("error"));
    QCOMPARE(r.hydraErrorDescription, QStringLiteral("The error is unrecognizable"));
    QVERIFY2(r.error.contains(QStringLiteral("503")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("The error is unrecognizable")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("3 attempts")), qPrintable(r.error));
    // 4xx are answers: never retried
    m_server->failNext(1, 403);
    m_server->clearRequests();
    const HydraResult forbidden = run(m_client->getKeySet(QStringLiteral("s")));
    QCOMPARE(forbidden.httpStatus, 403);
    QCOMPARE(forbidden.attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHydraClient::postNeverRetried()
{
    m_server->failNext(1);
    m_server->clearRequests();
    const HydraResult r = run(
        m_client->createKey(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("k"), QStringLiteral("sig")));
    QVERIFY(!r.ok);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.httpStatus, 500);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(r.error.contains(QStringLiteral("500")), qPrintable(r.error));
    QVERIFY(m_server->sets().isEmpty());
    // a POST on a hanging server is not retried after its timeout either
    RemoteProfile p = profile(m_server->url());
    p.timeoutMs = 300;
    HydraAdminClient client(p);
    client.setRetryPolicy(3, 10);
    m_server->hangNext(5);
    m_server->clearRequests();
    const HydraResult hung =
        run(client.createKey(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("k"), QStringLiteral("sig")));
    QVERIFY(hung.timedOut);
    QCOMPARE(hung.attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHydraClient::connectionRefusedRetried()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HydraAdminClient client(profile(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    client.setRetryPolicy(2, 10);
    const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(r.attempts, 3);
    QVERIFY2(r.error.contains(QStringLiteral("could not reach")), qPrintable(r.error));
}

void TestHydraClient::noAnswerTimesOut()
{
    RemoteProfile p = profile(m_server->url());
    p.timeoutMs = 300;
    HydraAdminClient client(p);
    client.setRetryPolicy(1, 10);
    m_server->hangNext(2);
    m_server->clearRequests();
    QElapsedTimer timer;
    timer.start();
    const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY(r.timedOut);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(timer.elapsed() >= 550 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(r.error.contains(QStringLiteral("no answer within 0.3 s")), qPrintable(r.error));
}

void TestHydraClient::garbageJson()
{
    m_server->garbageNext(1);
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(r.error.contains(QStringLiteral("not a JWK Set")), qPrintable(r.error));
    // garbage in a PUT-key answer
    m_server->garbageNext(1);
    const HydraResult key = run(m_client->putKey(QStringLiteral("s"), makeKey(QStringLiteral("ES256"), "k")));
    QVERIFY(!key.ok);
    QVERIFY2(key.error.contains(QStringLiteral("not a JWK")), qPrintable(key.error));
}

void TestHydraClient::truncatedJson()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_client->setRetryPolicy(0, 10);
    m_server->truncateNext(1);
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("/admin/keys/s")), qPrintable(r.error));
    QVERIFY(r.keys.isEmpty());
    // the connection broke off mid-answer: a GET is retried like any connection failure
    m_client->setRetryPolicy(2, 10);
    m_server->truncateNext(1);
    const HydraResult retried = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY2(retried.ok, qPrintable(describe(retried)));
    QCOMPARE(retried.attempts, 2);
    QCOMPARE(kidsOf(retried.keys.keys()), QStringList{QStringLiteral("a")});
}

void TestHydraClient::endlessAnswer()
{
    // A server that never stops sending: cut off at the size bound, one clear error, no retry, memory bounded.
    m_client->setRetryPolicy(2, 10);
    m_client->setMaxAnswerBytes(2 * 1024 * 1024);
    m_server->clearRequests();
    m_server->streamEndlesslyNext(1);
    const HydraResult r = run(m_client->getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("grew past 2 MiB and was cut off")), qPrintable(r.error));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);
    m_client->setMaxAnswerBytes(64 * 1024 * 1024);
}

void TestHydraClient::cancelAll()
{
    m_server->hangNext(3);
    m_server->clearRequests();
    QList<HydraRequest*> requests = {m_client->getKeySet(QStringLiteral("a")), m_client->getKeySet(QStringLiteral("b")),
                                     m_client->deleteKeySet(QStringLiteral("c"))};
    QVERIFY(spinUntil([&] { return m_server->requests().size() == 3; }, 5000));
    int finished = 0;
    for (auto* r : requests) {
        connect(r, &HydraRequest::finished, this, [&finished] { ++finished; });
    }
    m_client->cancelAll();
    QVERIFY(spinUntil([&] { return finished == 3; }, 2000));
    for (auto* request : requests) {
        QVERIFY(request->isFinished());
        const HydraResult r = run(request);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(!r.timedOut);
        QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
    }
    // the client still works afterwards
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    QVERIFY(run(m_client->getKeySet(QStringLiteral("s"))).ok);
}

void TestHydraClient::cancelQueued()
{
    m_client->setMaxInFlight(1);
    m_server->hangNext(1);
    m_server->clearRequests();
    QList<HydraRequest*> requests;
    for (int i = 0; i < 4; ++i) {
        requests << m_client->getKeySet(QStringLiteral("s%1").arg(i));
    }
    QVERIFY(spinUntil([&] { return m_server->requests().size() == 1; }, 5000));
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1); // the rest wait in the queue
    m_client->cancelAll();
    for (auto* request : requests) {
        const HydraResult r = run(request);
        QVERIFY(r.cancelled);
    }
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1); // queued requests never went out
}

void TestHydraClient::boundedInFlight()
{
    RemoteProfile p = profile(m_server->url());
    p.timeoutMs = 1000; // long enough that the first two are still hanging when counted, even on a busy machine
    HydraAdminClient client(p);
    client.setRetryPolicy(0, 10);
    client.setMaxInFlight(2);
    m_server->hangNext(10);
    m_server->clearRequests();
    QList<HydraRequest*> requests;
    int finished = 0;
    for (int i = 0; i < 10; ++i) {
        requests << client.getKeySet(QStringLiteral("set-%1").arg(i));
        connect(requests.last(), &HydraRequest::finished, this, [&finished] { ++finished; });
    }
    // before the first timeouts, exactly two reached the server
    QVERIFY(spinUntil([&] { return m_server->requests().size() >= 2; }, 5000));
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(finished, 0);
    // and never more than two at a time until all have timed out
    int worst = 0;
    QVERIFY(spinUntil(
        [&] {
            worst = std::max(worst, static_cast<int>(m_server->requests().size()) - finished);
            return finished == 10;
        },
        20000));
    QVERIFY2(worst <= 2, qPrintable(QString::number(worst)));
    QCOMPARE(m_server->requests().size(), 10);
    for (auto* request : requests) {
        const HydraResult r = run(request);
        QVERIFY(r.timedOut);
        QCOMPARE(r.attempts, 1);
    }
}

// --- encoding --------------------------------------------------------------------------------------------

void TestHydraClient::percentEncoding()
{
    const QString set = QStringLiteral("https://issuer.example/x y");
    const QString kid = QStringLiteral("a/b?c");
    const QString url = m_client->keysUrl(set, kid).toString(QUrl::FullyEncoded);
    QVERIFY2(url.endsWith(QStringLiteral("/admin/keys/https%3A%2F%2Fissuer.example%2Fx%20y/a%2Fb%3Fc")),
             qPrintable(url));

    const JsonWebKey key = makeKey(QStringLiteral("ES256"), kid);
    HydraResult r = run(m_client->putKey(set, key));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/") + set + u'/' + kid);
    QCOMPARE(m_server->sets(), QStringList{set});
    QCOMPARE(kidsOf(m_server->keys(set)), QStringList{kid});

    r = run(m_client->getKey(set, kid));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(r.keys.keys()), QStringList{kid});
    r = run(m_client->getKeySet(set));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/") + set);
    r = run(m_client->deleteKey(set, kid));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/") + set + u'/' + kid);
    QVERIFY(m_server->sets().isEmpty());

    // other characters that must not change the path: %, #, +, spaces, unicode
    for (const QString& name : {QStringLiteral("100%+#frag"), QStringLiteral("a b&c=d;e"), QStringLiteral("ключ")}) {
        r = run(m_client->putKeySet(name, {makeKey(QStringLiteral("ES256"), QStringLiteral("k"))}));
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/") + name);
        QVERIFY(m_server->sets().contains(name));
    }
}

void TestHydraClient::unaddressableNamesRefused()
{
    // "." and ".." survive no percent-encoding (QUrl decodes %2E) and URL normalisation makes
    // DELETE /admin/keys/./victim a DELETE of the whole set "victim"; an empty kid makes a PUT of one key a PUT of
    // the whole set, which Hydra reads as {"keys": null} and empties.
    m_server->setKeys(QStringLiteral("victim"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_server->clearRequests();
    JsonWebKey noKid = makeKey(QStringLiteral("ES256"), QStringLiteral("x"));
    noKid.removeMember(QStringLiteral("kid"));
    QVERIFY(noKid.kid().isEmpty());
    const QList<HydraRequest*> requests = {
        m_client->deleteKey(QStringLiteral("."), QStringLiteral("victim")),
        m_client->deleteKey(QStringLiteral("s"), QStringLiteral("..")),
        m_client->deleteKey(QStringLiteral("s"), QString()),
        m_client->deleteKey(QStringLiteral("s"), QStringLiteral("")),
        m_client->deleteKeySet(QStringLiteral("..")),
        m_client->deleteKeySet(QString()),
        m_client->getKey(QStringLiteral("s"), QStringLiteral(".")),
        m_client->getKeySet(QStringLiteral(".")),
        m_client->putKey(QStringLiteral("s"), noKid),
        m_client->putKeySet(QStringLiteral(".."), {makeKey(QStringLiteral("ES256"), QStringLiteral("k"))}),
        m_client->createKey(QStringLiteral("."), QStringLiteral("ES256"), QString(), QString()),
    };
    for (auto* request : requests) {
        const HydraResult r = run(request);
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.error.contains(QStringLiteral("cannot be addressed")) ||
                     r.error.contains(QStringLiteral("is empty")),
                 qPrintable(r.error));
    }
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("victim"))), QStringList{QStringLiteral("a")});
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("a")});
    // names that merely contain dots are fine
    QVERIFY(run(m_client->getKeySet(QStringLiteral("..."))).httpStatus == 404);
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/..."));
    QVERIFY(run(m_client->getKey(QStringLiteral("s"), QStringLiteral(".a"))).httpStatus == 404);
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s/.a"));
}

// --- TLS and transport -------------------------------------------------------------------------------------

void TestHydraClient::untrustedCertificate()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer server;
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));
    HydraAdminClient client(profile(server.url()));
    client.setRetryPolicy(3, 10);
    const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(r.attempts, 1); // a certificate problem is not retried
    QVERIFY2(r.error.contains(QStringLiteral("TLS")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("--ca")), qPrintable(r.error));
    // The cause by name: the CA that issued it, which this machine does not trust.
    QVERIFY2(r.error.contains(QStringLiteral("issued by \"JWK Manager Test CA\", a CA this machine does not trust")),
             qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("not for")));
    QVERIFY(server.requests().isEmpty()); // nothing (no token) was sent
}

// The TLS failure names its actual cause and the remedy for it: a certificate for another name, an expired one.
void TestHydraClient::tlsFailureNamesTheCause_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    QTest::newRow("name mismatch") << QStringList{QStringLiteral("DNS:hydra.example.com")} << 30
                                   << QStringLiteral("the server's certificate is not for 127.0.0.1 (it names "
                                                     "hydra.example.com): connect with a name the certificate holds")
                                   << QStringLiteral("expired");
    QTest::newRow("expired") << QStringList{QStringLiteral("IP:127.0.0.1")} << -2
                             << QStringLiteral("the server's certificate expired on ") << QStringLiteral("not for");
}

void TestHydraClient::tlsFailureNamesTheCause()
{
    QFETCH(QStringList, names);
    QFETCH(int, days);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    const TlsMaterial tls = TlsMaterial::make(QStringLiteral("JWK Manager Test CA"), names, days);
    FakeHydraServer server;
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    RemoteProfile p = profile(server.url());
    p.caCertificatesPem = tls.caPem; // trusted: only the name or the dates are wrong
    HydraAdminClient client(p);
    client.setRetryPolicy(3, 10);
    const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(!r.error.contains(notExpected), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QStringLiteral("does not trust")), qPrintable(r.error));
    QVERIFY(server.requests().isEmpty());
}

void TestHydraClient::trustedWithCa()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer server;
    server.setRsaBits(2048);
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    server.setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    RemoteProfile p = profile(server.url());
    p.caCertificatesPem = tls.caPem;
    HydraAdminClient client(p);
    HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(r.keys.keys()), QStringList{QStringLiteral("a")});
    r = run(client.createKey(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("b"), QString()));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(server.keys(QStringLiteral("s")).size(), 2);
}

void TestHydraClient::mutualTls()
{
    const TlsMaterial tls = TlsMaterial::make();
    const TlsMaterial other = TlsMaterial::make(QStringLiteral("Another Test CA"));
    FakeHydraServer server;
    QVERIFY(server.startMutualTls(tls.serverCertificate, tls.serverKey, tls.caPem) != 0);
    server.setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    RemoteProfile p = profile(server.url());
    p.caCertificatesPem = tls.caPem;
    p.bearerToken = jwk::SecureBytes::fromByteArray(QByteArrayLiteral("token-that-must-not-leave"));

    // without a client certificate the handshake fails: nothing (no token) reaches the server, not retried
    {
        HydraAdminClient client(p);
        client.setRetryPolicy(3, 10);
        const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.error.contains(QStringLiteral("client certificate")), qPrintable(r.error));
        QVERIFY(server.requests().isEmpty());
    }
    // a client certificate from a CA the server does not trust is refused the same way
    {
        RemoteProfile wrong = p;
        wrong.clientCertificatePem = other.clientCertificatePem;
        wrong.clientKeyPem = jwk::SecureBytes::fromByteArray(other.clientKeyPem);
        HydraAdminClient client(wrong);
        const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.error.contains(QStringLiteral("may not accept this one")), qPrintable(r.error));
        QVERIFY(server.requests().isEmpty());
    }
    // a key that does not belong to the certificate is found before connecting
    {
        RemoteProfile mismatched = p;
        mismatched.clientCertificatePem = tls.clientCertificatePem;
        mismatched.clientKeyPem = jwk::SecureBytes::fromByteArray(other.clientKeyPem);
        HydraAdminClient client(mismatched);
        const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("does not belong to its client certificate")), qPrintable(r.error));
        QVERIFY(server.requests().isEmpty());
    }
    // with the certificate the CA issued: every route works and the server saw who we are
    p.clientCertificatePem = tls.clientCertificatePem;
    p.clientKeyPem = jwk::SecureBytes::fromByteArray(tls.clientKeyPem);
    HydraAdminClient client(p);
    HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(r.keys.keys()), QStringList{QStringLiteral("a")});
    r = run(client.createKey(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("b"), QString()));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    r = run(client.deleteKey(QStringLiteral("s"), QStringLiteral("a")));
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(kidsOf(server.keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    QCOMPARE(server.requests().size(), 3);
    for (const auto& request : server.requests()) {
        QCOMPARE(request.clientCertificate, QStringLiteral("jwkman test client"));
        QCOMPARE(request.authorization, QByteArray("Bearer token-that-must-not-leave"));
    }
}

void TestHydraClient::otherCaStillRefused()
{
    const TlsMaterial tls = TlsMaterial::make();
    const TlsMaterial other = TlsMaterial::make(QStringLiteral("Another Test CA"));
    FakeHydraServer server;
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    RemoteProfile p = profile(server.url());
    p.caCertificatesPem = other.caPem;
    HydraAdminClient client(p);
    const HydraResult r = run(client.getKeySet(QStringLiteral("s")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("--ca")), qPrintable(r.error));
    QVERIFY(server.requests().isEmpty());
    // a CA file that holds no certificate is an error of its own, before any connection
    p.caCertificatesPem = "not a certificate";
    HydraAdminClient broken(p);
    const HydraResult bad = run(broken.getKeySet(QStringLiteral("s")));
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QStringLiteral("CA")), qPrintable(bad.error));
    QVERIFY(server.requests().isEmpty());
}

void TestHydraClient::transportPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("plainLoopback");
    QTest::newRow("https host") << "https://hydra.example.com:4445" << true << false;
    QTest::newRow("https loopback") << "https://127.0.0.1:4445" << true << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:4445" << true << true;
    QTest::newRow("http 127.5.5.5") << "http://127.5.5.5:4445" << true << true;
    QTest::newRow("http ::1") << "http://[::1]:4445" << true << true;
    QTest::newRow("http localhost") << "http://localhost:4445" << true << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:4445" << true << true;
    QTest::newRow("http example.com") << "http://example.com" << false << false;
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1:4445" << false << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false << false;
    QTest::newRow("http localhost.evil.example") << "http://localhost.evil.example" << false << false;
    QTest::newRow("http 127.0.0.1.nip.io") << "http://127.0.0.1.nip.io" << false << false;
    QTest::newRow("http ::ffff:10.0.0.1") << "http://[::ffff:10.0.0.1]" << false << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false << false;
    QTest::newRow("user info") << "https://user:pw@hydra.example.com" << false << false;
    QTest::newRow("no host") << "https://" << false << false;
}

void TestHydraClient::transportPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(bool, plainLoopback);
    const jwk::TransportCheck check = jwk::checkTransport(QUrl(url));
    QCOMPARE(check.allowed, allowed);
    QCOMPARE(check.plainLoopback, plainLoopback);
    QCOMPARE(check.reason.isEmpty(), allowed);
    QVERIFY2(!check.reason.contains(QStringLiteral("pw")), qPrintable(check.reason));
    HydraAdminClient client(profile(QUrl(url)));
    QCOMPARE(client.transport().allowed, allowed);
    QCOMPARE(client.transport().plainLoopback, plainLoopback);
}

void TestHydraClient::plainHttpToOtherHostsRefusedWithoutConnecting()
{
    // Every connection the client would open goes to this proxy; none may arrive.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        ++connections;
        while (auto* s = proxy.nextPendingConnection()) {
            s->close();
        }
    });
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    for (const QString& url : {QStringLiteral("http://example.com"), QStringLiteral("http://10.1.2.3:4445")}) {
        HydraAdminClient client(profile(QUrl(url)));
        QVERIFY(!client.transport().allowed);
        for (HydraRequest* request :
             {client.getKeySet(QStringLiteral("s")), client.putKey(QStringLiteral("s"), makeKey("ES256", "k")),
              client.createKey(QStringLiteral("s"), QStringLiteral("ES256"), QString(), QString()),
              client.deleteKeySet(QStringLiteral("s"))}) {
            const HydraResult r = run(request);
            QVERIFY(!r.ok);
            QCOMPARE(r.httpStatus, 0);
            QVERIFY2(r.error.contains(QStringLiteral("plain http")), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("https")), qPrintable(r.error));
        }
    }
    QTest::qWait(200);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QCOMPARE(connections, 0);
    // the proxy does get connections when the policy allows one (the check above is not vacuous)
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    {
        RemoteProfile p = profile(QUrl(QStringLiteral("https://hydra.example.com")));
        p.timeoutMs = 1000;
        HydraAdminClient client(p);
        client.setRetryPolicy(0, 10);
        run(client.getKeySet(QStringLiteral("s")));
    }
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QVERIFY(connections > 0);
}

void TestHydraClient::bearerAndHeadersOverLoopbackHttp()
{
    QVERIFY(m_client->transport().plainLoopback);
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_server->clearRequests();
    QVERIFY(run(m_client->getKeySet(QStringLiteral("s"))).ok);
    QVERIFY(run(m_client->deleteKey(QStringLiteral("s"), QStringLiteral("a"))).ok);
    QCOMPARE(m_server->requests().size(), 2);
    for (const auto& request : m_server->requests()) {
        QCOMPARE(request.authorization, QByteArray("Bearer ") + kToken);
        bool header = false;
        for (const auto& [name, value] : request.headers) {
            header |= name.compare("X-Proxy-Auth", Qt::CaseInsensitive) == 0 && value == kHeaderSecret;
        }
        QVERIFY(header);
    }
    // no token configured: no Authorization header
    RemoteProfile p = profile(m_server->url());
    p.bearerToken = SecureBytes();
    p.headers.clear();
    HydraAdminClient anonymous(p);
    m_server->clearRequests();
    run(anonymous.getKeySet(QStringLiteral("s")));
    QVERIFY(m_server->requests().last().authorization.isEmpty());
}

void TestHydraClient::bearerOverHttps()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer server;
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    server.setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    RemoteProfile p = profile(server.url());
    p.caCertificatesPem = tls.caPem;
    HydraAdminClient client(p);
    QVERIFY(!client.transport().plainLoopback);
    QVERIFY(run(client.getKeySet(QStringLiteral("s"))).ok);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().authorization, QByteArray("Bearer ") + kToken);
    // an error answer over https: Hydra's words, never the token
    const HydraResult r = run(client.getKeySet(QStringLiteral("missing")));
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(server.requests().last().authorization, QByteArray("Bearer ") + kToken);
}

QTEST_GUILESS_MAIN(TestHydraClient)
#include "tst_hydraclient.moc"
