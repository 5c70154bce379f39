#include "store/SqlDialect.h"

#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jwk {

const SqlDialect& SqlDialect::forDriver(const QString& driverName)
{
    static const SqlDialect sqlite{
        QStringLiteral("QSQLITE"),
        QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
         QStringLiteral("PRAGMA secure_delete = ON")},
        QStringLiteral("BEGIN IMMEDIATE"),
        true,
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
        QStringLiteral("PRAGMA data_version"),
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master"),
        QStringLiteral("CAST(%1 AS BLOB)"),
        QStringLiteral("BEGIN"),
        QString(),
        QString(),
        QString(),
    };
    static const SqlDialect postgres{
        QStringLiteral("QPSQL"),
        QStringLiteral("BIGSERIAL PRIMARY KEY"),
        // A lock held by another writer is waited for as SQLite's busy_timeout does, then reported as busy.
        {QStringLiteral("SET lock_timeout = '10s'"), QStringLiteral("SET client_min_messages = error")},
        // Several people at once: writers take turns, as on SQLite (BEGIN IMMEDIATE): a transaction-level advisory
        // lock, waited for up to lock_timeout, then Busy. Each statement after it sees every earlier writer's commit
        // (READ COMMITTED), so no write is based on a stale read; readers never wait. A write that still loses a race
        // (a deadlock with some other client of the database, SQLSTATE 40P01/40001) is run again whole
        // (KeyStore::retrying), never half-applied.
        QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED;SELECT pg_advisory_xact_lock(7022907045728)"),
        false,
        QString(),
        QString(),
        QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"),
        QStringLiteral("%1"),
        QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, "
                       "false)"),
        QStringLiteral("NOTIFY jwkman_store_changed"),
        QStringLiteral("jwkman_store_changed"),
    };
    return driverName == QStringLiteral("QPSQL") ? postgres : sqlite;
}

int SqlDialect::schemaVersion(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    if (hasUserVersion) {
        // A version that cannot be read (a disk that is full or failing) is an error, never a new store's 0.
        if (!q.exec(QStringLiteral("PRAGMA user_version"))) {
            storesql::throwSql(q.lastError(), QCoreApplication::translate("jwk::KeyStore", "opening the store"));
        }
        return q.next() ? q.value(0).toInt() : 0;
    }
    // No jwk_meta table (a new database) is version 0; the caller then tells a foreign database by its tables.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                               "AND table_name = 'jwk_meta'")) ||
        !q.next()) {
        storesql::throwSql(q.lastError(), QCoreApplication::translate("jwk::KeyStore", "opening the store"));
    }
    if (q.value(0).toInt() == 0) {
        return 0;
    }
    if (q.exec(QStringLiteral("SELECT value FROM jwk_meta WHERE name = 'schema_version'")) && q.next()) {
        return q.value(0).toInt();
    }
    return 0;
}

void SqlDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    QSqlQuery q(db);
    if (hasUserVersion) {
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        return;
    }
    q.prepare(QStringLiteral("UPDATE jwk_meta SET value = ? WHERE name = 'schema_version'"));
    q.addBindValue(QString::number(version));
    q.exec();
    if (q.numRowsAffected() == 0) {
        q.prepare(QStringLiteral("INSERT INTO jwk_meta (name, value) VALUES ('schema_version', ?)"));
        q.addBindValue(QString::number(version));
        q.exec();
    }
}

} // namespace jwk
