#include "keys/CurvePoints.h"

#include <QList>

#include <openssl/bn.h>
#include <openssl/evp.h>

namespace jwk::curvepoints {

// RFC 8032 §5.1.3 / §5.2.3: an EdDSA public key must decode to a point, i.e. y < p and (y² - 1) / (d·y² ∓ 1) must be
// a square mod p (and not zero with the sign bit set). OpenSSL 3.0 does not check this when it loads a raw key.
bool isEdwardsPointEncoding(const QByteArray& x, bool ed448)
{
    BnCtxPtr ctx(BN_CTX_new());
    BnPtr p(BN_new()), d(BN_new()), y(BN_new()), y2(BN_new()), u(BN_new()), v(BN_new()), w(BN_new()), e(BN_new()),
        one(BN_new());
    if (!ctx || !p || !d || !y || !y2 || !u || !v || !w || !e || !one) {
        return false;
    }
    QByteArray bytes = x;
    const int last = static_cast<int>(bytes.size()) - 1;
    const bool sign = (static_cast<unsigned char>(bytes[last]) & 0x80) != 0;
    bytes[last] = static_cast<char>(static_cast<unsigned char>(bytes[last]) & 0x7f);
    if (ed448 && bytes[last] != 0) {
        return false; // Ed448 uses the last octet for the sign bit only
    }
    BN_one(one.get());
    if (ed448) {
        // p = 2^448 - 2^224 - 1, d = -39081
        BN_set_bit(p.get(), 448);
        BnPtr t(BN_new());
        BN_set_bit(t.get(), 224);
        BN_sub(p.get(), p.get(), t.get());
        BN_sub_word(p.get(), 1);
        BN_set_word(d.get(), 39081);
        BN_sub(d.get(), p.get(), d.get());
    } else {
        // p = 2^255 - 19, d = -121665 / 121666
        BN_set_bit(p.get(), 255);
        BN_sub_word(p.get(), 19);
        BnPtr num(BN_new()), den(BN_new());
        BN_set_word(num.get(), 121665);
        BN_sub(num.get(), p.get(), num.get());
        BN_set_word(den.get(), 121666);
        BN_mod_inverse(den.get(), den.get(), p.get(), ctx.get());
        BN_mod_mul(d.get(), num.get(), den.get(), p.get(), ctx.get());
    }
    BN_lebin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()), y.get());
    if (BN_cmp(y.get(), p.get()) >= 0) {
        return false; // non-canonical y
    }
    BN_mod_sqr(y2.get(), y.get(), p.get(), ctx.get());
    BN_mod_sub(u.get(), y2.get(), one.get(), p.get(), ctx.get());
    BN_mod_mul(v.get(), d.get(), y2.get(), p.get(), ctx.get());
    if (ed448) {
        BN_mod_sub(v.get(), v.get(), one.get(), p.get(), ctx.get());
    } else {
        BN_mod_add(v.get(), v.get(), one.get(), p.get(), ctx.get());
    }
    if (BN_is_zero(v.get()) || !BN_mod_inverse(v.get(), v.get(), p.get(), ctx.get())) {
        return false;
    }
    BN_mod_mul(w.get(), u.get(), v.get(), p.get(), ctx.get()); // x² = u / v
    if (BN_is_zero(w.get())) {
        return !sign; // x = 0 has no negative
    }
    // Euler's criterion: w is a square iff w^((p-1)/2) = 1.
    BN_sub(e.get(), p.get(), one.get());
    BN_rshift1(e.get(), e.get());
    BN_mod_exp(w.get(), w.get(), e.get(), p.get(), ctx.get());
    return BN_is_one(w.get());
}

// Public keys of small order: a signature check or a key agreement with them proves nothing (an all-zero shared
// secret, or signatures that verify for many messages). EdDSA: the encodings of the points of order 1, 2, 4 and 8
// (RFC 8032 curves; libsodium refuses the same), with either sign bit.
bool isSmallOrderEdwardsPoint(const QByteArray& x, bool ed448)
{
    QByteArray y = x;
    y[y.size() - 1] = static_cast<char>(static_cast<unsigned char>(y[y.size() - 1]) & 0x7f);
    auto encode = [&](std::initializer_list<unsigned char> head, unsigned char fill, unsigned char last) {
        QByteArray b(y.size(), static_cast<char>(fill));
        int i = 0;
        for (const unsigned char c : head) {
            b[i++] = static_cast<char>(c);
        }
        b[b.size() - 1] = static_cast<char>(last);
        return b;
    };
    QList<QByteArray> smallOrder = {encode({}, 0x00, 0x00), encode({0x01}, 0x00, 0x00)};
    if (ed448) {
        // y = p - 1 with p = 2^448 - 2^224 - 1: 0xfe, then 0xff up to octet 27, 0xfe at octet 28, 0xff up to 55.
        QByteArray pMinus1(57, static_cast<char>(0xff));
        pMinus1[0] = static_cast<char>(0xfe);
        pMinus1[28] = static_cast<char>(0xfe);
        pMinus1[56] = 0;
        smallOrder << pMinus1;
    } else {
        smallOrder << encode({0xec}, 0xff, 0x7f)
                   << QByteArray::fromHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")
                   << QByteArray::fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
    }
    return smallOrder.contains(y);
}

// X25519 and X448: OpenSSL refuses to derive an all-zero shared secret, which is what a point of small order
// gives for every private key; one derivation with a fixed key finds them (and u values that reduce to them).
bool isSmallOrderMontgomeryPoint(EVP_PKEY* peer, const char* algorithm)
{
    static EVP_PKEY* const x25519 = EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519");
    static EVP_PKEY* const x448 = EVP_PKEY_Q_keygen(nullptr, nullptr, "X448");
    EVP_PKEY* own = qstrcmp(algorithm, "X448") == 0 ? x448 : x25519;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    unsigned char secret[56];
    size_t len = sizeof secret;
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1 && EVP_PKEY_derive_set_peer(ctx.get(), peer) == 1 &&
                    EVP_PKEY_derive(ctx.get(), secret, &len) == 1;
    OPENSSL_cleanse(secret, sizeof secret);
    clearOpenSslErrors();
    return !ok;
}

} // namespace jwk::curvepoints
