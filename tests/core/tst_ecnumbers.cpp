// EC key checks on the numbers (keys/EcNumbers, used when a JWK is admitted and when one is turned into an EVP_PKEY)
// against OpenSSL's own verdict for the same numbers: EVP_PKEY_fromdata, then EVP_PKEY_public_check,
// EVP_PKEY_private_check and EVP_PKEY_pairwise_check. Seeded random keys of P-256, P-384 and P-521 and mutations of
// them (a bit flipped in x, y or d; d of another key; d = 0, n, n - 1, n + 1; coordinates of p and above; the point
// at infinity; compressed and uncompressed encodings): both must accept and refuse exactly the same inputs.

#include "keys/EcNumbers.h"
#include "keys/OpenSslPtr.h"

#include <QRandomGenerator>
#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

using namespace jwk;

namespace {

struct Curve
{
    const char* name;
    int nid;
    int size;
};

constexpr Curve kCurves[] = {
    {"prime256v1", NID_X9_62_prime256v1, 32}, {"secp384r1", NID_secp384r1, 48}, {"secp521r1", NID_secp521r1, 66}};

struct Numbers
{
    QByteArray x, y, d; // big-endian, padded to the field size (d to the order's size, the same here)
};

QByteArray pad(const BIGNUM* bn, int size)
{
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size);
    return out;
}

QByteArray fromBn(const BIGNUM* bn, int size)
{
    // A value too large for `size` octets keeps all its octets (a coordinate of p or more is such a value for P-521).
    return BN_num_bytes(bn) > size ? pad(bn, BN_num_bytes(bn)) : pad(bn, size);
}

Numbers generate(const Curve& curve)
{
    EvpPkeyPtr key(EVP_EC_gen(curve.name));
    BIGNUM* x = nullptr;
    BIGNUM* y = nullptr;
    BIGNUM* d = nullptr;
    EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x);
    EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y);
    EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d);
    Numbers n{pad(x, curve.size), pad(y, curve.size), pad(d, curve.size)};
    BN_free(x);
    BN_free(y);
    BN_clear_free(d);
    return n;
}

// OpenSSL's verdict: true when it builds the key and all of its checks pass.
bool opensslAccepts(const Curve& curve, const QByteArray& point, const QByteArray* d)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve.name, 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     static_cast<size_t>(point.size()));
    BnPtr bd;
    if (d) {
        bd = toBn(*d);
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, bd.get());
    }
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    bool ok = EVP_PKEY_fromdata_init(ctx.get()) == 1 &&
              EVP_PKEY_fromdata(ctx.get(), &raw, d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) == 1;
    EvpPkeyPtr key(raw);
    if (ok) {
        EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
        ok = EVP_PKEY_public_check(check.get()) == 1;
        if (ok && d) {
            ok = EVP_PKEY_private_check(check.get()) == 1 && EVP_PKEY_pairwise_check(check.get()) == 1;
        }
    }
    ERR_clear_error();
    return ok;
}

QByteArray uncompressed(const Numbers& n)
{
    return QByteArray(1, '\x04') + n.x + n.y;
}

QByteArray compressed(const Numbers& n)
{
    return QByteArray(1, (n.y.back() & 1) ? '\x03' : '\x02') + n.x;
}

void flipBit(QByteArray& bytes, QRandomGenerator& random)
{
    const auto bit = random.bounded(static_cast<quint32>(bytes.size() * 8));
    bytes[static_cast<qsizetype>(bit / 8)] =
        static_cast<char>(bytes[static_cast<qsizetype>(bit / 8)] ^ (1 << (bit % 8)));
}

} // namespace

class TestEcNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameVerdictAsOpenSsl_data()
    {
        QTest::addColumn<int>("curveIndex");
        QTest::addColumn<quint32>("seed");
        for (int c = 0; c < 3; ++c) {
            for (quint32 seed : {1u, 2u}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 seed %2").arg(QLatin1String(kCurves[c].name)).arg(seed)))
                    << c << seed;
            }
        }
    }

    void sameVerdictAsOpenSsl()
    {
        QFETCH(int, curveIndex);
        QFETCH(quint32, seed);
        const Curve& curve = kCurves[curveIndex];
        QRandomGenerator random(seed);
        EC_GROUP* group = EC_GROUP_new_by_curve_name(curve.nid);
        const BIGNUM* order = EC_GROUP_get0_order(group);
        const BIGNUM* p = EC_GROUP_get0_field(group);
        const Numbers other = generate(curve);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 40; ++round) {
            Numbers n = generate(curve);
            const int mutation = round == 0 ? 0 : static_cast<int>(random.bounded(10u));
            switch (mutation) {
            case 0: // as generated
                break;
            case 1:
                flipBit(n.x, random);
                break;
            case 2:
                flipBit(n.y, random);
                break;
            case 3:
                flipBit(n.d, random);
                break;
            case 4:
                n.d = other.d;
                break;
            case 5: { // d = 0, n - 1, n, n + 1
                BnPtr d(BN_dup(order));
                const int pick = static_cast<int>(random.bounded(4u));
                if (pick == 0) {
                    BN_zero(d.get());
                } else if (pick == 1) {
                    BN_sub_word(d.get(), 1); // in range, but not this point's scalar
                } else if (pick == 3) {
                    BN_add_word(d.get(), 1);
                }
                n.d = fromBn(d.get(), curve.size);
                break;
            }
            case 6: { // x + p: the same point modulo p, out of range
                BnPtr x = toBn(n.x);
                BN_add(x.get(), x.get(), p);
                n.x = fromBn(x.get(), curve.size);
                break;
            }
            case 7: { // y = p - y: the negated point, d no longer its scalar
                BnPtr y = toBn(n.y);
                BN_sub(y.get(), p, y.get());
                n.y = fromBn(y.get(), curve.size);
                break;
            }
            case 8: // (0, 0)
                n.x.fill('\0');
                n.y.fill('\0');
                break;
            default: // as generated
                break;
            }
            for (const bool withD : {false, true}) {
                const QByteArray* d = withD ? &n.d : nullptr;
                const bool expected = opensslAccepts(curve, uncompressed(n), d);
                SecureBytes secretD(reinterpret_cast<const unsigned char*>(n.d.constData()),
                                    static_cast<std::size_t>(n.d.size()));
                const auto affine = ecnumbers::checkAffine(curve.name, n.x, n.y, withD ? &secretD : nullptr);
                QVERIFY2((affine == ecnumbers::Result::Ok) == expected,
                         qPrintable(QStringLiteral("round %1, mutation %2, with d %3: OpenSSL %4, checkAffine %5")
                                        .arg(round)
                                        .arg(mutation)
                                        .arg(withD)
                                        .arg(expected)
                                        .arg(static_cast<int>(affine))));
                BnPtr bd = toBn(n.d);
                if (n.x.size() == curve.size && n.y.size() == curve.size) {
                    // The encoded forms (what a decoded PEM key gives) are of field-size coordinates only.
                    for (const QByteArray& point : {uncompressed(n), compressed(n)}) {
                        const bool encodedExpected = opensslAccepts(curve, point, d);
                        const auto encoded = ecnumbers::checkEncoded(curve.name, point, withD ? bd.get() : nullptr);
                        QVERIFY2((encoded == ecnumbers::Result::Ok) == encodedExpected,
                                 qPrintable(QStringLiteral("round %1, mutation %2, encoded %3 with d %4")
                                                .arg(round)
                                                .arg(mutation)
                                                .arg(point.size())
                                                .arg(withD)));
                    }
                }
                (expected ? accepted : refused) += 1;
            }
        }
        EC_GROUP_free(group);
        // The rounds are not all one verdict: the comparison saw both.
        QVERIFY(accepted >= 2);
        QVERIFY(refused >= 10);
    }

    void unknownCurve()
    {
        const Numbers n = generate(kCurves[0]);
        QCOMPARE(ecnumbers::checkAffine("secp256k1", n.x, n.y, nullptr), ecnumbers::Result::UnknownCurve);
    }
};

QTEST_GUILESS_MAIN(TestEcNumbers)
#include "tst_ecnumbers.moc"
