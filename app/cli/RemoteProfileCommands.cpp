// jwkman-cli remote: the subcommand dispatch, and the saved remotes (add, list, remove). The synopses of every
// subcommand are in CommandTable.cpp; pull, diff, push, generate, delete and rotate are in RemoteSyncCommands.cpp,
// client-keys in RemoteClientCommands.cpp.

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "RemoteTarget.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {

void remoteOptions(QCommandLineParser& p)
{
    storeOption(p);
    p.addOption({QStringLiteral("url"), QStringLiteral("A one-off admin URL instead of NAME."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("public-url"), QStringLiteral("Hydra's public URL."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("token-file"), QStringLiteral("Bearer token (Ory Network API key) from FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("header"),
                 QStringLiteral("An extra header 'Name: value' (repeatable). Not for secrets: the command "
                                "line is visible to other users; use --header-file."),
                 QStringLiteral("HEADER")});
    p.addOption({QStringLiteral("header-file"),
                 QStringLiteral("Extra headers from FILE: one 'Name: value' a line; blank lines and lines "
                                "starting with # are skipped (repeatable). For proxy credentials."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("ca"), QStringLiteral("Trust the CA certificates in FILE (PEM) too."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("client-cert"), QStringLiteral("Client certificate for mutual TLS (PEM)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("client-key"), QStringLiteral("Its private key (PEM)."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("set"), QStringLiteral("A key set to track or use (repeatable)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("yes"), QStringLiteral("Apply or send without asking.")});
    p.addOption(
        {QStringLiteral("allow-empty"), QStringLiteral("Allow pushing an empty set (deletes every remote key).")});
    p.addOption({QStringLiteral("alg"), QStringLiteral("Algorithm for remote generate."), QStringLiteral("ALG")});
    p.addOption({QStringLiteral("kid"), QStringLiteral("Key ID for remote generate."), QStringLiteral("KID")});
    p.addOption({QStringLiteral("use"), QStringLiteral("sig or enc for remote generate."), QStringLiteral("USE")});
    p.addOption({QStringLiteral("step"), QStringLiteral("publish, activate or retire."), QStringLiteral("STEP")});
    p.addOption(
        {QStringLiteral("plan"), QStringLiteral("remote rotate: show the remote set and what the step would do, change "
                                                "nothing.")});
    p.addOption({QStringLiteral("keep-existing"),
                 QStringLiteral("remote client-keys: add the set's keys to the client's and remove none (the overlap "
                                "of a client key rotation).")});
    p.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 10)."),
                 QStringLiteral("SECONDS")});
}

int runRemote(const QCommandLineParser& p)
{
    QStringList names;
    for (const auto& s : remoteSubcommands()) {
        names << s.name;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        usageError(QStringLiteral("remote needs a subcommand: %1 (see jwkman-cli help remote)")
                       .arg(names.join(QStringLiteral(", "))));
    }
    const QString sub = positional.first();
    const std::unique_ptr<KeyStore> store = openStore(p);
    for (const auto& s : remoteSubcommands()) {
        if (s.name == sub) {
            return s.run(p, *store);
        }
    }
    usageError(QStringLiteral("unknown remote subcommand \"%1\" (%2)").arg(sub, names.join(QStringLiteral(", "))));
}

int runRemoteAdd(const QCommandLineParser& p, KeyStore& store)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3) {
        usageErrorFor(QStringLiteral("remote add"));
    }
    RemoteProfile profile;
    profile.name = args[1];
    profile.adminUrl = QUrl(args[2]);
    applyConnectionOptions(profile, p);
    requireTransport(profile);
    SavedRemotes(store).save(profile);
    const TransportCheck check = checkTransport(profile.adminUrl);
    printJson(
        QJsonObject{{QStringLiteral("added"), profile.name},
                    {QStringLiteral("url"), profile.adminUrl.toString()},
                    {QStringLiteral("sets"), QJsonArray::fromStringList(profile.trackedSets)},
                    {QStringLiteral("transport"),
                     check.plainLoopback ? QStringLiteral("http to loopback (unencrypted)") : QStringLiteral("https")}},
        p);
    return Ok;
}

int runRemoteList(const QCommandLineParser& p, KeyStore& store)
{
    QJsonArray list;
    for (const auto& r : SavedRemotes(store).list()) {
        QStringList auth;
        if (!r.bearerToken.isEmpty()) {
            auth << QStringLiteral("bearer token");
        }
        for (const auto& h : r.headers) {
            auth << QStringLiteral("header %1").arg(QString::fromLatin1(h.first));
        }
        if (!r.clientCertificatePem.isEmpty()) {
            auth << QStringLiteral("client certificate");
        }
        list.append(QJsonObject{
            {QStringLiteral("name"), r.name},
            {QStringLiteral("url"), r.adminUrl.toString()},
            {QStringLiteral("public_url"), r.publicUrl.toString()},
            {QStringLiteral("sets"), QJsonArray::fromStringList(r.trackedSets)},
            {QStringLiteral("auth"), auth.isEmpty() ? QStringLiteral("none") : auth.join(QStringLiteral(", "))},
            {QStringLiteral("transport"), checkTransport(r.adminUrl).plainLoopback
                                              ? QStringLiteral("http to loopback (unencrypted)")
                                              : QStringLiteral("https")}});
    }
    printJson(list, p);
    return Ok;
}

int runRemoteRemove(const QCommandLineParser& p, KeyStore& store)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2) {
        usageErrorFor(QStringLiteral("remote remove"));
    }
    SavedRemotes(store).remove(args[1]);
    printJson(QJsonObject{{QStringLiteral("removed"), args[1]}}, p);
    return Ok;
}

} // namespace jwk::cli
