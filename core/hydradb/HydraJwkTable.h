#pragma once
// Ory Hydra's table of JSON Web Keys, hydra_jwk, read and written through QtSql (QPSQL or QSQLITE) on one connection
// of its own. Columns (Hydra's migrations since v2): pk (UUID), sid (the set), kid, nid (the network), version,
// keydata (the encrypted JWK, SecretCipher's format), created_at, pk_deprecated. Before anything else, the table's
// columns are compared with these: a table that differs (an older or newer Hydra) is refused with the difference.
//
// Transactions: read() inside a read-only one (PostgreSQL: REPEATABLE READ READ ONLY; SQLite: a file opened
// read-only); beginWrite() takes PostgreSQL's SERIALIZABLE with LOCK TABLE hydra_jwk IN EXCLUSIVE MODE (readers go
// on, no other writer interleaves) or SQLite's BEGIN IMMEDIATE. The destructor rolls back what was not committed.

#include "hydradb/HydraDsn.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace jwk {

struct HydraJwkRow
{
    QString pk;
    QString sid;
    QString kid;
    QString nid;
    qint64 version = 0;
    QByteArray keydata;
    QString createdAt; // as the database prints it
    QVariant pkDeprecated;
};

class HydraJwkTable
{
public:
    enum class Mode { ReadOnly, Write };

    static const QStringList& knownColumns();

    // Opens a connection (throws HydraDbError Connection, with the password scrubbed from the driver's message) and
    // checks the table's columns (Schema).
    HydraJwkTable(const HydraDsn& dsn, Mode mode);
    ~HydraJwkTable();
    HydraJwkTable(const HydraJwkTable&) = delete;
    HydraJwkTable& operator=(const HydraJwkTable&) = delete;

    const HydraDsn& dsn() const { return m_dsn; }

    void beginRead();
    void beginWrite();
    // Every row in Hydra's order: created_at, then pk (oldest first).
    QList<HydraJwkRow> rows();
    void updateKeydata(const QString& pk, const QByteArray& keydata);
    void deleteRow(const QString& pk);
    // How many trust grants (hydra_oauth2_trusted_jwt_bearer_issuer) name each key, by trustKey(sid, kid, nid):
    // deleting the key deletes them (ON DELETE CASCADE). Empty when the table does not exist.
    QHash<QString, int> trustGrants();
    static QString trustKey(const QString& sid, const QString& kid, const QString& nid);
    void commit();
    void rollback();

private:
    QSqlDatabase db() const;
    void exec(const QString& sql, const QString& what);
    [[noreturn]] void fail(const QString& what, const QString& driverMessage) const;
    void checkColumns();
    bool tableExists(const QString& table);

    HydraDsn m_dsn;
    Mode m_mode;
    QString m_connection;
    bool m_inTransaction = false;
};

} // namespace jwk
