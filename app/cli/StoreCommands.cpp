// jwkman-cli commands on the encrypted key store: sets, keys, add-set, generate --set, import, export, delete,
// trash, restore, empty-trash, rotate-secret, secret-location, hydra-defaults.

#include "CliContext.h"
#include "keys/JsonWebKeySet.h"
#include "keys/KeyFileWriter.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "store/HydraDefaults.h"
#include "store/KeyStore.h"
#include "text/TextEscape.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace jwk::cli {

void storeOption(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("store"),
                 QStringLiteral("The store (default: $JWKMAN_STORE, else %1).").arg(KeyStore::defaultPath()),
                 QStringLiteral("PATH")});
}

std::unique_ptr<KeyStore> openStore(const QCommandLineParser& p)
{
    return KeyStore::open(KeyStore::resolvePath(p.value(QStringLiteral("store"))));
}

namespace {

void printJsonValue(const QJsonValue& value, const QCommandLineParser& p)
{
    QByteArray out = toJsonBytes(value, compact(p) ? JsonFormat::Compact : JsonFormat::Indented);
    out.append('\n');
    writeOut(out);
}

QStringList positional(const QCommandLineParser& p, int min, int max, const QString& usage)
{
    const QStringList args = p.positionalArguments();
    if (args.size() < min || args.size() > max) {
        usageError(QStringLiteral("usage: jwkman-cli %1").arg(usage));
    }
    return args;
}

int runSets(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("sets"));
    const auto store = openStore(p);
    QJsonArray sets;
    for (const auto& s : store->keySets()) {
        sets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("keys"), s.keyCount},
                                {QStringLiteral("signing_kid"), s.signingKid.isEmpty() ? QJsonValue() : s.signingKid},
                                {QStringLiteral("description"), s.description}});
    }
    printJsonValue(sets, p);
    return Ok;
}

int runKeys(const QCommandLineParser& p)
{
    const QString set = positional(p, 1, 1, QStringLiteral("keys SET")).first();
    const auto store = openStore(p);
    QJsonArray keys;
    QStringList tampered;
    for (const auto& k : store->keys(set)) {
        if (k.role == KeyRole::Tampered) {
            tampered << k.kid;
        }
        QJsonObject o{{QStringLiteral("kid"), k.kid},
                      {QStringLiteral("kty"), k.kty},
                      {QStringLiteral("type"), k.typeDescription()},
                      {QStringLiteral("alg"), k.alg},
                      {QStringLiteral("use"), k.use},
                      {QStringLiteral("thumbprint"), k.thumbprint},
                      {QStringLiteral("role"), keyRoleName(k.role)},
                      {QStringLiteral("created"), k.created.toString(Qt::ISODate)}};
        keys.append(o);
    }
    printJsonValue(keys, p);
    if (!tampered.isEmpty()) {
        warn(QStringLiteral("%1 key(s) of %2 were changed in the store file without the system secret and are not "
                            "used (%3): restore the store from a backup, or delete them and import them again")
                 .arg(tampered.size())
                 .arg(set, tampered.join(QStringLiteral(", "))));
        return Failure;
    }
    return Ok;
}

int runAddSet(const QCommandLineParser& p)
{
    const QString set = positional(p, 1, 1, QStringLiteral("add-set SET")).first();
    const auto store = openStore(p);
    store->createKeySet(set, p.value(QStringLiteral("description")));
    printJsonValue(QJsonObject{{QStringLiteral("created"), set}}, p);
    return Ok;
}

int runImport(const QCommandLineParser& p)
{
    const QStringList files = p.positionalArguments();
    if (!p.isSet(QStringLiteral("set"))) {
        usageError(QStringLiteral("import needs --set SET"));
    }
    if (files.isEmpty()) {
        usageError(QStringLiteral("import needs at least one FILE (or - for standard input)"));
    }
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    QList<JsonWebKey> keys;
    QStringList failures;
    for (const auto& file : files) {
        const ImportResult result = importFile(file, &passphrases);
        for (const auto& k : result.keys) {
            keys << k.key;
        }
        for (const auto& f : result.failures) {
            failures << QStringLiteral("%1: %2").arg(f.origin, f.reason);
        }
        for (const auto& w : result.warnings) {
            warn(w);
        }
    }
    const auto store = openStore(p);
    AddKeysResult added;
    if (!keys.isEmpty()) {
        added = store->addKeys(p.value(QStringLiteral("set")), keys, KeyStore::Audit::Imported);
    }
    failures << added.failed;
    QJsonObject summary{{QStringLiteral("imported"), static_cast<int>(added.added.size())},
                        {QStringLiteral("skipped"), static_cast<int>(added.skipped.size())},
                        {QStringLiteral("failed"), static_cast<int>(failures.size())}};
    if (!added.skipped.isEmpty()) {
        summary.insert(QStringLiteral("skipped_keys"), QJsonArray::fromStringList(added.skipped));
    }
    if (!failures.isEmpty()) {
        summary.insert(QStringLiteral("failures"), QJsonArray::fromStringList(failures));
    }
    printJsonValue(summary, p);
    if (!failures.isEmpty()) {
        inputError(QStringLiteral("%1 of the inputs could not be imported: %2")
                       .arg(failures.size())
                       .arg(failures.join(QStringLiteral("; "))));
    }
    return Ok;
}

