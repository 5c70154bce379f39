#pragma once
// The consistency checks a key from outside passes, on the EVP_PKEY OpenSSL holds: RSA numbers that fit together,
// EC points on their curve with a private scalar that belongs to them, OKP points that are usable public keys.
// toEvpPkey() runs them on a key it builds from a JWK; an importer runs the same checks on a key OpenSSL decoded
// itself (checkDecodedKey), rather than building the key a second time from its own JWK.
// Each throws JwkError with a message for people (never key material).

#include "keys/JsonWebKey.h"

#include <QByteArray>
#include <QString>

#include <openssl/bn.h>
#include <openssl/evp.h>

namespace jwk {

// An RSA key's numbers, as the caller holds them (the private ones null for a public key).
struct RsaNumbers
{
    const BIGNUM* n = nullptr;
    const BIGNUM* e = nullptr;
    const BIGNUM* d = nullptr;
    const BIGNUM* p = nullptr;
    const BIGNUM* q = nullptr;
    const BIGNUM* dp = nullptr;
    const BIGNUM* dq = nullptr;
    const BIGNUM* qi = nullptr;
};
// e odd, 3 <= e < n, n of 512 to 16384 bits without small factors; private: n = p·q and d, dp, dq, qi consistent.
// On the numbers themselves: fetching them back from an EVP_PKEY (OSSL_PARAM export) cost as much as the checks.
void checkRsaNumbers(const RsaNumbers& key, bool isPrivate);
// The same on the JWK's members.
void checkRsaJwk(const JsonWebKey& key);

// The point on its curve and not at infinity; private: d in [1, n-1] and d·G equal to the point.
void checkEcKey(const EVP_PKEY* pkey, bool isPrivate, const QString& crv);
// The same on the JWK's own numbers (x, y, d), without an EVP_PKEY: what admitting an EC JWK needs.
void checkEcJwk(const JsonWebKey& key);

// Ed25519/Ed448: `x` a canonical point encoding and not of small order. Other curves: nothing to check here.
void checkEdwardsPublic(const QByteArray& x, const QString& crv);

// X25519/X448 public keys: not of small order (a key agreement with it would give an all-zero secret).
void checkMontgomeryPublic(const EVP_PKEY* pkey, const QString& crv, const char* algorithm);

// All of the above for `key`, the JWK fromEvpPkey() made of `pkey`, which OpenSSL decoded from DER or PEM. For OKP
// private keys OpenSSL derived the public key from the private one while decoding, so they are a pair already.
void checkDecodedKey(const EVP_PKEY* pkey, const JsonWebKey& key);

} // namespace jwk
