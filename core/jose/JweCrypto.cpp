#include "jose/JweCrypto.h"

#include "keys/JwkError.h"
#include "keys/OpenSslPtr.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace jwk::jose {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::Jwe)
};

using CipherPtr = std::unique_ptr<EVP_CIPHER, OsslDeleter<EVP_CIPHER_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OsslDeleter<EVP_CIPHER_CTX_free>>;
using MacPtr = std::unique_ptr<EVP_MAC, OsslDeleter<EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OsslDeleter<EVP_MAC_CTX_free>>;

[[noreturn]] void openSslFailed(const char* what)
{
    throw JwkError(Tr::tr("OpenSSL failed in %1 (%2)").arg(QLatin1String(what), takeOpenSslError()),
                   JwkError::Kind::Internal);
}

CipherPtr fetchCipher(const char* name)
{
    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, name, nullptr));
    if (!cipher) {
        openSslFailed(name);
    }
    return cipher;
}

const char* wrapCipherName(std::size_t kekBytes)
{
    switch (kekBytes) {
    case 16:
        return "AES-128-WRAP";
    case 24:
        return "AES-192-WRAP";
    case 32:
        return "AES-256-WRAP";
    default:
        return nullptr;
    }
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

int intSize(qsizetype n)
{
    return static_cast<int>(n);
}

// HMAC over AAD || IV || ciphertext || AL (the AAD's length in bits, 64-bit big-endian), cut to the tag size
// (RFC 7518 §5.2.2.1).
QByteArray cbcHmacTag(const ContentEncryption& enc, const unsigned char* macKey, std::size_t macKeyBytes,
                      const QByteArray& aad, const QByteArray& iv, const QByteArray& ciphertext)
{
    MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    MacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx) {
        openSslFailed("HMAC");
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(enc.macDigest), 0),
        OSSL_PARAM_construct_end(),
    };
    unsigned char al[8];
    qToBigEndian<quint64>(static_cast<quint64>(aad.size()) * 8, al);
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t outLen = 0;
    if (EVP_MAC_init(ctx.get(), macKey, macKeyBytes, params) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(aad), static_cast<std::size_t>(aad.size())) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(iv), static_cast<std::size_t>(iv.size())) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(ciphertext), static_cast<std::size_t>(ciphertext.size())) != 1 ||
        EVP_MAC_update(ctx.get(), al, sizeof al) != 1 || EVP_MAC_final(ctx.get(), out, &outLen, sizeof out) != 1 ||
        outLen < static_cast<std::size_t>(enc.tagBytes)) {
        openSslFailed("HMAC");
    }
    return QByteArray(reinterpret_cast<const char*>(out), enc.tagBytes);
}

} // namespace

const Pbes2Algorithm* findPbes2Algorithm(QStringView name)
{
    static const Pbes2Algorithm table[] = {
        {QStringLiteral("PBES2-HS256+A128KW"), "SHA256", 16},
        {QStringLiteral("PBES2-HS384+A192KW"), "SHA384", 24},
        {QStringLiteral("PBES2-HS512+A256KW"), "SHA512", 32},
    };
    for (const auto& alg : table) {
        if (alg.name == name) {
            return &alg;
        }
    }
    return nullptr;
}

QStringList pbes2AlgorithmNames()
{
    return {QStringLiteral("PBES2-HS256+A128KW"), QStringLiteral("PBES2-HS384+A192KW"),
            QStringLiteral("PBES2-HS512+A256KW")};
}

const ContentEncryption* findContentEncryption(QStringView name)
{
    static const ContentEncryption table[] = {
        {QStringLiteral("A128CBC-HS256"), 32, 16, 16, false, "AES-128-CBC", "SHA256"},
        {QStringLiteral("A192CBC-HS384"), 48, 16, 24, false, "AES-192-CBC", "SHA384"},
        {QStringLiteral("A256CBC-HS512"), 64, 16, 32, false, "AES-256-CBC", "SHA512"},
        {QStringLiteral("A128GCM"), 16, 12, 16, true, "AES-128-GCM", nullptr},
        {QStringLiteral("A192GCM"), 24, 12, 16, true, "AES-192-GCM", nullptr},
        {QStringLiteral("A256GCM"), 32, 12, 16, true, "AES-256-GCM", nullptr},
    };
    for (const auto& enc : table) {
        if (enc.name == name) {
            return &enc;
        }
    }
    return nullptr;
}