int runExport(const QCommandLineParser& p)
{
    const QString set = positional(p, 1, 1, QStringLiteral("export SET [--private] [--out FILE]")).first();
    const bool withPrivate = p.isSet(QStringLiteral("private"));
    const auto store = openStore(p);
    const QList<JsonWebKey> keys = store->loadKeys(set, withPrivate);
    if (!withPrivate) {
        const int octKeys = static_cast<int>(store->keys(set).size() - keys.size());
        if (octKeys > 0) {
            warn(QStringLiteral("%1 oct key(s) left out: symmetric keys have no public form").arg(octKeys));
        }
    }
    SecureBytes json = JsonWebKeySet(keys).toJson(withPrivate, compact(p) ? JsonFormat::Compact : JsonFormat::Indented);
    json.append('\n');
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        writeOut(json);
    } else {
        if (const QString error = writeKeyFile(out, json, withPrivate); !error.isEmpty()) {
            throw CliExit{Failure, error};
        }
    }
    if (withPrivate) {
        for (const auto& key : keys) {
            store->audit(KeyStore::Audit::ExportedPrivate, set, key.kid(),
                         out.isEmpty() ? QStringLiteral("to standard output") : QStringLiteral("to %1").arg(out));
        }
    }
    return Ok;
}

int runDelete(const QCommandLineParser& p)
{
    const QStringList args = positional(p, 1, 2, QStringLiteral("delete SET [KID]"));
    const auto store = openStore(p);
    if (args.size() == 2) {
        store->deleteKey(args[0], args[1]);
        printJsonValue(QJsonObject{{QStringLiteral("trashed"), QStringLiteral("%1/%2").arg(args[0], args[1])}}, p);
    } else {
        store->deleteKeySet(args[0]);
        printJsonValue(QJsonObject{{QStringLiteral("trashed"), args[0]}}, p);
    }
    return Ok;
}

int runTrash(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("trash"));
    const auto store = openStore(p);
    QJsonArray entries;
    for (const auto& e : store->trash()) {
        QJsonObject o{{QStringLiteral("set"), e.setName}, {QStringLiteral("deleted"), e.deleted.toString(Qt::ISODate)}};
        if (e.kid.isEmpty()) {
            o.insert(QStringLiteral("keys"), e.keyCount);
        } else {
            o.insert(QStringLiteral("kid"), e.kid);
        }
        entries.append(o);
    }
    printJsonValue(entries, p);
    return Ok;
}

int runRestore(const QCommandLineParser& p)
{
    const QStringList args = positional(p, 1, 2, QStringLiteral("restore SET [KID]"));
    const auto store = openStore(p);
    if (args.size() == 2) {
        store->restoreKey(args[0], args[1]);
    } else {
        store->restoreKeySet(args[0]);
    }
    printJsonValue(QJsonObject{{QStringLiteral("restored"), args.join(QLatin1Char('/'))}}, p);
    return Ok;
}

int runEmptyTrash(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("empty-trash"));
    const auto store = openStore(p);
    const int purged = store->emptyTrash();
    printJsonValue(QJsonObject{{QStringLiteral("purged_keys"), purged}}, p);
    return Ok;
}

int runRotateSecret(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("rotate-secret"));
    const auto store = openStore(p);
    const RotationResult r = store->rotateSecret();
    QJsonObject o{{QStringLiteral("reencrypted"), r.reencrypted},
                  {QStringLiteral("already_current"), r.alreadyCurrent},
                  {QStringLiteral("undecryptable"), QJsonArray::fromStringList(r.undecryptable)}};
    printJsonValue(o, p);
    if (!r.undecryptable.isEmpty()) {
        warn(QStringLiteral("%1 key(s) could not be decrypted with any configured secret and were left as they were: "
                            "%2")
                 .arg(r.undecryptable.size())
                 .arg(r.undecryptable.join(QStringLiteral(", "))));
    }
    return Ok;
}

int runSecretLocation(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("secret-location [--show-secret]"));
    const auto store = openStore(p);
    QString out = QStringLiteral("store:  %1\nsecret: %2\n").arg(store->path(), store->secret().locationDescription());
    writeOut(out);
    if (p.isSet(QStringLiteral("show-secret"))) {
        std::fputs("jwkman-cli: printing the system secret for backup; keep it as safe as the keys it protects\n",
                   stderr);
        SecureBytes secret;
        secret.append(store->secret().secrets().first());
        secret.append('\n');
        writeOut(secret);
    }
    return Ok;
}

