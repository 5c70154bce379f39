// KeyStore: sets and keys (newest first, Hydra's signing key), duplicates, metadata changes, trash, audit, the
// system secret (a wrong secret changes nothing on disk; rotation moves every row), rows that cannot be
// decrypted or were swapped, the schema pragmas, no private material in clear in any file of the store, and a
// row written the way Hydra writes hydra_jwk.keydata (by python3-cryptography) read back.

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"
#include "keys/KeyImporter.h"
#include "store/KeyStore.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecretA = "secret-A-of-the-store-0123";
const QByteArray kSecretB = "secret-B-the-new-one-4567";
const QByteArray kSecretC = "secret-C-of-another-store-89";

using RawDb = RawStoreDb;

struct Fixture
{
    QTemporaryDir dir;
    QString path = freshStoreLocation(dir);
    std::unique_ptr<KeyStore> open(const QByteArray& secret = kSecretA) const
    {
        return KeyStore::open(path, secrets(secret));
    }
};

// Every row of the store's tables as text, in a fixed order: to show that nothing changed.
QByteArray rowsOf(const QString& location)
{
    RawDb raw(location);
    QByteArray out;
    for (const char* table : {"jwk_meta", "jwk_sets", "jwk_keys", "jwk_audit", "jwk_remotes", "jwk_rotations",
                              "jwk_policies", "jwk_jwks_snapshots"}) {
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QString::fromLatin1(table)))) {
            return "query failed: " + q.lastError().text().toUtf8();
        }
        out += table;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                out += '|' + q.value(i).toString().toUtf8();
            }
            out += '\n';
        }
    }
    return out;
}

QStringList kidsOf(const QList<KeyInfo>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.kid;
    }
    return kids;
}

QStringList rolesOf(const QList<KeyInfo>& keys)
{
    QStringList roles;
    for (const auto& k : keys) {
        roles << keyRoleName(k.role);
    }
    return roles;
}

QStringList actionsOf(const QList<AuditEntry>& entries)
{
    QStringList actions;
    for (const auto& e : entries) {
        actions << e.action;
    }
    return actions;
}

JsonWebKey withoutKid(const JsonWebKey& key)
{
    JsonWebKey k = key;
    k.setKid(QString());
    return k;
}

JsonWebKey generateCurve(const QString& alg, const QString& curve, const QString& kid)
{
    GenerateOptions options;
    options.alg = alg;
    options.curve = curve;
    options.kid = kid;
    return generateKey(options);
}

// Every private member of the keys: its raw bytes and its base64url text.
QList<QPair<QString, QByteArray>> privateMaterial(const QList<JsonWebKey>& keys)
{
    QList<QPair<QString, QByteArray>> out;
    for (const auto& key : keys) {
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            if (const SecureBytes* member = key.privateMember(name)) {
                out.append({QStringLiteral("%1.%2").arg(key.kid(), name), bytes(*member)});
            }
        }
    }
    return out;
}

// The files of the store: the database, its -wal, -shm and any -journal. On the server: the files of the store's
// database and the server's write-ahead log, after a checkpoint.
QStringList storeFiles(const QString& path)
{
    QStringList files;
    if (ServerLocation::isServerUrl(path)) {
        RawDb raw(path);
        raw.exec(QStringLiteral("CHECKPOINT"));
        const QString oid =
            raw.scalar(QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()")).toString();
        const QString data = pgServer().dir + QStringLiteral("/data");
        for (const QString& folder : {data + QStringLiteral("/base/") + oid, data + QStringLiteral("/pg_wal")}) {
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                files << it.next();
            }
        }
        return files;
    }
    const QFileInfo info(path);
    const QStringList entries = info.absoluteDir().entryList(QDir::Files | QDir::Hidden);
    for (const auto& name : entries) {
        if (name.startsWith(info.fileName())) {
            files << info.absoluteDir().filePath(name);
        }
    }
    return files;
}

// Findings of private material in the store's files: "file: member (form)".
QStringList findPrivateMaterial(const QString& path, const QList<JsonWebKey>& keys)
{
    QStringList found;
    const auto material = privateMaterial(keys);
    for (const auto& file : storeFiles(path)) {
        const QByteArray data = readAll(file);
        for (const auto& [what, raw] : material) {
            if (raw.size() >= 8 && data.contains(raw)) {
                found << QStringLiteral("%1: %2 (raw bytes)").arg(QFileInfo(file).fileName(), what);
            }
            if (data.contains(b64u(raw).toLatin1())) {
                found << QStringLiteral("%1: %2 (base64url)").arg(QFileInfo(file).fileName(), what);
            }
            if (data.contains(raw.toBase64())) {
                found << QStringLiteral("%1: %2 (base64)").arg(QFileInfo(file).fileName(), what);
            }
        }
    }
    return found;
}

// Encrypts each line of standard input (a JWK) the way Hydra does: SHA-256 of argv[1] as the AES-256-GCM key,
// a random 12-byte nonce, no AAD, urlsafe base64 with padding of nonce + ciphertext + tag. The JWK is first
// re-serialised as Go's json.Marshal would (compact, its own member order), not as we wrote it.
const char* const kPythonHydraEncrypt = R"(
import sys, os, json, base64, hashlib
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
key = hashlib.sha256(sys.argv[1].encode()).digest()
jwk = json.loads(sys.stdin.read())
order = ["use", "kty", "kid", "crv", "alg", "k", "x", "y", "n", "e", "d", "p", "q", "dp", "dq", "qi", "x5c"]
go = {m: jwk[m] for m in order if m in jwk}
go.update({m: v for m, v in jwk.items() if m not in go})
plain = json.dumps(go, separators=(",", ":")).encode()
nonce = os.urandom(12)
print(base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, plain, None)).decode())
)";

// Decrypts argv[2] under SHA-256(argv[1]) as Hydra would and prints the JSON.
const char* const kPythonHydraDecrypt = R"(
import sys, base64, hashlib
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
key = hashlib.sha256(sys.argv[1].encode()).digest()
raw = base64.b64decode(sys.argv[2], altchars=b"-_", validate=True)
sys.stdout.write(AESGCM(key).decrypt(raw[:12], raw[12:], None).decode())
)";

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void createAndOpen();
    void schemaPragmas();
    void refusesForeignAndNewerDatabases();
    void migrationFromSchema1();
    void setsListing();
    void invalidNames();
    void newestFirstAndSigningKey();
    void roleNames();
    void duplicates();
    void kidDefaultsToThumbprint();
    void renameAndDescription();
    void updateKeyMetadata();
    void loadKeyEqualsAdded_data();
    void loadKeyEqualsAdded();
    void loadKeysPublicAndPrivate();
    void replaceKeys();
    void trashKeys();
    void trashSets();
    void emptyTrash();
    void auditLog();
    void wrongSecretChangesNothing();
    void wrongSecretWhileAnotherConnectionWrites();
    void rotation();
    void rowUnderUnknownSecret();
    void keydataOnlyCopiedFromAnotherStore();
    void swappedRowsAreTampered();
    void noPrivateMaterialOnDiskInClear();
    void hydraWrittenRowIsRead();
    void hydraReadsOurRow();
};

void TestKeyStore::initTestCase()
{
    setUpEnvironment();
}

