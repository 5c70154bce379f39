// jwkman-cli jwt decode, verify and sign: the JWT workbench (core/usecases/TokenVerification, TokenSigning) over the
// store's sets, JWK Set files and URLs, key files and a remote's sets. Tokens are credentials: they may come on
// standard input ("-", or no argument) so that they need not stand in argv.

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "RemoteTarget.h"
#include "jose/CompactJws.h"
#include "keys/JsonStrict.h"
#include "keys/KeyImporter.h"
#include "remote/HydraAdminClient.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"
#include "usecases/RotationDue.h"
#include "usecases/TokenSigning.h"
#include "usecases/TokenVerification.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace jwk::cli {
namespace {

constexpr int kNetworkExit = 1; // issue #16: 1 network
constexpr int kInvalidTokenExit = 3;

struct JwtSubcommand
{
    QString name;
    QString synopsis;
};

const QList<JwtSubcommand>& subcommands()
{
    static const QList<JwtSubcommand> table = {
        {QStringLiteral("decode"), QStringLiteral("jwt decode [TOKEN|-]")},
        {QStringLiteral("verify"),
         QStringLiteral("jwt verify (--set SET | --jwks FILE|URL | --key FILE | --remote NAME --set S) [--alg ALG]... "
                        "[--iss ISS] [--aud AUD] [--leeway SECONDS] [--at DATE] [TOKEN|-]")},
        {QStringLiteral("sign"),
         QStringLiteral("jwt sign (--set SET [--kid KID] | --key FILE) [--alg ALG] [--claims FILE|-] [--iss I] "
                        "[--sub S] [--aud A] [--exp-in SECONDS]")},
    };
    return table;
}

[[noreturn]] void usageOfSub(const QString& sub)
{
    for (const auto& s : subcommands()) {
        if (s.name == sub) {
            usageError(QStringLiteral("usage: jwkman-cli %1").arg(s.synopsis));
        }
    }
    usageErrorFor(QStringLiteral("jwt"));
}

QByteArray readBounded(const QString& path, qsizetype limit, const QString& what)
{
    QFile file;
    const bool stdIn = path == QStringLiteral("-");
    if (stdIn ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
        inputError(QStringLiteral("%1 cannot be read: %2")
                       .arg(stdIn ? QStringLiteral("standard input") : path, file.errorString()));
    }
    const QByteArray data = readAtMost(file, limit + 1); // one byte past the limit: too large
    if (data.size() > limit) {
        inputError(QStringLiteral("%1 is larger than %2 KiB; no %3 is that large")
                       .arg(stdIn ? QStringLiteral("standard input") : path)
                       .arg(limit / 1024)
                       .arg(what));
    }
    return data;
}

// The token of decode and verify: the argument after the subcommand, or standard input for "-" or none.
jose::CompactJws readToken(const QCommandLineParser& p, const QString& sub)
{
    const QStringList args = p.positionalArguments();
    if (args.size() > 2) {
        usageOfSub(sub);
    }
    const QString text = args.size() == 2 ? args.at(1) : QStringLiteral("-");
    QByteArray token =
        text == QStringLiteral("-") ? readBounded(text, jose::kMaxTokenBytes, QStringLiteral("token")) : text.toUtf8();
    try {
        return jose::parseCompactJws(token);
    } catch (const JwkError& e) {
        inputError(e.message());
    }
}

std::optional<QDateTime> atOption(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("at"))) {
        return std::nullopt;
    }
    const auto parsed = parseIsoDateTime(p.value(QStringLiteral("at")));
    if (!parsed) {
        usageError(QStringLiteral("--at takes an ISO 8601 date or time (2025-06-30, 2025-06-30T12:00:00Z, "
                                  "2025-06-30T14:00:00+02:00), not \"%1\"")
                       .arg(p.value(QStringLiteral("at"))));
    }
    return parsed;
}

