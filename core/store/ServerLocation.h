#pragma once
// Where a team store on PostgreSQL lives: `postgresql://[user@]host[:port]/dbname[?sslmode=…]` (also `postgres://`),
// as --store, JWKMAN_STORE or the desktop's Open Team Store… give it. The password is never part of it: libpq reads
// PGPASSWORD or ~/.pgpass itself, and the desktop hands one from its keychain to the connection (setPassword) only.

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace jwk {

struct ServerLocation
{
    QString host;                           // empty: libpq's default (PGHOST, else the Unix socket)
    int port = -1;                          // -1: libpq's default (PGPORT, else 5432)
    QString user;                           // empty: PGUSER, else the login name
    QString database;                       // never empty
    QList<QPair<QString, QString>> options; // sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout

    // Whether `location` names a server (postgresql:// or postgres://) rather than an SQLite file.
    static bool isServerUrl(const QString& location);
    // Parses a server URL. Throws StoreError InvalidInput for a password in it (never echoed), a missing database
    // name, an option jwkman does not pass on, or a value libpq could not take.
    static ServerLocation parse(const QString& url);

    // The URL again without anything secret: what path() says, titles show and workers reopen.
    QString url() const;
    // "db on host:port as user": for people.
    QString description() const;
    QString option(const QString& name) const;
    // Sets host, port, user, database and the options (QPSQL connect options) on a QPSQL connection; the password
    // only when one is given (the desktop's keychain), else libpq finds it.
    void configure(QSqlDatabase& db, const QString& password = QString()) const;
};

// A password for a server store, held in memory for this process only (the desktop puts the one from its keychain
// here, so that worker threads reopening the store find it). Empty: libpq's PGPASSWORD / ~/.pgpass.
void setServerPassword(const QString& url, const QString& password);
QString serverPassword(const QString& url);

// Error text from the driver with the password (if one was given) blanked out: libpq's messages do not carry it,
// but nothing that reaches a person or a log is left to that.
QString withoutPassword(QString text, const QString& password);

} // namespace jwk
