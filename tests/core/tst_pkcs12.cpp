// PKCS#12 (core/keys/Pkcs12) both ways with the openssl CLI: what JWK Manager writes (AES-256-CBC, PBKDF2-HMAC-SHA256
// and a SHA-256 MAC, 600,000 iterations, the kid as friendly name, the chain of x5c) is what `openssl pkcs12 -info`
// reports and reads back; what `openssl pkcs12 -export` writes (with and without a chain, 3DES) imports with its
// chain leaf first. A wrong passphrase, no key, two keys, RC2 (legacy) and a MAC iteration count above the bound each
// fail with their own message, the refusals before a passphrase is asked.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/KeyImporter.h"
#include "keys/OpenSslKey.h"
#include "keys/PassphraseProvider.h"
#include "keys/Pkcs12.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/pkcs12.h>

using namespace jwk;
using jwktest::runProcess;

namespace {

const QByteArray kPassphrase = "pkcs12 pass phrase";

QString pemPath(const QString& file)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR) + QStringLiteral("/pem/valid/") + file;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

class CountingPassphrase : public PassphraseProvider
{
public:
    explicit CountingPassphrase(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
    }
    std::optional<SecureBytes> passphrase(const QString&, Purpose, int) override
    {
        ++asked;
        if (m_answers.isEmpty()) {
            return std::nullopt;
        }
        return SecureBytes::fromByteArray(m_answers.takeFirst());
    }
    int asked = 0;

private:
    QList<QByteArray> m_answers;
};

// The leaf key of the test data with its two-certificate chain (leaf, CA) as x5c.
JsonWebKey leafWithChain()
{
    const QByteArray pem = readFile(pemPath(QStringLiteral("chain_leaf_p256_key.pem"))) +
                           readFile(pemPath(QStringLiteral("chain_2certs_leaf_then_ca.pem")));
    const ImportResult result = importKeys(pem, QStringLiteral("leaf"));
    if (!result.ok() || result.keys.size() != 1 || result.keys.first().key.certificateChain().size() != 2) {
        qFatal("the chain test data did not import as one key with two certificates");
    }
    return result.keys.first().key;
}

QByteArray bytesOf(const SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestPkcs12 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesWhatOpensslReads();
    void readsWhatOpensslWrites_data();
    void readsWhatOpensslWrites();
    void wrongPassphrase();
    void noKey();
    void twoKeys();
    void legacyRc2IsRefused();
    void macIterationsAboveTheBound();
    void refusesWhatPkcs12CannotHold();

private:
    QTemporaryDir m_dir;
    QString m_passFile;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    jwktest::ProcessRun openssl(const QStringList& args) const { return runProcess(QStringLiteral("openssl"), args); }
};

void TestPkcs12::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passFile = path(QStringLiteral("pass.txt"));
    writeFile(m_passFile, kPassphrase + '\n');
}

