#include "RemoteTarget.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "remote/CustomHeaders.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"

#include <QFile>

namespace jwk::cli {
namespace {

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

} // namespace

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

Target resolveTarget(const QCommandLineParser& p, KeyStore& store, const QString& command, int minArgs, int maxArgs)
{
    QStringList args = p.positionalArguments().mid(1);
    const bool byUrl = p.isSet(QStringLiteral("url"));
    const qsizetype afterName = byUrl ? args.size() : args.size() - 1;
    if ((!byUrl && args.isEmpty()) || afterName < minArgs || afterName > maxArgs) {
        usageErrorFor(command);
    }
    Target target;
    if (byUrl) {
        target.profile.name = p.value(QStringLiteral("url"));
        target.profile.adminUrl = QUrl(p.value(QStringLiteral("url")));
        applyConnectionOptions(target.profile, p);
    } else {
        const QString name = args.takeFirst();
        const auto profile = SavedRemotes(store).find(name);
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

} // namespace jwk::cli
