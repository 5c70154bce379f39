#include "hydradb/HydraDsn.h"

#include "hydradb/HydraDbError.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace jwk {
namespace {

// Hydra's own connection-pool parameters (ory/x sqlcon): they mean nothing to a single connection.
const QStringList& hydraPoolParameters()
{
    static const QStringList names = {QStringLiteral("max_conns"), QStringLiteral("max_idle_conns"),
                                      QStringLiteral("max_conn_lifetime"), QStringLiteral("max_conn_idle_time"),
                                      QStringLiteral("max_idle_conn_time")};
    return names;
}

// libpq connection parameters passed on as they are.
const QStringList& libpqParameters()
{
    static const QStringList names = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),      QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),           QStringLiteral("sslcrl"),           QStringLiteral("sslsni"),
        QStringLiteral("connect_timeout"),  QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("channel_binding"),  QStringLiteral("gssencmode"),       QStringLiteral("krbsrvname"),
        QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle"),  QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"), QStringLiteral("sslcompression"),   QStringLiteral("requiressl")};
    return names;
}

[[noreturn]] void invalid(const QString& message)
{
    throw HydraDbError(HydraDbError::Kind::InvalidInput, message);
}

// A value in a libpq conninfo string, quoted. QPSQL joins its options with ';', so a value cannot hold one.
QString conninfoValue(const QString& name, const QString& value)
{
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\0'))) {
        invalid(HydraDbTr::tr("the DSN parameter %1 holds a character the PostgreSQL driver cannot pass on (';' or a "
                              "line break)")
                    .arg(name));
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(name, quoted);
}

bool isInMemorySqlite(const QString& path, const QUrlQuery& query)
{
    return path.isEmpty() || path.contains(QStringLiteral(":memory:")) ||
           query.queryItemValue(QStringLiteral("mode")) == QStringLiteral("memory");
}

} // namespace

