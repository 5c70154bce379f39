// Concurrent writers on one store file: two KeyStore objects on two threads, several store_writer processes
// and jwkman-cli at the same time. Each write either succeeds (SQLite's busy_timeout waits for the other) or
// fails with StoreError Busy and a clear message; nothing half-written is left and PRAGMA integrity_check
// stays ok. A write lock held for longer than the busy timeout gives Busy, and readers are never blocked.

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"
#include "store/KeyStore.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecret = "concurrency-test-secret-0123456789";

QString writerPath()
{
    return QStringLiteral(JWKMAN_STORE_WRITER_PATH);
}

QString cliPath()
{
    return QStringLiteral(JWKMAN_CLI_PATH);
}

QString integrityCheck(const QString& path)
{
    if (ServerLocation::isServerUrl(path)) {
        // The server keeps its pages whole; what can go wrong here is a half-applied write: a key without its set.
        RawStoreDb raw(path);
        const QVariant orphans = raw.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM jwk_keys k LEFT JOIN jwk_sets s ON s.id = k.set_id WHERE s.id IS NULL"));
        return orphans.isValid() && orphans.toInt() == 0 ? QStringLiteral("ok")
                                                         : QStringLiteral("%1 orphan keys").arg(orphans.toInt());
    }
    const QString name = QStringLiteral("check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
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

QList<JsonWebKey> ecKeys(int n, const QString& prefix)
{
    QList<JsonWebKey> keys;
    for (int i = 0; i < n; ++i) {
        keys << generate(QStringLiteral("ES256"), 0, QStringLiteral("%1-%2").arg(prefix).arg(i));
    }
    return keys;
}

bool isClearBusyMessage(const QString& message)
{
    // A file: SQLite's busy timeout ran out. A server: a lock wait ran out, or the serializable retries did.
    return message.contains(QStringLiteral("in use by another process")) ||
           (onServer() && (message.contains(QStringLiteral("is writing to the team store")) ||
                           message.contains(QStringLiteral("was changed by")) ||
                           message.contains(QStringLiteral("someone else changed the store"))));
}

int keyCount(const KeyStore& store, const QString& set)
{
    const auto s = store.keySet(set);
    return s ? s->keyCount : 0;
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoStoresOnTwoThreads();
    void twoStoresOnTwoThreadsBigTransactions();
    void processesAtOnce();
    void cliWhileAWriterRuns();
    void lockHeldTooLongGivesBusy();
    void firstUseByManyProcessesAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestStoreConcurrency::initTestCase()
{
    setUpEnvironment();
    qputenv("SECRETS_SYSTEM", kSecret);
}

void TestStoreConcurrency::cleanupTestCase()
{
    qunsetenv("SECRETS_SYSTEM");
}

void TestStoreConcurrency::twoStoresOnTwoThreads()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    KeyStore::open(path, secrets(kSecret));
    const QList<JsonWebKey> keysA = ecKeys(200, QStringLiteral("a"));
    const QList<JsonWebKey> keysB = ecKeys(200, QStringLiteral("b"));

    struct Result
    {
        int added = 0;
        int busy = 0;
        QStringList otherErrors;
        QStringList busyMessages;
    };
    Result ra;
    Result rb;
    std::atomic_int ready{0};
    auto writer = [&](const QString& set, const QList<JsonWebKey>& keys, Result& r) {
        try {
            auto store = KeyStore::open(path, secrets(kSecret));
            ++ready;
            while (ready.load() < 2) {
                std::this_thread::yield();
            }
            // One transaction per key: the two writers interleave hundreds of times.
            for (const auto& key : keys) {
                try {
                    r.added += int(store->addKeys(set, {key}).added.size());
                } catch (const StoreError& e) {
                    if (e.kind() == StoreError::Kind::Busy) {
                        ++r.busy;
                        r.busyMessages << e.message();
                    } else {
                        r.otherErrors << e.message();
                    }
                }
            }
        } catch (const std::exception& e) {
            ++ready;
            r.otherErrors << QString::fromUtf8(e.what());
        }
    };
    std::thread ta(writer, QStringLiteral("set-a"), std::cref(keysA), std::ref(ra));
    std::thread tb(writer, QStringLiteral("set-b"), std::cref(keysB), std::ref(rb));
    ta.join();
    tb.join();

    QVERIFY2(ra.otherErrors.isEmpty(), qPrintable(ra.otherErrors.join(u'\n')));
    QVERIFY2(rb.otherErrors.isEmpty(), qPrintable(rb.otherErrors.join(u'\n')));
    for (const auto& m : ra.busyMessages + rb.busyMessages) {
        QVERIFY2(isClearBusyMessage(m), qPrintable(m));
    }
    QCOMPARE(ra.added + ra.busy, 200);
    QCOMPARE(rb.added + rb.busy, 200);
    qInfo("thread A: %d added, %d busy; thread B: %d added, %d busy", ra.added, ra.busy, rb.added, rb.busy);

    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(keyCount(*store, QStringLiteral("set-a")), ra.added);
    QCOMPARE(keyCount(*store, QStringLiteral("set-b")), rb.added);
    // The sequence numbers are unique across both writers (newest first is well defined).
    QSet<qint64> sequences;
    for (const auto& k : store->allKeys()) {
        sequences.insert(k.sequence);
    }
    QCOMPARE(sequences.size(), ra.added + rb.added);
    QVERIFY(store->loadKey(QStringLiteral("set-a"), QStringLiteral("a-199")).sameKeyAs(keysA[199]));
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestStoreConcurrency::twoStoresOnTwoThreadsBigTransactions()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    KeyStore::open(path, secrets(kSecret));
    const QList<JsonWebKey> keysA = ecKeys(1000, QStringLiteral("a"));
    const QList<JsonWebKey> keysB = ecKeys(1000, QStringLiteral("b"));
    std::atomic_int ready{0};
    QString errorA;
    QString errorB;
    int addedA = 0;
    int addedB = 0;
    auto writer = [&](const QString& set, const QList<JsonWebKey>& keys, int& added, QString& error) {
        try {
            auto store = KeyStore::open(path, secrets(kSecret));
            ++ready;
            while (ready.load() < 2) {
                std::this_thread::yield();
            }
            added = int(store->addKeys(set, keys).added.size());
        } catch (const StoreError& e) {
            error = QStringLiteral("%1: %2").arg(int(e.kind())).arg(e.message());
        }
    };
    std::thread ta(writer, QStringLiteral("set-a"), std::cref(keysA), std::ref(addedA), std::ref(errorA));
    std::thread tb(writer, QStringLiteral("set-b"), std::cref(keysB), std::ref(addedB), std::ref(errorB));
    ta.join();
    tb.join();
    // A 1000-key transaction takes far less than the 5 s busy timeout: both wait their turn and succeed.
    QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
    QVERIFY2(errorB.isEmpty(), qPrintable(errorB));
    QCOMPARE(addedA, 1000);
    QCOMPARE(addedB, 1000);
    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(keyCount(*store, QStringLiteral("set-a")), 1000);
    QCOMPARE(keyCount(*store, QStringLiteral("set-b")), 1000);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestStoreConcurrency::processesAtOnce()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    KeyStore::open(path, secrets(kSecret));
    const int n = 800;
    const QString jwksA = dir.filePath(QStringLiteral("a.jwks"));
    const QString jwksB = dir.filePath(QStringLiteral("b.jwks"));
    const QString jwksC = dir.filePath(QStringLiteral("c.jwks"));
    QVERIFY(writeAll(jwksA, bytes(JsonWebKeySet(ecKeys(n, QStringLiteral("a"))).toJson(true))));
    QVERIFY(writeAll(jwksB, bytes(JsonWebKeySet(ecKeys(n, QStringLiteral("b"))).toJson(true))));
    QVERIFY(writeAll(jwksC, bytes(JsonWebKeySet(ecKeys(200, QStringLiteral("c"))).toJson(true))));

    // Two big single-transaction writers, one writer of many small transactions, and this process.
    QList<QProcess*> procs;
    const QList<QStringList> argsList = {
        {path, QStringLiteral("proc-a"), jwksA},
        {path, QStringLiteral("proc-b"), jwksB},
        {path, QStringLiteral("proc-c"), jwksC, QStringLiteral("--each")},
    };
    for (const auto& args : argsList) {
        auto* p = new QProcess(this);
        p->setProgram(writerPath());
        p->setArguments(args);
        p->start();
        procs << p;
    }
    for (auto* p : procs) {
        QVERIFY(p->waitForStarted(10000));
    }
    int localAdded = 0;
    int localBusy = 0;
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        for (const auto& key : ecKeys(100, QStringLiteral("local"))) {
            try {
                localAdded += int(store->addKeys(QStringLiteral("local"), {key}).added.size());
            } catch (const StoreError& e) {
                QCOMPARE(e.kind(), StoreError::Kind::Busy);
                QVERIFY2(isClearBusyMessage(e.message()), qPrintable(e.message()));
                ++localBusy;
            }
        }
    }
    QList<int> codes;
    for (auto* p : procs) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        const QByteArray err = p->readAllStandardError();
        codes << p->exitCode();
        if (p->exitCode() == 3) {
            QVERIFY2(isClearBusyMessage(QString::fromUtf8(err)), err.constData());
        } else {
            QVERIFY2(p->exitCode() == 0, err.constData());
        }
        delete p;
    }
    qInfo("writers exited %d %d %d; this process added %d, busy %d", codes[0], codes[1], codes[2], localAdded,
          localBusy);

    auto store = KeyStore::open(path, secrets(kSecret));
    // All or nothing for the single-transaction writers, matching their exit status.
    QCOMPARE(keyCount(*store, QStringLiteral("proc-a")), codes[0] == 0 ? n : 0);
    QCOMPARE(keyCount(*store, QStringLiteral("proc-b")), codes[1] == 0 ? n : 0);
    if (codes[2] == 0) {
        QCOMPARE(keyCount(*store, QStringLiteral("proc-c")), 200);
    }
    QCOMPARE(keyCount(*store, QStringLiteral("local")), localAdded);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestStoreConcurrency::cliWhileAWriterRuns()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    KeyStore::open(path, secrets(kSecret));
    const QString jwks = dir.filePath(QStringLiteral("big.jwks"));
    QVERIFY(writeAll(jwks, bytes(JsonWebKeySet(ecKeys(2000, QStringLiteral("w"))).toJson(true))));

    QProcess writer;
    writer.setProgram(writerPath());
    writer.setArguments({path, QStringLiteral("writer"), jwks});
    writer.start();
    QVERIFY(writer.waitForStarted(10000));
    // Start the CLI as soon as the writer has begun its transaction.
    QByteArray out;
    while (!out.contains("adding") && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        out += writer.readAllStandardOutput();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    QList<Run> runs;
    for (int i = 0; i < 3; ++i) {
        runs << runProgram(cliPath(),
                           {QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                            QStringLiteral("--set"), QStringLiteral("cli"), QStringLiteral("--store"), path},
                           {}, 60000, env);
        runs << runProgram(cliPath(), {QStringLiteral("sets"), QStringLiteral("--store"), path}, {}, 60000, env);
    }
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    int generated = 0;
    for (const auto& r : runs) {
        if (r.exitCode == 0) {
            continue;
        }
        // Busy is an I/O failure: exit 1 with one clear line.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isClearBusyMessage(QString::fromUtf8(r.err)), qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
    }
    for (int i = 0; i < runs.size(); i += 2) {
        generated += runs[i].exitCode == 0 ? 1 : 0;
    }
    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(keyCount(*store, QStringLiteral("writer")), 2000);
    QCOMPARE(keyCount(*store, QStringLiteral("cli")), generated);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestStoreConcurrency::lockHeldTooLongGivesBusy()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    auto store = KeyStore::open(path, secrets(kSecret));
    store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("first"))});

    const QString name = QStringLiteral("holder-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(onServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (onServer()) {
            ServerLocation::parse(path).configure(holder, pgServer().password);
        } else {
            holder.setDatabaseName(path);
        }
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
                     (onServer() && q.exec(QStringLiteral("BEGIN")) &&
                      // Another jwkman writer in the middle of its transaction: it holds the writers' advisory lock
                      // (SqlDialect's beginWrite), which every write waits for. Readers do not.
                      q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7022907045728)"))),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO jwk_audit (at, action, set_name, kid, detail) VALUES (0, "
                                      "'test', '', '', 'held')")));

        // Readers are not blocked by a writer (WAL): listing and loading work, and so does opening.
        QCOMPARE(store->keys(QStringLiteral("s")).size(), 1);
        QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("first")).isPrivate());
        auto second = KeyStore::open(path, secrets(kSecret));
        QCOMPARE(second->allKeys().size(), 1);

        // A writer waits for the busy timeout (5 s; a server's lock_timeout 10 s), then gives up with Busy and a
        // message that says why.
        QElapsedTimer timer;
        timer.start();
        const auto error = storeErrorOf(
            [&] { store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("x"))}); });
        const qint64 waited = timer.elapsed();
        QVERIFY(error);
        QVERIFY2(error->kind() == StoreError::Kind::Busy, qPrintable(error->message()));
        QVERIFY2(isClearBusyMessage(error->message()), qPrintable(error->message()));
        QVERIFY2(waited >= 4500, qPrintable(QString::number(waited)));
        QVERIFY2(waited < 60000, qPrintable(QString::number(waited)));
        qInfo("Busy after %lld ms: %s", waited, qPrintable(error->message()));

        // Every kind of write gives Busy, and leaves nothing behind.
        for (const auto& write : std::initializer_list<std::function<void()>>{
                 [&] { second->createKeySet(QStringLiteral("t")); },
                 [&] { second->trash().deleteKey(QStringLiteral("s"), QStringLiteral("first")); },
             }) {
            const auto e = storeErrorOf(write);
            QVERIFY(e);
            QVERIFY2(e->kind() == StoreError::Kind::Busy, qPrintable(e->message()));
        }
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);

    // The lock is gone: writes go through, and nothing of the refused ones is there.
    QCOMPARE(store->keys(QStringLiteral("s")).size(), 1);
    QVERIFY(!store->keySet(QStringLiteral("t")));
    QCOMPARE(
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("x"))}).added.size(),
        1);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

