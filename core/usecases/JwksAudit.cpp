#include "usecases/JwksAudit.h"

#include "keys/Algorithms.h"
#include "keys/Certificate.h"
#include "keys/JsonStrict.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "keys/OpenSslKey.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "text/TextEscape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
// Messages for people: translated in the desktop app, the English source text in the CLI.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::JwksAudit)
};

// What a kid or a member name of a hostile document may show of itself in a message.
QString shown(const QString& text)
{
    return jwk::escapeControlCharacters(text.left(128));
}
} // namespace

namespace jwk {

using S = AuditFinding::Severity;

QString severityName(AuditFinding::Severity severity)
{
    switch (severity) {
    case S::Info:
        return QStringLiteral("info");
    case S::Warning:
        return QStringLiteral("warning");
    case S::Error:
        return QStringLiteral("error");
    }
    return {};
}

const QStringList& jwksAuditCodes()
{
    static const QStringList codes = {
        QStringLiteral("private-material"), QStringLiteral("symmetric-key"),
        QStringLiteral("duplicate-kid"),    QStringLiteral("invalid-key"),
        QStringLiteral("weak-key"),         QStringLiteral("alg-mismatch"),
        QStringLiteral("x5c-mismatch"),     QStringLiteral("expired-certificate"),
        QStringLiteral("missing-kid"),      QStringLiteral("missing-alg"),
        QStringLiteral("missing-use"),      QStringLiteral("key-age"),
    };
    return codes;
}

namespace {

// The members that are secret in any key type (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2: d).
const QStringList& privateMembers()
{
    static const QStringList names = {QStringLiteral("d"),   QStringLiteral("p"),  QStringLiteral("q"),
                                      QStringLiteral("dp"),  QStringLiteral("dq"), QStringLiteral("qi"),
                                      QStringLiteral("oth"), QStringLiteral("k")};
    return names;
}

void checkCertificates(const JsonWebKey& key, const QString& kid, const QDateTime& now, QList<AuditFinding>& out)
{
    QList<QByteArray> chain;
    try {
        chain = key.certificateChain();
    } catch (const JwkError& e) {
        out.append({S::Error, QStringLiteral("x5c-mismatch"), kid,
                    Tr::tr("\"x5c\" cannot be read: %1").arg(shown(e.message()))});
        return;
    }
    for (int i = 0; i < chain.size(); ++i) {
        try {
            const Certificate cert = Certificate::fromDer(chain[i]);
            if (cert.isExpired(now)) {
                out.append({S::Warning, QStringLiteral("expired-certificate"), kid,
                            (i == 0 ? Tr::tr("the x5c certificate (%1) expired on %2")
                                    : Tr::tr("x5c certificate %3 (%1) expired on %2").arg(i))
                                .arg(shown(cert.subject()), cert.notAfter().toString(Qt::ISODate))});
            }
            if (i > 0) {
                continue;
            }
            const JsonWebKey leaf = fromEvpPkey(cert.publicKey(), false);
            if (leaf.thumbprint() != key.thumbprint()) {
                out.append({S::Error, QStringLiteral("x5c-mismatch"), kid,
                            Tr::tr("the x5c certificate (%1) holds another key than the JWK: a verifier that "
                                   "trusts the certificate checks signatures with a key that is not this one")
                                .arg(shown(cert.subject()))});
            }
            const QJsonObject members = key.publicMembers();
            const QString x5t = members.value(QStringLiteral("x5t")).toString();
            if (!x5t.isEmpty() && x5t != cert.x5t()) {
                out.append({S::Error, QStringLiteral("x5c-mismatch"), kid,
                            Tr::tr("\"x5t\" is not the SHA-1 thumbprint of the x5c certificate")});
            }
            const QString x5tS256 = members.value(QStringLiteral("x5t#S256")).toString();
            if (!x5tS256.isEmpty() && x5tS256 != cert.x5tS256()) {
                out.append({S::Error, QStringLiteral("x5c-mismatch"), kid,
                            Tr::tr("\"x5t#S256\" is not the SHA-256 thumbprint of the x5c certificate")});
            }
        } catch (const JwkError& e) {
            out.append({S::Error, QStringLiteral("x5c-mismatch"), kid,
                        Tr::tr("x5c entry %1 is not a certificate: %2").arg(i).arg(shown(e.message()))});
        }
    }
}

// The findings about one entry of "keys"; the key itself when it can be read.
std::optional<PublishedKey> auditEntry(const QJsonValue& entry, int index, const QDateTime& now,
                                       QList<AuditFinding>& out)
{
    if (!entry.isObject()) {
        out.append({S::Error, QStringLiteral("invalid-key"), QString(),
                    Tr::tr("keys[%1] is not a JSON object, so it is not a key").arg(index)});
        return std::nullopt;
    }
    const QJsonObject object = entry.toObject();
    const QJsonValue kidValue = object.value(QStringLiteral("kid"));
    const QString kid = kidValue.isString() ? kidValue.toString() : QString();
    const QString kty = object.value(QStringLiteral("kty")).toString();

    QStringList secret;
    for (const auto& name : privateMembers()) {
        if (object.contains(name)) {
            secret << name;
        }
    }
    if (kty == QStringLiteral("oct")) {
        out.append({S::Error, QStringLiteral("symmetric-key"), kid,
                    Tr::tr("a symmetric (oct) key is published: whoever reads the JWKS can sign or decrypt with it. "
                           "Remove it from the published sets and replace it everywhere it is used")});
    }
    if (!secret.isEmpty()) {
        out.append({S::Error, QStringLiteral("private-material"), kid,
                    Tr::tr("private key material is published (%1): the key is compromised. Remove it, rotate to a "
                           "new key, and find how it got into the public set")
                        .arg(secret.join(QStringLiteral(", ")))});
    }
    if (!kidValue.isString() || kid.isEmpty()) {
        out.append({S::Warning, QStringLiteral("missing-kid"), QString(),
                    kidValue.isUndefined() || kid.isEmpty()
                        ? Tr::tr("keys[%1] has no \"kid\": verifiers cannot pick it out of the set").arg(index)
                        : Tr::tr("keys[%1] has a \"kid\" that is not a string").arg(index)});
    }

    JsonWebKey key;
    try {
        key = JsonWebKey::fromJson(object);
    } catch (const JwkError& e) {
        if (e.kind() == JwkError::Kind::Unsupported) {
            // RFC 7517 §5: verifiers ignore a key type they do not understand; it cannot be checked here either.
            out.append({S::Warning, QStringLiteral("invalid-key"), kid,
                        Tr::tr("keys[%1] cannot be checked: %2; verifiers that do not know it ignore it")
                            .arg(index)
                            .arg(shown(e.message()))});
        } else {
            out.append({S::Error, QStringLiteral("invalid-key"), kid,
                        Tr::tr("keys[%1] is not a valid key: %2").arg(index).arg(shown(e.message()))});
        }
        return std::nullopt;
    }
    if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
        out.append({S::Error, QStringLiteral("invalid-key"), kid,
                    Tr::tr("keys[%1] is not a valid key: %2").arg(index).arg(shown(problem))});
        return std::nullopt;
    }
    if (key.type() == KeyType::RSA && key.sizeBits() < 2048) {
        out.append({S::Error, QStringLiteral("weak-key"), kid,
                    Tr::tr("RSA %1 is too small to be trusted: replace it with a key of 2048 bits or more")
                        .arg(key.sizeBits())});
    }
    const QString alg = key.alg();
    if (alg.isEmpty()) {
        out.append({S::Warning, QStringLiteral("missing-alg"), kid,
                    Tr::tr("no \"alg\": verifiers that require it reject tokens signed with this key (Hydra signs "
                           "with the key's alg)")});
    } else if (!findAlgorithm(alg)) {
        out.append({S::Error, QStringLiteral("alg-mismatch"), kid,
                    Tr::tr("\"alg\" is \"%1\", which is no JOSE algorithm for a key (RFC 7518)").arg(shown(alg))});
    } else if (const QString mismatch = algorithmMismatch(alg, key); !mismatch.isEmpty()) {
        out.append(
            {S::Error, QStringLiteral("alg-mismatch"), kid, Tr::tr("\"alg\" does not fit the key: %1").arg(mismatch)});
    }
    if (key.use().isEmpty()) {
        out.append({S::Info, QStringLiteral("missing-use"), kid,
                    Tr::tr("no \"use\": some verifiers pick keys by \"use\": \"sig\"")});
    }
    checkCertificates(key, kid, now, out);

