#include "store/ServerLocation.h"

#include "store/StoreError.h"
#include "store/StoreTr.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace jwk {
namespace {

const QStringList& knownOptions()
{
    static const QStringList names = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name")};
    return names;
}

const QStringList& sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

[[noreturn]] void refuse(const QString& message)
{
    throw StoreError(StoreError::Kind::InvalidInput, message);
}

// QPSQL joins its connect options with spaces into libpq's conninfo: a value with a space, quote, backslash or
// semicolon would change its meaning.
bool plainValue(const QString& value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == u'\'' || c == u'\\' || c == u';' || c.unicode() < 0x20) {
            return false;
        }
    }
    return !value.isEmpty();
}

QMutex& passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

} // namespace

bool ServerLocation::isServerUrl(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

ServerLocation ServerLocation::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        refuse(StoreTr::tr("the store URL is not valid; write it as postgresql://[user@]host[:port]/dbname"
                           "[?sslmode=verify-full]"));
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        // Never echoed: the message names neither the URL nor the password.
        refuse(StoreTr::tr("the store URL contains a password; a password is never taken from the URL (it would be "
                           "seen in the process list and shell history). Remove it and set PGPASSWORD or put it in "
                           "~/.pgpass (host:port:database:user:password, mode 0600)"));
    }
    ServerLocation location;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/')) {
        refuse(StoreTr::tr("the store URL names no database; write it as postgresql://[user@]host[:port]/dbname"));
    }
    if (!url.fragment().isEmpty()) {
        refuse(StoreTr::tr("the store URL has a fragment (#…); remove it"));
    }
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(name)) {
            refuse(StoreTr::tr("the store URL has the option \"%1\", which is not passed on; known options: %2")
                       .arg(name, knownOptions().join(QStringLiteral(", "))));
        }
        if (!plainValue(value)) {
            refuse(StoreTr::tr("the store URL option \"%1\" is empty or has a space, quote, backslash or semicolon")
                       .arg(name));
        }
        if (name == QStringLiteral("sslmode") && !sslModes().contains(value)) {
            refuse(StoreTr::tr("sslmode \"%1\" is not one of %2").arg(value, sslModes().join(QStringLiteral(", "))));
        }
        location.options.append({name, value});
    }
    for (const QString& part : {location.host, location.user, location.database}) {
        if (!part.isEmpty() && !plainValue(part)) {
            refuse(StoreTr::tr("the store URL's host, user or database has a space, quote, backslash or semicolon"));
        }
    }
    return location;
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0) {
        url.setPort(port);
    }
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(options);
        url.setQuery(query);
    }
    QString text = url.toString(QUrl::FullyEncoded);
    if (host.isEmpty()) {
        // QUrl drops the authority of an empty host: postgresql:///db (libpq's default host) is kept as such.
        text.replace(QStringLiteral("postgresql:/"), QStringLiteral("postgresql:///"));
        text.replace(QStringLiteral("postgresql:////"), QStringLiteral("postgresql:///"));
    }
    return text;
}

QString ServerLocation::description() const
{
    const QString where = host.isEmpty() ? StoreTr::tr("the default server") : host;
    QString text = port > 0 ? StoreTr::tr("database %1 on %2:%3").arg(database, where).arg(port)
                            : StoreTr::tr("database %1 on %2").arg(database, where);
    if (!user.isEmpty()) {
        text += StoreTr::tr(" as %1").arg(user);
    }
    return text;
}

QString ServerLocation::option(const QString& name) const
{
    for (const auto& [key, value] : options) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

void ServerLocation::configure(QSqlDatabase& db, const QString& password) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    QStringList connectOptions;
    bool timeout = false;
    bool name = false;
    for (const auto& [key, value] : options) {
        connectOptions << key + QLatin1Char('=') + value;
        timeout = timeout || key == QStringLiteral("connect_timeout");
        name = name || key == QStringLiteral("application_name");
    }
    if (!timeout) {
        connectOptions << QStringLiteral("connect_timeout=10"); // a server that does not answer is an error, not a hang
    }
    if (!name) {
        connectOptions << QStringLiteral("application_name=jwkman");
    }
    db.setConnectOptions(connectOptions.join(u';'));
}

void setServerPassword(const QString& url, const QString& password)
{
    QMutexLocker lock(&passwordMutex());
    if (password.isEmpty()) {
        passwords().remove(url);
    } else {
        passwords().insert(url, password);
    }
}

QString serverPassword(const QString& url)
{
    QMutexLocker lock(&passwordMutex());
    return passwords().value(url);
}

QString withoutPassword(QString text, const QString& password)
{
    if (!password.isEmpty()) {
        text.replace(password, QStringLiteral("********"));
    }
    return text;
}

} // namespace jwk
