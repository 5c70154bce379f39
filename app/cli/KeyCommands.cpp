// jwkman-cli commands that work on keys alone: generate, public, thumbprint, convert, inspect (and generate --set,
// which stores the key it made).

#include "CliContext.h"
#include "Commands.h"
#include "keys/Algorithms.h"
#include "keys/Certificate.h"
#include "keys/JsonWebKeySet.h"
#include "keys/KeyFileWriter.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/KeyLint.h"
#include "text/TextEscape.h"
#ifndef JWKMAN_CLI_KEYS_ONLY
#include "store/KeyStore.h"
#include "usecases/KeyGeneration.h"
#endif

#include <QJsonObject>

#include <unistd.h>

namespace jwk::cli {
namespace {

QString inputArgument(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        usageError(QStringLiteral("expected one input (a file or - for standard input), got %1").arg(args.size()));
    }
    return args.isEmpty() ? QStringLiteral("-") : args.first();
}

QList<JsonWebKey> loadKeys(const QString& path, PassphraseProvider* passphrases)
{
    const ImportResult result = importFile(path, passphrases);
    if (!result.failures.isEmpty()) {
        QStringList reasons;
        for (const auto& f : result.failures) {
            QString reason = QStringLiteral("%1: %2").arg(f.origin, f.reason);
            if (f.skipped) {
                reason += QStringLiteral(" (give it with --passphrase-file FILE)");
            }
            reasons << reason;
        }
        inputError(reasons.join(QStringLiteral("; ")));
    }
    if (result.keys.isEmpty()) {
        inputError(QStringLiteral("%1: no key found")
                       .arg(path == QStringLiteral("-") ? QStringLiteral("standard input") : path));
    }
    // Warnings (skipped keys, duplicate kids) only once the input is good: an error stays one line.
    for (const auto& w : result.warnings) {
        warn(w);
    }
    QList<JsonWebKey> keys;
    for (const auto& k : result.keys) {
        keys << k.key;
    }
    return keys;
}

} // namespace

// --- generate --------------------------------------------------------------------------------------------

void generateOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("alg"),
                 QStringLiteral("JOSE algorithm (%1).").arg(algorithmNames().join(QStringLiteral(", "))),
                 QStringLiteral("ALG")});
    p.addOption({QStringLiteral("bits"), QStringLiteral("RSA modulus or oct key size in bits."), QStringLiteral("N")});
    p.addOption({QStringLiteral("crv"),
                 QStringLiteral("Curve, where the algorithm takes several (ECDH-ES: P-256, "
                                "P-384, P-521, X25519, X448; EdDSA: Ed25519, Ed448)."),
                 QStringLiteral("CRV")});
    p.addOption(
        {QStringLiteral("kid"), QStringLiteral("Key ID (default: the RFC 7638 thumbprint)."), QStringLiteral("KID")});
    p.addOption({QStringLiteral("kid-uuid"), QStringLiteral("Use a random UUIDv4 as key ID, as Ory Hydra does.")});
    p.addOption({QStringLiteral("use"), QStringLiteral("sig or enc (default: what the algorithm is for)."),
                 QStringLiteral("USE")});
    p.addOption({QStringLiteral("set"), QStringLiteral("Store the key in this key set and print its public JWK."),
                 QStringLiteral("SET")});
    storeOption(p);
}

namespace {

GenerateOptions generateOptionsFrom(const QCommandLineParser& p)
{
    if (!p.positionalArguments().isEmpty()) {
        usageError(QStringLiteral("generate takes no arguments, got \"%1\"").arg(p.positionalArguments().first()));
    }
    if (!p.isSet(QStringLiteral("alg"))) {
        usageError(QStringLiteral("generate needs --alg ALG"));
    }
    if (p.isSet(QStringLiteral("bits")) && p.isSet(QStringLiteral("crv"))) {
        usageError(QStringLiteral("--bits and --crv exclude each other"));
    }
    if (p.isSet(QStringLiteral("kid")) && p.isSet(QStringLiteral("kid-uuid"))) {
        usageError(QStringLiteral("--kid and --kid-uuid exclude each other"));
    }
    GenerateOptions options;
    options.alg = p.value(QStringLiteral("alg"));
    if (!findAlgorithm(options.alg)) {
        usageError(QStringLiteral("unknown algorithm \"%1\"; known: %2")
                       .arg(options.alg, algorithmNames().join(QStringLiteral(", "))));
    }
    if (p.isSet(QStringLiteral("bits"))) {
        bool ok = false;
        options.bits = p.value(QStringLiteral("bits")).toInt(&ok);
        if (!ok || options.bits <= 0) {
            usageError(
                QStringLiteral("--bits takes a positive number, not \"%1\"").arg(p.value(QStringLiteral("bits"))));
        }
    }
    options.curve = p.value(QStringLiteral("crv"));
    options.kid = p.value(QStringLiteral("kid"));
    if (p.isSet(QStringLiteral("kid")) && options.kid.isEmpty()) {
        usageError(QStringLiteral("--kid must not be empty"));
    }
    options.kidMode = p.isSet(QStringLiteral("kid-uuid")) ? KidMode::Uuid : KidMode::Thumbprint;
    options.use = p.value(QStringLiteral("use"));
    if (p.isSet(QStringLiteral("use")) && options.use != QStringLiteral("sig") &&
        options.use != QStringLiteral("enc")) {
        usageError(QStringLiteral("--use takes sig or enc, not \"%1\"").arg(options.use));
    }
    return options;
}

} // namespace

