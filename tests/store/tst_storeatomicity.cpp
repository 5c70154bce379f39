// Atomicity under SIGKILL: store_writer adds a JWK Set of 2000 EC keys in one addKeys call; the test kills it
// with SIGKILL at several points (fixed delays after it says "adding", and points spread over the measured
// length of the transaction), then opens the store and checks that the set has either 0 or 2000 keys, never
// in between, that the audit log agrees, that PRAGMA integrity_check is ok, and that the store works on. The same
// for rotate-secret (store_writer --rotate, 128 rows a statement): killed at any point, the store opens under the old
// secret with every row still under it, or under the new one with every row moved, never a mix; every key loads.
// The same for the import use case (store_writer --import, as jwkman-cli import): a file refused at its end after
// 2,048 of its keys went in (rolled back to its savepoint), then the 2000 keys; killed anywhere, 0 or 2000 keys.

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"
#include "store/KeyStore.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

constexpr int kKeys = 2000;
const QByteArray kSecret = "atomicity-test-secret-0123456789";
const QString kSet = QStringLiteral("big");

QString writerPath()
{
    return QStringLiteral(JWKMAN_STORE_WRITER_PATH);
}

QString integrityCheck(const QString& path)
{
    if (ServerLocation::isServerUrl(path)) {
        // The server keeps its pages whole; what could go wrong is a half-applied write: a key without its set.
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

struct Outcome
{
    bool killed = false; // the writer was still running when it was killed
    int keys = -1;
    qint64 ms = 0; // how long after "adding" the kill came (or the writer ended)
};

} // namespace

class TestStoreAtomicity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void completeRun();
    void killDuringAddKeys_data();
    void killDuringAddKeys();
    void wrongSecretAfterCrash();
    void killDuringRotateSecret_data();
    void killDuringRotateSecret();
    void cleanupTestCase();

private:
    Outcome runAndKill(const QString& store, int killAfterMs, const QStringList& args = {});
    QStringList importArgs(const QString& store) const;
    void storeForRotation(const QString& path);
    QTemporaryDir m_dir;
    QString m_jwks;
    QString m_refusedJwks; // the same keys and 100 of them again, then an element that is not a JWK
    QList<JsonWebKey> m_keys;
    qint64 m_fullMs = 0;
    qint64 m_fullImportMs = 0;
    int m_killedMidway = 0;
    int m_killedAfter = 0;
};

