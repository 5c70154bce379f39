#include "keys/KeyChecks.h"

#include "keys/CurvePoints.h"
#include "keys/EcNumbers.h"
#include "keys/JwkError.h"
#include "keys/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>

#include <cstring>

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
} // namespace

namespace jwk {

// RSA consistency, checked on the numbers themselves: microseconds, where OpenSSL's EVP_PKEY_public_check and
// pairwise_check run primality tests (milliseconds for RSA 2048, a quarter of a second for 4096) on every load.
// Public: e odd, 3 <= e < n, n of 512 to 16384 bits. Private: n = p·q, e·d = 1 mod (p-1) and mod (q-1),
// dp = d mod (p-1), dq = d mod (q-1), qi·q = 1 mod p.
void checkRsaKey(const EVP_PKEY* pkey, bool isPrivate)
{
    auto get = [&](const char* name) {
        BIGNUM* bn = nullptr;
        EVP_PKEY_get_bn_param(pkey, name, &bn);
        return SecretBnPtr(bn);
    };
    const SecretBnPtr n = get(OSSL_PKEY_PARAM_RSA_N), e = get(OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e) {
        fail(Tr::tr("the RSA key has no modulus or exponent"));
    }
    const int bits = BN_num_bits(n.get());
    if (bits < 512 || bits > 16384) {
        fail(Tr::tr("member \"n\": an RSA modulus of %1 bits is not usable (512 to 16384 bits)").arg(bits));
    }
    if (!BN_is_odd(e.get()) || BN_cmp(e.get(), BN_value_one()) <= 0 || BN_is_word(e.get(), 1) ||
        BN_cmp(e.get(), n.get()) >= 0) {
        fail(Tr::tr("member \"e\" is not a valid RSA public exponent (odd, at least 3, below n)"));
    }
    // A modulus with a small prime factor is no RSA modulus (SP 800-89 §5.3.3 checks this too).
    for (BN_ULONG prime = 3; prime < 1000; prime += 2) {
        bool isPrime = true;
        for (BN_ULONG f = 3; f * f <= prime && isPrime; f += 2) {
            isPrime = prime % f != 0;
        }
        if (isPrime && BN_mod_word(n.get(), prime) == 0) {
            fail(Tr::tr("member \"n\" has the small factor %1: it is not an RSA modulus").arg(prime));
        }
    }
    if (!isPrivate) {
        return;
    }
    const SecretBnPtr d = get(OSSL_PKEY_PARAM_RSA_D), p = get(OSSL_PKEY_PARAM_RSA_FACTOR1),
                      q = get(OSSL_PKEY_PARAM_RSA_FACTOR2), dp = get(OSSL_PKEY_PARAM_RSA_EXPONENT1),
                      dq = get(OSSL_PKEY_PARAM_RSA_EXPONENT2), qi = get(OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
    const QString mismatch = Tr::tr("the RSA private members do not match the public key (or p, q, dp, dq, "
                                    "qi are inconsistent)");
    if (!d || !p || !q || !dp || !dq || !qi) {
        fail(mismatch);
    }
    BnCtxPtr ctx(BN_CTX_new());
    SecretBnPtr t(BN_new()), pm1(BN_dup(p.get())), qm1(BN_dup(q.get()));
    if (!ctx || !t || !pm1 || !qm1 || BN_cmp(p.get(), BN_value_one()) <= 0 || BN_cmp(q.get(), BN_value_one()) <= 0) {
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
    const bool ok = BN_mul(t.get(), p.get(), q.get(), ctx.get()) == 1 && BN_cmp(t.get(), n.get()) == 0 &&
                    equalsOne(e.get(), d.get(), pm1.get()) && equalsOne(e.get(), d.get(), qm1.get()) &&
                    reducesTo(d.get(), pm1.get(), dp.get()) && reducesTo(d.get(), qm1.get(), dq.get()) &&
                    equalsOne(qi.get(), q.get(), p.get());
    if (!ok) {
        fail(mismatch);
    }
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
        checkRsaKey(pkey, key.isPrivate());
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
