// jwkman-cli remote as scripts use it: the built binary (JWKMAN_CLI_PATH) against a fake Hydra admin API served
// from this process. The test waits for the CLI with an event loop (QProcess::start and the finished signal, never
// waitForFinished), so that the server keeps answering meanwhile. Covers remote add/list/remove (the token never
// printed, http to other hosts refused with exit 2), pull (difference only, then --yes), diff, push of a key and
// of a set, generate, delete (exit 64 without --yes), the three rotation steps, every command with --url instead
// of NAME, and server errors (exit 1, one line on stderr with the HTTP status and Hydra's words).

#include "FakeHydraServer.h"
#include "ProcessRun.h"
#include "RemoteTestUtil.h"
#include "store/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using jwk::JsonWebKey;
using jwk::KeyStore;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QByteArray kToken = "ory_pat_cli-T0KEN-never-printed";
const QByteArray kHeaderValue = "hdr-S3CRET-never-printed";
const QString kIdToken = QStringLiteral("hydra.openid.id-token");

// What jwkman-cli did, with its standard output read as JSON.
struct Run : jwktest::ProcessRun
{
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

#define VERIFY_OK(run)                                                                                                 \
    do {                                                                                                               \
        const Run r_ = (run);                                                                                          \
        QVERIFY2(r_.finished, qPrintable("jwkman-cli did not finish in time or crashed: " + r_.describe()));           \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.describe()));                                                         \
    } while (false)

// exit code, nothing on stdout, one line on stderr starting "jwkman-cli: "
#define VERIFY_ONE_LINE_ERROR(run, code)                                                                               \
    do {                                                                                                               \
        const Run r_ = (run);                                                                                          \
        QVERIFY2(r_.finished, qPrintable("jwkman-cli did not finish in time or crashed: " + r_.describe()));           \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.describe()));                                                    \
        QVERIFY2(r_.out.isEmpty(), qPrintable(r_.describe()));                                                         \
        QVERIFY2(r_.err.startsWith("jwkman-cli: "), qPrintable(r_.describe()));                                        \
        QVERIFY2(r_.err.endsWith('\n') && r_.err.count('\n') == 1, qPrintable(r_.describe()));                         \
    } while (false)

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray()) {
        out << e.toString();
    }
    return out;
}

QString serverSigner(const QList<QJsonObject>& newestFirst)
{
    for (const auto& k : newestFirst) {
        if (k.contains(QStringLiteral("d"))) {
            return k.value(QStringLiteral("kid")).toString();
        }
    }
    return {};
}

} // namespace

class TestCliRemote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addListRemove();
    void addRefusesPlainHttpToOtherHosts();
    void pullWithoutYesChangesNothing();
    void pullYesAppliesAndDiff();
    void pushKey();
    void pushSet();
    void generate();
    void deleteNeedsYes();
    void rotate();
    void activateWaitsForTheOverlap();
    void activateAfterTheOverlap();
    void pullDuringRotationKeepsThePrivateKey();
    void activateChecksWhatHydraSignsWith();
    void retireOnlyWhenTheActivatedKeySigns();
    void everyCommandWithUrl();
    void serverErrors();
    void httpsNeedsTheCa();
    void mutualTls();

private:
    Run cli(const QStringList& args, int waitMs = 60000);
    std::unique_ptr<KeyStore> store() const;
    void addRemote(const QString& name = QStringLiteral("fake"), const QStringList& sets = {});
    QString m_storePath;
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
};

void TestCliRemote::initTestCase()
{
    setUpEnvironment();
    QVERIFY(QFile::exists(QStringLiteral(JWKMAN_CLI_PATH)));
}

void TestCliRemote::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_storePath = m_dir->filePath(QStringLiteral("jwkman.sqlite"));
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
}

void TestCliRemote::cleanup()
{
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

Run TestCliRemote::cli(const QStringList& args, int waitMs)
{
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.insert(QStringLiteral("JWKMAN_STORE"), m_storePath);
    options.env.remove(QStringLiteral("SECRETS_SYSTEM"));
    options.waitMs = waitMs;
    options.serveEvents = true; // the fake server lives in this thread and must answer meanwhile
    return Run{jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options)};
}

std::unique_ptr<KeyStore> TestCliRemote::store() const
{
    return KeyStore::open(m_storePath);
}

void TestCliRemote::addRemote(const QString& name, const QStringList& sets)
{
    QStringList args = {QStringLiteral("remote"), QStringLiteral("add"), name, m_server->url().toString()};
    for (const auto& s : sets) {
        args << QStringLiteral("--set") << s;
    }
    const Run r = cli(args);
    VERIFY_OK(r);
}

// --- profiles --------------------------------------------------------------------------------------------

