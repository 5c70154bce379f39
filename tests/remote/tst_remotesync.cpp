// RemoteSync against the fake Hydra admin API with a temporary key store: pull (the difference by kid and
// thumbprint, the signing key on each side, applied in one transaction, all or nothing when a fetch fails
// half-way, 404 sets reported and left alone, dropped keys in the local trash), push of one key and of a whole set
// (order kept, remote deletions listed, an empty set refused without allowEmpty), generation on the server
// (stored locally encrypted; only Hydra's algorithms), delete, upload warnings, and staged rotation (publish,
// activate, retire) with the server's state checked after each step and resumed after a restart.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "keys/Algorithms.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "remote/SavedRemotes.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using jwk::HydraAdminClient;
using jwk::JsonWebKey;
using jwk::KeyChange;
using jwk::KeyStore;
using jwk::RemoteProfile;
using jwk::RemoteSync;
using jwk::RotationState;
using jwk::SecureBytes;
using jwk::SetDiff;
using jwk::StoreError;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QByteArray kSecret = "remote-sync-test-secret-0123456789";
const QString kIdToken = QStringLiteral("hydra.openid.id-token");

// Hydra's signing key: the newest key with private material.
QString serverSigner(const QList<QJsonObject>& newestFirst)
{
    for (const auto& k : newestFirst) {
        if (k.contains(QStringLiteral("d")) || k.contains(QStringLiteral("k"))) {
            return k.value(QStringLiteral("kid")).toString();
        }
    }
    return {};
}

bool serverHasPrivate(const QList<QJsonObject>& keys, const QString& kid)
{
    for (const auto& k : keys) {
        if (k.value(QStringLiteral("kid")).toString() == kid) {
            return k.contains(QStringLiteral("d"));
        }
    }
    return false;
}

QStringList kidsOfKind(const SetDiff& diff, KeyChange::Kind kind)
{
    QStringList kids;
    for (const auto& c : diff.changes) {
        if (c.kind == kind) {
            kids << c.kid;
        }
    }
    kids.sort();
    return kids;
}

// Everything the store holds, for byte-for-byte comparisons: the database file after a checkpoint, and the rows
// as the store reads them.
struct Snapshot
{
    QByteArray fileHash;
    QStringList rows;
    bool operator==(const Snapshot& other) const { return fileHash == other.fileHash && rows == other.rows; }
};

Snapshot snapshot(KeyStore& store)
{
    store.checkpoint();
    Snapshot s;
    QFile f(store.path());
    if (f.open(QIODevice::ReadOnly)) {
        s.fileHash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }
    for (const auto& set : store.keySets()) {
        s.rows << QStringLiteral("set %1 %2 %3 %4")
                      .arg(set.name)
                      .arg(set.keyCount)
                      .arg(set.signingKid, set.updated.toString(Qt::ISODateWithMs));
        for (const auto& info : store.keys(set.name)) {
            const jwk::SecureBytes json = store.loadKey(set.name, info.kid).toJson(true, jwk::JsonFormat::Compact);
            s.rows << QStringLiteral("key %1 %2 %3 %4")
                          .arg(info.kid)
                          .arg(info.sequence)
                          .arg(keyRoleName(info.role), QString::fromUtf8(json.view()));
        }
    }
    for (const auto& t : store.trash().entries()) {
        s.rows << QStringLiteral("trash %1 %2").arg(t.setName, t.kid);
    }
    for (const auto& a : store.audit().entries()) {
        s.rows << QStringLiteral("audit %1 %2 %3 %4").arg(a.action, a.setName, a.kid, a.detail);
    }
    return s;
}

bool inTrash(KeyStore& store, const QString& set, const QString& kid)
{
    for (const auto& t : store.trash().entries()) {
        if (t.setName == set && t.kid == kid) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestRemoteSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pullShowsDifference();
    void pullApplies();
    void pullAppliesAllOrNothing();
    void pullSkipsInvalidKeys();
    void pullFailingHalfWayChangesNothing_data();
    void pullFailingHalfWayChangesNothing();
    void pullRemoteMissing();
    void pullTrashesDroppedKeys();

    void pushKeyPrivateBecomesSigner();
    void pushKeyPublicOnly();
    void pushSetKeepsOrder();
    void pushSetEmptyRefused();

    void generateOnServer();
    void generateRsaSize();
    void generateOnlyHydraAlgorithms_data();
    void generateOnlyHydraAlgorithms();
    void generateDuplicateKid();

    void deleteKeyAndSet();
    void warnings();

    void stagedRotation();
    void rotationResumesAfterRestart();
    void rotationOutOfOrder();
    void rotationStepsAskFirst();
    void renameRemote();
    void rotationPublishFailureKeepsSigner();
    void rotationNeedsARemotePrivateKey();

private:
    void openStore();
    void seedLocal(const QString& set, const QList<JsonWebKey>& newestFirst);
    QTemporaryDir* m_dir = nullptr;
    FakeHydraServer* m_server = nullptr;
    HydraAdminClient* m_client = nullptr;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<RemoteSync> m_sync;
};

void TestRemoteSync::initTestCase()
{
    setUpEnvironment();
}

void TestRemoteSync::openStore()
{
    m_sync.reset();
    m_store.reset();
    m_store = KeyStore::open(m_dir->filePath(QStringLiteral("jwkman.sqlite")),
                             jwk::SystemSecret::fromEnvironmentValue(kSecret));
    m_sync = std::make_unique<RemoteSync>(*m_client, *m_store, QStringLiteral("fake"));
}

void TestRemoteSync::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_server = new FakeHydraServer(this);
    m_server->setRsaBits(2048);
    QVERIFY(m_server->start() != 0);
    RemoteProfile profile;
    profile.name = QStringLiteral("fake");
    profile.adminUrl = m_server->url();
    m_client = new HydraAdminClient(profile, this);
    m_client->setRetryPolicy(3, 10);
    openStore();
}

