// The fake Hydra admin API (tests/hydra) checked with a plain QNetworkAccessManager against Ory Hydra v2.3's JSON
// Web Key admin API: every route (§1.1 below, as jwk/handler.go of ory/hydra registers them under /admin/keys) and
// every status and error body Hydra answers with (§1.4 below: fosite's two-field error bodies, written by herodot,
// with the words of x/errors.go, jwk/manager.go and sqlcon): status codes, the two fields of error bodies and their
// exact words, content types, newest-first order, PUT set replacing the set in array order, PUT key upserting under
// the body's kid, POST appending, DELETE answering 204 whatever was there.
// The other remote tests rely on the fake behaving as Hydra does; this test is what makes that so.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QString kConflict =
    QStringLiteral("Unable to insert or update resource because a resource with that value exists already");
const QString kMalformed = QStringLiteral("The request was malformed or contained invalid parameters");
const QByteArray kNoCache = "private, no-cache, no-store, must-revalidate";

struct Answer
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QStringList kids() const
    {
        QStringList out;
        for (const auto& v : json().value(QStringLiteral("keys")).toArray()) {
            out << v.toObject().value(QStringLiteral("kid")).toString();
        }
        return out;
    }
    QString describe() const
    {
        return QStringLiteral("HTTP %1 %2 %3")
            .arg(status)
            .arg(QString::fromLatin1(contentType), QString::fromUtf8(body.left(400)));
    }
};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Checks a Hydra error body: exactly the fields error and error_description, with these words.
#define VERIFY_HYDRA_ERROR(answer, code, err, desc)                                                                    \
    do {                                                                                                               \
        const Answer a_ = (answer);                                                                                    \
        QVERIFY2(a_.finished, "no answer");                                                                            \
        QVERIFY2(a_.status == (code), qPrintable(a_.describe()));                                                      \
        QCOMPARE(a_.contentType, QByteArray("application/json"));                                                      \
        QCOMPARE(a_.cacheControl, kNoCache);                                                                           \
        const QJsonObject body_ = a_.json();                                                                           \
        QCOMPARE(body_.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("error_description")}));           \
        QCOMPARE(body_.value(QStringLiteral("error")).toString(), QString(err));                                       \
        QCOMPARE(body_.value(QStringLiteral("error_description")).toString(), QString(desc));                          \
    } while (false)

} // namespace

class TestFakeHydra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // §1.1 routes
    void postCreatesSet();
    void getSetNewestFirstWithPrivateParts();
    void getKeyIsASetOfOne();
    void putSetReplacesInArrayOrder();
    void putSetEmptyEmptiesTheSet();
    void putKeyUpsertsUnderBodyKid();
    void putToUnknownSetCreates();
    void deleteSetAndKey();
    void noListEndpoint();
    void wellKnownJwksIsPublic();
    void setAndKidAreDecoded();

    // §1.4 errors
    void getUnknownSet();
    void getSetThatBecameEmpty();
    void getUnknownKid();
    void postUnsupportedAlg_data();
    void postUnsupportedAlg();
    void postEveryHydraAlgorithm_data();
    void postEveryHydraAlgorithm();
    void postDuplicateKid();
    void postAppendsToExistingSet();
    void postUseIsNotValidated();
    void putSetDuplicateKids();
    void undecodableBodies_data();
    void undecodableBodies();
    void deleteUnknownIs204();

    // fault injection and the request log
    void faults();
    void requestLog();

private:
    Answer send(const QByteArray& verb, const QString& encodedPath, const QByteArray& body = {},
                const QList<QPair<QByteArray, QByteArray>>& headers = {});
    FakeHydraServer* m_server = nullptr;
    QNetworkAccessManager m_nam;
};

void TestFakeHydra::initTestCase()
{
    setUpEnvironment();
}

void TestFakeHydra::init()
{
    delete m_server;
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
}

