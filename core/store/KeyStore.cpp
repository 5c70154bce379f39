#include "store/KeyStore.h"

#include "store/RemoteRows.h"

#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "store/RowBatch.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/ServerLocation.h"
#include "store/SqlDialect.h"
#include "store/StoreFiles.h"
#include "store/StoreSpace.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"
#include "text/TextEscape.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <set>
#include <utility>
#include <vector>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace jwk {
using namespace storesql;
namespace {

constexpr int kSchemaVersion = 7;
// pg_advisory_lock key held while a team store's schema is created or migrated ("jwkman" in ASCII).
constexpr qint64 kSchemaLockKey = 0x6a776b6d616e;
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
    return StoreTr::tr("the system secret (%1) does not open the store %2: it was encrypted under another "
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

KeyStore::KeyStore(QString path, SystemSecret secret, QString connection)
    : m_path(std::move(path))
    , m_actor(loginName())
    , m_host(QSysInfo::machineHostName())
    , m_secret(std::move(secret))
    , m_connection(std::move(connection))
{
}

QString KeyStore::loginName()
{
    if (const passwd* pw = ::getpwuid(::getuid())) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return qEnvironmentVariable("USER");
}

QString KeyStore::conflictMessage(const QString& setName, const QString& fallback) const
{
    if (setName.isEmpty()) {
        return fallback;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT actor, host, at FROM jwk_audit WHERE set_name = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(setName);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty()) {
        return fallback;
    }
    const QString who = q.value(1).toString().isEmpty()
                            ? q.value(0).toString()
                            : QStringLiteral("%1@%2").arg(q.value(0).toString(), q.value(1).toString());
    return StoreTr::tr("key set \"%1\" was changed by %2 at %3 while this change was being made; nothing of it was "
                       "applied. Reload and try again")
        .arg(setName, who, fromMs(q.value(2)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
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
    if (ServerLocation::isServerUrl(path)) {
        // A team store: its secret is the team's SECRETS_SYSTEM, never one generated here (SystemSecret::resolve).
        return openServer(path, SystemSecret::resolve(path, false));
    }
    const QFileInfo info(path);
    // A full disk is refused before a secret is generated or SQLite leaves a stub WAL index behind.
    requireRoomForStore(path);
    prepareFolder(info);
    // Several first uses at the same moment: one of them makes the secret and the schema, the others wait here and
    // then find both. (Without the lock each generated its own secret and the last writer's replaced the others'.)
    const StoreLock lock(path);
    requireOwnerOnly(info.absoluteFilePath(), StoreTr::tr("the store"));
    // A new secret only for a new store: an existing one needs the secret it was made with.
    const QFileInfo now(info.absoluteFilePath());
    const bool exists = now.exists() && now.size() > 0;
    return openLocked(path, SystemSecret::resolve(path, !exists));
}

std::unique_ptr<KeyStore> KeyStore::open(const QString& path, const SystemSecret& secret)
{
    if (ServerLocation::isServerUrl(path)) {
        return openServer(path, secret);
    }
    const QFileInfo info(path);
    requireRoomForStore(path);
    prepareFolder(info);
    const StoreLock lock(path);
    requireOwnerOnly(info.absoluteFilePath(), StoreTr::tr("the store"));
    return openLocked(path, secret);
}

void KeyStore::prepareFolder(const QFileInfo& info)
{
    if (info.isDir()) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("%1 is a folder; give the store's file name").arg(info.filePath()));
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("the folder %1 for the store cannot be created").arg(info.absolutePath()));
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
                             StoreTr::tr("the store %1 cannot be created: %2")
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
                StoreTr::tr("the store %1 cannot be opened: %2").arg(store->m_path, database.lastError().text()));
        }
        store->m_dialect = &SqlDialect::forDriver(database.driverName());
    }
    store->initialise(fresh);
    return store;
}

