// OAuth2 client keys (private_key_jwt) against the fake Hydra with a temporary store: the ClientKeys use case (kids
// gained, lost and kept; the replace and keep-existing patches; the read-back check), what HydraAdminClient sends
// (the client id as one escaped path segment, only /jwks patched, no private member ever), what it refuses to take
// from a server (a malformed client, another client's answer, a huge or endless body). The fake's client routes
// themselves are tested in tst_fakehydraclients.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "remote/HydraAdminClient.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"
#include "usecases/ClientKeys.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using jwk::ClientKeysPlan;
using jwk::HydraAdminClient;
using jwk::JsonWebKey;
using jwk::KeyStore;
using jwk::RemoteProfile;
using jwk::StoreError;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QByteArray kSecret = "client-keys-test-secret-0123456789";
const QString kSet = QStringLiteral("client-set");

QJsonObject jwks(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const auto& k : keys) {
        array.append(k);
    }
    return QJsonObject{{QStringLiteral("keys"), array}};
}

QStringList clientKids(const QJsonObject& client)
{
    QStringList kids;
    for (const auto& k : client.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray()) {
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    }
    return kids;
}

// The first private member name anywhere in a JSON text, else empty.
QString privateMemberIn(const QJsonValue& value)
{
    if (value.isArray()) {
        for (const auto& v : value.toArray()) {
            if (const QString found = privateMemberIn(v); !found.isEmpty()) {
                return found;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (JsonWebKey::isPrivateMemberName(it.key())) {
                return it.key();
            }
            if (const QString found = privateMemberIn(it.value()); !found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

QStringList methods(const QList<FakeHydraServer::RecordedRequest>& requests)
{
    QStringList out;
    for (const auto& r : requests) {
        out << QString::fromLatin1(r.method);
    }
    return out;
}

// One raw request to the fake (for its own behaviour): status and body.
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

class TestClientKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void planGainsAndLoses();
    void applyReplacesJwks();
    void keepExistingKeepsOldKeys();
    void clientWithoutJwksGetsThem();
    void nothingToChangeSendsNothing();
    void privateMembersNeverSent();
    void octKeysRefused();
    void emptyOrMissingSetRefused();
    void unknownClient404();
    void clientIdIsOnePathSegment();
    void unaddressableClientIdsNotSent();
    void jwksUriRefused();
    void sameKidOtherKeyRefused();
    void malformedClientAnswers();
    void hugeAndEndlessAnswers();
    void readBackMismatchReported();
    void patchFailureReported();

private:
    ClientKeysPlan plan(const QString& clientId, bool keep);
    void seedSet(const QList<JsonWebKey>& newestFirst);
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
    HydraAdminClient* m_client = nullptr;
    std::unique_ptr<KeyStore> m_store;
    JsonWebKey m_a, m_b, m_old;
};

void TestClientKeys::initTestCase()
{
    setUpEnvironment();
    m_a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    m_b = makeKey(QStringLiteral("RS256"), QStringLiteral("b"), 2048);
    m_old = makeKey(QStringLiteral("ES384"), QStringLiteral("old"));
}

void TestClientKeys::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_server = new FakeHydraServer(this);
    QVERIFY(m_server->start() != 0);
    RemoteProfile profile;
    profile.name = QStringLiteral("fake");
    profile.adminUrl = m_server->url();
    m_client = new HydraAdminClient(profile, this);
    m_client->setRetryPolicy(3, 10);
    m_store = KeyStore::open(m_dir->filePath(QStringLiteral("jwkman.sqlite")),
                             jwk::SystemSecret::fromEnvironmentValue(kSecret));
}

void TestClientKeys::cleanup()
{
    m_store.reset();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

ClientKeysPlan TestClientKeys::plan(const QString& clientId, bool keep)
{
    return jwk::planClientKeys(*m_client, *m_store, QStringLiteral("fake"), kSet, clientId, keep);
}

void TestClientKeys::seedSet(const QList<JsonWebKey>& newestFirst)
{
    const jwk::AddKeysResult r = m_store->addKeys(kSet, newestFirst, jwk::AuditLog::Action::Imported);
    QCOMPARE(r.added.size(), newestFirst.size());
}

void TestClientKeys::planGainsAndLoses()
{
    seedSet({m_b, m_a}); // private keys here
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_a, false), toObject(m_old, false)})}});
    const QJsonObject before = m_server->client(QStringLiteral("c1"));

    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    QCOMPARE(p.gains, QStringList{QStringLiteral("b")});
    QCOMPARE(p.loses, QStringList{QStringLiteral("old")});
    QCOMPARE(p.unchanged, QStringList{QStringLiteral("a")});
    QVERIFY(p.updated.isEmpty());
    QVERIFY(p.needsPatch());
    QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(u'\n')));
    QCOMPARE(kidsOf(p.after), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    // each change names its kid, thumbprint and type
    QCOMPARE(p.changes.size(), 3);
    QCOMPARE(p.changes.last().kid, QStringLiteral("b"));
    QCOMPARE(p.changes.last().thumbprint, m_b.thumbprint());
    QCOMPARE(p.changes.last().type, QStringLiteral("RSA 2048"));
    // planning only read the client
    QCOMPARE(methods(m_server->requests()), QStringList{QStringLiteral("GET")});
    QCOMPARE(m_server->client(QStringLiteral("c1")), before);

    // keeping the existing keys: nothing is lost
    const ClientKeysPlan keep = plan(QStringLiteral("c1"), true);
    QCOMPARE(keep.gains, QStringList{QStringLiteral("b")});
    QVERIFY(keep.loses.isEmpty());
    QCOMPARE(keep.unchanged, (QStringList{QStringLiteral("a"), QStringLiteral("old")}));
    QCOMPARE(kidsOf(keep.after), (QStringList{QStringLiteral("a"), QStringLiteral("old"), QStringLiteral("b")}));
}

