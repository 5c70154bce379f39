#include "keys/OpenSslKey.h"

#include "keys/JwkError.h"
#include "keys/KeyChecks.h"

#include <QJsonObject>

#include <map>
#include <string>

#include <openssl/core_names.h>
#include <openssl/err.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::OpenSslKey)
};
} // namespace

namespace jwk {

QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code) {
        const char* reason = ERR_reason_error_string(code);
        text = reason ? QString::fromLatin1(reason) : Tr::tr("error %1").arg(ERR_GET_REASON(code));
    }
    ERR_clear_error();
    return text;
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

BnPtr toBn(const QByteArray& bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()), nullptr));
}

SecretBnPtr toSecretBn(const SecureBytes& bytes)
{
    auto bn = SecretBnPtr(BN_secure_new());
    if (!bn) {
        bn.reset(BN_new());
    }
    BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), bn.get());
    return bn;
}

SecretBnPtr keyNumber(const EVP_PKEY* pkey, const char* name)
{
    // Every number of an RSA, EC or OKP key fits in the key's size (RSA: the modulus; EC and OKP: a signature,
    // twice the field), 8 bytes spare for what rounds to a whole BN_ULONG. Larger ones take OpenSSL's way.
    unsigned char buffer[1024 + 8];
    const int size = EVP_PKEY_get_size(pkey);
    if (size > 0 && static_cast<std::size_t>(size) + 8 <= sizeof buffer) {
        OSSL_PARAM params[] = {OSSL_PARAM_construct_BN(name, buffer, static_cast<std::size_t>(size) + 8),
                               OSSL_PARAM_construct_end()};
        if (EVP_PKEY_get_params(pkey, params) == 1) {
            BIGNUM* bn = nullptr;
            if (OSSL_PARAM_modified(params) && OSSL_PARAM_get_BN(params, &bn) != 1) {
                bn = nullptr;
            }
            OPENSSL_cleanse(buffer, static_cast<std::size_t>(size) + 8);
            return SecretBnPtr(bn);
        }
        OPENSSL_cleanse(buffer, static_cast<std::size_t>(size) + 8);
        ERR_clear_error();
    }
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) {
        BN_clear_free(bn);
        return {};
    }
    return SecretBnPtr(bn);
}

