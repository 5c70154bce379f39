// jwkman-cli remote client-keys: a key set's public keys as the jwks of an OAuth2 client (private_key_jwt), over the
// ClientKeys use case. Without --yes it prints the plan and changes nothing.

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "RemoteTarget.h"
#include "remote/HydraAdminClient.h"
#include "store/KeyStore.h"
#include "usecases/ClientKeys.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {

int runRemoteClientKeys(const QCommandLineParser& p, KeyStore& store)
{
    const QString command = QStringLiteral("remote client-keys");
    const Target t = resolveTarget(p, store, command, 1, 1);
    const QStringList sets = p.values(QStringLiteral("set"));
    if (sets.size() != 1) {
        usageErrorFor(command);
    }
    const QString clientId = t.args[0];
    const bool keep = p.isSet(QStringLiteral("keep-existing"));
    const bool yes = p.isSet(QStringLiteral("yes"));
    HydraAdminClient client(t.profile);
    const ClientKeysPlan plan = planClientKeys(client, store, t.profile.name, sets[0], clientId, keep);
    for (const auto& w : plan.warnings) {
        warn(w);
    }
    const bool apply = yes && plan.needsPatch();
    if (apply) {
        applyClientKeys(client, plan); // throws when the server fails or the client reads back otherwise
    }
    QJsonArray changes;
    for (const auto& c : plan.changes) {
        changes.append(QJsonObject{{QStringLiteral("kid"), c.kid},
                                   {QStringLiteral("change"), clientKeyChangeName(c.kind)},
                                   {QStringLiteral("thumbprint"), c.thumbprint},
                                   {QStringLiteral("type"), c.type}});
    }
    printJson(QJsonObject{{QStringLiteral("remote"), t.profile.name},
                          {QStringLiteral("client_id"), plan.clientId},
                          {QStringLiteral("set"), plan.setName},
                          {QStringLiteral("keep_existing"), keep},
                          {QStringLiteral("gains"), QJsonArray::fromStringList(plan.gains)},
                          {QStringLiteral("loses"), QJsonArray::fromStringList(plan.loses)},
                          {QStringLiteral("unchanged"), QJsonArray::fromStringList(plan.unchanged)},
                          {QStringLiteral("updated"), QJsonArray::fromStringList(plan.updated)},
                          {QStringLiteral("changes"), changes},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                          {QStringLiteral("applied"), apply}},
              p);
    if (!plan.needsPatch()) {
        note(QStringLiteral("client %1 holds these keys already: nothing to change").arg(clientId));
    } else if (!yes) {
        warn(QStringLiteral("nothing changed: client %1 would gain %2 and lose %3 key(s); run again with --yes to "
                            "apply")
                 .arg(clientId)
                 .arg(plan.gains.size())
                 .arg(plan.loses.size()));
    }
    return Ok;
}

} // namespace jwk::cli
