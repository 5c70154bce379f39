// jwkman-cli store SUBCOMMAND: the store as a whole. store copy FROM TO copies a store into a new, empty one (an SQLite
// file or a team store on PostgreSQL, either way).

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "store/KeyStore.h"
#include "store/ServerLocation.h"

#include <QFileInfo>
#include <QJsonObject>

namespace jwk::cli {
namespace {

// The source's secret: JWKMAN_SOURCE_SECRETS_SYSTEM when set (the source was made under another secret than the
// target's SECRETS_SYSTEM); else, for a file, the secret kept beside it (file or secret service); else SECRETS_SYSTEM.
SystemSecret sourceSecret(const QString& from)
{
    if (qEnvironmentVariableIsSet("JWKMAN_SOURCE_SECRETS_SYSTEM")) {
        QByteArray value = qgetenv("JWKMAN_SOURCE_SECRETS_SYSTEM");
        try {
            SystemSecret s = SystemSecret::fromEnvironmentValue(value);
            value.fill('\0');
            return s;
        } catch (const StoreError& e) {
            value.fill('\0');
            throw StoreError(e.kind(), QStringLiteral("JWKMAN_SOURCE_SECRETS_SYSTEM: %1").arg(e.message()));
        }
    }
    if (auto kept = SystemSecret::stored(from)) {
        return *kept;
    }
    return SystemSecret::resolve(from, false);
}

bool storeExists(const QString& location)
{
    if (ServerLocation::isServerUrl(location)) {
        return true; // a database is made by CREATE DATABASE; its emptiness is checked when it is opened
    }
    const QFileInfo info(location);
    return info.exists() && info.size() > 0;
}

} // namespace

int runStore(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty() || args.first() != QStringLiteral("copy")) {
        usageErrorFor(QStringLiteral("store"));
    }
    positionalArguments(p, QStringLiteral("store"), 3, 3);
    const QString from = args.at(1);
    const QString to = args.at(2);
    if (!storeExists(from)) {
        throw CliExit{InvalidInput, QStringLiteral("there is no store %1 to copy").arg(from)};
    }
    if (!ServerLocation::isServerUrl(to) && storeExists(to)) {
        throw CliExit{InvalidInput, QStringLiteral("the target %1 exists already; store copy fills only a new store "
                                                   "(a new file, or an empty database). Nothing was copied.")
                                        .arg(to)};
    }
    const SystemSecret fromSecret = sourceSecret(from);
    // The target's secret: SECRETS_SYSTEM (a team store needs it); a new file without it gets a new secret beside it.
    const SystemSecret toSecret = SystemSecret::resolve(to, !ServerLocation::isServerUrl(to));
    const StoreCopyResult r = KeyStore::copyStore(from, fromSecret, to, toSecret);
    QJsonObject rows;
    for (const auto& [table, n] : r.rows) {
        rows.insert(table, n);
    }
    printJson(QJsonObject{{QStringLiteral("from"), r.from},
                          {QStringLiteral("to"), r.to},
                          {QStringLiteral("keys"), r.keys},
                          {QStringLiteral("reencrypted"), r.reencrypted},
                          {QStringLiteral("rows"), rows}},
              p);
    return Ok;
}

} // namespace jwk::cli
