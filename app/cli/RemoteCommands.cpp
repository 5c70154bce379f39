// jwkman-cli remote: sync with Ory Hydra admin endpoints.
//   remote add NAME URL [--public-url URL] [--token-file F] [--header 'Name: value'] [--header-file F] [--ca F]
//              [--set S]...
//   remote list | remote remove NAME
//   remote pull NAME [--set S] [--yes] | remote diff NAME [--set S]
//   remote push NAME SET [KID] [--yes] | remote generate NAME SET --alg ALG [--kid KID] [--use sig|enc]
//   remote delete NAME SET [KID] --yes | remote rotate NAME SET --step publish|activate|retire
// Every command also takes --url URL instead of NAME for a one-off endpoint.

#include "CliContext.h"
#include "remote/CustomHeaders.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {
namespace {

void print(const QJsonValue& value, const QCommandLineParser& p)
{
    QByteArray out = toJsonBytes(value, compact(p) ? JsonFormat::Compact : JsonFormat::Indented);
    out.append('\n');
    writeOut(out);
}

SecureBytes readSecretFile(const QString& path, const char* what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        inputError(QStringLiteral("%1 %2 cannot be read: %3").arg(QLatin1String(what), path, file.errorString()));
    }
    QByteArray data = file.read(1024 * 1024);
    SecureBytes secret = SecureBytes::trimmedFrom(data);
    wipe(data);
    return secret;
}

QByteArray readFile(const QString& path, const char* what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        inputError(QStringLiteral("%1 %2 cannot be read: %3").arg(QLatin1String(what), path, file.errorString()));
    }
    return file.read(4 * 1024 * 1024);
}

// Authentication and trust options, shared by `remote add` and one-off --url commands.
void applyConnectionOptions(RemoteProfile& profile, const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("public-url"))) {
        profile.publicUrl = QUrl(p.value(QStringLiteral("public-url")));
    }
    if (p.isSet(QStringLiteral("token-file"))) {
        profile.bearerToken = readSecretFile(p.value(QStringLiteral("token-file")), "token file");
        if (profile.bearerToken.isEmpty()) {
            inputError(QStringLiteral("the token file %1 is empty").arg(p.value(QStringLiteral("token-file"))));
        }
    }
    // Both kinds of header go through the core's rule (CustomHeaders.h), as the desktop's remote dialog does.
    for (const auto& header : p.values(QStringLiteral("header"))) {
        QByteArray line = header.toUtf8();
        ParsedHeader parsed = parseCustomHeader(line);
        wipe(line);
        if (!parsed.problem.isEmpty()) {
            usageError(QStringLiteral("--header: %1").arg(parsed.problem));
        }
        profile.headers.append({parsed.name, std::move(parsed.value)});
    }
    for (const auto& path : p.values(QStringLiteral("header-file"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            inputError(QStringLiteral("header file %1 cannot be read: %2").arg(path, file.errorString()));
        }
        QByteArray text = file.read(1024 * 1024);
        const QString problem = parseCustomHeaderLines(text, profile.headers);
        wipe(text);
        if (!problem.isEmpty()) {
            inputError(QStringLiteral("header file %1, %2").arg(path, problem));
        }
    }
    if (p.isSet(QStringLiteral("ca"))) {
        for (const auto& ca : p.values(QStringLiteral("ca"))) {
            profile.caCertificatesPem += readFile(ca, "CA file");
        }
    }
    if (p.isSet(QStringLiteral("client-cert"))) {
        profile.clientCertificatePem = readFile(p.value(QStringLiteral("client-cert")), "client certificate");
        profile.clientKeyPem = readSecretFile(p.value(QStringLiteral("client-key")), "client key");
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            usageError(QStringLiteral("--timeout takes seconds, such as 10"));
        }
        profile.timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (p.isSet(QStringLiteral("set"))) {
        profile.trackedSets = p.values(QStringLiteral("set"));
    }
}

