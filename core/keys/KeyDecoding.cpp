#include "keys/KeyDecoding.h"

#include "keys/OpenSslKey.h"
#include "keys/PemBlocks.h"

#include <openssl/decoder.h>
#include <openssl/x509.h>

#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace jwk {

namespace {

int passphraseCallback(char* buffer, size_t size, size_t* length, const OSSL_PARAM[], void* arg)
{
    auto* request = static_cast<PassphraseRequest*>(arg);
    ++request->asked;
    std::optional<SecureBytes> passphrase;
    try {
        if (request->provider) {
            passphrase =
                request->provider->passphrase(request->origin, PassphraseProvider::Purpose::Decrypt, request->attempt);
        }
    } catch (...) { // nothing may unwind through OpenSSL
        passphrase.reset();
    }
    if (!passphrase) {
        request->declined = true;
        return 0;
    }
    if (passphrase->size() > size) {
        request->tooLong = true;
        return 0;
    }
    std::memcpy(buffer, passphrase->data(), passphrase->size());
    *length = passphrase->size();
    return 1;
}

// A decoder context for unencrypted keys, made once per (input type, structure, key type) and thread and used for
// every key after: making one collects every key management and decoder of every provider (about three quarters of
// the time OpenSSL's own PEM_read_bio_PUBKEY takes), decoding with it is the DER parsing alone. OpenSSL 3.0's
// der2key decoders keep nothing of one input for the next (their state is the selection, set on each call) and the
// result goes where `out` points, reset before each use.
struct CachedDecoder
{
    EVP_PKEY* out = nullptr;
    OSSL_DECODER_CTX* ctx = nullptr;
    CachedDecoder() = default;
    CachedDecoder(const CachedDecoder&) = delete;
    CachedDecoder& operator=(const CachedDecoder&) = delete;
    ~CachedDecoder() { OSSL_DECODER_CTX_free(ctx); }
};

OSSL_DECODER_CTX* cachedDecoder(const char* inputType, const char* structure, const char* keyType, EVP_PKEY*** out)
{
    thread_local std::map<std::string, std::unique_ptr<CachedDecoder>> decoders;
    const std::string key =
        std::string(inputType) + '/' + (structure ? structure : "") + '/' + (keyType ? keyType : "");
    std::unique_ptr<CachedDecoder>& slot = decoders[key];
    if (!slot) {
        auto made = std::make_unique<CachedDecoder>();
        made->ctx = OSSL_DECODER_CTX_new_for_pkey(&made->out, inputType, structure, keyType, 0, nullptr, nullptr);
        if (!made->ctx) {
            decoders.erase(key);
            return nullptr;
        }
        slot = std::move(made);
    }
    slot->out = nullptr;
    *out = &slot->out;
    return slot->ctx;
}

} // namespace

EvpPkeyPtr decodeOnce(const QByteArray& data, const char* inputType, const char* keyType, PassphraseRequest* passphrase,
                      const char* structure)
{
    EVP_PKEY* pkey = nullptr;
    EVP_PKEY** target = &pkey;
    OSSL_DECODER_CTX* ctx = nullptr;
    if (passphrase) {
        // A decryption asks its own passphrase request: a context of its own, used once.
        ctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, inputType, structure, keyType, 0, nullptr, nullptr);
        if (ctx) {
            OSSL_DECODER_CTX_set_passphrase_cb(ctx, passphraseCallback, passphrase);
        }
    } else {
        ctx = cachedDecoder(inputType, structure, keyType, &target);
    }
    if (!ctx) {
        return nullptr;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    size_t len = static_cast<size_t>(data.size());
    const bool ok = OSSL_DECODER_from_data(ctx, &p, &len) == 1;
    if (passphrase) {
        OSSL_DECODER_CTX_free(ctx);
    } else {
        pkey = *target;
        *target = nullptr;
    }
    // DER must be one structure: trailing bytes mean a damaged or concatenated file.
    if (!ok || (qstrcmp(inputType, "DER") == 0 && len != 0)) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return EvpPkeyPtr(pkey);
}

namespace {

bool isJoseKeyType(const EVP_PKEY* pkey)
{
    for (const char* type : {"RSA", "RSA-PSS", "EC", "ED25519", "ED448", "X25519", "X448"}) {
        if (EVP_PKEY_is_a(pkey, type)) {
            return true;
        }
    }
    return false;
}

} // namespace

// Decodes one unencrypted key (PEM or DER, any structure) with OpenSSL's decoders. Returns null on failure.
EvpPkeyPtr decodeKey(const QByteArray& data, const char* inputType, const QByteArray& pemLabel)
{
    if (!pemLabel.isEmpty()) {
        const LabelStructure expected = structureOfLabel(pemLabel);
        if (expected.structure) {
            return decodeOnce(data, inputType, expected.keyType, nullptr, expected.structure);
        }
    }
    EvpPkeyPtr pkey = decodeOnce(data, inputType, nullptr, nullptr);
    if (pkey && isJoseKeyType(pkey.get())) {
        return pkey;
    }
    // Bare PKCS#1 and SEC1 DER carry no type: an RSAPublicKey (a SEQUENCE of two INTEGERs) also reads as DH
    // parameters. Ask for the JOSE key types by name before settling for another reading.
    for (const char* keyType : {"RSA", "EC"}) {
        if (EvpPkeyPtr typed = decodeOnce(data, inputType, keyType, nullptr)) {
            clearOpenSslErrors();
            return typed;
        }
    }
    return pkey;
}

// Decrypts and decodes one encrypted key with one decoder run, so with one decryption (and one passphrase request)
// per try: encrypted PKCS#8 as an EncryptedPrivateKeyInfo of any key type, a legacy encrypted PEM block as the
// structure its label names. Before, an untyped run and two typed ones each decrypted (three key derivations and,
// with a wrong passphrase, three failures per try).
EvpPkeyPtr decodeEncrypted(const QByteArray& data, const char* inputType, const QByteArray& pemLabel,
                           PassphraseRequest* passphrase)
{
    const LabelStructure legacy = structureOfLabel(pemLabel);
    if (legacy.structure) {
        return decodeOnce(data, inputType, legacy.keyType, passphrase, legacy.structure);
    }
    return decodeOnce(data, inputType, nullptr, passphrase, "EncryptedPrivateKeyInfo");
}

bool isEncryptedPkcs8Der(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &p, static_cast<long>(der.size()));
    const bool ok = sig && p == reinterpret_cast<const unsigned char*>(der.constData()) + der.size();
    X509_SIG_free(sig);
    clearOpenSslErrors();
    return ok;
}

} // namespace jwk
