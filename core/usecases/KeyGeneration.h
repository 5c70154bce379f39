#pragma once
// A generated key into a key set, for both front ends: stored (the set made when missing), audited as generated,
// and refused with one reason when the set cannot take it.

#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"

#include <QString>

namespace jwk {

class KeyStore;

// Adds a key just generated to `setName` (created when missing), audited as "generated", and returns the kid it is
// stored under. Throws StoreError (Conflict) with the store's reason when it was not added (a different key with the
// same kid, the same key already there), and StoreError as KeyStore::addKeys otherwise.
QString addGeneratedKey(KeyStore& store, const QString& setName, const JsonWebKey& key);

// Generates a key (blocking: RSA 4096 takes seconds) and adds it with addGeneratedKey(); returns it with the kid it
// is stored under. Throws JwkError when the options do not fit the algorithm (nothing is stored), StoreError as
// addGeneratedKey(). The desktop generates on a worker (KeyGenerationJob) and calls addGeneratedKey() itself.
JsonWebKey generateIntoSet(KeyStore& store, const QString& setName, const GenerateOptions& options);

} // namespace jwk
