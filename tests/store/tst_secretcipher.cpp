// SecretCipher: Ory Hydra's encryption of hydra_jwk rows (aead/aesgcm.go). AES-256-GCM under SHA-256 of the
// secret string, a 12-byte nonce, a 16-byte tag, no AAD, stored as URL-safe base64 WITH '=' padding of
// nonce || ciphertext || tag. Byte compatibility is checked against an independent implementation: Debian's
// python3 with cryptography's AESGCM decrypts our values and makes values we decrypt.

#include "StoreTestUtil.h"
#include "store/SecretCipher.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

// Decrypts one stored value per line of standard input with SHA-256(argv[1]) as the key and prints the
// plaintext as hex, one line each. The base64 decoder is strict: URL-safe alphabet and correct '=' padding,
// as Go's base64.URLEncoding is.
const char* const kPythonDecrypt = R"(
import sys, base64, binascii, hashlib
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
key = hashlib.sha256(sys.argv[1].encode()).digest()
for line in sys.stdin.read().split():
    if len(line) % 4 != 0:
        raise SystemExit("not padded: %d characters" % len(line))
    raw = base64.b64decode(line, altchars=b"-_", validate=True)
    print(AESGCM(key).decrypt(raw[:12], raw[12:], None).hex())
)";

// Encrypts each hex plaintext of standard input (one per line, "-" for empty) under SHA-256(argv[1]) and
// prints base64.urlsafe_b64encode(nonce + ciphertext_and_tag), one line each.
const char* const kPythonEncrypt = R"(
import sys, os, base64, hashlib
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
key = hashlib.sha256(sys.argv[1].encode()).digest()
for line in sys.stdin.read().split():
    pt = b"" if line == "-" else bytes.fromhex(line)
    nonce = os.urandom(12)
    print(base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, pt, None)).decode())
)";

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        b[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return b;
}

SecureBytes sb(const QByteArray& b)
{
    return SecureBytes::fromByteArray(b);
}

const QByteArray kSecret = "the-system-secret-of-a-hydra-deployment";

const QList<int> kSizes = {0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 255, 256, 257, 1000, 4096, 65536};

} // namespace

class TestSecretCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deriveKeyIsSha256OfTheSecret_data();
    void deriveKeyIsSha256OfTheSecret();
    void roundTrip_data();
    void roundTrip();
    void storedFormat_data();
    void storedFormat();
    void noncesAreFresh();
    void pythonDecryptsOurValues();
    void weDecryptPythonValues();
    void jwkRowBothWays();
    void wrongKey();
    void malformed_data();
    void malformed();
    void triesKeysInOrder();
};

void TestSecretCipher::initTestCase()
{
    setUpEnvironment();
    const Run r =
        runProgram(python(), {QStringLiteral("-c"), QStringLiteral("from cryptography.hazmat.primitives.ciphers.aead "
                                                                   "import AESGCM")});
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("python3-cryptography is needed: ") + r.describe()));
}

void TestSecretCipher::deriveKeyIsSha256OfTheSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << kSecret;
    QTest::newRow("16 characters") << QByteArray("0123456789abcdef");
    QTest::newRow("utf-8") << QStringLiteral("pässwörd-ключ-秘密-0123456789").toUtf8();
    QTest::newRow("comma and quote") << QByteArray("a,b\"c,d-0123456789");
}

void TestSecretCipher::deriveKeyIsSha256OfTheSecret()
{
    QFETCH(QByteArray, secret);
    const SecureBytes key = SecretCipher::deriveKey(sb(secret));
    QCOMPARE(key.size(), std::size_t(32));
    QCOMPARE(bytes(key), sha256(secret));
}

void TestSecretCipher::roundTrip_data()
{
    QTest::addColumn<int>("size");
    for (int n : kSizes) {
        QTest::addRow("%d bytes", n) << n;
    }
}

void TestSecretCipher::roundTrip()
{
    QFETCH(int, size);
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    const QByteArray plain = randomBytes(size);
    const QByteArray stored = SecretCipher::encrypt(sb(plain), key);
    int used = -1;
    const auto back = SecretCipher::decrypt(stored, {key}, &used);
    QVERIFY(back);
    QCOMPARE(bytes(*back), plain);
    QCOMPARE(used, 0);
}

void TestSecretCipher::storedFormat_data()
{
    roundTrip_data();
}

