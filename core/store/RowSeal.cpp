#include "store/RowSeal.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <vector>

namespace jwk::rowseal {
namespace {

// HMAC-SHA256 contexts keyed once per MAC key and thread. HMAC() fetches the digest and keys a new context on every
// call, which was a third of listing 100,000 keys; a keyed context is started again for each row instead. The few keys
// (one per configured secret) are kept as SecureBytes, wiped when the thread ends.
class MacContexts
{
public:
    ~MacContexts()
    {
        for (auto& e : m_entries) {
            EVP_MAC_CTX_free(e.ctx);
        }
    }

    // A context ready for updates under `key`; null when OpenSSL cannot make one.
    EVP_MAC_CTX* start(const SecureBytes& key)
    {
        for (auto& e : m_entries) {
            if (e.key.size() == key.size() && CRYPTO_memcmp(e.key.data(), key.data(), key.size()) == 0) {
                return EVP_MAC_init(e.ctx, nullptr, 0, nullptr) == 1 ? e.ctx : nullptr;
            }
        }
        EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
        EVP_MAC_free(mac);
        if (!ctx) {
            return nullptr;
        }
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(ctx, key.data(), key.size(), params) != 1) {
            EVP_MAC_CTX_free(ctx);
            return nullptr;
        }
        if (m_entries.size() >= kMaxKeys) {
            EVP_MAC_CTX_free(m_entries.front().ctx);
            m_entries.erase(m_entries.begin());
        }
        m_entries.push_back({SecureBytes(key.data(), key.size()), ctx});
        return ctx;
    }

private:
    static constexpr std::size_t kMaxKeys = 8;
    struct Entry
    {
        SecureBytes key;
        EVP_MAC_CTX* ctx;
    };
    std::vector<Entry> m_entries;
};

QByteArray hmac(const SecureBytes& key, std::initializer_list<QByteArrayView> fields)
{
    // Over length-prefixed fields: the same bytes as one buffer of them, without building it.
    thread_local MacContexts contexts;
    if (EVP_MAC_CTX* ctx = contexts.start(key)) {
        bool ok = true;
        for (const auto& f : fields) {
            const quint32 n = static_cast<quint32>(f.size());
            const unsigned char prefix[4] = {static_cast<unsigned char>(n >> 24), static_cast<unsigned char>(n >> 16),
                                             static_cast<unsigned char>(n >> 8), static_cast<unsigned char>(n)};
            ok = ok && EVP_MAC_update(ctx, prefix, 4) == 1 &&
                 EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(f.data()), static_cast<size_t>(f.size())) ==
                     1;
        }
        unsigned char out[EVP_MAX_MD_SIZE];
        size_t outLength = 0;
        if (ok && EVP_MAC_final(ctx, out, &outLength, sizeof out) == 1) {
            return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
        }
    }
    // HMAC() in one call over a buffer of length-prefixed fields: the rows are small (a public JWK at most a few KiB).
    QByteArray input;
    qsizetype total = 0;
    for (const auto& f : fields) {
        total += 4 + f.size();
    }
    input.reserve(total);
    for (const auto& f : fields) {
        const quint32 n = static_cast<quint32>(f.size());
        const char prefix[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        input.append(prefix, 4);
        input.append(f.data(), f.size());
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(input.data()),
         static_cast<size_t>(input.size()), out, &outLength);
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
