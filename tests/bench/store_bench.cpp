// jwkman-store-bench: the encrypted key store at 10,000 keys, next to what its parts cost alone.
//
//   import      KeyStore::addKeys() of 10,000 pre-generated EC P-256 keys in one call (one transaction):
//               per key a thumbprint, the JWK JSON, AES-256-GCM, the clear public JWK, a row and an audit row
//   open        KeyStore::open() of the existing store (proves the secret: one small decrypt), then the first
//               listing (keySets(), keys() of the set); nothing of jwk_keys.keydata is read (EXPLAIN below)
//   list        KeyStore::allKeys() of 10,000 keys
//   decrypt     KeyStore::loadKey() for each of the 10,000 keys (a query, AES-256-GCM, JWK parse, checks)
//   bare SQL    the same 10,000 rows (same columns and values, keydata already encrypted) inserted through QtSql
//               with a prepared statement in one transaction, same pragmas: what SQLite alone costs
//   cipher      SecretCipher::encrypt/decrypt of the same JWK JSON alone, and `openssl speed -evp aes-256-gcm`
//               at the block size closest to a JWK row
//
// Targets (reported, never asserted): import of 10,000 < 2 s, listing 10,000 < 100 ms, open-to-first-listing
// without touching the encrypted column. Usage: jwkman-store-bench [--keys N] [--dir DIR]

#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "store/KeyStore.h"
#include "store/SecretCipher.h"
#include "store/SystemSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <openssl/crypto.h>

#include <cmath>
#include <cstdio>

using namespace jwk;

namespace {

const QByteArray kSecret = "store-bench-secret-0123456789abcdef";

struct Row
{
    QString step;
    double ms = 0;
    int n = 0;
    QString target;
    QString note;
};

QList<Row> g_rows;

void add(const QString& step, double ms, int n, const QString& target = QString(), const QString& note = QString())
{
    g_rows.append({step, ms, n, target, note});
    std::fprintf(stderr, "  %-44s %10.1f ms\n", qPrintable(step), ms);
}

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A plain QtSql connection that is removed with the object.
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("bench-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qFatal("cannot open %s", qPrintable(path));
        }
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        return q.value(0);
    }

private:
    QString m_name;
};

// The AES-256-GCM line of `openssl speed -evp aes-256-gcm -seconds 1`: the rate (kB/s, 1000 bytes) at the block
// size closest to `rowBytes`.
struct OpensslRate
{
    int blockBytes = 0;
    double kBps = 0;
    QString line;
};

std::optional<OpensslRate> opensslSpeed(int rowBytes)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("speed"), QStringLiteral("-evp"), QStringLiteral("aes-256-gcm"),
                                        QStringLiteral("-seconds"), QStringLiteral("1")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    QList<int> sizes;
    for (const auto& line : lines) {
        if (line.startsWith(QStringLiteral("type"))) {
            static const QRegularExpression size(QStringLiteral("(\\d+) bytes"));
            for (auto it = size.globalMatch(line); it.hasNext();) {
                sizes << it.next().captured(1).toInt();
            }
        }
    }
    for (const auto& line : lines) {
        if (!line.startsWith(QStringLiteral("AES-256-GCM"), Qt::CaseInsensitive) &&
            !line.startsWith(QStringLiteral("aes-256-gcm"), Qt::CaseInsensitive)) {
            continue;
        }
        static const QRegularExpression rate(QStringLiteral("([0-9.]+)k"));
        QList<double> rates;
        for (auto it = rate.globalMatch(line); it.hasNext();) {
            rates << it.next().captured(1).toDouble();
        }
        if (rates.size() != sizes.size() || rates.isEmpty()) {
            return std::nullopt;
        }
        int best = 0;
        for (int i = 1; i < sizes.size(); ++i) {
            if (std::abs(sizes[i] - rowBytes) < std::abs(sizes[best] - rowBytes)) {
                best = i;
            }
        }
        return OpensslRate{sizes[best], rates[best], line.simplified()};
    }
    return std::nullopt;
}

// The listing's statement as KeyStore::queryKeys() builds it for allKeys() (code reading: keep in step).
const QString kListingSql = QStringLiteral(
    "SELECT s.name, k.kid, k.seq, k.kty, k.crv, k.size_bits, k.alg, k.key_use, k.thumbprint, k.has_private, "
    "k.secret_fp, k.created_at, k.deleted_at FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE "
    "s.deleted_at IS NULL AND k.deleted_at IS NULL ORDER BY s.name, k.seq DESC");

