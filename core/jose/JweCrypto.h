#pragma once
// The cryptography of a password-protected JWE (RFC 7518 §4.8 and §5), all done by OpenSSL: PBES2 key derivation
// (PBKDF2-HMAC-SHA-2), AES key wrap (RFC 3394), and the six content encryptions A128/192/256GCM and
// A128CBC-HS256, A192CBC-HS384, A256CBC-HS512 (AES-CBC with an HMAC tag, compared in constant time). JwePbes2 builds
// the compact serialization on top of these; tests use them for the RFC's known answers.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace jwk::jose {

// A PBES2 key management algorithm: PBES2-HS256+A128KW, PBES2-HS384+A192KW, PBES2-HS512+A256KW.
struct Pbes2Algorithm
{
    QString name;
    const char* digest; // the PBKDF2 PRF's hash, an OpenSSL name
    int kekBytes;       // the AES key wrap key, derived by PBKDF2
};
const Pbes2Algorithm* findPbes2Algorithm(QStringView name);
QStringList pbes2AlgorithmNames();

// A content encryption algorithm ("enc").
struct ContentEncryption
{
    QString name;
    int cekBytes;          // the content encryption key (for CBC-HMAC: MAC key then AES key)
    int ivBytes;           // 12 for GCM, 16 for CBC
    int tagBytes;          // 16, 24 or 32
    bool gcm;              // AES-GCM; else AES-CBC + HMAC (RFC 7518 §5.2)
    const char* cipher;    // an OpenSSL cipher name
    const char* macDigest; // the HMAC's hash for CBC-HMAC
};
const ContentEncryption* findContentEncryption(QStringView name);
QStringList contentEncryptionNames();

// PBKDF2 with the algorithm's hash over the salt UTF8(alg) || 0x00 || p2s (RFC 7518 §4.8.1.1): the key wrap key.
SecureBytes derivePbes2Key(const Pbes2Algorithm& alg, const SecureBytes& passphrase, const QByteArray& p2s,
                           int iterations);

// AES key wrap (RFC 3394) with the default IV. Throws JwkError (Internal) when OpenSSL fails.
QByteArray aesKeyWrap(const SecureBytes& kek, const SecureBytes& key);
// Unwraps; nullopt when the integrity check fails (a wrong key wrap key: a wrong passphrase).
std::optional<SecureBytes> aesKeyUnwrap(const SecureBytes& kek, const QByteArray& wrapped);

struct Sealed
{
    QByteArray ciphertext;
    QByteArray tag;
};
// Encrypts with `cek` and `iv` (of the sizes `enc` names), authenticating `aad` (the ASCII of the encoded protected
// header). Throws JwkError (Internal) when OpenSSL fails.
Sealed encryptContent(const ContentEncryption& enc, const SecureBytes& cek, const QByteArray& iv, const QByteArray& aad,
                      const SecureBytes& plaintext);
// Decrypts; nullopt when the tag does not match (the ciphertext, IV or header was altered). The tag is checked
// before anything is decrypted.
std::optional<SecureBytes> decryptContent(const ContentEncryption& enc, const SecureBytes& cek, const QByteArray& iv,
                                          const QByteArray& aad, const QByteArray& ciphertext, const QByteArray& tag);

// Random bytes from OpenSSL's CSPRNG. Throws JwkError (Internal) when it fails.
QByteArray randomBytes(int count);
SecureBytes randomSecret(int count);

} // namespace jwk::jose
