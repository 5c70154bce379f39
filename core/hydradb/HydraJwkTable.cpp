#include "hydradb/HydraJwkTable.h"

#include "hydradb/HydraDbError.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace jwk {
namespace {

constexpr auto kTrustTable = "hydra_oauth2_trusted_jwt_bearer_issuer";

} // namespace

const QStringList& HydraJwkTable::knownColumns()
{
    static const QStringList columns = {QStringLiteral("pk"),         QStringLiteral("sid"),
                                        QStringLiteral("kid"),        QStringLiteral("nid"),
                                        QStringLiteral("version"),    QStringLiteral("keydata"),
                                        QStringLiteral("created_at"), QStringLiteral("pk_deprecated")};
    return columns;
}

HydraJwkTable::HydraJwkTable(const HydraDsn& dsn, Mode mode)
    : m_dsn(dsn)
    , m_mode(mode)
    , m_connection(QStringLiteral("hydra-db-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    if (!QSqlDatabase::isDriverAvailable(dsn.driverName())) {
        throw HydraDbError(HydraDbError::Kind::Connection,
                           HydraDbTr::tr("Qt's %1 database driver is not installed (Debian: libqt6sql6-psql for "
                                         "PostgreSQL, libqt6sql6-sqlite for SQLite)")
                               .arg(dsn.driverName()));
    }
    if (dsn.kind() == HydraDsn::Kind::SQLite && !QFileInfo(dsn.databaseName()).isFile()) {
        throw HydraDbError(HydraDbError::Kind::Connection,
                           HydraDbTr::tr("there is no SQLite database file %1; check the DSN").arg(dsn.databaseName()));
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(dsn.driverName(), m_connection);
    d.setDatabaseName(dsn.databaseName());
    if (dsn.kind() == HydraDsn::Kind::PostgreSQL) {
        d.setHostName(dsn.host());
        if (dsn.port() > 0) {
            d.setPort(dsn.port());
        }
        d.setUserName(dsn.user());
        if (dsn.hasPassword()) {
            d.setPassword(dsn.password());
        }
        QString options = dsn.connectOptions();
        if (!options.contains(QStringLiteral("connect_timeout="))) {
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        }
        d.setConnectOptions(options);
    } else {
        d.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!d.open()) {
        const QString message = d.lastError().text();
        throw HydraDbError(
            HydraDbError::Kind::Connection,
            HydraDbTr::tr("cannot open Hydra's database %1: %2").arg(dsn.describe(), dsn.scrub(message)));
    }
    checkColumns();
}

HydraJwkTable::~HydraJwkTable()
{
    {
        QSqlDatabase d = db();
        if (m_inTransaction && d.isOpen()) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase HydraJwkTable::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HydraJwkTable::fail(const QString& what, const QString& driverMessage) const
{
    throw HydraDbError(
        HydraDbError::Kind::Io,
        HydraDbTr::tr("%1 failed in Hydra's database %2: %3").arg(what, m_dsn.describe(), m_dsn.scrub(driverMessage)));
}

void HydraJwkTable::exec(const QString& sql, const QString& what)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        fail(what, q.lastError().text());
    }
}

bool HydraJwkTable::tableExists(const QString& table)
{
    QSqlQuery q(db());
    if (m_dsn.kind() == HydraDsn::Kind::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = ? AND table_schema = "
                                 "current_schema()"));
    } else {
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    }
    q.addBindValue(table);
    if (!q.exec()) {
        fail(HydraDbTr::tr("looking for table %1").arg(table), q.lastError().text());
    }
    return q.next();
}

void HydraJwkTable::checkColumns()
{
    QStringList columns;
    QSqlQuery q(db());
    const bool ok = m_dsn.kind() == HydraDsn::Kind::PostgreSQL
                        ? q.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                                "'hydra_jwk' AND table_schema = current_schema()"))
                        : q.exec(QStringLiteral("PRAGMA table_info(hydra_jwk)"));
    if (!ok) {
        fail(HydraDbTr::tr("reading the columns of hydra_jwk"), q.lastError().text());
    }
    const int nameColumn = m_dsn.kind() == HydraDsn::Kind::PostgreSQL ? 0 : 1;
    while (q.next()) {
        columns << q.value(nameColumn).toString();
    }
    if (columns.isEmpty()) {
        throw HydraDbError(HydraDbError::Kind::Schema,
                           HydraDbTr::tr("%1 has no table hydra_jwk: is this Hydra's database, and has \"hydra migrate "
                                         "sql\" run on it?")
                               .arg(m_dsn.describe()));
    }
    QStringList missing;
    QStringList unknown;
    for (const QString& c : knownColumns()) {
        if (!columns.contains(c)) {
            missing << c;
        }
    }
    for (const QString& c : columns) {
        if (!knownColumns().contains(c)) {
            unknown << c;
        }
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty()) {
            parts << HydraDbTr::tr("missing: %1").arg(missing.join(QStringLiteral(", ")));
        }
        if (!unknown.isEmpty()) {
            parts << HydraDbTr::tr("not known: %1").arg(unknown.join(QStringLiteral(", ")));
        }
        throw HydraDbError(HydraDbError::Kind::Schema,
                           HydraDbTr::tr("the table hydra_jwk does not have the columns jwkman knows (%1; %2); it was "
                                         "made by a Hydra version jwkman does not know, so nothing was read or "
                                         "changed")
                               .arg(knownColumns().join(QStringLiteral(", ")), parts.join(QStringLiteral("; "))));
    }
}