void TestCliRemote::addListRemove()
{
    const QString tokenFile = m_dir->filePath(QStringLiteral("token"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kToken + "\n");
    f.close();

    Run r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("prod"), m_server->url().toString(),
                 QStringLiteral("--token-file"), tokenFile, QStringLiteral("--header"),
                 QStringLiteral("X-Proxy-Auth: ") + QString::fromLatin1(kHeaderValue), QStringLiteral("--set"),
                 QStringLiteral("a"), QStringLiteral("--set"), QStringLiteral("b")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("added")).toString(), QStringLiteral("prod"));
    QCOMPARE(stringList(r.object().value(QStringLiteral("sets"))), (QStringList{QStringLiteral("a"), "b"}));
    QVERIFY2(r.object().value(QStringLiteral("transport")).toString().contains(QStringLiteral("unencrypted")),
             qPrintable(r.describe()));
    QVERIFY(!r.out.contains(kToken) && !r.err.contains(kToken));
    QVERIFY(m_server->requests().isEmpty()); // adding does not connect

    r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("cloud"),
             QStringLiteral("https://project.projects.oryapis.com")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("transport")).toString(), QStringLiteral("https"));

    r = cli({QStringLiteral("remote"), QStringLiteral("list")});
    VERIFY_OK(r);
    const QJsonArray list = r.json().toArray();
    QCOMPARE(list.size(), 2);
    QJsonObject prod;
    for (const auto& v : list) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("prod")) {
            prod = v.toObject();
        }
    }
    QCOMPARE(prod.value(QStringLiteral("url")).toString(), m_server->url().toString());
    QCOMPARE(stringList(prod.value(QStringLiteral("sets"))), (QStringList{QStringLiteral("a"), "b"}));
    QVERIFY2(prod.value(QStringLiteral("auth")).toString().contains(QStringLiteral("bearer token")),
             qPrintable(r.describe()));
    QVERIFY2(prod.value(QStringLiteral("auth")).toString().contains(QStringLiteral("X-Proxy-Auth")),
             qPrintable(r.describe()));
    // the list never prints the token nor header values
    QVERIFY(!r.out.contains(kToken));
    QVERIFY(!r.out.contains(kHeaderValue));
    QVERIFY(!r.err.contains(kToken));
    // and the store keeps them encrypted
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile db(m_storePath + suffix);
        if (db.open(QIODevice::ReadOnly)) {
            const QByteArray content = db.readAll();
            QVERIFY2(!content.contains(kToken), qPrintable(m_storePath + suffix));
            QVERIFY2(!content.contains(kHeaderValue), qPrintable(m_storePath + suffix));
        }
    }
    // the stored token is sent
    m_server->setKeys(QStringLiteral("a"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("k"))});
    m_server->setKeys(QStringLiteral("b"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("k"))});
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("prod")});
    VERIFY_OK(r);
    QCOMPARE(m_server->requests().size(), 2);
    for (const auto& request : m_server->requests()) {
        QCOMPARE(request.authorization, QByteArray("Bearer ") + kToken);
    }

    // options given with NAME apply to that command: a token file for a remote saved without one
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("plain"), m_server->url().toString(),
                   QStringLiteral("--set"), QStringLiteral("a")}));
    m_server->clearRequests();
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("plain")});
    VERIFY_OK(r);
    QVERIFY(m_server->requests().last().authorization.isEmpty());
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("plain"), QStringLiteral("--token-file"),
             tokenFile, QStringLiteral("--header"), QStringLiteral("X-Extra: 1")});
    VERIFY_OK(r);
    QCOMPARE(m_server->requests().last().authorization, QByteArray("Bearer ") + kToken);
    bool extra = false;
    const auto headers = m_server->requests().last().headers; // a copy: requests() returns a temporary list
    for (const auto& [name, value] : headers) {
        extra |= name.compare("X-Extra", Qt::CaseInsensitive) == 0 && value == "1";
    }
    QVERIFY(extra);
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("plain")}));

    r = cli({QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("prod")});
    VERIFY_OK(r);
    r = cli({QStringLiteral("remote"), QStringLiteral("list")});
    VERIFY_OK(r);
    QCOMPARE(r.json().toArray().size(), 1);
    QCOMPARE(r.json().toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("cloud"));
    // a removed remote is no longer there to use
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("prod")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("prod"), qPrintable(r.describe()));
}

void TestCliRemote::addRefusesPlainHttpToOtherHosts()
{
    for (const QString& url : {QStringLiteral("http://example.com"), QStringLiteral("http://10.0.0.7:4445")}) {
        const Run r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("bad"), url});
        VERIFY_ONE_LINE_ERROR(r, 2);
        QVERIFY2(r.err.contains("plain http"), qPrintable(r.describe()));
    }
    // nothing was saved
    Run r = cli({QStringLiteral("remote"), QStringLiteral("list")});
    VERIFY_OK(r);
    QCOMPARE(r.json().toArray().size(), 0);
    // loopback http in its various spellings is accepted, and marked
    for (const QString& url : {QStringLiteral("http://localhost:4445"), QStringLiteral("http://[::1]:4445"),
                               QStringLiteral("http://127.5.5.5:4445")}) {
        r = cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("lo"), url});
        VERIFY_OK(r);
        QVERIFY2(r.object().value(QStringLiteral("transport")).toString().contains(QStringLiteral("unencrypted")),
                 qPrintable(r.describe()));
    }
    // a one-off --url is held to the same policy
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("--url"),
             QStringLiteral("http://example.com"), QStringLiteral("--set"), QStringLiteral("s")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("plain http"), qPrintable(r.describe()));
}

