#include "keys/KeyLint.h"

#include "keys/Algorithms.h"
#include "keys/Certificate.h"
#include "keys/JwkError.h"
#include "keys/OpenSslKey.h"

#include <QLocale>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyLint)
};
} // namespace

namespace jwk {

QString severityName(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Info:
        return QStringLiteral("info");
    case LintFinding::Severity::Warning:
        return QStringLiteral("warning");
    case LintFinding::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QList<LintFinding> lintKey(const JsonWebKey& key, const QDateTime& now)
{
    using S = LintFinding::Severity;
    QList<LintFinding> findings;
    auto add = [&](S s, const QString& m) { findings.append({s, m}); };

    if (key.type() == KeyType::RSA) {
        const int bits = key.sizeBits();
        if (bits < 2048) {
            add(S::Warning, Tr::tr("RSA %1 is too small: use at least 2048 bits").arg(bits));
        } else if (bits < 3072) {
            add(S::Info, Tr::tr("RSA %1 is fine for short-lived keys; long-lived keys should have 3072 bits "
                                "or more")
                             .arg(bits));
        }
    }

    if (key.kid().isEmpty()) {
        add(S::Warning, Tr::tr("no \"kid\": verifiers cannot pick this key out of a set"));
    }
    const QString alg = key.alg();
    const AlgorithmInfo* info = alg.isEmpty() ? nullptr : findAlgorithm(alg);
    if (alg.isEmpty()) {
        add(S::Warning, Tr::tr("no \"alg\": Hydra signs with the key's alg, and a key without one breaks "
                               "signing"));
    } else {
        const QString mismatch = algorithmMismatch(alg, key);
        if (!mismatch.isEmpty()) {
            add(S::Warning, Tr::tr("\"alg\" does not fit the key: %1").arg(mismatch));
        }
    }

    const QString use = key.use();
    if (!use.isEmpty() && use != QStringLiteral("sig") && use != QStringLiteral("enc")) {
        add(S::Info, Tr::tr("\"use\" is \"%1\"; registered values are \"sig\" and \"enc\"").arg(use));
    }
    if (info && !use.isEmpty() && (use == QStringLiteral("sig") || use == QStringLiteral("enc")) && use != info->use) {
        add(S::Warning, (info->use == QStringLiteral("sig") ? Tr::tr("\"use\" is \"%1\" but %2 is for signatures")
                                                            : Tr::tr("\"use\" is \"%1\" but %2 is for encryption"))
                            .arg(use, alg));
    }
    const QStringList ops = key.keyOps();
    if (!ops.isEmpty() && !use.isEmpty()) {
        static const QStringList sigOps = {QStringLiteral("sign"), QStringLiteral("verify")};
        static const QStringList encOps = {QStringLiteral("encrypt"),   QStringLiteral("decrypt"),
                                           QStringLiteral("wrapKey"),   QStringLiteral("unwrapKey"),
                                           QStringLiteral("deriveKey"), QStringLiteral("deriveBits")};
        for (const auto& op : ops) {
            if ((use == QStringLiteral("sig") && encOps.contains(op)) ||
                (use == QStringLiteral("enc") && sigOps.contains(op))) {
                add(S::Warning,
                    Tr::tr("\"use\": \"%1\" contradicts \"key_ops\" entry \"%2\" (RFC 7517 §4.3)").arg(use, op));
            }
        }
    }

    const QList<QByteArray> chain = key.certificateChain();
    for (int i = 0; i < chain.size(); ++i) {
        try {
            const Certificate cert = Certificate::fromDer(chain[i]);
            const QString which = i == 0 ? Tr::tr("the x5c leaf certificate") : Tr::tr("x5c certificate %1").arg(i);
            if (cert.isExpired(now)) {
                add(S::Warning,
                    Tr::tr("%1 (%2) expired on %3").arg(which, cert.subject(), cert.notAfter().toString(Qt::ISODate)));
            }
            if (cert.isNotYetValid(now)) {
                add(S::Warning, Tr::tr("%1 (%2) is not valid before %3")
                                    .arg(which, cert.subject(), cert.notBefore().toString(Qt::ISODate)));
            }
            if (i == 0) {
                const JsonWebKey leafKey = fromEvpPkey(cert.publicKey(), false);
                if (leafKey.thumbprint() != key.thumbprint()) {
                    add(S::Error, Tr::tr("the x5c leaf certificate holds a different key than the JWK"));
                }
                const auto x5t = key.publicMembers().value(QStringLiteral("x5t")).toString();
                if (!x5t.isEmpty() && x5t != cert.x5t()) {
                    add(S::Error, Tr::tr("\"x5t\" is not the SHA-1 thumbprint of the x5c leaf certificate"));
                }
                const auto x5tS256 = key.publicMembers().value(QStringLiteral("x5t#S256")).toString();
                if (!x5tS256.isEmpty() && x5tS256 != cert.x5tS256()) {
                    add(S::Error, Tr::tr("\"x5t#S256\" is not the SHA-256 thumbprint of the x5c leaf certificate"));
                }
            } else {
                const Certificate previous = Certificate::fromDer(chain[i - 1]);
                if (!previous.isIssuedBy(cert)) {
                    add(S::Warning, Tr::tr("x5c certificate %1 did not issue the certificate before it").arg(i));
                }
            }
        } catch (const JwkError& e) {
            add(S::Error, Tr::tr("x5c entry %1 is not a usable certificate: %2").arg(i).arg(e.message()));
        }
    }
    return findings;
}

} // namespace jwk
