// The fake Hydra's OAuth2 client routes, as the client tests rely on them: POST with Hydra's defaults (the secret
// shown once, never by GET), 409 for an id in use, Hydra's 404 body, 400 for a patch it cannot apply (and nothing of
// it stored), jwks with jwks_uri refused with the validator's words, and add, remove and replace applied in order.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

QStringList clientKids(const QJsonObject& client)
{
    QStringList kids;
    for (const auto& k : client.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray()) {
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    }
    return kids;
}

// One raw request to the fake: status and body.
QPair<int, QJsonObject> raw(const QUrl& url, const QByteArray& verb, const QByteArray& body = QByteArray())
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = manager.sendCustomRequest(request, verb, body);
    spinUntil([reply] { return reply->isFinished(); }, 10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {status, object};
}

} // namespace

class TestFakeHydraClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpEnvironment();
        m_server = new FakeHydraServer(this);
        QVERIFY(m_server->start() != 0);
    }
    void routes();

private:
    FakeHydraServer* m_server = nullptr;
};

void TestFakeHydraClients::routes()
{
    const QString base = m_server->url().toString() + QStringLiteral("/admin/clients");
    // POST: 201 with Hydra's defaults and the secret, once; GET never shows the secret
    auto [status, body] = raw(
        QUrl(base), "POST",
        R"({"client_id":"made","client_secret":"s3cret-value","token_endpoint_auth_method":"private_key_jwt","jwks":{"keys":[]}})");
    QCOMPARE(status, 201);
    QCOMPARE(body.value(QStringLiteral("client_secret")).toString(), QStringLiteral("s3cret-value"));
    std::tie(status, body) = raw(QUrl(base + QStringLiteral("/made")), "GET");
    QCOMPARE(status, 200);
    QVERIFY(!body.contains(QStringLiteral("client_secret")));
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("offline_access offline openid"));
    QVERIFY(!body.contains(QStringLiteral("jwks_uri")));
    std::tie(status, body) = raw(QUrl(base), "POST", R"({"client_id":"made"})");
    QCOMPARE(status, 409);
    // 404: Hydra's two fields
    std::tie(status, body) = raw(QUrl(base + QStringLiteral("/ghost")), "PATCH", "[]");
    QCOMPARE(status, 404);
    QCOMPARE(body, (QJsonObject{{QStringLiteral("error"), QStringLiteral("Unable to locate the resource")},
                                {QStringLiteral("error_description"), QString()}}));
    // 400 for patches that cannot be applied, and nothing of them stored
    const QJsonObject before = m_server->client(QStringLiteral("made"));
    for (const QByteArray& bad :
         {QByteArray("{}"), QByteArray("not json"), QByteArray(R"([{"op":"test","path":"/jwks","value":{}}])"),
          QByteArray(R"([{"op":"replace","path":"/client_id","value":"other"}])"),
          QByteArray(R"([{"op":"remove","path":"/nothing/here"}])"),
          QByteArray(R"([{"op":"add","path":"/jwks/keys/-","value":{"kty":"EC"}}])"),
          QByteArray(R"([{"op":"add","path":"/jwks/keys/-","value":{"kty":"oct","k":"AAAA","kid":"x"}},)"
                     R"({"op":"add","path":"/jwks/keys/7","value":{}}])")}) {
        std::tie(status, body) = raw(QUrl(base + QStringLiteral("/made")), "PATCH", bad);
        QVERIFY2(status == 400, bad.constData());
        QVERIFY2(!body.value(QStringLiteral("error")).toString().isEmpty(), bad.constData());
    }
    QCOMPARE(m_server->client(QStringLiteral("made")), before);
    // jwks and jwks_uri both: the validator's words
    std::tie(status, body) = raw(QUrl(base + QStringLiteral("/made")), "PATCH",
                                 R"([{"op":"add","path":"/jwks_uri","value":"https://x.example/jwks"}])");
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client_metadata"));
    QVERIFY(body.value(QStringLiteral("error_description"))
                .toString()
                .endsWith(QStringLiteral("Fields jwks and jwks_uri can not both be set, you must choose one.")));
    // remove, add at an index, replace: applied in order
    const QByteArray ops =
        R"([{"op":"add","path":"/jwks/keys/-","value":{"kty":"oct","k":"AAAA","kid":"one"}},)"
        R"({"op":"add","path":"/jwks/keys/0","value":{"kty":"oct","k":"BBBB","kid":"zero"}},)"
        R"({"op":"replace","path":"/client_name","value":"named"},{"op":"remove","path":"/jwks/keys/1"}])";
    std::tie(status, body) = raw(QUrl(base + QStringLiteral("/made")), "PATCH", ops);
    QCOMPARE(status, 200);
    QCOMPARE(clientKids(body), QStringList{QStringLiteral("zero")});
    QCOMPARE(m_server->client(QStringLiteral("made")).value(QStringLiteral("client_name")).toString(),
             QStringLiteral("named"));
}

QTEST_GUILESS_MAIN(TestFakeHydraClients)
#include "tst_fakehydraclients.moc"
