#include "usecases/KeyGeneration.h"

#include "store/KeyStore.h"

namespace jwk {

QString addGeneratedKey(KeyStore& store, const QString& setName, const JsonWebKey& key)
{
    const AddKeysResult result = store.addKeys(setName, {key}, AuditLog::Action::Generated);
    if (result.added.isEmpty()) {
        // One key: one reason, "kid: why" as the store put it.
        throw StoreError(StoreError::Kind::Conflict, result.failed.value(0, result.skipped.value(0)));
    }
    return result.added.first();
}

JsonWebKey generateIntoSet(KeyStore& store, const QString& setName, const GenerateOptions& options)
{
    JsonWebKey key = generateKey(options);
    const QString kid = addGeneratedKey(store, setName, key);
    if (kid != key.kid()) {
        key.setKid(kid);
    }
    return key;
}

} // namespace jwk