Answer TestFakeHydra::send(const QByteArray& verb, const QString& encodedPath, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QUrl url = QUrl::fromEncoded(m_server->url().toEncoded() + encodedPath.toLatin1(), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    Answer a;
    a.finished = reply->isFinished();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.contentType = reply->rawHeader("Content-Type");
    a.cacheControl = reply->rawHeader("Cache-Control");
    a.location = reply->rawHeader("Location");
    reply->abort();
    reply->deleteLater();
    return a;
}

// --- §1.1 ------------------------------------------------------------------------------------------------

void TestFakeHydra::postCreatesSet()
{
    const Answer a = send("POST", QStringLiteral("/admin/keys/fresh"), R"({"alg":"ES256","use":"sig","kid":"k1"})");
    QVERIFY2(a.status == 201, qPrintable(a.describe()));
    QCOMPARE(a.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(a.cacheControl, kNoCache);
    // Location: the public issuer URL without /admin, not a usable admin URL.
    QVERIFY2(a.location.endsWith("/keys/fresh") && !a.location.contains("/admin/"), a.location.constData());
    const QJsonArray keys = a.json().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(QStringLiteral("kid")).toString(), QStringLiteral("k1"));
    QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QVERIFY(key.contains(QStringLiteral("d"))); // with private parameters
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("fresh"))), QStringList{QStringLiteral("k1")});
}

void TestFakeHydra::getSetNewestFirstWithPrivateParts()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("newest")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("older")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("oldest"))});
    const Answer a = send("GET", QStringLiteral("/admin/keys/s"));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    QCOMPARE(a.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(a.cacheControl, kNoCache);
    QCOMPARE(a.kids(), (QStringList{QStringLiteral("newest"), QStringLiteral("older"), QStringLiteral("oldest")}));
    for (const auto& v : a.json().value(QStringLiteral("keys")).toArray()) {
        QVERIFY(v.toObject().contains(QStringLiteral("d")));
    }
    // a POST makes the newest key
    QCOMPARE(send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"posted"})").status, 201);
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).kids().first(), QStringLiteral("posted"));
}

void TestFakeHydra::getKeyIsASetOfOne()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    const Answer a = send("GET", QStringLiteral("/admin/keys/s/b"));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    // a jsonWebKeySet with one key, not a bare JWK
    QVERIFY(!a.json().contains(QStringLiteral("kty")));
    QCOMPARE(a.kids(), QStringList{QStringLiteral("b")});
    QVERIFY(a.json().value(QStringLiteral("keys")).toArray().first().toObject().contains(QStringLiteral("d")));
}

void TestFakeHydra::putSetReplacesInArrayOrder()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    const QJsonObject body{{QStringLiteral("keys"), QJsonArray{makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                                               makeJwk(QStringLiteral("ES256"), QStringLiteral("b")),
                                                               makeJwk(QStringLiteral("ES256"), QStringLiteral("c"))}}};
    const Answer a = send("PUT", QStringLiteral("/admin/keys/s"), compact(body));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    QCOMPARE(a.json(), body); // echoes the body
    // the old key is gone; the last key of the array is the newest
    const Answer get = send("GET", QStringLiteral("/admin/keys/s"));
    QCOMPARE(get.kids(), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}

void TestFakeHydra::putSetEmptyEmptiesTheSet()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    const Answer a = send("PUT", QStringLiteral("/admin/keys/s"), R"({"keys":[]})");
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    QCOMPARE(a.json(), QJsonObject({{QStringLiteral("keys"), QJsonArray()}}));
    QVERIFY(m_server->keys(QStringLiteral("s")).isEmpty());
    QVERIFY(!m_server->sets().contains(QStringLiteral("s")));
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/s")), 404, QStringLiteral("Not Found"),
                       QStringLiteral("Unable to locate the requested resource"));
}

void TestFakeHydra::putKeyUpsertsUnderBodyKid()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("real")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("other"))});
    const QJsonObject replacement = makeJwk(QStringLiteral("ES384"), QStringLiteral("real"));
    // the {kid} of the path is ignored: the key is stored under the kid of the body
    const Answer a = send("PUT", QStringLiteral("/admin/keys/s/not-the-kid"), compact(replacement));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    QCOMPARE(a.json(), replacement); // echoes the single key
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s/not-the-kid")).status, 404);
    // upsert: "real" replaced (not duplicated) and now the newest
    const Answer get = send("GET", QStringLiteral("/admin/keys/s"));
    QCOMPARE(get.kids(), (QStringList{QStringLiteral("real"), QStringLiteral("other")}));
    QCOMPARE(get.json().value(QStringLiteral("keys")).toArray().first().toObject().value(QStringLiteral("crv")),
             QJsonValue(QStringLiteral("P-384")));
}

