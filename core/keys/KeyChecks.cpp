#include "keys/KeyChecks.h"

#include "keys/CurvePoints.h"
#include "keys/EcNumbers.h"
#include "keys/JwkError.h"
#include "keys/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace {
// The messages belong to the JWK ⇄ EVP_PKEY layer (OpenSslKey), where they were first written and translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::OpenSslKey)
};

[[noreturn]] void fail(const QString& message)
{
    ERR_clear_error();
    throw jwk::JwkError(message, jwk::JwkError::Kind::InvalidInput);
}

// The odd primes below 1000 in groups whose product is below 2^32, made at compile time.
struct SmallPrimeGroup
{
    BN_ULONG product = 1;
    int count = 0;
    unsigned primes[9] = {}; // 3·5·…·29 is the longest product below 2^32
};
struct SmallPrimeGroups
{
    std::array<SmallPrimeGroup, 167> group{}; // at most one a prime
    std::size_t count = 0;
    int primes = 0;
};
constexpr bool isOddPrime(unsigned value)
{
    for (unsigned f = 3; f * f <= value; f += 2) {
        if (value % f == 0) {
            return false;
        }
    }
    return value > 2 && value % 2 == 1;
}
constexpr SmallPrimeGroups makeSmallPrimeGroups()
{
    SmallPrimeGroups groups;
    for (unsigned p = 3; p < 1000; p += 2) {
        if (!isOddPrime(p)) {
            continue;
        }
        if (groups.count == 0 ||
            static_cast<unsigned long long>(groups.group[groups.count - 1].product) * p > 0xffffffffULL) {
            ++groups.count;
        }
        SmallPrimeGroup& group = groups.group[groups.count - 1];
        group.product *= p;
        group.primes[group.count++] = p;
        ++groups.primes;
    }
    return groups;
}
constexpr SmallPrimeGroups kSmallPrimeGroups = makeSmallPrimeGroups();
static_assert(kSmallPrimeGroups.primes == 167, "the 167 odd primes below 1000");

// Sixteen consecutive groups at a time (products of about 450 bits, four blocks in all): n is first reduced by these.
struct SmallPrimeBlock
{
    jwk::BnPtr product;
    std::size_t firstGroup = 0;
    std::size_t endGroup = 0;
};
const std::vector<SmallPrimeBlock>& smallPrimeBlocks()
{
    static const std::vector<SmallPrimeBlock> blocks = [] {
        constexpr std::size_t kGroupsPerBlock = 16;
        std::vector<SmallPrimeBlock> made;
        for (std::size_t first = 0; first < kSmallPrimeGroups.count; first += kGroupsPerBlock) {
            SmallPrimeBlock block;
            block.firstGroup = first;
            block.endGroup = std::min(first + kGroupsPerBlock, kSmallPrimeGroups.count);
            block.product.reset(BN_new());
            if (block.product && BN_one(block.product.get())) {
                for (std::size_t g = first; g < block.endGroup; ++g) {
                    if (!BN_mul_word(block.product.get(), kSmallPrimeGroups.group[g].product)) {
                        block.product.reset(); // checked (and refused) at use
                        break;
                    }
                }
            }
            made.push_back(std::move(block));
        }
        return made;
    }();
    return blocks;
}
} // namespace