void TestRemoteSync::cleanup()
{
    m_sync.reset();
    m_store.reset();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestRemoteSync::seedLocal(const QString& set, const QList<JsonWebKey>& newestFirst)
{
    const jwk::AddKeysResult r = m_store->addKeys(set, newestFirst, jwk::AuditLog::Action::Imported);
    QCOMPARE(r.added.size(), newestFirst.size());
}

// --- pull --------------------------------------------------------------------------------------------------

void TestRemoteSync::pullShowsDifference()
{
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const JsonWebKey b = makeKey(QStringLiteral("ES256"), QStringLiteral("b"));
    const JsonWebKey bNew = makeKey(QStringLiteral("ES256"), QStringLiteral("b")); // same kid, other key
    const JsonWebKey c = makeKey(QStringLiteral("ES256"), QStringLiteral("c"));
    const JsonWebKey d = makeKey(QStringLiteral("ES384"), QStringLiteral("d"));
    seedLocal(QStringLiteral("s"), {c.publicKey(), b, a});                              // local signer: b
    m_server->setKeys(QStringLiteral("s"), {toObject(d), toObject(bNew), toObject(a)}); // remote signer: d

    const QList<SetDiff> diffs = m_sync->planPull({QStringLiteral("s")});
    QCOMPARE(diffs.size(), 1);
    const SetDiff& diff = diffs.first();
    QCOMPARE(diff.setName, QStringLiteral("s"));
    QVERIFY(!diff.remoteMissing);
    QVERIFY(!diff.localMissing);
    QVERIFY(diff.hasChanges());
    QCOMPARE(kidsOfKind(diff, KeyChange::Kind::Added), QStringList{QStringLiteral("d")});
    QCOMPARE(kidsOfKind(diff, KeyChange::Kind::Removed), QStringList{QStringLiteral("c")});
    QCOMPARE(kidsOfKind(diff, KeyChange::Kind::Changed), QStringList{QStringLiteral("b")});
    QCOMPARE(kidsOfKind(diff, KeyChange::Kind::Unchanged), QStringList{QStringLiteral("a")});
    for (const auto& change : diff.changes) {
        if (change.kid == QStringLiteral("b")) {
            QCOMPARE(change.localThumbprint, b.thumbprint());
            QCOMPARE(change.remoteThumbprint, bNew.thumbprint());
        }
        if (change.kid == QStringLiteral("d")) {
            QVERIFY(change.remotePrivate);
            QCOMPARE(change.remoteThumbprint, d.thumbprint());
        }
    }
    QCOMPARE(diff.localSigner, QStringLiteral("b"));
    QCOMPARE(diff.remoteSigner, QStringLiteral("d"));
    QCOMPARE(diff.count(KeyChange::Kind::Added), 1);
    // planning changed nothing
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("s"), false)),
             (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));

    // an unchanged set has no changes
    m_server->setKeys(QStringLiteral("same"), {toObject(a)});
    seedLocal(QStringLiteral("same"), {a});
    const SetDiff same = m_sync->planPull({QStringLiteral("same")}).first();
    QVERIFY(!same.hasChanges());
    QCOMPARE(kidsOfKind(same, KeyChange::Kind::Unchanged), QStringList{QStringLiteral("a")});
}

void TestRemoteSync::pullApplies()
{
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const JsonWebKey b = makeKey(QStringLiteral("ES256"), QStringLiteral("b"));
    const JsonWebKey x = makeKey(QStringLiteral("EdDSA"), QStringLiteral("x"));
    m_server->setKeys(QStringLiteral("one"), {toObject(b), toObject(a)});
    m_server->setKeys(QStringLiteral("two"), {toObject(x.publicKey()), toObject(a)});
    seedLocal(QStringLiteral("two"), {a});

    const auto diffs = m_sync->planPull({QStringLiteral("one"), QStringLiteral("two")});
    QVERIFY(diffs[0].localMissing);
    m_sync->applyPull(diffs);
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("one"), true)), (QStringList{QStringLiteral("b"), "a"}));
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("two"), true)), (QStringList{QStringLiteral("x"), "a"}));
    QVERIFY(m_store->loadKey(QStringLiteral("one"), QStringLiteral("b")).sameKeyAs(b));
    QVERIFY(!m_store->loadKey(QStringLiteral("two"), QStringLiteral("x")).isPrivate());
    QCOMPARE(m_store->signingKid(QStringLiteral("one")), QStringLiteral("b"));
    QCOMPARE(m_store->signingKid(QStringLiteral("two")), QStringLiteral("a"));
    // a second pull finds nothing to do
    for (const auto& d : m_sync->planPull({QStringLiteral("one"), QStringLiteral("two")})) {
        QVERIFY2(!d.hasChanges(), qPrintable(d.setName));
    }
}