    PublishedKey published;
    published.kid = kid;
    published.thumbprint = key.thumbprint();
    published.alg = alg;
    published.use = key.use();
    published.key = key.hasPublicForm() ? key.publicKey() : key;
    return published;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

bool JwksAuditReport::hasErrors() const
{
    for (const auto& f : findings) {
        if (f.severity == S::Error) {
            return true;
        }
    }
    return false;
}

int JwksAuditReport::exitCode() const
{
    return hasErrors() || (comparison && comparison->any()) ? 3 : 0;
}

QJsonObject JwksAuditReport::toJson() const
{
    QJsonArray list;
    for (const auto& f : findings) {
        list.append(QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("kid"), f.kid},
                                {QStringLiteral("message"), f.message}});
    }
    QJsonObject out{{QStringLiteral("source"), source},
                    {QStringLiteral("keys"), keyCount},
                    {QStringLiteral("findings"), list},
                    {QStringLiteral("comparison"), QJsonValue::Null},
                    {QStringLiteral("changes_since_last"), QJsonValue::Null}};
    if (comparison) {
        out.insert(QStringLiteral("comparison"),
                   QJsonObject{{QStringLiteral("against"), comparison->against},
                               {QStringLiteral("published_not_here"), strings(comparison->publishedNotHere)},
                               {QStringLiteral("here_not_published"), strings(comparison->hereNotPublished)},
                               {QStringLiteral("different"), strings(comparison->different)}});
    }
    if (changesSinceLast) {
        out.insert(QStringLiteral("changes_since_last"),
                   QJsonObject{{QStringLiteral("since"), changesSinceLast->since.toString(Qt::ISODate)},
                               {QStringLiteral("added"), strings(changesSinceLast->added)},
                               {QStringLiteral("removed"), strings(changesSinceLast->removed)},
                               {QStringLiteral("changed"), strings(changesSinceLast->changed)}});
    }
    return out;
}