namespace jwk {

// RSA consistency, checked on the numbers themselves: microseconds, where OpenSSL's EVP_PKEY_public_check and
// pairwise_check run primality tests (milliseconds for RSA 2048, a quarter of a second for 4096) on every load.
// Public: e odd, 3 <= e < n, n of 512 to 16384 bits. Private: n = p·q, e·d = 1 mod (p-1) and mod (q-1),
// dp = d mod (p-1), dq = d mod (q-1), qi·q = 1 mod p.
void checkRsaNumbers(const RsaNumbers& key, bool isPrivate)
{
    const BIGNUM* n = key.n;
    const BIGNUM* e = key.e;
    if (!n || !e) {
        fail(Tr::tr("the RSA key has no modulus or exponent"));
    }
    const int bits = BN_num_bits(n);
    if (bits < 512 || bits > 16384) {
        fail(Tr::tr("member \"n\": an RSA modulus of %1 bits is not usable (512 to 16384 bits)").arg(bits));
    }
    if (!BN_is_odd(e) || BN_cmp(e, BN_value_one()) <= 0 || BN_is_word(e, 1) || BN_cmp(e, n) >= 0) {
        fail(Tr::tr("member \"e\" is not a valid RSA public exponent (odd, at least 3, below n)"));
    }
    // A modulus with a small prime factor is no RSA modulus (SP 800-89 §5.3.3 checks this too). n is reduced by four
    // products of sixteen groups of primes (a BN_mod each), each remainder by its groups' products below 2^32
    // (BN_mod_word on a few words), then by each prime: 167 reductions of the whole n were most of the check.
    BnCtxPtr ctx(BN_CTX_new());
    SecretBnPtr rest(BN_new());
    const auto outOfMemory = [] {
        ERR_clear_error();
        throw jwk::JwkError(Tr::tr("out of memory while checking the RSA key"), jwk::JwkError::Kind::Internal);
    };
    if (!ctx || !rest) {
        outOfMemory();
    }
    const std::vector<SmallPrimeBlock>& blocks = smallPrimeBlocks();
    for (const SmallPrimeBlock& block : blocks) {
        if (!block.product || BN_mod(rest.get(), n, block.product.get(), ctx.get()) != 1) {
            outOfMemory();
        }
        for (std::size_t g = block.firstGroup; g < block.endGroup; ++g) {
            const SmallPrimeGroup& group = kSmallPrimeGroups.group[g];
            const BN_ULONG remainder = BN_mod_word(rest.get(), group.product);
            for (int i = 0; i < group.count; ++i) {
                if (remainder % group.primes[i] == 0) {
                    fail(Tr::tr("member \"n\" has the small factor %1: it is not an RSA modulus").arg(group.primes[i]));
                }
            }
        }
    }
    if (!isPrivate) {
        return;
    }
    const BIGNUM *d = key.d, *p = key.p, *q = key.q, *dp = key.dp, *dq = key.dq, *qi = key.qi;
    const QString mismatch = Tr::tr("the RSA private members do not match the public key (or p, q, dp, dq, "
                                    "qi are inconsistent)");
    if (!d || !p || !q || !dp || !dq || !qi) {
        fail(mismatch);
    }
    SecretBnPtr t(BN_new()), pm1(BN_dup(p)), qm1(BN_dup(q));
    if (!ctx || !t || !pm1 || !qm1 || BN_cmp(p, BN_value_one()) <= 0 || BN_cmp(q, BN_value_one()) <= 0) {
        fail(mismatch);
    }
    BN_sub_word(pm1.get(), 1);
    BN_sub_word(qm1.get(), 1);
    auto equalsOne = [&](const BIGNUM* a, const BIGNUM* b, const BIGNUM* m) {
        return BN_mod_mul(t.get(), a, b, m, ctx.get()) == 1 && BN_is_one(t.get());
    };
    auto reducesTo = [&](const BIGNUM* a, const BIGNUM* m, const BIGNUM* expected) {
        return BN_nnmod(t.get(), a, m, ctx.get()) == 1 && BN_cmp(t.get(), expected) == 0;
    };
    const bool ok = BN_mul(t.get(), p, q, ctx.get()) == 1 && BN_cmp(t.get(), n) == 0 && equalsOne(e, d, pm1.get()) &&
                    equalsOne(e, d, qm1.get()) && reducesTo(d, pm1.get(), dp) && reducesTo(d, qm1.get(), dq) &&
                    equalsOne(qi, q, p);
    if (!ok) {
        fail(mismatch);
    }
}

void checkRsaJwk(const JsonWebKey& key)
{
    auto secret = [&key](const char* member) {
        const SecureBytes* bytes = key.privateMember(QString::fromLatin1(member));
        return bytes ? toSecretBn(*bytes) : SecretBnPtr();
    };
    const BnPtr n = toBn(key.publicMember(QStringLiteral("n"))), e = toBn(key.publicMember(QStringLiteral("e")));
    if (!key.isPrivate()) {
        checkRsaNumbers({n.get(), e.get()}, false);
        return;
    }
    const SecretBnPtr d = secret("d"), p = secret("p"), q = secret("q"), dp = secret("dp"), dq = secret("dq"),
                      qi = secret("qi");
    checkRsaNumbers({n.get(), e.get(), d.get(), p.get(), q.get(), dp.get(), dq.get(), qi.get()}, true);
}

namespace {
const char* ecGroupFor(const QString& crv)
{
    if (crv == QLatin1String("P-256")) {
        return "prime256v1";
    }
    if (crv == QLatin1String("P-384")) {
        return "secp384r1";
    }
    if (crv == QLatin1String("P-521")) {
        return "secp521r1";
    }
    return nullptr;
}

void failEc(ecnumbers::Result result, const QString& crv)
{
    switch (result) {
    case ecnumbers::Result::Ok:
        return;
    case ecnumbers::Result::NotOnCurve:
        fail(Tr::tr("members \"x\" and \"y\" are not a point on %1").arg(crv));
    case ecnumbers::Result::Mismatch:
        fail(Tr::tr("member \"d\" does not match the public point \"x\", \"y\""));
    case ecnumbers::Result::UnknownCurve:
        break;
    }
    throw JwkError(Tr::tr("curve \"%1\" is not supported").arg(crv), JwkError::Kind::Unsupported);
}
} // namespace

void checkEcKey(const EVP_PKEY* pkey, bool isPrivate, const QString& crv)
{
    char group[64] = {};
    std::size_t groupLength = 0;
    const char* name = ecGroupFor(crv);
    if (name &&
        EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength) == 1 &&
        std::strcmp(group, name) == 0) {
        QByteArray point(133, Qt::Uninitialized);
        std::size_t pointLength = 0;
        if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY,
                                            reinterpret_cast<unsigned char*>(point.data()),
                                            static_cast<std::size_t>(point.size()), &pointLength) != 1) {
            fail(Tr::tr("members \"x\" and \"y\" are not a valid point on %1").arg(crv));
        }
        point.truncate(static_cast<qsizetype>(pointLength));
        BIGNUM* raw = nullptr;
        if (isPrivate) {
            raw = BN_secure_new();
            if (!raw || EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1) {
                BN_clear_free(raw);
                fail(Tr::tr("member \"d\" does not match the public point \"x\", \"y\""));
            }
            BN_set_flags(raw, BN_FLG_CONSTTIME);
        }
        const SecretBnPtr d(raw);
        failEc(ecnumbers::checkEncoded(name, point, d.get()), crv);
        ERR_clear_error();
        return;
    }
    // Not one of the named curves a JWK can name: OpenSSL's own checks (the key is refused later for its curve).
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, const_cast<EVP_PKEY*>(pkey), nullptr));
    if (!check || EVP_PKEY_public_check_quick(check.get()) != 1) {
        fail(Tr::tr("members \"x\" and \"y\" are not a valid point on %1").arg(crv));
    }
    if (isPrivate && (EVP_PKEY_private_check(check.get()) != 1 || EVP_PKEY_pairwise_check(check.get()) != 1)) {
        fail(Tr::tr("member \"d\" does not match the public point \"x\", \"y\""));
    }
    ERR_clear_error();
}

