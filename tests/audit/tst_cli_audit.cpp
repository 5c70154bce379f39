// jwkman-cli audit as cron jobs and CI pipelines use it: the built binary against files, standard input and the fake
// Hydra's /.well-known/jwks.json over http (loopback) and https (a test CA), with the exact JSON fields, finding codes
// and exit codes (0 clean, 3 findings or differences, 2 unreadable input, 1 network), --compact on one line, the
// comparison with a local set and with the admin API, --record and changes_since_last, and interop: a set the audit
// calls clean is read by python3-jwcrypto and the jose CLI.

#include "AuditCases.h"
#include "FakeHydraServer.h"
#include "ProcessRun.h"
#include "RemoteTestUtil.h"
#include "store/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using jwk::JsonWebKey;
using jwk::KeyStore;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QString kIdToken = QStringLiteral("hydra.openid.id-token");
const QString kAccess = QStringLiteral("hydra.jwt.access-token");
const QByteArray kToken = "ory_pat_audit-T0KEN-never-sent-to-public";

struct Run : jwktest::ProcessRun
{
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QStringList codes() const
    {
        QStringList c;
        for (const auto& f : object().value(QStringLiteral("findings")).toArray()) {
            c << f.toObject().value(QStringLiteral("code")).toString();
        }
        return c;
    }
};

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray()) {
        out << e.toString();
    }
    return out;
}

QJsonObject publicOf(const QJsonObject& jwk)
{
    return JsonWebKey::fromJson(jwk).publicKey().publicMembers();
}

QByteArray jwks(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const auto& k : keys) {
        array.append(k);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact);
}

QJsonObject signingKey(const QString& alg, const QString& kid)
{
    QJsonObject k = makeJwk(alg, kid, alg.startsWith(u'R') ? 2048 : 0);
    k.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return k;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileStdinAndExitCodes();
    void plainAuditCreatesNoStore();
    void liveJwksOverHttp();
    void everyFindingServed();
    void httpsNeedsTheCa();
    void refusedAndUnreachable();
    void againstALocalSet();
    void againstTheAdminApi();
    void recordAndChangesSinceLast();
    void usageErrors();
    void cleanSetsInteroperate();

private:
    Run cli(const QStringList& args, const QByteArray& input = {});
    QString write(const QString& name, const QByteArray& data);
    void addRemote();
    QString m_storePath;
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
};

void TestCliAudit::initTestCase()
{
    setUpEnvironment();
    QVERIFY(QFile::exists(QStringLiteral(JWKMAN_CLI_PATH)));
}

void TestCliAudit::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("jwkman.sqlite"));
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
}

void TestCliAudit::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

Run TestCliAudit::cli(const QStringList& args, const QByteArray& input)
{
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.insert(QStringLiteral("JWKMAN_STORE"), m_storePath);
    options.env.insert(QStringLiteral("SECRETS_SYSTEM"), QStringLiteral("audit-cli-secret-0123456789abcdef"));
    options.env.insert(QStringLiteral("HOME"), m_dir->path());
    options.input = input;
    options.serveEvents = true; // the fake server lives in this thread
    return Run{jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options)};
}

QString TestCliAudit::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        return {};
    }
    return path;
}

