#include "jose/JwsAlgorithms.h"

#include "jose/JoseTr.h"
#include "keys/JwkError.h"
#include "keys/OpenSslKey.h"
#include "keys/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace jwk::jose {
namespace {

using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslDeleter<EVP_MD_CTX_free>>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, OsslDeleter<EVP_MAC_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OsslDeleter<EVP_MAC_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OsslDeleter<ECDSA_SIG_free>>;

const QList<JwsAlgorithm>& table()
{
    static const QList<JwsAlgorithm> t = {
        {QStringLiteral("HS256"), JwsFamily::Hmac, "SHA256", {}, 0},
        {QStringLiteral("HS384"), JwsFamily::Hmac, "SHA384", {}, 0},
        {QStringLiteral("HS512"), JwsFamily::Hmac, "SHA512", {}, 0},
        {QStringLiteral("RS256"), JwsFamily::RsaPkcs1, "SHA256", {}, 0},
        {QStringLiteral("RS384"), JwsFamily::RsaPkcs1, "SHA384", {}, 0},
        {QStringLiteral("RS512"), JwsFamily::RsaPkcs1, "SHA512", {}, 0},
        {QStringLiteral("PS256"), JwsFamily::RsaPss, "SHA256", {}, 0},
        {QStringLiteral("PS384"), JwsFamily::RsaPss, "SHA384", {}, 0},
        {QStringLiteral("PS512"), JwsFamily::RsaPss, "SHA512", {}, 0},
        {QStringLiteral("ES256"), JwsFamily::Ecdsa, "SHA256", QStringLiteral("P-256"), 32},
        {QStringLiteral("ES384"), JwsFamily::Ecdsa, "SHA384", QStringLiteral("P-384"), 48},
        {QStringLiteral("ES512"), JwsFamily::Ecdsa, "SHA512", QStringLiteral("P-521"), 66},
        {QStringLiteral("EdDSA"), JwsFamily::EdDsa, nullptr, {}, 0},
    };
    return t;
}

int hashBits(const JwsAlgorithm& a)
{
    return QByteArray(a.digest).mid(3).toInt();
}

[[noreturn]] void openSslFailure(const QString& what)
{
    throw JwkError(JoseTr::tr("%1 failed: %2").arg(what, takeOpenSslError()), JwkError::Kind::Internal);
}

QByteArray hmac(const JwsAlgorithm& a, const SecureBytes& secret, QByteArrayView input)
{
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    EvpMacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(a.digest), 0),
                           OSSL_PARAM_construct_end()};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t outLength = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), secret.data(), secret.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(input.data()),
                       static_cast<size_t>(input.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLength,
                      static_cast<size_t>(out.size())) != 1) {
        openSslFailure(QStringLiteral("HMAC"));
    }
    out.resize(static_cast<qsizetype>(outLength));
    return out;
}

// The EVP_MD_CTX set up for signing or verifying with `a` (PSS: salt as long as the hash, MGF1 with the same hash).
EvpMdCtxPtr digestContext(const JwsAlgorithm& a, EVP_PKEY* pkey, bool signing)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    const int ok = !ctx      ? 0
                   : signing ? EVP_DigestSignInit_ex(ctx.get(), &pctx, a.digest, nullptr, nullptr, pkey, nullptr)
                             : EVP_DigestVerifyInit_ex(ctx.get(), &pctx, a.digest, nullptr, nullptr, pkey, nullptr);
    if (ok != 1) {
        openSslFailure(signing ? JoseTr::tr("Preparing the signature") : JoseTr::tr("Preparing the verification"));
    }
    if (a.family == JwsFamily::RsaPss) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, a.digest, nullptr) != 1) {
            openSslFailure(QStringLiteral("RSASSA-PSS"));
        }
    } else if (a.family == JwsFamily::RsaPkcs1) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
            openSslFailure(QStringLiteral("RSASSA-PKCS1-v1_5"));
        }
    }
    return ctx;
}

