#pragma once
// Encryption at rest exactly as Ory Hydra encrypts its hydra_jwk rows (aead/aesgcm.go): AES-256-GCM with a
// 12-byte random nonce, a 16-byte tag and no associated data, under SHA-256 of the secret string; the stored
// text is URL-safe base64 *with* '=' padding of nonce || ciphertext || tag. A row written by one can be read by
// the other.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace jwk {

class SecretCipher
{
public:
    // The 32-byte AES key for a secret string: SHA-256 of its bytes (Hydra's x.HashStringSecret).
    static SecureBytes deriveKey(const SecureBytes& secret);

    static QByteArray encrypt(const SecureBytes& plaintext, const SecureBytes& key);
    // Tries each key in order; nullopt when none authenticates the ciphertext (or it is malformed).
    // `usedKey` receives the index of the key that worked.
    static std::optional<SecureBytes> decrypt(const QByteArray& stored, const QList<SecureBytes>& keys,
                                              int* usedKey = nullptr);
};

} // namespace jwk