void TestRemoteSync::pullAppliesAllOrNothing()
{
    // The second set cannot be stored (two keys with one kid, which Hydra's unique index would not allow but a
    // broken server might send): the first set, applied before it in the same transaction, must not change.
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    seedLocal(QStringLiteral("first"), {a});
    m_server->setKeys(QStringLiteral("first"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("new"))});
    m_server->setKeys(QStringLiteral("second"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("dup"))});
    const Snapshot before = snapshot(*m_store);
    auto diffs = m_sync->planPull({QStringLiteral("first"), QStringLiteral("second")});
    QVERIFY(diffs[0].hasChanges() && diffs[1].hasChanges());
    // The planner skips a duplicate kid (pullSkipsInvalidKeys); put one in behind its back so that the store refuses.
    diffs[1].remoteKeys << makeKey(QStringLiteral("ES256"), QStringLiteral("dup"));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->applyPull(diffs));
    QVERIFY(snapshot(*m_store) == before);
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("first"), true)), QStringList{QStringLiteral("a")});
    QVERIFY(!m_store->keySet(QStringLiteral("second")));
}

// Issue 11 #4: a pull stored an off-curve EC point, an EC key carrying another key's d (it became the signer), a
// 5000-character kid and a kid with ESC/BEL. Every key from a server passes import's check; the invalid ones are
// skipped and named (escaped), the rest is applied.
void TestRemoteSync::pullSkipsInvalidKeys()
{
    const QJsonObject good = makeJwk(QStringLiteral("ES256"), QStringLiteral("good"));
    QJsonObject offCurve = makeJwk(QStringLiteral("ES256"), QStringLiteral("off-curve"));
    {
        QByteArray y = QByteArray::fromBase64(offCurve.value(QStringLiteral("y")).toString().toLatin1(),
                                              QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        y[y.size() - 1] = char(y[y.size() - 1] ^ 0x01);
        offCurve.insert(QStringLiteral("y"), QString::fromLatin1(y.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals)));
    }
    QJsonObject borrowed = makeJwk(QStringLiteral("ES256"), QStringLiteral("borrowed-d"));
    borrowed.insert(QStringLiteral("d"), good.value(QStringLiteral("d")));
    QJsonObject longKid = makeJwk(QStringLiteral("ES256"), QString(5000, QLatin1Char('k')));
    QJsonObject escKid = makeJwk(QStringLiteral("ES256"), QStringLiteral("evil\x1b]0;pwned\x07"));
    // Newest first: the invalid keys are newer than the good one, so that one of them would have become the signer.
    m_server->setKeys(QStringLiteral("s"), {borrowed, offCurve, longKid, escKid, good});
    const auto diffs = m_sync->planPull({QStringLiteral("s")});
    QCOMPARE(diffs.size(), 1);
    const QStringList invalid = diffs[0].invalidRemote;
    QCOMPARE(invalid.size(), 4);
    QVERIFY2(invalid[0].startsWith(QStringLiteral("borrowed-d: ")), qPrintable(invalid[0]));
    QVERIFY2(invalid[1].startsWith(QStringLiteral("off-curve: ")), qPrintable(invalid[1]));
    QVERIFY2(invalid[2].contains(QStringLiteral("5000 characters")), qPrintable(invalid[2]));
    QVERIFY2(invalid[2].size() < 400, qPrintable(invalid[2]));
    QVERIFY2(invalid[3].startsWith(QStringLiteral("evil\\u001b]0;pwned\\u0007: ")), qPrintable(invalid[3]));
    QVERIFY2(invalid[3].contains(QStringLiteral("control character")), qPrintable(invalid[3]));
    for (const auto& line : invalid) {
        for (const QChar c : line) {
            QVERIFY(c.unicode() >= 0x20);
        }
    }
    m_sync->applyPull(diffs);
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("good")});
    QCOMPARE(m_store->signingKid(QStringLiteral("s")), QStringLiteral("good"));
    // The store refuses them too when something hands them to it directly.
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->replaceKeys(QStringLiteral("s"), {JsonWebKey::fromJson(offCurve)}));
    const jwk::AddKeysResult added = m_store->addKeys(QStringLiteral("s"), {JsonWebKey::fromJson(borrowed)});
    QVERIFY(added.added.isEmpty());
    QCOMPARE(added.failed.size(), 1);
}

void TestRemoteSync::pullFailingHalfWayChangesNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures"); // 4: every attempt of a retried GET (1 + 3 retries)
    QTest::newRow("403 on the second set") << 403 << 1;
    QTest::newRow("500 on the second set, retries exhausted") << 500 << 4;
    QTest::newRow("502 on the second set, retries exhausted") << 502 << 4;
}

void TestRemoteSync::pullFailingHalfWayChangesNothing()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const JsonWebKey b = makeKey(QStringLiteral("ES256"), QStringLiteral("b"));
    seedLocal(QStringLiteral("first"), {a});
    seedLocal(QStringLiteral("second"), {b});
    m_store->trash().deleteKey(QStringLiteral("second"), QStringLiteral("b"));
    seedLocal(QStringLiteral("second"), {makeKey(QStringLiteral("ES256"), QStringLiteral("b2"))});
    // both sets differ remotely: a pull that went through would change both
    m_server->setKeys(QStringLiteral("first"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("first-new"))});
    m_server->setKeys(QStringLiteral("second"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("second-new"))});

    const Snapshot before = snapshot(*m_store);
    QVERIFY(!before.fileHash.isEmpty());
    m_client->setMaxInFlight(1); // the first GET is answered before the second is sent
    m_server->clearRequests();
    m_server->failNext(failures, status, 1);
    try {
        const auto diffs = m_sync->planPull({QStringLiteral("first"), QStringLiteral("second")});
        m_sync->applyPull(diffs);
        QFAIL("the pull went through");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QString::number(status)), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("/admin/keys/second")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("The error is unrecognizable")), qPrintable(e.message()));
    }
    // the first GET succeeded, then the second failed
    const auto log = m_server->requests();
    QCOMPARE(log.first().path, QStringLiteral("/admin/keys/first"));
    QCOMPARE(log.size(), 1 + failures);
    for (int i = 1; i < log.size(); ++i) {
        QCOMPARE(log[i].path, QStringLiteral("/admin/keys/second"));
    }
    // byte for byte as it was
    QVERIFY(snapshot(*m_store) == before);
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("first"), true)), QStringList{QStringLiteral("a")});
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("second"), true)), QStringList{QStringLiteral("b2")});
}