// DER ECDSA-Sig-Value → r‖s, each left-padded to the curve's size.
QByteArray derToJose(const QByteArray& der, int coordinateBytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, der.size()));
    if (!sig) {
        openSslFailure(QStringLiteral("ECDSA"));
    }
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray out(2 * coordinateBytes, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (BN_bn2binpad(r, o, coordinateBytes) != coordinateBytes ||
        BN_bn2binpad(s, o + coordinateBytes, coordinateBytes) != coordinateBytes) {
        openSslFailure(QStringLiteral("ECDSA"));
    }
    return out;
}

// r‖s → DER; empty when the length is not exactly twice the curve's size.
QByteArray joseToDer(QByteArrayView jose, int coordinateBytes)
{
    if (jose.size() != 2 * coordinateBytes) {
        return {};
    }
    const auto* in = reinterpret_cast<const unsigned char*>(jose.data());
    BnPtr r(BN_bin2bn(in, coordinateBytes, nullptr));
    BnPtr s(BN_bin2bn(in + coordinateBytes, coordinateBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        openSslFailure(QStringLiteral("ECDSA"));
    }
    (void)r.release(); // owned by sig now
    (void)s.release();
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0) {
        openSslFailure(QStringLiteral("ECDSA"));
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace

const JwsAlgorithm* findJwsAlgorithm(const QString& name)
{
    for (const auto& a : table()) {
        if (a.name == name) {
            return &a;
        }
    }
    return nullptr;
}

QStringList jwsAlgorithmNames()
{
    QStringList names;
    for (const auto& a : table()) {
        names << a.name;
    }
    return names;
}

QString keyMismatch(const JsonWebKey& key, const QString& alg, bool signing)
{
    const JwsAlgorithm* a = findJwsAlgorithm(alg);
    if (!a) {
        return alg == QStringLiteral("none") ? JoseTr::tr("\"none\" is an unsigned token, never accepted")
                                             : JoseTr::tr("\"%1\" is not a JWS algorithm (%2)")
                                                   .arg(alg, jwsAlgorithmNames().join(QStringLiteral(", ")));
    }
    const QString kid = key.kid().isEmpty() ? JoseTr::tr("the key") : JoseTr::tr("key %1").arg(key.kid());
    const bool typeFits =
        (a->family == JwsFamily::Hmac && key.type() == KeyType::Oct) ||
        ((a->family == JwsFamily::RsaPkcs1 || a->family == JwsFamily::RsaPss) && key.type() == KeyType::RSA) ||
        (a->family == JwsFamily::Ecdsa && key.type() == KeyType::EC) ||
        (a->family == JwsFamily::EdDsa && key.type() == KeyType::OKP);
    if (!typeFits) {
        if (a->family == JwsFamily::Hmac) {
            return JoseTr::tr("%1 is an HMAC algorithm and %2 is an %3 key: a public key used as an HMAC secret is "
                              "algorithm confusion, refused")
                .arg(alg, kid, key.typeDescription());
        }
        return JoseTr::tr("%1 cannot be used with %2, an %3 key").arg(alg, kid, key.typeDescription());
    }
    if (a->family == JwsFamily::Ecdsa && key.curve() != a->curve) {
        return JoseTr::tr("%1 needs a key on %2; %3 is on %4").arg(alg, a->curve, kid, key.curve());
    }
    if (a->family == JwsFamily::EdDsa && key.curve() != QStringLiteral("Ed25519") &&
        key.curve() != QStringLiteral("Ed448")) {
        return JoseTr::tr("EdDSA needs an Ed25519 or Ed448 key; %1 is on %2").arg(kid, key.curve());
    }
    if (!key.alg().isEmpty() && key.alg() != alg) {
        return JoseTr::tr("%1 is for %2, not %3").arg(kid, key.alg(), alg);
    }
    if (key.use() == QStringLiteral("enc")) {
        return JoseTr::tr("%1 is for encryption (\"use\": \"enc\"), not for signatures").arg(kid);
    }
    const QStringList ops = key.keyOps();
    const QString op = signing ? QStringLiteral("sign") : QStringLiteral("verify");
    if (key.hasMember(QStringLiteral("key_ops")) && !ops.contains(op) &&
        !(!signing && key.type() != KeyType::Oct && ops.contains(QStringLiteral("sign")))) {
        return JoseTr::tr("%1's \"key_ops\" (%2) do not allow %3").arg(kid, ops.join(QStringLiteral(", ")), op);
    }
    if (signing) {
        if (!key.isPrivate()) {
            return JoseTr::tr("%1 is public only: signing needs its private key").arg(kid);
        }
        if (key.type() == KeyType::RSA && key.sizeBits() < 2048) {
            return JoseTr::tr("%1 has %2 bits; RSA under 2048 bits is not used for signing")
                .arg(kid)
                .arg(key.sizeBits());
        }
        if (a->family == JwsFamily::Hmac && key.sizeBits() < hashBits(*a)) {
            return JoseTr::tr("%1 has %2 bits; %3 needs a secret of at least %4 bits (RFC 7518 §3.2)")
                .arg(kid)
                .arg(key.sizeBits())
                .arg(alg)
                .arg(hashBits(*a));
        }
    }
    return {};
}

QByteArray signJws(const JsonWebKey& key, const QString& alg, QByteArrayView signingInput)
{
    if (const QString problem = keyMismatch(key, alg, true); !problem.isEmpty()) {
        throw JwkError(problem, JwkError::Kind::InvalidInput);
    }
    const JwsAlgorithm& a = *findJwsAlgorithm(alg);
    if (a.family == JwsFamily::Hmac) {
        return hmac(a, *key.privateMember(QStringLiteral("k")), signingInput);
    }
    EvpPkeyPtr pkey = toEvpPkey(key);
    EvpMdCtxPtr ctx = digestContext(a, pkey.get(), true);
    const auto* in = reinterpret_cast<const unsigned char*>(signingInput.data());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, in, static_cast<size_t>(signingInput.size())) != 1) {
        openSslFailure(JoseTr::tr("Signing"));
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, in,
                       static_cast<size_t>(signingInput.size())) != 1) {
        openSslFailure(JoseTr::tr("Signing"));
    }
    signature.resize(static_cast<qsizetype>(length));
    return a.family == JwsFamily::Ecdsa ? derToJose(signature, a.coordinateBytes) : signature;
}