QStringList contentEncryptionNames()
{
    return {QStringLiteral("A128CBC-HS256"), QStringLiteral("A192CBC-HS384"), QStringLiteral("A256CBC-HS512"),
            QStringLiteral("A128GCM"),       QStringLiteral("A192GCM"),       QStringLiteral("A256GCM")};
}

SecureBytes derivePbes2Key(const Pbes2Algorithm& alg, const SecureBytes& passphrase, const QByteArray& p2s,
                           int iterations)
{
    QByteArray salt = alg.name.toUtf8();
    salt.append('\0');
    salt.append(p2s);
    const EVP_MD* md = EVP_get_digestbyname(alg.digest);
    SecureBytes kek(static_cast<std::size_t>(alg.kekBytes));
    if (!md || PKCS5_PBKDF2_HMAC(passphrase.constChars(), static_cast<int>(passphrase.size()), bytes(salt),
                                 intSize(salt.size()), iterations, md, alg.kekBytes, kek.data()) != 1) {
        openSslFailed("PBKDF2");
    }
    return kek;
}

QByteArray aesKeyWrap(const SecureBytes& kek, const SecureBytes& key)
{
    const char* name = wrapCipherName(kek.size());
    if (!name || key.size() < 16 || key.size() % 8 != 0) {
        throw JwkError(Tr::tr("AES key wrap takes a 128, 192 or 256-bit key and a multiple of 64 bits to wrap"),
                       JwkError::Kind::Internal);
    }
    const CipherPtr cipher = fetchCipher(name);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    QByteArray out(intSize(static_cast<qsizetype>(key.size()) + 8), '\0');
    int len = 0;
    int finalLen = 0;
    if (!ctx) {
        openSslFailed("AES key wrap");
    }
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_EncryptInit_ex2(ctx.get(), cipher.get(), kek.data(), nullptr, nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, key.data(),
                          static_cast<int>(key.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &finalLen) != 1 ||
        len + finalLen != out.size()) {
        openSslFailed("AES key wrap");
    }
    return out;
}

std::optional<SecureBytes> aesKeyUnwrap(const SecureBytes& kek, const QByteArray& wrapped)
{
    const char* name = wrapCipherName(kek.size());
    if (!name || wrapped.size() < 24 || wrapped.size() % 8 != 0) {
        return std::nullopt;
    }
    const CipherPtr cipher = fetchCipher(name);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) {
        openSslFailed("AES key unwrap");
    }
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    SecureBytes out(static_cast<std::size_t>(wrapped.size()));
    int len = 0;
    int finalLen = 0;
    if (EVP_DecryptInit_ex2(ctx.get(), cipher.get(), kek.data(), nullptr, nullptr) != 1) {
        openSslFailed("AES key unwrap");
    }
    // The update fails when the integrity check value does not come out: the key wrap key is wrong.
    if (EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(wrapped), intSize(wrapped.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &finalLen) != 1) {
        clearOpenSslErrors();
        return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(len + finalLen));
    return out;
}

