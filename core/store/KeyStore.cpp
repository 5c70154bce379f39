#include "store/KeyStore.h"

#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreFiles.h"
#include "store/StoreSpace.h"
#include "store/StoreSql.h"
#include "text/TextEscape.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <set>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyStore)
};
} // namespace

namespace jwk {
using namespace storesql;
namespace {

constexpr int kSchemaVersion = 4;
const QByteArray kVerifierPlaintext = "jwkman store verifier v1";

enum class Verifier { Opens, DoesNotOpen, Unreadable };

// Whether the store's secret verifier decrypts under one of the secret's keys (Unreadable: no verifier to read).
Verifier checkVerifier(QSqlDatabase database, const SystemSecret& secret)
{
    QSqlQuery q(database);
    q.prepare(QStringLiteral("SELECT value FROM jwk_meta WHERE name = 'verifier'"));
    if (!q.exec() || !q.next()) {
        return Verifier::Unreadable;
    }
    const auto plain = SecretCipher::decrypt(q.value(0).toByteArray(), secret.keys());
    return plain && plain->view() == kVerifierPlaintext ? Verifier::Opens : Verifier::DoesNotOpen;
}

QString wrongSecretMessage(const SystemSecret& secret, const QString& path)
{
    return Tr::tr("the system secret (%1) does not open the store %2: it was encrypted under another "
                  "secret. Set SECRETS_SYSTEM=new,old with the secret the store was made with among the "
                  "list (the first encrypts, all decrypt), then run `jwkman-cli rotate-secret` to move it "
                  "to the new one. Nothing was changed.")
        .arg(secret.locationDescription(), path);
}

// Proves the secret on a read-only connection before the store is opened for writing. A read-write connection
// that is the last to close checkpoints the -wal into the database file and deletes it: after a crash left
// committed pages in the -wal, a wrong secret would rewrite the database file. A read-only connection cannot.
// Throws WrongSecret; anything else (no verifier, a read-only open that fails) is left to the normal open.
void proveSecretReadOnly(const QString& path, const SystemSecret& secret)
{
    const QString connection = QStringLiteral("jwkman-verify-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Verifier result = Verifier::Unreadable;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (database.open()) {
            result = checkVerifier(database, secret);
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (result == Verifier::DoesNotOpen) {
        throw StoreError(StoreError::Kind::WrongSecret, wrongSecretMessage(secret, path));
    }
}

} // namespace

QString keyRoleName(KeyRole role)
{
    switch (role) {
    case KeyRole::Signing:
        return QStringLiteral("signing");
    case KeyRole::Private:
        return QStringLiteral("private");
    case KeyRole::PublicOnly:
        return QStringLiteral("public only");
    case KeyRole::CannotDecrypt:
        return QStringLiteral("cannot decrypt");
    case KeyRole::Tampered:
        return QStringLiteral("tampered");
    }
    return {};
}

QString KeyInfo::typeDescription() const
{
    if (kty.isEmpty()) {
        return QStringLiteral("?");
    }
    if (kty == QStringLiteral("RSA") || kty == QStringLiteral("oct")) {
        return QStringLiteral("%1 %2").arg(kty).arg(sizeBits);
    }
    return QStringLiteral("%1 %2").arg(kty, crv);
}

QString KeyStore::auditName(Audit action)
{
    switch (action) {
    case Audit::Created:
        return QStringLiteral("created");
    case Audit::Imported:
        return QStringLiteral("imported");
    case Audit::Generated:
        return QStringLiteral("generated");
    case Audit::ExportedPrivate:
        return QStringLiteral("exported-private");
    case Audit::CopiedPrivate:
        return QStringLiteral("copied-private");
    case Audit::ShownPrivate:
        return QStringLiteral("shown-private");
    case Audit::Pushed:
        return QStringLiteral("pushed");
    case Audit::Pulled:
        return QStringLiteral("pulled");
    case Audit::Updated:
        return QStringLiteral("updated");
    case Audit::Deleted:
        return QStringLiteral("deleted");
    case Audit::Restored:
        return QStringLiteral("restored");
    case Audit::Purged:
        return QStringLiteral("purged");
    case Audit::Reencrypted:
        return QStringLiteral("re-encrypted");
    }
    return {};
}

QString KeyStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/jwkman/jwkman.sqlite");
}

QString KeyStore::resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString env = qEnvironmentVariable("JWKMAN_STORE");
    return env.isEmpty() ? defaultPath() : env;
}

KeyStore::KeyStore(QString path, SystemSecret secret, QString connection)
    : m_path(std::move(path))
    , m_secret(std::move(secret))
    , m_connection(std::move(connection))
{
}

KeyStore::~KeyStore()
{
    m_prepared.clear(); // finalized before the connection closes
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase KeyStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery& KeyStore::prepared(const QString& sql, const QString& what)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        if (!q->prepare(sql)) {
            throwSql(q->lastError(), what);
        }
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

std::unique_ptr<KeyStore> KeyStore::open(const QString& path)
{
    const QFileInfo info(path);
    // A full disk is refused before a secret is generated or SQLite leaves a stub WAL index behind.
    requireRoomForStore(path);
    prepareFolder(info);
    // Several first uses at the same moment: one of them makes the secret and the schema, the others wait here and
    // then find both. (Without the lock each generated its own secret and the last writer's replaced the others'.)
    const StoreLock lock(path);
    requireOwnerOnly(info.absoluteFilePath(), Tr::tr("the store"));
    // A new secret only for a new store: an existing one needs the secret it was made with.
    const QFileInfo now(info.absoluteFilePath());
    const bool exists = now.exists() && now.size() > 0;
    return openLocked(path, SystemSecret::resolve(path, !exists));
}

std::unique_ptr<KeyStore> KeyStore::open(const QString& path, const SystemSecret& secret)
{
    const QFileInfo info(path);
    requireRoomForStore(path);
    prepareFolder(info);
    const StoreLock lock(path);
    requireOwnerOnly(info.absoluteFilePath(), Tr::tr("the store"));
    return openLocked(path, secret);
}

void KeyStore::prepareFolder(const QFileInfo& info)
{
    if (info.isDir()) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("%1 is a folder; give the store's file name").arg(info.filePath()));
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("the folder %1 for the store cannot be created").arg(info.absolutePath()));
    }
}