int runGenerate(const QCommandLineParser& p)
{
    const GenerateOptions options = generateOptionsFrom(p);
    const QString set = p.value(QStringLiteral("set"));
    if (p.isSet(QStringLiteral("store")) && set.isEmpty()) {
        usageError(QStringLiteral("--store goes with --set SET"));
    }
#ifdef JWKMAN_CLI_KEYS_ONLY
    // jwkman-cli hands generate --set to jwkman-cli-full (app/cli/main.cpp) before parsing; never reached.
    const bool store = false;
    if (!set.isEmpty()) {
        throw CliExit{Failure, QStringLiteral("generate --set needs jwkman-cli-full")};
    }
#else
    // Open the store first: a wrong secret should not cost an RSA generation.
    const std::unique_ptr<KeyStore> store = set.isEmpty() ? nullptr : openStore(p);
#endif
    JsonWebKey key;
    try {
#ifdef JWKMAN_CLI_KEYS_ONLY
        key = generateKey(options);
#else
        key = store ? generateIntoSet(*store, set, options) : generateKey(options);
#endif
    } catch (const JwkError& e) {
        // The options were well-formed but do not fit the algorithm (a size, a curve): a usage error.
        usageError(e.message());
    }
    if (!store) {
        printJson(key.toJson(true, jsonFormat(p)));
        return Ok;
    }
    // oct keys have no public form: print what is public about them (kty, kid, alg, use).
    printJson(key.hasPublicForm() ? key.publicKey().toJson(false, jsonFormat(p)) : key.toJson(false, jsonFormat(p)));
    return Ok;
}

// --- public ----------------------------------------------------------------------------------------------

void inputOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("passphrase-file"),
                 QStringLiteral("Read the passphrase of encrypted input (and of --encrypt output) from FILE."),
                 QStringLiteral("FILE")});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Input file, or - for standard input (default)."),
                            QStringLiteral("[FILE|-]"));
}

int runPublic(const QCommandLineParser& p)
{
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    const QList<JsonWebKey> keys = loadKeys(inputArgument(p), &passphrases);
    if (keys.size() == 1) {
        printJson(keys.first().publicKey().toJson(false, jsonFormat(p)));
        return Ok;
    }
    JsonWebKeySet set;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const JsonWebKey& key = keys.at(i);
        if (!key.hasPublicForm()) {
            inputError(QStringLiteral("key %1 is an oct key: it is symmetric and has no public form")
                           .arg(key.kid().isEmpty() ? QString::number(i + 1) : key.kid()));
        }
        set.append(key.publicKey());
    }
    printJson(set.toJson(false, jsonFormat(p)));
    return Ok;
}

// --- thumbprint ------------------------------------------------------------------------------------------

void thumbprintOptions(QCommandLineParser& p)
{
    p.addOption(
        {QStringLiteral("hash"), QStringLiteral("sha256 (default), sha1, sha384 or sha512."), QStringLiteral("HASH")});
    inputOptions(p);
}

int runThumbprint(const QCommandLineParser& p)
{
    const QString hashName = p.value(QStringLiteral("hash")).toLower();
    ThumbprintHash hash = ThumbprintHash::Sha256;
    if (hashName == QStringLiteral("sha1")) {
        hash = ThumbprintHash::Sha1;
    } else if (hashName == QStringLiteral("sha384")) {
        hash = ThumbprintHash::Sha384;
    } else if (hashName == QStringLiteral("sha512")) {
        hash = ThumbprintHash::Sha512;
    } else if (!hashName.isEmpty() && hashName != QStringLiteral("sha256")) {
        usageError(QStringLiteral("--hash takes sha256, sha1, sha384 or sha512, not \"%1\"").arg(hashName));
    }
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    const QList<JsonWebKey> keys = loadKeys(inputArgument(p), &passphrases);
    QString out;
    for (const auto& key : keys) {
        out += key.thumbprint(hash) + QLatin1Char('\n');
    }
    writeOut(out);
    return Ok;
}

