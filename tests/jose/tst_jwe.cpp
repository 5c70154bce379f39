// The password-protected JWE (core/jose): RFC 7517 Appendix C and RFC 7520 §5.3 import and are reproduced byte for
// byte from their CEK and IV, with RFC 7517's PBKDF2 output and wrapped key as known answers (the salt input
// UTF8(alg) || 0x00 || p2s of RFC 7518 §4.8.1.1); every PBES2 alg x enc round trip, and with the jose CLI; what
// JWK Manager writes (PBES2-HS512+A256KW, A256GCM, 600,000 iterations, 16-byte salt, cty); and hostile input, each
// refused with its own message and, where the header is refused, without a passphrase being asked (so without any
// key derivation).

#include "jose/JweCrypto.h"
#include "jose/JwePbes2.h"
#include "keys/Base64Url.h"
#include "keys/JsonWebKey.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/KeyImporter.h"
#include "keys/PassphraseProvider.h"

#include "ProcessRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace jwk::jose;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/data/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

QByteArray readRfcKey(const QString& name)
{
    QFile f(QStringLiteral(JWKMAN_TEST_DATA_DIR) + QStringLiteral("/rfc/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

SecureBytes secret(const QByteArray& bytes)
{
    return SecureBytes::fromByteArray(bytes);
}

SecureBytes rfcPassphrase()
{
    return secret(readData(QStringLiteral("rfc7517_C_passphrase.txt")));
}

SecureBytes octets(std::initializer_list<int> values)
{
    SecureBytes out;
    for (int v : values) {
        out.append(static_cast<char>(v));
    }
    return out;
}

QByteArray bytesOf(const SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

// Counts the requests; answers each with the passphrase, or with none after `answers` requests.
class CountingPassphrase : public PassphraseProvider
{
public:
    CountingPassphrase(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {
    }
    std::optional<SecureBytes> passphrase(const QString&, Purpose, int) override
    {
        ++asked;
        if (m_answers.isEmpty()) {
            return std::nullopt;
        }
        return secret(m_answers.takeFirst());
    }
    int asked = 0;

private:
    QList<QByteArray> m_answers;
};

// A JWE with the given header (JSON, enc A128CBC-HS256) over a JWK, made with a fixed CEK and IV.
QByteArray withHeader(const QByteArray& headerJson, const SecureBytes& passphrase)
{
    return encryptCompactJweWith(headerJson, passphrase, secret("0123456789abcdef0123456789abcdef"),
                                 QByteArray(16, 'i'), secret(readRfcKey(QStringLiteral("rfc7517_A3_oct_hmac.json"))));
}

// Replaces the header of a compact JWE by `headerJson` (the rest stays: the header is refused before it matters).
QByteArray replaceHeader(const QByteArray& compact, const QByteArray& headerJson)
{
    return base64url::encode(headerJson) + compact.mid(compact.indexOf('.'));
}

const QByteArray kMinimalHeader =
    R"({"alg":"PBES2-HS256+A128KW","enc":"A128CBC-HS256","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":1000})";

} // namespace

class TestJwe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7517AppendixCImports();
    void rfc7517AppendixCKnownAnswers();
    void rfc7520Section53();
    void everyAlgorithmAndEncryptionRoundTrips_data();
    void everyAlgorithmAndEncryptionRoundTrips();
    void writesPbes2Hs512A256GcmWithRealCost();
    void writesJwkSetOfSeveralKeys();
    void wrongPassphraseAsksAgainAndFails();
    void refusedHeadersAskNoPassphrase_data();
    void refusedHeadersAskNoPassphrase();
    void damagedBodies_data();
    void damagedBodies();
    void plaintextThatIsNoKey();
    void jwsIsToldApart();
    void joseCliBothWays();
};

void TestJwe::rfc7517AppendixCImports()
{
    CountingPassphrase passphrase({bytesOf(rfcPassphrase())});
    const ImportResult result =
        importKeys(readData(QStringLiteral("rfc7517_C.jwe")), QStringLiteral("c.jwe"), &passphrase);
    QVERIFY2(result.failures.isEmpty(), qPrintable(result.failureSummary()));
    QCOMPARE(result.keys.size(), 1);
    QCOMPARE(passphrase.asked, 1);
    const JsonWebKey expected = JsonWebKey::fromJson(readRfcKey(QStringLiteral("rfc7517_C1_rsa_private.json")));
    const JsonWebKey& key = result.keys.first().key;
    QCOMPARE(key.kid(), QStringLiteral("juliet@capulet.lit"));
    QVERIFY(key.isPrivate());
    QCOMPARE(key.thumbprint(), expected.thumbprint());
    QCOMPARE(bytesOf(key.toJson(true, JsonFormat::Compact)), bytesOf(expected.toJson(true, JsonFormat::Compact)));
}

void TestJwe::rfc7517AppendixCKnownAnswers()
{
    // RFC 7517 C.2 (CEK), C.3 (p2s, p2c), C.4 (the derived key), C.5 (the encrypted key), C.6 (the IV).
    const QByteArray compact = readData(QStringLiteral("rfc7517_C.jwe")).trimmed();
    const SecureBytes cek = octets({111, 27,  25, 52, 66,  29,  20,  78,  92,  176, 56,  240, 65,  208, 82,  112,
                                    161, 131, 36, 55, 202, 236, 185, 172, 129, 23,  153, 194, 195, 48,  253, 182});
    const SecureBytes derived = octets({110, 171, 169, 92, 129, 92, 109, 117, 233, 242, 116, 233, 170, 14, 24, 75});
    const QByteArray p2s = *base64url::decode(u"2WCTcJZ1Rvd_CJuJripQ1w");
    const QByteArray iv = *base64url::decode(u"Ye9j1qs22DmRSAddIh-VnA");

    const SecureBytes kek = derivePbes2Key(*findPbes2Algorithm(u"PBES2-HS256+A128KW"), rfcPassphrase(), p2s, 4096);
    QCOMPARE(bytesOf(kek), bytesOf(derived));
    QCOMPARE(base64url::encode(aesKeyWrap(kek, cek)),
             QByteArrayLiteral("TrqXOwuNUfDV9VPTNbyGvEJ9JMjefAVn-TR1uIxR9p6hsRQh9Tk7BA"));
    QCOMPARE(bytesOf(*aesKeyUnwrap(kek, aesKeyWrap(kek, cek))), bytesOf(cek));

    // The whole serialization, from the RFC's header bytes, CEK, IV and plaintext.
    const QByteArray header =
        R"({"alg":"PBES2-HS256+A128KW","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":4096,"enc":"A128CBC-HS256","cty":"jwk+json"})";
    const SecureBytes plaintext = secret(readData(QStringLiteral("rfc7517_C_plaintext.json")));
    QCOMPARE(encryptCompactJweWith(header, rfcPassphrase(), cek, iv, plaintext), compact);

    const JweDecrypted decrypted = decryptCompactJwe(compact, rfcPassphrase());
    QCOMPARE(bytesOf(decrypted.plaintext), bytesOf(plaintext));
    QCOMPARE(decrypted.header.alg, QStringLiteral("PBES2-HS256+A128KW"));
    QCOMPARE(decrypted.header.enc, QStringLiteral("A128CBC-HS256"));
    QCOMPARE(decrypted.header.cty, QStringLiteral("jwk+json"));
    QCOMPARE(decrypted.header.p2c, qint64(4096));
    QCOMPARE(decrypted.header.p2s, p2s);
}

void TestJwe::rfc7520Section53()
{
    // RFC 7520 §5.3: a JWK Set under PBES2-HS512+A256KW and A128CBC-HS256, a password with non-ASCII characters.
    const QByteArray compact = readData(QStringLiteral("rfc7520_5_3.jwe")).trimmed();
    const SecureBytes password = secret(readData(QStringLiteral("rfc7520_5_3_passphrase.txt")));
    const SecureBytes plaintext = secret(readData(QStringLiteral("rfc7520_5_3_plaintext.json")));
    const QByteArray header = *base64url::decode(QString::fromLatin1(compact.split('.').first()));
    QCOMPARE(encryptCompactJweWith(header, password,
                                   *base64url::decodeSecret(u"uwsjJXaBK407Qaf0_zpcpmr1Cs0CC50hIUEyGNEt3m0"),
                                   *base64url::decode(u"VBiCzVHNoLiR3F4V82uoTQ"), plaintext),
             compact);
    FixedPassphrase passphrase(password);
    const ImportResult result = importKeys(compact, QStringLiteral("rfc7520.jwe"), &passphrase);
    QVERIFY2(result.ok(), qPrintable(result.failureSummary()));
    QCOMPARE(result.keys.size(), 3);
    QCOMPARE(result.keys[0].key.kid(), QStringLiteral("77c7e2b8-6e13-45cf-8672-617b5b45243a"));
    QCOMPARE(result.keys[2].key.alg(), QStringLiteral("A256GCMKW"));
    QCOMPARE(inspectCompactJwe(compact).cty, QStringLiteral("jwk-set+json"));
}

void TestJwe::everyAlgorithmAndEncryptionRoundTrips_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("enc");
    for (const QString& alg : pbes2AlgorithmNames()) {
        for (const QString& enc : contentEncryptionNames()) {
            QTest::newRow(qPrintable(alg + u' ' + enc)) << alg << enc;
        }
    }
}

void TestJwe::everyAlgorithmAndEncryptionRoundTrips()
{
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    const SecureBytes plaintext = secret(readRfcKey(QStringLiteral("rfc7517_A2_ec_p256_private.json")));
    JweWriteOptions options;
    options.alg = alg;
    options.enc = enc;
    options.iterations = kJweMinIterations; // the cost is not what is tested here
    options.cty = kCtyJwk;
    const QByteArray compact = encryptCompactJwe(plaintext, secret("pass phrase \xc3\xa9"), options);
    const JweHeader header = inspectCompactJwe(compact);
    QCOMPARE(header.alg, alg);
    QCOMPARE(header.enc, enc);
    QCOMPARE(header.p2c, qint64(kJweMinIterations));
    const JweDecrypted decrypted = decryptCompactJwe(compact, secret("pass phrase \xc3\xa9"));
    QCOMPARE(bytesOf(decrypted.plaintext), bytesOf(plaintext));
    // The part sizes are those of the enc: the encrypted key is the CEK plus 8, the IV 12 or 16, the tag 16 to 32.
    const QList<QByteArray> parts = compact.split('.');
    const ContentEncryption* e = findContentEncryption(enc);
    QCOMPARE(base64url::decode(QString::fromLatin1(parts[1]))->size(), e->cekBytes + 8);
    QCOMPARE(base64url::decode(QString::fromLatin1(parts[2]))->size(), e->ivBytes);
    QCOMPARE(base64url::decode(QString::fromLatin1(parts[4]))->size(), e->tagBytes);
    try {
        decryptCompactJwe(compact, secret("pass phrase e"));
        QFAIL("a wrong passphrase decrypted");
    } catch (const JwkError& error) {
        QCOMPARE(error.kind(), JwkError::Kind::WrongPassphrase);
    }
}

void TestJwe::writesPbes2Hs512A256GcmWithRealCost()
{
    const JsonWebKey key = JsonWebKey::fromJson(readRfcKey(QStringLiteral("rfc7517_A2_ec_p256_private.json")));
    FixedPassphrase passphrase(secret("correct horse battery"));
    const SecureBytes first = exportKey(key, KeyFormat::JweJwk, &passphrase);
    const QByteArray compact = bytesOf(first).trimmed();
    const JweHeader header = inspectCompactJwe(compact);
    QCOMPARE(header.alg, QStringLiteral("PBES2-HS512+A256KW"));
    QCOMPARE(header.enc, QStringLiteral("A256GCM"));
    QCOMPARE(header.p2c, qint64(600000));
    QCOMPARE(header.p2s.size(), 16);
    QCOMPARE(header.cty, QStringLiteral("jwk+json"));
    // Strict JSON with exactly these members.
    const QJsonObject json =
        QJsonDocument::fromJson(*base64url::decode(QString::fromLatin1(compact.split('.')[0]))).object();
    QCOMPARE(json.keys(), (QStringList{"alg", "cty", "enc", "p2c", "p2s"}));

    // A fresh salt and key each time.
    FixedPassphrase again(secret("correct horse battery"));
    const QByteArray second = bytesOf(exportKey(key, KeyFormat::JweJwk, &again)).trimmed();
    QVERIFY(inspectCompactJwe(second).p2s != header.p2s);
    QVERIFY(second.split('.')[1] != compact.split('.')[1]);

    FixedPassphrase reading(secret("correct horse battery"));
    const ImportResult result = importKeys(first.view(), QStringLiteral("key.jwe"), &reading);
    QVERIFY2(result.ok(), qPrintable(result.failureSummary()));
    QCOMPARE(result.keys.first().key.thumbprint(), key.thumbprint());
    QVERIFY(result.keys.first().key.isPrivate());

    // No passphrase: the export is cancelled.
    try {
        exportKey(key, KeyFormat::JweJwk, nullptr);
        QFAIL("exported without a passphrase");
    } catch (const JwkError& error) {
        QCOMPARE(error.kind(), JwkError::Kind::Cancelled);
    }
}

void TestJwe::writesJwkSetOfSeveralKeys()
{
    const JsonWebKeySet set = JsonWebKeySet::fromJson(
        QJsonDocument::fromJson(readRfcKey(QStringLiteral("rfc7517_A2_private_jwks.json"))).object());
    FixedPassphrase passphrase(secret("several keys"));
    const SecureBytes out = exportKeySetAsJwe(set.keys(), &passphrase, QStringLiteral("2 keys"));
    QCOMPARE(inspectCompactJwe(out.view()).cty, QStringLiteral("jwk-set+json"));
    FixedPassphrase reading(secret("several keys"));
    const ImportResult result = importKeys(out.view(), QStringLiteral("set.jwe"), &reading);
    QVERIFY2(result.ok(), qPrintable(result.failureSummary()));
    QCOMPARE(result.keys.size(), set.keys().size());
    for (qsizetype i = 0; i < set.keys().size(); ++i) {
        QCOMPARE(result.keys[i].key.thumbprint(), set.keys()[i].thumbprint());
    }
}

void TestJwe::wrongPassphraseAsksAgainAndFails()
{
    // Two wrong answers, then none: asked three times, reported as a wrong passphrase, no key.
    CountingPassphrase wrong({"not it", "nor this"});
    const ImportResult result = importKeys(readData(QStringLiteral("rfc7517_C.jwe")), QStringLiteral("c.jwe"), &wrong);
    QCOMPARE(wrong.asked, 3);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY(result.failures.first().wrongPassphrase);
    QVERIFY2(result.failures.first().reason.contains(QStringLiteral("wrong passphrase")),
             qPrintable(result.failures.first().reason));

    // Wrong, then right: imported.
    CountingPassphrase retried({"not it", bytesOf(rfcPassphrase())});
    const ImportResult second =
        importKeys(readData(QStringLiteral("rfc7517_C.jwe")), QStringLiteral("c.jwe"), &retried);
    QVERIFY2(second.ok(), qPrintable(second.failureSummary()));
    QCOMPARE(retried.asked, 2);

    // None at all: skipped.
    CountingPassphrase none({});
    const ImportResult third = importKeys(readData(QStringLiteral("rfc7517_C.jwe")), QStringLiteral("c.jwe"), &none);
    QVERIFY(third.failures.first().skipped);
}

void TestJwe::refusedHeadersAskNoPassphrase_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("message");
    QTest::newRow("p2c 10,000,001")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":10000001})")
        << QStringLiteral("asks for 10000001 PBKDF2 iterations; JWK Manager runs at most 10000000");
    QTest::newRow("p2c 999")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":999})")
        << QStringLiteral("only 999 PBKDF2 iterations; at least 1000");
    QTest::newRow("p2c a string")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":"4096"})")
        << QStringLiteral("no valid \"p2c\"");
    QTest::newRow("p2c fractional")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":4096.5})")
        << QStringLiteral("no valid \"p2c\"");
    QTest::newRow("p2s 7 bytes") << QByteArray(
                                        R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"AAAAAAAAAA","p2c":4096})")
                                 << QStringLiteral("salt (\"p2s\") is 7 bytes; at least 8");
    QTest::newRow("no p2s") << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2c":4096})")
                            << QStringLiteral("no valid \"p2s\"");
    QTest::newRow("alg dir") << QByteArray(R"({"alg":"dir","enc":"A128GCM"})")
                             << QStringLiteral("encrypted with \"dir\"; JWK Manager reads password-protected JWEs "
                                               "only (PBES2-HS256+A128KW, PBES2-HS384+A192KW, PBES2-HS512+A256KW)");
    QTest::newRow("alg RSA-OAEP") << QByteArray(R"({"alg":"RSA-OAEP","enc":"A256GCM"})")
                                  << QStringLiteral("encrypted with \"RSA-OAEP\"");
    QTest::newRow("enc unknown")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128CTR","p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":4096})")
        << QStringLiteral("content encryption \"A128CTR\" is not supported");
    QTest::newRow("zip") << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","zip":"DEF",)"
                                       R"("p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":4096})")
                         << QStringLiteral("compressed (\"zip\")");
    QTest::newRow("crit") << QByteArray(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","crit":["exp"],"exp":1,)"
                                        R"("p2s":"2WCTcJZ1Rvd_CJuJripQ1w","p2c":4096})")
                          << QStringLiteral("critical (\"crit\")");
    QTest::newRow("duplicate member")
        << QByteArray(R"({"alg":"PBES2-HS256+A128KW","alg":"dir","enc":"A128GCM","p2s":"2WCTcJZ1Rvd_CJuJripQ1w",)"
                      R"("p2c":4096})")
        << QStringLiteral("names member \"alg\" twice");
    QTest::newRow("not JSON") << QByteArray(R"({"alg":"PBES2-HS256+A128KW",)") << QStringLiteral("not a JSON object");
    QTest::newRow("huge header") << (QByteArray(R"({"alg":"PBES2-HS256+A128KW","x":")") + QByteArray(20000, 'a') +
                                     QByteArray(R"("})"))
                                 << QStringLiteral("header is 26 KiB; JWK Manager reads headers of at most 16 KiB");
}