std::unique_ptr<KeyStore> KeyStore::openLocked(const QString& path, const SystemSecret& secret)
{
    const QFileInfo info(path);
    const bool fresh = !info.exists() || info.size() == 0;
    if (!fresh) {
        proveSecretReadOnly(info.absoluteFilePath(), secret);
    }
    const QString connection = QStringLiteral("jwkman-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<KeyStore> store(new KeyStore(info.absoluteFilePath(), secret, connection));
    if (fresh && !info.exists()) {
        // Owner-only from the start: the database holds encrypted keys and the public facts of every key. Created
        // here with mode 0600 (never through a symlink) before SQLite opens it, so it is never readable by others.
        const QByteArray native = QFile::encodeName(store->m_path);
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("the store %1 cannot be created: %2")
                                 .arg(store->m_path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        ::close(fd);
    }
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(store->m_path);
        if (!database.open()) {
            throw StoreError(
                StoreError::Kind::Io,
                Tr::tr("the store %1 cannot be opened: %2").arg(store->m_path, database.lastError().text()));
        }
        store->m_dialect = &SqlDialect::forDriver(database.driverName());
    }
    store->initialise(fresh);
    return store;
}

void KeyStore::initialise(bool fresh)
{
    QSqlDatabase database = db();
    for (const auto& sql : m_dialect->onOpen) {
        execSql(database, sql, Tr::tr("opening the store"));
    }
    const int version = m_dialect->schemaVersion(database);
    if (version > kSchemaVersion) {
        throw StoreError(StoreError::Kind::Io, Tr::tr("the store %1 was written by a newer JWK Manager "
                                                      "(schema %2, this one knows %3); update JWK Manager")
                                                   .arg(m_path)
                                                   .arg(version)
                                                   .arg(kSchemaVersion));
    }
    if (fresh || version == 0) {
        {
            QSqlQuery q(database);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
            if (q.next() && q.value(0).toInt() > 0) {
                throw StoreError(StoreError::Kind::Io,
                                 Tr::tr("%1 is an SQLite database but not a JWK Manager store").arg(m_path));
            }
        }
        if (m_dialect->driver == QStringLiteral("QSQLITE")) {
            execSql(database, QStringLiteral("PRAGMA journal_mode = WAL"), Tr::tr("creating the store"));
        }
        migrate(0);
        return;
    }
    // An existing store: prove the secret before anything is written.
    verifySecret();
    if (version < kSchemaVersion) {
        migrate(version);
    }
}

void KeyStore::verifySecret() const
{
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM jwk_meta WHERE name = 'verifier'"));
        exec(q, Tr::tr("reading the store"));
        if (!q.next()) {
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("the store %1 has no secret verifier; it is damaged").arg(m_path));
        }
    }
    if (checkVerifier(db(), m_secret) != Verifier::Opens) {
        throw StoreError(StoreError::Kind::WrongSecret, wrongSecretMessage(m_secret, m_path));
    }
}

void KeyStore::migrate(int from)
{
    QSqlDatabase database = db();
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("creating the store"));
    const QString id = m_dialect->autoIdColumn;
    if (from < 1) {
        const QStringList schema = {
            QStringLiteral("CREATE TABLE jwk_meta (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE jwk_sets (id %1, name VARCHAR(255) NOT NULL UNIQUE, description TEXT NOT "
                           "NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, deleted_at BIGINT)")
                .arg(id),
            QStringLiteral("CREATE TABLE jwk_keys (id %1, set_id BIGINT NOT NULL REFERENCES jwk_sets(id) ON DELETE "
                           "CASCADE, kid VARCHAR(255) NOT NULL, seq BIGINT NOT NULL, kty VARCHAR(8) NOT NULL, crv "
                           "VARCHAR(16) NOT NULL, size_bits INTEGER NOT NULL, alg VARCHAR(32) NOT NULL, key_use "
                           "VARCHAR(32) NOT NULL, thumbprint VARCHAR(64) NOT NULL, has_private INTEGER NOT NULL, "
                           "public_jwk TEXT NOT NULL, keydata TEXT NOT NULL, secret_fp VARCHAR(16) NOT NULL, "
                           "created_at BIGINT NOT NULL, deleted_at BIGINT, UNIQUE (set_id, kid))")
                .arg(id),
            QStringLiteral("CREATE INDEX jwk_keys_set_seq ON jwk_keys (set_id, seq)"),
            QStringLiteral("CREATE TABLE jwk_audit (id %1, at BIGINT NOT NULL, action VARCHAR(32) NOT NULL, set_name "
                           "VARCHAR(255) NOT NULL, kid VARCHAR(255) NOT NULL, detail TEXT NOT NULL)")
                .arg(id),
        };
        for (const auto& sql : schema) {
            execSql(database, sql, Tr::tr("creating the store"));
        }
        QSqlQuery q(database);
        q.prepare(QStringLiteral("INSERT INTO jwk_meta (name, value) VALUES ('verifier', ?)"));
        q.addBindValue(SecretCipher::encrypt(SecureBytes::fromByteArray(kVerifierPlaintext), m_secret.keys().first()));
        exec(q, Tr::tr("creating the store"));
    }
    if (from < 2) {
        // Remote Hydra admin endpoints (credentials encrypted like keys) and staged rotations in progress.
        const QStringList schema = {
            QStringLiteral("CREATE TABLE jwk_remotes (id %1, name VARCHAR(255) NOT NULL UNIQUE, admin_url TEXT NOT "
                           "NULL, public_url TEXT NOT NULL, ca_pem TEXT NOT NULL, client_cert_pem TEXT NOT NULL, "
                           "tracked_sets TEXT NOT NULL, timeout_ms INTEGER NOT NULL, credentials TEXT NOT NULL, "
                           "secret_fp VARCHAR(16) NOT NULL, created_at BIGINT NOT NULL)")
                .arg(id),
            QStringLiteral("CREATE TABLE jwk_rotations (id %1, remote VARCHAR(255) NOT NULL, set_name VARCHAR(255) NOT "
                           "NULL, new_kid VARCHAR(255) NOT NULL, old_kid VARCHAR(255) NOT NULL, step VARCHAR(16) NOT "
                           "NULL, updated_at BIGINT NOT NULL, UNIQUE (remote, set_name))")
                .arg(id),
        };
        for (const auto& sql : schema) {
            execSql(database, sql, Tr::tr("updating the store"));
        }
    }
    if (from < 3) {
        // The next sequence number is MAX(seq) over all keys: an index keeps that a lookup, not a scan.
        execSql(database, QStringLiteral("CREATE INDEX jwk_keys_seq ON jwk_keys (seq)"), Tr::tr("updating the store"));
    }
    if (from < 4) {
        // The seal over the clear columns (RowSeal.h); rows of an earlier store are sealed from their decrypted keys.
        execSql(database, QStringLiteral("ALTER TABLE jwk_keys ADD COLUMN row_mac VARCHAR(64) NOT NULL DEFAULT ''"),
                Tr::tr("updating the store"));
        execSql(database,
                QStringLiteral("ALTER TABLE jwk_rotations ADD COLUMN row_mac VARCHAR(64) NOT NULL DEFAULT ''"),
                Tr::tr("updating the store"));
        if (from > 0) {
            sealExistingRows();
            resealRemotes();
        }
    }
    m_dialect->setSchemaVersion(database, kSchemaVersion);
    tx.commit();
}

