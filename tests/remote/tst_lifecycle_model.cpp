// A stateful, randomised test of the whole key lifecycle (issue 11), in one process against the fake Hydra: random
// sequences of generate, import, delete, restore, push, pull, server-side generate and delete, staged rotation steps in
// any order, secret rotation, and a server that sometimes sends invalid keys. After every step it checks:
//   1. every private key ever reported stored is readable, or is in the trash (under its kid or <kid>~replaced-...);
//   2. a set Hydra signs with holds that signer's private key here (or in the trash) whenever that key came from the
//      store or was pulled into it;
//   3. the store passes PRAGMA integrity_check;
//   4. nothing invalid the server sent is stored (every live key passes the admission check).
// Seeded and reproducible: JWKMAN_LIFECYCLE_SEED picks one seed, JWKMAN_LIFECYCLE_STEPS the steps per seed.
// Mixed in: jwkman-cli writing to the same store killed with SIGKILL at a random moment, and two jwkman-cli processes
// writing at the same time as this process.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "keys/KeyAdmission.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <map>
#include <set>

using namespace jwk;
using jwk::test::FakeHydraServer;
using namespace remotetest;

namespace {

const QStringList kSets = {QStringLiteral("hydra.openid.id-token"), QStringLiteral("api")};

struct Known
{
    QString thumbprint;
};

QString integrity(const QString& path)
{
    const QString name = QStringLiteral("check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                result = q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QJsonObject offCurve(const QString& kid)
{
    QJsonObject k = makeJwk(QStringLiteral("ES256"), kid);
    QByteArray y = QByteArray::fromBase64(k.value(QStringLiteral("y")).toString().toLatin1(),
                                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    y[y.size() - 1] = char(y[y.size() - 1] ^ 0x01);
    k.insert(QStringLiteral("y"),
             QString::fromLatin1(y.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    return k;
}

class Lifecycle
{
public:
    Lifecycle(quint32 seed, FakeHydraServer& server, const QString& dir)
        : m_random(seed)
        , m_server(server)
        , m_path(dir + QStringLiteral("/store.sqlite"))
    {
        m_secrets << QByteArray("lifecycle-secret-0-0123456789");
        RemoteProfile profile;
        profile.name = QStringLiteral("fake");
        profile.adminUrl = server.url();
        m_client = std::make_unique<HydraAdminClient>(profile);
        m_client->setRetryPolicy(0, 1);
        reopen();
    }

    QString lastStep;
    int steps = 0;

    void step()
    {
        ++steps;
        const int op = int(m_random.bounded(16));
        const QString set = kSets[int(m_random.bounded(kSets.size()))];
        try {
            switch (op) {
            case 0:
            case 1:
                generateLocal(set);
                break;
            case 2:
                deleteLocal(set);
                break;
            case 3:
                restoreLocal();
                break;
            case 4:
                pushKey(set);
                break;
            case 5:
                pushSet(set);
                break;
            case 6:
            case 7:
                pull();
                break;
            case 8:
                serverGenerates(set);
                break;
            case 9:
                serverDeletes(set);
                break;
            case 10:
                rotate(kSets[0]);
                break;
            case 11:
                serverSendsInvalid(set);
                break;
            case 12:
                rotateSecret();
                break;
            case 13:
                importPublic(set);
                break;
            case 14:
                cliKilled(set);
                break;
            case 15:
                cliConcurrent(set);
                break;
            }
        } catch (const StoreError& e) {
            // A refusal is allowed; a refusal must not lose anything, which the invariants check.
            lastStep += QStringLiteral(" -> refused: ") + e.message();
        }
    }

    // Empty when every invariant holds; else what broke.
    QString check()
    {
        QStringList problems;
        std::set<QString> liveKids;
        std::map<QString, QString> liveThumbprintOf; // set/kid -> thumbprint of a live private key
        for (const auto& set : kSets) {
            if (!m_store->keySet(set)) {
                continue;
            }
            for (const auto& key : m_store->loadKeys(set, true)) {
                if (!keyAdmissionProblem(key).isEmpty()) {
                    problems << QStringLiteral("invalid key stored: %1/%2").arg(set, key.kid());
                }
                if (key.isPrivate()) {
                    liveThumbprintOf[set + u'/' + key.kid()] = key.thumbprint();
                }
            }
        }
        std::set<QString> trashed;
        for (const auto& t : m_store->trash().entries()) {
            trashed.insert(t.setName + u'/' + t.kid);
        }
        auto inTrash = [&](const QString& setKid) {
            if (trashed.count(setKid)) {
                return true;
            }
            for (const auto& t : trashed) {
                if (t.startsWith(setKid + QStringLiteral("~replaced-"))) {
                    return true;
                }
            }
            return false;
        };
        std::set<QString> privateThumbprints;
        for (const auto& [setKid, known] : m_private) {
            privateThumbprints.insert(known.thumbprint);
            const auto live = liveThumbprintOf.find(setKid);
            if (!(live != liveThumbprintOf.end() && live->second == known.thumbprint) && !inTrash(setKid)) {
                problems << QStringLiteral("private key lost: %1").arg(setKid);
            }
        }
        for (const auto& set : kSets) {
            const QList<QJsonObject> remote = m_server.keys(set);
            for (const auto& k : remote) {
                if (k.contains(QStringLiteral("d"))) {
                    const QString tp = JsonWebKey::fromJson(k).thumbprint();
                    const QString setKid = set + u'/' + k.value(QStringLiteral("kid")).toString();
                    if (privateThumbprints.count(tp) && liveThumbprintOf[setKid] != tp && !inTrash(setKid)) {
                        problems << QStringLiteral("Hydra signs with %1, which is no longer here").arg(setKid);
                    }
                    break; // the signer: the newest private key
                }
            }
        }
        const QString path = m_path;
        m_sync.reset();
        m_store.reset();
        const QString integrityResult = integrity(path);
        if (integrityResult != QStringLiteral("ok")) {
            problems << QStringLiteral("integrity_check: ") + integrityResult;
        }
        reopen();
        return problems.join(QStringLiteral("; "));
    }

private:
    void reopen()
    {
        QList<SecureBytes> list;
        for (const auto& s : m_secrets) {
            list << SecureBytes(s.constData(), std::size_t(s.size()));
        }
        m_store = KeyStore::open(m_path, SystemSecret::fromList(list));
        m_sync = std::make_unique<RemoteSync>(*m_client, *m_store, QStringLiteral("fake"));
        m_sync->setRotationConfirm([](const SetDiff&, const QString&) { return true; });
    }

    QString newKid() { return QStringLiteral("k%1").arg(++m_counter); }

    void remember(const QString& set, const JsonWebKey& key)
    {
        if (key.isPrivate()) {
            m_private[set + u'/' + key.kid()] = {key.thumbprint()};
        }
    }

    void generateLocal(const QString& set)
    {
        const JsonWebKey key =
            makeKey(m_random.bounded(2) ? QStringLiteral("ES256") : QStringLiteral("EdDSA"), newKid());
        lastStep = QStringLiteral("generate %1/%2").arg(set, key.kid());
        if (!m_store->addKeys(set, {key}, AuditLog::Action::Generated).added.isEmpty()) {
            remember(set, key);
        }
    }

    void importPublic(const QString& set)
    {
        const JsonWebKey key = makeKey(QStringLiteral("ES256"), newKid()).publicKey();
        lastStep = QStringLiteral("import public %1/%2").arg(set, key.kid());
        m_store->addKeys(set, {key});
    }

    QString randomLiveKid(const QString& set, bool privateOnly)
    {
        if (!m_store->keySet(set)) {
            return {};
        }
        QStringList kids;
        for (const auto& k : m_store->keys(set)) {
            if (!privateOnly || k.hasPrivate) {
                kids << k.kid;
            }
        }
        return kids.isEmpty() ? QString() : kids[int(m_random.bounded(kids.size()))];
    }

    void deleteLocal(const QString& set)
    {
        const QString kid = randomLiveKid(set, false);
        lastStep = QStringLiteral("delete %1/%2").arg(set, kid);
        if (!kid.isEmpty()) {
            m_store->trash().deleteKey(set, kid);
        }
    }

    void restoreLocal()
    {
        const auto trash = m_store->trash().entries();
        QList<TrashEntry> keys;
        for (const auto& t : trash) {
            if (!t.kid.isEmpty()) {
                keys << t;
            }
        }
        if (keys.isEmpty()) {
            lastStep = QStringLiteral("restore (nothing)");
            return;
        }
        const TrashEntry t = keys[int(m_random.bounded(keys.size()))];
        lastStep = QStringLiteral("restore %1/%2").arg(t.setName, t.kid);
        m_store->trash().restoreKey(t.setName, t.kid);
    }

    void pushKey(const QString& set)
    {
        const QString kid = randomLiveKid(set, true);
        lastStep = QStringLiteral("push %1/%2").arg(set, kid);
        if (!kid.isEmpty()) {
            m_sync->pushKey(set, kid);
        }
    }

    void pushSet(const QString& set)
    {
        lastStep = QStringLiteral("push set %1").arg(set);
        if (m_store->keySet(set) && m_store->keySet(set)->keyCount > 0) {
            m_sync->pushSet(m_sync->planPushSet(set), false);
        }
    }

    void pull()
    {
        lastStep = QStringLiteral("pull");
        const QList<SetDiff> diffs = m_sync->planPull(kSets);
        m_sync->applyPull(diffs);
        // Keys pulled with their private part are now the store's to keep.
        for (const auto& d : diffs) {
            if (d.remoteMissing) {
                continue;
            }
            for (const auto& key : d.remoteKeys) {
                const auto here = m_store->keyInfo(d.setName, key.kid());
                if (key.isPrivate() && here && here->thumbprint == key.thumbprint()) {
                    remember(d.setName, key);
                }
            }
        }
    }

    void serverGenerates(const QString& set)
    {
        lastStep = QStringLiteral("server generates in %1").arg(set);
        QList<QJsonObject> keys = m_server.keys(set);
        keys.prepend(makeJwk(QStringLiteral("ES256"), newKid()));
        m_server.setKeys(set, keys);
    }

    void serverDeletes(const QString& set)
    {
        QList<QJsonObject> keys = m_server.keys(set);
        if (keys.isEmpty()) {
            lastStep = QStringLiteral("server deletes (nothing)");
            return;
        }
        const int i = int(m_random.bounded(keys.size()));
        lastStep = QStringLiteral("server deletes %1/%2").arg(set, keys[i].value(QStringLiteral("kid")).toString());
        keys.removeAt(i);
        m_server.setKeys(set, keys);
    }

    void serverSendsInvalid(const QString& set)
    {
        lastStep = QStringLiteral("server holds an invalid key in %1").arg(set);
        QList<QJsonObject> keys = m_server.keys(set);
        keys.prepend(m_random.bounded(2) ? offCurve(newKid())
                                         : makeJwk(QStringLiteral("ES256"), newKid() + QStringLiteral("\x1b[31m")));
        m_server.setKeys(set, keys);
    }

    void rotate(const QString& set)
    {
        const int step = int(m_random.bounded(3));
        lastStep = QStringLiteral("rotate %1 step %2").arg(set).arg(step);
        RemoteSync::RotationReport report;
        if (step == 0) {
            report = m_sync->rotatePublish(set);
        } else if (step == 1) {
            report = m_sync->rotateActivate(set);
        } else {
            report = m_sync->rotateRetire(set);
        }
        if (step == 0) {
            remember(set, m_store->loadKey(set, report.state.newKid));
        }
    }

    QProcess* startCliGenerate(const QString& set, const QString& kid)
    {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList secrets;
        for (const auto& s : m_secrets) {
            secrets << QString::fromLatin1(s);
        }
        env.insert(QStringLiteral("SECRETS_SYSTEM"), secrets.join(u','));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(JWKMAN_CLI_PATH),
                 {QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--set"),
                  set, QStringLiteral("--kid"), kid, QStringLiteral("--store"), m_path});
        return p;
    }

    // A jwkman-cli that reported success has its key in the store: remembered from the public JWK it printed.
    void rememberCli(QProcess* p, const QString& set)
    {
        if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0) {
            const JsonWebKey pub = JsonWebKey::fromJson(p->readAllStandardOutput());
            m_private[set + u'/' + pub.kid()] = {pub.thumbprint()};
        }
    }

    // A crash: jwkman-cli writing to the store is killed (SIGKILL) after a random few milliseconds.
    void cliKilled(const QString& set)
    {
        const QString kid = newKid();
        const int after = int(m_random.bounded(80));
        lastStep = QStringLiteral("jwkman-cli generate %1/%2 killed after %3 ms").arg(set, kid).arg(after);
        std::unique_ptr<QProcess> p(startCliGenerate(set, kid));
        p->waitForStarted(10000);
        QThread::msleep(after);
        p->kill();
        p->waitForFinished(10000);
        rememberCli(p.get(), set);
    }

    // Two jwkman-cli processes and this process write at the same moment.
    void cliConcurrent(const QString& set)
    {
        const QString a = newKid(), b = newKid();
        lastStep = QStringLiteral("two jwkman-cli generate (%1, %2) and a local generate at once").arg(a, b);
        std::unique_ptr<QProcess> p(startCliGenerate(set, a));
        std::unique_ptr<QProcess> q(startCliGenerate(kSets[0], b));
        try {
            generateLocal(set);
        } catch (const StoreError& e) {
            QVERIFY2(e.kind() == StoreError::Kind::Busy, qPrintable(e.message()));
        }
        p->waitForFinished(60000);
        q->waitForFinished(60000);
        rememberCli(p.get(), set);
        rememberCli(q.get(), kSets[0]);
    }

    void rotateSecret()
    {
        const QByteArray fresh = QByteArray("lifecycle-secret-") + QByteArray::number(++m_counter) + "-0123456789";
        lastStep = QStringLiteral("rotate-secret");
        m_secrets.prepend(fresh);
        m_sync.reset();
        m_store.reset();
        reopen();
        const RotationResult r = m_store->rotateSecret();
        if (r.undecryptable.isEmpty()) {
            m_secrets = {fresh}; // everything moved: the old secrets can go
            m_sync.reset();
            m_store.reset();
            reopen();
        }
    }

    QRandomGenerator m_random;
    FakeHydraServer& m_server;
    QString m_path;
    QList<QByteArray> m_secrets;
    std::unique_ptr<HydraAdminClient> m_client;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<RemoteSync> m_sync;
    std::map<QString, Known> m_private; // "set/kid" of every private key reported stored
    int m_counter = 0;
};

} // namespace

class TestLifecycleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpEnvironment(); }
    void randomSequences_data();
    void randomSequences();
};

// One data row per seed: each seed is its own test run, with its own QTest time limit.
void TestLifecycleModel::randomSequences_data()
{
    QTest::addColumn<quint32>("seed");
    QList<quint32> seeds = {1, 2, 3, 4, 5, 6};
    if (qEnvironmentVariableIsSet("JWKMAN_LIFECYCLE_SEED")) {
        seeds = {quint32(qEnvironmentVariableIntValue("JWKMAN_LIFECYCLE_SEED"))};
    }
    for (const quint32 seed : seeds) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestLifecycleModel::randomSequences()
{
    QFETCH(quint32, seed);
    int stepsPerSeed = 400;
    if (qEnvironmentVariableIsSet("JWKMAN_LIFECYCLE_STEPS")) {
        stepsPerSeed = qEnvironmentVariableIntValue("JWKMAN_LIFECYCLE_STEPS");
    }
    QTemporaryDir dir;
    FakeHydraServer server;
    server.setRsaBits(2048);
    QVERIFY(server.start() != 0);
    Lifecycle run(seed, server, dir.path());
    QStringList history;
    for (int i = 0; i < stepsPerSeed; ++i) {
        run.step();
        history << run.lastStep;
        const QString problem = run.check();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("seed %1, step %2 (%3): %4\nlast steps: %5")
                                .arg(seed)
                                .arg(i + 1)
                                .arg(run.lastStep, problem, history.mid(qMax(0, i - 8)).join(QStringLiteral(" | ")))));
    }
    QCOMPARE(run.steps, stepsPerSeed);
    qInfo("lifecycle: seed %u, %d steps", seed, run.steps);
}

QTEST_GUILESS_MAIN(TestLifecycleModel)
#include "tst_lifecycle_model.moc"
