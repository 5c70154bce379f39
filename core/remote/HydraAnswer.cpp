#include "remote/HydraAdminClient.h"

#include "keys/JwkError.h"
#include "remote/HydraTr.h"
#include "text/TextEscape.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

// interpretHydraAnswer: one HTTP answer of Hydra made into a result. Everything the server wrote that reaches the
// sentence for people (its reason phrase, its error words, a parser's complaint about its body, its redirect target)
// has its control characters escaped: a hostile server must not be able to drive the terminal that shows the error.

namespace jwk {
namespace {
// What of the server's words an error message quotes at most (per field): a megabyte of error_description is not
// a sentence for people.
constexpr qsizetype kMaxWords = 500;
} // namespace

void interpretHydraAnswer(HydraResult& result, int status, const QString& reason, const QByteArray& body,
                          HydraAnswer expect, const QString& description, const QString& redirectTarget)
{
    result.httpStatus = status;
    if (status >= 200 && status < 300) {
        result.ok = true;
        result.error.clear();
        try {
            if (expect == HydraAnswer::KeySet) {
                result.keys = JsonWebKeySet::fromJson(body);
            } else if (expect == HydraAnswer::KeySetTexts) {
                // Each key held as its text as soon as it is read: 100,000 keys are never all JsonWebKeys at once.
                result.keys = JsonWebKeySet::fromJson(body, [&](JsonWebKey&& key) { result.keyTexts.append(key); });
            } else if (expect == HydraAnswer::Key) {
                result.key = JsonWebKey::fromJson(body);
            } else if (expect == HydraAnswer::Body) {
                result.body = body;
            } else if (expect == HydraAnswer::Client) {
                if (const QString problem = parseHydraClient(body, result.client); !problem.isEmpty()) {
                    result.ok = false;
                    result.client = HydraClient();
                    result.error = HydraTr::tr("%1: HTTP %2, but the answer is not an OAuth2 client Hydra could have "
                                               "sent: %3")
                                       .arg(description, QString::number(status),
                                            escapeControlCharacters(problem.left(kMaxWords)));
                }
            }
        } catch (const JwkError& e) {
            result.ok = false;
            result.keyTexts.clear();
            // One arg() call for all: a "%2" in the URL (a percent-encoded "/") is not a place marker.
            result.error =
                HydraTr::tr("%1: HTTP %2, but the answer is not %3: %4")
                    .arg(description, QString::number(status),
                         expect == HydraAnswer::KeySet || expect == HydraAnswer::KeySetTexts ? HydraTr::tr("a JWK Set")
                                                                                             : HydraTr::tr("a JWK"),
                         escapeControlCharacters(e.message().left(kMaxWords)));
        }
        return;
    }
    result.ok = false;
    // An HTTP error: Hydra's body is {"error", "error_description"}; keep whatever else comes, leniently.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    result.hydraError = object.value(QStringLiteral("error")).toString();
    result.hydraErrorDescription = object.value(QStringLiteral("error_description")).toString();
    QStringList words;
    if (!result.hydraError.isEmpty()) {
        words << result.hydraError.left(kMaxWords);
    }
    if (!result.hydraErrorDescription.isEmpty()) {
        words << result.hydraErrorDescription.left(kMaxWords);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QStringLiteral("error") && it.key() != QStringLiteral("error_description") &&
            it.value().isString() && !it.value().toString().isEmpty()) {
            words << QStringLiteral("%1: %2").arg(it.key(), it.value().toString().left(300));
        }
    }
    const QString hydraSays =
        words.isEmpty()
            ? QString()
            : HydraTr::tr("; Hydra says: %1").arg(escapeControlCharacters(words.join(QStringLiteral(" - "))));
    const QString safeReason = escapeControlCharacters(reason.left(kMaxWords));
    if (status >= 300 && status < 400 && expect == HydraAnswer::Body) {
        // A published document: redirects are not followed (the transport rule would have to be judged again for
        // the target, and a JWKS that moves is worth knowing about).
        result.error = HydraTr::tr("%1: HTTP %2 %3: the server redirects to %4; check that this is where the keys "
                                   "are published, and give that URL")
                           .arg(description, QString::number(status), safeReason,
                                escapeControlCharacters(redirectTarget.left(kMaxWords)));
        return;
    }
    if (status >= 300 && status < 400) {
        result.error = HydraTr::tr("%1: HTTP %2 %3: the server redirects to %4; give the admin URL that answers "
                                   "directly")
                           .arg(description, QString::number(status), safeReason,
                                escapeControlCharacters(redirectTarget.left(kMaxWords)));
        return;
    }
    result.error = QStringLiteral("%1: HTTP %2 %3%4").arg(description, QString::number(status), safeReason, hydraSays);
}

} // namespace jwk