namespace {

[[noreturn]] void fail(const QString& message, JwkError::Kind kind = JwkError::Kind::InvalidInput)
{
    clearOpenSslErrors();
    throw JwkError(message, kind);
}

struct EcCurve
{
    const char* jwkName;
    const char* groupName;
    int bytes;
};

constexpr EcCurve kEcCurves[] = {
    {"P-256", "prime256v1", 32},
    {"P-384", "secp384r1", 48},
    {"P-521", "secp521r1", 66},
};

struct OkpCurve
{
    const char* jwkName;
    const char* algorithm; // OpenSSL key type name
    int bytes;
};

constexpr OkpCurve kOkpCurves[] = {
    {"Ed25519", "ED25519", 32},
    {"Ed448", "ED448", 57},
    {"X25519", "X25519", 32},
    {"X448", "X448", 56},
};

SecureBytes bnToSecure(const BIGNUM* bn, int pad = 0)
{
    const int len = pad ? pad : BN_num_bytes(bn);
    SecureBytes out(static_cast<std::size_t>(std::max(len, 1)));
    if (pad) {
        BN_bn2binpad(bn, out.data(), len);
    } else if (len == 0) {
        out.data()[0] = 0; // zero is one zero octet in Base64urlUInt
    } else {
        BN_bn2bin(bn, out.data());
    }
    return out;
}

QByteArray bnToBytes(const BIGNUM* bn, int pad = 0)
{
    const SecureBytes s = bnToSecure(bn, pad);
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// One EVP_PKEY_CTX per key type and thread, initialised again for each key: fetching the key management by name
// took a good part of a conversion (a lock and a name lookup in the provider store each time).
EVP_PKEY_CTX* fromDataContext(const char* type)
{
    thread_local std::map<std::string, EvpPkeyCtxPtr> contexts;
    EvpPkeyCtxPtr& slot = contexts[type];
    if (!slot) {
        slot.reset(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    }
    return slot.get();
}

EvpPkeyPtr fromData(const char* type, int selection, const OSSL_PARAM* params, const QString& what)
{
    EVP_PKEY_CTX* ctx = fromDataContext(type);
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx) != 1 ||
        EVP_PKEY_fromdata(ctx, &pkey, selection, const_cast<OSSL_PARAM*>(params)) != 1) {
        const QString reason = takeOpenSslError();
        fail(Tr::tr("%1 is not a valid key%2")
                 .arg(what, reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
    }
    return EvpPkeyPtr(pkey);
}

// RFC 7518 §6.3.2: a private RSA key may carry only d. Recover p and q from (n, e, d) with the classic
// probabilistic method (NIST SP 800-56B Rev. 2, Appendix C.2), so that OpenSSL can hold a complete key.
bool recoverRsaFactors(const BIGNUM* n, const BIGNUM* e, const BIGNUM* d, SecretBnPtr& p, SecretBnPtr& q)
{
    BnCtxPtr ctx(BN_CTX_new());
    SecretBnPtr k(BN_new()), t(BN_new()), x(BN_new()), y(BN_new()), g(BN_new());
    BnPtr nMinus1(BN_dup(n));
    if (!ctx || !k || !t || !x || !y || !g || !nMinus1 || !BN_sub_word(nMinus1.get(), 1)) {
        return false;
    }
    if (!BN_mul(k.get(), d, e, ctx.get()) || !BN_sub_word(k.get(), 1) || BN_is_zero(k.get()) || BN_is_odd(k.get())) {
        return false;
    }
    int s = 0;
    BN_copy(t.get(), k.get());
    while (!BN_is_odd(t.get())) {
        BN_rshift1(t.get(), t.get());
        ++s;
    }
    for (unsigned long base = 2; base < 200; ++base) {
        BN_set_word(g.get(), base);
        if (!BN_mod_exp(x.get(), g.get(), t.get(), n, ctx.get())) {
            return false;
        }
        for (int i = 0; i < s; ++i) {
            if (BN_is_one(x.get()) || BN_cmp(x.get(), nMinus1.get()) == 0) {
                break;
            }
            if (!BN_mod_sqr(y.get(), x.get(), n, ctx.get())) {
                return false;
            }
            if (BN_is_one(y.get())) {
                // x is a non-trivial square root of 1: gcd(x - 1, n) is a factor.
                BN_sub_word(x.get(), 1);
                p.reset(BN_new());
                q.reset(BN_new());
                SecretBnPtr rem(BN_new());
                if (!BN_gcd(p.get(), x.get(), n, ctx.get()) || !BN_div(q.get(), rem.get(), n, p.get(), ctx.get()) ||
                    !BN_is_zero(rem.get())) {
                    return false;
                }
                if (BN_cmp(p.get(), q.get()) < 0) {
                    std::swap(p, q);
                }
                return true;
            }
            BN_copy(x.get(), y.get());
        }
    }
    return false;
}

EvpPkeyPtr rsaToEvp(const JsonWebKey& key)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    const BnPtr n = toBn(key.publicMember(QStringLiteral("n")));
    const BnPtr e = toBn(key.publicMember(QStringLiteral("e")));
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    std::vector<SecretBnPtr> secrets;
    auto pushSecret = [&](const char* param, const SecureBytes* bytes) {
        secrets.push_back(toSecretBn(*bytes));
        OSSL_PARAM_BLD_push_BN(bld.get(), param, secrets.back().get());
    };
    const bool isPrivate = key.isPrivate();
    if (isPrivate) {
        const SecureBytes* d = key.privateMember(QStringLiteral("d"));
        pushSecret(OSSL_PKEY_PARAM_RSA_D, d);
        if (key.privateMember(QStringLiteral("p"))) {
            pushSecret(OSSL_PKEY_PARAM_RSA_FACTOR1, key.privateMember(QStringLiteral("p")));
            pushSecret(OSSL_PKEY_PARAM_RSA_FACTOR2, key.privateMember(QStringLiteral("q")));
            pushSecret(OSSL_PKEY_PARAM_RSA_EXPONENT1, key.privateMember(QStringLiteral("dp")));
            pushSecret(OSSL_PKEY_PARAM_RSA_EXPONENT2, key.privateMember(QStringLiteral("dq")));
            pushSecret(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, key.privateMember(QStringLiteral("qi")));
        } else {
            SecretBnPtr p, q;
            const SecretBnPtr dBn = toSecretBn(*d);
            if (!recoverRsaFactors(n.get(), e.get(), dBn.get(), p, q)) {
                fail(Tr::tr("the RSA private exponent \"d\" does not match \"n\" and \"e\""));
            }
            BnCtxPtr ctx(BN_CTX_new());
            SecretBnPtr pm1(BN_dup(p.get())), qm1(BN_dup(q.get())), dp(BN_new()), dq(BN_new()), qi(BN_new());
            BN_sub_word(pm1.get(), 1);
            BN_sub_word(qm1.get(), 1);
            BN_mod(dp.get(), dBn.get(), pm1.get(), ctx.get());
            BN_mod(dq.get(), dBn.get(), qm1.get(), ctx.get());
            BN_mod_inverse(qi.get(), q.get(), p.get(), ctx.get());
            for (auto* pair : {&p, &q, &dp, &dq, &qi}) {
                secrets.push_back(std::move(*pair));
            }
            const auto m = secrets.size();
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, secrets[m - 5].get());
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, secrets[m - 4].get());
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, secrets[m - 3].get());
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, secrets[m - 2].get());
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, secrets[m - 1].get());
        }
    }
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    if (!params) {
        fail(Tr::tr("OpenSSL could not take the RSA parameters"), JwkError::Kind::Internal);
    }
    EvpPkeyPtr pkey =
        fromData("RSA", isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get(), Tr::tr("the RSA key"));
    if (isPrivate) { // d, then p, q, dp, dq, qi: as given or as derived from d
        checkRsaNumbers({n.get(), e.get(), secrets[0].get(), secrets[1].get(), secrets[2].get(), secrets[3].get(),
                         secrets[4].get(), secrets[5].get()},
                        true);
    } else {
        checkRsaNumbers({n.get(), e.get()}, false);
    }
    clearOpenSslErrors();
    return pkey;
}