void TestSecretCipher::storedFormat()
{
    QFETCH(int, size);
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    const QByteArray plain = randomBytes(size);
    // Several encryptions, so that the random nonce and tag cover both alphabets' extra characters.
    for (int round = 0; round < 8; ++round) {
        const QByteArray stored = SecretCipher::encrypt(sb(plain), key);
        static const QRegularExpression urlSafePadded(QStringLiteral("^[A-Za-z0-9_-]*={0,2}$"));
        QVERIFY2(urlSafePadded.match(QString::fromLatin1(stored)).hasMatch(), stored.left(80).constData());
        QVERIFY(!stored.contains('+') && !stored.contains('/'));
        // WITH padding: always a multiple of 4 characters, with as many '=' as the byte count asks.
        QCOMPARE(stored.size() % 4, 0);
        const int rawSize = 12 + size + 16;
        const int padding = (3 - rawSize % 3) % 3;
        QCOMPARE(int(stored.size() - QByteArray(stored).replace('=', "").size()), padding);
        QCOMPARE(stored.size(), qsizetype((rawSize + 2) / 3 * 4));
        const QByteArray raw = QByteArray::fromBase64(stored, QByteArray::Base64UrlEncoding);
        QCOMPARE(raw.size(), qsizetype(rawSize));
        // nonce(12) || ct || tag(16): AES-GCM's ciphertext has the plaintext's length; the bytes are not the
        // plaintext (only the empty plaintext gives an empty ct).
        if (size >= 16) {
            QVERIFY(raw.mid(12, size) != plain);
            QVERIFY(!raw.contains(plain));
        }
    }
}

void TestSecretCipher::noncesAreFresh()
{
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    QSet<QByteArray> nonces;
    QSet<QByteArray> values;
    for (int i = 0; i < 500; ++i) {
        const QByteArray stored = SecretCipher::encrypt(sb("same plaintext every time"), key);
        values.insert(stored);
        nonces.insert(QByteArray::fromBase64(stored, QByteArray::Base64UrlEncoding).left(12));
    }
    QCOMPARE(values.size(), 500);
    QCOMPARE(nonces.size(), 500);
}

void TestSecretCipher::pythonDecryptsOurValues()
{
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    QList<QByteArray> plains;
    QByteArray lines;
    for (int n : kSizes) {
        for (int round = 0; round < 3; ++round) {
            const QByteArray plain = randomBytes(n);
            plains << plain;
            lines += SecretCipher::encrypt(sb(plain), key) + '\n';
        }
    }
    const auto out = runPython(kPythonDecrypt, {QString::fromLatin1(kSecret)}, lines);
    QVERIFY(out);
    const QList<QByteArray> hex = out->split('\n');
    QCOMPARE(hex.size(), plains.size() + 1); // the trailing newline
    for (qsizetype i = 0; i < plains.size(); ++i) {
        QCOMPARE(QByteArray::fromHex(hex[i]), plains[i]);
    }
}

void TestSecretCipher::weDecryptPythonValues()
{
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    QList<QByteArray> plains;
    QByteArray lines;
    for (int n : kSizes) {
        for (int round = 0; round < 3; ++round) {
            const QByteArray plain = randomBytes(n);
            plains << plain;
            lines += (plain.isEmpty() ? QByteArray("-") : plain.toHex()) + '\n';
        }
    }
    const auto out = runPython(kPythonEncrypt, {QString::fromLatin1(kSecret)}, lines);
    QVERIFY(out);
    const QList<QByteArray> values = out->trimmed().split('\n');
    QCOMPARE(values.size(), plains.size());
    for (qsizetype i = 0; i < plains.size(); ++i) {
        QVERIFY(values[i].size() % 4 == 0);
        int used = -1;
        const auto back = SecretCipher::decrypt(values[i], {key}, &used);
        QVERIFY2(back, values[i].left(80).constData());
        QCOMPARE(bytes(*back), plains[i]);
        QCOMPARE(used, 0);
    }
}

void TestSecretCipher::jwkRowBothWays()
{
    // What Hydra keeps in hydra_jwk.keydata: json.Marshal of the whole JWK.
    const JsonWebKey k = generate(QStringLiteral("ES256"), 0, QStringLiteral("row-kid"));
    const SecureBytes json = k.toJson(true, JsonFormat::Compact);
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    const QByteArray stored = SecretCipher::encrypt(json, key);
    const auto out = runPython(kPythonDecrypt, {QString::fromLatin1(kSecret)}, stored);
    QVERIFY(out);
    const QByteArray plain = QByteArray::fromHex(out->trimmed());
    QCOMPARE(plain, bytes(json));
    QVERIFY(JsonWebKey::fromJson(plain).sameKeyAs(k));

    const auto made = runPython(kPythonEncrypt, {QString::fromLatin1(kSecret)}, bytes(json).toHex());
    QVERIFY(made);
    const auto back = SecretCipher::decrypt(made->trimmed(), {key});
    QVERIFY(back);
    QVERIFY(JsonWebKey::fromJson(bytes(*back)).sameKeyAs(k));
}

