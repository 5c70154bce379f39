// jwkman-cli remote client-keys as scripts use it: the built binary (JWKMAN_CLI_PATH) against the fake Hydra served
// from this process. The JSON it prints (client_id, set, gains, loses, unchanged, updated, changes, warnings,
// applied), no change without --yes, --keep-existing, --url instead of NAME, and the refusals and failures with their
// exit codes (2: an unknown client, an oct key, jwks_uri, a kid with other key material; 1: the server failed or the
// client reads back otherwise; 64: usage), one line on stderr each. No request body ever holds a private member.

#include "FakeHydraServer.h"
#include "ProcessRun.h"
#include "RemoteTestUtil.h"
#include "store/KeyStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using jwk::JsonWebKey;
using jwk::KeyStore;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

struct Run : jwktest::ProcessRun
{
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

#define VERIFY_OK(run)                                                                                                 \
    do {                                                                                                               \
        const Run r_ = (run);                                                                                          \
        QVERIFY2(r_.finished, qPrintable("jwkman-cli did not finish in time or crashed: " + r_.describe()));           \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.describe()));                                                         \
    } while (false)

// exit code, nothing on stdout, one line on stderr starting "jwkman-cli: " and holding `words`
#define VERIFY_ONE_LINE_ERROR(run, code, words)                                                                        \
    do {                                                                                                               \
        const Run r_ = (run);                                                                                          \
        QVERIFY2(r_.finished, qPrintable("jwkman-cli did not finish in time or crashed: " + r_.describe()));           \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                                    \
        QVERIFY2(r_.out.isEmpty(), qPrintable(r_.describe()));                                                         \
        QVERIFY2(r_.err.startsWith("jwkman-cli: "), qPrintable(r_.describe()));                                        \
        QVERIFY2(r_.err.endsWith('\n') && r_.err.count('\n') == 1, qPrintable(r_.describe()));                         \
        QVERIFY2(r_.err.contains(words), qPrintable(r_.describe()));                                                   \
    } while (false)

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray()) {
        out << e.toString();
    }
    return out;
}

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

const QString kSet = QStringLiteral("billing-client");

} // namespace

class TestCliClientKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void planWithoutYesChangesNothing();
    void yesAppliesAndReadsBack();
    void keepExisting();
    void withUrl();
    void nothingToChange();
    void refusals();
    void failures();
    void usageAndHelp();

private:
    Run cli(const QStringList& args);
    std::unique_ptr<KeyStore> store() const { return KeyStore::open(m_storePath); }
    void seed();
    QStringList clientKeys(const QStringList& extra) const;
    QString m_storePath;
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
    JsonWebKey m_a, m_b, m_old;
};

void TestCliClientKeys::initTestCase()
{
    setUpEnvironment();
    QVERIFY(QFile::exists(QStringLiteral(JWKMAN_CLI_PATH)));
    m_a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    m_b = makeKey(QStringLiteral("EdDSA"), QStringLiteral("b"));
    m_old = makeKey(QStringLiteral("ES256"), QStringLiteral("old"));
}

void TestCliClientKeys::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("jwkman.sqlite"));
    m_server = new FakeHydraServer(this);
    QVERIFY(m_server->start() != 0);
}

void TestCliClientKeys::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

Run TestCliClientKeys::cli(const QStringList& args)
{
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.insert(QStringLiteral("JWKMAN_STORE"), m_storePath);
    options.env.remove(QStringLiteral("SECRETS_SYSTEM"));
    options.waitMs = 60000;
    options.serveEvents = true; // the fake server lives in this thread and must answer meanwhile
    return Run{jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options)};
}

// The set (b newest, then a; both private), a saved remote "fake", and client "c1" holding a and old.
void TestCliClientKeys::seed()
{
    QCOMPARE(store()->addKeys(kSet, {m_b, m_a}).added.size(), 2);
    VERIFY_OK(
        cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("fake"), m_server->url().toString()}));
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c1")},
                                    {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
                                    {QStringLiteral("jwks"), jwks({toObject(m_a, false), toObject(m_old, false)})}});
    m_server->clearRequests();
}

QStringList TestCliClientKeys::clientKeys(const QStringList& extra) const
{
    return QStringList{QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"),
                       QStringLiteral("c1"),     QStringLiteral("--set"),       kSet} +
           extra;
}

