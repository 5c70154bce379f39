#include "usecases/TeamStoreOpening.h"

#include "store/KeyStore.h"
#include "store/SystemSecret.h"

#include <QCoreApplication>

namespace jwk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::TeamStoreOpening)
};

[[noreturn]] void refuse(const QString& message)
{
    throw StoreError(StoreError::Kind::InvalidInput, message);
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QString::fromUtf8(needle), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

ServerLocation TeamStoreForm::location() const
{
    ServerLocation l;
    l.host = host.trimmed();
    l.port = port;
    l.user = user.trimmed();
    l.database = database.trimmed();
    if (l.host.isEmpty()) {
        refuse(Tr::tr("Give the host name or address of the database server."));
    }
    if (l.database.isEmpty()) {
        refuse(Tr::tr("Give the name of the team's database (made with CREATE DATABASE; an empty one becomes a new "
                      "team store)."));
    }
    if (port < 1 || port > 65535) {
        refuse(Tr::tr("The port must be between 1 and 65535 (PostgreSQL's is 5432)."));
    }
    if (!sslMode.isEmpty()) {
        l.options.append({QStringLiteral("sslmode"), sslMode});
    }
    if (sslMode.startsWith(QStringLiteral("verify-"))) {
        if (caFile.trimmed().isEmpty()) {
            refuse(Tr::tr("TLS mode %1 checks the server's certificate against a CA: choose the CA certificate file "
                          "(PEM) the server's certificate was issued by.")
                       .arg(sslMode));
        }
        l.options.append({QStringLiteral("sslrootcert"), caFile.trimmed()});
    }
    // Through the parser: what it refuses (a space in a name, a path with a quote) is refused here with its words.
    return ServerLocation::parse(l.url());
}

TeamStoreForm TeamStoreForm::fromLocation(const ServerLocation& location)
{
    TeamStoreForm f;
    f.host = location.host;
    f.port = location.port > 0 ? location.port : 5432;
    f.database = location.database;
    f.user = location.user;
    const QString mode = location.option(QStringLiteral("sslmode"));
    f.sslMode = mode.isEmpty() ? QStringLiteral("prefer") : mode;
    f.caFile = location.option(QStringLiteral("sslrootcert"));
    return f;
}

TeamStoreFailure describeTeamStoreFailure(const StoreError& error, const QString& password)
{
    TeamStoreFailure f;
    f.details = withoutPassword(error.message(), password);
    const QString& text = f.details;
    if (error.kind() == StoreError::Kind::BadSecret && !qEnvironmentVariableIsSet("SECRETS_SYSTEM") &&
        text.contains(QStringLiteral("SECRETS_SYSTEM"))) {
        f.problem = TeamStoreProblem::NoSystemSecret;
        f.message = Tr::tr("No system secret is set for this team store. Enter the team's system secret (from your "
                           "team's secret manager: the same list every member uses, the current secret first) in "
                           "System secret, or start JWK Manager with SECRETS_SYSTEM set.");
        return f;
    }
    if (error.kind() == StoreError::Kind::WrongSecret || error.kind() == StoreError::Kind::BadSecret) {
        f.problem = TeamStoreProblem::WrongSecret;
        f.message = Tr::tr("The system secret does not open this team store. Ask your team for the current system "
                           "secret list (the secret the store was made with must be in it) and enter it again.");
        return f;
    }
    // libpq's words, in English or (client side, with its German catalogue) in German; a server answers in its own
    // lc_messages, mostly English.
    if (containsAny(text, {"password authentication failed", "no password supplied", "Passwort-Authentifizierung",
                           "kein Passwort"})) {
        f.problem = TeamStoreProblem::WrongPassword;
        f.message = Tr::tr("The server refused the password for this user. Check the user name and type the "
                           "password again (a remembered password that no longer works is replaced when the new one "
                           "opens the store).");
    } else if (containsAny(text, {"certificate verify failed", "does not match host name", "root certificate file",
                                  "does not support SSL", "SSL error", "SSL-Fehler", "Root-Zertifikat",
                                  "stimmt nicht mit dem Hostnamen", "unterst\xc3\xbctzt kein SSL", "certificate"})) {
        f.problem = TeamStoreProblem::TlsFailed;
        f.message = Tr::tr("The TLS connection to the server could not be verified: its certificate was not issued "
                           "by the chosen CA, does not name the host as typed, or the server offers no TLS. Check the "
                           "CA file and that the host name is the one in the server's certificate; do not lower the "
                           "TLS mode to get past this unless you know the network is trusted.");
    } else if (containsAny(text, {"does not exist"}) && text.contains(QStringLiteral("database"))) {
        f.problem = TeamStoreProblem::NoDatabase;
        f.message = Tr::tr("The server has no database of that name. Check its spelling, or ask the database's "
                           "administrator to create it (CREATE DATABASE; an empty one becomes a new team store).");
    } else if (containsAny(text,
                           {"could not connect", "Connection refused", "could not translate host name",
                            "timeout expired", "No route to host", "Network is unreachable", "connection to server",
                            "Verbindung zum Server", "Timeout abgelaufen", "konnte Hostnamen"})) {
        f.problem = TeamStoreProblem::Unreachable;
        f.message = Tr::tr("The database server does not answer. Check the host name and port, that the server "
                           "runs and accepts connections from this computer (listen_addresses, pg_hba.conf, a "
                           "firewall or VPN), and try again.");
    } else if (text.contains(QStringLiteral("not a JWK Manager store"))) {
        f.problem = TeamStoreProblem::NotAStore;
        f.message = Tr::tr("That database holds other tables and is not a JWK Manager store. Choose the team's "
                           "store database, or an empty database for a new team store.");
    } else {
        f.message = Tr::tr("The team store cannot be opened. The details below say why.");
    }
    return f;
}

std::unique_ptr<KeyStore> openTeamStore(const QString& url, const QString& password, const SystemSecret& secret)
{
    const QString canonical = ServerLocation::parse(url).url();
    const QString before = serverPassword(canonical);
    setServerPassword(canonical, password);
    try {
        return KeyStore::open(canonical, secret);
    } catch (...) {
        setServerPassword(canonical, before);
        throw;
    }
}

} // namespace jwk
