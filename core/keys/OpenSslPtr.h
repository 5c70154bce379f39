#pragma once
// unique_ptr aliases for the OpenSSL objects the core owns, the last OpenSSL error as text, and numbers to and from
// OpenSSL (a JWK member's octets, a key's parameter).

#include "keys/SecureBytes.h"

#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/x509.h>

namespace jwk {

template<auto Fn>
struct OsslDeleter
{
    template<typename T>
    void operator()(T* p) const noexcept
    {
        Fn(p);
    }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<EVP_PKEY_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_free>>;
using SecretBnPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_clear_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, OsslDeleter<BN_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OsslDeleter<OSSL_PARAM_BLD_free>>;
// BNs pushed from BN_secure_new() land in a block that OSSL_PARAM_free() wipes (OPENSSL_secure_clear_free).
using ParamsPtr = std::unique_ptr<OSSL_PARAM, OsslDeleter<OSSL_PARAM_free>>;
using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509_free>>;

// The reason of the most recent OpenSSL error (library and reason, without file and line), and clears the
// error queue. OpenSSL's reasons name what failed, never key material.
QString takeOpenSslError();
void clearOpenSslErrors();

// Big-endian octets (a JWK member's) as a number; a private member's number in OpenSSL's secure heap when it has one,
// freed wiped.
BnPtr toBn(const QByteArray& bytes);
SecretBnPtr toSecretBn(const SecureBytes& bytes);

// The number `name` of `pkey` (an OSSL_PKEY_PARAM_* name), null when the key has none; what EVP_PKEY_get_bn_param
// gives, read through a buffer the size of the key (OpenSSL 3.0's own zeroes, fills and reads back 2,048 bytes per
// number: most of the time of turning an RSA key into a JWK). The buffer is wiped; the number is freed wiped.
SecretBnPtr keyNumber(const EVP_PKEY* pkey, const char* name);

} // namespace jwk
