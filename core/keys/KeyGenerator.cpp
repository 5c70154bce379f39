#include "keys/KeyGenerator.h"

#include "keys/Algorithms.h"
#include "keys/JwkError.h"
#include "keys/OpenSslKey.h"

#include <QUuid>

#include <array>

#include <openssl/ec.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyGenerator)
};
} // namespace

namespace jwk {
namespace {

struct RsaCallbackState
{
    const GenerateOptions* options;
    int steps = 0;
};

int rsaCallback(EVP_PKEY_CTX* ctx)
{
    auto* state = static_cast<RsaCallbackState*>(EVP_PKEY_CTX_get_app_data(ctx));
    if (!state) {
        return 1;
    }
    if (state->options->cancel && state->options->cancel->load()) {
        return 0; // makes OpenSSL abort the generation
    }
    if (state->options->progress) {
        state->options->progress(++state->steps);
    }
    return 1;
}

EvpPkeyPtr generateRsa(int bits, const GenerateOptions& options)
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    RsaCallbackState state{&options};
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1) {
        throw JwkError(Tr::tr("OpenSSL cannot generate RSA %1 keys: %2").arg(bits).arg(takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    if (options.progress || options.cancel) {
        EVP_PKEY_CTX_set_app_data(ctx.get(), &state);
        EVP_PKEY_CTX_set_cb(ctx.get(), rsaCallback);
    }
    if (EVP_PKEY_generate(ctx.get(), &pkey) != 1) {
        if (options.cancel && options.cancel->load()) {
            clearOpenSslErrors();
            throw JwkError(Tr::tr("key generation was cancelled"), JwkError::Kind::Cancelled);
        }
        throw JwkError(Tr::tr("RSA key generation failed: %1").arg(takeOpenSslError()), JwkError::Kind::Internal);
    }
    return EvpPkeyPtr(pkey);
}

// One key-generation context per curve and thread, made on first use: a context made per key (what
// EVP_PKEY_Q_keygen does) builds the EC group anew each time, a third of a P-256 generation; a kept one builds it
// once and copies it into each key. The contexts hold no key material between generations.
EvpPkeyPtr generateCurve(const QString& curve)
{
    struct Curve
    {
        const char* jwkName;
        const char* algorithm;
        const char* group; // EC only
    };
    static constexpr Curve kCurves[] = {
        {"P-256", "EC", "P-256"},        {"P-384", "EC", "P-384"},    {"P-521", "EC", "P-521"},
        {"Ed25519", "ED25519", nullptr}, {"Ed448", "ED448", nullptr}, {"X25519", "X25519", nullptr},
        {"X448", "X448", nullptr},
    };
    constexpr std::size_t kCount = sizeof kCurves / sizeof kCurves[0];
    thread_local std::array<EvpPkeyCtxPtr, kCount> contexts;
    for (std::size_t i = 0; i < kCount; ++i) {
        if (curve != QLatin1String(kCurves[i].jwkName)) {
            continue;
        }
        EvpPkeyCtxPtr& ctx = contexts[i];
        if (!ctx) {
            EvpPkeyCtxPtr made(EVP_PKEY_CTX_new_from_name(nullptr, kCurves[i].algorithm, nullptr));
            if (made && EVP_PKEY_keygen_init(made.get()) == 1 &&
                (!kCurves[i].group || EVP_PKEY_CTX_set_group_name(made.get(), kCurves[i].group) == 1)) {
                ctx = std::move(made);
            }
        }
        EVP_PKEY* pkey = nullptr;
        if (!ctx || EVP_PKEY_generate(ctx.get(), &pkey) != 1) {
            EVP_PKEY_free(pkey);
            break;
        }
        return EvpPkeyPtr(pkey);
    }
    throw JwkError(Tr::tr("%1 key generation failed: %2").arg(curve, takeOpenSslError()), JwkError::Kind::Internal);
}

} // namespace

JsonWebKey generateKey(const GenerateOptions& options)
{
    const AlgorithmInfo* info = findAlgorithm(options.alg);
    if (!info) {
        throw JwkError(Tr::tr("unknown algorithm \"%1\"; known: %2")
                           .arg(options.alg, algorithmNames().join(QStringLiteral(", "))));
    }
    if (!options.use.isEmpty() && options.use != QStringLiteral("sig") && options.use != QStringLiteral("enc")) {
        throw JwkError(Tr::tr("use must be \"sig\" or \"enc\", not \"%1\"").arg(options.use));
    }
    if (!options.curve.isEmpty() && info->curves.isEmpty()) {
        throw JwkError(Tr::tr("%1 takes no curve").arg(options.alg));
    }
    if (options.bits && info->keyType != KeyType::RSA && info->keyType != KeyType::Oct) {
        throw JwkError(Tr::tr("%1 uses curve %2: a size in bits does not apply")
                           .arg(options.alg, info->curves.join(QStringLiteral("/"))));
    }

    JsonWebKey key;
    switch (info->keyType) {
    case KeyType::RSA: {
        const int bits = options.bits ? options.bits : info->defaultBits;
        if (bits < 2048) {
            throw JwkError(Tr::tr("RSA keys under 2048 bits are refused (asked for %1)").arg(bits));
        }
        if (bits > 16384 || bits % 8) {
            throw JwkError(Tr::tr("RSA key size must be a multiple of 8 from 2048 to 16384, not %1").arg(bits));
        }
        key = fromEvpPkey(generateRsa(bits, options).get());
        break;
    }
    case KeyType::EC:
    case KeyType::OKP: {
        const QString curve = options.curve.isEmpty() ? info->curves.first() : options.curve;
        if (!info->curves.contains(curve)) {
            throw JwkError(Tr::tr("%1 takes the curves %2, not \"%3\"")
                               .arg(options.alg, info->curves.join(QStringLiteral(", ")), curve));
        }
        key = fromEvpPkey(generateCurve(curve).get());
        break;
    }
    case KeyType::Oct: {
        const int bits = options.bits ? options.bits : info->defaultBits;
        const bool aes = options.alg.startsWith(QLatin1Char('A'));
        if (bits % 8 || bits < info->minBits || (aes && bits != info->defaultBits) || bits > 4096 ||
            (options.alg == QStringLiteral("dir") && bits != 128 && bits != 192 && bits != 256 && bits != 384 &&
             bits != 512)) {
            throw JwkError(
                Tr::tr("%1 cannot use a %2-bit key (default %3)").arg(options.alg).arg(bits).arg(info->defaultBits));
        }
        SecureBytes k(static_cast<std::size_t>(bits / 8));
        if (RAND_priv_bytes(k.data(), static_cast<int>(k.size())) != 1) {
            throw JwkError(Tr::tr("the random number generator failed"), JwkError::Kind::Internal);
        }
        std::map<QString, SecureBytes> secrets;
        secrets.emplace(QStringLiteral("k"), std::move(k));
        key = JsonWebKey::fromMembers(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}}, std::move(secrets));
        break;
    }
    }
    key.setAlg(options.alg);
    key.setUse(options.use.isEmpty() ? info->use : options.use);
    if (!options.kid.isEmpty()) {
        key.setKid(options.kid);
    } else if (options.kidMode == KidMode::Uuid || key.type() == KeyType::Oct) {
        // An oct key's RFC 7638 thumbprint is an unkeyed hash of the secret: as a kid it would let anyone who sees
        // the kid test guesses of a weak secret offline. Oct keys get a random kid.
        key.setKid(QUuid::createUuid().toString(QUuid::WithoutBraces));
    } else {
        key.setKid(key.thumbprint());
    }
    return key;
}

} // namespace jwk
