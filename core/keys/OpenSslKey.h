#pragma once
// JWK ⇄ OpenSSL EVP_PKEY, built on OpenSSL 3's OSSL_PARAM API (EVP_PKEY_fromdata / EVP_PKEY_get_*_param).
// toEvpPkey() checks the key as a careful implementation must: public points on the curve, private parts that
// match the public parts, consistent RSA CRT parameters.

#include "keys/JsonWebKey.h"
#include "keys/OpenSslPtr.h"

namespace jwk {

// Throws JwkError for oct keys, inconsistent keys and unsupported ones.
EvpPkeyPtr toEvpPkey(const JsonWebKey& key);

// The JWK of an EVP_PKEY (RSA, RSA-PSS, EC on P-256/384/521, Ed25519, Ed448, X25519, X448). With
// includePrivate false, or when the key has no private part, the result is public.
JsonWebKey fromEvpPkey(const EVP_PKEY* pkey, bool includePrivate = true);

// kty/crv of an EVP_PKEY as a short description for messages ("RSA", "EC P-384", "DSA" ...).
QString describeEvpPkey(const EVP_PKEY* pkey);

} // namespace jwk