void TestStoreAtomicity::initTestCase()
{
    setUpEnvironment();
    qputenv("SECRETS_SYSTEM", kSecret);
    QVERIFY(QFileInfo::exists(writerPath()));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kKeys; ++i) {
        m_keys << generate(QStringLiteral("ES256"), 0, QStringLiteral("key-%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    m_jwks = m_dir.filePath(QStringLiteral("keys.jwks"));
    QVERIFY(writeAll(m_jwks, bytes(JsonWebKeySet(m_keys).toJson(true, JsonFormat::Compact))));
    m_refusedJwks = m_dir.filePath(QStringLiteral("refused.jwks"));
    QByteArray refused = bytes(JsonWebKeySet(m_keys + m_keys.mid(0, 100)).toJson(true, JsonFormat::Compact));
    refused.insert(refused.lastIndexOf(']'), ",{\"kty\":\"EC\"}");
    QVERIFY(writeAll(m_refusedJwks, refused));
    qInfo("generated %d EC P-256 keys in %lld ms", kKeys, timer.elapsed());
}

void TestStoreAtomicity::cleanupTestCase()
{
    qInfo("kills: %d landed inside the transaction (0 keys), %d after the commit (all keys); full run %lld ms",
          m_killedMidway, m_killedAfter, m_fullMs);
    qunsetenv("SECRETS_SYSTEM");
}

Outcome TestStoreAtomicity::runAndKill(const QString& store, int killAfterMs, const QStringList& args)
{
    Outcome outcome;
    QProcess p;
    p.setProgram(writerPath());
    p.setArguments(args.isEmpty() ? QStringList{store, kSet, m_jwks} : args);
    p.start();
    if (!p.waitForStarted(10000)) {
        return outcome;
    }
    QByteArray out;
    while (!out.contains("adding") && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    QElapsedTimer timer;
    timer.start();
    if (killAfterMs >= 0) {
        while (timer.elapsed() < killAfterMs && p.state() == QProcess::Running) {
            QThread::usleep(200);
        }
        outcome.killed = p.state() == QProcess::Running;
        outcome.ms = timer.elapsed();
        p.kill(); // SIGKILL
    }
    p.waitForFinished(120000);
    if (killAfterMs < 0) {
        outcome.ms = timer.elapsed();
    }
    out += p.readAllStandardOutput();
    if (ServerLocation::isServerUrl(store)) {
        // A COMMIT the writer sent just before SIGKILL is still carried out by its server process, which may not have
        // done so yet (seen: the old secret opened the store, then the new one too, its commit landing in between).
        // What the crash left is known once no other session is connected to the store's database.
        RawStoreDb raw(store);
        QElapsedTimer waited;
        waited.start();
        while (raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                                         "pid <> pg_backend_pid()"))
                       .toInt() > 0 &&
               waited.elapsed() < 30000) {
            QThread::msleep(5);
        }
    }
    if (!outcome.killed && killAfterMs >= 0) {
        // It ended before the kill: it must have said so.
        if (!out.contains("added") && !out.contains("rotated")) {
            qWarning("writer ended without finishing: %s %s", out.constData(), p.readAllStandardError().constData());
        }
    }
    return outcome;
}

void TestStoreAtomicity::completeRun()
{
    const QString path = onServer() ? freshStoreLocation(m_dir) : m_dir.filePath(QStringLiteral("complete.sqlite"));
    KeyStore::open(path, secrets(kSecret));
    const Outcome o = runAndKill(path, -1);
    m_fullMs = o.ms;
    qInfo("store_writer added %d keys in one transaction in %lld ms", kKeys, o.ms);
    {
        const QString imported =
            onServer() ? freshStoreLocation(m_dir) : m_dir.filePath(QStringLiteral("import.sqlite"));
        KeyStore::open(imported, secrets(kSecret));
        m_fullImportMs = runAndKill(imported, -1, importArgs(imported)).ms;
        qInfo("store_writer --import in %lld ms", m_fullImportMs);
        auto store = KeyStore::open(imported, secrets(kSecret));
        QCOMPARE(store->keySet(kSet)->keyCount, kKeys);
        QCOMPARE(store->keys(kSet).first().kid, QStringLiteral("key-0000"));
    }
    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(store->keySet(kSet)->keyCount, kKeys);
    // The first key of the JWK Set is the newest.
    const auto keys = store->keys(kSet);
    QCOMPARE(keys.first().kid, QStringLiteral("key-0000"));
    QCOMPARE(keys.last().kid, QStringLiteral("key-1999"));
    QVERIFY(store->loadKey(kSet, QStringLiteral("key-1234")).sameKeyAs(m_keys[1234]));
}

void TestStoreAtomicity::killDuringAddKeys_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTest::addColumn<bool>("import");
    for (int ms : {0, 1, 5, 20, 50, 100, 200, 300, 500}) {
        QTest::addRow("after %d ms", ms) << ms << false;
    }
    // Spread over the length of a full run, so that most kills land inside the transaction whatever the
    // machine's speed, and a few around the commit.
    const qint64 full = qMax<qint64>(m_fullMs, 10);
    for (int percent : {10, 25, 40, 55, 70, 85, 95, 98, 100, 103, 110}) {
        QTest::addRow("at %d%% of a full run", percent) << int(full * percent / 100) << false;
    }
    const qint64 fullImport = qMax<qint64>(m_fullImportMs, 10);
    for (int percent : {5, 20, 35, 50, 65, 80, 95, 100, 105}) {
        QTest::addRow("import, at %d%% of a full run", percent) << int(fullImport * percent / 100) << true;
    }
}