qint64 KeyStore::setId(const QString& name, bool includeDeleted) const
{
    QSqlQuery q(db());
    q.prepare(includeDeleted ? QStringLiteral("SELECT id FROM jwk_sets WHERE name = ?")
                             : QStringLiteral("SELECT id FROM jwk_sets WHERE name = ? AND deleted_at IS NULL"));
    q.addBindValue(name);
    exec(q, Tr::tr("reading the store"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QList<KeySetInfo> KeyStore::keySets() const
{
    return querySets(QString(), {});
}

std::optional<KeySetInfo> KeyStore::keySet(const QString& name) const
{
    const QList<KeySetInfo> sets = querySets(QStringLiteral(" AND s.name = ?"), {name});
    if (sets.isEmpty()) {
        return std::nullopt;
    }
    return sets.first();
}

QList<KeySetInfo> KeyStore::querySets(const QString& condition, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.name, s.description, s.created_at, s.updated_at, "
                             "(SELECT COUNT(*) FROM jwk_keys k WHERE k.set_id = s.id AND k.deleted_at IS NULL) "
                             "FROM jwk_sets s WHERE s.deleted_at IS NULL") +
              condition + QStringLiteral(" ORDER BY s.name"));
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    exec(q, Tr::tr("listing key sets"));
    QList<KeySetInfo> sets;
    while (q.next()) {
        KeySetInfo s;
        s.name = q.value(0).toString();
        s.description = q.value(1).toString();
        s.created = fromMs(q.value(2));
        s.updated = fromMs(q.value(3));
        s.keyCount = q.value(4).toInt();
        sets.append(s);
    }
    q.finish();
    // The signer from authenticated rows only (queryKeys), never from a clear has_private or seq alone.
    std::map<QString, QString> signers;
    const QList<KeyInfo> live =
        sets.size() == 1 ? queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"),
                                     {sets.first().name})
                         : queryKeys(QStringLiteral("s.deleted_at IS NULL AND k.deleted_at IS NULL"), {});
    std::set<QString> tampered;
    for (const auto& k : live) {
        if (k.role == KeyRole::Signing) {
            signers[k.setName] = k.kid;
        } else if (k.role == KeyRole::Tampered) {
            tampered.insert(k.setName);
        }
    }
    for (auto& set : sets) {
        const auto it = signers.find(set.name);
        set.signingKid = it == signers.end() ? QString() : it->second;
        set.tampered = tampered.count(set.name) > 0;
    }
    return sets;
}

void KeyStore::createKeySet(const QString& name, const QString& description)
{
    validateName(name, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("creating key set \"%1\"").arg(name));
    if (setId(name, true) >= 0) {
        const bool inTrash = setId(name, false) < 0;
        throw StoreError(StoreError::Kind::Conflict,
                         inTrash ? Tr::tr("a key set named \"%1\" is in the trash; restore it or empty the "
                                          "trash first")
                                       .arg(name)
                                 : Tr::tr("a key set named \"%1\" exists already").arg(name));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO jwk_sets (name, description, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(name);
    q.addBindValue(text(description));
    q.addBindValue(now);
    q.addBindValue(now);
    exec(q, Tr::tr("creating key set \"%1\"").arg(name));
    audit(Audit::Created, name, QString());
    tx.commit();
}

void KeyStore::renameKeySet(const QString& name, const QString& newName)
{
    validateName(newName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("renaming key set \"%1\"").arg(name));
    const qint64 id = setId(name);
    if (id < 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(name));
    }
    if (name == newName) {
        return;
    }
    if (setId(newName, true) >= 0) {
        throw StoreError(StoreError::Kind::Conflict, Tr::tr("a key set named \"%1\" exists already").arg(newName));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jwk_sets SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    exec(q, Tr::tr("renaming key set \"%1\"").arg(name));
    audit(Audit::Updated, newName, QString(), QStringLiteral("renamed from \"%1\"").arg(name));
    tx.commit();
}

void KeyStore::setDescription(const QString& name, const QString& description)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("updating key set \"%1\"").arg(name));
    const qint64 id = setId(name);
    if (id < 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(name));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jwk_sets SET description = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(description));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    exec(q, Tr::tr("updating key set \"%1\"").arg(name));
    tx.commit();
}