void TestPkcs12::writesWhatOpensslReads()
{
    JsonWebKey key = leafWithChain();
    key.setKid(QStringLiteral("leaf-2026"));
    const SecureBytes p12 = writePkcs12(key, SecureBytes::fromByteArray(kPassphrase)); // the real 600,000
    const QString file = path(QStringLiteral("ours.p12"));
    writeFile(file, bytesOf(p12));

    const auto info =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"), QStringLiteral("-in"),
                 file, QStringLiteral("-passin"), QStringLiteral("file:") + m_passFile});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    const QString text = QString::fromUtf8(info.out + info.err);
    QVERIFY2(text.contains(QStringLiteral("MAC: sha256, Iteration 600000")), qPrintable(text));
    // Both the certificates and the key: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC; no RC2, no 3DES.
    QCOMPARE(text.count(QStringLiteral("PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256")), 2);
    QVERIFY(!text.contains(QStringLiteral("RC2")) && !text.contains(QStringLiteral("3DES")));

    // openssl gives back the key, the leaf with the kid as friendly name, and the CA.
    const auto pem = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), file, QStringLiteral("-passin"),
                              QStringLiteral("file:") + m_passFile, QStringLiteral("-nodes")});
    QVERIFY2(pem.exitCode == 0, qPrintable(pem.describe()));
    QVERIFY(pem.out.contains("friendlyName: leaf-2026"));
    QCOMPARE(pem.out.count("-----BEGIN CERTIFICATE-----"), 2);
    const ImportResult back = importKeys(pem.out, QStringLiteral("openssl output"));
    QVERIFY2(back.ok(), qPrintable(back.failureSummary()));
    QCOMPARE(back.keys.first().key.thumbprint(), key.thumbprint());
    QCOMPARE(back.keys.first().key.certificateChain(), key.certificateChain());

    // And JWK Manager reads it: the key, its chain leaf first, the kid from the friendly name.
    FixedPassphrase passphrase(SecureBytes::fromByteArray(kPassphrase));
    const ImportResult ours = importKeys(bytesOf(p12), QStringLiteral("ours.p12"), &passphrase);
    QVERIFY2(ours.ok(), qPrintable(ours.failureSummary()));
    QCOMPARE(ours.keys.size(), 1);
    QCOMPARE(ours.keys.first().key.kid(), QStringLiteral("leaf-2026"));
    QCOMPARE(ours.keys.first().key.thumbprint(), key.thumbprint());
    QVERIFY(ours.keys.first().key.isPrivate());
    QCOMPARE(ours.keys.first().key.certificateChain(), key.certificateChain());
}

void TestPkcs12::readsWhatOpensslWrites_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("chainLength");
    QTest::addColumn<QString>("kid");
    const QString leafKey = pemPath(QStringLiteral("chain_leaf_p256_key.pem"));
    QTest::newRow("key, leaf and CA") << QStringList{"-inkey",    leafKey,
                                                     "-in",       pemPath(QStringLiteral("chain_leaf_p256_cert.pem")),
                                                     "-certfile", pemPath(QStringLiteral("chain_ca_p384_cert.pem")),
                                                     "-name",     "from-openssl"}
                                      << 2 << QStringLiteral("from-openssl");
    // The CA first in the input: the chain still comes out leaf first.
    const QString caFirst = path(QStringLiteral("ca_then_leaf.pem"));
    writeFile(caFirst, readFile(pemPath(QStringLiteral("chain_ca_p384_cert.pem"))) +
                           readFile(pemPath(QStringLiteral("chain_leaf_p256_cert.pem"))));
    QTest::newRow("CA listed first") << QStringList{"-inkey", leafKey, "-in", caFirst} << 2 << QString();
    QTest::newRow("key and its certificate")
        << QStringList{"-inkey", pemPath(QStringLiteral("selfsigned_rsa2048_key.pem")), "-in",
                       pemPath(QStringLiteral("selfsigned_rsa2048_cert.pem"))}
        << 1 << QString();
    QTest::newRow("key alone") << QStringList{"-inkey", pemPath(QStringLiteral("ed25519_pkcs8_private.pem")),
                                              "-nocerts"}
                               << 0 << QString();
    QTest::newRow("3DES (OpenSSL 1.1's default for keys)")
        << QStringList{"-inkey",  leafKey,         "-in",      pemPath(QStringLiteral("chain_leaf_p256_cert.pem")),
                       "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES",
                       "-macalg", "sha1"}
        << 1 << QString();
}