// --- convert ---------------------------------------------------------------------------------------------

void convertOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("to"), QStringLiteral("Output format."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("encrypt"), QStringLiteral("Encrypt the private key (pem, der).")});
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("Write to FILE (atomically; owner-only when it holds private or protected keys) "
                                "instead of standard output. Needed for p12."),
                 QStringLiteral("FILE")});
    inputOptions(p);
}

QStringList conversionTargetNames(bool encryptedOnly)
{
    QStringList names;
    for (const auto& target : conversionTargets()) {
        if (!encryptedOnly || target.encryptedForm) {
            names << target.name;
        }
    }
    return names;
}

namespace {

// Standard output, or --out FILE through the key file writer (atomic, never through a link, 0600 when private).
void emitConverted(const QCommandLineParser& p, const SecureBytes& bytes, bool privateMaterial)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        writeOut(bytes);
        return;
    }
    if (const QString error = writeKeyFile(out, bytes, privateMaterial); !error.isEmpty()) {
        throw CliExit{Failure, error};
    }
}

// --to jwe and --to p12: the passphrase of the output comes from --passphrase-file, or for jwe from the terminal
// (asked twice).
int convertProtected(const QCommandLineParser& p, const ConversionTarget& target)
{
    const bool p12 = target.privateKeyForm == KeyFormat::Pkcs12;
    const bool haveFile = p.isSet(QStringLiteral("passphrase-file"));
    if (p12 && !haveFile) {
        usageError(QStringLiteral("--to p12 needs --passphrase-file FILE"));
    }
    if (p12 && !p.isSet(QStringLiteral("out"))) {
        usageError(QStringLiteral("--to p12 writes a binary file: give --out FILE"));
    }
    if (!haveFile && !isatty(STDIN_FILENO)) {
        usageError(QStringLiteral("--to jwe needs a passphrase: give --passphrase-file FILE (standard input is not "
                                  "a terminal to ask on)"));
    }
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    const QList<JsonWebKey> keys = loadKeys(inputArgument(p), &passphrases);
    if (p12 && keys.size() != 1) {
        inputError(
            QStringLiteral("PKCS#12 holds one key and the input has %1; convert them one by one").arg(keys.size()));
    }
    SecureBytes out;
    try {
        if (p12 || keys.size() == 1) {
            const QString reason = formatUnavailableReason(keys.first(), target.privateKeyForm);
            if (!reason.isEmpty()) {
                inputError(reason);
            }
            out = exportKey(keys.first(), target.privateKeyForm, &passphrases);
        } else {
            out = exportKeySetAsJwe(keys, &passphrases, QStringLiteral("%1 keys").arg(keys.size()));
        }
    } catch (const JwkError& e) {
        if (e.kind() == JwkError::Kind::Cancelled) {
            inputError(QStringLiteral("no passphrase was given: nothing was written"));
        }
        inputError(e.message());
    }
    if (p12 && keys.first().certificateChain().isEmpty()) {
        warn(QStringLiteral("the key has no x5c certificate, so the PKCS#12 file holds the key alone; Java's "
                            "KeyStore and Windows want a certificate with it"));
    }
    emitConverted(p, out, true);
    return Ok;
}

} // namespace