void TestClientKeys::applyReplacesJwks()
{
    seedSet({m_b, m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("client_name"), QStringLiteral("Billing")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_a, false), toObject(m_old, false)})}});
    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    m_server->clearRequests();
    jwk::applyClientKeys(*m_client, p);

    const QJsonObject after = m_server->client(QStringLiteral("c1"));
    QCOMPARE(clientKids(after), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(after.value(QStringLiteral("client_name")).toString(), QStringLiteral("Billing")); // the rest untouched
    // one PATCH replacing /jwks, then the client read back
    const auto requests = m_server->requests();
    QCOMPARE(methods(requests), (QStringList{QStringLiteral("PATCH"), QStringLiteral("GET")}));
    const QJsonArray ops = QJsonDocument::fromJson(requests[0].body).array();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("replace"));
    QCOMPARE(ops[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/jwks"));
    QCOMPARE(requests[0].path, QStringLiteral("/admin/clients/c1"));
    bool jsonType = false;
    for (const auto& h : requests[0].headers) {
        jsonType |=
            h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 && h.second.startsWith("application/json");
    }
    QVERIFY(jsonType);
    // what the client holds is exactly the set's public keys
    const QJsonArray keys = after.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys[0].toObject(), m_b.publicKey().publicMembers());
    QCOMPARE(keys[1].toObject(), m_a.publicKey().publicMembers());
}

void TestClientKeys::keepExistingKeepsOldKeys()
{
    seedSet({m_b, m_a});
    const QJsonObject oldJson = toObject(m_old, false);
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks"), jwks({oldJson, toObject(m_a, false)})}});
    const ClientKeysPlan p = plan(QStringLiteral("c1"), true);
    m_server->clearRequests();
    jwk::applyClientKeys(*m_client, p);

    const QJsonObject after = m_server->client(QStringLiteral("c1"));
    QCOMPARE(clientKids(after), (QStringList{QStringLiteral("old"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(after.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray()[0].toObject(),
             oldJson); // the client's own key as it was: never sent back, never touched
    // only the new key, appended
    const QJsonArray ops = QJsonDocument::fromJson(m_server->requests()[0].body).array();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("add"));
    QCOMPARE(ops[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/jwks/keys/-"));
    QCOMPARE(ops[0].toObject().value(QStringLiteral("value")).toObject(), m_b.publicKey().publicMembers());
}

void TestClientKeys::clientWithoutJwksGetsThem()
{
    seedSet({m_a});
    // Hydra's fresh client: "jwks": {}
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("fresh")}});
    QCOMPARE(m_server->client(QStringLiteral("fresh")).value(QStringLiteral("jwks")).toObject(), QJsonObject());
    for (const bool keep : {true, false}) {
        m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("fresh")}});
        const ClientKeysPlan p = plan(QStringLiteral("fresh"), keep);
        QCOMPARE(p.gains, QStringList{QStringLiteral("a")});
        jwk::applyClientKeys(*m_client, p);
        QCOMPARE(clientKids(m_server->client(QStringLiteral("fresh"))), QStringList{QStringLiteral("a")});
    }
    // a client answer without any jwks member: "add", since "replace" needs the member there
    QJsonObject bare = m_server->client(QStringLiteral("fresh"));
    bare.remove(QStringLiteral("jwks"));
    m_server->setClientRaw(QStringLiteral("fresh"), bare);
    const ClientKeysPlan p = plan(QStringLiteral("fresh"), false);
    QCOMPARE(p.patch()[0].toObject().value(QStringLiteral("op")).toString(), QStringLiteral("add"));
    jwk::applyClientKeys(*m_client, p);
    QCOMPARE(clientKids(m_server->client(QStringLiteral("fresh"))), QStringList{QStringLiteral("a")});
}

