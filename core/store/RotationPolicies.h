#pragma once
// The rotation policy of each key set: rotate its signing key every N days, and wait at least M days between
// publishing a new key and activating it (the overlap, so that verifiers have fetched the new public key before
// tokens signed by it arrive). Kept per set name, sealed with the system secret like the staged rotations: an edited
// period could hide a key that is overdue, an edited overlap could let an activation through early. A policy follows
// its set: a rename moves it (KeyStore::renameKeySet), a set in the trash keeps it for a restore, and emptying the
// trash purges it with the set.
//
// Not covered by the seal (as with every sealed part): a row deleted or replaced by an older sealed row of the same
// set. Whoever can write the store file can remove a policy; the policy is a reminder, not an access control.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jwk {

class KeyStore;
struct RotationState;

struct RotationPolicy
{
    QString setName;
    std::optional<int> rotateEveryDays; // the signing key is due this many days after it was created
    std::optional<int> overlapDays;     // at least this many days from publish to activate
    QDateTime updated;
    bool isEmpty() const { return !rotateEveryDays && !overlapDays; }
};

class RotationPolicies
{
public:
    // The bounds of the two numbers: a period of 1 day to 10 years, an overlap of 0 days up to (not including) the
    // period when both are set.
    static constexpr int kMaxDays = 3650;

    explicit RotationPolicies(KeyStore& store)
        : m_store(store)
    {
    }

    // Why `policy` cannot be kept (out of range, an overlap not shorter than the period); empty when it can.
    static QString problem(const RotationPolicy& policy);

    // Sets the policy of a live set (StoreError NotFound when there is none, InvalidInput on a problem()); an empty
    // policy clears it. One transaction.
    void save(const RotationPolicy& policy);
    void clear(const QString& setName);
    // The policy of the set (live or in the trash); none when it has none. Throws StoreError Tampered when the row was
    // changed without the secret.
    std::optional<RotationPolicy> find(const QString& setName) const;
    // The policies of the live sets, by set name. Throws StoreError Tampered on the first tampered row.
    QList<RotationPolicy> all() const;

    // --- in the caller's transaction (KeyStore, Trash)
    // The policy follows its set to its new name (re-sealed over the new name when authentic; a tampered row stays
    // tampered).
    void renameSet(const QString& name, const QString& newName);
    // Drops the policies of sets purged from the trash.
    void purgeDeletedSets();
    // Re-seals the authentic rows under the first secret (after a secret rotation).
    void reseal();

private:
    QByteArray mac(int secretIndex, const QString& setName, const QVariant& rotateEvery, const QVariant& overlap,
                   qint64 updatedMs) const;
    // The index of the configured secret whose seal matches, -1 when none does.
    int sealIndex(const QString& setName, const QVariant& rotateEvery, const QVariant& overlap, qint64 updatedMs,
                  const QByteArray& stored) const;
    RotationPolicy fromRow(const QString& setName, const QVariant& rotateEvery, const QVariant& overlap,
                           qint64 updatedMs, const QByteArray& stored) const;

    KeyStore& m_store;
};

// The earliest moment a staged rotation's published key may be activated under the set's policy: the time it was
// published plus the overlap. None when the rotation is not at "published" or the set has no overlap.
std::optional<QDateTime> earliestActivation(const RotationState& state, const std::optional<RotationPolicy>& policy);

} // namespace jwk