qint64 secondsOption(const QCommandLineParser& p, const QString& name, bool positive)
{
    bool ok = false;
    const qint64 seconds = p.value(name).toLongLong(&ok);
    if (!ok || seconds < (positive ? 1 : 0) || seconds > 100LL * 366 * 86400) {
        usageError(QStringLiteral("--%1 takes a number of seconds, such as 300").arg(name));
    }
    return seconds;
}

RemoteProfile documentTransport(const QCommandLineParser& p)
{
    RemoteProfile via;
    for (const auto& ca : p.values(QStringLiteral("ca"))) {
        QFile file(ca);
        if (!file.open(QIODevice::ReadOnly)) {
            inputError(QStringLiteral("CA file %1 cannot be read: %2").arg(ca, file.errorString()));
        }
        via.caCertificatesPem += file.read(4 * 1024 * 1024);
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        via.timeoutMs = static_cast<int>(secondsOption(p, QStringLiteral("timeout"), true) * 1000);
    }
    return via;
}

TokenKeySource jwksFromUrl(const QString& text, const QCommandLineParser& p)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        inputError(QStringLiteral("%1 is not a URL").arg(text));
    }
    const TransportCheck check = checkTransport(url);
    if (!check.allowed) {
        inputError(check.reason);
    }
    HydraAdminClient client(HydraAdminClient::documentProfile(documentTransport(p), url));
    client.setMaxAnswerBytes(kMaxImportBytes);
    HydraResult result = HydraAdminClient::wait(client.getDocument(url));
    if (!result.ok) {
        throw CliExit{kNetworkExit, result.error};
    }
    return keySourceOfDocument(result.body, url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
}

// The store of --set and --remote; one that does not exist is an input error, not a new empty store.
std::unique_ptr<KeyStore> existingStore(const QCommandLineParser& p)
{
    const QString path = KeyStore::resolvePath(p.value(QStringLiteral("store")));
    if (!QFileInfo::exists(path)) {
        inputError(QStringLiteral("there is no store at %1; give --store PATH, or use --key FILE or --jwks").arg(path));
    }
    return openStore(p);
}

TokenKeySource verificationKeys(const QCommandLineParser& p, const jose::CompactJws& token)
{
    const bool set = p.isSet(QStringLiteral("set"));
    const bool jwks = p.isSet(QStringLiteral("jwks"));
    const bool keyFile = p.isSet(QStringLiteral("key"));
    const bool remote = p.isSet(QStringLiteral("remote"));
    if (int(set && !remote) + int(jwks) + int(keyFile) + int(remote) != 1 || (remote && !set)) {
        usageOfSub(QStringLiteral("verify"));
    }
    if (jwks) {
        const QString source = p.value(QStringLiteral("jwks"));
        if (source.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) ||
            source.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)) {
            return jwksFromUrl(source, p);
        }
        return keySourceOfDocument(readBounded(source, kMaxImportBytes, QStringLiteral("JWK Set")), source);
    }
    if (keyFile) {
        const QString path = p.value(QStringLiteral("key"));
        return keySourceOfDocument(readBounded(path, kMaxImportBytes, QStringLiteral("key file")), path);
    }
    const std::unique_ptr<KeyStore> store = existingStore(p);
    const QString setName = p.value(QStringLiteral("set"));
    if (!remote) {
        return keySourceOfStoreSet(*store, setName, token.alg().startsWith(QStringLiteral("HS")));
    }
    const QString name = p.value(QStringLiteral("remote"));
    const auto profile = SavedRemotes(*store).find(name);
    if (!profile) {
        inputError(QStringLiteral("there is no remote \"%1\"; add it with jwkman-cli remote add").arg(name));
    }
    requireTransport(*profile);
    HydraAdminClient client(*profile);
    HydraResult result = HydraAdminClient::wait(client.getKeySet(setName));
    if (!result.ok) {
        throw CliExit{kNetworkExit, result.error};
    }
    return keySourceOfRemoteSet(result.keys.keys(), name, setName);
}

