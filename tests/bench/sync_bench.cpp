// jwkman-sync-bench: pulls N key sets (GET /admin/keys/<prefix>0 ... <prefix>N-1) from a Hydra admin URL with
// HydraAdminClient, all requests queued at once and at most --in-flight of them on the wire, and prints one TSV
// line per round: round, milliseconds, requests per second, keys parsed. Every answer must be a JWK Set of
// --keys keys, else it exits 1. Not a ctest test: tests/bench/run-sync-bench.sh runs it next to curl.
//   jwkman-sync-bench --url URL [--sets 100] [--keys 10] [--prefix bench-] [--in-flight 4] [--rounds 5] [--raw]
// --raw fetches the same URLs with a bare QNetworkAccessManager at the same bound and drops the bodies unread by
// any parser: the floor that Qt's HTTP stack sets for any client built on it (the keys column is then bytes).

#include "remote/HydraAdminClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <functional>

namespace {

// One round with a bare QNetworkAccessManager: at most `inFlight` requests at a time, bodies read and dropped.
// Returns the bytes received, or -1 when an answer is not 200.
qint64 rawRound(QNetworkAccessManager& nam, const QUrl& base, const QString& prefix, int sets, int inFlight)
{
    int next = 0;
    int finished = 0;
    qint64 bytes = 0;
    bool failed = false;
    QEventLoop loop;
    std::function<void()> start = [&] {
        if (next >= sets) {
            return;
        }
        QUrl url = base;
        url.setPath(base.path() + QStringLiteral("/admin/keys/") + prefix + QString::number(next++));
        QNetworkReply* reply = nam.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            failed |= reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200;
            bytes += reply->readAll().size();
            reply->deleteLater();
            if (++finished == sets) {
                loop.quit();
            } else {
                start();
            }
        });
    };
    for (int i = 0; i < inFlight; ++i) {
        start();
    }
    if (sets > 0) {
        loop.exec();
    }
    return failed ? -1 : bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("Admin base URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sets"), QStringLiteral("Sets to pull."), QStringLiteral("N"), "100"});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Keys expected per set."), QStringLiteral("M"), "10"});
    parser.addOption({QStringLiteral("prefix"), QStringLiteral("Set name prefix."), QStringLiteral("P"), "bench-"});
    parser.addOption({QStringLiteral("in-flight"), QStringLiteral("Requests in flight."), QStringLiteral("K"), "4"});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("Rounds (the first warms up)."), QStringLiteral("R"), "5"});
    parser.addOption({QStringLiteral("raw"), QStringLiteral("Bare QNetworkAccessManager, no parsing.")});
    parser.process(app);

    jwk::RemoteProfile profile;
    profile.name = QStringLiteral("bench");
    profile.adminUrl = QUrl(parser.value(QStringLiteral("url")));
    const jwk::TransportCheck check = jwk::checkTransport(profile.adminUrl);
    if (!check.allowed) {
        std::fprintf(stderr, "jwkman-sync-bench: %s\n", qPrintable(check.reason));
        return 2;
    }
    const int sets = parser.value(QStringLiteral("sets")).toInt();
    const int keysPerSet = parser.value(QStringLiteral("keys")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const QString prefix = parser.value(QStringLiteral("prefix"));

    if (parser.isSet(QStringLiteral("raw"))) {
        QNetworkAccessManager nam;
        std::printf("round\tms\treq_per_s\tbytes\n");
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const qint64 bytes =
                rawRound(nam, profile.adminUrl, prefix, sets, parser.value(QStringLiteral("in-flight")).toInt());
            const double ms = timer.nsecsElapsed() / 1e6;
            if (bytes < 0) {
                std::fprintf(stderr, "jwkman-sync-bench: an answer was not 200\n");
                return 1;
            }
            std::printf("%d\t%.2f\t%.1f\t%lld\n", round, ms, sets / (ms / 1000.0), static_cast<long long>(bytes));
            std::fflush(stdout);
        }
        return 0;
    }

    jwk::HydraAdminClient client(profile);
    client.setMaxInFlight(parser.value(QStringLiteral("in-flight")).toInt());
    std::printf("round\tms\treq_per_s\tkeys\n");
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QList<jwk::HydraRequest*> requests;
        int finished = 0;
        QEventLoop loop;
        for (int i = 0; i < sets; ++i) {
            jwk::HydraRequest* request = client.getKeySet(prefix + QString::number(i));
            QObject::connect(request, &jwk::HydraRequest::finished, &loop, [&] {
                if (++finished == sets) {
                    loop.quit();
                }
            });
            requests << request;
        }
        if (finished < sets) {
            loop.exec();
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        qsizetype keys = 0;
        for (auto* request : requests) {
            const jwk::HydraResult& r = request->result();
            if (!r.ok || r.keys.size() != keysPerSet) {
                std::fprintf(stderr, "jwkman-sync-bench: %s: %s (%lld keys)\n", qPrintable(request->description()),
                             qPrintable(r.error), static_cast<long long>(r.keys.size()));
                return 1;
            }
            keys += r.keys.size();
            request->deleteLater();
        }
        std::printf("%d\t%.2f\t%.1f\t%lld\n", round, ms, sets / (ms / 1000.0), static_cast<long long>(keys));
        std::fflush(stdout);
        QCoreApplication::processEvents();
    }
    return 0;
}
