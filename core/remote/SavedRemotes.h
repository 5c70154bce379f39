#pragma once
// The remote Hydra endpoints saved in a store (table jwk_remotes). Credentials (bearer token, custom header values,
// the client key) are kept encrypted under the system secret like keys, with the clear columns (URLs, CA and client
// certificates, tracked sets, timeout) repeated inside the encrypted record: an edit made without the secret is found
// out before any request.

#include "remote/RemoteProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace jwk {

class KeyStore;

class SavedRemotes
{
public:
    explicit SavedRemotes(const KeyStore& store)
        : m_store(store)
    {
    }

    // Inserts or replaces by name. With `replacing` (another name), the remote of that name is renamed to
    // profile.name in the same transaction; refused (StoreError Conflict) while a rotation staged under the old name
    // is unfinished.
    void save(const RemoteProfile& profile, const QString& replacing = QString());
    // Throw StoreError Undecryptable or Tampered for a profile that cannot be trusted.
    QList<RemoteProfile> list() const;
    std::optional<RemoteProfile> find(const QString& name) const;
    // With its staged rotations. Throws StoreError NotFound.
    void remove(const QString& name);

private:
    RemoteProfile fromQuery(const QSqlQuery& q) const;

    const KeyStore& m_store; // its connection: reading and writing this table changes no state of the KeyStore object
};

} // namespace jwk