Sealed encryptContent(const ContentEncryption& enc, const SecureBytes& cek, const QByteArray& iv, const QByteArray& aad,
                      const SecureBytes& plaintext)
{
    if (cek.size() != static_cast<std::size_t>(enc.cekBytes) || iv.size() != enc.ivBytes) {
        throw JwkError(Tr::tr("wrong key or IV size for %1").arg(enc.name), JwkError::Kind::Internal);
    }
    const CipherPtr cipher = fetchCipher(enc.cipher);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) {
        openSslFailed(enc.cipher);
    }
    const unsigned char* encKey = enc.gcm ? cek.data() : cek.data() + cek.size() / 2;
    Sealed sealed;
    sealed.ciphertext.resize(intSize(static_cast<qsizetype>(plaintext.size()) + 16));
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    int len = 0;
    int finalLen = 0;
    if (enc.gcm) {
        std::size_t ivLen = static_cast<std::size_t>(iv.size());
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &ivLen),
            OSSL_PARAM_construct_end(),
        };
        int aadLen = 0;
        if (EVP_EncryptInit_ex2(ctx.get(), cipher.get(), encKey, bytes(iv), params) != 1 ||
            EVP_EncryptUpdate(ctx.get(), nullptr, &aadLen, bytes(aad), intSize(aad.size())) != 1) {
            openSslFailed(enc.cipher);
        }
    } else if (EVP_EncryptInit_ex2(ctx.get(), cipher.get(), encKey, bytes(iv), nullptr) != 1) {
        openSslFailed(enc.cipher);
    }
    if (EVP_EncryptUpdate(ctx.get(), out, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out + len, &finalLen) != 1) {
        openSslFailed(enc.cipher);
    }
    sealed.ciphertext.resize(len + finalLen);
    if (enc.gcm) {
        sealed.tag.resize(enc.tagBytes);
        if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, enc.tagBytes, sealed.tag.data()) != 1) {
            openSslFailed(enc.cipher);
        }
    } else {
        sealed.tag = cbcHmacTag(enc, cek.data(), cek.size() / 2, aad, iv, sealed.ciphertext);
    }
    return sealed;
}

std::optional<SecureBytes> decryptContent(const ContentEncryption& enc, const SecureBytes& cek, const QByteArray& iv,
                                          const QByteArray& aad, const QByteArray& ciphertext, const QByteArray& tag)
{
    if (cek.size() != static_cast<std::size_t>(enc.cekBytes) || iv.size() != enc.ivBytes ||
        tag.size() != enc.tagBytes) {
        return std::nullopt;
    }
    if (!enc.gcm) {
        // Encrypt-then-MAC: the tag is checked, in constant time, before a byte is decrypted.
        const QByteArray expected = cbcHmacTag(enc, cek.data(), cek.size() / 2, aad, iv, ciphertext);
        if (CRYPTO_memcmp(expected.constData(), tag.constData(), static_cast<std::size_t>(tag.size())) != 0) {
            return std::nullopt;
        }
        if (ciphertext.isEmpty() || ciphertext.size() % 16 != 0) {
            return std::nullopt;
        }
    }
    const CipherPtr cipher = fetchCipher(enc.cipher);
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx) {
        openSslFailed(enc.cipher);
    }
    const unsigned char* encKey = enc.gcm ? cek.data() : cek.data() + cek.size() / 2;
    SecureBytes out(static_cast<std::size_t>(ciphertext.size()) + 16);
    int len = 0;
    int finalLen = 0;
    if (enc.gcm) {
        std::size_t ivLen = static_cast<std::size_t>(iv.size());
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &ivLen),
            OSSL_PARAM_construct_end(),
        };
        int aadLen = 0;
        QByteArray tagCopy = tag;
        if (EVP_DecryptInit_ex2(ctx.get(), cipher.get(), encKey, bytes(iv), params) != 1 ||
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, enc.tagBytes, tagCopy.data()) != 1 ||
            EVP_DecryptUpdate(ctx.get(), nullptr, &aadLen, bytes(aad), intSize(aad.size())) != 1) {
            openSslFailed(enc.cipher);
        }
    } else if (EVP_DecryptInit_ex2(ctx.get(), cipher.get(), encKey, bytes(iv), nullptr) != 1) {
        openSslFailed(enc.cipher);
    }
    if (EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(ciphertext), intSize(ciphertext.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &finalLen) != 1) {
        // GCM: the tag did not match. CBC: bad padding under a good tag (only the sender could have made it).
        clearOpenSslErrors();
        return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(len + finalLen));
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        openSslFailed("RAND_bytes");
    }
    return out;
}

SecureBytes randomSecret(int count)
{
    SecureBytes out(static_cast<std::size_t>(count));
    if (RAND_priv_bytes(out.data(), count) != 1) {
        openSslFailed("RAND_priv_bytes");
    }
    return out;
}

} // namespace jwk::jose