HydraDsn HydraDsn::parse(const QString& text)
{
    const QString dsn = text.trimmed();
    if (dsn.isEmpty()) {
        invalid(HydraDbTr::tr("the DSN is empty; give Hydra's DSN with --dsn or in the environment variable DSN"));
    }
    if (dsn == QStringLiteral("memory")) {
        invalid(HydraDbTr::tr("DSN \"memory\" is Hydra's in-memory database: it lives inside the Hydra process and "
                              "nothing can read it from outside; give the DSN of a PostgreSQL, CockroachDB or SQLite "
                              "database"));
    }
    const qsizetype colon = dsn.indexOf(QStringLiteral("://"));
    const QString scheme = colon > 0 ? dsn.left(colon).toLower() : QString();
    HydraDsn d;
    d.m_scheme = scheme;
    if (scheme == QStringLiteral("sqlite") || scheme == QStringLiteral("sqlite3")) {
        d.m_kind = Kind::SQLite;
        const QString rest = dsn.mid(colon + 3);
        const qsizetype question = rest.indexOf(QLatin1Char('?'));
        QString path = question >= 0 ? rest.left(question) : rest;
        const QUrlQuery query(question >= 0 ? rest.mid(question + 1) : QString());
        if (path.startsWith(QStringLiteral("file:"))) {
            path = path.mid(5);
        }
        path = QUrl::fromPercentEncoding(path.toUtf8());
        if (isInMemorySqlite(path, query)) {
            invalid(HydraDbTr::tr("this SQLite DSN names an in-memory database: it lives inside the Hydra process and "
                                  "nothing can read it from outside; give the path of the database file "
                                  "(sqlite:///var/lib/hydra/db.sqlite?_fk=true)"));
        }
        d.m_database = path; // _fk, _busy_timeout...: the Go SQLite driver's own, not needed to read or write
        return d;
    }
    if (scheme != QStringLiteral("postgres") && scheme != QStringLiteral("postgresql") &&
        scheme != QStringLiteral("cockroach")) {
        invalid(scheme.isEmpty()
                    ? HydraDbTr::tr("the DSN is not a URL; Hydra's DSN looks like "
                                    "postgres://user@host:5432/hydra?sslmode=require or "
                                    "sqlite:///var/lib/hydra/db.sqlite?_fk=true")
                    : HydraDbTr::tr("the DSN scheme \"%1\" is not supported: give postgres://, postgresql://, "
                                    "cockroach:// or sqlite:// (MySQL is not supported)")
                          .arg(scheme.left(20)));
    }
    d.m_kind = Kind::PostgreSQL;
    const QUrl url(dsn, QUrl::TolerantMode);
    if (!url.isValid()) {
        // QUrl's own error text quotes the URL, and with it the password: never shown.
        invalid(HydraDbTr::tr("the DSN is not a valid URL; percent-encode special characters in the user name and "
                              "password (for example @ as %40)"));
    }
    d.m_host = url.host(QUrl::FullyDecoded);
    d.m_port = url.port(-1);
    d.m_user = url.userName(QUrl::FullyDecoded);
    d.m_password = url.password(QUrl::FullyDecoded);
    d.m_encodedPassword = url.password(QUrl::FullyEncoded);
    d.m_database = url.path(QUrl::FullyDecoded);
    if (d.m_database.startsWith(QLatin1Char('/'))) {
        d.m_database = d.m_database.mid(1);
    }
    if (d.m_database.isEmpty()) {
        invalid(HydraDbTr::tr("the DSN names no database: add it after the host (postgres://user@host:5432/hydra)"));
    }
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (hydraPoolParameters().contains(name)) {
            continue;
        }
        if (libpqParameters().contains(name)) {
            d.m_connectOptions << conninfoValue(name, value);
            d.m_shownParameters << QStringLiteral("%1=%2").arg(name, value);
        } else if (name == QStringLiteral("search_path")) {
            d.m_connectOptions << conninfoValue(QStringLiteral("options"),
                                                QStringLiteral("-c search_path=%1").arg(value));
            d.m_shownParameters << QStringLiteral("%1=%2").arg(name, value);
        } else if (name == QStringLiteral("password")) {
            // libpq would take it, but it is a password: used, never shown.
            if (d.m_password.isEmpty()) {
                d.m_password = value;
                d.m_encodedPassword = QString::fromUtf8(QUrl::toPercentEncoding(value));
            }
        } else {
            d.m_ignored << name;
        }
    }
    return d;
}

HydraDsn HydraDsn::resolve(const QString& explicitDsn)
{
    if (!explicitDsn.isEmpty()) {
        return parse(explicitDsn);
    }
    const QString env = qEnvironmentVariable("DSN");
    if (env.isEmpty()) {
        invalid(HydraDbTr::tr("no database: give Hydra's DSN with --dsn or in the environment variable DSN (as Hydra "
                              "reads it)"));
    }
    return parse(env);
}

void HydraDsn::setPassword(const QString& password)
{
    m_password = password;
    m_encodedPassword = QString::fromUtf8(QUrl::toPercentEncoding(password));
}

QString HydraDsn::driverName() const
{
    return m_kind == Kind::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString HydraDsn::describe() const
{
    if (m_kind == Kind::SQLite) {
        return QStringLiteral("sqlite://%1").arg(m_database);
    }
    QString authority = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    authority += m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    if (m_port > 0) {
        authority += QStringLiteral(":%1").arg(m_port);
    }
    QString text = QStringLiteral("%1://%2/%3").arg(m_scheme, authority, m_database);
    if (!m_shownParameters.isEmpty()) {
        text += QLatin1Char('?') + m_shownParameters.join(QLatin1Char('&'));
    }
    return text;
}

QString HydraDsn::shortName() const
{
    QString name = m_kind == Kind::SQLite ? QFileInfo(m_database).completeBaseName() : m_database;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            c = QLatin1Char('_');
        }
    }
    return name.left(40);
}

QString HydraDsn::scrub(const QString& text) const
{
    QString out = text;
    if (!m_password.isEmpty()) {
        out.replace(m_password, QStringLiteral("***"));
    }
    if (!m_encodedPassword.isEmpty()) {
        out.replace(m_encodedPassword, QStringLiteral("***"));
    }
    return out;
}

} // namespace jwk