QList<KeyInfo> KeyStore::queryKeys(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.name, k.created_at, k.deleted_at, ") + kSealedKeyColumns +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE ") + where +
              QStringLiteral(" ORDER BY s.name, k.seq DESC"));
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    exec(q, Tr::tr("listing keys"));
    QList<KeyInfo> keys;
    QString currentSet;
    bool signerSeen = false;
    while (q.next()) {
        KeyInfo k;
        k.setName = q.value(0).toString();
        k.created = fromMs(q.value(1));
        k.deleted = !q.value(2).isNull();
        constexpr int c = 3; // the sealed columns
        k.kid = q.value(c + 1).toString();
        k.sequence = q.value(c + 2).toLongLong();
        k.kty = q.value(c + 3).toString();
        k.crv = q.value(c + 4).toString();
        k.sizeBits = q.value(c + 5).toInt();
        k.alg = q.value(c + 6).toString();
        k.use = q.value(c + 7).toString();
        k.thumbprint = q.value(c + 8).toString();
        if (rowseal::isKeyedThumbprint(k.thumbprint)) {
            k.thumbprint.clear(); // an oct key's thumbprint is not kept in clear
        }
        k.hasPrivate = q.value(c + 9).toInt() != 0;
        const Seal seal = checkSeal(q, c);
        k.decryptable = seal == Seal::Authentic;
        if (k.setName != currentSet) {
            currentSet = k.setName;
            signerSeen = false;
        }
        if (seal == Seal::Tampered) {
            k.role = KeyRole::Tampered;
            // Its clear facts are not known to be true: none of them is passed on.
            k.kty.clear();
            k.crv.clear();
            k.sizeBits = 0;
            k.alg.clear();
            k.use.clear();
            k.thumbprint.clear();
            k.hasPrivate = false;
        } else if (seal == Seal::UnknownSecret) {
            k.role = KeyRole::CannotDecrypt;
        } else if (!k.hasPrivate) {
            k.role = KeyRole::PublicOnly;
        } else if (!signerSeen && !k.deleted) {
            k.role = KeyRole::Signing;
        } else {
            k.role = KeyRole::Private;
        }
        // Only an authenticated row can be the signer: the order and has_private of any other are not known to be
        // true (an inserted or edited row must not change which key signs).
        if (seal == Seal::Authentic && k.hasPrivate && !k.deleted) {
            signerSeen = true;
        }
        keys.append(k);
    }
    // A set with a tampered live row has no known signer: that row's order and has_private are not known, so it might
    // be the newest private key. No key of that set is shown as the signer.
    std::set<QString> tamperedSets;
    for (const auto& k : keys) {
        if (k.role == KeyRole::Tampered && !k.deleted) {
            tamperedSets.insert(k.setName);
        }
    }
    if (!tamperedSets.empty()) {
        for (auto& k : keys) {
            if (k.role == KeyRole::Signing && tamperedSets.count(k.setName)) {
                k.role = KeyRole::Private;
            }
        }
    }
    return keys;
}

QList<KeyInfo> KeyStore::keys(const QString& setName) const
{
    if (setId(setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(setName));
    }
    return queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"), {setName});
}

QList<KeyInfo> KeyStore::allKeys() const
{
    return queryKeys(QStringLiteral("s.deleted_at IS NULL AND k.deleted_at IS NULL"), {});
}

std::optional<KeyInfo> KeyStore::keyInfo(const QString& setName, const QString& kid) const
{
    for (const auto& k : keys(setName)) {
        if (k.kid == kid) {
            return k;
        }
    }
    return std::nullopt;
}

QString KeyStore::signingKid(const QString& setName) const
{
    QString signer;
    for (const auto& k :
         queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"), {setName})) {
        if (k.role == KeyRole::Tampered) {
            requireAuthentic(Seal::Tampered, setName, k.kid);
        }
        if (k.role == KeyRole::Signing && signer.isEmpty()) {
            signer = k.kid;
        }
    }
    return signer;
}

QJsonObject KeyStore::publicJwk(const QString& setName, const QString& kid) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE s.name = ? AND s.deleted_at IS "
                             "NULL AND k.kid = ? AND k.deleted_at IS NULL"));
    q.addBindValue(setName);
    q.addBindValue(kid);
    exec(q, Tr::tr("reading the store"));
    if (!q.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    requireAuthentic(checkSeal(q, 0), setName, kid);
    return QJsonDocument::fromJson(q.value(11).toByteArray()).object();
}

JsonWebKey KeyStore::loadKey(const QString& setName, const QString& kid) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // keydata is read as a BLOB: the base64 text then reaches the decoder without a round trip through UTF-16.
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              QStringLiteral(", CAST(k.keydata AS BLOB) FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE "
                             "s.name = ? AND s.deleted_at IS NULL AND k.kid = ? AND k.deleted_at IS NULL"));
    q.addBindValue(setName);
    q.addBindValue(kid);
    exec(q, Tr::tr("reading the store"));
    if (!q.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    requireAuthentic(checkSeal(q, 0), setName, kid);
    return decryptRow(setName, kid, q.value(kSealedKeyColumnCount).toByteArray(), q.value(8).toString());
}

