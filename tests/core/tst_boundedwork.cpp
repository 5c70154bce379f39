// Bounded work on hostile input (issue 11): an RSA JWK whose private members are not below the modulus is refused
// before any arithmetic; encrypted PKCS#8 whose PBKDF2 iteration count is above the cap is refused before anyone is
// asked for a passphrase; an encrypted key is decrypted once per passphrase try, and the person is asked once per try
// (never for a damaged block); certificate chains are put together in order from shuffled input.

#include "ProcessRun.h"
#include "keys/Certificate.h"
#include "keys/EncryptedPkcs8.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/OpenSslKey.h"
#include "keys/PassphraseProvider.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/asn1.h>
#include <openssl/x509.h>

using namespace jwk;

namespace {

QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray b64uDecode(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

SecureBytes secure(const QByteArray& bytes)
{
    SecureBytes s;
    s.append(bytes);
    return s;
}

QJsonObject privateRsaJwk()
{
    static const QJsonObject jwk = [] {
        GenerateOptions options;
        options.alg = QStringLiteral("RS256");
        options.bits = 2048;
        const SecureBytes json = generateKey(options).toJson(true);
        return QJsonDocument::fromJson(QByteArray(json.constChars(), static_cast<qsizetype>(json.size()))).object();
    }();
    return jwk;
}

// Counts what it is asked and answers from a list (then nothing).
class CountingPassphrase : public PassphraseProvider
{
public:
    explicit CountingPassphrase(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
    }
    std::optional<SecureBytes> passphrase(const QString&, Purpose purpose, int attempt) override
    {
        attempts << attempt;
        if (purpose != Purpose::Decrypt || attempt > m_answers.size()) {
            return std::nullopt;
        }
        return secure(m_answers[attempt - 1]);
    }
    QList<int> attempts;

private:
    QList<QByteArray> m_answers;
};

jwktest::ProcessRun openssl(const QStringList& args)
{
    return jwktest::runProcess(QStringLiteral("openssl"), args);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray toPem(const QByteArray& der, const char* label)
{
    QByteArray pem = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        pem += b64.mid(i, 64) + '\n';
    }
    return pem + "-----END " + label + "-----\n";
}

// The same EncryptedPrivateKeyInfo with another PBKDF2 iteration count (re-encoded by OpenSSL; nothing decrypted).
QByteArray withIterations(const QByteArray& der, qint64 iterations)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &p, static_cast<long>(der.size()));
    X509_ALGOR* alg = nullptr;
    ASN1_OCTET_STRING* digest = nullptr;
    X509_SIG_getm(sig, &alg, &digest);
    auto* pbe2 = static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter));
    auto* kdf =
        static_cast<PBKDF2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
    ASN1_INTEGER_set_int64(kdf->iter, iterations);
    ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), kdf, &pbe2->keyfunc->parameter);
    ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBE2PARAM), pbe2, &alg->parameter);
    unsigned char* out = nullptr;
    const int len = i2d_X509_SIG(sig, &out);
    const QByteArray result(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    PBKDF2PARAM_free(kdf);
    PBE2PARAM_free(pbe2);
    X509_SIG_free(sig);
    return result;
}

EvpPkeyPtr newEcKey()
{
    GenerateOptions options;
    options.alg = QStringLiteral("ES256");
    return toEvpPkey(generateKey(options));
}

} // namespace

class TestBoundedWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rsaMemberNotBelowModulus_data();
    void rsaMemberNotBelowModulus();
    void rsaMembersBelowModulusStillChecked();
    void pbkdf2IterationCap_data();
    void pbkdf2IterationCap();
    void passphraseAskedOncePerTry_data();
    void passphraseAskedOncePerTry();
    void damagedEncryptedBlockAsksNothing();
    void certificateChainsInOrder();

private:
    QTemporaryDir m_dir;
    QByteArray m_epkiDer;   // EC P-256, PBES2, PBKDF2 1000 iterations, AES-256-CBC, passphrase "right"
    QByteArray m_legacyPem; // the same key, legacy PEM encryption (Proc-Type: 4,ENCRYPTED)
};