void TestCliClientKeys::planWithoutYesChangesNothing()
{
    seed();
    const QJsonObject before = m_server->client(QStringLiteral("c1"));
    const Run r = cli(clientKeys({}));
    VERIFY_OK(r);
    const QJsonObject o = r.object();
    QCOMPARE(QStringList(o.keys()),
             (QStringList{QStringLiteral("applied"), QStringLiteral("changes"), QStringLiteral("client_id"),
                          QStringLiteral("gains"), QStringLiteral("keep_existing"), QStringLiteral("loses"),
                          QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("unchanged"),
                          QStringLiteral("updated"), QStringLiteral("warnings")}));
    QCOMPARE(o.value(QStringLiteral("client_id")).toString(), QStringLiteral("c1"));
    QCOMPARE(o.value(QStringLiteral("remote")).toString(), QStringLiteral("fake"));
    QCOMPARE(o.value(QStringLiteral("set")).toString(), kSet);
    QCOMPARE(o.value(QStringLiteral("keep_existing")), QJsonValue(false));
    QCOMPARE(stringList(o.value(QStringLiteral("gains"))), QStringList{QStringLiteral("b")});
    QCOMPARE(stringList(o.value(QStringLiteral("loses"))), QStringList{QStringLiteral("old")});
    QCOMPARE(stringList(o.value(QStringLiteral("unchanged"))), QStringList{QStringLiteral("a")});
    QCOMPARE(stringList(o.value(QStringLiteral("updated"))), QStringList());
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("applied")), QJsonValue(false));
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[2].toObject(), (QJsonObject{{QStringLiteral("kid"), QStringLiteral("b")},
                                                 {QStringLiteral("change"), QStringLiteral("gained")},
                                                 {QStringLiteral("thumbprint"), m_b.thumbprint()},
                                                 {QStringLiteral("type"), QStringLiteral("OKP Ed25519")}}));
    QCOMPARE(changes[1].toObject().value(QStringLiteral("change")).toString(), QStringLiteral("lost"));
    QVERIFY2(r.err.contains("nothing changed") && r.err.contains("--yes"), qPrintable(r.describe()));
    // only read
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests()[0].method, QByteArray("GET"));
    QCOMPARE(m_server->client(QStringLiteral("c1")), before);
}

void TestCliClientKeys::yesAppliesAndReadsBack()
{
    seed();
    const Run r = cli(clientKeys({QStringLiteral("--yes"), QStringLiteral("--compact")}));
    VERIFY_OK(r);
    QCOMPARE(r.out.count('\n'), 1);
    QCOMPARE(r.object().value(QStringLiteral("applied")), QJsonValue(true));
    QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))), (QStringList{QStringLiteral("b"), "a"}));
    QStringList methods;
    for (const auto& req : m_server->requests()) {
        methods << QString::fromLatin1(req.method);
        QVERIFY(!req.body.contains("\"d\"")); // the private parts stay here
    }
    QCOMPARE(methods, (QStringList{QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("GET")}));
    const QJsonArray keys =
        m_server->client(QStringLiteral("c1")).value(QStringLiteral("jwks")).toObject().value("keys").toArray();
    for (const auto& k : keys) {
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            QVERIFY(!k.toObject().contains(name));
        }
    }
}

void TestCliClientKeys::keepExisting()
{
    seed();
    Run r = cli(clientKeys({QStringLiteral("--keep-existing")}));
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("keep_existing")), QJsonValue(true));
    QCOMPARE(stringList(r.object().value(QStringLiteral("loses"))), QStringList());
    QCOMPARE(m_server->requests().size(), 1);
    r = cli(clientKeys({QStringLiteral("--keep-existing"), QStringLiteral("--yes")}));
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("applied")), QJsonValue(true));
    QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))), (QStringList{QStringLiteral("a"), "old", "b"}));
}

void TestCliClientKeys::withUrl()
{
    seed();
    const Run r =
        cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("--url"),
             m_server->url().toString(), QStringLiteral("c1"), QStringLiteral("--set"), kSet, QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("remote")).toString(), m_server->url().toString());
    QCOMPARE(clientKids(m_server->client(QStringLiteral("c1"))), (QStringList{QStringLiteral("b"), "a"}));
}

void TestCliClientKeys::nothingToChange()
{
    seed();
    VERIFY_OK(cli(clientKeys({QStringLiteral("--yes")})));
    m_server->clearRequests();
    const Run r = cli(clientKeys({QStringLiteral("--yes")}));
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("applied")), QJsonValue(false));
    QCOMPARE(stringList(r.object().value(QStringLiteral("unchanged"))), (QStringList{QStringLiteral("b"), "a"}));
    QVERIFY2(r.err.contains("nothing to change"), qPrintable(r.describe()));
    QCOMPARE(m_server->requests().size(), 1); // read, nothing sent
}