// --- pull and diff -----------------------------------------------------------------------------------------

void TestCliRemote::pullWithoutYesChangesNothing()
{
    addRemote(QStringLiteral("fake"), {QStringLiteral("s1"), QStringLiteral("s2")});
    m_server->setKeys(QStringLiteral("s1"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                             makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    m_server->setKeys(QStringLiteral("s2"), {makeJwk(QStringLiteral("EdDSA"), QStringLiteral("c"))});
    const QByteArray before = [&] {
        QFile f(m_storePath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const Run r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake")});
    VERIFY_OK(r);
    const QJsonObject out = r.object();
    QCOMPARE(out.value(QStringLiteral("applied")).toBool(), false);
    const QJsonArray sets = out.value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0].toObject().value(QStringLiteral("set")).toString(), QStringLiteral("s1"));
    QCOMPARE(stringList(sets[0].toObject().value(QStringLiteral("added"))), (QStringList{QStringLiteral("a"), "b"}));
    QCOMPARE(sets[0].toObject().value(QStringLiteral("signing_key")).toObject().value(QStringLiteral("remote")),
             QJsonValue(QStringLiteral("a")));
    QCOMPARE(stringList(sets[1].toObject().value(QStringLiteral("added"))), QStringList{QStringLiteral("c")});
    QVERIFY2(r.err.contains("--yes"), qPrintable(r.describe()));
    QCOMPARE(r.err.count('\n'), 1);
    // nothing applied
    const auto s = store();
    QVERIFY(s->keySets().isEmpty());
    s->checkpoint();
    QFile f(m_storePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCliRemote::pullYesAppliesAndDiff()
{
    addRemote(QStringLiteral("fake"), {QStringLiteral("s1"), QStringLiteral("missing")});
    m_server->setKeys(QStringLiteral("s1"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                             makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    Run r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("applied")).toBool(), true);
    const QJsonArray sets = r.object().value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets[1].toObject().value(QStringLiteral("remote_missing")).toBool(), true);
    // "missing" is on neither side: pull says so (and applies the rest)
    QVERIFY2(r.err.contains("key set missing: on neither"), qPrintable(r.describe()));
    {
        const auto s = store();
        QCOMPARE(kidsOf(s->loadKeys(QStringLiteral("s1"), true)), (QStringList{QStringLiteral("a"), "b"}));
        QCOMPARE(s->signingKid(QStringLiteral("s1")), QStringLiteral("a"));
        QVERIFY(!s->keySet(QStringLiteral("missing")));
    }
    // diff of the tracked sets fails on that set (exit 2); the server gets it in the store, and diff is fine
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("fake")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("key set missing: on neither"), qPrintable(r.describe()));
    m_server->setKeys(QStringLiteral("missing"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("m"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--set"),
                   QStringLiteral("missing"), QStringLiteral("--yes")}));
    m_server->setKeys(QStringLiteral("missing"), {});
    // diff: in step now (s1 unchanged, "missing" only here); then a remote change shows up, and --set narrows it down
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("fake")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("sets")).toArray()[0].toObject().value(QStringLiteral("unchanged")), 2);
    QVERIFY(r.err.isEmpty());
    const QJsonObject c = makeJwk(QStringLiteral("ES256"), QStringLiteral("c"));
    m_server->setKeys(QStringLiteral("s1"), {c, makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_server->clearRequests();
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("fake"), QStringLiteral("--set"),
             QStringLiteral("s1")});
    VERIFY_OK(r);
    const QJsonObject s1 = r.object().value(QStringLiteral("sets")).toArray()[0].toObject();
    QCOMPARE(r.object().value(QStringLiteral("sets")).toArray().size(), 1);
    QCOMPARE(stringList(s1.value(QStringLiteral("added"))), QStringList{QStringLiteral("c")});
    QCOMPARE(stringList(s1.value(QStringLiteral("removed"))), QStringList{QStringLiteral("b")});
    QCOMPARE(s1.value(QStringLiteral("signing_key")).toObject().value(QStringLiteral("local")),
             QJsonValue(QStringLiteral("a")));
    QCOMPARE(s1.value(QStringLiteral("signing_key")).toObject().value(QStringLiteral("remote")),
             QJsonValue(QStringLiteral("c")));
    QCOMPARE(m_server->requests().size(), 1);
    QString aLocalThumbprint;
    {
        // by kid and thumbprint: "a" was replaced by another key under the same kid, "c" is new, "b" gone
        const auto s = store();
        QCOMPARE(kidsOf(s->loadKeys(QStringLiteral("s1"), true)), (QStringList{QStringLiteral("a"), "b"}));
        QCOMPARE(stringList(s1.value(QStringLiteral("changed"))), QStringList{QStringLiteral("a")});
        QMap<QString, QJsonObject> changes;
        for (const auto& v : s1.value(QStringLiteral("changes")).toArray()) {
            changes.insert(v.toObject().value(QStringLiteral("kid")).toString(), v.toObject());
        }
        QCOMPARE(changes.keys(), (QStringList{QStringLiteral("a"), "b", "c"}));
        QCOMPARE(changes["c"].value(QStringLiteral("change")).toString(), QStringLiteral("added"));
        QCOMPARE(changes["c"].value(QStringLiteral("remote_thumbprint")).toString(),
                 JsonWebKey::fromJson(c).thumbprint());
        QVERIFY(changes["c"].value(QStringLiteral("local_thumbprint")).isNull());
        QCOMPARE(changes["b"].value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
        QCOMPARE(changes["b"].value(QStringLiteral("local_thumbprint")).toString(),
                 s->keyInfo(QStringLiteral("s1"), QStringLiteral("b"))->thumbprint);
        QCOMPARE(changes["a"].value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QVERIFY(changes["a"].value(QStringLiteral("local_thumbprint")) !=
                changes["a"].value(QStringLiteral("remote_thumbprint")));
        QCOMPARE(changes["a"].value(QStringLiteral("remote_private")).toBool(), true);
        aLocalThumbprint = changes["a"].value(QStringLiteral("local_thumbprint")).toString();
    }
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--set"),
             QStringLiteral("s1"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    const auto s = store();
    QCOMPARE(kidsOf(s->loadKeys(QStringLiteral("s1"), true)), (QStringList{QStringLiteral("c"), "a"}));
    bool trashed = false;
    for (const auto& t : s->trash().entries()) {
        trashed |= t.setName == QStringLiteral("s1") && t.kid == QStringLiteral("b");
    }
    QVERIFY(trashed);
    // The private key that "a" was here is not lost: it is in the trash under a new kid, and restores private.
    QString replaced;
    for (const auto& t : s->trash().entries()) {
        if (t.setName == QStringLiteral("s1") && t.kid.startsWith(QStringLiteral("a~replaced-"))) {
            replaced = t.kid;
        }
    }
    QVERIFY2(!replaced.isEmpty(), "the replaced private key is not in the trash");
    s->trash().restoreKey(QStringLiteral("s1"), replaced);
    const JsonWebKey earlier = s->loadKey(QStringLiteral("s1"), replaced);
    QVERIFY(earlier.isPrivate());
    QCOMPARE(earlier.thumbprint(), aLocalThumbprint);
}

// --- push --------------------------------------------------------------------------------------------------

void TestCliRemote::pushKey()
{
    addRemote();
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("remote"))});
    const JsonWebKey mine = makeKey(QStringLiteral("ES256"), QStringLiteral("mine"));
    store()->addKeys(kIdToken, {mine});
    m_server->clearRequests();

    Run r = cli(
        {QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), kIdToken, QStringLiteral("mine")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("sent")).toBool(), false);
    QCOMPARE(r.object().value(QStringLiteral("becomes_signing_key")).toBool(), true);
    QVERIFY2(r.err.contains("signs with") && r.err.contains("--yes"), qPrintable(r.describe()));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{QStringLiteral("remote")});

    r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), kIdToken, QStringLiteral("mine"),
             QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("sent")).toBool(), true);
    QVERIFY(!r.out.contains("\"d\""));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("mine"), "remote"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("mine"));
    QVERIFY(JsonWebKey::fromJson(m_server->keys(kIdToken).first()).sameKeyAs(mine));

    // warnings come before sending: a key without alg
    JsonWebKey noAlg = makeKey(QStringLiteral("ES256"), QStringLiteral("no-alg"));
    noAlg.removeMember(QStringLiteral("alg"));
    store()->addKeys(QStringLiteral("other"), {noAlg});
    r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), QStringLiteral("other"),
             QStringLiteral("no-alg"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains("warning") && r.err.contains("alg"), qPrintable(r.describe()));
}

