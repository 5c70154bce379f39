#pragma once
// PKCS#12 (.p12, .pfx) for the Java and Windows world: one private key with its certificate chain.
// Written with AES-256-CBC and PBKDF2-HMAC-SHA256 for the key and the certificates (PBES2, never RC2 or 3DES) and a
// SHA-256 MAC, the chain from x5c, the kid as friendly name. Read: the one private key, its chain (leaf first, as
// x5c) and the friendly name as kid. Iteration counts are bounded before anything is derived; RC2 (OpenSSL's legacy
// provider) is refused with a note on how to re-export.

#include "keys/JsonWebKey.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QStringList>

namespace jwk {

// PBKDF2 iterations for the key and certificate bags, and PKCS#12 KDF iterations for the MAC: the same for both,
// since a guesser attacks whichever is cheaper. 600,000 is OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
constexpr int kPkcs12Iterations = 600'000;

// Whether `der` is one whole PKCS#12 PFX structure (nothing decrypted).
bool isPkcs12Der(const QByteArray& der);

// Checks what reading would cost and use before a passphrase is asked for: damaged structure, iteration counts above
// kMaxPbkdf2Iterations, RC2 (legacy) encryption. Empty when it may be read, else the reason for people.
QString checkPkcs12(const QByteArray& der);

// Writes `key` (private, RSA, EC or OKP) with the chain of its x5c. Throws JwkError (a public or oct key, a leaf
// certificate that does not belong to the key, an empty passphrase).
SecureBytes writePkcs12(const JsonWebKey& key, const SecureBytes& passphrase, int iterations = kPkcs12Iterations);

struct Pkcs12Contents
{
    JsonWebKey key;
    QStringList warnings;
};
// Reads the one private key. Throws JwkError: Kind::WrongPassphrase when the MAC (or, without one, the key's
// decryption) fails; InvalidInput for no key, several keys, or damage.
Pkcs12Contents readPkcs12(const QByteArray& der, const SecureBytes& passphrase);

} // namespace jwk