void TestRemoteSync::pullRemoteMissing()
{
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    seedLocal(QStringLiteral("gone"), {a});
    m_server->setKeys(QStringLiteral("here"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("h"))});
    const auto diffs = m_sync->planPull({QStringLiteral("gone"), QStringLiteral("here"), QStringLiteral("never")});
    QCOMPARE(diffs.size(), 3);
    QVERIFY(diffs[0].remoteMissing);
    QVERIFY(!diffs[1].remoteMissing);
    QVERIFY(diffs[2].remoteMissing);
    QVERIFY(diffs[2].localMissing);
    m_sync->applyPull(diffs);
    // a set Hydra does not have is not emptied here
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("gone"), true)), QStringList{QStringLiteral("a")});
    QVERIFY(!m_store->keySet(QStringLiteral("never")));
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("here"), true)), QStringList{QStringLiteral("h")});
    QVERIFY(m_store->trash().entries().isEmpty());
}

void TestRemoteSync::pullTrashesDroppedKeys()
{
    const JsonWebKey a = makeKey(QStringLiteral("ES256"), QStringLiteral("a"));
    const JsonWebKey onlyHere = makeKey(QStringLiteral("ES256"), QStringLiteral("only-here"));
    seedLocal(QStringLiteral("s"), {onlyHere, a});
    m_server->setKeys(QStringLiteral("s"), {toObject(a)});
    const auto diffs = m_sync->planPull({QStringLiteral("s")});
    QCOMPARE(kidsOfKind(diffs.first(), KeyChange::Kind::Removed), QStringList{QStringLiteral("only-here")});
    m_sync->applyPull(diffs);
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("a")});
    QVERIFY(inTrash(*m_store, QStringLiteral("s"), QStringLiteral("only-here")));
    // restorable, private key and all
    m_store->trash().restoreKey(QStringLiteral("s"), QStringLiteral("only-here"));
    QVERIFY(m_store->loadKey(QStringLiteral("s"), QStringLiteral("only-here")).sameKeyAs(onlyHere));
}

// --- push ------------------------------------------------------------------------------------------------

void TestRemoteSync::pushKeyPrivateBecomesSigner()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("remote-signer"))});
    const JsonWebKey mine = makeKey(QStringLiteral("ES256"), QStringLiteral("mine"));
    const JsonWebKey older = makeKey(QStringLiteral("ES256"), QStringLiteral("older"));
    seedLocal(kIdToken, {older, mine}); // "mine" is not the newest locally: push still makes it newest remotely
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("remote-signer"));
    const JsonWebKey pushed = m_sync->pushKey(kIdToken, QStringLiteral("mine"));
    QCOMPARE(pushed.kid(), QStringLiteral("mine"));
    QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/%1/mine").arg(kIdToken));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("mine"), "remote-signer"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("mine"));
    QVERIFY(JsonWebKey::fromJson(m_server->keys(kIdToken).first()).sameKeyAs(mine));
    // pushing again keeps one copy (upsert) and it stays the newest
    m_sync->pushKey(kIdToken, QStringLiteral("older"));
    m_sync->pushKey(kIdToken, QStringLiteral("mine"));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("mine"), "older", "remote-signer"}));
}

void TestRemoteSync::pushKeyPublicOnly()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("signer"))});
    seedLocal(kIdToken, {makeKey(QStringLiteral("ES256"), QStringLiteral("pub")).publicKey()});
    m_sync->pushKey(kIdToken, QStringLiteral("pub"));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)).first(), QStringLiteral("pub"));
    QVERIFY(!serverHasPrivate(m_server->keys(kIdToken), QStringLiteral("pub")));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("signer"));
    // unknown local key: an error before anything is sent
    m_server->clearRequests();
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->pushKey(kIdToken, QStringLiteral("nope")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestRemoteSync::pushSetKeepsOrder()
{
    const JsonWebKey k1 = makeKey(QStringLiteral("ES256"), QStringLiteral("k1"));
    const JsonWebKey k2 = makeKey(QStringLiteral("ES256"), QStringLiteral("k2"));
    const JsonWebKey k3 = makeKey(QStringLiteral("ES256"), QStringLiteral("k3"));
    const JsonWebKey k4 = makeKey(QStringLiteral("ES256"), QStringLiteral("k4"));
    // newest first: a public key, then the signer, then older keys
    seedLocal(kIdToken, {k4.publicKey(), k3, k2.publicKey(), k1});
    const QStringList localOrder = kidsOf(m_store->loadKeys(kIdToken, false));
    QCOMPARE(localOrder, (QStringList{QStringLiteral("k4"), "k3", "k2", "k1"}));
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("remote-only")),
                                 makeJwk(QStringLiteral("ES256"), QStringLiteral("k1"))});

    const jwk::PushSetPlan plan = m_sync->planPushSet(kIdToken);
    QCOMPARE(plan.setName, kIdToken);
    QCOMPARE(plan.remoteDeletions, QStringList{QStringLiteral("remote-only")});
    QCOMPARE(kidsOf(plan.send), (QStringList{QStringLiteral("k1"), "k2", "k3", "k4"})); // oldest first
    QCOMPARE(plan.intendedSigner, QStringLiteral("k3"));
    QVERIFY(!plan.remoteMissing);
    QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(u'|')));
    // planning sent nothing but a GET
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));

    m_sync->pushSet(plan, false);
    QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/") + kIdToken);
    // the server's newest-first order is the local order, and so is the signer
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), localOrder);
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("k3"));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), m_store->signingKid(kIdToken));
    QVERIFY(!serverHasPrivate(m_server->keys(kIdToken), QStringLiteral("k4")));
    QVERIFY(serverHasPrivate(m_server->keys(kIdToken), QStringLiteral("k1")));
    // and a pull afterwards finds the sets equal
    QVERIFY(!m_sync->planPull({kIdToken}).first().hasChanges());

    // a set Hydra does not have yet
    seedLocal(QStringLiteral("new-set"), {k1});
    const jwk::PushSetPlan fresh = m_sync->planPushSet(QStringLiteral("new-set"));
    QVERIFY(fresh.remoteMissing);
    QVERIFY(fresh.remoteDeletions.isEmpty());
    m_sync->pushSet(fresh, false);
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("new-set"))), QStringList{QStringLiteral("k1")});
}