void TestPkcs12::readsWhatOpensslWrites()
{
    QFETCH(QStringList, args);
    QFETCH(int, chainLength);
    QFETCH(QString, kid);
    const QString file = path(QStringLiteral("openssl.p12"));
    const auto made = openssl(QStringList{"pkcs12", "-export", "-out", file, "-passout", "file:" + m_passFile} + args);
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    CountingPassphrase passphrase({kPassphrase});
    const ImportResult result = importFile(file, &passphrase);
    QVERIFY2(result.ok(), qPrintable(result.failureSummary()));
    QCOMPARE(passphrase.asked, 1);
    QCOMPARE(result.keys.size(), 1);
    const JsonWebKey& key = result.keys.first().key;
    QVERIFY(key.isPrivate());
    QCOMPARE(key.kid(), kid);
    QCOMPARE(key.certificateChain().size(), chainLength);
    if (chainLength == 2) {
        const ImportResult chain =
            importKeys(readFile(pemPath(QStringLiteral("chain_2certs_leaf_then_ca.pem"))), QStringLiteral("chain"));
        QCOMPARE(key.certificateChain(), chain.keys.first().key.certificateChain());
    }
    // The key is the one given to openssl.
    const ImportResult original = importKeys(readFile(args.at(args.indexOf(QStringLiteral("-inkey")) + 1)), "key");
    QCOMPARE(key.thumbprint(), original.keys.first().key.thumbprint());
}

void TestPkcs12::wrongPassphrase()
{
    const QString file = path(QStringLiteral("wrong.p12"));
    const auto made = openssl({"pkcs12", "-export", "-out", file, "-passout", "file:" + m_passFile, "-inkey",
                               pemPath(QStringLiteral("selfsigned_rsa2048_key.pem")), "-in",
                               pemPath(QStringLiteral("selfsigned_rsa2048_cert.pem"))});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    CountingPassphrase wrong({"not it", "nor this"});
    const ImportResult result = importFile(file, &wrong);
    QCOMPARE(wrong.asked, 3);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY(result.failures.first().wrongPassphrase);
    QVERIFY2(result.failures.first().reason.contains(QStringLiteral("wrong passphrase")),
             qPrintable(result.failures.first().reason));
    CountingPassphrase retried({"not it", kPassphrase});
    QVERIFY(importFile(file, &retried).ok());
    CountingPassphrase none({});
    const ImportResult skipped = importFile(file, &none);
    QVERIFY(skipped.failures.first().skipped);
}

void TestPkcs12::noKey()
{
    const QString file = path(QStringLiteral("nokey.p12"));
    const auto made = openssl({"pkcs12", "-export", "-nokeys", "-out", file, "-passout", "file:" + m_passFile, "-in",
                               pemPath(QStringLiteral("chain_2certs_leaf_then_ca.pem"))});
    QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    FixedPassphrase passphrase(SecureBytes::fromByteArray(kPassphrase));
    const ImportResult result = importFile(file, &passphrase);
    QVERIFY(result.keys.isEmpty());
    QVERIFY2(result.failureSummary().contains(QStringLiteral("holds no private key")),
             qPrintable(result.failureSummary()));
}

void TestPkcs12::twoKeys()
{
    // Two key bags in one PKCS#12, built with OpenSSL's own functions (the CLI writes one key).
    STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
    STACK_OF(PKCS7)* safes = nullptr;
    for (const char* file : {"ec_p256_pkcs8_private.pem", "ed25519_pkcs8_private.pem"}) {
        const ImportResult r = importKeys(readFile(pemPath(QString::fromLatin1(file))), "key");
        EvpPkeyPtr pkey = toEvpPkey(r.keys.first().key);
        QVERIFY(
            PKCS12_add_key_ex(&bags, pkey.get(), 0, 1000, NID_aes_256_cbc, kPassphrase.constData(), nullptr, nullptr));
    }
    QVERIFY(PKCS12_add_safe(&safes, bags, -1, 0, nullptr));
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    PKCS12* p12 = PKCS12_add_safes(safes, 0);
    sk_PKCS7_pop_free(safes, PKCS7_free);
    QVERIFY(p12);
    QVERIFY(PKCS12_set_mac(p12, kPassphrase.constData(), -1, nullptr, 0, 1000, EVP_sha256()));
    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12, &der);
    PKCS12_free(p12);
    const QByteArray data(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);

    FixedPassphrase passphrase(SecureBytes::fromByteArray(kPassphrase));
    const ImportResult result = importKeys(data, QStringLiteral("two.p12"), &passphrase);
    QVERIFY(result.keys.isEmpty());
    QVERIFY2(result.failureSummary().contains(QStringLiteral("holds 2 private keys")),
             qPrintable(result.failureSummary()));
}

