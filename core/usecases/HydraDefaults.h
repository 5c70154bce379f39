#pragma once
// The key sets an Ory Hydra deployment uses, made the way Hydra makes them: hydra.openid.id-token and
// hydra.jwt.access-token (RS256, RSA 4096, use sig, UUIDv4 kid) and hydra.https-tls (RSA 4096 with a
// self-signed certificate for localhost and 127.0.0.1 in x5c, x5t and x5t#S256). RSA 4096 takes seconds: create()
// is the whole use case, blocking (the CLI); the desktop runs generate() on its worker job, with progress and
// cancel, and then store().

#include "keys/JsonWebKey.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace jwk {

class KeyStore;

struct HydraDefaultKey
{
    QString setName;
    JsonWebKey key;
};

struct HydraDefaultsResult
{
    QStringList created;        // the sets generated and filled, in setNames() order
    QStringList alreadyPresent; // the sets that held keys already
};

class HydraDefaults
{
public:
    static const QStringList& setNames();
    // Sets of `store` that are missing or empty: the ones to generate. Throws StoreError (Conflict) when one of
    // them is in the trash, before any key is made.
    static QStringList missingSets(const KeyStore& store);

    // Generates one key per set, blocking (call it on a worker thread). progress(done, total, what) is called
    // on the generating thread. Throws JwkError (Cancelled when cancelled).
    static QList<HydraDefaultKey> generate(const QStringList& sets,
                                           const std::function<void(int, int, const QString&)>& progress,
                                           const std::atomic_bool* cancel);
    // Adds the generated keys to the store (all sets in one transaction) and returns the names of the sets filled.
    static QStringList store(KeyStore& store, const QList<HydraDefaultKey>& keys);
    // The whole use case on this thread: missingSets(), generate() and store(). Throws StoreError (before any key is
    // made when a set is in the trash) and JwkError.
    static HydraDefaultsResult create(KeyStore& store, const std::function<void(int, int, const QString&)>& progress,
                                      const std::atomic_bool* cancel = nullptr);
};

} // namespace jwk