EvpPkeyPtr ecToEvp(const JsonWebKey& key)
{
    const QString crv = key.curve();
    const EcCurve* curve = nullptr;
    for (const auto& c : kEcCurves) {
        if (crv == QLatin1String(c.jwkName)) {
            curve = &c;
        }
    }
    if (!curve) {
        fail(Tr::tr("curve \"%1\" is not supported").arg(crv), JwkError::Kind::Unsupported);
    }
    // Point on the curve, and d the point's scalar, on the numbers before OpenSSL builds the key of them.
    checkEcJwk(key);
    QByteArray point;
    point.append('\x04');
    point.append(key.publicMember(QStringLiteral("x")));
    point.append(key.publicMember(QStringLiteral("y")));

    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->groupName, 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     static_cast<size_t>(point.size()));
    SecretBnPtr d;
    if (const auto* dBytes = key.privateMember(QStringLiteral("d"))) {
        d = toSecretBn(*dBytes);
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get());
    }
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    EVP_PKEY* raw = nullptr;
    {
        EVP_PKEY_CTX* ctx = fromDataContext("EC");
        if (!params || !ctx || EVP_PKEY_fromdata_init(ctx) != 1 ||
            EVP_PKEY_fromdata(ctx, &raw, d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
            fail(Tr::tr("members \"x\" and \"y\" are not a point on %1").arg(crv));
        }
    }
    EvpPkeyPtr pkey(raw);
    clearOpenSslErrors();
    return pkey;
}