std::unique_ptr<KeyStore> KeyStore::openServer(const QString& url, const SystemSecret& secret)
{
    const ServerLocation location = ServerLocation::parse(url);
    const QString canonical = location.url();
    const QString password = serverPassword(canonical);
    const QString connection = QStringLiteral("jwkman-store-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<KeyStore> store(new KeyStore(canonical, secret, connection));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!database.isValid()) {
            throw StoreError(StoreError::Kind::Io,
                             StoreTr::tr("the PostgreSQL driver of Qt (QPSQL) is not installed; install "
                                         "libqt6sql6-psql to open the team store %1")
                                 .arg(canonical));
        }
        location.configure(database, password);
        if (!database.open()) {
            throw StoreError(StoreError::Kind::Io,
                             StoreTr::tr("the team store %1 (%2) cannot be opened: %3")
                                 .arg(canonical, location.description(),
                                      withoutPassword(database.lastError().text().trimmed(), password)));
        }
        store->m_dialect = &SqlDialect::forDriver(database.driverName());
        // Other people's commits arrive as notifications on this connection (in the thread that owns it, from its
        // event loop); this connection's own are not counted, as SQLite's data_version does not count them.
        QSqlDriver* driver = database.driver();
        if (driver->subscribeToNotification(store->m_dialect->notifyChannel)) {
            QObject::connect(driver, &QSqlDriver::notification, driver,
                             [counter = store->m_notifications](const QString&, QSqlDriver::NotificationSource source,
                                                                const QVariant&) {
                                 if (source != QSqlDriver::SelfSource) {
                                     ++*counter;
                                 }
                             });
        }
        QSqlQuery who(database);
        if (who.exec(QStringLiteral("SELECT current_user")) && who.next()) {
            store->m_actor = who.value(0).toString();
        }
    }
    // Several first uses at the same moment: one of them makes the schema, the others wait for this session lock
    // (the server's counterpart of StoreLock) and then find it made.
    execSql(store->db(), QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kSchemaLockKey),
            StoreTr::tr("opening the store"));
    try {
        store->initialise(false);
    } catch (...) {
        QSqlQuery(store->db()).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kSchemaLockKey));
        throw;
    }
    execSql(store->db(), QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kSchemaLockKey),
            StoreTr::tr("opening the store"));
    return store;
}

