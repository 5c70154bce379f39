// jwkman-cli commands on the key sets of the store: sets, keys, add-set, import, export, hydra-defaults.

#include "CliContext.h"
#include "Commands.h"
#include "keys/KeyFileWriter.h"
#include "keys/KeyImporter.h"
#include "store/KeyStore.h"
#include "text/IsoTime.h"
#include "text/TextEscape.h"
#include "usecases/HydraDefaults.h"
#include "usecases/KeyExport.h"
#include "usecases/KeyImport.h"
#include "usecases/RotationDue.h"
#include "usecases/SignerChange.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace jwk::cli {

int runSets(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("sets"), 0, 0);
    const auto store = openStore(p);
    QJsonArray sets;
    for (const auto& s : store->keySets()) {
        sets.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("keys"), s.keyCount},
                                {QStringLiteral("signing_kid"), s.signingKid.isEmpty() ? QJsonValue() : s.signingKid},
                                {QStringLiteral("description"), s.description}});
    }
    printJson(sets, p);
    return Ok;
}

int runKeys(const QCommandLineParser& p)
{
    const QString set = positionalArguments(p, QStringLiteral("keys"), 1, 1).first();
    const auto store = openStore(p);
    QStringList tampered;
    const QList<KeyInfo> keys = store->keys(set);
    // Printed as it is written, key by key: 100,000 keys are never one JSON document in memory.
    JsonPrinter out(p);
    out.beginArray();
    for (const auto& k : keys) {
        if (k.role == KeyRole::Tampered) {
            tampered << k.kid;
        }
        out.valueWith([&](SecureBytes& buffer, JsonFormat format, int indent) {
            writeObjectMembers(buffer,
                               // In the order they are written (JsonWriter's): nothing to sort for each key.
                               {{QStringLiteral("kty"), k.kty},
                                {QStringLiteral("use"), k.use},
                                {QStringLiteral("alg"), k.alg},
                                {QStringLiteral("kid"), k.kid},
                                {QStringLiteral("created"), isoDateTimeText(k.created)},
                                {QStringLiteral("role"), keyRoleName(k.role)},
                                {QStringLiteral("thumbprint"), k.thumbprint},
                                {QStringLiteral("type"), k.typeDescription()}},
                               format, indent);
        });
    }
    out.end();
    out.finish();
    if (!tampered.isEmpty()) {
        warn(QStringLiteral("%1 key(s) of %2 were changed in the store file without the system secret and are not "
                            "used (%3): restore the store from a backup, or delete them and import them again")
                 .arg(tampered.size())
                 .arg(set, tampered.join(QStringLiteral(", "))));
        return Failure;
    }
    return Ok;
}

void addSetOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("description"), QStringLiteral("A description."), QStringLiteral("TEXT")});
}

int runAddSet(const QCommandLineParser& p)
{
    const QString set = positionalArguments(p, QStringLiteral("add-set"), 1, 1).first();
    const auto store = openStore(p);
    store->createKeySet(set, p.value(QStringLiteral("description")));
    if (const QString caveat = KeyStore::setNameWarning(set); !caveat.isEmpty()) {
        warn(caveat);
    }
    printJson(QJsonObject{{QStringLiteral("created"), set}}, p);
    return Ok;
}

void importOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("set"), QStringLiteral("The key set."), QStringLiteral("SET")});
    p.addOption(
        {QStringLiteral("passphrase-file"), QStringLiteral("Passphrase for encrypted input."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("keep-signer"),
                 QStringLiteral("Add the keys below the set's signing key, so that it keeps signing.")});
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
    KeyImportRequest request;
    for (const auto& file : files) {
        request.sources << ImportSource{file, {}, {}};
    }
    request.setName = p.value(QStringLiteral("set"));
    request.placement = p.isSet(QStringLiteral("keep-signer")) ? KeyPlacement::BelowSigner : KeyPlacement::Newest;
    request.passphrases = &passphrases;
    const auto store = openStore(p);
    const KeyImportOutcome outcome = importIntoSet(*store, request);
    QStringList failures;
    for (const auto& result : outcome.results) {
        for (const auto& f : result.failures) {
            // As convert says it: an encrypted input (PEM, JWE, PKCS#12) skipped for want of a passphrase.
            failures << QStringLiteral("%1: %2%3")
                            .arg(f.origin, f.reason,
                                 f.skipped ? QStringLiteral(" (give it with --passphrase-file FILE)") : QString());
        }
        for (const auto& w : result.warnings) {
            warn(w);
        }
    }
    const AddKeysResult& added = outcome.added;
    failures << added.failed;
    const SignerChange& signer = outcome.signer;
    // A new signer in a set that had none is what an import into a new set does: said only when it cannot sign well.
    if (signer.changes() && (signer.before || (signer.after && !signer.after->problem().isEmpty()))) {
        warn(signer.before
                 ? QStringLiteral("%1 (--keep-signer keeps %2 signing.)").arg(signer.text(), signer.before->kid)
                 : signer.text());
    }
    QJsonObject summary{{QStringLiteral("imported"), static_cast<int>(added.added.size())},
                        {QStringLiteral("skipped"), static_cast<int>(added.skipped.size())},
                        {QStringLiteral("failed"), static_cast<int>(failures.size())},
                        {QStringLiteral("signer"), signer.after ? QJsonValue(signer.after->kid) : QJsonValue()},
                        {QStringLiteral("signer_changed"), signer.changes()}};
    if (!added.skipped.isEmpty()) {
        summary.insert(QStringLiteral("skipped_keys"), QJsonArray::fromStringList(added.skipped));
    }
    if (!failures.isEmpty()) {
        summary.insert(QStringLiteral("failures"), QJsonArray::fromStringList(failures));
    }
    printJson(summary, p);
    if (!failures.isEmpty()) {
        inputError(QStringLiteral("%1 of the inputs could not be imported: %2")
                       .arg(failures.size())
                       .arg(failures.join(QStringLiteral("; "))));
    }
    return Ok;
}

void exportOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("private"), QStringLiteral("Include private key material.")});
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE")});
}

int runExport(const QCommandLineParser& p)
{
    const QString set = positionalArguments(p, QStringLiteral("export"), 1, 1).first();
    const bool withPrivate = p.isSet(QStringLiteral("private"));
    const auto store = openStore(p);
    const ExportResult result =
        exportKeys(*store, KeySelection::wholeSet(set), withPrivate ? KeyFormat::JwksPrivate : KeyFormat::JwksPublic,
                   {jsonFormat(p), nullptr});
    for (const auto& w : result.warnings) {
        warn(w);
    }
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        writeOut(result.bytes);
    } else if (const QString error = writeKeyFile(out, result.bytes, withPrivate); !error.isEmpty()) {
        throw CliExit{Failure, error};
    }
    // Audited once written: what left the store, and where to.
    recordExport(*store, result, out.isEmpty() ? QStringLiteral("standard output") : out);
    return Ok;
}

int runHydraDefaults(const QCommandLineParser& p)
{
    positionalArguments(p, QStringLiteral("hydra-defaults"), 0, 0);
    const auto store = openStore(p);
    HydraDefaultsResult result;
    try {
        result = HydraDefaults::create(*store, [](int done, int total, const QString& what) {
            std::fprintf(stderr, "jwkman-cli: [%d/%d] %s\n", done, total,
                         escapeControlCharacters(what).toUtf8().constData());
        });
    } catch (const JwkError& e) {
        throw CliExit{Failure, e.message()}; // the generation failed: not the input's fault
    }
    // A suggestion only: a policy is a decision of whoever runs the deployment (jwkman-cli policy).
    QJsonArray suggestions;
    for (const auto& name : HydraDefaults::setNames()) {
        if (const auto policy = suggestedPolicy(name)) {
            suggestions.append(policyJson(name, policy));
        }
    }
    printJson(QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(result.created)},
                          {QStringLiteral("already_present"), QJsonArray::fromStringList(result.alreadyPresent)},
                          {QStringLiteral("suggested_policies"), suggestions}},
              p);
    return Ok;
}

} // namespace jwk::cli
