#include "store/RowSeal.h"

#include "store/StoreError.h"
#include "store/StoreTr.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <QVarLengthArray>

#include <vector>

namespace jwk::rowseal {
namespace {

// HMAC-SHA256 contexts keyed with the seal keys this thread used last, each duplicated per row: HMAC() in one call
// fetches SHA-256 and the HMAC implementation and keys them again for every row, most of a row's cost. The contexts
// hold key material as the store's own secret does; EVP_MAC_CTX_free wipes it (at thread exit, or when evicted).
class KeyedMacs
{
public:
    ~KeyedMacs()
    {
        for (auto& e : m_entries) {
            EVP_MAC_CTX_free(e.ctx);
        }
    }

    // A fresh context keyed with `key`, or nullptr when OpenSSL cannot make one.
    EVP_MAC_CTX* contextFor(const SecureBytes& key)
    {
        for (auto& e : m_entries) {
            if (e.key.size() == key.size() && CRYPTO_memcmp(e.key.data(), key.data(), key.size()) == 0) {
                return EVP_MAC_CTX_dup(e.ctx);
            }
        }
        static EVP_MAC* const hmacAlgorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX* ctx = hmacAlgorithm ? EVP_MAC_CTX_new(hmacAlgorithm) : nullptr;
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        if (!ctx || EVP_MAC_init(ctx, key.data(), key.size(), params) != 1) {
            EVP_MAC_CTX_free(ctx);
            return nullptr;
        }
        if (m_entries.size() == kEntries) {
            EVP_MAC_CTX_free(m_entries.front().ctx);
            m_entries.erase(m_entries.begin());
        }
        m_entries.push_back({key, ctx});
        return EVP_MAC_CTX_dup(ctx);
    }

private:
    struct Entry
    {
        SecureBytes key;
        EVP_MAC_CTX* ctx;
    };
    static constexpr std::size_t kEntries = 4; // a store's secrets: the current one and those being rotated out
    std::vector<Entry> m_entries;
};

QByteArray hmac(const SecureBytes& key, std::initializer_list<QByteArrayView> fields)
{
    // Over length-prefixed fields: no field can run into the next.
    thread_local KeyedMacs macs;
    EVP_MAC_CTX* ctx = macs.contextFor(key);
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t outLength = 0;
    // The framed fields are put together first and given to the MAC in one update: one update per prefix and per field
    // was half of the MAC's cost for a row of short columns. (The fields are clear columns, never key material.)
    QVarLengthArray<unsigned char, 1024> message;
    for (const auto& f : fields) {
        const quint32 n = static_cast<quint32>(f.size());
        const unsigned char prefix[4] = {static_cast<unsigned char>(n >> 24), static_cast<unsigned char>(n >> 16),
                                         static_cast<unsigned char>(n >> 8), static_cast<unsigned char>(n)};
        message.append(prefix, 4);
        message.append(reinterpret_cast<const unsigned char*>(f.data()), f.size());
    }
    const bool ok = ctx != nullptr &&
                    EVP_MAC_update(ctx, message.constData(), static_cast<size_t>(message.size())) == 1 &&
                    EVP_MAC_final(ctx, out, &outLength, sizeof out) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok) {
        // Nothing is sealed or trusted without it.
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("OpenSSL could not compute HMAC-SHA256 (its default provider is not available); "
                                     "check the OpenSSL configuration (OPENSSL_CONF, OPENSSL_MODULES)"));
    }
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

} // namespace

SecureBytes macKey(const SecureBytes& aesKey)
{
    const QByteArray raw = hmac(aesKey, {QByteArrayView("jwkman clear-column seal v1")});
    return SecureBytes(raw.constData(), static_cast<std::size_t>(raw.size()));
}

QByteArray mac(const SecureBytes& key, std::initializer_list<QByteArrayView> fields)
{
    return hmac(key, fields).toHex();
}

bool matches(const SecureBytes& key, std::initializer_list<QByteArrayView> fields, QByteArrayView expected)
{
    const QByteArray actual = mac(key, fields);
    return expected.size() == actual.size() && CRYPTO_memcmp(actual.constData(), expected.data(), actual.size()) == 0;
}

QString storedOctThumbprint(const SecureBytes& key, const QString& thumbprint)
{
    const QByteArray keyed = hmac(key, {QByteArrayView("oct thumbprint"), QByteArrayView(thumbprint.toLatin1())});
    return QStringLiteral("hmac:") +
           QString::fromLatin1(keyed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isKeyedThumbprint(const QString& column)
{
    return column.startsWith(QLatin1String("hmac:"));
}

} // namespace jwk::rowseal