void HydraJwkTable::beginRead()
{
    if (m_dsn.kind() == HydraDsn::Kind::PostgreSQL) {
        exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), HydraDbTr::tr("starting a read"));
    } else {
        exec(QStringLiteral("BEGIN DEFERRED"), HydraDbTr::tr("starting a read"));
    }
    m_inTransaction = true;
}

void HydraJwkTable::beginWrite()
{
    if (m_mode != Mode::Write) {
        throw HydraDbError(HydraDbError::Kind::Io, QStringLiteral("internal: a write on a read-only connection"));
    }
    if (m_dsn.kind() == HydraDsn::Kind::PostgreSQL) {
        exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"), HydraDbTr::tr("starting the transaction"));
        m_inTransaction = true;
        if (!m_dsn.isCockroach()) {
            // CockroachDB has no LOCK TABLE: there a concurrent writer makes one of the two SERIALIZABLE
            // transactions fail at its commit instead.
            exec(QStringLiteral("SET LOCAL lock_timeout = '15s'"), HydraDbTr::tr("setting the lock time-out"));
            exec(QStringLiteral("LOCK TABLE hydra_jwk IN EXCLUSIVE MODE"),
                 HydraDbTr::tr("locking hydra_jwk (is Hydra still running and writing keys? stop it first)"));
        }
    } else {
        exec(QStringLiteral("BEGIN IMMEDIATE"),
             HydraDbTr::tr("starting the transaction (is Hydra still running? stop it first)"));
        m_inTransaction = true;
    }
}

QList<HydraJwkRow> HydraJwkTable::rows()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT CAST(pk AS TEXT), sid, kid, CAST(nid AS TEXT), version, keydata, "
                               "CAST(created_at AS TEXT), pk_deprecated FROM hydra_jwk ORDER BY created_at, pk"))) {
        fail(HydraDbTr::tr("reading hydra_jwk"), q.lastError().text());
    }
    QList<HydraJwkRow> rows;
    while (q.next()) {
        HydraJwkRow r;
        r.pk = q.value(0).toString();
        r.sid = q.value(1).toString();
        r.kid = q.value(2).toString();
        r.nid = q.value(3).toString();
        r.version = q.value(4).toLongLong();
        r.keydata = q.value(5).toString().toLatin1();
        r.createdAt = q.value(6).toString();
        r.pkDeprecated = q.value(7).isNull() ? QVariant() : QVariant(q.value(7).toLongLong());
        rows << r;
    }
    return rows;
}

void HydraJwkTable::updateKeydata(const QString& pk, const QByteArray& keydata)
{
    QSqlQuery q(db());
    q.prepare(m_dsn.kind() == HydraDsn::Kind::PostgreSQL
                  ? QStringLiteral("UPDATE hydra_jwk SET keydata = ? WHERE pk = CAST(? AS UUID)")
                  : QStringLiteral("UPDATE hydra_jwk SET keydata = ? WHERE pk = ?"));
    q.addBindValue(QString::fromLatin1(keydata));
    q.addBindValue(pk);
    if (!q.exec()) {
        fail(HydraDbTr::tr("re-encrypting a row"), q.lastError().text());
    }
    if (q.numRowsAffected() != 1) {
        fail(HydraDbTr::tr("re-encrypting a row"), HydraDbTr::tr("row %1 is gone").arg(pk));
    }
}

void HydraJwkTable::deleteRow(const QString& pk)
{
    QSqlQuery q(db());
    q.prepare(m_dsn.kind() == HydraDsn::Kind::PostgreSQL
                  ? QStringLiteral("DELETE FROM hydra_jwk WHERE pk = CAST(? AS UUID)")
                  : QStringLiteral("DELETE FROM hydra_jwk WHERE pk = ?"));
    q.addBindValue(pk);
    if (!q.exec()) {
        fail(HydraDbTr::tr("dropping a row"), q.lastError().text());
    }
}

QString HydraJwkTable::trustKey(const QString& sid, const QString& kid, const QString& nid)
{
    return sid + QLatin1Char('\n') + kid + QLatin1Char('\n') + nid;
}

QHash<QString, int> HydraJwkTable::trustGrants()
{
    QHash<QString, int> grants;
    if (!tableExists(QString::fromLatin1(kTrustTable))) {
        return grants;
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key_set, key_id, CAST(nid AS TEXT), COUNT(*) FROM %1 GROUP BY key_set, key_id, "
                               "nid")
                    .arg(QString::fromLatin1(kTrustTable)))) {
        fail(HydraDbTr::tr("reading the trust grants"), q.lastError().text());
    }
    while (q.next()) {
        grants.insert(trustKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                      q.value(3).toInt());
    }
    return grants;
}

void HydraJwkTable::commit()
{
    exec(QStringLiteral("COMMIT"), HydraDbTr::tr("committing"));
    m_inTransaction = false;
}

void HydraJwkTable::rollback()
{
    if (m_inTransaction) {
        exec(QStringLiteral("ROLLBACK"), HydraDbTr::tr("rolling back"));
        m_inTransaction = false;
    }
}

} // namespace jwk