JwksAuditReport auditJwks(const QString& source, const QByteArray& body, const QDateTime& now)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw JwkError(Tr::tr("%1 is not a JWK Set: not valid JSON at offset %2 (%3)")
                           .arg(source)
                           .arg(error.offset)
                           .arg(error.errorString()));
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray()) {
        throw JwkError(Tr::tr("%1 is not a JWK Set: it must be a JSON object with a \"keys\" array").arg(source));
    }
    JwksAuditReport report;
    report.source = source;
    report.checkedAt = now;
    if (const QString name = findDuplicateMember(body); !name.isNull()) {
        report.findings.append({S::Error, QStringLiteral("invalid-key"), QString(),
                                Tr::tr("member \"%1\" occurs twice in one object: two verifiers may read two "
                                       "different keys from this document")
                                    .arg(shown(name))});
    }
    const QJsonArray keys = doc.object().value(QStringLiteral("keys")).toArray();
    report.keyCount = int(keys.size());
    QMap<QString, int> kidCount;
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue kid = keys.at(i).toObject().value(QStringLiteral("kid"));
        if (kid.isString() && !kid.toString().isEmpty()) {
            ++kidCount[kid.toString()];
        }
        if (auto key = auditEntry(keys.at(i), i, now, report.findings)) {
            report.keys.append(*key);
        }
    }
    for (auto it = kidCount.cbegin(); it != kidCount.cend(); ++it) {
        if (it.value() > 1) {
            report.findings.append({S::Error, QStringLiteral("duplicate-kid"), it.key(),
                                    Tr::tr("%1 keys have this kid: a verifier may pick the wrong one and reject "
                                           "valid tokens")
                                        .arg(it.value())});
        }
    }
    return report;
}

