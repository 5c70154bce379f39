// libFuzzer target: JWK and JWK Set parsing, serialisation, public form and the OpenSSL conversion; the SPKI and
// PKCS#8 that jwkman writes itself (core/keys/KeyDer) are byte for byte OpenSSL's and read back as the same key.

#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/OpenSslKey.h"

#include <openssl/encoder.h>
#include <openssl/x509.h>

#include <cstdint>
#include <cstdlib>

using namespace jwk;

namespace {

QByteArray opensslDer(EVP_PKEY* pkey, int selection, const char* structure)
{
    OSSL_ENCODER_CTX* ctx = OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, "DER", structure, nullptr);
    unsigned char* out = nullptr;
    size_t len = 0;
    QByteArray der;
    if (ctx && OSSL_ENCODER_to_data(ctx, &out, &len) == 1) {
        der = QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
    }
    OPENSSL_clear_free(out, len);
    OSSL_ENCODER_CTX_free(ctx);
    return der;
}

// Our DER of `key` equals OpenSSL's and reads back as the same key.
void checkOwnDer(const JsonWebKey& key, EVP_PKEY* pkey)
{
    const SecureBytes spki = exportKey(key, KeyFormat::SpkiDer);
    if (spki.view() != opensslDer(pkey, EVP_PKEY_PUBLIC_KEY, "SubjectPublicKeyInfo")) {
        std::abort();
    }
    const unsigned char* p = spki.data();
    EvpPkeyPtr back(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
    if (!back || EVP_PKEY_eq(back.get(), pkey) != 1) {
        std::abort();
    }
    if (key.isPrivate()) {
        const SecureBytes pkcs8 = exportKey(key, KeyFormat::Pkcs8Der);
        if (pkcs8.view() != opensslDer(pkey, EVP_PKEY_KEYPAIR, "PrivateKeyInfo")) {
            std::abort();
        }
        const unsigned char* q = pkcs8.data();
        EvpPkeyPtr privateBack(d2i_AutoPrivateKey(nullptr, &q, static_cast<long>(pkcs8.size())));
        if (!privateBack || EVP_PKEY_eq(privateBack.get(), pkey) != 1) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const JsonWebKey key = JsonWebKey::fromJson(input);
        const SecureBytes json = key.toJson(true, JsonFormat::Compact);
        // What we write we must read back as the same key.
        const JsonWebKey again = JsonWebKey::fromJson(json.view());
        if (!again.sameKeyAs(key) || again.thumbprint() != key.thumbprint()) {
            std::abort();
        }
        if (key.hasPublicForm()) {
            (void)key.publicKey().toJson(false);
            EvpPkeyPtr pkey = toEvpPkey(key);
            checkOwnDer(key, pkey.get());
        }
    } catch (const JwkError&) {
    }
    try {
        const JsonWebKeySet set = JsonWebKeySet::fromJson(input);
        (void)set.toJson(false);
        (void)set.duplicateKids();
    } catch (const JwkError&) {
    }
    return 0;
}