void TestRemoteSync::pushSetEmptyRefused()
{
    m_store->createKeySet(QStringLiteral("empty"));
    m_server->setKeys(QStringLiteral("empty"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("r1")),
                                                makeJwk(QStringLiteral("ES256"), QStringLiteral("r2"))});
    const jwk::PushSetPlan plan = m_sync->planPushSet(QStringLiteral("empty"));
    QVERIFY(plan.send.isEmpty());
    QStringList deletions = plan.remoteDeletions;
    deletions.sort();
    QCOMPARE(deletions, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
    m_server->clearRequests();
    try {
        m_sync->pushSet(plan, false);
        QFAIL("an empty set was pushed without allowEmpty");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("empty")), qPrintable(e.message()));
    }
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->keys(QStringLiteral("empty")).size(), 2);
    // explicitly allowed: the remote set is emptied (Hydra then answers 404 for it)
    m_sync->pushSet(plan, true);
    QVERIFY(m_server->keys(QStringLiteral("empty")).isEmpty());
    bool missing = false;
    QVERIFY(m_sync->fetchRemote(QStringLiteral("empty"), &missing).isEmpty());
    QVERIFY(missing);
}

// --- generate, delete, warnings ----------------------------------------------------------------------------

void TestRemoteSync::generateOnServer()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    const JsonWebKey key =
        m_sync->generateRemote(kIdToken, QStringLiteral("ES384"), QStringLiteral("gen"), QStringLiteral("sig"));
    QCOMPARE(key.kid(), QStringLiteral("gen"));
    QVERIFY(key.isPrivate());
    // on the server: appended as the newest, and the signer
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{QStringLiteral("gen"), "old"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("gen"));
    // here: stored, decryptable, the same key with its private part
    const JsonWebKey stored = m_store->loadKey(kIdToken, QStringLiteral("gen"));
    QVERIFY(stored.sameKeyAs(key));
    QVERIFY(stored.isPrivate());
    QCOMPARE(stored.alg(), QStringLiteral("ES384"));
    QVERIFY(JsonWebKey::fromJson(m_server->keys(kIdToken).first()).sameKeyAs(stored));
    // encrypted at rest: the private scalar is nowhere in the database file
    m_store->checkpoint();
    QFile db(m_store->path());
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray content = db.readAll();
    const QByteArray d = m_server->keys(kIdToken).first().value(QStringLiteral("d")).toString().toLatin1();
    QVERIFY(d.size() > 40);
    QVERIFY(!content.contains(d));
    QVERIFY(!content.contains(QByteArray::fromBase64(d, QByteArray::Base64UrlEncoding)));
    // no kid: Hydra makes a UUID
    const JsonWebKey uuid = m_sync->generateRemote(kIdToken, QStringLiteral("EdDSA"), QString(), QString());
    QVERIFY(!QUuid(uuid.kid()).isNull());
    QVERIFY(m_store->keyInfo(kIdToken, uuid.kid()).has_value());
}

void TestRemoteSync::generateRsaSize()
{
    // Hydra makes RSA 4096 for RS*; the fake, at setRsaBits(2048), 2048 (PS* is 2048 in both)
    for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("PS256")}) {
        const JsonWebKey key = m_sync->generateRemote(QStringLiteral("rsa"), alg, alg, QStringLiteral("sig"));
        QCOMPARE(key.sizeBits(), 2048);
        QCOMPARE(m_store->keyInfo(QStringLiteral("rsa"), alg)->sizeBits, 2048);
        QCOMPARE(m_store->loadKey(QStringLiteral("rsa"), alg).alg(), alg);
    }
}

void TestRemoteSync::generateOnlyHydraAlgorithms_data()
{
    QTest::addColumn<QString>("alg");
    for (const char* alg : {"HS256", "HS512", "rs256", "Ed25519", "RSA-OAEP", "ECDH-ES", ""}) {
        QTest::newRow(*alg ? alg : "empty") << QString::fromLatin1(alg);
    }
}