int runConvert(const QCommandLineParser& p)
{
    // The names and the forms they write come from the KeyFormats table (core/keys/KeyFormats.h), as the desktop's
    // export dialog reads it.
    const QString to = p.value(QStringLiteral("to"));
    if (to.isEmpty()) {
        usageError(QStringLiteral("convert needs --to %1").arg(conversionTargetNames(false).join(QLatin1Char('|'))));
    }
    const ConversionTarget* target = findConversionTarget(to);
    if (!target) {
        usageError(QStringLiteral("--to takes %1, not \"%2\"")
                       .arg(conversionTargetNames(false).join(QStringLiteral(", ")), to));
    }
    const bool encrypt = p.isSet(QStringLiteral("encrypt"));
    if (encrypt && !target->encryptedForm) {
        QStringList encryptable;
        for (const auto& name : conversionTargetNames(true)) {
            encryptable << QStringLiteral("--to ") + name;
        }
        usageError(QStringLiteral("--encrypt writes encrypted PKCS#8: use it with %1")
                       .arg(encryptable.join(QStringLiteral(" or "))));
    }
    if (encrypt && !p.isSet(QStringLiteral("passphrase-file"))) {
        usageError(QStringLiteral("--encrypt needs --passphrase-file FILE"));
    }
    if (target->privateKeyForm == KeyFormat::JweJwk || target->privateKeyForm == KeyFormat::Pkcs12) {
        return convertProtected(p, *target);
    }
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    const QList<JsonWebKey> keys = loadKeys(inputArgument(p), &passphrases);
    const JsonFormat format = jsonFormat(p);

    // JSON keeps what the input holds: one key as a JWK, several (or --to jwks) as a JWK Set.
    if (isJsonFormat(target->privateKeyForm)) {
        SecureBytes json = target->privateKeyForm == KeyFormat::JwkPrivate && keys.size() == 1
                               ? keys.first().toJson(true, format)
                               : JsonWebKeySet(keys).toJson(true, format);
        if (!p.isSet(QStringLiteral("out"))) {
            printJson(std::move(json));
            return Ok;
        }
        json.append('\n');
        bool anyPrivate = false;
        for (const auto& key : keys) {
            anyPrivate = anyPrivate || key.isPrivate();
        }
        emitConverted(p, json, anyPrivate);
        return Ok;
    }
    if (keyFormatInfo(target->privateKeyForm).binary && keys.size() != 1) {
        inputError(QStringLiteral("DER holds one key and the input has %1; use --to pem").arg(keys.size()));
    }
    SecureBytes out;
    bool anyPrivate = false;
    int index = 0;
    for (const auto& key : keys) {
        ++index;
        const KeyFormat kf = target->formFor(key, encrypt);
        const QString reason = formatUnavailableReason(key, kf);
        if (!reason.isEmpty()) {
            inputError(keys.size() > 1 ? QStringLiteral("key %1: %2").arg(index).arg(reason) : reason);
        }
        anyPrivate = anyPrivate || keyFormatInfo(kf).privateMaterial;
        try {
            out.append(exportKey(key, kf, &passphrases));
        } catch (const JwkError& e) {
            inputError(e.message());
        }
    }
    emitConverted(p, out, anyPrivate);
    return Ok;
}

// --- inspect ---------------------------------------------------------------------------------------------

int runInspect(const QCommandLineParser& p)
{
    CliPassphrase passphrases(p.value(QStringLiteral("passphrase-file")));
    const QString input = inputArgument(p);
    const ImportResult result = importFile(input, &passphrases);
    if (!result.failures.isEmpty()) {
        inputError(result.failureSummary().replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    if (result.keys.isEmpty()) {
        inputError(QStringLiteral("no key found"));
    }
    QString out;
    auto line = [&](const QString& name, const QString& value) {
        // Values come from the input (kids, certificate names): escaped, so that none can drive the terminal.
        out += QStringLiteral("  %1 %2\n").arg(name + QLatin1Char(':'), -12).arg(escapeControlCharacters(value));
    };
    int index = 0;
    for (const auto& imported : result.keys) {
        const JsonWebKey& key = imported.key;
        if (index) {
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("Key %1 (%2)\n").arg(++index).arg(imported.origin);
        line(QStringLiteral("type"),
             QStringLiteral("%1, %2").arg(key.typeDescription(),
                                          key.isPrivate() ? QStringLiteral("private") : QStringLiteral("public only")));
        line(QStringLiteral("alg"), key.alg().isEmpty() ? QStringLiteral("(none)") : key.alg());
        line(QStringLiteral("use"), key.use().isEmpty() ? QStringLiteral("(none)") : key.use());
        if (!key.keyOps().isEmpty()) {
            line(QStringLiteral("key_ops"), key.keyOps().join(QStringLiteral(", ")));
        }
        line(QStringLiteral("kid"), key.kid().isEmpty() ? QStringLiteral("(none)") : key.kid());
        line(QStringLiteral("thumbprint"), key.thumbprint() + QStringLiteral(" (SHA-256)"));
        const QList<QByteArray> chain = key.certificateChain();
        for (int i = 0; i < chain.size(); ++i) {
            try {
                const Certificate cert = Certificate::fromDer(chain[i]);
                line(i == 0 ? QStringLiteral("certificate") : QStringLiteral("issuer cert"), cert.subject());
                line(QStringLiteral("  issuer"), cert.issuer());
                line(QStringLiteral("  valid"),
                     QStringLiteral("%1 to %2")
                         .arg(cert.notBefore().toString(Qt::ISODate), cert.notAfter().toString(Qt::ISODate)));
                if (!cert.subjectAltNames().isEmpty()) {
                    line(QStringLiteral("  names"), cert.subjectAltNames().join(QStringLiteral(", ")));
                }
            } catch (const JwkError& e) {
                line(QStringLiteral("certificate"), e.message());
            }
        }
        for (const auto& finding : lintKey(key)) {
            out += QStringLiteral("  %1: %2\n").arg(severityName(finding.severity), finding.message);
        }
    }
    for (const auto& w : result.warnings) {
        out += QStringLiteral("warning: %1\n").arg(w);
    }
    writeOut(out);
    return Ok;
}

} // namespace jwk::cli
