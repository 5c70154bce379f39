// jwkman-cli hydra-db check|import|reencrypt: Ory Hydra's own database (issue 17), over core/usecases/HydraDatabase.
// Exit status: 0 done; 1 the database or the backup failed (nothing changed); 2 invalid input (DSN, SECRETS_SYSTEM,
// unknown columns, unknown set, a refused --keep-newest, keys the store refused on import); 3 a row opens under none
// of the secrets (check reports it, import and reencrypt refuse); 64 usage, and reencrypt without --yes (the plan is
// printed, nothing changed).

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "hydradb/HydraDbError.h"
#include "keys/SecureBytes.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "usecases/HydraDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jwk::cli {
namespace {

constexpr int kUndecryptable = 3;

int exitCodeOf(const HydraDbError& e)
{
    switch (e.kind()) {
    case HydraDbError::Kind::Undecryptable:
        return kUndecryptable;
    case HydraDbError::Kind::Connection:
    case HydraDbError::Kind::Io:
    case HydraDbError::Kind::Verification:
        return Failure;
    case HydraDbError::Kind::InvalidInput:
    case HydraDbError::Kind::Secret:
    case HydraDbError::Kind::Schema:
        return InvalidInput;
    }
    return Failure;
}

HydraDsn dsnOf(const QCommandLineParser& p)
{
    const HydraDsn dsn = HydraDsn::resolve(p.value(QStringLiteral("dsn")));
    if (p.isSet(QStringLiteral("dsn")) && dsn.hasPassword()) {
        warn(QStringLiteral("the password in --dsn is visible to other users of this machine in the process list; "
                            "give the DSN in the environment variable DSN, or the password in PGPASSWORD or "
                            "~/.pgpass"));
    }
    if (!dsn.ignoredParameters().isEmpty()) {
        note(QStringLiteral("DSN parameter(s) ignored (not libpq's): %1")
                 .arg(dsn.ignoredParameters().join(QStringLiteral(", "))));
    }
    return dsn;
}

void warnUndecryptable(const HydraSnapshot& s)
{
    QStringList rows;
    for (const auto& r : s.rows) {
        if (r.secretIndex < 0) {
            rows << QStringLiteral("%1/%2").arg(r.set, r.row.kid);
        }
    }
    if (!rows.isEmpty()) {
        warn(QStringLiteral("%1 row(s) open under none of the secrets of SECRETS_SYSTEM: %2. Hydra fails on every set "
                            "that holds one; add the secret they were written with after the first one.")
                 .arg(rows.size())
                 .arg(rows.join(QStringLiteral(", "))));
    }
}

// The store as every command opens it (with SECRETS_SYSTEM when set: a store that shares Hydra's secrets); when that
// is not the store's secret, with the store's own secret (its file or the secret service), since SECRETS_SYSTEM holds
// Hydra's here.
std::unique_ptr<KeyStore> openImportStore(const QCommandLineParser& p)
{
    const QString path = KeyStore::resolvePath(p.value(QStringLiteral("store")));
    try {
        return KeyStore::open(path);
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::WrongSecret || !qEnvironmentVariableIsSet("SECRETS_SYSTEM")) {
            throw;
        }
    }
    QByteArray hydraSecrets = qgetenv("SECRETS_SYSTEM");
    qunsetenv("SECRETS_SYSTEM");
    std::unique_ptr<KeyStore> store;
    try {
        store = KeyStore::open(path, SystemSecret::resolve(path, false));
    } catch (const StoreError& e) {
        qputenv("SECRETS_SYSTEM", hydraSecrets);
        secureWipe(hydraSecrets.data(), std::size_t(hydraSecrets.size()));
        throw StoreError(e.kind(),
                         QStringLiteral("the store %1 opens neither with SECRETS_SYSTEM (Hydra's secrets) nor "
                                        "with a secret of its own: %2")
                             .arg(path, e.message()));
    }
    qputenv("SECRETS_SYSTEM", hydraSecrets);
    secureWipe(hydraSecrets.data(), std::size_t(hydraSecrets.size()));
    return store;
}

int runCheck(const QCommandLineParser& p)
{
    const SystemSecret secret = HydraDatabase::secretFromEnvironment();
    const HydraSnapshot s = HydraDatabase::read(dsnOf(p), secret);
    printJson(hydraCheckJson(s), p);
    warnUndecryptable(s);
    return s.undecryptableCount() > 0 ? kUndecryptable : Ok;
}

int runImportFromHydra(const QCommandLineParser& p)
{
    const SystemSecret secret = HydraDatabase::secretFromEnvironment();
    const HydraSnapshot s = HydraDatabase::read(dsnOf(p), secret);
    const auto store = openImportStore(p);
    const QList<HydraImportSet> results =
        HydraDatabase::importInto(*store, s, p.values(QStringLiteral("set")), p.value(QStringLiteral("prefix")));
    QJsonArray sets;
    bool failed = false;
    for (const auto& r : results) {
        sets.append(QJsonObject{{QStringLiteral("hydra_set"), r.hydraSet},
                                {QStringLiteral("set"), r.storeSet},
                                {QStringLiteral("imported"), QJsonArray::fromStringList(r.added)},
                                {QStringLiteral("skipped"), QJsonArray::fromStringList(r.skipped)},
                                {QStringLiteral("failed"), QJsonArray::fromStringList(r.failed)},
                                {QStringLiteral("hydra_signer"), r.hydraSigner},
                                {QStringLiteral("signer"), r.storeSigner}});
        failed = failed || !r.failed.isEmpty();
        if (r.storeSigner != r.hydraSigner) {
            warn(QStringLiteral("set %1 signs with %2 in the store, while Hydra signs with %3")
                     .arg(r.storeSet, r.storeSigner.isEmpty() ? QStringLiteral("no key") : r.storeSigner,
                          r.hydraSigner.isEmpty() ? QStringLiteral("no key") : r.hydraSigner));
        }
    }
    printJson(QJsonObject{{QStringLiteral("database"), s.database}, {QStringLiteral("sets"), sets}}, p);
    return failed ? InvalidInput : Ok;
}