void TestCliRemote::pushSet()
{
    addRemote();
    const JsonWebKey k1 = makeKey(QStringLiteral("ES256"), QStringLiteral("k1"));
    const JsonWebKey k2 = makeKey(QStringLiteral("ES256"), QStringLiteral("k2"));
    const JsonWebKey k3 = makeKey(QStringLiteral("ES256"), QStringLiteral("k3"));
    store()->addKeys(kIdToken, {k3.publicKey(), k2, k1});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("remote-only"))});

    Run r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), kIdToken});
    VERIFY_OK(r);
    QCOMPARE(stringList(r.object().value(QStringLiteral("send_in_order"))),
             (QStringList{QStringLiteral("k1"), "k2", "k3"}));
    QCOMPARE(stringList(r.object().value(QStringLiteral("remote_deletions"))),
             QStringList{QStringLiteral("remote-only")});
    QCOMPARE(r.object().value(QStringLiteral("signing_key_after")).toString(), QStringLiteral("k2"));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toBool(), false);
    QVERIFY2(r.err.contains("deletes 1 remote key") && r.err.contains("--yes"), qPrintable(r.describe()));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{QStringLiteral("remote-only")});

    r = cli(
        {QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), kIdToken, QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("sent")).toBool(), true);
    // the server's newest-first order is the local one
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("k3"), "k2", "k1"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("k2"));

    // an empty set is refused unless --allow-empty
    store()->createKeySet(QStringLiteral("empty"));
    m_server->setKeys(QStringLiteral("empty"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("x"))});
    r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), QStringLiteral("empty"),
             QStringLiteral("--yes")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("empty"), qPrintable(r.describe()));
    QCOMPARE(m_server->keys(QStringLiteral("empty")).size(), 1);
    r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("fake"), QStringLiteral("empty"),
             QStringLiteral("--yes"), QStringLiteral("--allow-empty")});
    VERIFY_OK(r);
    QVERIFY(m_server->keys(QStringLiteral("empty")).isEmpty());
}