EvpPkeyPtr okpToEvp(const JsonWebKey& key)
{
    const QString crv = key.curve();
    const OkpCurve* curve = nullptr;
    for (const auto& c : kOkpCurves) {
        if (crv == QLatin1String(c.jwkName)) {
            curve = &c;
        }
    }
    if (!curve) {
        fail(Tr::tr("curve \"%1\" is not supported").arg(crv), JwkError::Kind::Unsupported);
    }
    const QByteArray x = key.publicMember(QStringLiteral("x"));
    const SecureBytes* d = key.privateMember(QStringLiteral("d"));
    checkEdwardsPublic(x, crv);
    OSSL_PARAM params[2];
    if (d) {
        // Build from the private key alone and derive the public key, then compare: x must match d.
        params[0] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PRIV_KEY, const_cast<unsigned char*>(d->data()),
                                                      d->size());
    } else {
        params[0] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char*>(x.constData()),
                                                      static_cast<size_t>(x.size()));
    }
    params[1] = OSSL_PARAM_construct_end();
    EvpPkeyPtr pkey =
        fromData(curve->algorithm, d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params, Tr::tr("the %1 key").arg(crv));
    if (!d) {
        checkMontgomeryPublic(pkey.get(), crv, curve->algorithm);
    }
    if (d) {
        unsigned char derived[64];
        size_t len = 0;
        if (EVP_PKEY_get_octet_string_param(pkey.get(), OSSL_PKEY_PARAM_PUB_KEY, derived, sizeof derived, &len) != 1 ||
            QByteArray(reinterpret_cast<const char*>(derived), static_cast<qsizetype>(len)) != x) {
            fail(Tr::tr("member \"d\" does not match the public key \"x\""));
        }
    }
    clearOpenSslErrors();
    return pkey;
}

QString ecGroupName(const EVP_PKEY* pkey)
{
    char name[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &len) != 1) {
        return {};
    }
    return QString::fromLatin1(name, static_cast<qsizetype>(len));
}

} // namespace

EvpPkeyPtr toEvpPkey(const JsonWebKey& key)
{
    switch (key.type()) {
    case KeyType::RSA:
        return rsaToEvp(key);
    case KeyType::EC:
        return ecToEvp(key);
    case KeyType::OKP:
        return okpToEvp(key);
    case KeyType::Oct:
        break;
    }
    fail(Tr::tr("an oct key is symmetric and has no PEM or DER form"), JwkError::Kind::Unsupported);
}

QString describeEvpPkey(const EVP_PKEY* pkey)
{
    if (!pkey) {
        return Tr::tr("no key");
    }
    if (EVP_PKEY_is_a(pkey, "EC")) {
        const QString group = ecGroupName(pkey);
        return group.isEmpty() ? Tr::tr("EC with explicit parameters") : QStringLiteral("EC %1").arg(group);
    }
    const char* name = EVP_PKEY_get0_type_name(pkey);
    return name ? QString::fromLatin1(name) : Tr::tr("unknown key type");
}