void TestJwe::refusedHeadersAskNoPassphrase()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, message);
    const QByteArray compact = replaceHeader(withHeader(kMinimalHeader, secret("x")), header);
    CountingPassphrase passphrase({"x"});
    const ImportResult result = importKeys(compact, QStringLiteral("hostile.jwe"), &passphrase);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures.first().reason.contains(message), qPrintable(result.failures.first().reason));
    QVERIFY(!result.failures.first().wrongPassphrase);
    // Refused before anyone was asked for a passphrase, so before any key derivation.
    QCOMPARE(passphrase.asked, 0);
}

void TestJwe::damagedBodies_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad tag") << 4 << QStringLiteral("flip") << QStringLiteral("authentication tag does not match");
    QTest::newRow("altered ciphertext") << 3 << QStringLiteral("flip")
                                        << QStringLiteral("authentication tag does not match");
    QTest::newRow("altered IV") << 2 << QStringLiteral("flip") << QStringLiteral("authentication tag does not match");
    QTest::newRow("truncated tag") << 4 << QStringLiteral("cut") << QStringLiteral("authentication tag is 12 bytes");
    QTest::newRow("truncated key") << 1 << QStringLiteral("cut") << QStringLiteral("encrypted key is");
    QTest::newRow("empty IV") << 2 << QStringLiteral("empty") << QStringLiteral("initialization vector is 0 bytes");
    QTest::newRow("not base64url") << 3 << QStringLiteral("padding") << QStringLiteral("ciphertext is not base64url");
    QTest::newRow("four parts") << -1 << QStringLiteral("drop") << QStringLiteral("it has 4 parts");
}

