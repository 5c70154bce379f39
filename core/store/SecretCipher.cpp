#include "store/SecretCipher.h"

#include "keys/Base64Url.h"
#include "keys/JwkError.h"
#include "keys/OpenSslPtr.h"

#include <openssl/rand.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::SecretCipher)
};
} // namespace

namespace jwk {
namespace {

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OsslDeleter<EVP_CIPHER_CTX_free>>;

} // namespace

SecureBytes SecretCipher::deriveKey(const SecureBytes& secret)
{
    SecureBytes key(32);
    unsigned int len = 0;
    if (EVP_Digest(secret.data(), secret.size(), key.data(), &len, EVP_sha256(), nullptr) != 1 || len != 32) {
        throw JwkError(Tr::tr("SHA-256 is unavailable"), JwkError::Kind::Internal);
    }
    return key;
}

QByteArray SecretCipher::encrypt(const SecureBytes& plaintext, const SecureBytes& key)
{
    QByteArray out(kNonceSize + static_cast<qsizetype>(plaintext.size()) + kTagSize, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    if (key.size() != 32 || RAND_bytes(nonce, kNonceSize) != 1) {
        throw JwkError(Tr::tr("the store cipher could not be set up"), JwkError::Kind::Internal);
    }
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    unsigned char* ct = nonce + kNonceSize;
    if (!ctx || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), nonce, nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), ct, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1) {
        throw JwkError(Tr::tr("encryption failed: %1").arg(takeOpenSslError()), JwkError::Kind::Internal);
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), ct + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, ct + total + len) != 1) {
        throw JwkError(Tr::tr("encryption failed: %1").arg(takeOpenSslError()), JwkError::Kind::Internal);
    }
    return base64url::encodeUrlPadded(reinterpret_cast<const unsigned char*>(out.constData()),
                                      static_cast<std::size_t>(out.size()));
}

std::optional<SecureBytes> SecretCipher::decrypt(const QByteArray& stored, const QList<SecureBytes>& keys, int* usedKey)
{
    const std::optional<QByteArray> decoded = base64url::decodeUrlPadded(stored);
    if (!decoded || decoded->size() < kNonceSize + kTagSize) {
        return std::nullopt;
    }
    const QByteArray& raw = *decoded;
    const auto* nonce = reinterpret_cast<const unsigned char*>(raw.constData());
    const auto* ct = nonce + kNonceSize;
    const int ctLen = static_cast<int>(raw.size()) - kNonceSize - kTagSize;
    const auto* tag = ct + ctLen;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].size() != 32) {
            continue;
        }
        SecureBytes plain(static_cast<std::size_t>(ctLen));
        CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
        int len = 0;
        if (!ctx || EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), keys[i].data(), nonce, nullptr) != 1 ||
            EVP_DecryptUpdate(ctx.get(), plain.data(), &len, ct, ctLen) != 1 ||
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, const_cast<unsigned char*>(tag)) != 1) {
            clearOpenSslErrors();
            continue;
        }
        int finalLen = 0;
        if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &finalLen) == 1) {
            plain.resize(static_cast<std::size_t>(len + finalLen));
            if (usedKey) {
                *usedKey = static_cast<int>(i);
            }
            return plain;
        }
        clearOpenSslErrors();
    }
    return std::nullopt;
}

} // namespace jwk
