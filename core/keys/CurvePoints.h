#pragma once
// Checks on the public points of Edwards and Montgomery curve keys that OpenSSL 3.0 does not make when it loads a raw
// key: that an EdDSA public key decodes to a point at all, and that a public key is not of small order (where a
// signature check or a key agreement proves nothing).

#include "keys/OpenSslPtr.h"

#include <QByteArray>

namespace jwk::curvepoints {

// RFC 8032 §5.1.3 / §5.2.3 decoding of x (Ed25519, or Ed448 when ed448).
bool isEdwardsPointEncoding(const QByteArray& x, bool ed448);
// The encodings of the points of order 1, 2, 4 and 8, with either sign bit.
bool isSmallOrderEdwardsPoint(const QByteArray& x, bool ed448);
// X25519/X448 ("X25519" or "X448"): true when a derivation with `peer` gives the all-zero secret.
bool isSmallOrderMontgomeryPoint(EVP_PKEY* peer, const char* algorithm);

} // namespace jwk::curvepoints