void TestJwe::damagedBodies()
{
    QFETCH(int, part);
    QFETCH(QString, change);
    QFETCH(QString, message);
    const QByteArray good = withHeader(kMinimalHeader, secret("right"));
    QList<QByteArray> parts = good.split('.');
    if (change == QStringLiteral("flip")) {
        QByteArray raw = *base64url::decode(QString::fromLatin1(parts[part]));
        raw[0] = static_cast<char>(raw[0] ^ 0x01);
        parts[part] = base64url::encode(raw);
    } else if (change == QStringLiteral("cut")) {
        QByteArray raw = *base64url::decode(QString::fromLatin1(parts[part]));
        parts[part] = base64url::encode(raw.left(12));
    } else if (change == QStringLiteral("empty")) {
        parts[part].clear();
    } else if (change == QStringLiteral("padding")) {
        parts[part] += "==";
    } else {
        parts.removeLast();
    }
    const QByteArray compact = parts.join('.');
    CountingPassphrase passphrase({"right"});
    const ImportResult result = importKeys(compact, QStringLiteral("damaged.jwe"), &passphrase);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures.first().reason.contains(message), qPrintable(result.failures.first().reason));
    QVERIFY(!result.failures.first().wrongPassphrase);
}

void TestJwe::plaintextThatIsNoKey()
{
    JweWriteOptions options;
    options.iterations = kJweMinIterations;
    for (const QByteArray& plaintext : {QByteArray("hello"), QByteArray(R"({"kty":"RSA"})"), QByteArray("[1,2]")}) {
        const QByteArray compact = encryptCompactJwe(secret(plaintext), secret("pw"), options);
        FixedPassphrase passphrase(secret("pw"));
        const ImportResult result = importKeys(compact, QStringLiteral("odd.jwe"), &passphrase);
        QVERIFY(result.keys.isEmpty());
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(!result.failures.first().reason.isEmpty());
        if (plaintext.startsWith('{')) {
            QVERIFY2(!result.failures.first().reason.contains(QStringLiteral("holds no JWK")),
                     qPrintable(result.failures.first().reason)); // a JWK error: the member that is wrong
        } else {
            QVERIFY2(result.failures.first().reason.contains(QStringLiteral("holds no JWK or JWK Set")),
                     qPrintable(result.failures.first().reason));
        }
    }
}