void requireTransport(const RemoteProfile& profile)
{
    for (const QUrl& url : {profile.adminUrl, profile.publicUrl}) {
        if (url.isEmpty()) {
            continue;
        }
        const TransportCheck check = checkTransport(url);
        if (!check.allowed) {
            inputError(check.reason);
        }
    }
}

// The remote a command names: NAME (the first argument after the subcommand) or --url URL.
struct Target
{
    RemoteProfile profile;
    QStringList args; // the positional arguments after NAME
};

Target resolveTarget(const QCommandLineParser& p, KeyStore& store, const QString& usage)
{
    QStringList args = p.positionalArguments().mid(1);
    Target target;
    if (p.isSet(QStringLiteral("url"))) {
        target.profile.name = p.value(QStringLiteral("url"));
        target.profile.adminUrl = QUrl(p.value(QStringLiteral("url")));
        applyConnectionOptions(target.profile, p);
    } else {
        if (args.isEmpty()) {
            usageError(QStringLiteral("usage: jwkman-cli %1").arg(usage));
        }
        const QString name = args.takeFirst();
        const auto profile = store.remote(name);
        if (!profile) {
            inputError(QStringLiteral("there is no remote \"%1\"; add it with jwkman-cli remote add").arg(name));
        }
        target.profile = *profile;
        // Options given with NAME apply on top of the saved profile for this command (--set, --timeout, and
        // also --token-file, --header, --ca, --public-url, --client-cert, which were silently ignored unless
        // --timeout was given too).
        applyConnectionOptions(target.profile, p);
    }
    requireTransport(target.profile);
    target.args = args;
    return target;
}

QJsonObject diffJson(const SetDiff& diff)
{
    QJsonArray added, removed, changed, keptPrivate;
    int unchanged = 0;
    for (const auto& c : diff.changes) {
        if (c.keptLocalPrivate) {
            keptPrivate.append(c.kid);
        }
        switch (c.kind) {
        case KeyChange::Kind::Added:
            added.append(c.kid);
            break;
        case KeyChange::Kind::Removed:
            removed.append(c.kid);
            break;
        case KeyChange::Kind::Changed:
            changed.append(c.kid);
            break;
        case KeyChange::Kind::Unchanged:
            ++unchanged;
            break;
        }
    }
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    // Each key that differs by kid and RFC 7638 thumbprint on both sides.
    QJsonArray details;
    for (const auto& c : diff.changes) {
        if (c.kind == KeyChange::Kind::Unchanged) {
            continue;
        }
        details.append(QJsonObject{{QStringLiteral("kid"), c.kid},
                                   {QStringLiteral("change"), keyChangeName(c.kind)},
                                   {QStringLiteral("local_thumbprint"), orNull(c.localThumbprint)},
                                   {QStringLiteral("remote_thumbprint"), orNull(c.remoteThumbprint)},
                                   {QStringLiteral("local_private"), c.localPrivate},
                                   {QStringLiteral("remote_private"), c.remotePrivate}});
    }
    return QJsonObject{
        {QStringLiteral("set"), diff.setName},
        {QStringLiteral("remote_missing"), diff.remoteMissing},
        {QStringLiteral("local_missing"), diff.localMissing},
        {QStringLiteral("added"), added},
        {QStringLiteral("removed"), removed},
        {QStringLiteral("changed"), changed},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("kept_local_private"), keptPrivate},
        {QStringLiteral("skipped_invalid"), QJsonArray::fromStringList(diff.invalidRemote)},
        {QStringLiteral("changes"), details},
        {QStringLiteral("signing_key"), QJsonObject{{QStringLiteral("local"), orNull(diff.localSigner)},
                                                    {QStringLiteral("remote"), orNull(diff.remoteSigner)}}}};
}

QJsonArray remoteStateJson(const SetDiff& remote)
{
    QJsonArray keys;
    bool signerSeen = false;
    for (const auto& key : remote.remoteKeys) {
        QString role = key.isPrivate() ? QStringLiteral("private") : QStringLiteral("public only");
        if (key.isPrivate() && !signerSeen) {
            role = QStringLiteral("signing");
            signerSeen = true;
        }
        keys.append(QJsonObject{{QStringLiteral("kid"), key.kid()},
                                {QStringLiteral("type"), key.typeDescription()},
                                {QStringLiteral("alg"), key.alg()},
                                {QStringLiteral("role"), role}});
    }
    return keys;
}