void TestRemoteSync::generateOnlyHydraAlgorithms()
{
    QFETCH(QString, alg);
    // the table offers exactly Hydra's generators
    QStringList offered;
    for (const auto& a : jwk::algorithms()) {
        if (a.hydraGenerates) {
            offered << a.name;
        }
    }
    QCOMPARE(offered,
             (QStringList{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}));
    m_server->clearRequests();
    try {
        m_sync->generateRemote(QStringLiteral("s"), alg, QStringLiteral("k"), QStringLiteral("sig"));
        QFAIL("an algorithm Hydra does not generate was sent");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, "
                                                     "EdDSA")),
                 qPrintable(e.message()));
    }
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!m_store->keySet(QStringLiteral("s")));
}

void TestRemoteSync::generateDuplicateKid()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("taken"))});
    const Snapshot before = snapshot(*m_store);
    try {
        m_sync->generateRemote(QStringLiteral("s"), QStringLiteral("ES256"), QStringLiteral("taken"), QString());
        QFAIL("409 not reported");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("409")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("exists already")), qPrintable(e.message()));
    }
    QVERIFY(snapshot(*m_store) == before);
}

void TestRemoteSync::deleteKeyAndSet()
{
    m_server->setKeys(QStringLiteral("s"), {makeJwk(QStringLiteral("ES256"), QStringLiteral("a")),
                                            makeJwk(QStringLiteral("ES256"), QStringLiteral("b"))});
    seedLocal(QStringLiteral("s"), {makeKey(QStringLiteral("ES256"), QStringLiteral("a"))});
    m_sync->deleteRemote(QStringLiteral("s"), QStringLiteral("a"));
    QCOMPARE(kidsOf(m_server->keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s/a"));
    m_sync->deleteRemote(QStringLiteral("s"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/admin/keys/s"));
    QVERIFY(m_server->sets().isEmpty());
    // deleting what is not there succeeds, as in Hydra
    m_sync->deleteRemote(QStringLiteral("s"), QStringLiteral("zzz"));
    m_sync->deleteRemote(QStringLiteral("s"));
    // the local copy is untouched
    QCOMPARE(kidsOf(m_store->loadKeys(QStringLiteral("s"), true)), QStringList{QStringLiteral("a")});
    // a server error is reported with its status
    m_server->failNext(10, 503);
    try {
        m_sync->deleteRemote(QStringLiteral("s"), QStringLiteral("a"));
        QFAIL("a 503 was taken for success");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("503")), qPrintable(e.message()));
    }
    m_server->failNext(0);
}

void TestRemoteSync::warnings()
{
    jwk::GenerateOptions oct;
    oct.alg = QStringLiteral("HS256");
    oct.kid = QStringLiteral("sym");
    const JsonWebKey octKey = jwk::generateKey(oct);
    QStringList w = jwk::uploadWarnings(kIdToken, octKey);
    QVERIFY2(w.size() == 1 && w.first().contains(QStringLiteral("oct")) && w.first().contains(kIdToken),
             qPrintable(w.join(u'|')));
    QVERIFY2(jwk::uploadWarnings(QStringLiteral("hydra.jwt.access-token"), octKey).size() == 1,
             qPrintable(w.join(u'|')));
    QVERIFY(jwk::uploadWarnings(QStringLiteral("my-hmac-keys"), octKey).isEmpty());

    JsonWebKey noAlg = makeKey(QStringLiteral("ES256"), QStringLiteral("no-alg"));
    noAlg.removeMember(QStringLiteral("alg"));
    w = jwk::uploadWarnings(QStringLiteral("s"), noAlg);
    QVERIFY2(w.size() == 1 && w.first().contains(QStringLiteral("no \"alg\"")), qPrintable(w.join(u'|')));

    JsonWebKey mismatch = makeKey(QStringLiteral("ES384"), QStringLiteral("p384"));
    mismatch.setAlg(QStringLiteral("ES256"));
    w = jwk::uploadWarnings(QStringLiteral("s"), mismatch);
    QVERIFY2(w.size() == 1 && w.first().contains(QStringLiteral("does not fit")), qPrintable(w.join(u'|')));
    JsonWebKey rsaAsEc = makeKey(QStringLiteral("RS256"), QStringLiteral("rsa"), 2048);
    rsaAsEc.setAlg(QStringLiteral("ES256"));
    QCOMPARE(jwk::uploadWarnings(QStringLiteral("s"), rsaAsEc).size(), 1);

    QVERIFY(jwk::uploadWarnings(kIdToken, makeKey(QStringLiteral("ES256"), QStringLiteral("fine"))).isEmpty());

    // a set push lists the warnings of every key it sends
    seedLocal(kIdToken, {octKey, noAlg, mismatch});
    const jwk::PushSetPlan plan = m_sync->planPushSet(kIdToken);
    QCOMPARE(plan.warnings.size(), 3);
}

// --- staged rotation ---------------------------------------------------------------------------------------

void TestRemoteSync::stagedRotation()
{
    const JsonWebKey old = makeKey(QStringLiteral("ES256"), QStringLiteral("old"));
    const JsonWebKey older = makeKey(QStringLiteral("ES256"), QStringLiteral("older"));
    m_server->setKeys(kIdToken, {toObject(old), toObject(older.publicKey())});
    m_sync->applyPull(m_sync->planPull({kIdToken})); // the old key is here too

    // 1+2. publish: a new key made here, only its public part sent; the old key keeps signing
    const RemoteSync::RotationReport published = m_sync->rotatePublish(kIdToken);
    const QString fresh = published.state.newKid;
    QVERIFY(!QUuid(fresh).isNull());
    QCOMPARE(published.state.oldKid, QStringLiteral("old"));
    QCOMPARE(published.state.step, jwk::RotationState::Step::Published);
    QCOMPARE(published.remoteBefore.remoteSigner, QStringLiteral("old"));
    QCOMPARE(kidsOf(published.remoteBefore.remoteKeys.toList()), (QStringList{QStringLiteral("old"), "older"}));
    QVERIFY2(published.summary.contains(fresh) && published.summary.contains(QStringLiteral("old")),
             qPrintable(published.summary));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "old", "older"}));
    QVERIFY(!serverHasPrivate(m_server->keys(kIdToken), fresh));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("old"));
    const JsonWebKey local = m_store->loadKey(kIdToken, fresh);
    QVERIFY(local.isPrivate());
    QCOMPARE(local.alg(), QStringLiteral("ES256")); // the old signer's algorithm
    QCOMPARE(m_store->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Published);

    // 3. activate: the private key goes up and signs
    const RemoteSync::RotationReport activated = m_sync->rotateActivate(kIdToken);
    QCOMPARE(activated.state.step, jwk::RotationState::Step::Activated);
    QCOMPARE(activated.remoteBefore.remoteSigner, QStringLiteral("old"));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "old", "older"}));
    QVERIFY(serverHasPrivate(m_server->keys(kIdToken), fresh));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
    QVERIFY(JsonWebKey::fromJson(m_server->keys(kIdToken).first()).sameKeyAs(local));

    // 4. retire: the old key leaves the server and goes to the local trash
    const RemoteSync::RotationReport retired = m_sync->rotateRetire(kIdToken);
    QCOMPARE(retired.state.step, jwk::RotationState::Step::Retired);
    QCOMPARE(retired.remoteBefore.remoteSigner, fresh);
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "older"}));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
    QVERIFY(inTrash(*m_store, kIdToken, QStringLiteral("old")));
    QVERIFY(!m_store->keyInfo(kIdToken, QStringLiteral("old")));
    QVERIFY(!m_store->rotations().find(QStringLiteral("fake"), kIdToken));
    // a new rotation may start
    const RemoteSync::RotationReport again = m_sync->rotatePublish(kIdToken);
    QCOMPARE(again.state.oldKid, fresh);
}

