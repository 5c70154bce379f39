// jwkman-cli commands on the trash: delete (a key or a set goes to the trash), trash, restore, empty-trash.

#include "CliContext.h"
#include "Commands.h"
#include "store/KeyStore.h"
#include "text/IsoTime.h"
#include "usecases/SignerChange.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {

int runDelete(const QCommandLineParser& p)
{
    const QStringList args = positionalArguments(p, QStringLiteral("delete"), 1, 2);
    const auto store = openStore(p);
    if (args.size() == 2) {
        const auto before = currentSigner(*store, args[0]);
        store->trash().deleteKey(args[0], args[1]);
        if (const auto change = signerChangeSince(*store, args[0], before); change.changes()) {
            warn(change.text());
        }
        printJson(QJsonObject{{QStringLiteral("trashed"), QStringLiteral("%1/%2").arg(args[0], args[1])}}, p);
    } else {
        store->trash().deleteSet(args[0]);
        printJson(QJsonObject{{QStringLiteral("trashed"), args[0]}}, p);
    }
    return Ok;
}

int runTrash(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("trash"), 0, 0);
    const auto store = openStore(p);
    QJsonArray entries;
    for (const auto& e : store->trash().entries()) {
        QJsonObject o{{QStringLiteral("set"), e.setName}, {QStringLiteral("deleted"), isoDateTimeText(e.deleted)}};
        if (e.kid.isEmpty()) {
            o.insert(QStringLiteral("keys"), e.keyCount);
        } else {
            o.insert(QStringLiteral("kid"), e.kid);
        }
        entries.append(o);
    }
    printJson(entries, p);
    return Ok;
}

int runRestore(const QCommandLineParser& p)
{
    const QStringList args = positionalArguments(p, QStringLiteral("restore"), 1, 2);
    const auto store = openStore(p);
    if (args.size() == 2) {
        const auto before = currentSigner(*store, args[0]);
        store->trash().restoreKey(args[0], args[1]);
        if (const auto change = signerChangeSince(*store, args[0], before); change.changes()) {
            warn(change.text());
        }
    } else {
        store->trash().restoreSet(args[0]);
    }
    printJson(QJsonObject{{QStringLiteral("restored"), args.join(QLatin1Char('/'))}}, p);
    return Ok;
}

int runEmptyTrash(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("empty-trash"), 0, 0);
    const auto store = openStore(p);
    const int purged = store->trash().empty();
    printJson(QJsonObject{{QStringLiteral("purged_keys"), purged}}, p);
    return Ok;
}

} // namespace jwk::cli