int runRemote(const QCommandLineParser& p)
{
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        usageError(QStringLiteral("remote needs a subcommand: add, list, remove, pull, diff, push, generate, delete, "
                                  "rotate (see jwkman-cli help remote)"));
    }
    const QString sub = positional.first();
    const std::unique_ptr<KeyStore> store = openStore(p);

    if (sub == QStringLiteral("add")) {
        if (positional.size() != 3) {
            usageError(QStringLiteral("usage: jwkman-cli remote add NAME URL [--public-url URL] [--token-file F] "
                                      "[--header 'Name: value'] [--ca F] [--set S]..."));
        }
        RemoteProfile profile;
        profile.name = positional[1];
        profile.adminUrl = QUrl(positional[2]);
        applyConnectionOptions(profile, p);
        requireTransport(profile);
        store->saveRemote(profile);
        const TransportCheck check = checkTransport(profile.adminUrl);
        print(QJsonObject{{QStringLiteral("added"), profile.name},
                          {QStringLiteral("url"), profile.adminUrl.toString()},
                          {QStringLiteral("sets"), QJsonArray::fromStringList(profile.trackedSets)},
                          {QStringLiteral("transport"), check.plainLoopback
                                                            ? QStringLiteral("http to loopback (unencrypted)")
                                                            : QStringLiteral("https")}},
              p);
        return Ok;
    }
    if (sub == QStringLiteral("list")) {
        QJsonArray list;
        for (const auto& r : store->remotes()) {
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
        print(list, p);
        return Ok;
    }
    if (sub == QStringLiteral("remove")) {
        if (positional.size() != 2) {
            usageError(QStringLiteral("usage: jwkman-cli remote remove NAME"));
        }
        store->removeRemote(positional[1]);
        print(QJsonObject{{QStringLiteral("removed"), positional[1]}}, p);
        return Ok;
    }

    if (sub == QStringLiteral("pull") || sub == QStringLiteral("diff")) {
        const Target t = resolveTarget(p, *store, QStringLiteral("remote %1 NAME [--set S]").arg(sub));
        if (!t.args.isEmpty()) {
            usageError(QStringLiteral("remote %1 takes NAME (or --url) and --set options only").arg(sub));
        }
        HydraAdminClient client(t.profile);
        RemoteSync sync(client, *store, t.profile.name);
        const QList<SetDiff> diffs = sync.planPull(t.profile.trackedSets);
        // A set neither side has is most likely a misspelt name: never a silent success. diff fails (a script
        // comparing sets must not read "no difference"); pull has nothing to apply for it and says so.
        QStringList nowhere;
        for (const auto& d : diffs) {
            if (d.remoteMissing && d.localMissing) {
                nowhere << d.setName;
            }
        }
        const QString nowhereMessage =
            QStringLiteral("%1 %2: on neither %3 (HTTP 404) nor in the store; check the name (--set, or the sets the "
                           "remote tracks)")
                .arg(nowhere.size() == 1 ? QStringLiteral("key set") : QStringLiteral("key sets"),
                     nowhere.join(QStringLiteral(", ")), t.profile.name);
        if (!nowhere.isEmpty() && sub == QStringLiteral("diff")) {
            inputError(nowhereMessage);
        }
        const bool apply = sub == QStringLiteral("pull") && p.isSet(QStringLiteral("yes"));
        if (apply) {
            sync.applyPull(diffs);
        }
        for (const auto& d : diffs) {
            for (const auto& problem : d.invalidRemote) {
                warn(QStringLiteral("%1: skipped an invalid key from the server: %2").arg(d.setName, problem));
            }
            for (const auto& c : d.changes) {
                if (c.keptLocalPrivate) {
                    warn(QStringLiteral("%1/%2: kept local private key (the remote has only its public part)")
                             .arg(d.setName, c.kid));
                }
            }
        }
        QJsonArray sets;
        for (const auto& d : diffs) {
            sets.append(diffJson(d));
        }
        print(QJsonObject{{QStringLiteral("remote"), t.profile.name},
                          {QStringLiteral("sets"), sets},
                          {QStringLiteral("applied"), apply}},
              p);
        if (!nowhere.isEmpty()) {
            warn(nowhereMessage);
        }
        if (sub == QStringLiteral("pull") && !apply) {
            warn(QStringLiteral("nothing applied: run again with --yes to apply this difference"));
        }
        return Ok;
    }

    if (sub == QStringLiteral("push")) {
        const Target t = resolveTarget(p, *store, QStringLiteral("remote push NAME SET [KID] [--yes]"));
        if (t.args.isEmpty() || t.args.size() > 2) {
            usageError(QStringLiteral("usage: jwkman-cli remote push NAME SET [KID] [--yes]"));
        }
        HydraAdminClient client(t.profile);
        RemoteSync sync(client, *store, t.profile.name);
        const QString set = t.args[0];
        const bool yes = p.isSet(QStringLiteral("yes"));
        if (t.args.size() == 2) {
            const JsonWebKey key = store->loadKey(set, t.args[1]);
            const QStringList warnings = uploadWarnings(set, key);
            for (const auto& w : warnings) {
                warn(w);
            }
            QJsonObject plan{{QStringLiteral("set"), set},
                             {QStringLiteral("kid"), key.kid()},
                             {QStringLiteral("becomes_newest"), true},
                             {QStringLiteral("becomes_signing_key"), key.isPrivate()},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                             {QStringLiteral("sent"), yes}};
            if (!yes) {
                print(plan, p);
                warn(QStringLiteral("nothing sent: %1 would become the newest key of %2%3; confirm with --yes")
                         .arg(key.kid(), set,
                              key.isPrivate() ? QStringLiteral(" and the key Hydra signs with") : QString()));
                return Ok;
            }
            sync.pushKey(set, key.kid());
            print(plan, p);
            return Ok;
        }
        const PushSetPlan plan = sync.planPushSet(set);
        for (const auto& w : plan.warnings) {
            warn(w);
        }
        QJsonArray send;
        for (const auto& k : plan.send) {
            send.append(k.kid());
        }
        QJsonObject out{{QStringLiteral("set"), set},
                        {QStringLiteral("send_in_order"), send},
                        {QStringLiteral("remote_deletions"), QJsonArray::fromStringList(plan.remoteDeletions)},
                        {QStringLiteral("signing_key_after"),
                         plan.intendedSigner.isEmpty() ? QJsonValue() : QJsonValue(plan.intendedSigner)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                        {QStringLiteral("sent"), yes}};
        if (!yes) {
            print(out, p);
            warn(QStringLiteral("nothing sent: this replaces the whole remote set%1; confirm with --yes")
                     .arg(plan.remoteDeletions.isEmpty()
                              ? QString()
                              : QStringLiteral(" and deletes %1 remote key(s)").arg(plan.remoteDeletions.size())));
            return Ok;
        }
        sync.pushSet(plan, p.isSet(QStringLiteral("allow-empty")));
        print(out, p);
        return Ok;
    }

    if (sub == QStringLiteral("generate")) {
        const Target t =
            resolveTarget(p, *store, QStringLiteral("remote generate NAME SET --alg ALG [--kid KID] [--use sig|enc]"));
        if (t.args.size() != 1) {
            usageError(
                QStringLiteral("usage: jwkman-cli remote generate NAME SET --alg ALG [--kid KID] [--use sig|enc]"));
        }
        if (!p.isSet(QStringLiteral("alg"))) {
            usageError(QStringLiteral("remote generate needs --alg ALG (RS256, RS384, RS512, PS256, PS384, PS512, "
                                      "ES256, ES384, ES512 or EdDSA)"));
        }
        const QString use = p.value(QStringLiteral("use"));
        if (!use.isEmpty() && use != QStringLiteral("sig") && use != QStringLiteral("enc")) {
            usageError(QStringLiteral("--use takes sig or enc"));
        }
        HydraAdminClient client(t.profile);
        RemoteSync sync(client, *store, t.profile.name);
        const JsonWebKey key =
            sync.generateRemote(t.args[0], p.value(QStringLiteral("alg")), p.value(QStringLiteral("kid")), use);
        SecureBytes json = key.hasPublicForm()
                               ? key.publicKey().toJson(false, compact(p) ? JsonFormat::Compact : JsonFormat::Indented)
                               : key.toJson(false);
        json.append('\n');
        writeOut(json);
        return Ok;
    }

    if (sub == QStringLiteral("delete")) {
        const Target t = resolveTarget(p, *store, QStringLiteral("remote delete NAME SET [KID] --yes"));
        if (t.args.isEmpty() || t.args.size() > 2) {
            usageError(QStringLiteral("usage: jwkman-cli remote delete NAME SET [KID] --yes"));
        }
        if (!p.isSet(QStringLiteral("yes"))) {
            usageError(QStringLiteral("remote delete removes keys from the server for good: confirm with --yes"));
        }
        HydraAdminClient client(t.profile);
        RemoteSync sync(client, *store, t.profile.name);
        sync.deleteRemote(t.args[0], t.args.value(1));
        print(QJsonObject{{QStringLiteral("deleted"), t.args.join(QLatin1Char('/'))},
                          {QStringLiteral("remote"), t.profile.name}},
              p);
        return Ok;
    }

    if (sub == QStringLiteral("rotate")) {
        const Target t =
            resolveTarget(p, *store, QStringLiteral("remote rotate NAME SET --step publish|activate|retire"));
        if (t.args.size() != 1) {
            usageError(QStringLiteral("usage: jwkman-cli remote rotate NAME SET --step publish|activate|retire"));
        }
        const QString step = p.value(QStringLiteral("step"));
        HydraAdminClient client(t.profile);
        RemoteSync sync(client, *store, t.profile.name);
        // Each step reads the remote set first: its state and what the step will do go to stderr before anything
        // changes. --plan stops there.
        const bool planOnly = p.isSet(QStringLiteral("plan"));
        QJsonObject planned;
        sync.setRotationConfirm([&](const SetDiff& remote, const QString& action) {
            QStringList keys;
            for (const auto& k : remote.remoteKeys) {
                keys.append(k.kid() == remote.remoteSigner ? QStringLiteral("%1 (signing)").arg(k.kid()) : k.kid());
            }
            note(QStringLiteral("%1 on %2 now: %3")
                     .arg(t.args[0], t.profile.name,
                          remote.remoteMissing ? QStringLiteral("no such set")
                          : keys.isEmpty()     ? QStringLiteral("no keys")
                                               : keys.join(QStringLiteral(", "))));
            note(QStringLiteral("%1 %2").arg(planOnly ? QStringLiteral("would") : QStringLiteral("about to"), action));
            planned = QJsonObject{{QStringLiteral("set"), t.args[0]},
                                  {QStringLiteral("step"), step},
                                  {QStringLiteral("remote_before"), remoteStateJson(remote)},
                                  {QStringLiteral("action"), action},
                                  {QStringLiteral("applied"), false}};
            return !planOnly;
        });
        RemoteSync::RotationReport report;
        if (step != QStringLiteral("publish") && step != QStringLiteral("activate") &&
            step != QStringLiteral("retire")) {
            usageError(QStringLiteral("--step takes publish, activate or retire"));
        }
        try {
            if (step == QStringLiteral("publish")) {
                report = sync.rotatePublish(t.args[0]);
            } else if (step == QStringLiteral("activate")) {
                report = sync.rotateActivate(t.args[0]);
            } else {
                report = sync.rotateRetire(t.args[0]);
            }
        } catch (const StoreError& e) {
            if (!(planOnly && e.kind() == StoreError::Kind::Cancelled)) {
                throw;
            }
            print(planned, p);
            return Ok;
        }
        print(QJsonObject{{QStringLiteral("set"), t.args[0]},
                          {QStringLiteral("step"), step},
                          {QStringLiteral("remote_before"), remoteStateJson(report.remoteBefore)},
                          {QStringLiteral("action"), planned.value(QStringLiteral("action"))},
                          {QStringLiteral("applied"), true},
                          {QStringLiteral("new_kid"), report.state.newKid},
                          {QStringLiteral("old_kid"), report.state.oldKid},
                          {QStringLiteral("summary"), report.summary}},
              p);
        return Ok;
    }
    usageError(QStringLiteral("unknown remote subcommand \"%1\" (add, list, remove, pull, diff, push, generate, "
                              "delete, rotate)")
                   .arg(sub));
}

} // namespace