void checkEcJwk(const JsonWebKey& key)
{
    const QString crv = key.curve();
    failEc(ecnumbers::checkAffine(ecGroupFor(crv) ? ecGroupFor(crv) : "", key.publicMember(QStringLiteral("x")),
                                  key.publicMember(QStringLiteral("y")), key.privateMember(QStringLiteral("d"))),
           crv);
}

void checkEdwardsPublic(const QByteArray& x, const QString& crv)
{
    const bool ed448 = crv == QStringLiteral("Ed448");
    if (!ed448 && crv != QStringLiteral("Ed25519")) {
        return;
    }
    if (!curvepoints::isEdwardsPointEncoding(x, ed448)) {
        fail(Tr::tr("member \"x\" is not a point on %1").arg(crv));
    }
    if (curvepoints::isSmallOrderEdwardsPoint(x, ed448)) {
        fail(Tr::tr("member \"x\" is a point of small order on %1: not a usable public key").arg(crv));
    }
}

void checkMontgomeryPublic(const EVP_PKEY* pkey, const QString& crv, const char* algorithm)
{
    if ((crv == QStringLiteral("X25519") || crv == QStringLiteral("X448")) &&
        curvepoints::isSmallOrderMontgomeryPoint(const_cast<EVP_PKEY*>(pkey), algorithm)) {
        fail(Tr::tr("member \"x\" is a point of small order on %1: a key agreement with it gives an all-zero "
                    "secret")
                 .arg(crv));
    }
}

void checkDecodedKey(const EVP_PKEY* pkey, const JsonWebKey& key)
{
    switch (key.type()) {
    case KeyType::RSA:
        checkRsaJwk(key);
        return;
    case KeyType::EC:
        checkEcKey(pkey, key.isPrivate(), key.curve());
        return;
    case KeyType::OKP: {
        const QString crv = key.curve();
        checkEdwardsPublic(key.publicMember(QStringLiteral("x")), crv);
        if (!key.isPrivate()) {
            const QByteArray algorithm = crv.toLatin1().toUpper(); // X25519, X448: OpenSSL's names
            checkMontgomeryPublic(pkey, crv, algorithm.constData());
        }
        return;
    }
    case KeyType::Oct:
        return;
    }
}

} // namespace jwk
