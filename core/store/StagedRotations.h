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
    QDateTime updated;
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

    // Re-seals the authentic rows under the first secret (after a secret rotation; migrating: unsealed rows of a store
    // before schema 4 count as authentic). In the caller's transaction.
    void reseal(bool migrating);

private:
    QByteArray mac(int secretIndex, const QString& remote, const QString& setName, const QString& newKid,
                   const QString& oldKid, const QString& step) const;

    KeyStore& m_store;
};

} // namespace jwk