void TestClientKeys::nothingToChangeSendsNothing()
{
    seedSet({m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_a, false)})}});
    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    QVERIFY(!p.needsPatch());
    QVERIFY(p.patch().isEmpty());
    m_server->clearRequests();
    jwk::applyClientKeys(*m_client, p);
    QVERIFY(m_server->requests().isEmpty());

    // the same key with other members (an alg the client's copy lacks) is an update when replacing
    QJsonObject noAlg = toObject(m_a, false);
    noAlg.remove(QStringLiteral("alg"));
    m_server->setClient(
        QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}, {QStringLiteral("jwks"), jwks({noAlg})}});
    const ClientKeysPlan update = plan(QStringLiteral("c1"), false);
    QCOMPARE(update.updated, QStringList{QStringLiteral("a")});
    QVERIFY(update.gains.isEmpty() && update.loses.isEmpty());
    jwk::applyClientKeys(*m_client, update);
    QCOMPARE(m_server->client(QStringLiteral("c1"))
                 .value(QStringLiteral("jwks"))
                 .toObject()
                 .value(QStringLiteral("keys"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("alg"))
                 .toString(),
             QStringLiteral("ES256"));
}

void TestClientKeys::privateMembersNeverSent()
{
    const JsonWebKey ed = makeKey(QStringLiteral("EdDSA"), QStringLiteral("ed"));
    seedSet({m_b, m_a, ed});
    QVERIFY(m_store->loadKey(kSet, QStringLiteral("b")).isPrivate());
    // a client whose jwks holds a private key (someone put it there): warned about, and replaced by public keys
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_a, true)})}});
    for (const bool keep : {false, true}) {
        const ClientKeysPlan p = plan(QStringLiteral("c1"), keep);
        QVERIFY2(p.warnings.join(u'\n').contains(QStringLiteral("private part of key \"a\"")),
                 qPrintable(p.warnings.join(u'\n')));
        QVERIFY(privateMemberIn(p.patch()).isEmpty());
    }
    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    QCOMPARE(p.updated, QStringList{QStringLiteral("a")}); // its private part goes
    m_server->clearRequests();
    jwk::applyClientKeys(*m_client, p);
    for (const auto& r : m_server->requests()) {
        QCOMPARE(privateMemberIn(QJsonDocument::fromJson(r.body).array()), QString());
        QVERIFY(!r.body.contains("\"d\""));
    }
    QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("ed")}));
    QCOMPARE(privateMemberIn(m_server->client(QStringLiteral("c1"))), QString());

    // the client itself refuses to send a patch with private material, or one beyond /jwks, whoever built it
    m_server->clearRequests();
    const QJsonArray withPrivate{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                             {QStringLiteral("path"), QStringLiteral("/jwks/keys/-")},
                                             {QStringLiteral("value"), toObject(m_a, true)}}};
    jwk::HydraResult r = HydraAdminClient::wait(m_client->patchClientJwks(QStringLiteral("c1"), withPrivate));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("private key member")), qPrintable(r.error));
    const QJsonArray secret{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                        {QStringLiteral("path"), QStringLiteral("/client_secret")},
                                        {QStringLiteral("value"), QStringLiteral("owned")}}};
    r = HydraAdminClient::wait(m_client->patchClientJwks(QStringLiteral("c1"), secret));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("/client_secret")), qPrintable(r.error));
    const QJsonArray jwksPrefix{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                            {QStringLiteral("path"), QStringLiteral("/jwks_uri")},
                                            {QStringLiteral("value"), QStringLiteral("https://evil.example")}}};
    r = HydraAdminClient::wait(m_client->patchClientJwks(QStringLiteral("c1"), jwksPrefix));
    QVERIFY(!r.ok);
    QVERIFY(m_server->requests().isEmpty());
}