void TestFakeHydra::putToUnknownSetCreates()
{
    QCOMPARE(send("PUT", QStringLiteral("/admin/keys/new-by-key/k"),
                  compact(makeJwk(QStringLiteral("ES256"), QStringLiteral("k"))))
                 .status,
             200);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("new-by-key"))), QStringList{QStringLiteral("k")});
    QCOMPARE(
        send("PUT", QStringLiteral("/admin/keys/new-by-set"),
             compact({{QStringLiteral("keys"), QJsonArray{makeJwk(QStringLiteral("ES256"), QStringLiteral("k"))}}}))
            .status,
        200);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("new-by-set"))), QStringList{QStringLiteral("k")});
}

void TestFakeHydra::deleteSetAndKey()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    Answer a = send("DELETE", QStringLiteral("/admin/keys/s/a"));
    QVERIFY2(a.status == 204, qPrintable(a.describe()));
    QVERIFY(a.body.isEmpty());
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    m_server->setKeys(QStringLiteral("t"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    a = send("DELETE", QStringLiteral("/admin/keys/t"));
    QVERIFY2(a.status == 204, qPrintable(a.describe()));
    QVERIFY(a.body.isEmpty());
    QVERIFY(!m_server->sets().contains(QStringLiteral("t")));
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/t")).status, 404); // jwk/sdk_test.go: 404 after delete
}

void TestFakeHydra::noListEndpoint()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    QCOMPARE(send("GET", QStringLiteral("/admin/keys")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/")).status, 404);
}

void TestFakeHydra::wellKnownJwksIsPublic()
{
    m_server->setKeys(QStringLiteral("hydra.openid.id-token"),
                      {makeJwk(QStringLiteral("ES256"), QStringLiteral("id1"))});
    m_server->setKeys(QStringLiteral("hydra.jwt.access-token"),
                      {makeJwk(QStringLiteral("ES256"), QStringLiteral("at1"))});
    m_server->setKeys(QStringLiteral("other"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("o1"))});
    const Answer a = send("GET", QStringLiteral("/.well-known/jwks.json"));
    QCOMPARE(a.status, 200);
    QStringList kids = a.kids();
    kids.sort();
    QCOMPARE(kids, (QStringList{QStringLiteral("at1"), QStringLiteral("id1")}));
    for (const auto& v : a.json().value(QStringLiteral("keys")).toArray()) {
        QVERIFY(!v.toObject().contains(QStringLiteral("d")));
    }
}

void TestFakeHydra::setAndKidAreDecoded()
{
    const QString set = QStringLiteral("https://issuer.example/x y");
    const QString kid = QStringLiteral("a/b?c");
    QJsonObject jwk = makeJwk(QStringLiteral("ES256"), kid);
    const QString encodedSet = QString::fromLatin1(QUrl::toPercentEncoding(set));
    const QString encodedKid = QString::fromLatin1(QUrl::toPercentEncoding(kid));
    QCOMPARE(send("PUT", QStringLiteral("/admin/keys/%1/%2").arg(encodedSet, encodedKid), compact(jwk)).status, 200);
    QCOMPARE(m_server->sets(), QStringList{set});
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/%1/%2").arg(set, kid));
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/%1/%2").arg(encodedSet, encodedKid)).kids(), QStringList{kid});
}

// --- §1.4 ------------------------------------------------------------------------------------------------

void TestFakeHydra::getUnknownSet()
{
    const Answer a = send("GET", QStringLiteral("/admin/keys/nope"));
    VERIFY_HYDRA_ERROR(a, 404, QStringLiteral("Not Found"), QStringLiteral("Unable to locate the requested resource"));
    QCOMPARE(a.cacheControl, kNoCache);
}

void TestFakeHydra::getSetThatBecameEmpty()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    QCOMPARE(send("DELETE", QStringLiteral("/admin/keys/s/a")).status, 204);
    QCOMPARE(send("DELETE", QStringLiteral("/admin/keys/s/b")).status, 204);
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/s")), 404, QStringLiteral("Not Found"),
                       QStringLiteral("Unable to locate the requested resource"));
    m_server->setKeys(QStringLiteral("t"), {});
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/t")), 404, QStringLiteral("Not Found"),
                       QStringLiteral("Unable to locate the requested resource"));
}

void TestFakeHydra::getUnknownKid()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/s/nope")), 404,
                       QStringLiteral("Unable to locate the resource"), QString());
    // GetKey on a set that does not exist: the same sqlcon.ErrNoRows
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/no-set/a")), 404,
                       QStringLiteral("Unable to locate the resource"), QString());
}

