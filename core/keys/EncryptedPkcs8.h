#pragma once
// Encrypted PKCS#8 (EncryptedPrivateKeyInfo) before it is decrypted: the cost its key derivation asks for is read
// from its parameters and bounded, so that a file cannot keep JWK Manager deriving keys for hours.

#include <QByteArray>
#include <QString>

namespace jwk {

// The most PBKDF2 (or PKCS#12 / PKCS#5 v1 PBE) iterations JWK Manager runs to decrypt a key: about ten seconds of
// work on a current machine, 16 times the 600,000 it writes itself (OWASP's figure for PBKDF2-HMAC-SHA256).
constexpr qint64 kMaxPbkdf2Iterations = 10'000'000;

// Checks the DER of an EncryptedPrivateKeyInfo without decrypting it. Returns an empty string when it may be
// decrypted, else what is wrong (damaged structure, an iteration count above kMaxPbkdf2Iterations) for people.
QString checkEncryptedPkcs8(const QByteArray& der);

} // namespace jwk
