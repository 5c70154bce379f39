#include "keys/EcNumbers.h"

#include "keys/OpenSslPtr.h"

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>

#include <cstring>

namespace jwk::ecnumbers {
namespace {

using EcPointPtr = std::unique_ptr<EC_POINT, OsslDeleter<EC_POINT_clear_free>>;

struct Group
{
    const char* name;
    int nid;
    EC_GROUP* group;
};

// Made on first use and kept for the process: an EC_GROUP is only read by the functions below, from any thread.
const EC_GROUP* groupNamed(const char* name)
{
    static Group groups[] = {
        {"prime256v1", NID_X9_62_prime256v1, nullptr},
        {"secp384r1", NID_secp384r1, nullptr},
        {"secp521r1", NID_secp521r1, nullptr},
    };
    static const bool made = [] {
        for (Group& g : groups) {
            g.group = EC_GROUP_new_by_curve_name_ex(nullptr, nullptr, g.nid);
        }
        ERR_clear_error();
        return true;
    }();
    (void)made;
    for (const Group& g : groups) {
        if (std::strcmp(g.name, name) == 0) {
            return g.group;
        }
    }
    return nullptr;
}

Result checkPoint(const EC_GROUP* group, const EC_POINT* q, const BIGNUM* d, BN_CTX* ctx)
{
    if (EC_POINT_is_at_infinity(group, q) || EC_POINT_is_on_curve(group, q, ctx) != 1) {
        return Result::NotOnCurve;
    }
    if (!d) {
        return Result::Ok;
    }
    const BIGNUM* order = EC_GROUP_get0_order(group);
    if (BN_is_zero(d) || BN_is_negative(d) || BN_cmp(d, order) >= 0) {
        return Result::Mismatch;
    }
    EcPointPtr derived(EC_POINT_new(group));
    if (!derived || EC_POINT_mul(group, derived.get(), d, nullptr, nullptr, ctx) != 1 ||
        EC_POINT_cmp(group, derived.get(), q, ctx) != 0) {
        return Result::Mismatch;
    }
    return Result::Ok;
}

Result finish(Result result)
{
    ERR_clear_error();
    return result;
}

} // namespace

Result checkAffine(const char* groupName, const QByteArray& x, const QByteArray& y, const SecureBytes* d)
{
    const EC_GROUP* group = groupNamed(groupName);
    if (!group) {
        return finish(Result::UnknownCurve);
    }
    BnCtxPtr ctx(BN_CTX_secure_new());
    BnPtr bx(BN_bin2bn(reinterpret_cast<const unsigned char*>(x.constData()), static_cast<int>(x.size()), nullptr));
    BnPtr by(BN_bin2bn(reinterpret_cast<const unsigned char*>(y.constData()), static_cast<int>(y.size()), nullptr));
    EcPointPtr q(EC_POINT_new(group));
    if (!ctx || !bx || !by || !q) {
        return finish(Result::NotOnCurve);
    }
    // Coordinates are field elements: a value of p or more would be read modulo p, another encoding of a point.
    const BIGNUM* p = EC_GROUP_get0_field(group);
    if (BN_cmp(bx.get(), p) >= 0 || BN_cmp(by.get(), p) >= 0 ||
        EC_POINT_set_affine_coordinates(group, q.get(), bx.get(), by.get(), ctx.get()) != 1) {
        return finish(Result::NotOnCurve);
    }
    SecretBnPtr bd;
    if (d) {
        bd.reset(BN_secure_new());
        if (!bd) {
            bd.reset(BN_new());
        }
        if (!bd || !BN_bin2bn(d->data(), static_cast<int>(d->size()), bd.get())) {
            return finish(Result::Mismatch);
        }
        BN_set_flags(bd.get(), BN_FLG_CONSTTIME);
    }
    return finish(checkPoint(group, q.get(), bd.get(), ctx.get()));
}

Result checkEncoded(const char* groupName, const QByteArray& point, const BIGNUM* d)
{
    const EC_GROUP* group = groupNamed(groupName);
    if (!group) {
        return finish(Result::UnknownCurve);
    }
    BnCtxPtr ctx(BN_CTX_secure_new());
    EcPointPtr q(EC_POINT_new(group));
    if (!ctx || !q ||
        EC_POINT_oct2point(group, q.get(), reinterpret_cast<const unsigned char*>(point.constData()),
                           static_cast<size_t>(point.size()), ctx.get()) != 1) {
        return finish(Result::NotOnCurve);
    }
    return finish(checkPoint(group, q.get(), d, ctx.get()));
}

} // namespace jwk::ecnumbers