QStringList TestStoreAtomicity::importArgs(const QString& store) const
{
    return {store, kSet, m_refusedJwks, m_jwks, QStringLiteral("--import")};
}

void TestStoreAtomicity::killDuringAddKeys()
{
    QFETCH(int, killAfterMs);
    QFETCH(bool, import);
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        store->addKeys(QStringLiteral("other"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("before"))});
    }
    const Outcome o = runAndKill(path, killAfterMs, import ? importArgs(path) : QStringList());

    // The store opens fine and the set is all or nothing.
    std::unique_ptr<KeyStore> store;
    const auto error = storeErrorOf([&] { store = KeyStore::open(path, secrets(kSecret)); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    const auto set = store->keySet(kSet);
    const int count = set ? set->keyCount : 0;
    qInfo("killed %s after %lld ms: %d keys", o.killed ? "while running" : "after it ended", o.ms, count);
    QVERIFY2(count == 0 || count == kKeys, qPrintable(QStringLiteral("%1 keys").arg(count)));
    (count == 0 ? m_killedMidway : m_killedAfter)++;
    if (!o.killed) {
        QCOMPARE(count, kKeys);
    }
    // Nothing of the set was committed without the rest: no set row, no key rows, no audit rows.
    int imported = 0;
    for (const auto& e : store->audit().entries(10000)) {
        imported += e.action == QStringLiteral("imported") && e.setName == kSet ? 1 : 0;
    }
    QCOMPARE(imported, count);
    QCOMPARE(store->allKeys().size(), count + 1);
    QVERIFY(store->loadKey(QStringLiteral("other"), QStringLiteral("before")).isPrivate());
    if (count == kKeys) {
        QVERIFY(store->loadKey(kSet, QStringLiteral("key-1999")).sameKeyAs(m_keys[1999]));
    }
    // It works on: the same import again completes (or skips everything when it was done).
    const AddKeysResult again = store->addKeys(kSet, m_keys.mid(0, 50));
    QCOMPARE(again.added.size() + again.skipped.size(), 50);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestStoreAtomicity::wrongSecretAfterCrash()
{
    // A writer killed after its commit, before it closed: the committed pages are still in the -wal. Opening the
    // store with a wrong secret must leave the database file and the -wal as they are (a read-write connection
    // closing last would checkpoint the -wal into the database and delete it).
    if (onServer()) {
        QSKIP("SQLite's -wal after a crash: a server commits whole or not at all (killDuringAddKeys checks that)");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString wal = path + QStringLiteral("-wal");
    KeyStore::open(path, secrets(kSecret));
    QProcess p;
    p.setProgram(writerPath());
    p.setArguments({path, kSet, m_jwks, QStringLiteral("--hold")});
    p.start();
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("added") && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.contains("added"), out.constData());
    p.kill();
    p.waitForFinished(10000);
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray db = readAll(path);
    const QByteArray walBytes = readAll(wal);

    for (const QByteArray& wrong :
         {QByteArray("a-wrong-secret-0123456789"), QByteArray("x-wrong-1234567890,y-wrong-1234567890")}) {
        const auto error = storeErrorOf([&] { KeyStore::open(path, secrets(wrong)); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
        QVERIFY(readAll(path) == db);
        QVERIFY(readAll(wal) == walBytes);
    }
    // The right secret finds every committed key.
    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(store->keySet(kSet)->keyCount, kKeys);
    store.reset();
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

namespace {
const QByteArray kNewSecret = "atomicity-test-new-secret-98765";
} // namespace

// 2,000 keys (the set of killDuringAddKeys) and 300 more in a second set, 30 of them in the trash, under kSecret.
void TestStoreAtomicity::storeForRotation(const QString& path)
{
    auto store = KeyStore::open(path, secrets(kSecret));
    QCOMPARE(store->addKeys(kSet, m_keys).added.size(), kKeys);
    QList<JsonWebKey> more;
    for (int i = 0; i < 300; ++i) {
        more << generate(QStringLiteral("EdDSA"), 0, QStringLiteral("more-%1").arg(i));
    }
    QCOMPARE(store->addKeys(QStringLiteral("more"), more).added.size(), 300);
    for (int i = 0; i < 300; i += 10) {
        store->trash().deleteKey(QStringLiteral("more"), QStringLiteral("more-%1").arg(i));
    }
}

void TestStoreAtomicity::killDuringRotateSecret_data()
{
    QTest::addColumn<int>("killAfterMs");
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    storeForRotation(path);
    qputenv("SECRETS_SYSTEM", kNewSecret + ',' + kSecret);
    const Outcome full = runAndKill(path, -1, {path, QStringLiteral("--rotate")});
    qputenv("SECRETS_SYSTEM", kSecret);
    qInfo("store_writer --rotate re-encrypted %d keys in %lld ms", kKeys + 300, full.ms);
    for (int ms : {0, 2, 10}) {
        QTest::addRow("after %d ms", ms) << ms;
    }
    const qint64 length = qMax<qint64>(full.ms, 10);
    for (int percent : {10, 30, 50, 70, 90, 100, 110}) {
        QTest::addRow("at %d%% of a full run", percent) << int(length * percent / 100);
    }
}

void TestStoreAtomicity::killDuringRotateSecret()
{
    QFETCH(int, killAfterMs);
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    storeForRotation(path);
    qputenv("SECRETS_SYSTEM", kNewSecret + ',' + kSecret);
    const Outcome o = runAndKill(path, killAfterMs, {path, QStringLiteral("--rotate")});
    qputenv("SECRETS_SYSTEM", kSecret);

    // Exactly one of the two secrets opens the store alone, and then every row is readable under it.
    std::unique_ptr<KeyStore> oldOnly, newOnly;
    const auto oldError = storeErrorOf([&] { oldOnly = KeyStore::open(path, secrets(kSecret)); });
    const auto newError = storeErrorOf([&] { newOnly = KeyStore::open(path, secrets(kNewSecret)); });
    QVERIFY2(bool(oldOnly) != bool(newOnly),
             qPrintable(QStringLiteral("both secrets or neither open the store alone (old: %1; new: %2)")
                            .arg(oldError ? oldError->message() : QStringLiteral("opens"),
                                 newError ? newError->message() : QStringLiteral("opens"))));
    KeyStore& store = oldOnly ? *oldOnly : *newOnly;
    qInfo("killed %s after %lld ms: the store is under the %s secret", o.killed ? "while running" : "after it ended",
          o.ms, oldOnly ? "old" : "new");
    if (!o.killed) {
        QVERIFY(newOnly);
    }
    const QList<KeyInfo> live = store.allKeys();
    QCOMPARE(live.size(), kKeys + 270);
    for (const KeyInfo& k : live) {
        QVERIFY2(k.decryptable, qPrintable(k.setName + u'/' + k.kid));
    }
    for (int i : {0, 127, 128, 1999}) {
        QVERIFY(store.loadKey(kSet, QStringLiteral("key-%1").arg(i, 4, 10, QLatin1Char('0'))).sameKeyAs(m_keys[i]));
    }
    store.trash().restoreKey(QStringLiteral("more"), QStringLiteral("more-0"));
    QVERIFY(store.loadKey(QStringLiteral("more"), QStringLiteral("more-0")).isPrivate());
    oldOnly.reset();
    newOnly.reset();
    Q_UNUSED(oldError);
    Q_UNUSED(newError);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStoreAtomicity)
#include "tst_storeatomicity.moc"