void TestBoundedWork::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(QStringLiteral("ec.pem"));
    const QString epki = m_dir.filePath(QStringLiteral("ec.p8.der"));
    const QString legacy = m_dir.filePath(QStringLiteral("ec.legacy.pem"));
    jwktest::ProcessRun r =
        openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), key});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), key, QStringLiteral("-v2"),
                 QStringLiteral("aes-256-cbc"), QStringLiteral("-iter"), QStringLiteral("1000"),
                 QStringLiteral("-passout"), QStringLiteral("pass:right"), QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-out"), epki});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = openssl({QStringLiteral("ec"), QStringLiteral("-in"), key, QStringLiteral("-aes256"),
                 QStringLiteral("-passout"), QStringLiteral("pass:right"), QStringLiteral("-out"), legacy});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    m_epkiDer = readAll(epki);
    m_legacyPem = readAll(legacy);
    QVERIFY(!m_epkiDer.isEmpty());
    QVERIFY(m_legacyPem.contains("Proc-Type: 4,ENCRYPTED"));
}

void TestBoundedWork::rsaMemberNotBelowModulus_data()
{
    const QJsonObject jwk = privateRsaJwk();
    const QByteArray n = b64uDecode(jwk.value(QStringLiteral("n")));
    QByteArray huge(12500, '\x5a'); // a 100,000-bit d
    huge[0] = '\x7f';
    QTest::addColumn<QJsonObject>("key");
    QTest::addColumn<QString>("member");

    QJsonObject onlyD{{QStringLiteral("kty"), QStringLiteral("RSA")},
                      {QStringLiteral("n"), jwk.value(QStringLiteral("n"))},
                      {QStringLiteral("e"), jwk.value(QStringLiteral("e"))},
                      {QStringLiteral("d"), b64u(huge)}};
    QTest::newRow("100,000-bit d, no CRT members") << onlyD << QStringLiteral("d");
    QJsonObject withCrt = jwk;
    withCrt.insert(QStringLiteral("d"), b64u(huge));
    QTest::newRow("100,000-bit d with CRT members") << withCrt << QStringLiteral("d");
    QJsonObject dIsN = onlyD;
    dIsN.insert(QStringLiteral("d"), jwk.value(QStringLiteral("n")));
    QTest::newRow("d = n") << dIsN << QStringLiteral("d");
    // n + 2, big-endian, with the carry: n is made for this run, and its last octet may be 0xff (one run in 128).
    QByteArray above = n;
    int carry = 2;
    for (qsizetype i = above.size() - 1; i >= 0 && carry; --i) {
        const int sum = static_cast<unsigned char>(above[i]) + carry;
        above[i] = static_cast<char>(sum & 0xff);
        carry = sum >> 8;
    }
    if (carry) {
        above.prepend(static_cast<char>(carry));
    }
    QJsonObject dAbove = onlyD;
    dAbove.insert(QStringLiteral("d"), b64u(above));
    QTest::newRow("d = n + 2") << dAbove << QStringLiteral("d");
    for (const char* name : {"p", "q", "dp", "dq", "qi"}) {
        QJsonObject longer = jwk;
        longer.insert(QLatin1String(name), b64u(huge));
        QTest::newRow(qPrintable(QStringLiteral("100,000-bit %1").arg(QLatin1String(name))))
            << longer << QString::fromLatin1(name);
    }
}

void TestBoundedWork::rsaMemberNotBelowModulus()
{
    QFETCH(QJsonObject, key);
    QFETCH(QString, member);
    const QByteArray json = QJsonDocument(key).toJson(QJsonDocument::Compact);
    const QString expected = QStringLiteral("member \"%1\"").arg(member);
    try {
        JsonWebKey::fromJson(json);
        QFAIL("the key was accepted");
    } catch (const JwkError& e) {
        QCOMPARE(e.kind(), JwkError::Kind::InvalidInput);
        QVERIFY2(e.message().startsWith(expected) && e.message().contains(QStringLiteral("not below the modulus")),
                 qPrintable(e.message()));
    }
    // The import path (files, the CLI, the desktop) says the same.
    const ImportResult result = importKeys(json, QStringLiteral("hostile.jwk"));
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures[0].reason.contains(QStringLiteral("not below the modulus")),
             qPrintable(result.failures[0].reason));
}

