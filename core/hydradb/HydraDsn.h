#pragma once
// Ory Hydra's DSN (its `DSN` setting), for jwkman's tools on Hydra's own database:
//   postgres://user:password@host:5432/hydra?sslmode=verify-full&sslrootcert=/ca.pem&max_conns=20
//   postgresql://..., cockroach://... (CockroachDB speaks PostgreSQL's protocol), through QtSql's QPSQL driver;
//   sqlite:///var/lib/hydra/db.sqlite?_fk=true, through QSQLITE.
// `memory` and SQLite's in-memory databases are refused: they live inside the Hydra process only.
// Hydra's own pool parameters (max_conns, max_idle_conns, max_conn_lifetime, max_conn_idle_time,
// max_idle_conn_time) are ignored; libpq's connection parameters (sslmode, sslrootcert, sslcert, sslkey, ...) are
// passed on; search_path becomes a server option like pgx does; any other parameter is ignored and named in
// ignoredParameters(). A password in the DSN is accepted (Hydra's habit) but never printed: describe() leaves it
// out and scrub() removes it from driver messages. Without one, libpq reads PGPASSWORD or ~/.pgpass.

#include <QString>
#include <QStringList>

namespace jwk {

class HydraDsn
{
public:
    enum class Kind { PostgreSQL, SQLite };

    // Throws HydraDbError (InvalidInput) with a message that never quotes the password.
    static HydraDsn parse(const QString& dsn);
    // `explicitDsn` when given, else the environment variable DSN (Hydra's); a clear error when neither is set.
    static HydraDsn resolve(const QString& explicitDsn);

    Kind kind() const { return m_kind; }
    QString driverName() const; // "QPSQL" or "QSQLITE"
    // cockroach://: PostgreSQL's protocol, but no LOCK TABLE (its transactions are SERIALIZABLE anyway).
    bool isCockroach() const { return m_scheme == QStringLiteral("cockroach"); }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // The desktop asks for the password in a field of its own: it replaces one given in the DSN.
    void setPassword(const QString& password);
    QString databaseName() const { return m_database; } // PostgreSQL: the database; SQLite: the file
    // QPSQL's connect options ("sslmode=require;sslrootcert='/ca.pem'").
    QString connectOptions() const { return m_connectOptions.join(QLatin1Char(';')); }
    QStringList ignoredParameters() const { return m_ignored; }

    // For people and logs, never with the password: "postgres://hydra@db.example:5432/hydra?sslmode=require",
    // "sqlite:///var/lib/hydra/db.sqlite".
    QString describe() const;
    // A short name for files: the database's name, or the SQLite file's base name.
    QString shortName() const;
    // `text` with the password (as given and as percent-encoded) replaced by "***".
    QString scrub(const QString& text) const;

private:
    Kind m_kind = Kind::SQLite;
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_encodedPassword;
    QString m_database;
    QStringList m_connectOptions;
    QStringList m_shownParameters; // the passed-on parameters as describe() shows them
    QStringList m_ignored;
};

} // namespace jwk