// EXPLAIN of the listing: which columns of jwk_keys the bytecode reads. Returns the names read and whether
// keydata is among them.
QStringList listingColumns(const QString& path, bool* readsKeydata, QString* plan)
{
    Connection c(path);
    QStringList columns;
    {
        QSqlQuery info(c.db());
        info.exec(QStringLiteral("PRAGMA table_info(jwk_keys)"));
        while (info.next()) {
            columns << info.value(1).toString();
        }
    }
    const int keysRoot = c.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'jwk_keys'")).toInt();
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("EXPLAIN ") + kListingSql)) {
        qFatal("EXPLAIN: %s", qPrintable(q.lastError().text()));
    }
    int keysCursor = -1;
    QSet<int> read;
    while (q.next()) {
        const QString op = q.value(1).toString();
        const int p1 = q.value(2).toInt();
        const int p2 = q.value(3).toInt();
        if (op == QStringLiteral("OpenRead") && p2 == keysRoot) {
            keysCursor = p1;
        }
        if (op == QStringLiteral("Column") && p1 == keysCursor) {
            read.insert(p2);
        }
        if (op == QStringLiteral("Rowid") && p1 == keysCursor) {
            read.insert(-1);
        }
    }
    QStringList names;
    for (int i : read) {
        names << (i < 0 ? QStringLiteral("rowid") : columns.value(i));
    }
    names.sort();
    *readsKeydata = names.contains(QStringLiteral("keydata"));
    QSqlQuery p(c.db());
    p.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + kListingSql);
    QStringList steps;
    while (p.next()) {
        steps << p.value(3).toString();
    }
    *plan = steps.join(QStringLiteral("; "));
    return names;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    int n = 10000;
    QString dirPath;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--keys") && i + 1 < args.size()) {
            n = args[++i].toInt();
        } else if (args[i] == QStringLiteral("--dir") && i + 1 < args.size()) {
            dirPath = args[++i];
        } else {
            std::fputs("usage: jwkman-store-bench [--keys N] [--dir DIR]\n", stderr);
            return 64;
        }
    }
    QTemporaryDir tmp;
    if (dirPath.isEmpty()) {
        dirPath = tmp.path();
    }
    QDir().mkpath(dirPath);
    const QString storePath = QDir(dirPath).filePath(QStringLiteral("bench.sqlite"));
    const QString barePath = QDir(dirPath).filePath(QStringLiteral("bare.sqlite"));
    for (const auto& p : {storePath, barePath}) {
        for (const auto& suffix : {"", "-wal", "-shm"}) {
            QFile::remove(p + QLatin1String(suffix));
        }
    }
    const SystemSecret secret = SystemSecret::fromEnvironmentValue(kSecret);
    const QString set = QStringLiteral("bench");

    std::fprintf(stderr, "jwkman-store-bench: %d EC P-256 keys in %s\n", n, qPrintable(dirPath));
    QElapsedTimer t;
    t.start();
    QList<JsonWebKey> keys;
    keys.reserve(n);
    for (int i = 0; i < n; ++i) {
        GenerateOptions o;
        o.alg = QStringLiteral("ES256");
        keys << generateKey(o);
    }
    std::fprintf(stderr, "  (generated in %.0f ms, not counted)\n", elapsedMs(t));

    // --- the parts alone
    QList<SecureBytes> jsons;
    qint64 jsonBytes = 0;
    for (const auto& k : keys) {
        jsons << k.toJson(true, JsonFormat::Compact);
        jsonBytes += qint64(jsons.last().size());
    }
    const int rowBytes = int(jsonBytes / n);
    t.restart();
    for (const auto& k : keys) {
        (void)k.thumbprint();
    }
    const double thumbMs = elapsedMs(t);
    QList<QByteArray> encrypted;
    encrypted.reserve(n);
    t.restart();
    for (const auto& j : jsons) {
        encrypted << SecretCipher::encrypt(j, secret.keys().first());
    }
    const double encMs = elapsedMs(t);
    t.restart();
    for (const auto& e : encrypted) {
        if (!SecretCipher::decrypt(e, secret.keys())) {
            qFatal("decrypt failed");
        }
    }
    const double decMs = elapsedMs(t);

    // --- import
    double importMs = 0;
    {
        auto store = KeyStore::open(storePath, secret);
        t.restart();
        const AddKeysResult r = store->addKeys(set, keys);
        importMs = elapsedMs(t);
        if (r.added.size() != n) {
            qFatal("added %d of %d", int(r.added.size()), n);
        }
    }
    add(QStringLiteral("import: addKeys(10,000) in one call"), importMs, n, QStringLiteral("< 2000 ms"));

    // --- open, first listing, listing, decrypting
    double openMs = 0;
    double firstListMs = 0;
    double listMs = 0;
    double loadMs = 0;
    {
        t.restart();
        auto store = KeyStore::open(storePath, secret);
        openMs = elapsedMs(t);
        const auto sets = store->keySets();
        const auto first = store->keys(sets.first().name);
        firstListMs = elapsedMs(t);
        if (first.size() != n) {
            qFatal("listed %d", int(first.size()));
        }
        // Warm, repeated: the median of 5.
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            const auto all = store->allKeys();
            runs << elapsedMs(t);
            if (all.size() != n) {
                qFatal("allKeys %d", int(all.size()));
            }
        }
        std::sort(runs.begin(), runs.end());
        listMs = runs[2];
        t.restart();
        int loaded = 0;
        for (const auto& info : first) {
            loaded += store->loadKey(set, info.kid).isPrivate() ? 1 : 0;
        }
        loadMs = elapsedMs(t);
        if (loaded != n) {
            qFatal("loaded %d", loaded);
        }
    }
    add(QStringLiteral("open: KeyStore::open (verifier)"), openMs, 1);
    add(QStringLiteral("open + keySets() + keys(set): first listing"), firstListMs, n, QStringLiteral("(no keydata)"));
    add(QStringLiteral("list: allKeys() (median of 5)"), listMs, n, QStringLiteral("< 100 ms"));
    add(QStringLiteral("decrypt: loadKey() for each key"), loadMs, n);

    // --- bare SQLite: the same rows through QtSql, one transaction
    double bareMs = 0;
    double bareNoSecureDeleteMs = 0;
    for (bool secureDelete : {true, false}) {
        for (const auto& suffix : {"", "-wal", "-shm"}) {
            QFile::remove(barePath + QLatin1String(suffix));
        }
        Connection c(barePath);
        c.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        c.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        c.exec(secureDelete ? QStringLiteral("PRAGMA secure_delete = ON")
                            : QStringLiteral("PRAGMA secure_delete = OFF"));
        c.exec(QStringLiteral("CREATE TABLE jwk_sets (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(255) NOT NULL "
                              "UNIQUE, description TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT "
                              "NULL, deleted_at BIGINT)"));
        c.exec(QStringLiteral(
            "CREATE TABLE jwk_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, set_id BIGINT NOT NULL REFERENCES "
            "jwk_sets(id) ON DELETE CASCADE, kid VARCHAR(255) NOT NULL, seq BIGINT NOT NULL, kty VARCHAR(8) NOT "
            "NULL, crv VARCHAR(16) NOT NULL, size_bits INTEGER NOT NULL, alg VARCHAR(32) NOT NULL, key_use "
            "VARCHAR(32) NOT NULL, thumbprint VARCHAR(64) NOT NULL, has_private INTEGER NOT NULL, public_jwk TEXT "
            "NOT NULL, keydata TEXT NOT NULL, secret_fp VARCHAR(16) NOT NULL, created_at BIGINT NOT NULL, "
            "deleted_at BIGINT, UNIQUE (set_id, kid))"));
        c.exec(QStringLiteral("CREATE INDEX jwk_keys_set_seq ON jwk_keys (set_id, seq)"));
        c.exec(QStringLiteral("INSERT INTO jwk_sets (name, description, created_at, updated_at) VALUES ('bench', '', "
                              "0, 0)"));
        // The values, computed before the clock starts (thumbprints and public JWKs included).
        struct Values
        {
            QString kid, kty, crv, alg, use, thumbprint, publicJwk, keydata;
            int size;
        };
        QList<Values> values;
        for (int i = 0; i < n; ++i) {
            const auto& k = keys[i];
            values.append({k.kid(), k.kty(), k.curve(), k.alg(), k.use(), k.thumbprint(),
                           QString::fromUtf8(QJsonDocument(k.publicMembers()).toJson(QJsonDocument::Compact)),
                           QString::fromLatin1(encrypted[i]), k.sizeBits()});
        }
        const QString fp = QString::fromLatin1(secret.fingerprints().first());
        t.restart();
        c.exec(QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery q(c.db());
        q.prepare(QStringLiteral("INSERT INTO jwk_keys (set_id, kid, seq, kty, crv, size_bits, alg, key_use, "
                                 "thumbprint, has_private, public_jwk, keydata, secret_fp, created_at) VALUES (1, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
        for (int i = 0; i < n; ++i) {
            const auto& v = values[i];
            q.bindValue(0, v.kid);
            q.bindValue(1, n - i);
            q.bindValue(2, v.kty);
            q.bindValue(3, v.crv);
            q.bindValue(4, v.size);
            q.bindValue(5, v.alg.isNull() ? QStringLiteral("") : v.alg);
            q.bindValue(6, v.use.isNull() ? QStringLiteral("") : v.use);
            q.bindValue(7, v.thumbprint);
            q.bindValue(8, v.publicJwk);
            q.bindValue(9, v.keydata);
            q.bindValue(10, fp);
            q.bindValue(11, QDateTime::currentMSecsSinceEpoch());
            if (!q.exec()) {
                qFatal("bare insert: %s", qPrintable(q.lastError().text()));
            }
        }
        c.exec(QStringLiteral("COMMIT"));
        (secureDelete ? bareMs : bareNoSecureDeleteMs) = elapsedMs(t);
    }
    add(QStringLiteral("bare SQL: same 10,000 rows, prepared, 1 tx"), bareMs, n, QString(),
        QStringLiteral("secure_delete on, as the store"));
    add(QStringLiteral("bare SQL, secure_delete off"), bareNoSecureDeleteMs, n);
    add(QStringLiteral("thumbprint() x 10,000"), thumbMs, n);
    add(QStringLiteral("SecretCipher::encrypt x 10,000"), encMs, n, QString(),
        QStringLiteral("%1-byte JWK JSON").arg(rowBytes));
    add(QStringLiteral("SecretCipher::decrypt x 10,000"), decMs, n);

    // --- listing with RSA-4096-sized rows: keydata spills to overflow pages (columns after it are read past it)
    double bigListMs = 0;
    {
        const QString bigPath = QDir(dirPath).filePath(QStringLiteral("big.sqlite"));
        for (const auto& suffix : {"", "-wal", "-shm"}) {
            QFile::remove(bigPath + QLatin1String(suffix));
        }
        {
            auto store = KeyStore::open(storePath, secret);
            store->checkpoint();
        }
        QFile::copy(storePath, bigPath);
        {
            Connection c(bigPath);
            // A private RSA 4096 JWK is about 3.2 kB of JSON: about 4.4 kB of stored base64.
            c.exec(QStringLiteral("UPDATE jwk_keys SET keydata = keydata || substr(hex(zeroblob(2200)), 1, 4400 - "
                                  "length(keydata))"));
        }
        auto store = KeyStore::open(bigPath, secret);
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            (void)store->allKeys();
            runs << elapsedMs(t);
        }
        std::sort(runs.begin(), runs.end());
        bigListMs = runs[2];
    }
    add(QStringLiteral("list: allKeys() with 4.4 kB keydata rows"), bigListMs, n, QStringLiteral("< 100 ms"),
        QStringLiteral("RSA 4096-sized rows (keydata padded)"));

    // --- EXPLAIN of the listing
    bool readsKeydata = true;
    QString plan;
    const QStringList read = listingColumns(storePath, &readsKeydata, &plan);

    // --- openssl speed
    const auto speed = opensslSpeed(rowBytes);

    // --- the table
    std::printf("\njwkman-store-bench: %d EC P-256 keys (JWK JSON %d bytes, stored row %d bytes of keydata), "
                "Qt %s, %s\n\n",
                n, rowBytes, int(encrypted.first().size()), qVersion(), OpenSSL_version(OPENSSL_VERSION));
    std::printf("| %-46s | %10s | %12s | %-15s | %s\n", "step", "ms", "us per op", "target", "note");
    std::printf("|%s|%s|%s|%s|%s\n", QByteArray(48, '-').constData(), QByteArray(12, '-').constData(),
                QByteArray(14, '-').constData(), QByteArray(17, '-').constData(), "------");
    for (const auto& r : g_rows) {
        QString verdict;
        if (r.target.startsWith(QStringLiteral("< "))) {
            const double limit = r.target.mid(2).split(u' ').first().toDouble();
            verdict = r.ms < limit ? QStringLiteral(" met") : QStringLiteral(" MISSED");
        }
        std::printf("| %-46s | %10.1f | %12.2f | %-15s | %s\n", qPrintable(r.step), r.ms,
                    r.n ? r.ms * 1000.0 / r.n : 0.0, qPrintable(r.target + verdict), qPrintable(r.note));
    }
    if (speed) {
        const double rowsPerS = speed->kBps * 1000.0 / speed->blockBytes;
        std::printf(
            "| %-46s | %10.1f | %12.2f | %-15s | %s\n",
            qPrintable(QStringLiteral("openssl speed aes-256-gcm, %1-byte blocks").arg(speed->blockBytes)),
            n / rowsPerS * 1000.0, 1e6 / rowsPerS, "",
            qPrintable(QStringLiteral("%1 MB/s; time for %2 blocks").arg(speed->kBps / 1000.0, 0, 'f', 0).arg(n)));
    } else {
        std::printf("| openssl speed: not available\n");
    }
    std::printf("\nimport %.0f ms = bare SQL %.0f ms + encrypt %.0f ms + thumbprints %.0f ms + the rest (JSON, "
                "public JWK, audit rows, duplicate checks) %.0f ms\n",
                importMs, bareMs, encMs, thumbMs, importMs - bareMs - encMs - thumbMs);
    std::printf("listing reads jwk_keys columns: %s\n  keydata read: %s; plan: %s\n",
                qPrintable(read.join(QStringLiteral(", "))), readsKeydata ? "YES" : "no", qPrintable(plan));
    if (speed) {
        std::printf("openssl: %s\n", qPrintable(speed->line));
    }
    return 0;
}