void registerRemoteCommands()
{
    commands().append(
        {QStringLiteral("remote"), QStringLiteral("remote add|list|remove|pull|diff|push|generate|delete|rotate ..."),
         QStringLiteral(
             "Sync with an Ory Hydra admin endpoint (/admin/keys/{set}).\n"
             "  remote add NAME URL [--public-url URL] [--token-file F] [--header 'Name: value'] [--header-file F]\n"
             "             [--ca F] [--set S]...\n"
             "  remote list\n  remote remove NAME\n"
             "  remote pull NAME [--set S] [--yes]     print the difference; apply it with --yes\n"
             "  remote diff NAME [--set S]\n"
             "  remote push NAME SET [KID] [--yes]     PUT a key (it becomes the newest, and the signer if private) "
             "or the whole set\n"
             "  remote generate NAME SET --alg ALG [--kid KID] [--use sig|enc]\n"
             "  remote delete NAME SET [KID] --yes\n"
             "  remote rotate NAME SET --step publish|activate|retire [--plan]\n"
             "                                         each step prints the remote set and what it does first\n"
             "Every command takes --url URL instead of NAME for a one-off endpoint. https only, with full certificate "
             "verification; plain http only to loopback.\n"
             "Custom headers (--header, --header-file) are one line of text each; Host, Content-Length,\n"
             "Transfer-Encoding, Connection and Authorization cannot be set (the bearer token comes from\n"
             "--token-file). Give secrets in files (--token-file, --header-file), never on the command line.\n"
             "remote diff exits 2 when a set is neither on the server nor in the store (a misspelt name); pull "
             "warns."),
         [](QCommandLineParser& p) {
             storeOption(p);
             p.addOption({QStringLiteral("url"), QStringLiteral("A one-off admin URL instead of NAME."),
                          QStringLiteral("URL")});
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
             p.addOption({QStringLiteral("ca"), QStringLiteral("Trust the CA certificates in FILE (PEM) too."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("client-cert"), QStringLiteral("Client certificate for mutual TLS (PEM)."),
                          QStringLiteral("FILE")});
             p.addOption(
                 {QStringLiteral("client-key"), QStringLiteral("Its private key (PEM)."), QStringLiteral("FILE")});
             p.addOption({QStringLiteral("set"), QStringLiteral("A key set to track or use (repeatable)."),
                          QStringLiteral("S")});
             p.addOption({QStringLiteral("yes"), QStringLiteral("Apply or send without asking.")});
             p.addOption({QStringLiteral("allow-empty"),
                          QStringLiteral("Allow pushing an empty set (deletes every remote key).")});
             p.addOption(
                 {QStringLiteral("alg"), QStringLiteral("Algorithm for remote generate."), QStringLiteral("ALG")});
             p.addOption({QStringLiteral("kid"), QStringLiteral("Key ID for remote generate."), QStringLiteral("KID")});
             p.addOption(
                 {QStringLiteral("use"), QStringLiteral("sig or enc for remote generate."), QStringLiteral("USE")});
             p.addOption(
                 {QStringLiteral("step"), QStringLiteral("publish, activate or retire."), QStringLiteral("STEP")});
             p.addOption({QStringLiteral("plan"),
                          QStringLiteral("remote rotate: show the remote set and what the step would do, change "
                                         "nothing.")});
             p.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 10)."),
                          QStringLiteral("SECONDS")});
         },
         runRemote});
}

} // namespace jwk::cli