int runHydraDefaults(const QCommandLineParser& p)
{
    positional(p, 0, 0, QStringLiteral("hydra-defaults"));
    const auto store = openStore(p);
    const QStringList missing = HydraDefaults::missingSets(*store);
    QJsonArray created;
    if (!missing.isEmpty()) {
        HydraDefaults job;
        QString error;
        bool cancelled = false;
        QList<HydraDefaultKey> keys;
        QObject::connect(&job, &HydraDefaults::progress, [](int done, int total, const QString& what) {
            std::fprintf(stderr, "jwkman-cli: [%d/%d] %s\n", done, total,
                         escapeControlCharacters(what).toUtf8().constData());
        });
        QObject::connect(&job, &HydraDefaults::finished, [&](const QList<HydraDefaultKey>& result) {
            keys = result;
            QCoreApplication::exit(0);
        });
        QObject::connect(&job, &HydraDefaults::failed, [&](const QString& message, bool wasCancelled) {
            error = message;
            cancelled = wasCancelled;
            QCoreApplication::exit(1);
        });
        job.start(missing);
        QCoreApplication::exec();
        if (!error.isEmpty()) {
            throw CliExit{Failure, error};
        }
        for (const auto& name : HydraDefaults::store(*store, keys)) {
            created.append(name);
        }
    }
    QJsonArray present;
    for (const auto& name : HydraDefaults::setNames()) {
        if (!missing.contains(name)) {
            present.append(name);
        }
    }
    printJsonValue(QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("already_present"), present}}, p);
    return Ok;
}

} // namespace

void registerStoreCommands()
{
    auto& list = commands();
    auto simple = [&](const char* name, const char* synopsis, const char* description,
                      std::function<void(QCommandLineParser&)> extra,
                      std::function<int(const QCommandLineParser&)> run) {
        list.append({QString::fromLatin1(name), QString::fromLatin1(synopsis), QString::fromUtf8(description),
                     [extra](QCommandLineParser& p) {
                         storeOption(p);
                         if (extra) {
                             extra(p);
                         }
                     },
                     run});
    };
    simple("sets", "sets [--store PATH]", "List the key sets: name, key count and the kid of the signing key.", {},
           runSets);
    simple("keys", "keys SET [--store PATH]",
           "List the keys of a set, newest first: kid, kty, alg, use, thumbprint and role (signing: the newest "
           "private key, the one Hydra signs with; public only; cannot decrypt).",
           {}, runKeys);
    simple(
        "add-set", "add-set SET [--description TEXT] [--store PATH]", "Create an empty key set.",
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("description"), QStringLiteral("A description."), QStringLiteral("TEXT")});
        },
        runAddSet);
    simple(
        "import", "import --set SET [--passphrase-file F] FILE... [--store PATH]",
        "Import keys from JWK, JWK Set, PEM or DER files into a set (created when missing). Keys already in the "
        "set (same thumbprint) are skipped; a key without kid gets its thumbprint. The first key listed becomes "
        "the newest. Prints the imported, skipped and failed counts; exit 2 when any failed.",
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("set"), QStringLiteral("The key set."), QStringLiteral("SET")});
            p.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Passphrase for encrypted input."),
                         QStringLiteral("FILE")});
        },
        runImport);
    simple(
        "export", "export SET [--private] [--out FILE] [--store PATH]",
        "Write a set as a JWK Set, newest first: public keys by default; --private includes private keys (the "
        "file is written atomically with mode 0600, and the export is audited).",
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("private"), QStringLiteral("Include private key material.")});
            p.addOption({QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."),
                         QStringLiteral("FILE")});
        },
        runExport);
    simple("delete", "delete SET [KID] [--store PATH]", "Move a key, or a whole set, to the trash.", {}, runDelete);
    simple("trash", "trash [--store PATH]", "List what is in the trash.", {}, runTrash);
    simple("restore", "restore SET [KID] [--store PATH]", "Restore a key or a set from the trash.", {}, runRestore);
    simple("empty-trash", "empty-trash [--store PATH]", "Delete what is in the trash for good.", {}, runEmptyTrash);
    simple("rotate-secret", "rotate-secret [--store PATH]",
           "Re-encrypt every key under the first secret of SECRETS_SYSTEM (e.g. SECRETS_SYSTEM=new,old), in one "
           "transaction, and report how many rows moved.",
           {}, runRotateSecret);
    simple(
        "secret-location", "secret-location [--show-secret] [--store PATH]",
        "Say where the store's system secret lives; --show-secret also prints it, for a backup.",
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("show-secret"), QStringLiteral("Print the secret (for a backup).")});
        },
        runSecretLocation);
    simple("hydra-defaults", "hydra-defaults [--store PATH]",
           "Create Ory Hydra's key sets where missing: hydra.openid.id-token and hydra.jwt.access-token (RS256, RSA "
           "4096, use sig, UUIDv4 kid) and hydra.https-tls (RSA 4096 with a self-signed certificate for localhost "
           "and 127.0.0.1).",
           {}, runHydraDefaults);
}

} // namespace jwk::cli
