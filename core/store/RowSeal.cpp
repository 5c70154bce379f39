#include "store/RowSeal.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace jwk::rowseal {
namespace {

QByteArray hmac(const SecureBytes& key, std::initializer_list<QByteArrayView> fields)
{
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