JsonWebKey KeyStore::decryptRow(const QString& setName, const QString& kid, const QByteArray& keydata,
                                const QString& thumbprint) const
{
    int used = -1;
    std::optional<SecureBytes> plain = SecretCipher::decrypt(keydata, m_secret.keys(), &used);
    if (!plain) {
        throw StoreError(StoreError::Kind::Undecryptable,
                         Tr::tr("key \"%1\" in key set \"%2\" cannot be decrypted with the configured system "
                                "secret(s): it was encrypted under another secret. Add that secret to "
                                "SECRETS_SYSTEM after the current one.")
                             .arg(kid, setName));
    }
    JsonWebKey key;
    try {
        key = JsonWebKey::fromJson(plain->view()); // no copy of the plaintext outside the wiped buffer
    } catch (const JwkError&) {
        throw StoreError(StoreError::Kind::Tampered,
                         Tr::tr("key \"%1\" in key set \"%2\" decrypts to something that is not a JWK: the "
                                "row was tampered with")
                             .arg(kid, setName));
    }
    if (key.kid() != kid || thumbprintColumn(key, used) != thumbprint) {
        throw StoreError(StoreError::Kind::Tampered,
                         Tr::tr("key \"%1\" in key set \"%2\" holds the encrypted data of another key: the "
                                "row was moved or swapped")
                             .arg(kid, setName));
    }
    return key;
}

QList<JsonWebKey> KeyStore::loadKeys(const QString& setName, bool decrypt) const
{
    if (setId(setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(setName));
    }
    // One query for the whole set, newest first (the order of keys()). Every row's clear columns are authenticated
    // first: the order decides which key Hydra signs with after a push, and the public JWK is what is published.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              (decrypt ? QStringLiteral(", CAST(k.keydata AS BLOB)") : QString()) +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE s.name = ? AND s.deleted_at IS "
                             "NULL AND k.deleted_at IS NULL ORDER BY k.seq DESC"));
    q.addBindValue(setName);
    exec(q, Tr::tr("reading the store"));
    QList<JsonWebKey> result;
    while (q.next()) {
        const QString kid = q.value(1).toString();
        requireAuthentic(checkSeal(q, 0), setName, kid);
        if (decrypt) {
            result.append(
                decryptRow(setName, kid, q.value(kSealedKeyColumnCount).toByteArray(), q.value(8).toString()));
        } else if (q.value(3).toString() != QLatin1String("oct")) {
            result.append(JsonWebKey::fromJson(QJsonDocument::fromJson(q.value(11).toByteArray()).object()));
        }
    }
    return result;
}

QString KeyStore::encryptKey(const JsonWebKey& key) const
{
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return QString::fromLatin1(SecretCipher::encrypt(json, m_secret.keys().first()));
}

qint64 KeyStore::nextSequence() const
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM jwk_keys"));
    return q.next() ? q.value(0).toLongLong() + 1 : 1;
}

void KeyStore::insertKey(qint64 id, const JsonWebKey& key, qint64 sequence, qint64 createdAt, const QVariant& deletedAt)
{
    QSqlQuery& q =
        prepared(QStringLiteral("INSERT INTO jwk_keys (set_id, kid, seq, kty, crv, size_bits, alg, key_use, "
                                "thumbprint, has_private, public_jwk, keydata, secret_fp, created_at, "
                                "deleted_at, row_mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 Tr::tr("storing key \"%1\"").arg(key.kid()));
    const QString thumbprint = thumbprintColumn(key, 0);
    // The public form as `public` makes it: key_ops that need the private key (sign, decrypt, ...) dropped.
    const QByteArray publicJwk =
        compactJson(key.type() == KeyType::Oct ? key.publicMembers() : key.publicKey().publicMembers());
    q.addBindValue(id);
    q.addBindValue(key.kid());
    q.addBindValue(sequence);
    q.addBindValue(key.kty());
    q.addBindValue(text(key.curve()));
    q.addBindValue(key.sizeBits());
    q.addBindValue(text(key.alg()));
    q.addBindValue(text(key.use()));
    q.addBindValue(thumbprint);
    q.addBindValue(key.isPrivate() ? 1 : 0);
    q.addBindValue(QString::fromUtf8(publicJwk));
    q.addBindValue(encryptKey(key));
    q.addBindValue(QString::fromLatin1(m_secret.fingerprints().first()));
    q.addBindValue(createdAt > 0 ? createdAt : nowMs());
    q.addBindValue(deletedAt.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : deletedAt);
    q.addBindValue(
        QString::fromLatin1(keyRowMac(0, id, key.kid(), sequence, key.kty(), text(key.curve()), key.sizeBits(),
                                      text(key.alg()), text(key.use()), thumbprint, key.isPrivate(), publicJwk)));
    exec(q, Tr::tr("storing key \"%1\"").arg(key.kid()));
}

