// jwkman-cli audit: what a published JWKS holds (core/usecases/JwksAudit), from a URL, a file, standard input or a
// remote's public URL, compared with a local set or with what a Hydra admin API holds, and recorded for next time.

#include "CliContext.h"
#include "CommandTable.h"
#include "Commands.h"
#include "RemoteTarget.h"
#include "keys/KeyImporter.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"
#include "store/ServerLocation.h"
#include "usecases/JwksAudit.h"

#include <QFile>
#include <QFileInfo>

namespace jwk::cli {
namespace {

constexpr int kNetworkExit = 1; // the exit code for a network failure (Failure)

struct Source
{
    QString label;     // what the report and the recorded snapshot name
    QUrl url;          // empty for a file or stdin
    QString path;      // a file, or "-"
    RemoteProfile via; // the transport for a URL (CA, time-out)
};

QByteArray readSource(const QString& path)
{
    QFile file;
    if (path == QStringLiteral("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            inputError(QStringLiteral("standard input cannot be read"));
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            inputError(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
        }
    }
    QByteArray data = readAtMost(file, kMaxImportBytes + 1); // a pipe: to its end, not its first 64 KiB
    if (data.size() > kMaxImportBytes) {
        inputError(QStringLiteral("%1 is larger than %2 MiB; no JWK Set is that large")
                       .arg(path == QStringLiteral("-") ? QStringLiteral("standard input") : path)
                       .arg(kMaxImportBytes / (1024 * 1024)));
    }
    return data;
}

QByteArray fetch(const QUrl& url, const RemoteProfile& via)
{
    const TransportCheck check = checkTransport(url);
    if (!check.allowed) {
        inputError(check.reason);
    }
    HydraAdminClient client(HydraAdminClient::documentProfile(via, url));
    HydraResult result = HydraAdminClient::wait(client.getDocument(url));
    if (!result.ok) {
        // No answer, a TLS failure, a time-out, an answer broken off or too large, an HTTP error: the network or the
        // server, not the document (a 2xx body is always kept whole, and judged by the audit).
        throw CliExit{kNetworkExit, result.error};
    }
    return std::move(result.body);
}

Source resolveSource(const QString& text, const QCommandLineParser& p, KeyStore* store)
{
    Source source;
    if (p.isSet(QStringLiteral("ca"))) {
        for (const auto& ca : p.values(QStringLiteral("ca"))) {
            QFile file(ca);
            if (!file.open(QIODevice::ReadOnly)) {
                inputError(QStringLiteral("CA file %1 cannot be read: %2").arg(ca, file.errorString()));
            }
            source.via.caCertificatesPem += file.read(4 * 1024 * 1024);
        }
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            usageError(QStringLiteral("--timeout takes seconds, such as 10"));
        }
        source.via.timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (text.startsWith(QStringLiteral("remote:"))) {
        const QString name = text.mid(7);
        const auto profile = store ? SavedRemotes(*store).find(name) : std::nullopt;
        if (!profile) {
            inputError(QStringLiteral("there is no remote \"%1\"; add it with jwkman-cli remote add").arg(name));
        }
        if (profile->publicUrl.isEmpty()) {
            inputError(QStringLiteral("the remote \"%1\" has no public URL, so its published keys cannot be found; "
                                      "give the JWKS URL itself, or add the remote again with --public-url URL")
                           .arg(name));
        }
        const QByteArray extraCa = source.via.caCertificatesPem;
        const int timeout = p.isSet(QStringLiteral("timeout")) ? source.via.timeoutMs : profile->timeoutMs;
        source.via = *profile; // its CA and client certificate; getDocument sends neither token nor headers
        source.via.caCertificatesPem += extraCa;
        source.via.timeoutMs = timeout;
        source.url = wellKnownJwksUrl(profile->publicUrl);
        source.label = text;
        return source;
    }
    if (text.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) ||
        text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)) {
        source.url = QUrl(text, QUrl::StrictMode);
        if (!source.url.isValid() || source.url.host().isEmpty()) {
            inputError(QStringLiteral("%1 is not a URL").arg(text));
        }
        source.label = source.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
        return source;
    }
    source.path = text;
    source.label = text == QStringLiteral("-") ? QStringLiteral("-") : QFileInfo(text).absoluteFilePath();
    return source;
}

int nonNegativeDays(const QCommandLineParser& p, const QString& option)
{
    bool ok = false;
    const int days = p.value(option).toInt(&ok);
    if (!ok || days < 0) {
        usageError(QStringLiteral("--%1 takes a number of days, such as 90").arg(option));
    }
    return days;
}

// The keys the published set is compared with: a local set, or what the remote's admin API holds for the sets
// Hydra publishes.
JwksComparison compare(const JwksAuditReport& report, const QCommandLineParser& p, KeyStore& store)
{
    if (p.isSet(QStringLiteral("against"))) {
        const QString set = p.value(QStringLiteral("against"));
        if (!store.keySet(set)) {
            inputError(QStringLiteral("there is no key set \"%1\" in the store").arg(set));
        }
        return compareJwks(report.keys, store.loadKeys(set, false), QStringLiteral("set %1").arg(set));
    }
    const QString name = p.value(QStringLiteral("remote"));
    const auto profile = SavedRemotes(store).find(name);
    if (!profile) {
        inputError(QStringLiteral("there is no remote \"%1\"; add it with jwkman-cli remote add").arg(name));
    }
    requireTransport(*profile);
    const QStringList sets = hydraPublishedSets(p.values(QStringLiteral("set")));
    HydraAdminClient client(*profile);
    RemoteSync sync(client, store, profile->name);
    QList<JsonWebKey> keys;
    try {
        for (const auto& set : sets) {
            keys += sync.fetchRemote(set);
        }
    } catch (const StoreError& e) {
        throw CliExit{kNetworkExit, e.message()};
    }
    return compareJwks(report.keys, keys,
                       QStringLiteral("remote %1 (sets %2)").arg(name, sets.join(QStringLiteral(", "))));
}

} // namespace

void auditOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("against"), QStringLiteral("Compare with the public keys of a local set."),
                 QStringLiteral("SET")});
    p.addOption({QStringLiteral("remote"),
                 QStringLiteral("Compare with what this remote's admin API holds for the sets Hydra publishes."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("set"),
                 QStringLiteral("With --remote: a set of webfinger.jwks.broadcast_keys, published besides "
                                "hydra.openid.id-token and hydra.jwt.access-token (repeatable)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("record"),
                 QStringLiteral("Keep what is published now in the store, for changes_since_last and key-age.")});
    p.addOption({QStringLiteral("max-age"), QStringLiteral("Warn about keys first seen more than DAYS ago."),
                 QStringLiteral("DAYS")});
    p.addOption(
        {QStringLiteral("ca"), QStringLiteral("Trust the CA certificates in FILE (PEM) too."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 10)."),
                 QStringLiteral("SECONDS")});
}

int runAudit(const QCommandLineParser& p)
{
    const QStringList args = positionalArguments(p, QStringLiteral("audit"), 1, 1);
    if (p.isSet(QStringLiteral("against")) && p.isSet(QStringLiteral("remote"))) {
        usageError(QStringLiteral("give --against SET or --remote NAME, not both"));
    }
    if (p.isSet(QStringLiteral("set")) && !p.isSet(QStringLiteral("remote"))) {
        usageError(QStringLiteral("--set names a set Hydra publishes; it goes with --remote NAME"));
    }
    const int maxAge = p.isSet(QStringLiteral("max-age")) ? nonNegativeDays(p, QStringLiteral("max-age")) : -1;
    const QString text = args.first();
    // The store is opened when something needs it; otherwise only when it exists (for the changes since a
    // recorded look and the key ages), and an audit without --record, --against or --remote never creates one.
    // --max-age reads the history an existing store holds (none without one), so it needs no new store either.
    const bool needsStore = p.isSet(QStringLiteral("against")) || p.isSet(QStringLiteral("remote")) ||
                            p.isSet(QStringLiteral("record")) || text.startsWith(QStringLiteral("remote:"));
    std::unique_ptr<KeyStore> store;
    const QString location = KeyStore::resolvePath(p.value(QStringLiteral("store")));
    // A team store exists on its server (it is never made here without --record either: an empty database is left).
    if (needsStore || ServerLocation::isServerUrl(location) || QFileInfo::exists(location)) {
        try {
            store = openStore(p);
        } catch (const StoreError& e) {
            if (needsStore || maxAge >= 0) {
                throw;
            }
            warn(QStringLiteral("the store cannot be opened (%1); changes since the last recorded audit are not "
                                "reported")
                     .arg(e.message()));
        }
    }
    const Source source = resolveSource(text, p, store.get());
    const QByteArray body = source.url.isEmpty() ? readSource(source.path) : fetch(source.url, source.via);
    JwksAuditReport report = auditJwks(source.label, body);
    if (p.isSet(QStringLiteral("against")) || p.isSet(QStringLiteral("remote"))) {
        report.comparison = compare(report, p, *store);
    }
    if (store) {
        applyStoreHistory(report, *store, maxAge, p.isSet(QStringLiteral("record")));
    }
    printJson(report.toJson(), p);
    return report.exitCode();
}

} // namespace jwk::cli
