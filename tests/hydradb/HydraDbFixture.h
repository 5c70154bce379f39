#pragma once
// Hydra databases for the hydra-db tests, on SQLite or on the PostgreSQL of the ctest fixture "pg": made by
// make_hydra_db.py (Hydra's table definitions, rows encrypted as Hydra does), reached by a DSN in Hydra's syntax (the
// PostgreSQL one carries the server's password, as Hydra's DSNs do), and read back row by row to compare.

#include "PgTestServer.h"
#include "ProcessRun.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace hydradbtest {

// SECRETS_SYSTEM of the test databases (make_hydra_db.py): the current secret first.
inline const QString kSecretCurrent = QStringLiteral("current-secret-0123456789abcdef");
inline const QString kSecretOlder = QStringLiteral("older-secret-0123456789abcdef");
inline const QString kSecretOldest = QStringLiteral("oldest-secret-0123456789abcdef");
inline QString allSecrets()
{
    return QStringList{kSecretCurrent, kSecretOlder, kSecretOldest}.join(QLatin1Char(','));
}

struct HydraDb
{
    bool postgres = false;
    QString dsn;
    QString location; // the SQLite file, or the PostgreSQL database
    QString error;
};

inline QString scriptPath()
{
#ifdef JWKMAN_HYDRADB_DIR
    return QStringLiteral(JWKMAN_HYDRADB_DIR) + QStringLiteral("/make_hydra_db.py");
#else
    return QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/make_hydra_db.py");
#endif
}

// A fresh Hydra database; `flags` are make_hydra_db.py's (--clean, --extra-column, --trust-grant, --networks).
inline HydraDb makeHydraDb(bool postgres, const QStringList& flags, const QString& folder, jwktest::PgTestServer* pg)
{
    HydraDb db;
    db.postgres = postgres;
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    if (!postgres) {
        db.location = QDir(folder).filePath(
            QStringLiteral("hydra-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
        const auto r =
            jwktest::runProcess(QStringLiteral("/usr/bin/python3"),
                                QStringList{scriptPath(), QStringLiteral("sqlite"), db.location} + flags, options);
        if (r.exitCode != 0) {
            db.error = r.describe();
        }
        db.dsn = QStringLiteral("sqlite://%1?_fk=true").arg(db.location);
        return db;
    }
    const auto r = jwktest::runProcess(QStringLiteral("/usr/bin/python3"),
                                       QStringList{scriptPath(), QStringLiteral("postgres")} + flags, options);
    if (r.exitCode != 0) {
        db.error = r.describe();
        return db;
    }
    db.location = pg->createDatabase(QStringLiteral("hydra"));
    if (db.location.isEmpty()) {
        db.error = pg->error;
        return db;
    }
    const QString connection = QStringLiteral("make-") + db.location;
    {
        QSqlDatabase d = pg->connect(db.location, connection);
        QSqlQuery q(d);
        if (!q.exec(QString::fromUtf8(r.out))) {
            db.error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    // Concatenated: QString::arg would take the %XX of a percent-encoded password for its own markers.
    db.dsn = QStringLiteral("postgres://") + pg->user + QLatin1Char(':') +
             QString::fromUtf8(QUrl::toPercentEncoding(pg->password)) + QLatin1Char('@') + pg->host + QLatin1Char(':') +
             QString::number(pg->port) + QLatin1Char('/') + db.location +
             QStringLiteral("?sslmode=disable&max_conns=5&max_idle_conns=2");
    return db;
}

// Every row as "pk sid kid keydata", by pk.
inline QStringList dumpRows(const HydraDb& db, jwktest::PgTestServer* pg, QString* error = nullptr)
{
    QStringList rows;
    const QString connection = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase d;
        if (db.postgres) {
            d = pg->connect(db.location, connection);
        } else {
            d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            d.setDatabaseName(db.location);
            d.open();
        }
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("SELECT CAST(pk AS TEXT), sid, kid, keydata FROM hydra_jwk ORDER BY 1"))) {
            if (error) {
                *error = q.lastError().text();
            }
        }
        while (q.next()) {
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

} // namespace hydradbtest