void TestBoundedWork::rsaMembersBelowModulusStillChecked()
{
    // The genuine key passes; a d below n that is not the key's is refused by the arithmetic checks, not this one.
    const QJsonObject jwk = privateRsaJwk();
    QVERIFY(importKeys(QJsonDocument(jwk).toJson(), QStringLiteral("rsa.jwk")).ok());
    QByteArray d = b64uDecode(jwk.value(QStringLiteral("d")));
    d[d.size() - 1] = static_cast<char>(d.back() ^ 1);
    QJsonObject wrong{{QStringLiteral("kty"), QStringLiteral("RSA")},
                      {QStringLiteral("n"), jwk.value(QStringLiteral("n"))},
                      {QStringLiteral("e"), jwk.value(QStringLiteral("e"))},
                      {QStringLiteral("d"), b64u(d)}};
    const ImportResult result = importKeys(QJsonDocument(wrong).toJson(), QStringLiteral("wrong.jwk"));
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(!result.failures[0].reason.contains(QStringLiteral("not below the modulus")) &&
                 result.failures[0].reason.contains(QStringLiteral("\"d\"")),
             qPrintable(result.failures[0].reason));
}

void TestBoundedWork::pbkdf2IterationCap_data()
{
    QTest::addColumn<bool>("pem");
    QTest::addColumn<qint64>("iterations");
    QTest::newRow("DER, 20,000,000") << false << qint64(20'000'000);
    QTest::newRow("PEM, 20,000,000") << true << qint64(20'000'000);
    QTest::newRow("PEM, cap + 1") << true << kMaxPbkdf2Iterations + 1;
    QTest::newRow("PEM, 2^62") << true << (qint64(1) << 62);
}

void TestBoundedWork::pbkdf2IterationCap()
{
    QFETCH(bool, pem);
    QFETCH(qint64, iterations);
    QCOMPARE(kMaxPbkdf2Iterations, qint64(10'000'000));
    const QByteArray der = withIterations(m_epkiDer, iterations);
    QVERIFY(der.size() > 100);
    CountingPassphrase passphrases({"right"});
    const ImportResult result =
        importKeys(pem ? toPem(der, "ENCRYPTED PRIVATE KEY") : der, QStringLiteral("slow.p8"), &passphrases);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    const QString reason = result.failures[0].reason;
    QVERIFY2(reason.contains(QStringLiteral("%1 PBKDF2 iterations").arg(iterations)) &&
                 reason.contains(QStringLiteral("at most 10000000")) && reason.contains(QStringLiteral("-iter")),
             qPrintable(reason));
    QVERIFY(!result.failures[0].wrongPassphrase);
    // Refused before anyone was asked for the passphrase (and so before any key derivation).
    QCOMPARE(passphrases.attempts, QList<int>());

    // The same structure with an ordinary count is read with the right passphrase.
    CountingPassphrase right({"right"});
    const QByteArray same = withIterations(m_epkiDer, 1000);
    QCOMPARE(same, m_epkiDer);
    const ImportResult ok =
        importKeys(pem ? toPem(same, "ENCRYPTED PRIVATE KEY") : same, QStringLiteral("ok.p8"), &right);
    QVERIFY2(ok.ok(), qPrintable(ok.failureSummary()));
    QCOMPARE(right.attempts, QList<int>{1});
}

void TestBoundedWork::passphraseAskedOncePerTry_data()
{
    QTest::addColumn<int>("form"); // 0 PKCS#8 PEM, 1 PKCS#8 DER, 2 legacy PEM
    QTest::newRow("PKCS#8 PEM") << 0;
    QTest::newRow("PKCS#8 DER") << 1;
    QTest::newRow("legacy PEM") << 2;
}

