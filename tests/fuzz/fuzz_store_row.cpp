// libFuzzer target: the decrypt path of a stored row: the keydata text (URL-safe base64 of nonce||ct||tag) is
// opened with the configured secrets, and what decrypts is parsed as a JWK. Half of the inputs are first
// encrypted under the secret, so that the fuzzer reaches the JWK parser behind the cipher.

#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "store/SecretCipher.h"

#include <cstdint>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QList<SecureBytes> keys = {SecretCipher::deriveKey(SecureBytes("fuzzing-secret-0123456789", 25)),
                                            SecretCipher::deriveKey(SecureBytes("older-secret-abcdefghijkl", 25))};
    if (size == 0) {
        return 0;
    }
    QByteArray stored;
    if (data[0] & 1) {
        stored = SecretCipher::encrypt(SecureBytes(reinterpret_cast<const char*>(data + 1), size - 1),
                                       keys[data[0] & 2 ? 1 : 0]);
    } else {
        stored = QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    }
    int used = -1;
    const auto plain = SecretCipher::decrypt(stored, keys, &used);
    if (plain) {
        try {
            (void)JsonWebKey::fromJson(plain->view()).kid();
        } catch (const JwkError&) {
        }
    }
    return 0;
}
