#pragma once
// The one place where SQL differs between backends. Everything else in the store is portable SQL, so that a
// shared team store on PostgreSQL (QPSQL) can follow as a backend rather than a rewrite.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jwk {

class SqlDialect
{
public:
    static const SqlDialect& forDriver(const QString& driverName);

    QString driver;
    QString autoIdColumn; // "INTEGER PRIMARY KEY AUTOINCREMENT" / "BIGSERIAL PRIMARY KEY"
    QStringList onOpen;   // statements run on every connection (pragmas)
    QString beginWrite;   // a transaction that takes the write lock at once
    bool hasUserVersion;  // schema version in PRAGMA user_version; else in the meta table
    QString checkpoint;   // flush the write-ahead log into the database file, or empty
    // A number that changes when another connection (another process, or a worker) commits: PRAGMA data_version. Empty:
    // not known (PostgreSQL will use LISTEN/NOTIFY).
    QString changeCounter;
    // The number of tables in the store's database (or schema): 0 for a new store.
    QString tableCount;
    // How a query reads the keydata column as bytes (SQLite: as a BLOB, no round trip through UTF-16).
    QString keydataBytes; // with %1 for the column
    // A read transaction that sees one snapshot of the whole store.
    QString beginRead;
    // After rows were inserted with their ids: the next automatic id of `table` follows them (PostgreSQL's sequence;
    // SQLite's AUTOINCREMENT does so itself). Empty: nothing to do.
    QString resetAutoId; // with %1 for the table
    // Run in every write transaction just before its COMMIT, so that other connections learn of it (PostgreSQL's
    // NOTIFY, delivered only if the transaction commits); empty when the change counter needs none.
    QString notifyChange;
    // The channel of notifyChange, which KeyStore subscribes to (QSqlDriver::subscribeToNotification).
    QString notifyChannel;

    bool isServer() const { return driver == QStringLiteral("QPSQL"); }
    QString keydata(const QString& column) const { return keydataBytes.arg(column); }

    int schemaVersion(QSqlDatabase& db) const;
    void setSchemaVersion(QSqlDatabase& db, int version) const;
};

} // namespace jwk