void TestClientKeys::octKeysRefused()
{
    jwk::GenerateOptions options;
    options.alg = QStringLiteral("HS256");
    options.kid = QStringLiteral("shared");
    seedSet({m_a, jwk::generateKey(options)});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}});
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("a set with an oct key was published");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("\"shared\"")) && e.message().contains(QStringLiteral("oct")),
                 qPrintable(e.message()));
    }
    QVERIFY(m_server->requests().isEmpty()); // refused before the server was asked anything
}

void TestClientKeys::emptyOrMissingSetRefused()
{
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}});
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("a missing set was published");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    m_store->createKeySet(kSet);
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("an empty set was published");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("no keys")), qPrintable(e.message()));
    }
    QVERIFY(m_server->requests().isEmpty());
}

void TestClientKeys::unknownClient404()
{
    seedSet({m_a});
    try {
        plan(QStringLiteral("nobody"), false);
        QFAIL("an unknown client was planned for");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        QVERIFY2(e.message().contains(QStringLiteral("no OAuth2 client \"nobody\"")) &&
                     e.message().contains(QStringLiteral("404")) &&
                     e.message().contains(QStringLiteral("Unable to locate the resource")),
                 qPrintable(e.message()));
    }
    QCOMPARE(methods(m_server->requests()), QStringList{QStringLiteral("GET")});
    // Hydra's own error body, as the client reads it
    const jwk::HydraResult r = HydraAdminClient::wait(m_client->getClient(QStringLiteral("nobody")));
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.hydraError, QStringLiteral("Unable to locate the resource"));
    QCOMPARE(r.hydraErrorDescription, QString());
}

void TestClientKeys::clientIdIsOnePathSegment()
{
    seedSet({m_a});
    const QList<QJsonObject> tokenKeys{makeJwk(QStringLiteral("ES256"), QStringLiteral("signer"))};
    m_server->setKeys(QStringLiteral("hydra.openid.id-token"), tokenKeys);
    for (const QString& id : {QStringLiteral("a/../../keys/hydra.openid.id-token"), QStringLiteral("x?y#z"),
                              QStringLiteral("../clients"), QStringLiteral("%2F")}) {
        m_server->setClient(QJsonObject{{QStringLiteral("client_id"), id}});
        m_server->clearRequests();
        jwk::applyClientKeys(*m_client, plan(id, false));
        QCOMPARE(clientKids(m_server->client(id)), QStringList{QStringLiteral("a")});
        const QByteArray expected = "/admin/clients/" + QUrl::toPercentEncoding(id);
        QCOMPARE(m_server->requests().size(), 3);
        for (const auto& r : m_server->requests()) {
            QCOMPARE(r.encodedPath, expected);
        }
    }
    QCOMPARE(m_server->keys(QStringLiteral("hydra.openid.id-token")), tokenKeys); // no other route reached
    QCOMPARE(m_server->sets(), QStringList{QStringLiteral("hydra.openid.id-token")});
}

void TestClientKeys::unaddressableClientIdsNotSent()
{
    seedSet({m_a});
    for (const QString& id : {QString(), QStringLiteral("."), QStringLiteral("..")}) {
        try {
            plan(id, false);
            QFAIL("an unaddressable client id was planned for");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        }
        const jwk::HydraResult r = HydraAdminClient::wait(m_client->getClient(id));
        QVERIFY(!r.ok);
    }
    QVERIFY(m_server->requests().isEmpty());
}

void TestClientKeys::jwksUriRefused()
{
    seedSet({m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks_uri"), QStringLiteral("https://client.example/jwks.json")}});
    try {
        plan(QStringLiteral("c1"), true);
        QFAIL("a client with jwks_uri was planned for");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("jwks_uri")) &&
                     e.message().contains(QStringLiteral("https://client.example/jwks.json")),
                 qPrintable(e.message()));
    }
    QCOMPARE(methods(m_server->requests()), QStringList{QStringLiteral("GET")});
}

