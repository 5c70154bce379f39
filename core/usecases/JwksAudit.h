#pragma once
// What a published JWK Set really holds, checked as a verifier and an attacker would (jwkman-cli audit, the
// desktop's Published Keys): private or symmetric material that must never be public, duplicate kids, keys that do
// not validate, weak keys, an alg that does not fit, x5c certificates that hold another key or have expired, and
// what verifiers need (kid, alg, use). Then, what differs from the keys it should publish (a local set, or what a
// Hydra admin API holds for its broadcast sets), what changed since the last recorded look, and how long each key
// has been published. The finding codes and the JSON field names are an exact interface: scripts rely on them.

#include "keys/JsonWebKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace jwk {

class KeyStore;

struct AuditFinding
{
    enum class Severity { Info, Warning, Error };
    Severity severity;
    QString code; // "private-material", "symmetric-key", "duplicate-kid", ... (jwksAuditCodes())
    QString kid;  // empty: the finding is about the document, or the key has none
    QString message;
};

QString severityName(AuditFinding::Severity severity);
// Every finding code, in the order the issue defines them.
const QStringList& jwksAuditCodes();

// One entry of the published "keys" array that is a key JWK Manager can read.
struct PublishedKey
{
    QString kid;
    QString thumbprint; // RFC 7638, SHA-256
    QString alg;
    QString use;
    JsonWebKey key; // the public form only (private members, when published, are dropped here)
};

struct JwksComparison
{
    QString against;              // "set S", "remote R (sets A, B)"
    QStringList publishedNotHere; // kids published but not among the reference keys
    QStringList hereNotPublished; // public kids of the reference not published
    QStringList different;        // kids in both whose public parts (key, alg, use) differ
    bool any() const { return !publishedNotHere.isEmpty() || !hereNotPublished.isEmpty() || !different.isEmpty(); }
};

struct JwksChanges
{
    QStringList added;   // kids published now, not at the last recorded look
    QStringList removed; // kids recorded last time, no longer published
    QStringList changed; // kids published both times with another key
    QDateTime since;     // the last recorded look
};

struct JwksAuditReport
{
    QString source;
    int keyCount = 0; // entries of "keys"
    QList<PublishedKey> keys;
    QList<AuditFinding> findings;
    std::optional<JwksComparison> comparison;
    std::optional<JwksChanges> changesSinceLast;
    QDateTime checkedAt;

    bool hasErrors() const;
    // 0 when no error finding and no difference, else 3 (the CLI's exit code).
    int exitCode() const;
    // {"source", "keys", "findings", "comparison", "changes_since_last"} (comparison and changes null when none).
    QJsonObject toJson() const;
};

// Checks the text of a JWK Set. Throws JwkError when it is not one at all (not JSON, not an object, no "keys"
// array): the input is unreadable. Every other problem is a finding.
JwksAuditReport auditJwks(const QString& source, const QByteArray& body,
                          const QDateTime& now = QDateTime::currentDateTimeUtc());

// Compares what is published with the keys that should be (their public forms; oct keys have none and are left out).
JwksComparison compareJwks(const QList<PublishedKey>& published, const QList<JsonWebKey>& reference,
                           const QString& against);

// The sets a Hydra publishes at /.well-known/jwks.json: hydra.openid.id-token and hydra.jwt.access-token always,
// and those of webfinger.jwks.broadcast_keys (`extra`), de-duplicated.
QStringList hydraPublishedSets(const QStringList& extra);
// A public URL's /.well-known/jwks.json.
QUrl wellKnownJwksUrl(const QUrl& publicUrl);

// What the store knows about the published keys, and what it keeps of this look (JwksSnapshots):
// - changes since the last recorded look of this source (none when it was never recorded);
// - key-age warnings for keys first seen more than maxAgeDays ago (maxAgeDays < 0: no check), first seen being the
//   earliest of the recorded snapshots and the creation time of a key with the same thumbprint in the store;
// - with record, this look becomes the new snapshot.
// Throws StoreError (a tampered snapshot row: Tampered).
void applyStoreHistory(JwksAuditReport& report, KeyStore& store, int maxAgeDays, bool record);

} // namespace jwk