// Several `jwkman-cli generate` at the same moment on a store that does not exist yet, with a generated secret (no
// SECRETS_SYSTEM): one secret and one schema are made; every process that reported success has its key in the store
// and the key decrypts. Before the store lock each process generated its own secret, the last one replaced the
// others' file, and their keys were lost ("does not open the store", "table jwk_meta already exists").
void TestStoreConcurrency::firstUseByManyProcessesAtOnce()
{
    const int rounds = 6;
    const int perRound = 8;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SECRETS_SYSTEM"));
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    if (onServer()) {
        // A team store never generates its secret: the processes share the team's; one of them makes the schema
        // (under the server's advisory lock) and the others find it.
        env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecret));
        env.insert(QStringLiteral("PGPASSWORD"), pgServer().password);
    }
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        const QString path = onServer() ? freshStoreLocation(dir) : dir.filePath(QStringLiteral("new/store.sqlite"));
        QList<QProcess*> procs;
        for (int i = 0; i < perRound; ++i) {
            auto* p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->setProgram(cliPath());
            p->setArguments({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                             QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--kid"),
                             QStringLiteral("k%1").arg(i), QStringLiteral("--store"), path});
            procs << p;
        }
        for (auto* p : procs) {
            p->start();
        }
        QStringList succeeded;
        for (int i = 0; i < perRound; ++i) {
            QProcess* p = procs[i];
            QVERIFY(p->waitForFinished(60000));
            const QByteArray err = p->readAllStandardError();
            // Waiting for the others is allowed to end in a clear Busy, never in a lost key or a broken store.
            if (p->exitCode() == 0) {
                succeeded << QStringLiteral("k%1").arg(i);
            } else {
                QVERIFY2(isClearBusyMessage(QString::fromUtf8(err)), err.constData());
            }
            delete p;
        }
        QVERIFY2(succeeded.size() >= perRound / 2, qPrintable(succeeded.join(u' ')));
        // Every key reported stored decrypts with the one secret the store has now.
        QProcess exportRun;
        exportRun.setProcessEnvironment(env);
        exportRun.start(cliPath(), {QStringLiteral("export"), QStringLiteral("s"), QStringLiteral("--private"),
                                    QStringLiteral("--store"), path});
        QVERIFY(exportRun.waitForFinished(60000));
        QVERIFY2(exportRun.exitCode() == 0, exportRun.readAllStandardError().constData());
        const QJsonObject set = QJsonDocument::fromJson(exportRun.readAllStandardOutput()).object();
        QStringList exported;
        for (const auto& k : set.value(QStringLiteral("keys")).toArray()) {
            QVERIFY(k.toObject().contains(QStringLiteral("d")));
            exported << k.toObject().value(QStringLiteral("kid")).toString();
        }
        exported.sort();
        succeeded.sort();
        QCOMPARE(exported, succeeded);
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        if (!onServer()) {
            QCOMPARE(fileMode(dir.filePath(QStringLiteral("new/store.secret"))), 0600);
        }
    }
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