void KeyStore::touchSet(qint64 id)
{
    QSqlQuery& q =
        prepared(QStringLiteral("UPDATE jwk_sets SET updated_at = ? WHERE id = ?"), Tr::tr("updating the key set"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    exec(q, Tr::tr("updating the key set"));
}

AddKeysResult KeyStore::addKeys(const QString& setName, const QList<JsonWebKey>& keys, Audit action, bool createSet)
{
    validateName(setName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("adding keys to \"%1\"").arg(setName));
    AddKeysResult result = addKeysLocked(setName, keys, action, createSet);
    tx.commit();
    return result;
}

QList<AddKeysResult> KeyStore::addKeysToSets(const QList<QPair<QString, QList<JsonWebKey>>>& sets, Audit action)
{
    for (const auto& entry : sets) {
        validateName(entry.first, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    }
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("adding keys"));
    QList<AddKeysResult> results;
    for (const auto& [name, keys] : sets) {
        results << addKeysLocked(name, keys, action, true);
    }
    tx.commit();
    return results;
}

AddKeysResult KeyStore::addKeysLocked(const QString& setName, const QList<JsonWebKey>& keys, Audit action,
                                      bool createSet)
{
    AddKeysResult result;
    qint64 id = setId(setName, true);
    if (id >= 0 && setId(setName) < 0) {
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("key set \"%1\" is in the trash; restore it first").arg(setName));
    }
    if (id < 0) {
        if (!createSet) {
            throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(setName));
        }
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO jwk_sets (name, description, created_at, updated_at) VALUES (?, '', ?, ?)"));
        q.addBindValue(setName);
        q.addBindValue(nowMs());
        q.addBindValue(nowMs());
        exec(q, Tr::tr("creating key set \"%1\"").arg(setName));
        id = q.lastInsertId().toLongLong();
        audit(Audit::Created, setName, QString());
    }

    std::map<QString, std::pair<QString, bool>> byKid; // kid -> (thumbprint, in trash)
    std::set<QString> thumbprints;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kid, thumbprint, deleted_at FROM jwk_keys WHERE set_id = ?"));
        q.addBindValue(id);
        exec(q, Tr::tr("reading key set \"%1\"").arg(setName));
        while (q.next()) {
            byKid[q.value(0).toString()] = {q.value(1).toString(), !q.value(2).isNull()};
            if (q.value(2).isNull()) {
                thumbprints.insert(q.value(1).toString());
            }
        }
    }

    // The first key of the list is the newest: number them from the end.
    qint64 sequence = nextSequence() + keys.size();
    for (const auto& original : keys) {
        --sequence;
        JsonWebKey key = original;
        if (key.kid().isEmpty()) {
            key.setKid(defaultKid(key));
        }
        const QString kid = key.kid();
        // Every key that enters the store passes the same check as import, whatever path brought it.
        if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
            result.failed << QStringLiteral("%1: %2").arg(escapeControlCharactersShort(kid), problem);
            continue;
        }
        const QString thumbprint = thumbprintColumn(key, 0);
        if (thumbprints.count(thumbprint)) {
            result.skipped << Tr::tr("%1: the set holds this key already (same thumbprint)").arg(kid);
            continue;
        }
        const auto existing = byKid.find(kid);
        if (existing != byKid.end()) {
            result.failed << (existing->second.second
                                  ? Tr::tr("%1: a key with this kid is in the trash; restore it or empty the "
                                           "trash first")
                                        .arg(kid)
                                  : Tr::tr("%1: the set has a different key with this kid").arg(kid));
            continue;
        }
        insertKey(id, key, sequence);
        audit(action, setName, kid);
        byKid[kid] = {thumbprint, false};
        thumbprints.insert(thumbprint);
        result.added << kid;
    }
    if (!result.added.isEmpty()) {
        touchSet(id);
    }
    return result;
}

void KeyStore::replaceKeys(const QString& setName, const QList<JsonWebKey>& keys, Audit action)
{
    replaceKeySets({{setName, keys}}, action);
}

void KeyStore::replaceKeySets(const QList<QPair<QString, QList<JsonWebKey>>>& sets, Audit action)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("replacing key sets"));
    for (const auto& [name, keys] : sets) {
        replaceKeysLocked(name, keys, action);
    }
    tx.commit();
}

void KeyStore::replaceKeysLocked(const QString& setName, const QList<JsonWebKey>& keys, Audit action)
{
    validateName(setName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    const QString what = Tr::tr("replacing key set \"%1\"").arg(setName);
    qint64 id = setId(setName, true);
    if (id < 0) {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO jwk_sets (name, description, created_at, updated_at) VALUES (?, '', ?, ?)"));
        q.addBindValue(setName);
        q.addBindValue(nowMs());
        q.addBindValue(nowMs());
        exec(q, what);
        id = q.lastInsertId().toLongLong();
        audit(Audit::Created, setName, QString());
    } else {
        QSqlQuery restore(db());
        restore.prepare(QStringLiteral("UPDATE jwk_sets SET deleted_at = NULL WHERE id = ?"));
        restore.addBindValue(id);
        exec(restore, what);
    }
    std::set<QString> kids;
    for (const auto& key : keys) {
        if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
            throw StoreError(StoreError::Kind::InvalidInput,
                             Tr::tr("key \"%1\" of key set \"%2\" cannot be stored: %3")
                                 .arg(escapeControlCharactersShort(key.kid()), setName, problem));
        }
        if (key.kid().isEmpty() && key.type() == KeyType::Oct) {
            continue; // given a random kid below, never a duplicate
        }
        const QString kid = key.kid().isEmpty() ? key.thumbprint() : key.kid();
        if (!kids.insert(kid).second) {
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("kid \"%1\" occurs twice in key set \"%2\"").arg(kid, setName));
        }
    }
    // Keys that the new content no longer holds go to the trash, not away: a pull must not lose a private key
    // that only this store had.
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kid FROM jwk_keys WHERE set_id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        exec(q, what);
        QStringList dropped;
        while (q.next()) {
            if (!kids.count(q.value(0).toString())) {
                dropped << q.value(0).toString();
            }
        }
        for (const auto& kid : dropped) {
            QSqlQuery& t =
                prepared(QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ?"), what);
            t.addBindValue(nowMs());
            t.addBindValue(id);
            t.addBindValue(kid);
            exec(t, what);
            audit(Audit::Deleted, setName, kid, QStringLiteral("no longer in the set after %1").arg(auditName(action)));
        }
    }
    qint64 sequence = nextSequence() + keys.size();
    for (const auto& original : keys) {
        --sequence;
        JsonWebKey key = original;
        if (key.kid().isEmpty()) {
            key.setKid(defaultKid(key));
        }
        // The row already under this kid, live or in the trash, decrypted (its clear columns are not trusted to say
        // whether it is private). A private key is never replaced by its public form: it is kept as it is, in the
        // new order. Replaced by another key, it goes to the trash under a new kid, restorable.
        QSqlQuery existing(db());
        existing.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
                         QStringLiteral(", CAST(k.keydata AS BLOB), k.created_at, k.deleted_at FROM jwk_keys k WHERE "
                                        "k.set_id = ? AND k.kid = ?"));
        existing.addBindValue(id);
        existing.addBindValue(key.kid());
        exec(existing, what);
        if (existing.next()) {
            requireAuthentic(checkSeal(existing, 0), setName, key.kid());
            JsonWebKey here = decryptRow(setName, key.kid(), existing.value(kSealedKeyColumnCount).toByteArray(),
                                         existing.value(8).toString());
            const qint64 hereSequence = existing.value(2).toLongLong();
            const qint64 hereCreated = existing.value(kSealedKeyColumnCount + 1).toLongLong();
            existing.finish();
            if (here.isPrivate() && here.thumbprint() == key.thumbprint() && !key.isPrivate()) {
                // Kept whole (created time included), in its new place in the order, out of the trash.
                QSqlQuery& purge = prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
                purge.addBindValue(id);
                purge.addBindValue(key.kid());
                exec(purge, what);
                insertKey(id, here, sequence, hereCreated);
                audit(action, setName, key.kid(),
                      QStringLiteral("kept local private key (the new content has only its public part)"));
                continue;
            }
            if (here.isPrivate() && here.thumbprint() != key.thumbprint()) {
                trashReplacedKey(id, setName, here, hereSequence, action);
            }
        }
        QSqlQuery& purge = prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
        purge.addBindValue(id);
        purge.addBindValue(key.kid());
        exec(purge, what);
        insertKey(id, key, sequence);
        audit(action, setName, key.kid());
    }
    touchSet(id);
}

