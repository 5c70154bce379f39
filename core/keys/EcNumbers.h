#pragma once
// EC key checks on the numbers, on one EC_GROUP per curve made once for the process: the public point below the field
// prime, on the curve and not at infinity; a private scalar d in [1, n-1] with d·G equal to the point. That is what
// EVP_PKEY_public_check_quick, EVP_PKEY_private_check and EVP_PKEY_pairwise_check establish for P-256, P-384 and
// P-521, without building the group again for every key (EVP_PKEY_fromdata does) and without the pairwise check's
// full public check n·Q = infinity, which cannot fail on these curves: their cofactor is 1, so every point on the
// curve is in the group of prime order n. OpenSSL does the arithmetic (EC_POINT); d·G is its constant-time path.

#include "keys/SecureBytes.h"

#include <QByteArray>

#include <openssl/bn.h>

namespace jwk::ecnumbers {

enum class Result { Ok, NotOnCurve, Mismatch, UnknownCurve };

// `groupName` is OpenSSL's ("prime256v1", "secp384r1", "secp521r1"); x and y big-endian field elements; d optional.
Result checkAffine(const char* groupName, const QByteArray& x, const QByteArray& y, const SecureBytes* d);
// The same for a point as SEC1 octets (compressed or not), as OpenSSL reports a decoded key's, and d as a BIGNUM.
Result checkEncoded(const char* groupName, const QByteArray& point, const BIGNUM* d);

} // namespace jwk::ecnumbers