// --- generate and delete -----------------------------------------------------------------------------------

void TestCliRemote::generate()
{
    addRemote();
    Run r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--kid"), QStringLiteral("g1")});
    VERIFY_OK(r);
    const QJsonObject printed = r.object();
    QCOMPARE(printed.value(QStringLiteral("kid")).toString(), QStringLiteral("g1"));
    QVERIFY(!printed.contains(QStringLiteral("d"))); // the public part only
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{QStringLiteral("g1")});
    {
        const auto s = store();
        const JsonWebKey local = s->loadKey(kIdToken, QStringLiteral("g1"));
        QVERIFY(local.isPrivate());
        QVERIFY(local.sameKeyAs(JsonWebKey::fromJson(m_server->keys(kIdToken).first())));
    }
    // RS256 with the fake at 2048 bits; --use enc
    r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), QStringLiteral("enc-set"),
             QStringLiteral("--alg"), QStringLiteral("RS256"), QStringLiteral("--use"), QStringLiteral("enc")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("use")).toString(), QStringLiteral("enc"));
    QCOMPARE(QByteArray::fromBase64(r.object().value(QStringLiteral("n")).toString().toLatin1(),
                                    QByteArray::Base64UrlEncoding)
                 .size(),
             256);
    // what Hydra does not generate is refused before sending
    m_server->clearRequests();
    for (const QString& alg : {QStringLiteral("HS256"), QStringLiteral("rs256")}) {
        r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--alg"), alg});
        VERIFY_ONE_LINE_ERROR(r, 2);
        QVERIFY2(r.err.contains("EdDSA"), qPrintable(r.describe()));
    }
    r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), kIdToken});
    VERIFY_ONE_LINE_ERROR(r, 64);
    r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--use"), QStringLiteral("test")});
    VERIFY_ONE_LINE_ERROR(r, 64);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliRemote::deleteNeedsYes()
{
    addRemote();
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    Run r = cli({QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("fake"), QStringLiteral("s"),
                 QStringLiteral("a")});
    VERIFY_ONE_LINE_ERROR(r, 64);
    QVERIFY2(r.err.contains("--yes"), qPrintable(r.describe()));
    r = cli({QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("fake"), QStringLiteral("s")});
    VERIFY_ONE_LINE_ERROR(r, 64);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->keys(QStringLiteral("s")).size(), 2);

    r = cli({QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("fake"), QStringLiteral("s"),
             QStringLiteral("a"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    r = cli({QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("fake"), QStringLiteral("s"),
             QStringLiteral("--yes")});
    VERIFY_OK(r);
    QVERIFY(m_server->sets().isEmpty());
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s"));
}

// --- rotation ----------------------------------------------------------------------------------------------

void TestCliRemote::rotate()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));

    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("activate")});
    VERIFY_ONE_LINE_ERROR(r, 2);
    QVERIFY2(r.err.contains("--step publish"), qPrintable(r.describe()));

    // --plan: the remote set and what the step would do, nothing changed here or there
    const auto keysBefore = m_server->keys(kIdToken);
    const int requestsBefore = int(m_server->requests().size());
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("publish"), QStringLiteral("--plan")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("applied")).toBool(true), false);
    QVERIFY2(r.object().value(QStringLiteral("action")).toString().contains(QStringLiteral("old keeps signing")),
             qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("remote_before")).toArray().size(), 1);
    QVERIFY2(r.err.contains("old (signing)") && r.err.contains("would generate a new ES256 key"),
             qPrintable(r.describe()));
    QCOMPARE(m_server->keys(kIdToken), keysBefore);
    QCOMPARE(int(m_server->requests().size()), requestsBefore + 1); // the one GET
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));
    QVERIFY(!store()->rotations().find(QStringLiteral("fake"), kIdToken));
    QCOMPARE(store()->keys(kIdToken).size(), 1);

    // the step itself prints the remote state before it acts
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains("now: old (signing)") && r.err.contains("about to generate"), qPrintable(r.describe()));
    QCOMPARE(r.object().value(QStringLiteral("applied")).toBool(), true);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(r.object().value(QStringLiteral("old_kid")).toString(), QStringLiteral("old"));
    QVERIFY(r.object().contains(QStringLiteral("remote_before")));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "old"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("old"));

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate"), QStringLiteral("--plan")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains(QStringLiteral("would push the private key %1").arg(fresh).toUtf8()),
             qPrintable(r.describe()));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("old"));
    QCOMPARE(store()->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Published);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    VERIFY_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("new_kid")).toString(), fresh);
    QVERIFY2(r.err.contains(QStringLiteral("%1, old (signing)").arg(fresh).toUtf8()), qPrintable(r.describe()));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("retire")});
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{fresh});
    const auto s = store();
    QVERIFY(!s->keyInfo(kIdToken, QStringLiteral("old")));
    QCOMPARE(s->signingKid(kIdToken), fresh);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("sideways")});
    VERIFY_ONE_LINE_ERROR(r, 64);
}