void TestRemoteSync::rotationResumesAfterRestart()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    m_sync->applyPull(m_sync->planPull({kIdToken}));
    const QString fresh = m_sync->rotatePublish(kIdToken).state.newKid;

    // "restart": a new store object, client and RemoteSync on the same database
    m_sync.reset();
    m_store.reset();
    delete m_client;
    RemoteProfile profile;
    profile.name = QStringLiteral("fake");
    profile.adminUrl = m_server->url();
    m_client = new HydraAdminClient(profile, this);
    openStore();

    const auto state = m_store->rotations().find(QStringLiteral("fake"), kIdToken);
    QVERIFY(state.has_value());
    QCOMPARE(state->newKid, fresh);
    QCOMPARE(state->oldKid, QStringLiteral("old"));
    const RemoteSync::RotationReport activated = m_sync->rotateActivate(kIdToken);
    QCOMPARE(activated.state.newKid, fresh);
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), fresh);
    m_sync->rotateRetire(kIdToken);
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{fresh});
    QVERIFY(inTrash(*m_store, kIdToken, QStringLiteral("old")));
}

void TestRemoteSync::rotationStepsAskFirst()
{
    const JsonWebKey old = makeKey(QStringLiteral("ES256"), QStringLiteral("old"));
    m_server->setKeys(kIdToken, {toObject(old)});
    m_sync->applyPull(m_sync->planPull({kIdToken}));

    // Each step shows the remote state and what it will do before it changes anything; "no" changes nothing.
    QList<jwk::SetDiff> seen;
    QStringList actions;
    bool answer = false;
    m_sync->setRotationConfirm([&](const jwk::SetDiff& remote, const QString& action) {
        seen.append(remote);
        actions.append(action);
        return answer;
    });
    const auto serverBefore = m_server->keys(kIdToken);
    const auto localKids = [&] {
        QStringList kids;
        for (const auto& info : m_store->keys(kIdToken)) {
            kids.append(info.kid);
        }
        return kids;
    };
    const QStringList localBefore = localKids();
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotatePublish(kIdToken));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().remoteSigner, QStringLiteral("old"));
    QVERIFY2(actions.first().contains(QStringLiteral("old keeps signing")), qPrintable(actions.first()));
    QCOMPARE(m_server->keys(kIdToken), serverBefore);
    QCOMPARE(localKids(), localBefore); // no key generated
    QVERIFY(!m_store->rotations().find(QStringLiteral("fake"), kIdToken));

    answer = true;
    const QString fresh = m_sync->rotatePublish(kIdToken).state.newKid;
    answer = false;
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotateActivate(kIdToken));
    QCOMPARE(seen.last().remoteSigner, QStringLiteral("old"));
    QCOMPARE(kidsOf(seen.last().remoteKeys.toList()), (QStringList{fresh, "old"}));
    QVERIFY2(actions.last().contains(fresh) && actions.last().contains(QStringLiteral("signs from now on")),
             qPrintable(actions.last()));
    QCOMPARE(serverSigner(m_server->keys(kIdToken)), QStringLiteral("old"));
    QCOMPARE(m_store->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Published);

    // someone removed the published key meanwhile: activating says so before it acts
    m_server->setKeys(kIdToken, {toObject(old)});
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotateActivate(kIdToken));
    QVERIFY2(actions.last().contains(QStringLiteral("no longer in the remote set")), qPrintable(actions.last()));
    answer = true;
    m_sync->rotateActivate(kIdToken);
    answer = false;
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotateRetire(kIdToken));
    QVERIFY2(actions.last().contains(QStringLiteral("delete old")), qPrintable(actions.last()));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, "old"}));
    QVERIFY(m_store->keyInfo(kIdToken, QStringLiteral("old")));
    QCOMPARE(m_store->rotations().find(QStringLiteral("fake"), kIdToken)->step, jwk::RotationState::Step::Activated);
    m_sync->setRotationConfirm({});
}

