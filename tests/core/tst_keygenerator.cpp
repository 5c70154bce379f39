// Curve keys come from one generation context per curve and thread, kept between keys (core/keys/KeyGenerator):
// keys in a row, and from several threads at once, are all different, each a consistent pair whose kid is its
// RFC 7638 thumbprint, and each signs what its public key verifies (OpenSSL's own signature check).

#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "keys/OpenSslKey.h"
#include "keys/OpenSslPtr.h"

#include <QSet>
#include <QThread>
#include <QtTest>

#include <openssl/evp.h>

#include <vector>

using namespace jwk;

namespace {

struct Curve
{
    const char* alg;
    const char* crv;
    bool signs;
};
constexpr Curve kCurves[] = {{"ES256", "P-256", true},   {"ES384", "P-384", true},   {"ES512", "P-521", true},
                             {"EdDSA", "Ed25519", true}, {"EdDSA", "Ed448", true},   {"ECDH-ES", "X25519", false},
                             {"ECDH-ES", "X448", false}, {"ECDH-ES", "P-256", false}};

JsonWebKey generated(const Curve& curve)
{
    GenerateOptions options;
    options.alg = QString::fromLatin1(curve.alg);
    options.curve = QString::fromLatin1(curve.crv);
    return generateKey(options);
}

// Signs with the private key and verifies with a key made from the public JWK alone.
bool signsAndVerifies(const JsonWebKey& key)
{
    const EvpPkeyPtr priv = toEvpPkey(key);
    const EvpPkeyPtr pub = toEvpPkey(key.publicKey());
    const bool edwards = key.curve().startsWith(QLatin1String("Ed"));
    const EVP_MD* md = edwards ? nullptr : EVP_sha256();
    const unsigned char message[] = "kept contexts";
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> sign(EVP_MD_CTX_new(), EVP_MD_CTX_free),
        verify(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char signature[256];
    size_t length = sizeof signature;
    return EVP_DigestSignInit(sign.get(), nullptr, md, nullptr, priv.get()) == 1 &&
           EVP_DigestSign(sign.get(), signature, &length, message, sizeof message) == 1 &&
           EVP_DigestVerifyInit(verify.get(), nullptr, md, nullptr, pub.get()) == 1 &&
           EVP_DigestVerify(verify.get(), signature, length, message, sizeof message) == 1;
}

} // namespace

class TestKeyGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysInARowDiffer_data();
    void keysInARowDiffer();
    void threadsAtOnce();
};

void TestKeyGenerator::keysInARowDiffer_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kCurves)); ++i) {
        QTest::addRow("%s %s", kCurves[i].alg, kCurves[i].crv) << i;
    }
}

void TestKeyGenerator::keysInARowDiffer()
{
    QFETCH(int, index);
    const Curve& curve = kCurves[index];
    QSet<QByteArray> publics, privates;
    for (int i = 0; i < 60; ++i) {
        const JsonWebKey key = generated(curve);
        QCOMPARE(key.curve(), QString::fromLatin1(curve.crv));
        QVERIFY(key.isPrivate());
        QCOMPARE(key.kid(), key.thumbprint());
        QVERIFY(!publics.contains(key.thumbprint().toLatin1()));
        publics.insert(key.thumbprint().toLatin1());
        const SecureBytes* secret = key.privateMember(QStringLiteral("d"));
        const QByteArray d(secret->constChars(),
                           static_cast<qsizetype>(secret->size())); // copied: the key is gone next round
        QVERIFY(!d.isEmpty() && !privates.contains(d));
        privates.insert(d);
        QVERIFY(fromEvpPkey(toEvpPkey(key).get()).sameKeyAs(key)); // every check of a private key passes
        if (curve.signs && i % 10 == 0) {
            QVERIFY2(signsAndVerifies(key), curve.crv);
        }
    }
}

// Four threads generate keys of every curve at once; no key appears twice and each is a valid pair.
void TestKeyGenerator::threadsAtOnce()
{
    constexpr int kThreads = 4, kPerCurve = 25;
    std::vector<std::vector<JsonWebKey>> made(kThreads);
    std::vector<QThread*> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.push_back(QThread::create([&made, t] {
            for (int i = 0; i < kPerCurve; ++i) {
                for (const Curve& curve : kCurves) {
                    made[t].push_back(generated(curve));
                }
            }
        }));
        threads.back()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QSet<QString> thumbprints;
    for (const auto& keys : made) {
        QCOMPARE(keys.size(), std::size(kCurves) * kPerCurve);
        for (const JsonWebKey& key : keys) {
            QVERIFY(!thumbprints.contains(key.thumbprint()));
            thumbprints.insert(key.thumbprint());
            QVERIFY(fromEvpPkey(toEvpPkey(key).get()).sameKeyAs(key));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeyGenerator)
#include "tst_keygenerator.moc"
