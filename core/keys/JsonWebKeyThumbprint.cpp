// RFC 7638 thumbprints of a JsonWebKey: the canonical input (required members only, sorted, no white space) and
// its digest.
#include "keys/Base64Url.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeysTr.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace jwk {

QByteArray JsonWebKey::thumbprintInput() const
{
    // RFC 7638 §3.2: the required members only, in lexicographic order, no white space. The values are
    // the canonical base64url strings that validate() enforced (ASCII), copied straight into one buffer.
    QByteArray input;
    input.reserve(m_type == KeyType::RSA ? 1400 : 200);
    const auto literal = [&](const char* text) { input.append(text); };
    const auto member = [&](const char* name) {
        input.append(m_members.value(QLatin1StringView(name)).toString().toLatin1());
    };
    switch (m_type) {
    case KeyType::RSA:
        literal("{\"e\":\"");
        member("e");
        literal("\",\"kty\":\"RSA\",\"n\":\"");
        member("n");
        literal("\"}");
        return input;
    case KeyType::EC:
        literal("{\"crv\":\"");
        member("crv");
        literal("\",\"kty\":\"EC\",\"x\":\"");
        member("x");
        literal("\",\"y\":\"");
        member("y");
        literal("\"}");
        return input;
    case KeyType::OKP:
        literal("{\"crv\":\"");
        member("crv");
        literal("\",\"kty\":\"OKP\",\"x\":\"");
        member("x");
        literal("\"}");
        return input;
    case KeyType::Oct: {
        // k is secret: the input is built in a buffer that is wiped by the caller (thumbprint()).
        const auto* k = privateMember(QStringLiteral("k"));
        SecureBytes encoded;
        if (k) {
            base64url::encodeTo(encoded, k->data(), k->size());
        }
        return "{\"k\":\"" + encoded.view() + "\",\"kty\":\"oct\"}";
    }
    }
    return {};
}

QString JsonWebKey::thumbprint(ThumbprintHash hash) const
{
    QByteArray input = thumbprintInput();
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    // Fetched once: EVP_MD_fetch looks the algorithm up in the provider store, which costs more than hashing a
    // thumbprint input. One digest context per thread, reset for each use, saves its allocation.
    static EVP_MD* const digests[] = {EVP_MD_fetch(nullptr, "SHA256", nullptr), EVP_MD_fetch(nullptr, "SHA1", nullptr),
                                      EVP_MD_fetch(nullptr, "SHA384", nullptr),
                                      EVP_MD_fetch(nullptr, "SHA512", nullptr)};
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
    const EVP_MD* evpMd = digests[static_cast<int>(hash)];
    const bool ok = evpMd && context && EVP_DigestInit_ex2(context.get(), evpMd, nullptr) == 1 &&
                    EVP_DigestUpdate(context.get(), input.constData(), static_cast<size_t>(input.size())) == 1 &&
                    EVP_DigestFinal_ex(context.get(), md, &mdLen) == 1;
    wipe(input);
    if (!ok) {
        throw JwkError(JsonWebKeyTr::tr("the digest for the thumbprint is unavailable"), JwkError::Kind::Internal);
    }
    return QString::fromLatin1(base64url::encode(md, mdLen));
}

} // namespace jwk