// Issue 15: an activation sooner than the set's policy's overlap after publishing is refused without a terminal and
// without --yes (exit 2, nothing pushed, the way on said), shown by --plan, and goes ahead with --yes.
void TestCliRemote::activateWaitsForTheOverlap()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    VERIFY_OK(cli({QStringLiteral("policy"), kIdToken, QStringLiteral("--rotate-every"), QStringLiteral("90"),
                   QStringLiteral("--overlap"), QStringLiteral("7")}));
    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    const auto keysAfterPublish = m_server->keys(kIdToken);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("7 day(s) between publishing and activating") && r.err.contains("--yes") &&
                 r.err.contains("not activated") && r.err.contains("Nothing was pushed"),
             qPrintable(r.describe()));
    QCOMPARE(m_server->keys(kIdToken), keysAfterPublish);
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("old"));
    QCOMPARE(store()->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Published);

    // --plan shows the step with the warning, and changes nothing.
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate"), QStringLiteral("--plan")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains("warning: ") && r.err.contains("would push the private key"), qPrintable(r.describe()));
    QCOMPARE(m_server->keys(kIdToken), keysAfterPublish);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains("7 day(s) between publishing and activating"), qPrintable(r.describe()));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
    QCOMPARE(store()->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Activated);
}

// The overlap counts from the publication kept (sealed) in the store: once it has passed, activate goes ahead without
// a word. The publication is moved back through the store's own API, as if it had happened 7 days and a minute ago.
void TestCliRemote::activateAfterTheOverlap()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    VERIFY_OK(cli({QStringLiteral("policy"), kIdToken, QStringLiteral("--rotate-every"), QStringLiteral("90"),
                   QStringLiteral("--overlap"), QStringLiteral("7")}));
    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    {
        const auto s = store();
        auto state = *s->rotations().find(QStringLiteral("fake"), kIdToken);
        state.updated = QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60);
        s->rotations().save(state);
    }
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    VERIFY_OK(r);
    QVERIFY2(!r.err.contains("warning"), qPrintable(r.describe()));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
}

// Issue 11 #2: after publish, a pull saw the new key as public only and replaced the local private key with it;
// activate then pushed a public key and reported success, and retire deleted Hydra's only private key.
void TestCliRemote::pullDuringRotationKeepsThePrivateKey()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    const QString freshThumbprint = store()->keyInfo(kIdToken, fresh)->thumbprint;

    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QVERIFY2(r.err.contains(QStringLiteral("%1/%2: kept local private key").arg(kIdToken, fresh).toUtf8()),
             qPrintable(r.describe()));
    const QJsonObject set = r.object().value(QStringLiteral("sets")).toArray()[0].toObject();
    QCOMPARE(stringList(set.value(QStringLiteral("kept_local_private"))), QStringList{fresh});
    QVERIFY(store()->loadKey(kIdToken, fresh).isPrivate());
    QCOMPARE(store()->keyInfo(kIdToken, fresh)->thumbprint, freshThumbprint);

    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    VERIFY_OK(r);
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
    QVERIFY(m_server->keys(kIdToken).first().contains(QStringLiteral("d")));
    // A pull now: both sides hold the private key, and "old" is still there.
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    QVERIFY(store()->loadKey(kIdToken, fresh).isPrivate());
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("retire")});
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{fresh});
    QVERIFY(m_server->keys(kIdToken).first().contains(QStringLiteral("d")));
    // The retired key is in the local trash, private and restorable.
    const auto s = store();
    bool oldInTrash = false;
    for (const auto& t : s->trash().entries()) {
        oldInTrash |= t.setName == kIdToken && t.kid == QStringLiteral("old");
    }
    QVERIFY(oldInTrash);
    s->trash().restoreKey(kIdToken, QStringLiteral("old"));
    QVERIFY(s->loadKey(kIdToken, QStringLiteral("old")).isPrivate());
}