void TestPkcs12::legacyRc2IsRefused()
{
    const QString file = path(QStringLiteral("legacy.p12"));
    const auto made = openssl({"pkcs12", "-export", "-legacy", "-out", file, "-passout", "file:" + m_passFile, "-inkey",
                               pemPath(QStringLiteral("selfsigned_rsa2048_key.pem")), "-in",
                               pemPath(QStringLiteral("selfsigned_rsa2048_cert.pem"))});
    if (made.exitCode != 0) {
        QFAIL("this openssl cannot write RC2 (no legacy provider)");
    }
    CountingPassphrase passphrase({kPassphrase});
    const ImportResult result = importFile(file, &passphrase);
    QVERIFY(result.keys.isEmpty());
    QVERIFY2(result.failureSummary().contains(QStringLiteral("encrypted with RC2")),
             qPrintable(result.failureSummary()));
    QVERIFY2(result.failureSummary().contains(QStringLiteral("openssl pkcs12 -legacy")),
             qPrintable(result.failureSummary()));
    QCOMPARE(passphrase.asked, 0);
}

void TestPkcs12::macIterationsAboveTheBound()
{
    // A PKCS#12 whose MAC asks for 10,000,001 iterations: made with 1,000, the count then raised in the structure
    // (the MAC no longer fits, which does not matter: it is refused before anything is derived).
    JsonWebKey key = leafWithChain();
    PKCS12* p12 = nullptr;
    {
        EvpPkeyPtr pkey = toEvpPkey(key);
        p12 = PKCS12_create_ex(kPassphrase.constData(), nullptr, pkey.get(), nullptr, nullptr, NID_aes_256_cbc,
                               NID_aes_256_cbc, 1000, 1000, 0, nullptr, nullptr);
    }
    QVERIFY(p12);
    const ASN1_INTEGER* iter = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &iter, p12);
    QVERIFY(iter);
    QVERIFY(ASN1_INTEGER_set_int64(const_cast<ASN1_INTEGER*>(iter), 10'000'001));
    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12, &der);
    PKCS12_free(p12);
    const QByteArray data(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    QVERIFY(isPkcs12Der(data));
    CountingPassphrase passphrase({kPassphrase});
    const ImportResult result = importKeys(data, QStringLiteral("slow.p12"), &passphrase);
    QVERIFY(result.keys.isEmpty());
    QVERIFY2(result.failureSummary().contains(QStringLiteral("asks for 10000001 key derivation iterations")),
             qPrintable(result.failureSummary()));
    QCOMPARE(passphrase.asked, 0);
}

void TestPkcs12::refusesWhatPkcs12CannotHold()
{
    const SecureBytes pass = SecureBytes::fromByteArray(kPassphrase);
    const ImportResult pub = importKeys(readFile(pemPath(QStringLiteral("ec_p256_spki_public.pem"))), "pub");
    try {
        writePkcs12(pub.keys.first().key, pass, 1000);
        QFAIL("a public key was written as PKCS#12");
    } catch (const JwkError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("public only")), qPrintable(e.message()));
    }
    // x5c whose leaf is another key's certificate.
    JsonWebKey other = importKeys(readFile(pemPath(QStringLiteral("ec_p256_pkcs8_private.pem"))), "k").keys.first().key;
    other.setCertificateChain(leafWithChain().certificateChain());
    try {
        writePkcs12(other, pass, 1000);
        QFAIL("a key with a foreign certificate was written");
    } catch (const JwkError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("not the key's own certificate")), qPrintable(e.message()));
    }
    QCOMPARE(formatUnavailableReason(JsonWebKey::fromJson(QByteArray(R"({"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"})")),
                                     KeyFormat::Pkcs12),
             QStringLiteral("an oct key is symmetric: PKCS#12 holds RSA, EC and OKP private keys"));
}

QTEST_GUILESS_MAIN(TestPkcs12)
#include "tst_pkcs12.moc"