JsonWebKey fromEvpPkey(const EVP_PKEY* pkey, bool includePrivate)
{
    if (!pkey) {
        fail(Tr::tr("the key could not be read: its encoding is damaged or of an unknown type"));
    }
    QJsonObject members;
    std::map<QString, SecureBytes> secrets;

    if (EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS")) {
        const SecretBnPtr n = keyNumber(pkey, OSSL_PKEY_PARAM_RSA_N), e = keyNumber(pkey, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e) {
            fail(Tr::tr("the RSA key has no public modulus or exponent"));
        }
        if (keyNumber(pkey, OSSL_PKEY_PARAM_RSA_FACTOR3)) {
            fail(Tr::tr("multi-prime RSA keys (more than two primes) are not supported"), JwkError::Kind::Unsupported);
        }
        members.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        members.insert(QStringLiteral("n"), b64(bnToBytes(n.get())));
        members.insert(QStringLiteral("e"), b64(bnToBytes(e.get())));
        if (includePrivate) {
            const struct
            {
                const char* param;
                const char* member;
            } parts[] = {{OSSL_PKEY_PARAM_RSA_D, "d"},          {OSSL_PKEY_PARAM_RSA_FACTOR1, "p"},
                         {OSSL_PKEY_PARAM_RSA_FACTOR2, "q"},    {OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp"},
                         {OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq"}, {OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi"}};
            for (const auto& part : parts) {
                if (const SecretBnPtr bn = keyNumber(pkey, part.param)) {
                    secrets.emplace(QString::fromLatin1(part.member), bnToSecure(bn.get()));
                }
            }
            // A key with d but without its CRT members is written with d alone; with none, it is public.
            if (!secrets.count(QStringLiteral("d"))) {
                secrets.clear();
            } else if (secrets.size() != 6) {
                SecureBytes d = std::move(secrets[QStringLiteral("d")]);
                secrets.clear();
                secrets.emplace(QStringLiteral("d"), std::move(d));
            }
        }
        clearOpenSslErrors();
        return JsonWebKey::fromMembers(members, std::move(secrets));
    }

    if (EVP_PKEY_is_a(pkey, "EC")) {
        const QString group = ecGroupName(pkey);
        const EcCurve* curve = nullptr;
        for (const auto& c : kEcCurves) {
            if (group == QLatin1String(c.groupName) || group == QLatin1String(c.jwkName)) {
                curve = &c;
            }
        }
        if (!curve) {
            fail(group.isEmpty()
                     ? Tr::tr("EC keys with explicit curve parameters are not supported; use a "
                              "named curve (P-256, P-384, P-521)")
                     : Tr::tr("EC curve %1 is not supported by JOSE (P-256, P-384 and P-521 are)").arg(group),
                 JwkError::Kind::Unsupported);
        }
        // The encoded point in one call (04 || x || y); x and y as numbers only for a compressed point.
        unsigned char point[1 + 2 * 66];
        size_t pointLen = 0;
        QByteArray x, y;
        if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &pointLen) == 1 &&
            pointLen == static_cast<size_t>(1 + 2 * curve->bytes) && point[0] == 0x04) {
            x = QByteArray(reinterpret_cast<const char*>(point + 1), curve->bytes);
            y = QByteArray(reinterpret_cast<const char*>(point + 1 + curve->bytes), curve->bytes);
        } else {
            const SecretBnPtr bx = keyNumber(pkey, OSSL_PKEY_PARAM_EC_PUB_X),
                              by = keyNumber(pkey, OSSL_PKEY_PARAM_EC_PUB_Y);
            if (!bx || !by) {
                fail(Tr::tr("the EC key has no public point"));
            }
            x = bnToBytes(bx.get(), curve->bytes);
            y = bnToBytes(by.get(), curve->bytes);
        }
        members.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        members.insert(QStringLiteral("crv"), QString::fromLatin1(curve->jwkName));
        members.insert(QStringLiteral("x"), b64(x));
        members.insert(QStringLiteral("y"), b64(y));
        if (includePrivate) {
            if (const SecretBnPtr d = keyNumber(pkey, OSSL_PKEY_PARAM_PRIV_KEY)) {
                secrets.emplace(QStringLiteral("d"), bnToSecure(d.get(), curve->bytes));
            }
        }
        clearOpenSslErrors();
        return JsonWebKey::fromMembers(members, std::move(secrets));
    }

    for (const auto& c : kOkpCurves) {
        if (!EVP_PKEY_is_a(pkey, c.algorithm)) {
            continue;
        }
        unsigned char pub[64];
        size_t len = 0;
        if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, pub, sizeof pub, &len) != 1 ||
            len != static_cast<size_t>(c.bytes)) {
            fail(Tr::tr("the %1 key has no public key").arg(QLatin1String(c.jwkName)));
        }
        members.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        members.insert(QStringLiteral("crv"), QString::fromLatin1(c.jwkName));
        members.insert(QStringLiteral("x"),
                       b64(QByteArray(reinterpret_cast<const char*>(pub), static_cast<qsizetype>(len))));
        if (includePrivate) {
            SecureBytes priv(64);
            size_t privLen = 0;
            if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, priv.data(), priv.size(), &privLen) ==
                    1 &&
                privLen == static_cast<size_t>(c.bytes)) {
                SecureBytes d(priv.data(), privLen);
                secrets.emplace(QStringLiteral("d"), std::move(d));
            }
        }
        clearOpenSslErrors();
        return JsonWebKey::fromMembers(members, std::move(secrets));
    }

    fail(Tr::tr("%1 keys cannot be expressed as a JWK (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 and "
                "X448 can)")
             .arg(describeEvpPkey(pkey)),
         JwkError::Kind::Unsupported);
}

} // namespace jwk