bool verifyJws(const JsonWebKey& key, const QString& alg, QByteArrayView signingInput, QByteArrayView signature)
{
    if (!keyMismatch(key, alg, false).isEmpty()) {
        return false;
    }
    const JwsAlgorithm& a = *findJwsAlgorithm(alg);
    if (a.family == JwsFamily::Hmac) {
        const SecureBytes* secret = key.privateMember(QStringLiteral("k"));
        if (!secret) {
            return false; // an oct key known by its metadata only
        }
        const QByteArray expected = hmac(a, *secret, signingInput);
        return expected.size() == signature.size() &&
               CRYPTO_memcmp(expected.constData(), signature.data(), static_cast<size_t>(expected.size())) == 0;
    }
    QByteArray der;
    if (a.family == JwsFamily::Ecdsa) {
        der = joseToDer(signature, a.coordinateBytes);
        if (der.isEmpty()) {
            return false;
        }
        signature = der;
    }
    EvpPkeyPtr pkey = toEvpPkey(key.isPrivate() ? key.publicKey() : key);
    EvpMdCtxPtr ctx = digestContext(a, pkey.get(), false);
    const int ok = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), static_cast<size_t>(signature.size()),
        reinterpret_cast<const unsigned char*>(signingInput.data()), static_cast<size_t>(signingInput.size()));
    clearOpenSslErrors(); // a bad signature leaves its reason on the queue
    return ok == 1;
}

} // namespace jwk::jose