void KeyStore::initialise(bool fresh)
{
    QSqlDatabase database = db();
    for (const auto& sql : m_dialect->onOpen) {
        execSql(database, sql, StoreTr::tr("opening the store"));
    }
    const int version = m_dialect->schemaVersion(database);
    if (version > kSchemaVersion) {
        throw StoreError(StoreError::Kind::Io, StoreTr::tr("the store %1 was written by a newer JWK Manager "
                                                           "(schema %2, this one knows %3); update JWK Manager")
                                                   .arg(m_path)
                                                   .arg(version)
                                                   .arg(kSchemaVersion));
    }
    if (fresh || version == 0) {
        {
            QSqlQuery q(database);
            q.exec(m_dialect->tableCount);
            if (q.next() && q.value(0).toInt() > 0) {
                throw StoreError(StoreError::Kind::Io,
                                 m_dialect->isServer()
                                     ? StoreTr::tr("the database %1 holds other tables and is not a JWK Manager store; "
                                                   "give an empty database (CREATE DATABASE) for a new team store")
                                           .arg(m_path)
                                     : StoreTr::tr("%1 is an SQLite database but not a JWK Manager store").arg(m_path));
            }
        }
        if (m_dialect->driver == QStringLiteral("QSQLITE")) {
            execSql(database, QStringLiteral("PRAGMA journal_mode = WAL"), StoreTr::tr("creating the store"));
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
        exec(q, StoreTr::tr("reading the store"));
        if (!q.next()) {
            throw StoreError(StoreError::Kind::Io,
                             StoreTr::tr("the store %1 has no secret verifier; it is damaged").arg(m_path));
        }
    }
    if (checkVerifier(db(), m_secret) != Verifier::Opens) {
        throw StoreError(StoreError::Kind::WrongSecret, wrongSecretMessage(m_secret, m_path));
    }
}

void KeyStore::migrate(int from)
{
    QSqlDatabase database = db();
    Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("creating the store"));
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
            execSql(database, sql, StoreTr::tr("creating the store"));
        }
        QSqlQuery q(database);
        q.prepare(QStringLiteral("INSERT INTO jwk_meta (name, value) VALUES ('verifier', ?)"));
        q.addBindValue(newVerifier());
        exec(q, StoreTr::tr("creating the store"));
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
            execSql(database, sql, StoreTr::tr("updating the store"));
        }
    }
    if (from < 3) {
        // The next sequence number is MAX(seq) over all keys: an index keeps that a lookup, not a scan.
        execSql(database, QStringLiteral("CREATE INDEX jwk_keys_seq ON jwk_keys (seq)"),
                StoreTr::tr("updating the store"));
    }
    if (from < 4) {
        // The seal over the clear columns (RowSeal.h); rows of an earlier store are sealed from their decrypted keys.
        execSql(database, QStringLiteral("ALTER TABLE jwk_keys ADD COLUMN row_mac VARCHAR(64) NOT NULL DEFAULT ''"),
                StoreTr::tr("updating the store"));
        execSql(database,
                QStringLiteral("ALTER TABLE jwk_rotations ADD COLUMN row_mac VARCHAR(64) NOT NULL DEFAULT ''"),
                StoreTr::tr("updating the store"));
        if (from > 0) {
            sealExistingRows();
            remoterows::seal(db(), m_secret);
        }
    }
    if (from < 5) {
        // What `audit --record` saw of a published JWKS, per source (JwksSnapshots.h), sealed like the rotations.
        execSql(database,
                QStringLiteral("CREATE TABLE jwk_jwks_snapshots (id %1, source TEXT NOT NULL, kid VARCHAR(255) NOT "
                               "NULL, thumbprint VARCHAR(128) NOT NULL, first_seen BIGINT NOT NULL, last_seen BIGINT "
                               "NOT NULL, row_mac VARCHAR(64) NOT NULL)")
                    .arg(id),
                StoreTr::tr("updating the store"));
        execSql(database, QStringLiteral("CREATE INDEX jwk_jwks_snapshots_source ON jwk_jwks_snapshots (source)"),
                StoreTr::tr("updating the store"));
    }
    if (from < 6) {
        // Rotation policies per set (RotationPolicies.h), sealed; the staged rotations' seal now covers their time.
        execSql(database,
                QStringLiteral("CREATE TABLE jwk_policies (id %1, set_name VARCHAR(255) NOT NULL UNIQUE, "
                               "rotate_every_days INTEGER, overlap_days INTEGER, updated_at BIGINT NOT NULL, row_mac "
                               "VARCHAR(64) NOT NULL)")
                    .arg(id),
                StoreTr::tr("updating the store"));
        if (from > 0) {
            m_rotations.reseal(StagedRotations::Legacy::SealedWithoutTime);
        }
    }
    if (from < 7) {
        // Who wrote each audit entry (the database user of a team store, the login name for a file) and from where.
        execSql(database, QStringLiteral("ALTER TABLE jwk_audit ADD COLUMN actor VARCHAR(255) NOT NULL DEFAULT ''"),
                StoreTr::tr("updating the store"));
        execSql(database, QStringLiteral("ALTER TABLE jwk_audit ADD COLUMN host VARCHAR(255) NOT NULL DEFAULT ''"),
                StoreTr::tr("updating the store"));
    }
    m_dialect->setSchemaVersion(database, kSchemaVersion);
    tx.commit();
}

QString KeyStore::newVerifier() const
{
    return QString::fromLatin1(
        SecretCipher::encrypt(SecureBytes::fromByteArray(kVerifierPlaintext), m_secret.keys().first()));
}

bool KeyStore::isTeamStore() const
{
    return m_dialect && m_dialect->isServer();
}

qint64 KeyStore::changeCounter() const
{
    if (!m_dialect->notifyChannel.isEmpty()) {
        return m_notifications->load();
    }
    if (m_dialect->changeCounter.isEmpty()) {
        return -1;
    }
    QSqlQuery q(db());
    return q.exec(m_dialect->changeCounter) && q.next() ? q.value(0).toLongLong() : -1;
}

void KeyStore::checkpoint()
{
    if (!m_dialect->checkpoint.isEmpty()) {
        QSqlQuery(db()).exec(m_dialect->checkpoint);
    }
}

} // namespace jwk
