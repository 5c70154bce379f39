#pragma once
// Makes new keys for a JOSE algorithm with OpenSSL's CSPRNG. RSA generation reports progress and can be
// cancelled from another thread.

#include "keys/JsonWebKey.h"

#include <atomic>
#include <functional>

namespace jwk {

enum class KidMode { Thumbprint, Uuid };

struct GenerateOptions
{
    QString alg;   // required, e.g. "ES256"
    int bits = 0;  // RSA modulus or oct size; 0 for the algorithm's default
    QString curve; // for algorithms with several curves; empty for the default
    QString kid;   // explicit kid; wins over kidMode
    KidMode kidMode = KidMode::Thumbprint;
    QString use;                       // empty: the algorithm's use
    std::function<void(int)> progress; // RSA prime search steps, called on the generating thread
    const std::atomic_bool* cancel = nullptr;
};

// Throws JwkError (InvalidInput for a bad option, Cancelled when cancelled).
JsonWebKey generateKey(const GenerateOptions& options);

} // namespace jwk