void TestFakeHydra::postUnsupportedAlg_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HS256") << QByteArray(R"({"alg":"HS256","use":"sig","kid":"x"})");
    QTest::newRow("HS512") << QByteArray(R"({"alg":"HS512","use":"sig","kid":"x"})");
    QTest::newRow("rs256 (case-sensitive)") << QByteArray(R"({"alg":"rs256","use":"sig","kid":"x"})");
    QTest::newRow("empty") << QByteArray(R"({"alg":"","use":"sig","kid":"x"})");
    QTest::newRow("missing") << QByteArray(R"({"use":"sig","kid":"x"})");
    QTest::newRow("Ed25519") << QByteArray(R"({"alg":"Ed25519"})");
    QTest::newRow("RSA-OAEP") << QByteArray(R"({"alg":"RSA-OAEP","use":"enc"})");
}

void TestFakeHydra::postUnsupportedAlg()
{
    QFETCH(QByteArray, body);
    VERIFY_HYDRA_ERROR(send("POST", QStringLiteral("/admin/keys/s"), body), 400, QStringLiteral("Bad Request"),
                       QStringLiteral("Unsupported key algorithm"));
    QVERIFY(m_server->sets().isEmpty());
}

void TestFakeHydra::postEveryHydraAlgorithm_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<int>("modulusBytes");
    QTest::newRow("RS256 (2048 in tests, 4096 in Hydra)") << "RS256"
                                                          << "RSA"
                                                          << "" << 256;
    QTest::newRow("RS384") << "RS384"
                           << "RSA"
                           << "" << 256;
    QTest::newRow("RS512") << "RS512"
                           << "RSA"
                           << "" << 256;
    QTest::newRow("PS256") << "PS256"
                           << "RSA"
                           << "" << 256;
    QTest::newRow("PS384") << "PS384"
                           << "RSA"
                           << "" << 256;
    QTest::newRow("PS512") << "PS512"
                           << "RSA"
                           << "" << 256;
    QTest::newRow("ES256") << "ES256"
                           << "EC"
                           << "P-256" << 0;
    QTest::newRow("ES384") << "ES384"
                           << "EC"
                           << "P-384" << 0;
    QTest::newRow("ES512 (P-521)") << "ES512"
                                   << "EC"
                                   << "P-521" << 0;
    QTest::newRow("EdDSA") << "EdDSA"
                           << "OKP"
                           << "Ed25519" << 0;
}

void TestFakeHydra::postEveryHydraAlgorithm()
{
    QFETCH(QString, alg);
    QFETCH(QString, kty);
    QFETCH(QString, crv);
    QFETCH(int, modulusBytes);
    // no kid, no use: a UUIDv4 kid and use "sig"
    const Answer a = send("POST", QStringLiteral("/admin/keys/s"), compact({{QStringLiteral("alg"), alg}}));
    QVERIFY2(a.status == 201, qPrintable(a.describe()));
    const QJsonObject key = a.json().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("kty")).toString(), kty);
    QCOMPARE(key.value(QStringLiteral("alg")).toString(), alg);
    QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(key.value(QStringLiteral("crv")).toString(), crv);
    const QUuid kid(key.value(QStringLiteral("kid")).toString());
    QVERIFY2(!kid.isNull() && kid.version() == QUuid::Random, qPrintable(key.value(QStringLiteral("kid")).toString()));
    if (modulusBytes) {
        QCOMPARE(
            QByteArray::fromBase64(key.value(QStringLiteral("n")).toString().toLatin1(), QByteArray::Base64UrlEncoding)
                .size(),
            modulusBytes);
    }
    QVERIFY(key.contains(QStringLiteral("d")));
}

void TestFakeHydra::postDuplicateKid()
{
    QCOMPARE(send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"dup"})").status, 201);
    VERIFY_HYDRA_ERROR(send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES384","kid":"dup"})"), 409, kConflict,
                       QString());
    QCOMPARE(m_server->keys(QStringLiteral("s")).size(), 1);
}

void TestFakeHydra::postAppendsToExistingSet()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    QCOMPARE(send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"b"})").status, 201);
    QCOMPARE(send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":""})").status, 201);
    const QStringList kids = kidsOf(m_server->keys(QStringLiteral("s")));
    QCOMPARE(kids.size(), 3);
    QVERIFY(!QUuid(kids[0]).isNull()); // the empty kid became a UUID, and it is the newest
    QCOMPARE(kids.mid(1), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
}