void TestKeyStore::createAndOpen()
{
    Fixture f;
    {
        auto store = f.open();
        QCOMPARE(store->path(), onServer() ? f.path : QFileInfo(f.path).absoluteFilePath());
        QCOMPARE(store->isTeamStore(), onServer());
        QVERIFY(store->keySets().isEmpty());
        QVERIFY(store->allKeys().isEmpty());
    }
    if (!onServer()) {
        QVERIFY(QFileInfo::exists(f.path));
        QCOMPARE(fileMode(f.path), 0600);
    }
    {
        auto store = f.open();
        QVERIFY(store->keySets().isEmpty());
        store->createKeySet(QStringLiteral("first"));
    }
    {
        auto store = f.open();
        QCOMPARE(store->keySets().size(), 1);
    }
    if (onServer()) {
        // A database that does not exist is an error that names it (a team store is made by CREATE DATABASE, not
        // by jwkman), and nothing in the URL's password place is ever taken.
        const QString missing = f.path.left(f.path.lastIndexOf(u'/')) + QStringLiteral("/no_such_database");
        auto error = storeErrorOf([&] { KeyStore::open(missing, secrets(kSecretA)); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Io);
        QVERIFY2(error->message().contains(QStringLiteral("no_such_database")), qPrintable(error->message()));
        return;
    }
    // A store in a folder that does not exist yet.
    const QString nested = f.dir.filePath(QStringLiteral("a/b/c/keys.sqlite"));
    KeyStore::open(nested, secrets(kSecretA));
    QVERIFY(QFileInfo::exists(nested));
    // A folder is not a store.
    const auto error = storeErrorOf([&] { KeyStore::open(f.dir.path(), secrets(kSecretA)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
}

void TestKeyStore::schemaPragmas()
{
    Fixture f;
    {
        auto store = f.open();
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"))});
    }
    RawDb raw(f.path);
    QVERIFY(raw.ok());
    // Schema 1 (keys, sets, audit), 2 (remote profiles, staged rotations), 3 (the index on seq), 4 (the seal of the
    // clear columns), 5 (the recorded JWKS snapshots of audit --record), 6 (rotation
    // policies; the rotations' seal covers their time), 7 (who and from where in the audit log).
    QCOMPARE(raw.schemaVersion(), 7);
    if (!raw.server()) {
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    for (const auto& table : {"jwk_meta", "jwk_sets", "jwk_keys", "jwk_audit", "jwk_remotes", "jwk_rotations",
                              "jwk_policies", "jwk_jwks_snapshots"}) {
        QVERIFY2(raw.hasTable(QString::fromLatin1(table)), table);
    }
}

void TestKeyStore::refusesForeignAndNewerDatabases()
{
    Fixture f;
    {
        RawDb raw(f.path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE something_else (x INTEGER)")));
    }
    if (!onServer()) {
        QVERIFY(QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    auto error = storeErrorOf([&] { f.open(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
    QVERIFY2(error->message().contains(QStringLiteral("not a JWK Manager store")), qPrintable(error->message()));

    Fixture g;
    g.open();
    {
        RawDb raw(g.path);
        QVERIFY(raw.setSchemaVersion(8));
    }
    error = storeErrorOf([&] { g.open(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
    QVERIFY2(error->message().contains(QStringLiteral("newer")), qPrintable(error->message()));
}

void TestKeyStore::migrationFromSchema1()
{
    // A store as schema 1 left it: no remote tables, user_version 1.
    Fixture f;
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("from-v1"));
    f.open()->addKeys(QStringLiteral("s"), {k});
    {
        RawDb raw(f.path);
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE jwk_remotes")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE jwk_rotations")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE jwk_jwks_snapshots")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE jwk_policies")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX jwk_keys_seq")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jwk_keys DROP COLUMN row_mac")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jwk_audit DROP COLUMN actor")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE jwk_audit DROP COLUMN host")));
        QVERIFY(raw.setSchemaVersion(1));
        if (!raw.server()) {
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
    }
    // A wrong secret does not migrate it (the secret is proven first).
    const QByteArray before = onServer() ? QByteArray() : readAll(f.path);
    const auto error = storeErrorOf([&] { f.open(kSecretB); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
    if (!onServer()) {
        QCOMPARE(readAll(f.path), before);
    }
    {
        RawDb raw(f.path);
        QCOMPARE(raw.schemaVersion(), 1);
        QVERIFY(!raw.hasTable(QStringLiteral("jwk_remotes")));
    }
    // The right one does, and keeps every key.
    auto store = f.open();
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("from-v1")).sameKeyAs(k));
    store.reset();
    RawDb raw(f.path);
    QCOMPARE(raw.schemaVersion(), 7);
    // Every row is sealed by the migration (its clear facts rewritten from the decrypted key).
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM jwk_keys WHERE length(row_mac) = 64")).toInt(), 1);
    const QString objects = raw.server()
                                ? QStringLiteral("SELECT (SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                 "table_schema = current_schema() AND table_name IN ('jwk_remotes', "
                                                 "'jwk_rotations', 'jwk_policies', 'jwk_jwks_snapshots')) + (SELECT "
                                                 "COUNT(*) FROM pg_indexes WHERE indexname = 'jwk_keys_seq')")
                                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('jwk_remotes', "
                                                 "'jwk_rotations', 'jwk_keys_seq', 'jwk_policies', "
                                                 "'jwk_jwks_snapshots')");
    QCOMPARE(raw.scalar(objects).toInt(), 5);
}

void TestKeyStore::setsListing()
{
    Fixture f;
    auto store = f.open();
    store->createKeySet(QStringLiteral("beta"), QStringLiteral("the second set"));
    store->addKeys(QStringLiteral("alpha"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("a1")),
                                             generate(QStringLiteral("ES256"), 0, QStringLiteral("a2"))});
    store->createKeySet(QStringLiteral("gamma"));
    store->addKeys(QStringLiteral("gamma"), {generate(QStringLiteral("ES256")).publicKey()});

    const auto sets = store->keySets();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets[0].name, QStringLiteral("alpha"));
    QCOMPARE(sets[0].keyCount, 2);
    QCOMPARE(sets[0].signingKid, QStringLiteral("a1"));
    QCOMPARE(sets[1].name, QStringLiteral("beta"));
    QCOMPARE(sets[1].description, QStringLiteral("the second set"));
    QCOMPARE(sets[1].keyCount, 0);
    QVERIFY(sets[1].signingKid.isEmpty());
    QCOMPARE(sets[2].name, QStringLiteral("gamma"));
    QCOMPARE(sets[2].keyCount, 1);
    QVERIFY(sets[2].signingKid.isEmpty()); // public keys only
    QVERIFY(sets[0].created.isValid() && sets[0].updated >= sets[0].created);
    QVERIFY(!sets[0].deleted);

    QVERIFY(store->keySet(QStringLiteral("beta")));
    QVERIFY(!store->keySet(QStringLiteral("delta")));
    QCOMPARE(store->allKeys().size(), 3);
    // listing(): the same sets and keys from one read of the keys.
    const StoreListing listing = store->listing();
    QCOMPARE(listing.sets.size(), sets.size());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        QCOMPARE(listing.sets[i].name, sets[i].name);
        QCOMPARE(listing.sets[i].keyCount, sets[i].keyCount);
        QCOMPARE(listing.sets[i].signingKid, sets[i].signingKid);
        QCOMPARE(listing.sets[i].tampered, sets[i].tampered);
        QCOMPARE(listing.sets[i].description, sets[i].description);
    }
    const QList<KeyInfo> all = store->allKeys();
    QCOMPARE(listing.keys.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(listing.keys[i].setName, all[i].setName);
        QCOMPARE(listing.keys[i].kid, all[i].kid);
        QCOMPARE(listing.keys[i].role, all[i].role);
    }
    QCOMPARE(listing.keys.first().kid, QStringLiteral("a1")); // newest first within a set

    auto error = storeErrorOf([&] { store->createKeySet(QStringLiteral("beta")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    error = storeErrorOf([&] { store->keys(QStringLiteral("delta")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    // addKeys without createSet does not make the set.
    error = storeErrorOf([&] {
        store->addKeys(QStringLiteral("delta"), {generate(QStringLiteral("ES256"))}, AuditLog::Action::Imported, false);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QVERIFY(!store->keySet(QStringLiteral("delta")));
}

void TestKeyStore::invalidNames()
{
    Fixture f;
    auto store = f.open();
    // "." and "..": no Hydra can address them (URL normalisation turns the path into another resource).
    for (const QString& name : {QString(), QStringLiteral("   "), QStringLiteral("tab\there"), QString(256, u'x'),
                                QStringLiteral("."), QStringLiteral("..")}) {
        const auto error = storeErrorOf([&] { store->createKeySet(name); });
        QVERIFY2(error, qPrintable(name));
        QCOMPARE(error->kind(), StoreError::Kind::InvalidInput);
    }
    store->createKeySet(QString(255, u'x'));
    // An issuer-URL set (Hydra's trust grants make them) is kept; the person is told that Hydra up to v2.3 cannot
    // address it, and "..." is an ordinary name.
    const QString issuer = QStringLiteral("https://issuer.example.com/ with spaces and ünicode");
    QVERIFY(KeyStore::setNameWarning(issuer).contains(QStringLiteral("Hydra up to v2.3")));
    QVERIFY(KeyStore::setNameWarning(QStringLiteral("hydra.openid.id-token")).isEmpty());
    store->createKeySet(issuer);
    store->createKeySet(QStringLiteral("..."));
    QCOMPARE(store->keySets().size(), 3);
    // Renaming follows the same rule; a set that has such a name already keeps it.
    const auto error = storeErrorOf([&] { store->renameKeySet(QStringLiteral("..."), QStringLiteral("..")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InvalidInput);
    QVERIFY(store->keySet(QStringLiteral("...")));
}

void TestKeyStore::newestFirstAndSigningKey()
{
    Fixture f;
    auto store = f.open();
    const QString set = QStringLiteral("hydra.openid.id-token");
    const JsonWebKey k1 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    const JsonWebKey k2 = generate(QStringLiteral("RS256"), 2048, QStringLiteral("k2")).publicKey();
    const JsonWebKey k3 = generate(QStringLiteral("ES384"), 0, QStringLiteral("k3"));
    // A JWK Set's order: the first key of the list is the newest.
    const AddKeysResult r = store->addKeys(set, {k1, k2, k3});
    QCOMPARE(r.added, (QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QVERIFY(r.skipped.isEmpty() && r.failed.isEmpty());

    auto keys = store->keys(set);
    QCOMPARE(kidsOf(keys), (QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QVERIFY(keys[0].sequence > keys[1].sequence && keys[1].sequence > keys[2].sequence);
    QCOMPARE(rolesOf(keys),
             (QStringList{QStringLiteral("signing"), QStringLiteral("public only"), QStringLiteral("private")}));
    QCOMPARE(keys[0].kty, QStringLiteral("EC"));
    QCOMPARE(keys[0].crv, QStringLiteral("P-256"));
    QCOMPARE(keys[0].typeDescription(), QStringLiteral("EC P-256"));
    QCOMPARE(keys[1].typeDescription(), QStringLiteral("RSA 2048"));
    QCOMPARE(keys[0].alg, QStringLiteral("ES256"));
    QCOMPARE(keys[0].thumbprint, k1.thumbprint());
    QVERIFY(keys[0].hasPrivate && !keys[1].hasPrivate);
    QCOMPARE(store->signingKid(set), QStringLiteral("k1"));

    // A newer public key never signs: k1 stays the signing key.
    const JsonWebKey p4 = generate(QStringLiteral("ES256"), 0, QStringLiteral("p4")).publicKey();
    store->addKeys(set, {p4});
    keys = store->keys(set);
    QCOMPARE(kidsOf(keys).first(), QStringLiteral("p4"));
    QCOMPARE(keys[0].role, KeyRole::PublicOnly);
    QCOMPARE(keys[1].role, KeyRole::Signing);
    QCOMPARE(store->signingKid(set), QStringLiteral("k1"));

    // A newer private key takes over.
    store->addKeys(set, {generate(QStringLiteral("ES256"), 0, QStringLiteral("k5"))});
    keys = store->keys(set);
    QCOMPARE(kidsOf(keys), (QStringList{QStringLiteral("k5"), QStringLiteral("p4"), QStringLiteral("k1"),
                                        QStringLiteral("k2"), QStringLiteral("k3")}));
    QCOMPARE(rolesOf(keys),
             (QStringList{QStringLiteral("signing"), QStringLiteral("public only"), QStringLiteral("private"),
                          QStringLiteral("public only"), QStringLiteral("private")}));
    QCOMPARE(store->signingKid(set), QStringLiteral("k5"));
    QCOMPARE(store->keySet(set)->signingKid, QStringLiteral("k5"));
    QCOMPARE(store->keyInfo(set, QStringLiteral("k5"))->role, KeyRole::Signing);

    // Deleting the signing key hands the role to the next newest private key.
    store->trash().deleteKey(set, QStringLiteral("k5"));
    QCOMPARE(store->signingKid(set), QStringLiteral("k1"));
    QCOMPARE(store->keys(set)[1].role, KeyRole::Signing);

    // Every set has its own signing key; allKeys lists them all.
    store->addKeys(QStringLiteral("other"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("o1"))});
    int signing = 0;
    for (const auto& k : store->allKeys()) {
        signing += k.role == KeyRole::Signing ? 1 : 0;
    }
    QCOMPARE(signing, 2);

    // A set of public keys only has none.
    store->addKeys(QStringLiteral("public"), {generate(QStringLiteral("ES256")).publicKey(),
                                              generate(QStringLiteral("RS256"), 2048).publicKey()});
    QVERIFY(store->signingKid(QStringLiteral("public")).isEmpty());
    for (const auto& k : store->keys(QStringLiteral("public"))) {
        QCOMPARE(k.role, KeyRole::PublicOnly);
    }
}

void TestKeyStore::roleNames()
{
    QCOMPARE(keyRoleName(KeyRole::Signing), QStringLiteral("signing"));
    QCOMPARE(keyRoleName(KeyRole::Private), QStringLiteral("private"));
    QCOMPARE(keyRoleName(KeyRole::PublicOnly), QStringLiteral("public only"));
    QCOMPARE(keyRoleName(KeyRole::CannotDecrypt), QStringLiteral("cannot decrypt"));
}

void TestKeyStore::duplicates()
{
    Fixture f;
    auto store = f.open();
    const QString set = QStringLiteral("s");
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("same"));
    QCOMPARE(store->addKeys(set, {k}).added, QStringList{QStringLiteral("same")});

    // Same thumbprint under another kid (or as its public half): skipped.
    JsonWebKey renamed = k;
    renamed.setKid(QStringLiteral("renamed"));
    AddKeysResult r = store->addKeys(set, {renamed, k.publicKey(), k});
    QVERIFY(r.added.isEmpty());
    QCOMPARE(r.skipped.size(), 3);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(r.skipped[0].startsWith(QStringLiteral("renamed:")));
    QVERIFY2(r.skipped[0].contains(QStringLiteral("thumbprint")), qPrintable(r.skipped[0]));

    // Same kid, another key: failed, and the rest of the list is still added.
    const JsonWebKey other = generate(QStringLiteral("ES256"), 0, QStringLiteral("same"));
    const JsonWebKey fresh = generate(QStringLiteral("ES256"), 0, QStringLiteral("fresh"));
    r = store->addKeys(set, {other, fresh});
    QCOMPARE(r.added, QStringList{QStringLiteral("fresh")});
    QCOMPARE(r.failed.size(), 1);
    QVERIFY(r.failed[0].startsWith(QStringLiteral("same:")));
    QVERIFY(store->loadKey(set, QStringLiteral("same")).sameKeyAs(k));

    // Duplicates inside one list: the first wins.
    const JsonWebKey a = generate(QStringLiteral("ES256"), 0, QStringLiteral("dup-a"));
    JsonWebKey aAgain = a;
    aAgain.setKid(QStringLiteral("dup-a-again"));
    const JsonWebKey b = generate(QStringLiteral("ES256"), 0, QStringLiteral("dup-a"));
    r = store->addKeys(set, {a, aAgain, b});
    QCOMPARE(r.added, QStringList{QStringLiteral("dup-a")});
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(store->keys(set).size(), 3);

    // The same key in another set is fine.
    QCOMPARE(store->addKeys(QStringLiteral("t"), {k}).added.size(), 1);

    // A kid longer than 255 characters fails alone.
    r = store->addKeys(set, {generate(QStringLiteral("ES256"), 0, QString(300, u'k'))});
    QCOMPARE(r.failed.size(), 1);
    QVERIFY(r.added.isEmpty());
}

void TestKeyStore::kidDefaultsToThumbprint()
{
    Fixture f;
    auto store = f.open();
    const JsonWebKey k = withoutKid(generate(QStringLiteral("ES256"), 0, QStringLiteral("x")));
    QVERIFY(k.kid().isEmpty());
    const AddKeysResult r = store->addKeys(QStringLiteral("s"), {k});
    QCOMPARE(r.added, QStringList{k.thumbprint()});
    const auto info = store->keys(QStringLiteral("s")).first();
    QCOMPARE(info.kid, k.thumbprint());
    const JsonWebKey loaded = store->loadKey(QStringLiteral("s"), k.thumbprint());
    QCOMPARE(loaded.kid(), k.thumbprint());
    QVERIFY(loaded.sameKeyAs(k));
    QCOMPARE(store->publicJwk(QStringLiteral("s"), k.thumbprint()).value(QStringLiteral("kid")).toString(),
             k.thumbprint());
}

void TestKeyStore::renameAndDescription()
{
    Fixture f;
    auto store = f.open();
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("k"));
    store->addKeys(QStringLiteral("old"), {k});
    store->createKeySet(QStringLiteral("taken"));

    store->setDescription(QStringLiteral("old"), QStringLiteral("signing keys of the staging issuer"));
    QCOMPARE(store->keySet(QStringLiteral("old"))->description, QStringLiteral("signing keys of the staging issuer"));

    store->renameKeySet(QStringLiteral("old"), QStringLiteral("new"));
    QVERIFY(!store->keySet(QStringLiteral("old")));
    QCOMPARE(store->keySet(QStringLiteral("new"))->description, QStringLiteral("signing keys of the staging issuer"));
    QCOMPARE(store->keySet(QStringLiteral("new"))->keyCount, 1);
    QVERIFY(store->loadKey(QStringLiteral("new"), QStringLiteral("k")).sameKeyAs(k));

    auto error = storeErrorOf([&] { store->renameKeySet(QStringLiteral("new"), QStringLiteral("taken")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    error = storeErrorOf([&] { store->renameKeySet(QStringLiteral("missing"), QStringLiteral("x")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->renameKeySet(QStringLiteral("new"), QString()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InvalidInput);
    error = storeErrorOf([&] { store->setDescription(QStringLiteral("missing"), QStringLiteral("x")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    // Renaming to itself changes nothing.
    store->renameKeySet(QStringLiteral("new"), QStringLiteral("new"));
    QVERIFY(store->keySet(QStringLiteral("new")));

    // Persisted.
    store.reset();
    store = f.open();
    QCOMPARE(store->keySet(QStringLiteral("new"))->description, QStringLiteral("signing keys of the staging issuer"));
}

void TestKeyStore::updateKeyMetadata()
{
    Fixture f;
    auto store = f.open();
    const QString set = QStringLiteral("s");
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("before"));
    const JsonWebKey other = generate(QStringLiteral("ES256"), 0, QStringLiteral("other"));
    store->addKeys(set, {k, other});
    const QByteArray oldKeydata =
        RawDb(f.path).scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'before'")).toByteArray();

    store->updateKeyMetadata(set, QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("ECDH-ES"),
                             QStringLiteral("enc"));
    const auto info = store->keyInfo(set, QStringLiteral("after"));
    QVERIFY(info);
    QCOMPARE(info->alg, QStringLiteral("ECDH-ES"));
    QCOMPARE(info->use, QStringLiteral("enc"));
    QCOMPARE(info->thumbprint, k.thumbprint());
    QVERIFY(!store->keyInfo(set, QStringLiteral("before")));
    auto error = storeErrorOf([&] { store->loadKey(set, QStringLiteral("before")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    const JsonWebKey loaded = store->loadKey(set, QStringLiteral("after"));
    QVERIFY(loaded.sameKeyAs(k));
    QCOMPARE(loaded.kid(), QStringLiteral("after"));
    QCOMPARE(loaded.alg(), QStringLiteral("ECDH-ES"));
    QCOMPARE(loaded.use(), QStringLiteral("enc"));
    const QJsonObject pub = store->publicJwk(set, QStringLiteral("after"));
    QCOMPARE(pub.value(QStringLiteral("kid")).toString(), QStringLiteral("after"));
    QCOMPARE(pub.value(QStringLiteral("alg")).toString(), QStringLiteral("ECDH-ES"));
    QCOMPARE(pub.value(QStringLiteral("use")).toString(), QStringLiteral("enc"));

    // The row was re-encrypted: its keydata is new and decrypts to the JWK with the new kid.
    const QByteArray newKeydata =
        RawDb(f.path).scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'after'")).toByteArray();
    QVERIFY(newKeydata != oldKeydata);
    const auto plain =
        SecretCipher::decrypt(newKeydata, {SecretCipher::deriveKey(SecureBytes::fromByteArray(kSecretA))});
    QVERIFY(plain);
    const QJsonObject json = QJsonDocument::fromJson(bytes(*plain)).object();
    QCOMPARE(json.value(QStringLiteral("kid")).toString(), QStringLiteral("after"));
    QCOMPARE(json.value(QStringLiteral("alg")).toString(), QStringLiteral("ECDH-ES"));
    QVERIFY(json.contains(QStringLiteral("d")));

    // Only alg and use; clearing alg.
    store->updateKeyMetadata(set, QStringLiteral("after"), QStringLiteral("after"), QString(), QStringLiteral("sig"));
    QVERIFY(store->loadKey(set, QStringLiteral("after")).alg().isEmpty());
    QCOMPARE(store->keyInfo(set, QStringLiteral("after"))->use, QStringLiteral("sig"));

    // The order is kept: the updated key is as new as it was.
    QCOMPARE(kidsOf(store->keys(set)), (QStringList{QStringLiteral("after"), QStringLiteral("other")}));

    // A kid that is taken.
    error = storeErrorOf(
        [&] { store->updateKeyMetadata(set, QStringLiteral("after"), QStringLiteral("other"), QString(), QString()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY(store->loadKey(set, QStringLiteral("other")).sameKeyAs(other));
    error = storeErrorOf(
        [&] { store->updateKeyMetadata(set, QStringLiteral("missing"), QStringLiteral("x"), QString(), QString()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error =
        storeErrorOf([&] { store->updateKeyMetadata(set, QStringLiteral("after"), QString(), QString(), QString()); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InvalidInput);

    QVERIFY(actionsOf(store->audit().entries()).contains(QStringLiteral("updated")));
}

void TestKeyStore::loadKeyEqualsAdded_data()
{
    QTest::addColumn<QString>("source"); // alg[:curve] or a vector file
    QTest::newRow("RSA 2048") << QStringLiteral("RS256:2048");
    QTest::newRow("RSA public") << QStringLiteral("public:RS256:2048");
    QTest::newRow("EC P-256") << QStringLiteral("ES256");
    QTest::newRow("EC P-384") << QStringLiteral("ES384");
    QTest::newRow("EC P-521") << QStringLiteral("ES512");
    QTest::newRow("EC public") << QStringLiteral("public:ES256");
    QTest::newRow("Ed25519") << QStringLiteral("EdDSA");
    QTest::newRow("X25519") << QStringLiteral("ECDH-ES:X25519");
    QTest::newRow("oct HS256") << QStringLiteral("HS256");
    QTest::newRow("oct A128KW") << QStringLiteral("A128KW");
    QTest::newRow("certificate (x5c)") << QStringLiteral("file:pem/valid/selfsigned_rsa2048_cert.pem");
    QTest::newRow("P-521 vector") << QStringLiteral("file:pem/valid/ec_p521_pkcs8_private.pem");
}

void TestKeyStore::loadKeyEqualsAdded()
{
    QFETCH(QString, source);
    JsonWebKey key;
    if (source.startsWith(QStringLiteral("file:"))) {
        const ImportResult imported = importFile(QStringLiteral(JWKMAN_TEST_DATA_DIR) + u'/' + source.mid(5), nullptr);
        QCOMPARE(imported.keys.size(), 1);
        key = imported.keys.first().key;
    } else {
        const bool publicOnly = source.startsWith(QStringLiteral("public:"));
        const QStringList parts = source.mid(publicOnly ? 7 : 0).split(u':');
        GenerateOptions options;
        options.alg = parts[0];
        if (parts.size() > 1) {
            bool isNumber = false;
            const int bits = parts[1].toInt(&isNumber);
            isNumber ? void(options.bits = bits) : void(options.curve = parts[1]);
        }
        key = generateKey(options);
        if (publicOnly) {
            key = key.publicKey();
        }
    }
    key.setMember(QStringLiteral("x-custom"), QStringLiteral("kept as it came"));
    if (key.kid().isEmpty()) {
        key.setKid(key.thumbprint()); // what the store gives a key without kid
    }
    Fixture f;
    auto store = f.open();
    const AddKeysResult r = store->addKeys(QStringLiteral("s"), {key});
    QCOMPARE(r.added.size(), 1);
    const QString kid = r.added.first();
    const JsonWebKey loaded = store->loadKey(QStringLiteral("s"), kid);
    QVERIFY(loaded.sameKeyAs(key));
    QCOMPARE(loaded.isPrivate(), key.isPrivate());
    QCOMPARE(bytes(loaded.toJson(true, JsonFormat::Compact)), bytes(key.toJson(true, JsonFormat::Compact)));
    QCOMPARE(loaded.certificateChain(), key.certificateChain());
    // The listing's facts.
    const KeyInfo info = store->keys(QStringLiteral("s")).first();
    QCOMPARE(info.kty, key.kty());
    QCOMPARE(info.crv, key.curve());
    QCOMPARE(info.sizeBits, key.sizeBits());
    QCOMPARE(info.hasPrivate, key.isPrivate());
    if (key.type() == KeyType::Oct) {
        // An oct key's thumbprint is a hash of its secret: not listed, and nowhere in the file in clear.
        QVERIFY(info.thumbprint.isEmpty());
        store.reset();
        for (const QString& file : storeFiles(f.path)) {
            QVERIFY(!readAll(file).contains(key.thumbprint().toLatin1()));
        }
        store = f.open();
    } else {
        QCOMPARE(info.thumbprint, key.thumbprint());
    }
    // The clear public JWK has no private member.
    const QJsonObject pub = store->publicJwk(QStringLiteral("s"), kid);
    for (const auto& name : JsonWebKey::privateMemberNames()) {
        QVERIFY2(!pub.contains(name), qPrintable(name));
    }
    // After a reopen too.
    store.reset();
    store = f.open();
    QVERIFY(store->loadKey(QStringLiteral("s"), kid).sameKeyAs(key));
}

void TestKeyStore::loadKeysPublicAndPrivate()
{
    Fixture f;
    auto store = f.open();
    const QList<JsonWebKey> keys = {generate(QStringLiteral("ES256"), 0, QStringLiteral("ec")),
                                    generate(QStringLiteral("HS256"), 0, QStringLiteral("oct")),
                                    generate(QStringLiteral("RS256"), 2048, QStringLiteral("rsa")).publicKey()};
    store->addKeys(QStringLiteral("s"), keys);
    const QList<JsonWebKey> priv = store->loadKeys(QStringLiteral("s"), true);
    QCOMPARE(priv.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(priv[i].sameKeyAs(keys[i]));
    }
    const QList<JsonWebKey> pub = store->loadKeys(QStringLiteral("s"), false);
    QCOMPARE(pub.size(), 2); // the oct key has no public form
    QCOMPARE(pub[0].kid(), QStringLiteral("ec"));
    QCOMPARE(pub[1].kid(), QStringLiteral("rsa"));
    for (const auto& k : pub) {
        QVERIFY(!k.isPrivate());
    }
    QVERIFY(pub[0].sameKeyAs(keys[0].publicKey()));
}

void TestKeyStore::replaceKeys()
{
    Fixture f;
    auto store = f.open();
    const JsonWebKey a = generate(QStringLiteral("ES256"), 0, QStringLiteral("a"));
    const JsonWebKey b = generate(QStringLiteral("ES256"), 0, QStringLiteral("b"));
    const JsonWebKey c = generate(QStringLiteral("ES256"), 0, QStringLiteral("c"));
    store->addKeys(QStringLiteral("s"), {a, b});
    // Hydra's PUT /keys/{set}: the set becomes exactly the list, first = newest.
    store->replaceKeys(QStringLiteral("s"), {c, a});
    QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
    QCOMPARE(store->signingKid(QStringLiteral("s")), QStringLiteral("c"));
    // Duplicate kids: nothing changes.
    const auto error = storeErrorOf([&] { store->replaceKeys(QStringLiteral("s"), {b, b}); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), (QStringList{QStringLiteral("c"), QStringLiteral("a")}));
    // Empty list empties the set.
    store->replaceKeys(QStringLiteral("s"), {});
    QVERIFY(store->keys(QStringLiteral("s")).isEmpty());
}

void TestKeyStore::trashKeys()
{
    Fixture f;
    auto store = f.open();
    const QString set = QStringLiteral("s");
    const JsonWebKey k1 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    const JsonWebKey k2 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k2"));
    store->addKeys(set, {k1, k2});

    store->trash().deleteKey(set, QStringLiteral("k1"));
    QCOMPARE(kidsOf(store->keys(set)), QStringList{QStringLiteral("k2")});
    QCOMPARE(store->keySet(set)->keyCount, 1);
    QCOMPARE(store->signingKid(set), QStringLiteral("k2"));
    QVERIFY(!store->keyInfo(set, QStringLiteral("k1")));
    auto error = storeErrorOf([&] { store->loadKey(set, QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->publicJwk(set, QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    for (const auto& k : store->allKeys()) {
        QVERIFY(k.kid != QStringLiteral("k1"));
    }

    const auto trash = store->trash().entries();
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash[0].setName, set);
    QCOMPARE(trash[0].kid, QStringLiteral("k1"));
    QVERIFY(trash[0].deleted.isValid());

    // Deleting twice, or a key that is not there.
    error = storeErrorOf([&] { store->trash().deleteKey(set, QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->trash().deleteKey(QStringLiteral("nope"), QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    // A key with the trashed kid cannot be added until it is restored or purged.
    const AddKeysResult r = store->addKeys(set, {generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"))});
    QCOMPARE(r.failed.size(), 1);
    QVERIFY2(r.failed[0].contains(QStringLiteral("trash")), qPrintable(r.failed[0]));

    store->trash().restoreKey(set, QStringLiteral("k1"));
    QCOMPARE(kidsOf(store->keys(set)), (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
    QCOMPARE(store->signingKid(set), QStringLiteral("k1"));
    QVERIFY(store->loadKey(set, QStringLiteral("k1")).sameKeyAs(k1));
    QVERIFY(store->trash().entries().isEmpty());
    error = storeErrorOf([&] { store->trash().restoreKey(set, QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestKeyStore::trashSets()
{
    Fixture f;
    auto store = f.open();
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("k"));
    store->addKeys(QStringLiteral("s"), {k, generate(QStringLiteral("ES256"), 0, QStringLiteral("k2"))});
    store->addKeys(QStringLiteral("kept"), {generate(QStringLiteral("ES256"))});

    store->trash().deleteSet(QStringLiteral("s"));
    QCOMPARE(store->keySets().size(), 1);
    QVERIFY(!store->keySet(QStringLiteral("s")));
    QCOMPARE(store->allKeys().size(), 1);
    auto error = storeErrorOf([&] { store->keys(QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->loadKey(QStringLiteral("s"), QStringLiteral("k")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"))}); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    error = storeErrorOf([&] { store->createKeySet(QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY(error->message().contains(QStringLiteral("trash")));
    error = storeErrorOf([&] { store->trash().deleteSet(QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    const auto trash = store->trash().entries();
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash[0].setName, QStringLiteral("s"));
    QVERIFY(trash[0].kid.isEmpty());
    QCOMPARE(trash[0].keyCount, 2);

    store->trash().restoreSet(QStringLiteral("s"));
    QCOMPARE(store->keySet(QStringLiteral("s"))->keyCount, 2);
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k")).sameKeyAs(k));
    QVERIFY(store->trash().entries().isEmpty());
    error = storeErrorOf([&] { store->trash().restoreSet(QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestKeyStore::emptyTrash()
{
    Fixture f;
    auto store = f.open();
    store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("a")),
                                         generate(QStringLiteral("ES256"), 0, QStringLiteral("b"))});
    store->addKeys(QStringLiteral("gone"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("g1")),
                                            generate(QStringLiteral("ES256"), 0, QStringLiteral("g2")),
                                            generate(QStringLiteral("ES256"), 0, QStringLiteral("g3"))});
    store->trash().deleteKey(QStringLiteral("s"), QStringLiteral("a"));
    store->trash().deleteSet(QStringLiteral("gone"));
    QCOMPARE(store->trash().entries().size(), 2);

    QCOMPARE(store->trash().empty(), 4);
    QVERIFY(store->trash().entries().isEmpty());
    QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), QStringList{QStringLiteral("b")});
    auto error = storeErrorOf([&] { store->trash().restoreKey(QStringLiteral("s"), QStringLiteral("a")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = storeErrorOf([&] { store->trash().restoreSet(QStringLiteral("gone")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    {
        RawDb raw(f.path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM jwk_keys")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM jwk_sets")).toInt(), 1);
    }
    // The names are free again.
    store->createKeySet(QStringLiteral("gone"));
    QCOMPARE(
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("a"))}).added.size(),
        1);
    QCOMPARE(store->trash().empty(), 0);
}

void TestKeyStore::auditLog()
{
    Fixture f;
    auto store = f.open();
    QList<JsonWebKey> keys = {generate(QStringLiteral("ES256"), 0, QStringLiteral("a")),
                              generate(QStringLiteral("RS256"), 2048, QStringLiteral("b")),
                              generate(QStringLiteral("HS256"), 0, QStringLiteral("c"))};
    store->createKeySet(QStringLiteral("made"));
    store->addKeys(QStringLiteral("s"), keys);
    store->trash().deleteKey(QStringLiteral("s"), QStringLiteral("a"));
    store->trash().restoreKey(QStringLiteral("s"), QStringLiteral("a"));
    store->trash().deleteKey(QStringLiteral("s"), QStringLiteral("c"));
    store->trash().empty();
    store->updateKeyMetadata(QStringLiteral("s"), QStringLiteral("b"), QStringLiteral("b2"), QStringLiteral("RS256"),
                             QStringLiteral("sig"));
    store.reset();
    store = f.open(kSecretB + ',' + kSecretA);
    store->rotateSecret();

    const QList<AuditEntry> log = store->audit().entries();
    const QStringList actions = actionsOf(log);
    for (const char* action : {"created", "imported", "deleted", "restored", "purged", "updated", "re-encrypted"}) {
        QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }
    // Newest first.
    QCOMPARE(actions.first(), QStringLiteral("re-encrypted"));
    QVERIFY2(log.first().detail.contains(QStringLiteral("2 rows re-encrypted")), qPrintable(log.first().detail));
    for (qsizetype i = 1; i < log.size(); ++i) {
        QVERIFY(log[i - 1].at >= log[i].at);
    }
    // What was done to which key.
    bool importedA = false;
    bool purgedC = false;
    bool createdMade = false;
    for (const auto& e : log) {
        importedA |=
            e.action == QStringLiteral("imported") && e.setName == QStringLiteral("s") && e.kid == QStringLiteral("a");
        purgedC |= e.action == QStringLiteral("purged") && e.kid == QStringLiteral("c");
        createdMade |= e.action == QStringLiteral("created") && e.setName == QStringLiteral("made");
    }
    QVERIFY(importedA && purgedC && createdMade);
    QCOMPARE(store->audit().entries(3).size(), 3);

    // Never the material: no private member in any field, in any form.
    QByteArray all;
    for (const auto& e : log) {
        all += (e.action + u'|' + e.setName + u'|' + e.kid + u'|' + e.detail + u'\n').toUtf8();
    }
    for (const auto& [what, raw] : privateMaterial(keys)) {
        QVERIFY2(!all.contains(b64u(raw).toLatin1()), qPrintable(what));
        QVERIFY2(!all.contains(raw), qPrintable(what));
    }
    QVERIFY(!all.contains(kSecretA) && !all.contains(kSecretB));
    // Nor in the table itself.
    RawDb raw(f.path);
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT action || set_name || kid || detail FROM jwk_audit")));
    QByteArray table;
    while (q.next()) {
        table += q.value(0).toByteArray();
    }
    for (const auto& [what, material] : privateMaterial(keys)) {
        QVERIFY2(!table.contains(b64u(material).toLatin1()), qPrintable(what));
    }
}

void TestKeyStore::wrongSecretChangesNothing()
{
    Fixture f;
    {
        auto store = f.open();
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256")), generate(QStringLiteral("ES256"))});
    }
    const QByteArray rowsBefore = rowsOf(f.path);
    QMap<QString, QByteArray> snapshot;
    if (!onServer()) {
        for (const auto& file : storeFiles(f.path)) {
            snapshot[file] = readAll(file);
        }
        QVERIFY(snapshot.contains(f.path));
    }
    const QDateTime modified = QFileInfo(f.path).lastModified();

    for (const QByteArray& wrong : {kSecretB, kSecretB + ',' + kSecretC, QByteArray("[\"") + kSecretC + "\"]"}) {
        const auto error = storeErrorOf([&] { f.open(wrong); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
        QVERIFY2(error->message().contains(QStringLiteral("SECRETS_SYSTEM")), qPrintable(error->message()));
        QVERIFY(error->message().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(!error->message().contains(QString::fromLatin1(kSecretA)));
        QVERIFY(!error->message().contains(QString::fromLatin1(kSecretB)));
        QVERIFY(!error->message().contains(QString::fromLatin1(kSecretC)));
    }
    // Every row of every table is what it was.
    QCOMPARE(rowsOf(f.path), rowsBefore);
    if (onServer()) {
        QCOMPARE(f.open()->allKeys().size(), 2);
        return;
    }
    // The database and its -wal are byte for byte what they were (the -shm is SQLite's shared-memory index,
    // rebuilt by every reader).
    QCOMPARE(readAll(f.path), snapshot[f.path]);
    QCOMPARE(QFileInfo(f.path).lastModified(), modified);
    const QString wal = f.path + QStringLiteral("-wal");
    QCOMPARE(QFileInfo::exists(wal) && QFileInfo(wal).size() > 0, snapshot.contains(wal) && !snapshot[wal].isEmpty());
    if (snapshot.contains(wal) && QFileInfo::exists(wal)) {
        QCOMPARE(readAll(wal), snapshot[wal]);
    }
    // The right secret still opens it.
    QCOMPARE(f.open()->allKeys().size(), 2);
}

void TestKeyStore::wrongSecretWhileAnotherConnectionWrites()
{
    // The store is open elsewhere with changes still in the -wal: a wrong secret must touch neither file.
    if (onServer()) {
        QSKIP("SQLite's -wal file: a server store has none (wrongSecretChangesNothing compares its rows)");
    }
    Fixture f;
    auto store = f.open();
    store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"))});
    store->checkpoint();
    store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256")), generate(QStringLiteral("RS256"), 2048)});
    const QString wal = f.path + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray db = readAll(f.path);
    const QByteArray walBytes = readAll(wal);

    const auto error = storeErrorOf([&] { f.open(kSecretB); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
    QCOMPARE(readAll(f.path), db);
    QCOMPARE(readAll(wal), walBytes);
    QCOMPARE(store->allKeys().size(), 3);
}

void TestKeyStore::rotation()
{
    Fixture f;
    QList<JsonWebKey> keys;
    for (int i = 0; i < 5; ++i) {
        keys << generate(i % 2 ? QStringLiteral("ES256") : QStringLiteral("EdDSA"), 0, QStringLiteral("k%1").arg(i));
    }
    {
        auto store = f.open(kSecretA);
        store->addKeys(QStringLiteral("one"), keys.mid(0, 3));
        store->addKeys(QStringLiteral("two"), keys.mid(3, 2));
        store->trash().deleteKey(QStringLiteral("two"), QStringLiteral("k4")); // the trash is re-encrypted too
    }
    const JsonWebKey added = generate(QStringLiteral("ES256"), 0, QStringLiteral("added"));
    {
        // new,old: everything readable, the new key is written under B.
        auto store = f.open(kSecretB + ',' + kSecretA);
        for (const auto& k : store->allKeys()) {
            QVERIFY(k.decryptable);
            QVERIFY(k.role != KeyRole::CannotDecrypt);
        }
        for (int i = 0; i < 4; ++i) {
            const QString set = i < 3 ? QStringLiteral("one") : QStringLiteral("two");
            QVERIFY(store->loadKey(set, QStringLiteral("k%1").arg(i)).sameKeyAs(keys[i]));
        }
        store->addKeys(QStringLiteral("one"), {added});

        const RotationResult r = store->rotateSecret();
        QCOMPARE(r.reencrypted, 5);
        QCOMPARE(r.alreadyCurrent, 1);
        QVERIFY(r.undecryptable.isEmpty());

        const RotationResult again = store->rotateSecret();
        QCOMPARE(again.reencrypted, 0);
        QCOMPARE(again.alreadyCurrent, 6);
    }
    {
        // B alone opens it and reads every key, the trashed one after restoring.
        auto store = f.open(kSecretB);
        store->trash().restoreKey(QStringLiteral("two"), QStringLiteral("k4"));
        for (int i = 0; i < 5; ++i) {
            const QString set = i < 3 ? QStringLiteral("one") : QStringLiteral("two");
            QVERIFY(store->loadKey(set, QStringLiteral("k%1").arg(i)).sameKeyAs(keys[i]));
        }
        QVERIFY(store->loadKey(QStringLiteral("one"), QStringLiteral("added")).sameKeyAs(added));
        // Every row is under B: its fingerprint and its keydata.
        RawDb raw(f.path);
        const QString fpB = QString::fromLatin1(secrets(kSecretB).fingerprints().first());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM jwk_keys WHERE secret_fp <> ?"), {fpB}).toInt(), 0);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT keydata FROM jwk_keys")));
        const SecureBytes keyB = SecretCipher::deriveKey(SecureBytes::fromByteArray(kSecretB));
        int rows = 0;
        while (q.next()) {
            int used = -1;
            QVERIFY(SecretCipher::decrypt(q.value(0).toByteArray(), {keyB}, &used));
            ++rows;
        }
        QCOMPARE(rows, 6);
    }
    {
        // A alone does not open it any more.
        const auto error = storeErrorOf([&] { f.open(kSecretA); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::WrongSecret);
        // A,B does (B decrypts), and writes under A from then on.
        auto store = f.open(kSecretA + ',' + kSecretB);
        QCOMPARE(store->allKeys().size(), 6);
    }
}

void TestKeyStore::rowUnderUnknownSecret()
{
    Fixture f;
    Fixture other;
    const JsonWebKey k1 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    const JsonWebKey k2 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k2"));
    const JsonWebKey k3 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k3"));
    f.open(kSecretA)->addKeys(QStringLiteral("s"), {k1, k2, k3});
    // The same key, kept by a store with another secret in the same place (set 1, the newest of three): its row as
    // that store wrote and sealed it.
    other.open(kSecretC)->addKeys(QStringLiteral("s"), {k1, generate(QStringLiteral("ES256"), 0, QStringLiteral("o2")),
                                                        generate(QStringLiteral("ES256"), 0, QStringLiteral("o3"))});
    QByteArray foreignKeydata;
    QByteArray foreignFp;
    QByteArray foreignSeal;
    {
        RawDb raw(other.path);
        foreignKeydata = raw.scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'k1'")).toByteArray();
        foreignFp = raw.scalar(QStringLiteral("SELECT secret_fp FROM jwk_keys WHERE kid = 'k1'")).toByteArray();
        foreignSeal = raw.scalar(QStringLiteral("SELECT row_mac FROM jwk_keys WHERE kid = 'k1'")).toByteArray();
    }
    QVERIFY(!foreignKeydata.isEmpty());
    {
        RawDb raw(f.path);
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE jwk_keys SET keydata = ?, secret_fp = ?, row_mac = ? WHERE kid = 'k1'"),
            {QString::fromLatin1(foreignKeydata), QString::fromLatin1(foreignFp), QString::fromLatin1(foreignSeal)}));
    }
    auto store = f.open(kSecretA);
    const auto keys = store->keys(QStringLiteral("s"));
    QCOMPARE(kidsOf(keys), (QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QCOMPARE(keys[0].role, KeyRole::CannotDecrypt);
    QVERIFY(!keys[0].decryptable);
    QCOMPARE(keyRoleName(keys[0].role), QStringLiteral("cannot decrypt"));
    // A row under a secret that is not configured cannot be authenticated here, so its order and has_private are not
    // believed: it is never shown as the signer (an inserted row must not change which key seems to sign).
    QCOMPARE(keys[1].role, KeyRole::Signing);
    QCOMPARE(store->signingKid(QStringLiteral("s")), QStringLiteral("k2"));

    const auto error = storeErrorOf([&] { store->loadKey(QStringLiteral("s"), QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Undecryptable);
    QVERIFY2(error->message().contains(QStringLiteral("SECRETS_SYSTEM")), qPrintable(error->message()));
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k2")).sameKeyAs(k2));
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k3")).sameKeyAs(k3));
    // Nothing public is made from a row that cannot be authenticated here.
    QCOMPARE(storeErrorOf([&] { store->loadKeys(QStringLiteral("s"), false); })->kind(),
             StoreError::Kind::Undecryptable);

    // Rotation leaves it as it is and names it.
    const RotationResult r = store->rotateSecret();
    QCOMPARE(r.undecryptable, QStringList{QStringLiteral("s/k1")});
    QCOMPARE(r.alreadyCurrent, 2);

    // With C among the secrets it decrypts again (C encrypted it), and rotation moves it to A.
    store.reset();
    store = f.open(kSecretA + ',' + kSecretC);
    QCOMPARE(store->keys(QStringLiteral("s"))[0].role, KeyRole::Signing);
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k1")).sameKeyAs(k1));
    QCOMPARE(store->rotateSecret().reencrypted, 1);
    store.reset();
    QVERIFY(f.open(kSecretA)->loadKey(QStringLiteral("s"), QStringLiteral("k1")).sameKeyAs(k1));
}

void TestKeyStore::keydataOnlyCopiedFromAnotherStore()
{
    // Only keydata replaced (secret_fp left as it was): the listing trusts secret_fp and cannot tell without
    // decrypting, but loading the key finds out and says so.
    Fixture f;
    Fixture other;
    const JsonWebKey k1 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    const JsonWebKey k2 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k2"));
    f.open(kSecretA)->addKeys(QStringLiteral("s"), {k1, k2});
    other.open(kSecretC)->addKeys(QStringLiteral("s"), {k1});
    const QByteArray foreign =
        RawDb(other.path).scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'k1'")).toByteArray();
    QVERIFY(RawDb(f.path).exec(QStringLiteral("UPDATE jwk_keys SET keydata = ? WHERE kid = 'k1'"),
                               {QString::fromLatin1(foreign)}));
    auto store = f.open(kSecretA);
    const auto error = storeErrorOf([&] { store->loadKey(QStringLiteral("s"), QStringLiteral("k1")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Undecryptable);
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k2")).sameKeyAs(k2));
    QCOMPARE(store->rotateSecret().undecryptable, QStringList{QStringLiteral("s/k1")});
}

void TestKeyStore::swappedRowsAreTampered()
{
    Fixture f;
    const JsonWebKey k1 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k1"));
    const JsonWebKey k2 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k2"));
    const JsonWebKey k3 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k3"));
    const JsonWebKey k4 = generate(QStringLiteral("ES256"), 0, QStringLiteral("k4"));
    f.open()->addKeys(QStringLiteral("s"), {k1, k2, k3, k4});
    {
        RawDb raw(f.path);
        const QString d1 = raw.scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'k1'")).toString();
        const QString d2 = raw.scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'k2'")).toString();
        QVERIFY(raw.exec(QStringLiteral("UPDATE jwk_keys SET keydata = ? WHERE kid = 'k1'"), {d2}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE jwk_keys SET keydata = ? WHERE kid = 'k2'"), {d1}));
        // k3: something that decrypts under the store's secret but is not a JWK.
        const QByteArray notJwk = SecretCipher::encrypt(SecureBytes::fromByteArray("not a JWK at all"),
                                                        SecretCipher::deriveKey(SecureBytes::fromByteArray(kSecretA)));
        QVERIFY(raw.exec(QStringLiteral("UPDATE jwk_keys SET keydata = ? WHERE kid = 'k3'"),
                         {QString::fromLatin1(notJwk)}));
    }
    auto store = f.open();
    for (const char* kid : {"k1", "k2", "k3"}) {
        const auto error = storeErrorOf([&] { store->loadKey(QStringLiteral("s"), QString::fromLatin1(kid)); });
        QVERIFY2(error, kid);
        QCOMPARE(error->kind(), StoreError::Kind::Tampered);
        QVERIFY(error->message().contains(QString::fromLatin1(kid)));
    }
    QVERIFY(store->loadKey(QStringLiteral("s"), QStringLiteral("k4")).sameKeyAs(k4));
    // A whole-set decrypting load fails rather than hand out a swapped key.
    const auto error = storeErrorOf([&] { store->loadKeys(QStringLiteral("s"), true); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Tampered);
}

void TestKeyStore::noPrivateMaterialOnDiskInClear()
{
    Fixture f;
    QList<JsonWebKey> keys = {
        generate(QStringLiteral("RS256"), 2048, QStringLiteral("rsa-2048")),
        generate(QStringLiteral("PS256"), 3072, QStringLiteral("rsa-3072")),
        generate(QStringLiteral("ES256"), 0, QStringLiteral("ec-p256")),
        generate(QStringLiteral("ES384"), 0, QStringLiteral("ec-p384")),
        generate(QStringLiteral("ES512"), 0, QStringLiteral("ec-p521")),
        generateCurve(QStringLiteral("EdDSA"), QStringLiteral("Ed25519"), QStringLiteral("okp-ed25519")),
        generateCurve(QStringLiteral("EdDSA"), QStringLiteral("Ed448"), QStringLiteral("okp-ed448")),
        generateCurve(QStringLiteral("ECDH-ES"), QStringLiteral("X25519"), QStringLiteral("okp-x25519")),
        generate(QStringLiteral("HS256"), 0, QStringLiteral("oct-256")),
        generate(QStringLiteral("HS512"), 0, QStringLiteral("oct-512")),
        generate(QStringLiteral("A128KW"), 0, QStringLiteral("oct-128")),
    };
    // The test data's private keys too (imported as a person would).
    for (const char* file : {"pem/valid/rsa2048_pkcs8_private.pem", "pem/valid/ec_p521_sec1_private.pem",
                             "pem/valid/ed25519_pkcs8_private.pem", "pem/valid/x25519_pkcs8_private.pem"}) {
        const ImportResult r = importFile(QStringLiteral(JWKMAN_TEST_DATA_DIR) + u'/' + QString::fromLatin1(file));
        QCOMPARE(r.keys.size(), 1);
        keys << r.keys.first().key;
    }
    // RSA: d p q dp dq qi (3 keys); EC: d (4 keys); OKP: d (5 keys); oct: k (3 keys).
    QCOMPARE(privateMaterial(keys).size(), 3 * 6 + 4 + 5 + 3);

    auto store = f.open();
    QCOMPARE(store->addKeys(QStringLiteral("all"), keys).added.size(), keys.size());
    // More writes that carry the material: a metadata change re-encrypts, a trashed and purged key, a rotation.
    store->updateKeyMetadata(QStringLiteral("all"), QStringLiteral("ec-p256"), QStringLiteral("ec-p256-renamed"),
                             QStringLiteral("ES256"), QStringLiteral("sig"));
    store->trash().deleteKey(QStringLiteral("all"), QStringLiteral("oct-512"));
    store->trash().empty();
    store->loadKeys(QStringLiteral("all"), true);
    // Before the checkpoint: the material went through the -wal.
    QVERIFY(onServer() || QFileInfo(f.path + QStringLiteral("-wal")).size() > 0);
    QStringList found = findPrivateMaterial(f.path, keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    store->checkpoint();
    found = findPrivateMaterial(f.path, keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    store.reset();
    store = f.open(kSecretB + ',' + kSecretA);
    QVERIFY(store->rotateSecret().reencrypted > 0);
    store->checkpoint();
    store.reset();
    QVERIFY(!storeFiles(f.path).isEmpty());
    found = findPrivateMaterial(f.path, keys);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // And the search does find what is there: the public members are in clear.
    QByteArray all;
    for (const auto& file : storeFiles(f.path)) {
        all += readAll(file);
    }
    QVERIFY(all.contains(b64u(keys[2].publicMember(QStringLiteral("x"))).toLatin1()));
    // Nor the secrets.
    for (const auto& file : storeFiles(f.path)) {
        QVERIFY(!readAll(file).contains(kSecretA));
        QVERIFY(!readAll(file).contains(kSecretB));
    }
}

void TestKeyStore::hydraWrittenRowIsRead()
{
    Fixture f;
    const QString set = QStringLiteral("hydra.openid.id-token");
    const JsonWebKey mine = generate(QStringLiteral("ES256"), 0, QStringLiteral("ours"));
    f.open()->addKeys(set, {mine});

    const QList<JsonWebKey> hydraKeys = {
        generate(QStringLiteral("RS256"), 2048, QUuid::createUuid().toString(QUuid::WithoutBraces)),
        generate(QStringLiteral("ES256"), 0, QStringLiteral("hydra-ec")),
    };
    for (const auto& key : hydraKeys) {
        const auto keydata = runPython(kPythonHydraEncrypt, {QString::fromLatin1(kSecretA)},
                                       bytes(key.toJson(true, JsonFormat::Compact)));
        QVERIFY(keydata);
        RawDb raw(f.path);
        const qint64 setId = raw.scalar(QStringLiteral("SELECT id FROM jwk_sets WHERE name = ?"), {set}).toLongLong();
        const qint64 seq = raw.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM jwk_keys")).toLongLong();
        const QString fp = QString::fromLatin1(sha256(sha256(kSecretA)).left(8).toHex());
        // The clear columns are sealed with the store's HMAC (RowSeal.h), as a tool holding the secret would when it
        // copies Hydra's rows in; the keydata is Hydra's own ciphertext.
        const QByteArray publicJwk = QJsonDocument(key.publicMembers()).toJson(QJsonDocument::Compact);
        const QString crv = key.curve().isNull() ? QStringLiteral("") : key.curve();
        const SecureBytes macKey = secrets(kSecretA).macKeys().first();
        const QByteArray mac = rowseal::mac(
            macKey, {QByteArrayView("key"), QByteArray::number(setId), key.kid().toUtf8(), QByteArray::number(seq),
                     key.kty().toUtf8(), crv.toUtf8(), QByteArray::number(key.sizeBits()), key.alg().toUtf8(),
                     key.use().toUtf8(), key.thumbprint().toUtf8(), QByteArrayView("1"), publicJwk});
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO jwk_keys (set_id, kid, seq, kty, crv, size_bits, alg, key_use, thumbprint, "
                           "has_private, public_jwk, keydata, secret_fp, created_at, row_mac) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"),
            {setId, key.kid(), seq, key.kty(), crv, key.sizeBits(), key.alg(), key.use(), key.thumbprint(),
             QString::fromUtf8(publicJwk), QString::fromLatin1(keydata->trimmed()), fp,
             QDateTime::currentMSecsSinceEpoch(), QString::fromLatin1(mac)}));
    }
    auto store = f.open();
    const auto keys = store->keys(set);
    QCOMPARE(kidsOf(keys), (QStringList{hydraKeys[1].kid(), hydraKeys[0].kid(), QStringLiteral("ours")}));
    QCOMPARE(keys[0].role, KeyRole::Signing);
    for (const auto& key : hydraKeys) {
        const JsonWebKey loaded = store->loadKey(set, key.kid());
        QVERIFY(loaded.sameKeyAs(key));
        QCOMPARE(loaded.kid(), key.kid());
        QCOMPARE(loaded.alg(), key.alg());
        QVERIFY(loaded.isPrivate());
    }
    QVERIFY(store->loadKey(set, QStringLiteral("ours")).sameKeyAs(mine));
}

void TestKeyStore::hydraReadsOurRow()
{
    Fixture f;
    const JsonWebKey key = generate(QStringLiteral("RS256"), 2048, QStringLiteral("to-hydra"));
    f.open()->addKeys(QStringLiteral("s"), {key});
    const QString keydata =
        RawDb(f.path).scalar(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = 'to-hydra'")).toString();
    const auto json = runPython(kPythonHydraDecrypt, {QString::fromLatin1(kSecretA), keydata});
    QVERIFY(json);
    const JsonWebKey back = JsonWebKey::fromJson(*json);
    QVERIFY(back.sameKeyAs(key));
    QVERIFY(back.isPrivate());
    QCOMPARE(back.kid(), QStringLiteral("to-hydra"));
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