void TestClientKeys::sameKidOtherKeyRefused()
{
    seedSet({m_a});
    const JsonWebKey impostor = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks"), jwks({toObject(impostor, false)})}});
    for (const bool keep : {false, true}) {
        try {
            plan(QStringLiteral("c1"), keep);
            QFAIL("a kid with two keys was planned for");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("\"a\"")), qPrintable(e.message()));
        }
    }
    QCOMPARE(methods(m_server->requests()), (QStringList{QStringLiteral("GET"), QStringLiteral("GET")}));
}

void TestClientKeys::malformedClientAnswers()
{
    seedSet({m_a});
    QJsonObject offCurve = toObject(m_a, false);
    offCurve.insert(QStringLiteral("y"), offCurve.value(QStringLiteral("x")));
    const QList<QPair<QJsonObject, QString>> answers = {
        {QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}, {QStringLiteral("jwks"), jwks({offCurve})}},
         QStringLiteral("jwks.keys[0]")},
        {QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                     {QStringLiteral("jwks"), QStringLiteral("x")}},
         QStringLiteral("jwks is not a JWK Set")},
        {QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                     {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), 7}}}},
         QStringLiteral("jwks.keys is not an array")},
        {QJsonObject{{QStringLiteral("client_id"), 12}}, QStringLiteral("client_id")},
        {QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}, {QStringLiteral("jwks_uri"), true}},
         QStringLiteral("jwks_uri")},
        {QJsonObject{{QStringLiteral("client_id"), QStringLiteral("someone-else")}}, QStringLiteral("someone-else")},
    };
    for (const auto& [answer, words] : answers) {
        m_server->setClientRaw(QStringLiteral("c1"), answer);
        try {
            plan(QStringLiteral("c1"), false);
            QFAIL(qPrintable(QStringLiteral("a malformed client was taken: ") + words));
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Io);
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        }
    }
    // not JSON at all
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}});
    m_server->garbageNext(1);
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("garbage was taken for a client");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("not JSON")), qPrintable(e.message()));
    }
    for (const auto& r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("GET"));
    }
}

void TestClientKeys::hugeAndEndlessAnswers()
{
    seedSet({m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}});
    m_server->hostileNext(FakeHydraServer::Hostile::HugeContentLength);
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("a huge answer was read");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("refused unread")), qPrintable(e.message()));
    }
    m_client->setMaxAnswerBytes(kMiB);
    m_server->setHostileCap(64 * kMiB); // only a client that fails to bound its reads gets this far
    m_server->hostileNext(FakeHydraServer::Hostile::EndlessChunked);
    try {
        plan(QStringLiteral("c1"), false);
        QFAIL("an endless answer was read");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("cut off")), qPrintable(e.message()));
    }
    QVERIFY(m_server->hostileBytesSent() < 64 * kMiB);
    for (const auto& r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("GET"));
    }
}

void TestClientKeys::readBackMismatchReported()
{
    seedSet({m_b, m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_old, false)})}});
    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    m_server->dropWritesNext(1); // answers the PATCH with 200 and stores nothing
    try {
        jwk::applyClientKeys(*m_client, p);
        QFAIL("a change that did not happen was taken for done");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Io);
        QVERIFY2(e.message().contains(QStringLiteral("reads back otherwise")) &&
                     e.message().contains(QStringLiteral("missing \"a\", \"b\"")) &&
                     e.message().contains(QStringLiteral("not asked for \"old\"")),
                 qPrintable(e.message()));
    }
    QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))), QStringList{QStringLiteral("old")});
}

void TestClientKeys::patchFailureReported()
{
    seedSet({m_a});
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")}});
    const ClientKeysPlan p = plan(QStringLiteral("c1"), false);
    m_server->clearRequests();
    m_server->failNext(1, 500);
    try {
        jwk::applyClientKeys(*m_client, p);
        QFAIL("a failed PATCH was taken for done");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Io);
        QVERIFY2(e.message().contains(QStringLiteral("500")) && e.message().contains(QStringLiteral("PATCH")),
                 qPrintable(e.message()));
    }
    QCOMPARE(methods(m_server->requests()), QStringList{QStringLiteral("PATCH")}); // never retried
    // the client went away between plan and apply
    raw(QUrl(m_server->url().toString() + QStringLiteral("/admin/clients/c1")), "DELETE");
    try {
        jwk::applyClientKeys(*m_client, p);
        QFAIL("a PATCH of a deleted client was taken for done");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestClientKeys)
#include "tst_clientkeys.moc"