int runDecode(const QCommandLineParser& p)
{
    const jose::CompactJws token = readToken(p, QStringLiteral("decode"));
    printJson(decodedTokenJson(token), p);
    return Ok;
}

int runVerify(const QCommandLineParser& p)
{
    const jose::CompactJws token = readToken(p, QStringLiteral("verify"));
    TokenCheckOptions options;
    options.allowedAlgs = p.values(QStringLiteral("alg"));
    options.issuer = p.value(QStringLiteral("iss"));
    const QStringList audiences = p.values(QStringLiteral("aud"));
    if (audiences.size() > 1) {
        usageError(QStringLiteral("jwt verify takes one --aud"));
    }
    options.audience = audiences.value(0);
    if (p.isSet(QStringLiteral("leeway"))) {
        options.leewaySeconds = secondsOption(p, QStringLiteral("leeway"), false);
    }
    options.now = atOption(p).value_or(QDateTime());
    const TokenKeySource source = verificationKeys(p, token);
    const TokenVerification result = verifyToken(token, source, options);
    printJson(result.toJson(), p);
    return result.valid ? Ok : kInvalidTokenExit;
}

QJsonObject claimsFrom(const QString& path)
{
    const QByteArray json = readBounded(path, jose::kMaxTokenBytes, QStringLiteral("claims set"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        inputError(
            QStringLiteral("the claims in %1 are not a JSON object%2")
                .arg(path == QStringLiteral("-") ? QStringLiteral("standard input") : path,
                     error.error != QJsonParseError::NoError ? QStringLiteral(": ") + error.errorString() : QString()));
    }
    if (const QString twice = findDuplicateMember(json); !twice.isNull()) {
        inputError(QStringLiteral("the claims have the member \"%1\" twice").arg(twice.left(64)));
    }
    return doc.object();
}

JsonWebKey keyFromFile(const QString& path, const QString& kid)
{
    CliPassphrase passphrases{QString()};
    const ImportResult imported = importFile(path, &passphrases);
    if (!imported.failures.isEmpty() && imported.keys.isEmpty()) {
        inputError(imported.failureSummary());
    }
    QList<JsonWebKey> keys;
    for (const auto& k : imported.keys) {
        if (k.key.isPrivate() && (kid.isEmpty() || k.key.kid() == kid)) {
            keys << k.key;
        }
    }
    if (keys.isEmpty()) {
        inputError(kid.isEmpty() ? QStringLiteral("%1 holds no private key to sign with").arg(path)
                                 : QStringLiteral("%1 holds no private key with kid %2").arg(path, kid));
    }
    if (keys.size() > 1) {
        inputError(QStringLiteral("%1 holds %2 private keys; name one with --kid").arg(path).arg(keys.size()));
    }
    return keys.first();
}

int runSign(const QCommandLineParser& p)
{
    if (p.positionalArguments().size() != 1) {
        usageOfSub(QStringLiteral("sign"));
    }
    const bool set = p.isSet(QStringLiteral("set"));
    if (set == p.isSet(QStringLiteral("key"))) {
        usageOfSub(QStringLiteral("sign"));
    }
    if (p.values(QStringLiteral("alg")).size() > 1) {
        usageError(QStringLiteral("jwt sign takes one --alg"));
    }
    TokenClaimsInput input;
    if (p.isSet(QStringLiteral("claims"))) {
        input.claims = claimsFrom(p.value(QStringLiteral("claims")));
    }
    input.issuer = p.value(QStringLiteral("iss"));
    input.subject = p.value(QStringLiteral("sub"));
    input.audience = p.values(QStringLiteral("aud"));
    if (p.isSet(QStringLiteral("exp-in"))) {
        input.expiresInSeconds = secondsOption(p, QStringLiteral("exp-in"), true);
    }
    const QString alg = p.value(QStringLiteral("alg"));
    const QString kid = p.value(QStringLiteral("kid"));
    SignedToken token;
    if (set) {
        const std::unique_ptr<KeyStore> store = existingStore(p);
        const QString setName = p.value(QStringLiteral("set"));
        const QString detail = QStringLiteral("jwt sign (jwkman-cli)");
        const StoredSigningKey key = storedSigningKey(*store, setName, kid, detail);
        if (!key.auditProblem.isEmpty()) {
            warn(QStringLiteral("the signature could not be recorded in the audit log: %1").arg(key.auditProblem));
        }
        token = signToken(key.key, alg, input);
    } else {
        token = signToken(keyFromFile(p.value(QStringLiteral("key")), kid), alg, input);
    }
    writeOut(token.token + '\n');
    return Ok;
}

} // namespace