// activate checks afterwards (GET) that Hydra signs with the pushed private key; a server that says yes and did not
// store it leaves the rotation at "published", and retire is refused.
void TestCliRemote::activateChecksWhatHydraSignsWith()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    m_server->dropWritesNext(1);
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("does not sign with it now (its signer is old)"), qPrintable(r.describe()));
    QCOMPARE(store()->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Published);
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("retire")});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "old"}));
    // Tried again against an honest server, it activates.
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("activate")});
    VERIFY_OK(r);
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
}

// retire deletes the old key only while Hydra signs with the activated one.
void TestCliRemote::retireOnlyWhenTheActivatedKeySigns()
{
    addRemote(QStringLiteral("fake"), {kIdToken});
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")}));
    Run r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                 QStringLiteral("--step"), QStringLiteral("publish")});
    VERIFY_OK(r);
    const QString fresh = r.object().value(QStringLiteral("new_kid")).toString();
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
                   QStringLiteral("--step"), QStringLiteral("activate")}));
    // Someone else put a newer private key into the set on the server: it signs now.
    QList<QJsonObject> keys = m_server->keys(kIdToken);
    keys.prepend(makeJwk(QStringLiteral("ES256"), QStringLiteral("intruder")));
    m_server->setKeys(kIdToken, keys);
    r = cli({QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("fake"), kIdToken,
             QStringLiteral("--step"), QStringLiteral("retire")});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("signs with intruder, not with the activated key"), qPrintable(r.describe()));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("intruder"), fresh, "old"}));
    QVERIFY(store()->keyInfo(kIdToken, QStringLiteral("old")));
}

// --- --url instead of NAME ---------------------------------------------------------------------------------

void TestCliRemote::everyCommandWithUrl()
{
    const QString url = m_server->url().toString();
    const QStringList base = {QStringLiteral("--url"), url};
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});

    Run r = cli(
        QStringList{QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--set"), QStringLiteral("s")} +
        base);
    VERIFY_OK(r);
    QCOMPARE(
        stringList(r.object().value(QStringLiteral("sets")).toArray()[0].toObject().value(QStringLiteral("added"))),
        QStringList{QStringLiteral("a")});
    r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("--set"), QStringLiteral("s"),
                        QStringLiteral("--yes")} +
            base);
    VERIFY_OK(r);
    QCOMPARE(kidsOf(store()->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("a")});

    r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("s"),
                        QStringLiteral("--alg"), QStringLiteral("EdDSA"), QStringLiteral("--kid"),
                        QStringLiteral("g")} +
            base);
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), (QStringList{QStringLiteral("g"), "a"}));

    store()->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("ES256"), QStringLiteral("p"))});
    r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("s"), QStringLiteral("p"),
                        QStringLiteral("--yes")} +
            base);
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))).first(), QStringLiteral("p"));
    r = cli(
        QStringList{QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("s"), QStringLiteral("--yes")} +
        base);
    VERIFY_OK(r);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), kidsOf(store()->loadKeys(QStringLiteral("s"), false)));

    for (const QString& step : {QStringLiteral("publish"), QStringLiteral("activate"), QStringLiteral("retire")}) {
        r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("rotate"), QStringLiteral("s"),
                            QStringLiteral("--step"), step} +
                base);
        VERIFY_OK(r);
    }
    QVERIFY(!kidsOf(m_server->keys(QStringLiteral("s"))).contains(QStringLiteral("p"))); // the old signer retired

    r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("s"), QStringLiteral("a"),
                        QStringLiteral("--yes")} +
            base);
    VERIFY_OK(r);
    QVERIFY(!kidsOf(m_server->keys(QStringLiteral("s"))).contains(QStringLiteral("a")));
    r = cli(
        QStringList{QStringLiteral("remote"), QStringLiteral("delete"), QStringLiteral("s"), QStringLiteral("--yes")} +
        base);
    VERIFY_OK(r);
    QVERIFY(m_server->sets().isEmpty());
    // --url with a token file over loopback http: the token is sent
    const QString tokenFile = m_dir->filePath(QStringLiteral("token"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kToken);
    f.close();
    m_server->clearRequests();
    r = cli(QStringList{QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--set"), QStringLiteral("s"),
                        QStringLiteral("--token-file"), tokenFile} +
            base);
    VERIFY_OK(r);
    QCOMPARE(m_server->requests().last().authorization, QByteArray("Bearer ") + kToken);
    // no remote was saved by any of this
    r = cli({QStringLiteral("remote"), QStringLiteral("list")});
    QCOMPARE(r.json().toArray().size(), 0);
}