int runReencrypt(const QCommandLineParser& p)
{
    std::optional<int> keepNewest;
    if (p.isSet(QStringLiteral("keep-newest"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("keep-newest")).toInt(&ok);
        if (!ok || n < 1) {
            inputError(QStringLiteral("--keep-newest takes a whole number of keys, at least 1"));
        }
        keepNewest = n;
    }
    const HydraDsn dsn = dsnOf(p);
    const SystemSecret secret = HydraDatabase::secretFromEnvironment();
    note(QStringLiteral("Hydra must be stopped while its keys are re-encrypted: a running Hydra writes new keys under "
                        "the secrets it started with, and that cannot be detected reliably from the database."));
    const QString backupFolder =
        HydraDatabase::defaultBackupFolder(KeyStore::resolvePath(p.value(QStringLiteral("store"))));
    if (!p.isSet(QStringLiteral("yes"))) {
        const HydraSnapshot s = HydraDatabase::read(dsn, secret);
        const HydraReencryptPlan plan = HydraDatabase::plan(s, keepNewest);
        QJsonObject o = plan.toJson();
        o.insert(QStringLiteral("database"), s.database);
        o.insert(QStringLiteral("backup_folder"), backupFolder);
        o.insert(QStringLiteral("applied"), false);
        printJson(o, p);
        warnUndecryptable(s);
        if (!plan.undecryptable.isEmpty()) {
            return kUndecryptable;
        }
        for (const QString& r : plan.refusals) {
            warn(r);
        }
        if (!plan.refusals.isEmpty()) {
            return InvalidInput;
        }
        usageError(QStringLiteral("nothing was changed: this is the plan; stop Hydra and apply it with --yes"));
    }
    const HydraReencryptResult r = HydraDatabase::reencrypt(dsn, secret, keepNewest, backupFolder);
    QJsonObject o = r.plan.toJson();
    o.insert(QStringLiteral("database"), dsn.describe());
    o.insert(QStringLiteral("backup"), r.backupPath);
    o.insert(QStringLiteral("verified"), r.verified);
    o.insert(QStringLiteral("applied"), true);
    printJson(o, p);
    note(QStringLiteral("backup of the %1 row(s) as they were (keydata still encrypted, as in the database: keep it as "
                        "safe, and with the same SECRETS_SYSTEM): %2")
             .arg(r.plan.rows)
             .arg(r.backupPath));
    note(QStringLiteral("every row now opens under the first secret of SECRETS_SYSTEM; once Hydra runs with it, the "
                        "older secrets can be removed from SECRETS_SYSTEM (Hydra also uses them for other data: see "
                        "Hydra's documentation before dropping them)."));
    return Ok;
}

} // namespace

void hydraDbOptions(QCommandLineParser& p)
{
    storeOption(p); // import's store; reencrypt's backups go beside it
    p.addOption({QStringLiteral("dsn"), QStringLiteral("Hydra's DSN (default: the environment variable DSN)."),
                 QStringLiteral("DSN")});
    p.addOption(
        {QStringLiteral("set"), QStringLiteral("import: only this Hydra set (repeatable)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("prefix"), QStringLiteral("import: put each set into the store as P + its name."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("keep-newest"),
                 QStringLiteral("reencrypt: drop all but the N newest keys of each set (they stay in the backup)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("yes"), QStringLiteral("reencrypt: apply (without it, print the plan).")});
}

int runHydraDb(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    const QString sub = args.value(0);
    if (args.size() != 1 ||
        (sub != QStringLiteral("check") && sub != QStringLiteral("import") && sub != QStringLiteral("reencrypt"))) {
        usageErrorFor(QStringLiteral("hydra-db"));
    }
    const bool importOptions = p.isSet(QStringLiteral("set")) || p.isSet(QStringLiteral("prefix"));
    const bool reencryptOptions = p.isSet(QStringLiteral("keep-newest")) || p.isSet(QStringLiteral("yes"));
    if ((importOptions && sub != QStringLiteral("import")) ||
        (reencryptOptions && sub != QStringLiteral("reencrypt"))) {
        usageError(QStringLiteral("hydra-db %1 does not take %2 (see jwkman-cli help hydra-db)")
                       .arg(sub, importOptions ? QStringLiteral("--set or --prefix")
                                               : QStringLiteral("--keep-newest or --yes")));
    }
    try {
        if (sub == QStringLiteral("check")) {
            return runCheck(p);
        }
        if (sub == QStringLiteral("import")) {
            return runImportFromHydra(p);
        }
        return runReencrypt(p);
    } catch (const HydraDbError& e) {
        throw CliExit{exitCodeOf(e), e.message()};
    }
}

} // namespace jwk::cli
