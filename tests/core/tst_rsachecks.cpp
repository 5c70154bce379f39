// The RSA checks on both ways in (core/keys/KeyChecks): a JWK made into a key (toEvpPkey) and a key OpenSSL decoded
// from DER (importKeys), which check the same numbers by different routes. Small factors of the modulus are found in
// groups of primes, so every odd prime below 1000 is tried, alone and with a second one; moduli at and beyond the
// size where numbers are no longer read through the key-sized buffer (keyNumber) come back unchanged. The numbers
// are made here from a fixed seed, the DER by OpenSSL's own encoder.

#include "TestUtil.h"

#include "keys/JsonWebKey.h"
#include "keys/KeyFormats.h"
#include "keys/KeyImporter.h"
#include "keys/OpenSslKey.h"
#include "keys/OpenSslPtr.h"

#include <QJsonObject>
#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/x509.h>

#include <random>
#include <vector>

using namespace jwk;

namespace {

// The odd primes below `limit`, by a sieve (not by the code under test).
std::vector<unsigned> oddPrimesBelow(unsigned limit)
{
    std::vector<bool> composite(limit, false);
    std::vector<unsigned> primes;
    for (unsigned i = 2; i < limit; ++i) {
        if (composite[i]) {
            continue;
        }
        if (i > 2) {
            primes.push_back(i);
        }
        for (unsigned j = i * i; j < limit; j += i) {
            composite[j] = true;
        }
    }
    return primes;
}

QByteArray bnBytes(const BIGNUM* bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// An odd number of exactly `bits` bits with no prime factor below 1000, from the seeded generator.
BnPtr oddWithoutSmallFactors(int bits, std::mt19937_64& random)
{
    const std::vector<unsigned> primes = oddPrimesBelow(1000);
    for (;;) {
        QByteArray bytes((bits + 7) / 8, Qt::Uninitialized);
        for (auto& b : bytes) {
            b = static_cast<char>(random() & 0xff);
        }
        BnPtr n(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<int>(bytes.size()),
                          nullptr));
        BN_mask_bits(n.get(), bits);
        BN_set_bit(n.get(), bits - 1);
        BN_set_bit(n.get(), 0);
        bool clean = true;
        for (unsigned p : primes) {
            clean = clean && BN_mod_word(n.get(), p) != 0;
        }
        if (clean) {
            return n;
        }
    }
}

QJsonObject rsaPublicJwk(const BIGNUM* n)
{
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("n"), jwktest::b64u(bnBytes(n))},
                       {QStringLiteral("e"), QStringLiteral("AQAB")}};
}

// OpenSSL's key from the numbers, without any check of ours; then its SubjectPublicKeyInfo or PKCS#8 DER.
EvpPkeyPtr opensslRsa(const std::vector<std::pair<const char*, const BIGNUM*>>& numbers, bool isPrivate)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    for (const auto& [name, value] : numbers) {
        OSSL_PARAM_BLD_push_BN(bld.get(), name, value);
    }
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return {};
    }
    return EvpPkeyPtr(pkey);
}

QByteArray spkiDerOf(const EVP_PKEY* pkey)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(pkey, &der);
    QByteArray out(reinterpret_cast<const char*>(der), length > 0 ? length : 0);
    OPENSSL_free(der);
    return out;
}

QByteArray pkcs8DerOf(EVP_PKEY* pkey)
{
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(pkey);
    unsigned char* der = nullptr;
    const int length = info ? i2d_PKCS8_PRIV_KEY_INFO(info, &der) : 0;
    QByteArray out(reinterpret_cast<const char*>(der), length > 0 ? length : 0);
    OPENSSL_free(der);
    PKCS8_PRIV_KEY_INFO_free(info);
    return out;
}

} // namespace

class TestRsaChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySmallFactorNamed();
    void twoSmallFactorsNameTheSmaller();
    void largeModuliComeBackUnchanged_data();
    void largeModuliComeBackUnchanged();
    void inconsistentPrivateKeyRefusedOnImport_data();
    void inconsistentPrivateKeyRefusedOnImport();

private:
    std::mt19937_64 m_random{0x5eed'7a31ULL};
    BnPtr m_cofactor; // 1,900 bits, no factor below 1000
};

void TestRsaChecks::initTestCase()
{
    m_cofactor = oddWithoutSmallFactors(1900, m_random);
    QVERIFY(m_cofactor);
}

// n = p · m for each odd prime p below 1000: refused both ways, the message naming p.
void TestRsaChecks::everySmallFactorNamed()
{
    const std::vector<unsigned> primes = oddPrimesBelow(1000);
    QCOMPARE(primes.size(), std::size_t(167));
    BnCtxPtr ctx(BN_CTX_new());
    for (unsigned p : primes) {
        BnPtr n(BN_dup(m_cofactor.get()));
        QVERIFY(BN_mul_word(n.get(), p));
        const QString expected = QStringLiteral("member \"n\" has the small factor %1").arg(p);

        const auto jwkError =
            jwktest::catchJwkError([&] { (void)toEvpPkey(JsonWebKey::fromJson(rsaPublicJwk(n.get()))); });
        QVERIFY2(jwkError && jwkError->message().contains(expected),
                 qPrintable(QStringLiteral("JWK, p = %1: %2").arg(p).arg(jwkError ? jwkError->message() : "accepted")));

        BnPtr e(BN_new());
        BN_set_word(e.get(), 65537);
        const EvpPkeyPtr pkey = opensslRsa({{OSSL_PKEY_PARAM_RSA_N, n.get()}, {OSSL_PKEY_PARAM_RSA_E, e.get()}}, false);
        QVERIFY(pkey);
        const ImportResult imported = importKeys(spkiDerOf(pkey.get()), QStringLiteral("n.der"));
        QVERIFY2(imported.keys.isEmpty() && imported.failures.size() == 1 &&
                     imported.failures.first().reason.contains(expected),
                 qPrintable(QStringLiteral("DER, p = %1: %2").arg(p).arg(imported.failureSummary())));
    }
}