JwksComparison compareJwks(const QList<PublishedKey>& published, const QList<JsonWebKey>& reference,
                           const QString& against)
{
    JwksComparison c;
    c.against = against;
    QMap<QString, const JsonWebKey*> here;
    for (const auto& key : reference) {
        if (key.hasPublicForm()) {
            here.insert(key.kid(), &key);
        }
    }
    QSet<QString> publishedKids;
    for (const auto& p : published) {
        publishedKids.insert(p.kid);
        const auto it = here.constFind(p.kid);
        if (it == here.cend()) {
            c.publishedNotHere << p.kid;
        } else if ((*it)->thumbprint() != p.thumbprint || (*it)->alg() != p.alg || (*it)->use() != p.use) {
            if (!c.different.contains(p.kid)) {
                c.different << p.kid;
            }
        }
    }
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        if (!publishedKids.contains(it.key())) {
            c.hereNotPublished << it.key();
        }
    }
    return c;
}

namespace {

void recordLook(const JwksAuditReport& report, KeyStore& store)
{
    QList<QPair<QString, QString>> seen;
    for (const auto& k : report.keys) {
        seen.append({k.kid, k.thumbprint});
    }
    store.snapshots().record(report.source, seen, report.checkedAt);
}

} // namespace

QStringList hydraPublishedSets(const QStringList& extra)
{
    QStringList sets = {QStringLiteral("hydra.openid.id-token"), QStringLiteral("hydra.jwt.access-token")};
    for (const auto& s : extra) {
        if (!sets.contains(s)) {
            sets << s;
        }
    }
    return sets;
}

QUrl wellKnownJwksUrl(const QUrl& publicUrl)
{
    QString base = publicUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QUrl::fromEncoded((base + QStringLiteral("/.well-known/jwks.json")).toLatin1());
}

void applyStoreHistory(JwksAuditReport& report, KeyStore& store, int maxAgeDays, bool record)
{
    QList<SnapshotKey> last;
    try {
        last = store.snapshots().load(report.source);
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Tampered || !record) {
            throw;
        }
        // Asked to record: the tampered rows are replaced by this look, and the tampering is still reported.
        recordLook(report, store);
        throw StoreError(StoreError::Kind::Tampered,
                         Tr::tr("%1 This run recorded what is published now in its place; the next run compares "
                                "with it.")
                             .arg(e.message()));
    }
    if (!last.isEmpty()) {
        JwksChanges changes;
        QMap<QString, QSet<QString>> before; // kid -> thumbprints
        for (const auto& k : last) {
            before[k.kid].insert(k.thumbprint);
            if (!changes.since.isValid() || k.lastSeen > changes.since) {
                changes.since = k.lastSeen;
            }
        }
        QMap<QString, QSet<QString>> now;
        for (const auto& k : report.keys) {
            now[k.kid].insert(k.thumbprint);
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!before.contains(it.key())) {
                changes.added << it.key();
            } else if (before.value(it.key()) != it.value()) {
                changes.changed << it.key();
            }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!now.contains(it.key())) {
                changes.removed << it.key();
            }
        }
        report.changesSinceLast = changes;
    }
    if (maxAgeDays >= 0) {
        QMap<QString, QDateTime> firstSeen; // thumbprint -> earliest sighting
        const auto earliest = [&](const QString& thumbprint, const QDateTime& at) {
            if (at.isValid() && (!firstSeen.contains(thumbprint) || at < firstSeen.value(thumbprint))) {
                firstSeen.insert(thumbprint, at);
            }
        };
        for (const auto& k : last) {
            earliest(k.thumbprint, k.firstSeen);
        }
        for (const auto& info : store.allKeys()) {
            earliest(info.thumbprint, info.created);
        }
        for (const auto& k : report.keys) {
            const QDateTime first = firstSeen.value(k.thumbprint);
            if (!first.isValid()) {
                continue;
            }
            const qint64 days = first.daysTo(report.checkedAt);
            if (first.addDays(maxAgeDays) < report.checkedAt) {
                report.findings.append({S::Warning, QStringLiteral("key-age"), k.kid,
                                        Tr::tr("first seen %1 days ago (%2), more than the %3 days allowed: rotate it")
                                            .arg(days)
                                            .arg(first.toString(Qt::ISODate))
                                            .arg(maxAgeDays)});
            }
        }
    }
    if (record) {
        recordLook(report, store);
    }
}

} // namespace jwk