void TestFakeHydra::postUseIsNotValidated()
{
    const Answer a = send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"t","use":"test"})");
    QVERIFY2(a.status == 201, qPrintable(a.describe()));
    QCOMPARE(a.json().value(QStringLiteral("keys")).toArray().first().toObject().value(QStringLiteral("use")),
             QJsonValue(QStringLiteral("test")));
    const Answer enc = send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"e","use":"enc"})");
    QCOMPARE(enc.status, 201);
    QCOMPARE(enc.json().value(QStringLiteral("keys")).toArray().first().toObject().value(QStringLiteral("use")),
             QJsonValue(QStringLiteral("enc")));
}

void TestFakeHydra::putSetDuplicateKids()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("keep"))});
    const QJsonObject body{{QStringLiteral("keys"), QJsonArray{makeJwk(QStringLiteral("ES256"), QStringLiteral("x")),
                                                               makeJwk(QStringLiteral("ES256"), QStringLiteral("x"))}}};
    VERIFY_HYDRA_ERROR(send("PUT", QStringLiteral("/admin/keys/s"), compact(body)), 409, kConflict, QString());
    // the transaction rolled back: the set is as it was
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("keep")});
}

void TestFakeHydra::undecodableBodies_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("goMessage"); // empty: only the prefix is checked

    QJsonObject badKty = makeJwk(QStringLiteral("ES256"), QStringLiteral("k"));
    badKty.insert(QStringLiteral("kty"), QStringLiteral("XYZ"));
    QJsonObject badPoint = makeJwk(QStringLiteral("ES256"), QStringLiteral("k"));
    badPoint.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
    QJsonObject okp448 = makeJwk(QStringLiteral("EdDSA"), QStringLiteral("k"));
    okp448.insert(QStringLiteral("crv"), QStringLiteral("Ed448"));

    QTest::newRow("PUT set: not JSON") << QByteArray("PUT") << "/admin/keys/s" << QByteArray("not json") << "";
    QTest::newRow("PUT set: empty body") << QByteArray("PUT") << "/admin/keys/s" << QByteArray() << "EOF";
    QTest::newRow("PUT set: truncated") << QByteArray("PUT") << "/admin/keys/s" << QByteArray(R"({"keys":[)")
                                        << "unexpected EOF";
    QTest::newRow("PUT set: an array") << QByteArray("PUT") << "/admin/keys/s" << QByteArray("[]")
                                       << "json: cannot unmarshal array into Go value of type jose.JSONWebKeySet";
    QTest::newRow("PUT set: keys not an array")
        << QByteArray("PUT") << "/admin/keys/s" << QByteArray(R"({"keys":5})") << "";
    QTest::newRow("PUT set: bad kty") << QByteArray("PUT") << "/admin/keys/s"
                                      << compact({{QStringLiteral("keys"), QJsonArray{badKty}}})
                                      << "go-jose/go-jose: unknown json web key type 'XYZ'";
    QTest::newRow("PUT set: point not on the curve")
        << QByteArray("PUT") << "/admin/keys/s" << compact({{QStringLiteral("keys"), QJsonArray{badPoint}}}) << "";
    QTest::newRow("PUT key: not JSON") << QByteArray("PUT") << "/admin/keys/s/k" << QByteArray("{") << "unexpected EOF";
    QTest::newRow("PUT key: empty body") << QByteArray("PUT") << "/admin/keys/s/k" << QByteArray() << "EOF";
    QTest::newRow("PUT key: bad kty") << QByteArray("PUT") << "/admin/keys/s/k" << compact(badKty)
                                      << "go-jose/go-jose: unknown json web key type 'XYZ'";
    QTest::newRow("PUT key: OKP Ed448") << QByteArray("PUT") << "/admin/keys/s/k" << compact(okp448) << "";
    QTest::newRow("PUT key: a JWK Set") << QByteArray("PUT") << "/admin/keys/s/k"
                                        << compact({{QStringLiteral("keys"), QJsonArray{badPoint}}})
                                        << "go-jose/go-jose: unknown json web key type ''";
    QTest::newRow("POST: not JSON") << QByteArray("POST") << "/admin/keys/s" << QByteArray("alg=RS256") << "";
    QTest::newRow("POST: alg not a string")
        << QByteArray("POST") << "/admin/keys/s" << QByteArray(R"({"alg":256})")
        << "json: cannot unmarshal number into Go struct field createJsonWebKeySetBody.alg of type string";
}

