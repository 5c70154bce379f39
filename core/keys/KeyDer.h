#pragma once
// SubjectPublicKeyInfo and PKCS#8 PrivateKeyInfo written from a JWK's members, byte for byte as OpenSSL 3.0's
// encoders write them (tst_keyder compares every key of the test corpus and seeded random ones; fuzz_jwk checks that
// OpenSSL reads back each one), without building an encoder per key: that took most of an export (issue #14).
// The key must have passed toEvpPkey() first: these only write, they check nothing.

#include "keys/JsonWebKey.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace jwk {

// The DER of the public key; nullopt for a key these do not write (oct).
std::optional<QByteArray> spkiDer(const JsonWebKey& key);
// The DER of the private key; nullopt for a key these do not write (public, oct, RSA with d alone).
std::optional<SecureBytes> pkcs8Der(const JsonWebKey& key);

// PEM as OpenSSL writes it: BEGIN line, base64 in lines of 64, END line, each ending in a line feed.
SecureBytes pemArmour(const char* label, const SecureBytes& der);

} // namespace jwk