void KeyStore::trashReplacedKey(qint64 id, const QString& setName, JsonWebKey key, qint64 sequence, Audit action)
{
    const QString oldKid = key.kid();
    const QString suffix = QStringLiteral("~replaced-%1")
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")));
    QString kid = oldKid.left(255 - suffix.size()) + suffix;
    for (int n = 2; keyRowExists(id, kid); ++n) {
        kid = oldKid.left(255 - suffix.size() - 4) + suffix + QStringLiteral("-%1").arg(n);
    }
    const QString what = Tr::tr("moving the replaced key \"%1\" to the trash").arg(oldKid);
    QSqlQuery& purge = prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
    purge.addBindValue(id);
    purge.addBindValue(oldKid);
    exec(purge, what);
    key.setKid(kid);
    insertKey(id, key, sequence);
    QSqlQuery& trash =
        prepared(QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ?"), what);
    trash.addBindValue(nowMs());
    trash.addBindValue(id);
    trash.addBindValue(kid);
    exec(trash, what);
    audit(Audit::Deleted, setName, kid,
          QStringLiteral("private key \"%1\" replaced by another key after %2; kept in the trash under this kid")
              .arg(oldKid, auditName(action)));
}

bool KeyStore::keyRowExists(qint64 id, const QString& kid) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM jwk_keys WHERE set_id = ? AND kid = ?"));
    q.addBindValue(id);
    q.addBindValue(kid);
    exec(q, Tr::tr("reading the store"));
    return q.next();
}

void KeyStore::updateKeyMetadata(const QString& setName, const QString& kid, const QString& newKid, const QString& alg,
                                 const QString& use)
{
    validateName(newKid, QT_TRANSLATE_NOOP("jwk::KeyStore", "kid"));
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("updating key \"%1\"").arg(kid));
    JsonWebKey key = loadKey(setName, kid);
    const qint64 id = setId(setName);
    if (newKid != kid) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM jwk_keys WHERE set_id = ? AND kid = ?"));
        q.addBindValue(id);
        q.addBindValue(newKid);
        exec(q, Tr::tr("updating key \"%1\"").arg(kid));
        if (q.next() && q.value(0).toInt() > 0) {
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("key set \"%1\" has a key with kid \"%2\" already").arg(setName, newKid));
        }
    }
    key.setKid(newKid);
    key.setAlg(alg);
    key.setUse(use);
    // Written anew (encrypted and sealed), in the same place in the order and with the same creation time.
    const std::optional<KeyInfo> before = keyInfo(setName, kid);
    QSqlQuery purge(db());
    purge.prepare(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"));
    purge.addBindValue(id);
    purge.addBindValue(kid);
    exec(purge, Tr::tr("updating key \"%1\"").arg(kid));
    insertKey(id, key, before->sequence, before->created.toMSecsSinceEpoch());
    touchSet(id);
    audit(Audit::Updated, setName, newKid,
          newKid != kid ? QStringLiteral("kid was \"%1\"; alg \"%2\", use \"%3\"").arg(kid, alg, use)
                        : QStringLiteral("alg \"%1\", use \"%2\"").arg(alg, use));
    tx.commit();
}

void KeyStore::deleteKey(const QString& setName, const QString& kid)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("deleting key \"%1\"").arg(kid));
    const qint64 id = setId(setName);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ? AND deleted_at IS NULL"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    q.addBindValue(kid);
    exec(q, Tr::tr("deleting key \"%1\"").arg(kid));
    if (id < 0 || q.numRowsAffected() == 0) {
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    touchSet(id);
    audit(Audit::Deleted, setName, kid);
    tx.commit();
}

void KeyStore::deleteKeySet(const QString& setName)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("deleting key set \"%1\"").arg(setName));
    const qint64 id = setId(setName);
    if (id < 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no key set \"%1\"").arg(setName));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jwk_sets SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    exec(q, Tr::tr("deleting key set \"%1\"").arg(setName));
    audit(Audit::Deleted, setName, QString());
    tx.commit();
}

QList<TrashEntry> KeyStore::trash() const
{
    QList<TrashEntry> entries;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT s.name, s.deleted_at, (SELECT COUNT(*) FROM jwk_keys k WHERE k.set_id = s.id AND "
                          "k.deleted_at IS NULL) FROM jwk_sets s WHERE s.deleted_at IS NOT NULL ORDER BY "
                          "s.deleted_at DESC"));
    while (q.next()) {
        entries.append({q.value(0).toString(), QString(), fromMs(q.value(1)), q.value(2).toInt()});
    }
    QSqlQuery k(db());
    k.setForwardOnly(true);
    k.exec(QStringLiteral("SELECT s.name, k.kid, k.deleted_at FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id "
                          "WHERE k.deleted_at IS NOT NULL AND s.deleted_at IS NULL ORDER BY k.deleted_at DESC"));
    while (k.next()) {
        entries.append({k.value(0).toString(), k.value(1).toString(), fromMs(k.value(2)), 1});
    }
    return entries;
}