void TestJwe::jwsIsToldApart()
{
    const QByteArray jws = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    CountingPassphrase passphrase({"x"});
    const ImportResult result = importKeys(jws, QStringLiteral("token"), &passphrase);
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures.first().reason.contains(QStringLiteral("JWS or JWT")),
             qPrintable(result.failures.first().reason));
    QCOMPARE(passphrase.asked, 0);
    QVERIFY(!looksLikeCompactJwe("{\"kty\":\"oct\"}"));
    QVERIFY(!looksLikeCompactJwe("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(looksLikeCompactJwe("  eyJ.a.b.c.d\n"));
}

void TestJwe::joseCliBothWays()
{
    // The latchset jose CLI refuses p2c above 32,768 (its fix of CVE-2023-50967), so it cannot read the 600,000
    // iterations JWK Manager writes; the cryptography is checked with the core at 1,000 iterations, every alg x enc.
    const QString jose = QStandardPaths::findExecutable(QStringLiteral("jose"));
    if (jose.isEmpty()) {
        QFAIL("the jose CLI is not installed (scripts/setup.sh installs it)");
    }
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("password.jwk"));
    const QString ptFile = dir.filePath(QStringLiteral("plaintext.json"));
    const QByteArray password = "correct horse battery staple";
    const QByteArray plaintext = readRfcKey(QStringLiteral("rfc7517_A2_rsa_private.json"));
    for (const auto& [name, data] :
         {std::pair{keyFile, QByteArray(R"({"kty":"oct","k":")") + base64url::encode(password) + R"("})"},
          std::pair{ptFile, plaintext}}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
    }
    for (const QString& alg : pbes2AlgorithmNames()) {
        for (const QString& enc : contentEncryptionNames()) {
            JweWriteOptions options;
            options.alg = alg;
            options.enc = enc;
            options.iterations = kJweMinIterations;
            const QByteArray ours = encryptCompactJwe(secret(plaintext), secret(password), options);
            const auto dec = jwktest::runProcess(jose, {"jwe", "dec", "-i", "-", "-k", keyFile}, {ours});
            QVERIFY2(dec.exitCode == 0 && dec.out == plaintext, qPrintable(alg + u' ' + enc + u' ' + dec.describe()));

            const QString header = QStringLiteral(R"({"protected":{"alg":"%1","enc":"%2","p2c":1000}})").arg(alg, enc);
            const auto theirs =
                jwktest::runProcess(jose, {"jwe", "enc", "-i", header, "-I", ptFile, "-k", keyFile, "-c"});
            QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.describe()));
            const JweDecrypted decrypted = decryptCompactJwe(theirs.out.trimmed(), secret(password));
            QCOMPARE(bytesOf(decrypted.plaintext), plaintext);
            QCOMPARE(decrypted.header.alg, alg);
            QCOMPARE(decrypted.header.enc, enc);
        }
    }
}

QTEST_GUILESS_MAIN(TestJwe)
#include "tst_jwe.moc"
