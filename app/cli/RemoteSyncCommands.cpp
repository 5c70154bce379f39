// jwkman-cli remote pull, diff, push, generate, delete and rotate: argument checks and output over RemoteSync.

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "RemoteTarget.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"
#include "usecases/RemotePlans.h"
#include "usecases/RotationDue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {
namespace {

// A set's difference, printed as it is written: the kids of 100,000 changes are never one QJsonValue tree (issue #18).
// Its members in the order printJson prints an object's (by name).
void printDiff(JsonPrinter& out, const SetDiff& diff)
{
    const auto kidsOf = [&](auto take) {
        out.beginArray();
        for (const auto& c : diff.changes) {
            if (take(c)) {
                out.value(c.kid);
            }
        }
        out.end();
    };
    const auto ofKind = [](KeyChange::Kind kind) { return [kind](const KeyChange& c) { return c.kind == kind; }; };
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    out.beginObject();
    out.member(QStringLiteral("added"));
    kidsOf(ofKind(KeyChange::Kind::Added));
    out.member(QStringLiteral("changed"));
    kidsOf(ofKind(KeyChange::Kind::Changed));
    // Each key that differs by kid and RFC 7638 thumbprint on both sides.
    out.member(QStringLiteral("changes"));
    out.beginArray();
    for (const auto& c : diff.changes) {
        if (c.kind != KeyChange::Kind::Unchanged) {
            out.value(QJsonObject{{QStringLiteral("kid"), c.kid},
                                  {QStringLiteral("change"), keyChangeName(c.kind)},
                                  {QStringLiteral("local_thumbprint"), orNull(c.localThumbprint)},
                                  {QStringLiteral("remote_thumbprint"), orNull(c.remoteThumbprint)},
                                  {QStringLiteral("local_private"), c.localPrivate},
                                  {QStringLiteral("remote_private"), c.remotePrivate}});
        }
    }
    out.end();
    out.member(QStringLiteral("kept_local_private"));
    kidsOf([](const KeyChange& c) { return c.keptLocalPrivate; });
    out.member(QStringLiteral("local_missing"), diff.localMissing);
    out.member(QStringLiteral("remote_missing"), diff.remoteMissing);
    out.member(QStringLiteral("removed"));
    kidsOf(ofKind(KeyChange::Kind::Removed));
    out.member(QStringLiteral("set"), diff.setName);
    out.member(QStringLiteral("signing_key"), QJsonObject{{QStringLiteral("local"), orNull(diff.localSigner)},
                                                          {QStringLiteral("remote"), orNull(diff.remoteSigner)}});
    out.member(QStringLiteral("skipped_invalid"), QJsonArray::fromStringList(diff.invalidRemote));
    out.member(QStringLiteral("unchanged"), diff.count(KeyChange::Kind::Unchanged));
    out.end();
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

int pullOrDiff(const QCommandLineParser& p, KeyStore& store, const QString& sub)
{
    const Target t = resolveTarget(p, store, QStringLiteral("remote ") + sub, 0, 0);
    HydraAdminClient client(t.profile);
    RemoteSync sync(client, store, t.profile.name);
    PullPlan plan = planPull(sync, t.profile.trackedSets);
    // A set neither side has is most likely a misspelt name: never a silent success. diff fails (a script
    // comparing sets must not read "no difference"); pull has nothing to apply for it and says so.
    const QString nowhereMessage =
        QStringLiteral("%1 %2: on neither %3 (HTTP 404) nor in the store; check the name (--set, or the sets the "
                       "remote tracks)")
            .arg(plan.nowhere.size() == 1 ? QStringLiteral("key set") : QStringLiteral("key sets"),
                 plan.nowhere.join(QStringLiteral(", ")), t.profile.name);
    if (!plan.nowhere.isEmpty() && sub == QStringLiteral("diff")) {
        inputError(nowhereMessage);
    }
    const bool apply = sub == QStringLiteral("pull") && p.isSet(QStringLiteral("yes"));
    if (apply) {
        sync.applyPull(plan.diffs);
    }
    // What is printed needs the keys' kids and thumbprints only (in the changes): the keys themselves, private ones
    // among them, are let go of before the report is built (100,000 keys: 77 MB, issue #18).
    for (auto& d : plan.diffs) {
        d.remoteKeys.clear();
    }
    for (const auto& w : plan.warnings) {
        warn(w);
    }
    JsonPrinter out(p);
    out.beginObject();
    out.member(QStringLiteral("applied"), apply);
    out.member(QStringLiteral("remote"), t.profile.name);
    out.member(QStringLiteral("sets"));
    out.beginArray();
    for (const auto& d : plan.diffs) {
        printDiff(out, d);
    }
    out.end();
    out.end();
    out.finish();
    if (!plan.nowhere.isEmpty()) {
        warn(nowhereMessage);
    }
    if (sub == QStringLiteral("pull") && !apply) {
        warn(QStringLiteral("nothing applied: run again with --yes to apply this difference"));
    }
    return Ok;
}

} // namespace

int runRemotePull(const QCommandLineParser& p, KeyStore& store)
{
    return pullOrDiff(p, store, QStringLiteral("pull"));
}

int runRemoteDiff(const QCommandLineParser& p, KeyStore& store)
{
    return pullOrDiff(p, store, QStringLiteral("diff"));
}

int runRemotePush(const QCommandLineParser& p, KeyStore& store)
{
    const Target t = resolveTarget(p, store, QStringLiteral("remote push"), 1, 2);
    HydraAdminClient client(t.profile);
    RemoteSync sync(client, store, t.profile.name);
    const QString set = t.args[0];
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (t.args.size() == 2) {
        const PushKeyPlan plan = planPushKey(store, set, t.args[1]);
        for (const auto& w : plan.warnings) {
            warn(w);
        }
        const QJsonObject out{{QStringLiteral("set"), set},
                              {QStringLiteral("kid"), plan.key.kid()},
                              {QStringLiteral("becomes_newest"), true},
                              {QStringLiteral("becomes_signing_key"), plan.becomesSigner},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                              {QStringLiteral("sent"), yes}};
        if (!yes) {
            printJson(out, p);
            warn(QStringLiteral("nothing sent: %1 would become the newest key of %2%3; confirm with --yes")
                     .arg(plan.key.kid(), set,
                          plan.becomesSigner ? QStringLiteral(" and the key Hydra signs with") : QString()));
            return Ok;
        }
        sync.pushKey(set, plan.key.kid());
        printJson(out, p);
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
        printJson(out, p);
        warn(QStringLiteral("nothing sent: this replaces the whole remote set%1; confirm with --yes")
                 .arg(plan.remoteDeletions.isEmpty()
                          ? QString()
                          : QStringLiteral(" and deletes %1 remote key(s)").arg(plan.remoteDeletions.size())));
        return Ok;
    }
    sync.pushSet(plan, p.isSet(QStringLiteral("allow-empty")));
    printJson(out, p);
    return Ok;
}

int runRemoteGenerate(const QCommandLineParser& p, KeyStore& store)
{
    const Target t = resolveTarget(p, store, QStringLiteral("remote generate"), 1, 1);
    if (!p.isSet(QStringLiteral("alg"))) {
        usageError(QStringLiteral("remote generate needs --alg ALG (RS256, RS384, RS512, PS256, PS384, PS512, "
                                  "ES256, ES384, ES512 or EdDSA)"));
    }
    const QString use = p.value(QStringLiteral("use"));
    if (!use.isEmpty() && use != QStringLiteral("sig") && use != QStringLiteral("enc")) {
        usageError(QStringLiteral("--use takes sig or enc"));
    }
    HydraAdminClient client(t.profile);
    RemoteSync sync(client, store, t.profile.name);
    const JsonWebKey key =
        sync.generateRemote(t.args[0], p.value(QStringLiteral("alg")), p.value(QStringLiteral("kid")), use);
    SecureBytes json = key.hasPublicForm()
                           ? key.publicKey().toJson(false, compact(p) ? JsonFormat::Compact : JsonFormat::Indented)
                           : key.toJson(false);
    json.append('\n');
    writeOut(json);
    return Ok;
}

int runRemoteDelete(const QCommandLineParser& p, KeyStore& store)
{
    const Target t = resolveTarget(p, store, QStringLiteral("remote delete"), 1, 2);
    if (!p.isSet(QStringLiteral("yes"))) {
        usageError(QStringLiteral("remote delete removes keys from the server for good: confirm with --yes"));
    }
    HydraAdminClient client(t.profile);
    RemoteSync sync(client, store, t.profile.name);
    sync.deleteRemote(t.args[0], t.args.value(1));
    printJson(QJsonObject{{QStringLiteral("deleted"), t.args.join(QLatin1Char('/'))},
                          {QStringLiteral("remote"), t.profile.name}},
              p);
    return Ok;
}

int runRemoteRotate(const QCommandLineParser& p, KeyStore& store)
{
    const Target t = resolveTarget(p, store, QStringLiteral("remote rotate"), 1, 1);
    const QString step = p.value(QStringLiteral("step"));
    HydraAdminClient client(t.profile);
    RemoteSync sync(client, store, t.profile.name);
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
    // An activation earlier than the set's overlap: --yes allows it, a terminal is asked, anything else refuses.
    std::optional<EarlyActivation> refusedEarly;
    sync.setEarlyActivationConfirm([&](const EarlyActivation& early) {
        warn(early.text());
        if (planOnly) {
            return true; // --plan changes nothing: it shows the step as it would go
        }
        if (p.isSet(QStringLiteral("yes")) || askYesNo(QStringLiteral("Activate %1 now anyway?").arg(early.newKid))) {
            return true;
        }
        refusedEarly = early;
        return false;
    });
    const std::optional<RotationStep> rotationStep = rotationStepFromName(step);
    if (!rotationStep) {
        usageError(QStringLiteral("--step takes publish, activate or retire"));
    }
    RemoteSync::RotationReport report;
    try {
        report = sync.rotate(*rotationStep, t.args[0]);
    } catch (const StoreError& e) {
        if (refusedEarly && e.kind() == StoreError::Kind::Cancelled) {
            inputError(QStringLiteral("not activated: %1 is too early for the overlap of %2's rotation policy. Nothing "
                                      "was pushed. Run it again after %3, or now with --yes to activate anyway.")
                           .arg(refusedEarly->newKid, refusedEarly->setName, isoUtc(refusedEarly->earliest)));
        }
        if (!(planOnly && e.kind() == StoreError::Kind::Cancelled)) {
            throw;
        }
        printJson(planned, p);
        return Ok;
    }
    printJson(QJsonObject{{QStringLiteral("set"), t.args[0]},
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

} // namespace jwk::cli