QString jwtSynopsis()
{
    QStringList lines;
    for (const auto& s : subcommands()) {
        lines << s.synopsis;
    }
    return lines.join(QStringLiteral("\n  "));
}

void jwtOptions(QCommandLineParser& p)
{
    storeOption(p);
    p.addOption({QStringLiteral("set"),
                 QStringLiteral("verify: the keys of this set of the store (or, with --remote, of the remote); sign: "
                                "its signer, the key Hydra signs with."),
                 QStringLiteral("SET")});
    p.addOption({QStringLiteral("jwks"), QStringLiteral("verify: the keys of a JWK Set file or URL."),
                 QStringLiteral("FILE|URL")});
    p.addOption(
        {QStringLiteral("key"), QStringLiteral("A key file (JWK, JWK Set, PEM or DER)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("remote"), QStringLiteral("verify: the keys this remote's admin API holds for --set."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("alg"),
                 QStringLiteral("verify: an algorithm accepted (repeatable; default every one but none); sign: the "
                                "algorithm (default the key's alg)."),
                 QStringLiteral("ALG")});
    p.addOption({QStringLiteral("iss"), QStringLiteral("verify: the issuer expected; sign: the iss claim."),
                 QStringLiteral("ISS")});
    p.addOption({QStringLiteral("aud"),
                 QStringLiteral("verify: an audience the token must name; sign: the aud claim (repeatable)."),
                 QStringLiteral("AUD")});
    p.addOption({QStringLiteral("leeway"), QStringLiteral("verify: seconds of clock skew allowed for exp and nbf."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("at"),
                 QStringLiteral("verify: judge exp and nbf at this moment, ISO 8601 (default now)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("kid"), QStringLiteral("sign: this key of the set or file instead of its signer."),
                 QStringLiteral("KID")});
    p.addOption({QStringLiteral("claims"), QStringLiteral("sign: the claims, a JSON object (- for standard input)."),
                 QStringLiteral("FILE|-")});
    p.addOption({QStringLiteral("sub"), QStringLiteral("sign: the sub claim."), QStringLiteral("S")});
    p.addOption({QStringLiteral("exp-in"), QStringLiteral("sign: exp this many seconds after iat."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("ca"),
                 QStringLiteral("verify --jwks URL: trust the CA certificates in FILE (PEM) too."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("timeout"),
                 QStringLiteral("verify --jwks URL: seconds to wait for an answer (default 10)."),
                 QStringLiteral("SECONDS")});
}

int runJwt(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    const QString sub = args.value(0);
    if (sub == QStringLiteral("decode")) {
        return runDecode(p);
    }
    if (sub == QStringLiteral("verify")) {
        return runVerify(p);
    }
    if (sub == QStringLiteral("sign")) {
        return runSign(p);
    }
    usageError(args.isEmpty()
                   ? QStringLiteral("jwt needs a subcommand: decode, verify or sign (see jwkman-cli help jwt)")
                   : QStringLiteral("unknown jwt subcommand \"%1\" (decode, verify, sign)").arg(sub));
}

} // namespace jwk::cli