void TestCliClientKeys::refusals()
{
    seed();
    const QJsonObject before = m_server->client(QStringLiteral("c1"));
    // an unknown client: exit 2, as for a misspelt set name
    VERIFY_ONE_LINE_ERROR(cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"),
                               QStringLiteral("nobody"), QStringLiteral("--set"), kSet, QStringLiteral("--yes")}),
                          2, "no OAuth2 client \"nobody\"");
    // a kid the client holds with another key
    m_server->setClient(QJsonObject{
        {QStringLiteral("client_id"), QStringLiteral("c2")},
        {QStringLiteral("jwks"), jwks({toObject(makeKey(QStringLiteral("ES256"), QStringLiteral("a")), false)})}});
    VERIFY_ONE_LINE_ERROR(
        cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"), QStringLiteral("c2"),
             QStringLiteral("--set"), kSet, QStringLiteral("--yes"), QStringLiteral("--keep-existing")}),
        2, "another key under the kid(s) \"a\"");
    // jwks_uri
    m_server->setClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("c3")},
                                    {QStringLiteral("jwks_uri"), QStringLiteral("https://c3.example/jwks")}});
    VERIFY_ONE_LINE_ERROR(cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"),
                               QStringLiteral("c3"), QStringLiteral("--set"), kSet, QStringLiteral("--yes")}),
                          2, "jwks_uri");
    // an oct key in the set: refused before the server is asked
    jwk::GenerateOptions options;
    options.alg = QStringLiteral("HS256");
    options.kid = QStringLiteral("shared");
    store()->addKeys(kSet, {jwk::generateKey(options)});
    m_server->clearRequests();
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--yes")})), 2, "symmetric (oct)");
    QVERIFY(m_server->requests().isEmpty());
    // no such set here
    VERIFY_ONE_LINE_ERROR(cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"),
                               QStringLiteral("c1"), QStringLiteral("--set"), QStringLiteral("nope")}),
                          2, "no key set \"nope\"");
    QCOMPARE(m_server->client(QStringLiteral("c1")), before);
}

void TestCliClientKeys::failures()
{
    seed();
    const QJsonObject before = m_server->client(QStringLiteral("c1"));
    // the server fails: exit 1 with the status and Hydra's words
    m_server->failNext(100, 500);
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("5")})),
                          1, "The error is unrecognizable");
    m_server->failNext(0);
    // the PATCH fails (after the read)
    m_server->failNext(1, 400, 1);
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--yes")})), 1, "PATCH");
    QCOMPARE(m_server->client(QStringLiteral("c1")), before);
    // a server that says yes and does nothing: the read-back shows it
    m_server->dropWritesNext(1);
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--yes")})), 1, "reads back otherwise");
    QCOMPARE(m_server->client(QStringLiteral("c1")), before);
    // a malformed client
    QJsonObject broken = before;
    broken.insert(QStringLiteral("jwks"), QStringLiteral("oops"));
    m_server->setClientRaw(QStringLiteral("c1"), broken);
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--yes")})), 1, "not a JWK Set");
}

void TestCliClientKeys::usageAndHelp()
{
    seed();
    VERIFY_ONE_LINE_ERROR(
        cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"), QStringLiteral("c1")}),
        64, "usage: jwkman-cli remote client-keys NAME CLIENT_ID --set SET [--keep-existing] [--yes]");
    VERIFY_ONE_LINE_ERROR(cli(clientKeys({QStringLiteral("--set"), QStringLiteral("other")})), 64, "usage:");
    VERIFY_ONE_LINE_ERROR(cli({QStringLiteral("remote"), QStringLiteral("client-keys"), QStringLiteral("fake"),
                               QStringLiteral("--set"), kSet}),
                          64, "usage:");
    QVERIFY(m_server->requests().isEmpty());
    const Run help = cli({QStringLiteral("help"), QStringLiteral("remote")});
    VERIFY_OK(help);
    QVERIFY(help.out.contains("remote client-keys NAME CLIENT_ID --set SET [--keep-existing] [--yes]"));
    QVERIFY(help.out.contains("--keep-existing"));
}

QTEST_GUILESS_MAIN(TestCliClientKeys)
#include "tst_cli_clientkeys.moc"