void TestCliAudit::addRemote()
{
    const QString tokenFile = write(QStringLiteral("token"), kToken);
    const Run r =
        cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("fake"), m_server->url().toString(),
             QStringLiteral("--public-url"), m_server->url().toString(), QStringLiteral("--token-file"), tokenFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliAudit::fileStdinAndExitCodes()
{
    const QJsonObject a = signingKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const QJsonObject b = signingKey(QStringLiteral("RS256"), QStringLiteral("b"));
    const QString clean = write(QStringLiteral("clean.json"), jwks({publicOf(a), publicOf(b)}));
    Run r = cli({QStringLiteral("audit"), clean});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject o = r.object();
    QCOMPARE(QStringList(o.keys()),
             (QStringList{QStringLiteral("changes_since_last"), QStringLiteral("comparison"),
                          QStringLiteral("findings"), QStringLiteral("keys"), QStringLiteral("source")}));
    QCOMPARE(o.value(QStringLiteral("keys")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QFileInfo(clean).absoluteFilePath());
    QVERIFY(o.value(QStringLiteral("findings")).toArray().isEmpty());
    QVERIFY(r.out.count('\n') > 3); // indented

    // A private key served publicly: exit 3, the finding with all four fields; --compact on one line.
    const QString leaked = write(QStringLiteral("leaked.json"), jwks({publicOf(a), b}));
    r = cli({QStringLiteral("audit"), leaked, QStringLiteral("--compact")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(r.out.endsWith('\n'));
    const QJsonObject f = r.object().value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("private-material"));
    QCOMPARE(f.value(QStringLiteral("kid")).toString(), QStringLiteral("b"));
    QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
    // The private values are never printed.
    QVERIFY(!r.out.contains(b.value(QStringLiteral("d")).toString().toLatin1()));

    // Standard input, and warnings alone exit 0.
    QJsonObject noAlg = publicOf(a);
    noAlg.remove(QStringLiteral("alg"));
    r = cli({QStringLiteral("audit"), QStringLiteral("-")}, jwks({noAlg}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.codes(), QStringList{QStringLiteral("missing-alg")});
    QCOMPARE(r.object().value(QStringLiteral("source")).toString(), QStringLiteral("-"));

    // Unreadable input: exit 2, one line on stderr, nothing on stdout.
    for (const QByteArray& bad : {QByteArray("<html>502</html>"), QByteArray("{\"keys\":7}"), QByteArray("[]")}) {
        r = cli({QStringLiteral("audit"), QStringLiteral("-")}, bad);
        QVERIFY2(r.exitCode == 2 && r.out.isEmpty() && r.err.count('\n') == 1, qPrintable(r.describe()));
        QVERIFY(r.err.startsWith("jwkman-cli: "));
    }
    r = cli({QStringLiteral("audit"), m_dir->filePath(QStringLiteral("missing.json"))});
    QVERIFY2(r.exitCode == 2 && r.err.contains("missing.json"), qPrintable(r.describe()));
}

void TestCliAudit::plainAuditCreatesNoStore()
{
    const QString clean = write(QStringLiteral("c.json"), jwks({publicOf(signingKey(QStringLiteral("ES256"), "a"))}));
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--max-age"), QStringLiteral("30")}}) {
        const Run r = cli(QStringList{QStringLiteral("audit"), clean} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_storePath));
    }
}

void TestCliAudit::liveJwksOverHttp()
{
    m_server->setKeys(kIdToken, {signingKey(QStringLiteral("RS256"), QStringLiteral("id1"))});
    m_server->setKeys(kAccess, {signingKey(QStringLiteral("ES256"), QStringLiteral("at1"))});
    const QString url = m_server->url().toString() + QStringLiteral("/.well-known/jwks.json");
    Run r = cli({QStringLiteral("audit"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("keys")).toInt(), 2);
    QCOMPARE(r.object().value(QStringLiteral("source")).toString(), url);

    // A server that publishes a symmetric key and a key twice under one kid.
    const QJsonObject oct{{QStringLiteral("kty"), QStringLiteral("oct")},
                          {QStringLiteral("kid"), QStringLiteral("hs")},
                          {QStringLiteral("k"), QStringLiteral("c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0")}};
    QJsonObject twin = publicOf(signingKey(QStringLiteral("ES256"), QStringLiteral("id1")));
    m_server->setPublishedBody(jwks({oct, publicOf(signingKey(QStringLiteral("RS256"), QStringLiteral("id1"))), twin}));
    r = cli({QStringLiteral("audit"), url});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY(r.codes().contains(QStringLiteral("symmetric-key")));
    QVERIFY(r.codes().contains(QStringLiteral("duplicate-kid")));

    // A body that is not a JWKS from a server that answered 200: unreadable input, exit 2.
    m_server->setPublishedBody("not json at all");
    r = cli({QStringLiteral("audit"), url});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));

    // remote:NAME: the profile's public URL; its token goes to the admin API only, never to the public URL.
    m_server->setPublishedBody({});
    addRemote();
    m_server->clearRequests();
    r = cli({QStringLiteral("audit"), QStringLiteral("remote:fake")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("source")).toString(), QStringLiteral("remote:fake"));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/.well-known/jwks.json"));
    QVERIFY(m_server->requests().first().authorization.isEmpty());
    r = cli({QStringLiteral("audit"), QStringLiteral("remote:nope")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("nope"), qPrintable(r.describe()));
}

void TestCliAudit::everyFindingServed()
{
    // Each published set with exactly one problem, served by the fake Hydra as its /.well-known/jwks.json; the first
    // also over https with a test CA.
    jwk::JsonWebKey es = audittest::makeKey(QStringLiteral("ES256"), QStringLiteral("es"));
    jwk::JsonWebKey rs = audittest::makeKey(QStringLiteral("RS256"), QStringLiteral("rs"));
    jwk::JsonWebKey ed = audittest::makeKey(QStringLiteral("EdDSA"), QStringLiteral("ed"));
    for (auto* k : {&es, &rs, &ed}) {
        k->setUse(QStringLiteral("sig"));
    }
    const QList<audittest::FindingCase> cases = audittest::findingCases(es, rs, ed);
    QVERIFY(cases.size() > 15);
    QSet<QString> seen;
    const QString url = m_server->url().toString() + QStringLiteral("/.well-known/jwks.json");
    for (const auto& c : cases) {
        m_server->setPublishedBody(c.body);
        const Run r = cli({QStringLiteral("audit"), url, QStringLiteral("--compact")});
        const QString what = c.name + QStringLiteral(": ") + r.describe();
        QVERIFY2(r.exitCode == (c.severity == QStringLiteral("error") ? 3 : 0), qPrintable(what));
        bool found = false;
        for (const auto& f : r.object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            found = found || (o.value(QStringLiteral("code")).toString() == c.code &&
                              o.value(QStringLiteral("severity")).toString() == c.severity &&
                              o.value(QStringLiteral("kid")).toString() == c.kid);
        }
        QVERIFY2(found, qPrintable(what));
        seen.insert(c.code);
    }
    // Every code but key-age (which needs history: recordAndChangesSinceLast) came from a served set.
    QCOMPARE(seen.size(), 11);

    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer secure;
    QVERIFY(secure.startTls(tls.serverCertificate, tls.serverKey) != 0);
    secure.setPublishedBody(cases.first().body);
    const Run r = cli({QStringLiteral("audit"), secure.url().toString() + QStringLiteral("/.well-known/jwks.json"),
                       QStringLiteral("--ca"), write(QStringLiteral("ca-served.pem"), tls.caPem)});
    QVERIFY2(r.exitCode == 3 && r.codes().contains(cases.first().code), qPrintable(r.describe()));
}

void TestCliAudit::httpsNeedsTheCa()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer secure;
    secure.setRsaBits(2048);
    QVERIFY(secure.startTls(tls.serverCertificate, tls.serverKey) != 0);
    secure.setKeys(kIdToken, {signingKey(QStringLiteral("ES256"), QStringLiteral("tls1"))});
    const QString url = secure.url().toString() + QStringLiteral("/.well-known/jwks.json");
    QVERIFY(url.startsWith(QStringLiteral("https://")));
    Run r = cli({QStringLiteral("audit"), url, QStringLiteral("--timeout"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 1 && r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("TLS") || r.err.contains("certificate"), qPrintable(r.describe()));
    const QString ca = write(QStringLiteral("ca.pem"), tls.caPem);
    r = cli({QStringLiteral("audit"), url, QStringLiteral("--ca"), ca});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("keys")).toInt(), 1);
}

void TestCliAudit::refusedAndUnreachable()
{
    // Plain http to another host: refused before anything is sent (input error).
    Run r = cli({QStringLiteral("audit"), QStringLiteral("http://jwks.example.com/.well-known/jwks.json")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("http"), qPrintable(r.describe()));
    // Nobody listening: a network failure, exit 1.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    r = cli({QStringLiteral("audit"), QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(port)});
    QVERIFY2(r.exitCode == 1 && r.out.isEmpty(), qPrintable(r.describe()));
    // A redirect is not followed: exit 1, naming where it points.
    QTcpServer redirecting;
    QVERIFY(redirecting.listen(QHostAddress::LocalHost));
    QObject::connect(&redirecting, &QTcpServer::newConnection, &redirecting, [&redirecting] {
        QTcpSocket* socket = redirecting.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 301 Moved Permanently\r\nLocation: https://cdn.example.com/jwks.json\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    r = cli({QStringLiteral("audit"), QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(redirecting.serverPort())});
    QVERIFY2(r.exitCode == 1 && r.err.contains("301") && r.err.contains("https://cdn.example.com/jwks.json") &&
                 !r.err.contains("admin URL"),
             qPrintable(r.describe()));
    // An HTTP error: also exit 1, with the status.
    r = cli({QStringLiteral("audit"), m_server->url().toString() + QStringLiteral("/no/such/path")});
    QVERIFY2(r.exitCode == 1 && r.err.contains("404"), qPrintable(r.describe()));
}

void TestCliAudit::againstALocalSet()
{
    const QJsonObject a = signingKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const QJsonObject b = signingKey(QStringLiteral("ES256"), QStringLiteral("b"));
    const QJsonObject c = signingKey(QStringLiteral("ES256"), QStringLiteral("c"));
    const QString local = write(QStringLiteral("local.json"), jwks({a, b}));
    Run r = cli({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("signing"), local});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // The same public keys: exit 0.
    r = cli({QStringLiteral("audit"), write(QStringLiteral("same.json"), jwks({publicOf(a), publicOf(b)})),
             QStringLiteral("--against"), QStringLiteral("signing")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject cmp = r.object().value(QStringLiteral("comparison")).toObject();
    QVERIFY(strings(cmp.value(QStringLiteral("published_not_here"))).isEmpty());
    // c published, b not, and a published under another alg: exit 3 with each list.
    QJsonObject a384 = publicOf(signingKey(QStringLiteral("ES384"), QStringLiteral("a")));
    r = cli({QStringLiteral("audit"), write(QStringLiteral("other.json"), jwks({a384, publicOf(c)})),
             QStringLiteral("--against"), QStringLiteral("signing"), QStringLiteral("--compact")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    cmp = r.object().value(QStringLiteral("comparison")).toObject();
    QCOMPARE(strings(cmp.value(QStringLiteral("published_not_here"))), QStringList{QStringLiteral("c")});
    QCOMPARE(strings(cmp.value(QStringLiteral("here_not_published"))), QStringList{QStringLiteral("b")});
    QCOMPARE(strings(cmp.value(QStringLiteral("different"))), QStringList{QStringLiteral("a")});
    r = cli({QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--against"), QStringLiteral("nope")},
            jwks({}));
    QVERIFY2(r.exitCode == 2 && r.err.contains("nope"), qPrintable(r.describe()));
}

void TestCliAudit::againstTheAdminApi()
{
    const QJsonObject id1 = signingKey(QStringLiteral("RS256"), QStringLiteral("id1"));
    const QJsonObject at1 = signingKey(QStringLiteral("ES256"), QStringLiteral("at1"));
    const QJsonObject extra = signingKey(QStringLiteral("ES256"), QStringLiteral("extra1"));
    m_server->setKeys(kIdToken, {id1});
    m_server->setKeys(kAccess, {at1});
    m_server->setKeys(QStringLiteral("broadcast"), {extra});
    m_server->setBroadcastSets({QStringLiteral("broadcast")});
    addRemote();
    // Without --set the broadcast set's key is published but not expected.
    Run r = cli(
        {QStringLiteral("audit"), QStringLiteral("remote:fake"), QStringLiteral("--remote"), QStringLiteral("fake")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QJsonObject cmp = r.object().value(QStringLiteral("comparison")).toObject();
    QCOMPARE(strings(cmp.value(QStringLiteral("published_not_here"))), QStringList{QStringLiteral("extra1")});
    // Naming it: exit 0; the admin API was asked with the token, the public URL without.
    m_server->clearRequests();
    r = cli({QStringLiteral("audit"), QStringLiteral("remote:fake"), QStringLiteral("--remote"), QStringLiteral("fake"),
             QStringLiteral("--set"), QStringLiteral("broadcast")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const auto& req : m_server->requests()) {
        if (req.path.startsWith(QStringLiteral("/admin/"))) {
            QCOMPARE(req.authorization, QByteArray("Bearer ") + kToken);
        } else {
            QVERIFY(req.authorization.isEmpty());
        }
    }
    // A key the admin API holds that a stale cache in front of the public port does not serve.
    m_server->setPublishedBody(jwks({publicOf(id1), publicOf(extra)}));
    r = cli({QStringLiteral("audit"), QStringLiteral("remote:fake"), QStringLiteral("--remote"), QStringLiteral("fake"),
             QStringLiteral("--set"), QStringLiteral("broadcast")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    cmp = r.object().value(QStringLiteral("comparison")).toObject();
    QCOMPARE(strings(cmp.value(QStringLiteral("here_not_published"))), QStringList{QStringLiteral("at1")});
    // The admin API failing is a network failure.
    m_server->setPublishedBody({});
    m_server->failNext(10, 503, 1);
    r = cli(
        {QStringLiteral("audit"), QStringLiteral("remote:fake"), QStringLiteral("--remote"), QStringLiteral("fake")});
    QVERIFY2(r.exitCode == 1 && r.err.contains("503"), qPrintable(r.describe()));
}

void TestCliAudit::recordAndChangesSinceLast()
{
    m_server->setKeys(kIdToken, {signingKey(QStringLiteral("RS256"), QStringLiteral("old"))});
    const QString url = m_server->url().toString() + QStringLiteral("/.well-known/jwks.json");
    Run r = cli({QStringLiteral("audit"), url, QStringLiteral("--record")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.object().value(QStringLiteral("changes_since_last")).isNull());
    // Hydra rotates: a new key on top, the old one still published; then the old one is removed.
    QList<QJsonObject> keys = m_server->keys(kIdToken);
    keys.prepend(signingKey(QStringLiteral("RS256"), QStringLiteral("new")));
    m_server->setKeys(kIdToken, keys);
    r = cli({QStringLiteral("audit"), url, QStringLiteral("--record")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject changes = r.object().value(QStringLiteral("changes_since_last")).toObject();
    QCOMPARE(strings(changes.value(QStringLiteral("added"))), QStringList{QStringLiteral("new")});
    QVERIFY(strings(changes.value(QStringLiteral("removed"))).isEmpty());
    m_server->setKeys(kIdToken, {keys.first()});
    r = cli({QStringLiteral("audit"), url, QStringLiteral("--max-age"), QStringLiteral("0")});
    changes = r.object().value(QStringLiteral("changes_since_last")).toObject();
    QCOMPARE(strings(changes.value(QStringLiteral("removed"))), QStringList{QStringLiteral("old")});
    QVERIFY(strings(changes.value(QStringLiteral("added"))).isEmpty());
    // --max-age 0: every key seen before now is older than allowed (a warning, exit 0).
    QCOMPARE(r.codes(), QStringList{QStringLiteral("key-age")});
    QCOMPARE(r.exitCode, 0);
    // Other sources keep their own record.
    const QString file = write(QStringLiteral("f.json"), jwks({}));
    r = cli({QStringLiteral("audit"), file});
    QVERIFY(r.object().value(QStringLiteral("changes_since_last")).isNull());
    auto store =
        KeyStore::open(m_storePath, jwk::SystemSecret::fromEnvironmentValue("audit-cli-secret-0123456789abcdef"));
    QCOMPARE(store->snapshots().sources(), QStringList{url});
}

void TestCliAudit::usageErrors()
{
    Run r = cli({QStringLiteral("audit")});
    QVERIFY2(r.exitCode == 64 && r.err.contains("audit SOURCE"), qPrintable(r.describe()));
    r = cli({QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--against"), QStringLiteral("s"),
             QStringLiteral("--remote"), QStringLiteral("r")});
    QCOMPARE(r.exitCode, 64);
    r = cli({QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--set"), QStringLiteral("s")});
    QCOMPARE(r.exitCode, 64);
    r = cli({QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--max-age"), QStringLiteral("soon")});
    QCOMPARE(r.exitCode, 64);
    r = cli({QStringLiteral("help"), QStringLiteral("audit")});
    QVERIFY(r.exitCode == 0 && r.out.contains("private-material") && r.out.contains("--record"));
}

void TestCliAudit::cleanSetsInteroperate()
{
    // Random clean sets of every key type the audit passes are read by jwcrypto and by the jose CLI.
    QList<QJsonObject> keys;
    for (const auto& alg : {QStringLiteral("RS256"), QStringLiteral("PS384"), QStringLiteral("ES256"),
                            QStringLiteral("ES384"), QStringLiteral("ES512"), QStringLiteral("EdDSA")}) {
        keys << publicOf(signingKey(alg, QStringLiteral("k-") + alg));
    }
    const QString path = write(QStringLiteral("interop.json"), jwks(keys));
    const Run r = cli({QStringLiteral("audit"), path});
    QVERIFY2(r.exitCode == 0 && r.object().value(QStringLiteral("findings")).toArray().isEmpty(),
             qPrintable(r.describe()));
    const jwktest::ProcessRun py = jwktest::runProcess(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys; from jwcrypto import jwk; s = jwk.JWKSet.from_json(open(sys.argv[1]).read()); "
                        "print(len(s['keys']), sorted(k.get('kid') for k in s['keys']))"),
         path});
    QVERIFY2(py.exitCode == 0, qPrintable(py.describe()));
    QVERIFY2(py.out.startsWith("6 "), qPrintable(py.describe()));
    // The jose CLI computes each key's thumbprint (it rejects keys it cannot read).
    const jwktest::ProcessRun jose = jwktest::runProcess(
        QStringLiteral("jose"), {QStringLiteral("jwk"), QStringLiteral("thp"), QStringLiteral("-i"), path});
    QVERIFY2(jose.exitCode == 0, qPrintable(jose.describe()));
    QCOMPARE(jose.out.trimmed().split('\n').size(), 6);
}

QTEST_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