void TestSecretCipher::wrongKey()
{
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    const QByteArray stored = SecretCipher::encrypt(sb("a private JWK"), key);
    int used = 42;
    QVERIFY(!SecretCipher::decrypt(stored, {SecretCipher::deriveKey(sb("another-secret-of-20-chars"))}, &used));
    QVERIFY(!SecretCipher::decrypt(stored, {}, &used));
    // A key that is not 32 bytes is never used (the raw secret instead of its hash, for instance).
    QVERIFY(!SecretCipher::decrypt(stored, {sb(kSecret)}, &used));
    QVERIFY(!SecretCipher::decrypt(stored, {SecureBytes(16)}, &used));
    // A key that differs in one bit.
    SecureBytes flipped = key;
    flipped.data()[31] ^= 1;
    QVERIFY(!SecretCipher::decrypt(stored, {flipped}, &used));
}

void TestSecretCipher::malformed_data()
{
    QTest::addColumn<QByteArray>("stored");
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    const QByteArray plain = "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"} padded to some length.....";
    const QByteArray good = SecretCipher::encrypt(sb(plain), key);
    const QByteArray raw = QByteArray::fromBase64(good, QByteArray::Base64UrlEncoding);
    auto enc = [](const QByteArray& b) { return b.toBase64(QByteArray::Base64UrlEncoding); };
    auto flip = [&](int at) {
        QByteArray b = raw;
        b[at] = static_cast<char>(b[at] ^ 0x01);
        return enc(b);
    };

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("!!!! this is not base64 ????");
    QTest::newRow("space inside") << QByteArray(good).insert(8, ' ');
    QTest::newRow("27 bytes (shorter than nonce and tag)") << enc(raw.left(27));
    QTest::newRow("28 bytes of the value") << enc(raw.left(28));
    QTest::newRow("nonce only") << enc(raw.left(12));
    QTest::newRow("last byte dropped") << enc(raw.left(raw.size() - 1));
    QTest::newRow("tag dropped") << enc(raw.left(raw.size() - 16));
    QTest::newRow("byte appended") << enc(raw + 'x');
    QTest::newRow("text truncated by 4 characters") << good.left(good.size() - 4);
    QTest::newRow("text truncated to half") << good.left(good.size() / 2);
    QTest::newRow("nonce bit flipped") << flip(0);
    QTest::newRow("ciphertext bit flipped") << flip(20);
    QTest::newRow("tag bit flipped") << flip(int(raw.size()) - 1);
    QTest::newRow("nonce and ciphertext swapped") << enc(raw.mid(12, 12) + raw.left(12) + raw.mid(24));
    QTest::newRow("all zero, right size") << enc(QByteArray(raw.size(), '\0'));
}

void TestSecretCipher::malformed()
{
    QFETCH(QByteArray, stored);
    const SecureBytes key = SecretCipher::deriveKey(sb(kSecret));
    int used = 7;
    QVERIFY(!SecretCipher::decrypt(stored, {key}, &used));
    QVERIFY(!SecretCipher::decrypt(stored, {key, key}, &used));
}

void TestSecretCipher::triesKeysInOrder()
{
    const SecureBytes k0 = SecretCipher::deriveKey(sb("secret-number-zero-000"));
    const SecureBytes k1 = SecretCipher::deriveKey(sb("secret-number-one-1111"));
    const SecureBytes k2 = SecretCipher::deriveKey(sb("secret-number-two-2222"));
    const QList<SecureBytes> keys{k0, k1, k2};
    const QByteArray plain = "rotated";
    int used = -1;

    auto under0 = SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k0), keys, &used);
    QVERIFY(under0);
    QCOMPARE(used, 0);
    auto under1 = SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k1), keys, &used);
    QVERIFY(under1);
    QCOMPARE(bytes(*under1), plain);
    QCOMPARE(used, 1);
    auto under2 = SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k2), keys, &used);
    QVERIFY(under2);
    QCOMPARE(used, 2);

    // The first key that authenticates wins, whatever comes after it.
    QVERIFY(SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k1), {k2, k1, k1}, &used));
    QCOMPARE(used, 1);
    // A malformed key in the list is passed over, the index still counts it.
    QVERIFY(SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k2), {SecureBytes(5), k0, k2}, &used));
    QCOMPARE(used, 2);
    // Without the out parameter.
    QVERIFY(SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k2), keys));
    // Not among the keys.
    QVERIFY(!SecretCipher::decrypt(SecretCipher::encrypt(sb(plain), k2), {k0, k1}, &used));
}

QTEST_GUILESS_MAIN(TestSecretCipher)
#include "tst_secretcipher.moc"