// n = p · q · m for seeded pairs p < q, in the same group of the check or not: the smaller one is named.
void TestRsaChecks::twoSmallFactorsNameTheSmaller()
{
    const std::vector<unsigned> primes = oddPrimesBelow(1000);
    std::uniform_int_distribution<std::size_t> pick(0, primes.size() - 1);
    for (int round = 0; round < 300; ++round) {
        unsigned p = primes[pick(m_random)], q = primes[pick(m_random)];
        if (p > q) {
            std::swap(p, q);
        }
        BnPtr n(BN_dup(m_cofactor.get()));
        QVERIFY(BN_mul_word(n.get(), p) && BN_mul_word(n.get(), q));
        const auto error =
            jwktest::catchJwkError([&] { (void)toEvpPkey(JsonWebKey::fromJson(rsaPublicJwk(n.get()))); });
        QVERIFY2(error && error->message().contains(QStringLiteral("has the small factor %1:").arg(p)),
                 qPrintable(QStringLiteral("p = %1, q = %2: %3").arg(p).arg(q).arg(error ? error->message() : "")));
    }
}

void TestRsaChecks::largeModuliComeBackUnchanged_data()
{
    QTest::addColumn<int>("bits");
    // 8,192: the number fills the key-sized buffer exactly; 8,200 and 16,384: OpenSSL's own way.
    for (int bits : {2048, 4096, 8184, 8192, 8200, 12000, 16384}) {
        QTest::addRow("%d bits", bits) << bits;
    }
}

// A public key made from the JWK gives back the same n (fromEvpPkey), and its SPKI is OpenSSL's byte for byte.
void TestRsaChecks::largeModuliComeBackUnchanged()
{
    QFETCH(int, bits);
    const BnPtr n = oddWithoutSmallFactors(bits, m_random);
    const JsonWebKey key = JsonWebKey::fromJson(rsaPublicJwk(n.get()));
    const EvpPkeyPtr pkey = toEvpPkey(key);
    QVERIFY(pkey);
    const JsonWebKey back = fromEvpPkey(pkey.get());
    QCOMPARE(back.publicMember(QStringLiteral("n")), bnBytes(n.get()));
    QVERIFY(back.sameKeyAs(key));
    QCOMPARE(jwktest::bytes(exportKey(key, KeyFormat::SpkiDer)), spkiDerOf(pkey.get()));
    const ImportResult imported = importKeys(spkiDerOf(pkey.get()), QStringLiteral("n.der"));
    QVERIFY2(imported.ok(), qPrintable(imported.failureSummary()));
    QVERIFY(imported.keys.first().key.sameKeyAs(key));
}

void TestRsaChecks::inconsistentPrivateKeyRefusedOnImport_data()
{
    QTest::addColumn<QString>("member");
    for (const char* member : {"", "d", "p", "q", "dp", "dq", "qi"}) {
        QTest::newRow(*member ? member : "none changed") << QString::fromLatin1(member);
    }
}

// The RFC 7517 A.2 key as PKCS#8 DER, one of its numbers changed (OpenSSL's decoder takes it as it is): refused with
// the RSA mismatch message; unchanged, it imports as the same key.
void TestRsaChecks::inconsistentPrivateKeyRefusedOnImport()
{
    QFETCH(QString, member);
    const QJsonObject jwk = jwktest::vectorObject(QStringLiteral("rfc/rfc7517_A2_rsa_private.json"));
    const char* params[][2] = {{"n", OSSL_PKEY_PARAM_RSA_N},          {"e", OSSL_PKEY_PARAM_RSA_E},
                               {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                               {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                               {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    std::vector<BnPtr> owned;
    std::vector<std::pair<const char*, const BIGNUM*>> numbers;
    for (const auto& [name, param] : params) {
        const QByteArray bytes = jwktest::unb64u(jwk.value(QLatin1String(name)).toString());
        QVERIFY2(!bytes.isEmpty(), name);
        owned.emplace_back(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                     static_cast<int>(bytes.size()), nullptr));
        if (member == QLatin1String(name)) {
            QVERIFY(BN_add_word(owned.back().get(), 2)); // stays odd or even as it was, and in range
        }
        numbers.emplace_back(param, owned.back().get());
    }
    const EvpPkeyPtr pkey = opensslRsa(numbers, true);
    QVERIFY(pkey);
    const QByteArray der = pkcs8DerOf(pkey.get());
    QVERIFY(!der.isEmpty());
    const ImportResult imported = importKeys(der, QStringLiteral("key.der"));
    if (member.isEmpty()) {
        QVERIFY2(imported.ok(), qPrintable(imported.failureSummary()));
        QVERIFY(imported.keys.first().key.sameKeyAs(JsonWebKey::fromJson(jwk)));
        QVERIFY(imported.keys.first().key.isPrivate());
        return;
    }
    QVERIFY2(imported.keys.isEmpty() && imported.failures.size() == 1 &&
                 imported.failures.first().reason.contains(QStringLiteral("do not match the public key")),
             qPrintable(imported.failureSummary()));
}

QTEST_GUILESS_MAIN(TestRsaChecks)
#include "tst_rsachecks.moc"