// --- errors ------------------------------------------------------------------------------------------------

void TestCliRemote::serverErrors()
{
    addRemote(QStringLiteral("fake"), {QStringLiteral("s")});
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});

    m_server->failNext(100, 500);
    Run r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("fake"), QStringLiteral("--yes")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("500") && r.err.contains("The error is unrecognizable"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("/admin/keys/s"), qPrintable(r.describe()));
    m_server->failNext(0);
    QVERIFY(store()->keySets().isEmpty());

    // 409 from POST with a kid that exists
    r = cli({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("fake"), QStringLiteral("s"),
             QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--kid"), QStringLiteral("a")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("409") && r.err.contains("a resource with that value exists already"),
             qPrintable(r.describe()));

    // a 403 from a proxy in front of Hydra: one line with the status, through --url
    m_server->failNext(1, 403);
    store()->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("ES256"), QStringLiteral("mine"))});
    r = cli({QStringLiteral("remote"), QStringLiteral("push"), QStringLiteral("--url"), m_server->url().toString(),
             QStringLiteral("s"), QStringLiteral("mine"), QStringLiteral("--yes")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("403"), qPrintable(r.describe()));

    // a server that is not there
    delete m_server;
    m_server = nullptr;
    r = cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("fake"), QStringLiteral("--timeout"),
             QStringLiteral("2")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("could not reach"), qPrintable(r.describe()));
}

void TestCliRemote::httpsNeedsTheCa()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer server;
    QVERIFY(server.startTls(tls.serverCertificate, tls.serverKey) != 0);
    server.setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    const QString url = server.url().toString();
    QVERIFY(url.startsWith(QStringLiteral("https://")));
    const QStringList diff = {QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), url,
                              QStringLiteral("--set"),  QStringLiteral("s")};
    Run r = cli(diff);
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("TLS") && r.err.contains("--ca"), qPrintable(r.describe()));
    QVERIFY(server.requests().isEmpty());

    const QString caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile f(caFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tls.caPem);
    f.close();
    r = cli(QStringList(diff) << QStringLiteral("--ca") << caFile);
    VERIFY_OK(r);
    QCOMPARE(
        stringList(r.object().value(QStringLiteral("sets")).toArray()[0].toObject().value(QStringLiteral("added"))),
        QStringList{QStringLiteral("a")});
    // a saved remote keeps its CA
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("tls"), url, QStringLiteral("--ca"),
                   caFile, QStringLiteral("--set"), QStringLiteral("s")}));
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("tls"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(kidsOf(store()->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("a")});
}

void TestCliRemote::mutualTls()
{
    const TlsMaterial tls = TlsMaterial::make();
    FakeHydraServer server;
    QVERIFY(server.startMutualTls(tls.serverCertificate, tls.serverKey, tls.caPem) != 0);
    server.setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a"))});
    const QString url = server.url().toString();
    const auto writeFile = [&](const QString& name, const QByteArray& content) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    };
    const QString caFile = writeFile(QStringLiteral("ca.pem"), tls.caPem);
    const QString certFile = writeFile(QStringLiteral("client.pem"), tls.clientCertificatePem);
    const QString keyFile = writeFile(QStringLiteral("client.key"), tls.clientKeyPem);

    // without the client certificate: one line that says what may be missing
    Run r =
        cli({QStringLiteral("remote"), QStringLiteral("diff"), QStringLiteral("--url"), url, QStringLiteral("--ca"),
             caFile, QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--timeout"), QStringLiteral("5")});
    VERIFY_ONE_LINE_ERROR(r, 1);
    QVERIFY2(r.err.contains("--client-cert"), qPrintable(r.describe()));
    QVERIFY(server.requests().isEmpty());

    // a saved remote keeps the client certificate and key (the key encrypted, like keys) and pulls through
    VERIFY_OK(cli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("mtls"), url, QStringLiteral("--ca"),
                   caFile, QStringLiteral("--client-cert"), certFile, QStringLiteral("--client-key"), keyFile,
                   QStringLiteral("--set"), QStringLiteral("s")}));
    r = cli({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("mtls"), QStringLiteral("--yes")});
    VERIFY_OK(r);
    QCOMPARE(kidsOf(store()->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("a")});
    QVERIFY(!server.requests().isEmpty());
    QCOMPARE(server.requests().last().clientCertificate, QStringLiteral("jwkman test client"));

    // the client key is not in the database in clear
    const QByteArray keyBody = tls.clientKeyPem.split('\n').value(1);
    QVERIFY(keyBody.size() > 20);
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile db(m_storePath + suffix);
        if (db.open(QIODevice::ReadOnly)) {
            QVERIFY(!db.readAll().contains(keyBody));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliRemote)
#include "tst_cli_remote.moc"