void TestBoundedWork::passphraseAskedOncePerTry()
{
    QFETCH(int, form);
    const QByteArray data = form == 0 ? toPem(m_epkiDer, "ENCRYPTED PRIVATE KEY") : form == 1 ? m_epkiDer : m_legacyPem;
    // Three wrong passphrases, then none: each try asks once, with its own attempt number.
    CountingPassphrase wrong({"wrong1", "wrong2", "wrong3"});
    const ImportResult failed = importKeys(data, QStringLiteral("key"), &wrong);
    QCOMPARE(wrong.attempts, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(failed.failures.size(), 1);
    QVERIFY(failed.failures[0].wrongPassphrase);
    QVERIFY(failed.keys.isEmpty());
    // A wrong one, then the right one.
    CountingPassphrase second({"wrong", "right"});
    const ImportResult ok = importKeys(data, QStringLiteral("key"), &second);
    QVERIFY2(ok.ok(), qPrintable(ok.failureSummary()));
    QCOMPARE(second.attempts, (QList<int>{1, 2}));
    QCOMPARE(ok.keys.size(), 1);
    QCOMPARE(ok.keys[0].key.curve(), QStringLiteral("P-256"));
    // None given: skipped, asked once.
    CountingPassphrase none({});
    const ImportResult skipped = importKeys(data, QStringLiteral("key"), &none);
    QCOMPARE(none.attempts, QList<int>{1});
    QCOMPARE(skipped.failures.size(), 1);
    QVERIFY(skipped.failures[0].skipped);
}

void TestBoundedWork::damagedEncryptedBlockAsksNothing()
{
    // An ENCRYPTED PRIVATE KEY block that is no EncryptedPrivateKeyInfo, and one cut short: no passphrase can help,
    // so none is asked for, and the reason is the damage, not a wrong passphrase.
    for (const QByteArray& body : {QByteArray("not an encrypted key at all"), m_epkiDer.left(m_epkiDer.size() / 2)}) {
        CountingPassphrase passphrases({"right", "right", "right"});
        const ImportResult result =
            importKeys(toPem(body, "ENCRYPTED PRIVATE KEY"), QStringLiteral("damaged.pem"), &passphrases);
        QCOMPARE(passphrases.attempts, QList<int>());
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(!result.failures[0].wrongPassphrase);
        QVERIFY2(result.failures[0].reason.contains(QStringLiteral("damaged")), qPrintable(result.failures[0].reason));
    }
}

void TestBoundedWork::certificateChainsInOrder()
{
    // Two chains (root, 6 intermediates, leaf; and root, leaf) and a decoy with the name of an intermediate that no
    // one signed, given in a shuffled order: each leaf's x5c is its chain in order, the decoy is a key of its own.
    constexpr int kDepth = 8;
    std::vector<EvpPkeyPtr> keys;
    QList<Certificate> first;
    for (int i = 0; i < kDepth; ++i) {
        keys.push_back(newEcKey());
        const bool root = i == 0;
        first << Certificate::makeCertificate(keys[i].get(), QStringLiteral("chain A level %1").arg(i), {}, 30,
                                              root ? nullptr : &first[i - 1], keys[root ? 0 : i - 1].get(),
                                              i < kDepth - 1);
    }
    const EvpPkeyPtr rootB = newEcKey(), leafB = newEcKey(), decoyKey = newEcKey();
    const Certificate certRootB =
        Certificate::makeCertificate(rootB.get(), QStringLiteral("chain B root"), {}, 30, nullptr, rootB.get(), true);
    const Certificate certLeafB = Certificate::makeCertificate(leafB.get(), QStringLiteral("chain B leaf"), {}, 30,
                                                               &certRootB, rootB.get(), false);
    // Issued by "chain A level 2" by name, signed by another key.
    const Certificate decoy =
        Certificate::makeCertificate(decoyKey.get(), QStringLiteral("decoy"), {}, 30, &first[2], decoyKey.get(), false);

    const QList<Certificate> shuffled{first[3], certLeafB, first[6], decoy,    first[0], first[7],
                                      first[1], certRootB, first[5], first[2], first[4]};
    QByteArray pem;
    for (const auto& c : shuffled) {
        pem += c.toPem();
    }
    const ImportResult result = importKeys(pem, QStringLiteral("bundle.pem"));
    QVERIFY2(result.failures.isEmpty(), qPrintable(result.failureSummary()));
    QCOMPARE(result.keys.size(), 3);
    QList<QByteArray> expectedA;
    for (int i = kDepth - 1; i >= 0; --i) {
        expectedA << first[i].der();
    }
    // Leaves in input order: chain B's leaf, the decoy, chain A's leaf.
    QCOMPARE(result.keys[0].key.certificateChain(), (QList<QByteArray>{certLeafB.der(), certRootB.der()}));
    QCOMPARE(result.keys[1].key.certificateChain(), QList<QByteArray>{decoy.der()});
    QCOMPARE(result.keys[2].key.certificateChain(), expectedA);
}

QTEST_GUILESS_MAIN(TestBoundedWork)
#include "tst_boundedwork.moc"
