#pragma once
// What a published JWKS held when `audit --record` last looked at it, per source (a URL, a file, remote:NAME): each
// key's kid and RFC 7638 thumbprint, when it was first and last seen. The next audit says what was added, removed or
// changed since, and how long each key has been published (key-age). Each row is sealed with the system secret like
// the staged rotations: a row edited without it (to hide a key's age, or a change) is refused, not believed.

#include <QDateTime>
#include <QList>
#include <QString>

namespace jwk {

class KeyStore;

struct SnapshotKey
{
    QString kid; // may be empty (a published key without kid)
    QString thumbprint;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

class JwksSnapshots
{
public:
    explicit JwksSnapshots(KeyStore& store)
        : m_store(store)
    {
    }

    // Whether anything was ever recorded for `source`.
    bool has(const QString& source) const;
    // The keys last recorded for `source` (empty when none). Throws StoreError Tampered when a row was changed
    // without the system secret.
    QList<SnapshotKey> load(const QString& source) const;
    // Replaces the snapshot of `source` with `keys` (kid, thumbprint) as seen at `at`, in one transaction: a key seen
    // before (same kid and thumbprint) keeps its first-seen time, from authentic rows only (a tampered row is replaced,
    // never believed); keys no longer published are dropped.
    void record(const QString& source, const QList<QPair<QString, QString>>& keys, const QDateTime& at);
    // Every recorded source, sorted.
    QStringList sources() const;

    // Re-seals the authentic rows under the first secret (after a secret rotation). In the caller's transaction.
    void reseal();

private:
    // The rows of `source`; with `skipTampered`, rows whose seal fails are left out instead of refused.
    QList<SnapshotKey> rows(const QString& source, bool skipTampered) const;
    QByteArray mac(int secretIndex, const QString& source, const QString& kid, const QString& thumbprint,
                   qint64 firstSeen, qint64 lastSeen) const;

    KeyStore& m_store;
};

} // namespace jwk