void TestFakeHydra::undecodableBodies()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, goMessage);
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("before"))});
    const Answer a = send(verb, path, body);
    QVERIFY2(a.status == 400, qPrintable(a.describe()));
    QCOMPARE(a.contentType, QByteArray("application/json"));
    const QJsonObject e = a.json();
    QCOMPARE(e.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("error_description")}));
    QCOMPARE(e.value(QStringLiteral("error")).toString(), kMalformed);
    const QString description = e.value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("Unable to decode the request body: ")), qPrintable(description));
    if (!goMessage.isEmpty()) {
        QCOMPARE(description, QStringLiteral("Unable to decode the request body: ") + goMessage);
    } else {
        QVERIFY2(description.size() > 35, qPrintable(description));
    }
    // nothing changed
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("before")});
}

void TestFakeHydra::deleteUnknownIs204()
{
    Answer a = send("DELETE", QStringLiteral("/admin/keys/never-was"));
    QVERIFY2(a.status == 204, qPrintable(a.describe()));
    a = send("DELETE", QStringLiteral("/admin/keys/never-was/kid"));
    QVERIFY2(a.status == 204, qPrintable(a.describe()));
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    a = send("DELETE", QStringLiteral("/admin/keys/s/not-there"));
    QVERIFY2(a.status == 204, qPrintable(a.describe()));
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("a")});
    QVERIFY(!m_server->sets().contains(QStringLiteral("never-was")));
}

// --- faults ------------------------------------------------------------------------------------------------

void TestFakeHydra::faults()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});

    m_server->failNext(2);
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/s")), 500, QStringLiteral("error"),
                       QStringLiteral("The error is unrecognizable"));
    VERIFY_HYDRA_ERROR(send("GET", QStringLiteral("/admin/keys/s")), 500, QStringLiteral("error"),
                       QStringLiteral("The error is unrecognizable"));
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).status, 200);

    // after: let one request through, then fail one
    m_server->failNext(1, 503, 1);
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).status, 503);
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).status, 200);

    m_server->garbageNext(1);
    const Answer garbage = send("GET", QStringLiteral("/admin/keys/s"));
    QCOMPARE(garbage.status, 200);
    QVERIFY(QJsonDocument::fromJson(garbage.body).isNull());

    m_server->truncateNext(1);
    const Answer truncated = send("GET", QStringLiteral("/admin/keys/s"));
    QVERIFY(truncated.finished);
    QVERIFY(QJsonDocument::fromJson(truncated.body).isNull());

    // a hung request gets no answer; the next one is served
    m_server->hangNext(1);
    const QUrl url = QUrl::fromEncoded(m_server->url().toEncoded() + "/admin/keys/s");
    QNetworkReply* hung = m_nam.get(QNetworkRequest(url));
    QTest::qWait(500);
    QVERIFY(!hung->isFinished());
    hung->abort();
    hung->deleteLater();
    QCOMPARE(send("GET", QStringLiteral("/admin/keys/s")).status, 200);
}

void TestFakeHydra::requestLog()
{
    m_server->clearRequests();
    send("POST", QStringLiteral("/admin/keys/s"), R"({"alg":"ES256","kid":"a"})",
         {{"Authorization", "Bearer tok"}, {"X-Proxy-Auth", "secret"}});
    send("DELETE", QStringLiteral("/admin/keys/s/a"));
    const auto log = m_server->requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].method, QByteArray("POST"));
    QCOMPARE(log[0].path, QStringLiteral("/admin/keys/s"));
    QCOMPARE(log[0].authorization, QByteArray("Bearer tok"));
    QCOMPARE(log[0].body, QByteArray(R"({"alg":"ES256","kid":"a"})"));
    bool sawHeader = false;
    for (const auto& [name, value] : log[0].headers) {
        sawHeader |= name.compare("X-Proxy-Auth", Qt::CaseInsensitive) == 0 && value == "secret";
    }
    QVERIFY(sawHeader);
    QCOMPARE(log[1].method, QByteArray("DELETE"));
    QCOMPARE(log[1].path, QStringLiteral("/admin/keys/s/a"));
    QVERIFY(log[1].authorization.isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeHydra)
#include "tst_fakehydra.moc"