void TestRemoteSync::rotationOutOfOrder()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    m_server->clearRequests();
    try {
        m_sync->rotateActivate(kIdToken);
        QFAIL("activate without publish");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("--step publish")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotateRetire(kIdToken));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{QStringLiteral("old")});

    m_sync->rotatePublish(kIdToken);
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotatePublish(kIdToken)); // one rotation at a time
    QVERIFY_THROWS_EXCEPTION(StoreError, m_sync->rotateRetire(kIdToken));  // activate comes first
    QCOMPARE(m_server->keys(kIdToken).size(), 2);
}

void TestRemoteSync::rotationPublishFailureKeepsSigner()
{
    m_server->setKeys(kIdToken, {makeJwk(QStringLiteral("ES256"), QStringLiteral("old"))});
    m_sync->applyPull(m_sync->planPull({kIdToken}));
    QCOMPARE(m_store->signingKid(kIdToken), QStringLiteral("old"));
    m_server->failNext(4, 500, 1); // the GET goes through, the PUT fails on every attempt
    try {
        m_sync->rotatePublish(kIdToken);
        QFAIL("a failed publish was reported as done");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("500")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("local trash")), qPrintable(e.message()));
    }
    // nothing half-done: the old key still signs here and there, no rotation is pending
    QCOMPARE(m_store->signingKid(kIdToken), QStringLiteral("old"));
    QCOMPARE(kidsOf(m_store->loadKeys(kIdToken, false)), QStringList{QStringLiteral("old")});
    QVERIFY(!m_store->rotations().find(QStringLiteral("fake"), kIdToken));
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), QStringList{QStringLiteral("old")});
    // and a new attempt works
    const QString fresh = m_sync->rotatePublish(kIdToken).state.newKid;
    QCOMPARE(kidsOf(m_server->keys(kIdToken)), (QStringList{fresh, QStringLiteral("old")}));
}

void TestRemoteSync::rotationNeedsARemotePrivateKey()
{
    // Hydra generates its own RS256 signer for a signing set that has no private key: nothing could wait there.
    m_server->setKeys(kIdToken, {toObject(makeKey(QStringLiteral("ES256"), QStringLiteral("pub")).publicKey())});
    m_server->clearRequests();
    for (const QString& set : {kIdToken, QStringLiteral("hydra.jwt.access-token")}) {
        try {
            m_sync->rotatePublish(set);
            QFAIL("publish into a signing set without a private key");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("no private key")), qPrintable(e.message()));
        }
    }
    for (const auto& r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("GET"));
    }
    QVERIFY(m_store->keySets().isEmpty());
    // a set Hydra does not sign with (a trust-grant issuer's keys) can be rotated from public keys
    const QString issuer = QStringLiteral("https://issuer.example");
    m_server->setKeys(issuer, {toObject(makeKey(QStringLiteral("ES256"), QStringLiteral("pub")).publicKey())});
    const RemoteSync::RotationReport r = m_sync->rotatePublish(issuer);
    QCOMPARE(kidsOf(m_server->keys(issuer)), (QStringList{r.state.newKid, QStringLiteral("pub")}));
}

// A rename replaces the old profile in one transaction, and is refused while a rotation staged under the old name
// is unfinished (the rotation would be stranded under a name that no longer exists).
void TestRemoteSync::renameRemote()
{
    const QString set = QStringLiteral("hydra.jwt.access-token");
    RemoteProfile profile;
    profile.name = QStringLiteral("old-name");
    profile.adminUrl = m_server->url();
    profile.bearerToken = SecureBytes::fromByteArray("token-123");
    jwk::SavedRemotes(*m_store).save(profile);
    RotationState state{QStringLiteral("old-name"),     set,
                        QStringLiteral("new"),          QStringLiteral("old"),
                        RotationState::Step::Published, QDateTime::currentDateTimeUtc()};
    m_store->rotations().save(state);
    RemoteProfile renamed = profile;
    renamed.name = QStringLiteral("new-name");
    try {
        jwk::SavedRemotes(*m_store).save(renamed, QStringLiteral("old-name"));
        QFAIL("renamed during a staged rotation");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("finish it before renaming")), qPrintable(e.message()));
    }
    QVERIFY(jwk::SavedRemotes(*m_store).find(QStringLiteral("old-name")));
    QVERIFY(!jwk::SavedRemotes(*m_store).find(QStringLiteral("new-name")));
    QVERIFY(m_store->rotations().find(QStringLiteral("old-name"), set));

    // Finished, the rotation no longer holds the name: one remote remains, under the new name, with its token.
    state.step = RotationState::Step::Retired;
    m_store->rotations().save(state);
    jwk::SavedRemotes(*m_store).save(renamed, QStringLiteral("old-name"));
    QStringList names;
    for (const auto& r : jwk::SavedRemotes(*m_store).list()) {
        names << r.name;
    }
    QCOMPARE(names, QStringList{QStringLiteral("new-name")});
    QVERIFY(jwk::SavedRemotes(*m_store).find(QStringLiteral("new-name"))->bearerToken == profile.bearerToken);
    QVERIFY(!m_store->rotations().find(QStringLiteral("old-name"), set));
}

QTEST_GUILESS_MAIN(TestRemoteSync)
#include "tst_remotesync.moc"
