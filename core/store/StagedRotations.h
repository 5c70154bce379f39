#pragma once
// Staged rotations in progress, per remote and set (Hydra itself has none: a new key signs at once). Each row is
// sealed with the system secret: an edited old kid could otherwise make "retire" delete the key Hydra signs with.

#include <QDateTime>
#include <QString>

#include <optional>

namespace jwk {

class KeyStore;

struct RotationState
{
    enum class Step { Published, Activated, Retired };
    QString remote; // profile name or URL
    QString setName;
    QString newKid;
    QString oldKid; // the signing key when the rotation started
    Step step = Step::Published;
    QDateTime updated; // when the step was taken (save(): now when not valid); sealed with the row
};

class StagedRotations
{
public:
    explicit StagedRotations(KeyStore& store)
        : m_store(store)
    {
    }

    void save(const RotationState& state);
    // Throws StoreError Tampered when the row was changed without the secret.
    std::optional<RotationState> find(const QString& remote, const QString& setName) const;
    void clear(const QString& remote, const QString& setName);

    // What else counts as authentic while re-sealing: nothing (after a secret rotation), rows sealed without their
    // time (a store before schema 6), or also unsealed rows (a store before schema 4).
    enum class Legacy { None, SealedWithoutTime, Unsealed };
    // Re-seals the authentic rows under the first secret. In the caller's transaction.
    void reseal(Legacy accept);

private:
    // The seal covers the kids, the step and the time (updated_at: the overlap of a policy counts from it).
    QByteArray mac(int secretIndex, const QString& remote, const QString& setName, const QString& newKid,
                   const QString& oldKid, const QString& step, qint64 updatedMs) const;
    QByteArray macBeforeSchema6(int secretIndex, const QString& remote, const QString& setName, const QString& newKid,
                                const QString& oldKid, const QString& step) const;

    KeyStore& m_store;
};

} // namespace jwk