void KeyStore::restoreKey(const QString& setName, const QString& kid)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("restoring key \"%1\"").arg(kid));
    const qint64 id = setId(setName);
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE jwk_keys SET deleted_at = NULL WHERE set_id = ? AND kid = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(id);
    q.addBindValue(kid);
    exec(q, Tr::tr("restoring key \"%1\"").arg(kid));
    if (id < 0 || q.numRowsAffected() == 0) {
        throw StoreError(StoreError::Kind::NotFound,
                         Tr::tr("the trash holds no key \"%1\" of key set \"%2\"").arg(kid, setName));
    }
    touchSet(id);
    audit(Audit::Restored, setName, kid);
    tx.commit();
}

void KeyStore::restoreKeySet(const QString& setName)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("restoring key set \"%1\"").arg(setName));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jwk_sets SET deleted_at = NULL WHERE name = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(setName);
    exec(q, Tr::tr("restoring key set \"%1\"").arg(setName));
    if (q.numRowsAffected() == 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("the trash holds no key set \"%1\"").arg(setName));
    }
    audit(Audit::Restored, setName, QString());
    tx.commit();
}

int KeyStore::emptyTrash()
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("emptying the trash"));
    int purged = 0;
    for (const auto& entry : trash()) {
        audit(Audit::Purged, entry.setName, entry.kid);
    }
    QSqlQuery count(db());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE "
                              "k.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL"));
    if (count.next()) {
        purged = count.value(0).toInt();
    }
    execSql(db(),
            QStringLiteral("DELETE FROM jwk_keys WHERE deleted_at IS NOT NULL OR set_id IN (SELECT id FROM "
                           "jwk_sets WHERE deleted_at IS NOT NULL)"),
            Tr::tr("emptying the trash"));
    execSql(db(), QStringLiteral("DELETE FROM jwk_sets WHERE deleted_at IS NOT NULL"), Tr::tr("emptying the trash"));
    tx.commit();
    return purged;
}

RotationResult KeyStore::rotateSecret()
{
    RotationResult result;
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("re-encrypting the store"));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT s.name, k.created_at, k.deleted_at, ") + kSealedKeyColumns +
           QStringLiteral(", CAST(k.keydata AS BLOB) FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id"));
    struct Row
    {
        QString setName;
        QString kid;
        qint64 setId;
        qint64 sequence;
        qint64 created;
        QVariant deleted;
        QByteArray keydata;
        QString thumbprint;
        Seal seal;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(4).toString(), q.value(3).toLongLong(), q.value(5).toLongLong(),
                     q.value(1).toLongLong(), q.value(2), q.value(3 + kSealedKeyColumnCount).toByteArray(),
                     q.value(11).toString(), checkSeal(q, 3)});
    }
    q.finish();
    for (const auto& row : rows) {
        const QString label = QStringLiteral("%1/%2").arg(row.setName, row.kid);
        if (row.seal == Seal::Tampered) {
            // Its clear columns were changed without the secret: re-sealing would make the edit look genuine.
            result.undecryptable << label + QStringLiteral(" (tampered)");
            continue;
        }
        int used = -1;
        const auto plain = SecretCipher::decrypt(row.keydata, m_secret.keys(), &used);
        if (!plain || row.seal == Seal::UnknownSecret) {
            result.undecryptable << label;
            continue;
        }
        if (used == 0) {
            ++result.alreadyCurrent;
            continue;
        }
        const JsonWebKey key = decryptRow(row.setName, row.kid, row.keydata, row.thumbprint);
        QSqlQuery purge(db());
        purge.prepare(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"));
        purge.addBindValue(row.setId);
        purge.addBindValue(row.kid);
        exec(purge, Tr::tr("re-encrypting the store"));
        insertKey(row.setId, key, row.sequence, row.created, row.deleted);
        ++result.reencrypted;
    }
    result.reencrypted += reencryptRemotes(&result.undecryptable);
    resealRotations(false);
    QSqlQuery v(db());
    v.prepare(QStringLiteral("UPDATE jwk_meta SET value = ? WHERE name = 'verifier'"));
    v.addBindValue(SecretCipher::encrypt(SecureBytes::fromByteArray(kVerifierPlaintext), m_secret.keys().first()));
    exec(v, Tr::tr("re-encrypting the store"));
    audit(Audit::Reencrypted, QString(), QString(),
          QStringLiteral("%1 rows re-encrypted, %2 already current, %3 undecryptable")
              .arg(result.reencrypted)
              .arg(result.alreadyCurrent)
              .arg(result.undecryptable.size()));
    tx.commit();
    return result;
}

void KeyStore::audit(Audit action, const QString& setName, const QString& kid, const QString& detail)
{
    QSqlQuery& q =
        prepared(QStringLiteral("INSERT INTO jwk_audit (at, action, set_name, kid, detail) VALUES (?, ?, ?, ?, ?)"),
                 Tr::tr("writing the audit log"));
    q.addBindValue(nowMs());
    q.addBindValue(auditName(action));
    q.addBindValue(text(setName));
    q.addBindValue(text(kid));
    q.addBindValue(text(detail));
    exec(q, Tr::tr("writing the audit log"));
}

QList<AuditEntry> KeyStore::auditLog(int limit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, action, set_name, kid, detail FROM jwk_audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    exec(q, Tr::tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append({fromMs(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()});
    }
    return entries;
}

void KeyStore::checkpoint()
{
    if (!m_dialect->checkpoint.isEmpty()) {
        QSqlQuery(db()).exec(m_dialect->checkpoint);
    }
}

} // namespace jwk
