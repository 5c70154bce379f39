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
    };
    static const SqlDialect postgres{
        QStringLiteral("QPSQL"),
        QStringLiteral("BIGSERIAL PRIMARY KEY"),
        {},
        QStringLiteral("BEGIN"),
        false,
        QString(),
        QString(),
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
