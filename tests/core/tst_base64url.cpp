// Unit tests of jwk::base64url: unpadded base64url (RFC 4648 §5, RFC 7515 §2), strict on decoding, and the
// standard padded alphabet used by x5c.

#include "TestUtil.h"
#include "keys/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace jwk;

class TestBase64Url : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeDecode_data();
    void encodeDecode();
    void decodeRejects_data();
    void decodeRejects();
    void decodeStandard_data();
    void decodeStandard();
    void decodeStandardX5c();
    void roundTripAgainstQt_data();
    void roundTripAgainstQt();
    void urlPaddedAgainstQt_data();
    void urlPaddedAgainstQt();
    void urlPaddedRejects_data();
    void urlPaddedRejects();
    void encodeToAppends();
};

void TestBase64Url::encodeDecode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoded");

    // RFC 4648 §10 test vectors, without their padding.
    QTest::newRow("rfc4648 empty") << QByteArray() << QString();
    QTest::newRow("rfc4648 f") << QByteArray("f") << QStringLiteral("Zg");
    QTest::newRow("rfc4648 fo") << QByteArray("fo") << QStringLiteral("Zm8");
    QTest::newRow("rfc4648 foo") << QByteArray("foo") << QStringLiteral("Zm9v");
    QTest::newRow("rfc4648 foob") << QByteArray("foob") << QStringLiteral("Zm9vYg");
    QTest::newRow("rfc4648 fooba") << QByteArray("fooba") << QStringLiteral("Zm9vYmE");
    QTest::newRow("rfc4648 foobar") << QByteArray("foobar") << QStringLiteral("Zm9vYmFy");
    // The two characters where the url alphabet differs ('-' for '+', '_' for '/').
    QTest::newRow("fb ff") << QByteArray("\xfb\xff", 2) << QStringLiteral("-_8");
    QTest::newRow("fb ff bf") << QByteArray("\xfb\xff\xbf", 3) << QStringLiteral("-_-_");
    QTest::newRow("ff ff ff") << QByteArray("\xff\xff\xff", 3) << QStringLiteral("____");
    QTest::newRow("f8") << QByteArray("\xf8", 1) << QStringLiteral("-A");
    QTest::newRow("03 e0") << QByteArray("\x03\xe0", 2) << QStringLiteral("A-A");
    // Zero octets are data, not padding.
    QTest::newRow("00") << QByteArray(1, '\0') << QStringLiteral("AA");
    QTest::newRow("00 00") << QByteArray(2, '\0') << QStringLiteral("AAA");
    QTest::newRow("00 00 00") << QByteArray(3, '\0') << QStringLiteral("AAAA");
    // RFC 7515 §2 / Appendix C: the exponent 65537.
    QTest::newRow("AQAB") << QByteArray("\x01\x00\x01", 3) << QStringLiteral("AQAB");
}

void TestBase64Url::encodeDecode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoded);

    QCOMPARE(QString::fromLatin1(base64url::encode(bytes)), encoded);
    QCOMPARE(QString::fromLatin1(base64url::encode(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                                   static_cast<std::size_t>(bytes.size()))),
             encoded);
    SecureBytes secure;
    base64url::encodeTo(secure, reinterpret_cast<const unsigned char*>(bytes.constData()),
                        static_cast<std::size_t>(bytes.size()));
    QCOMPARE(QString::fromLatin1(jwktest::bytes(secure)), encoded);

    const auto decoded = base64url::decode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, bytes);
    const auto secret = base64url::decodeSecret(encoded);
    QVERIFY(secret.has_value());
    QCOMPARE(jwktest::bytes(*secret), bytes);
}

void TestBase64Url::decodeRejects_data()
{
    QTest::addColumn<QString>("text");

    // Padding is never allowed in a JWK member.
    QTest::newRow("padding Zg==") << QStringLiteral("Zg==");
    QTest::newRow("padding Zg=") << QStringLiteral("Zg=");
    QTest::newRow("padding Zm8=") << QStringLiteral("Zm8=");
    QTest::newRow("padding AQAB=") << QStringLiteral("AQAB=");
    QTest::newRow("padding Zm9vYg==") << QStringLiteral("Zm9vYg==");
    QTest::newRow("padding only ==") << QStringLiteral("==");
    // Standard-alphabet characters.
    QTest::newRow("plus") << QStringLiteral("+_8");
    QTest::newRow("slash") << QStringLiteral("-/8");
    QTest::newRow("standard +/8=") << QStringLiteral("+/8=");
    QTest::newRow("standard ////") << QStringLiteral("////");
    // White space anywhere.
    QTest::newRow("leading space") << QStringLiteral(" Zm9v");
    QTest::newRow("trailing space") << QStringLiteral("Zm9v ");
    QTest::newRow("inner space") << QStringLiteral("Zm 9v");
    QTest::newRow("newline") << QStringLiteral("Zm9v\nYmFy");
    QTest::newRow("trailing newline") << QStringLiteral("Zm9v\n");
    QTest::newRow("crlf") << QStringLiteral("Zm9v\r\nYmFy");
    QTest::newRow("tab") << QStringLiteral("Zm9v\tYmFy");
    // A length of 1 mod 4 cannot come from any octet string.
    QTest::newRow("length 1") << QStringLiteral("Z");
    QTest::newRow("length 5") << QStringLiteral("Zm9vY");
    QTest::newRow("length 9") << QStringLiteral("Zm9vYmFyZ");
    // Non-zero unused bits in the last character: not the canonical encoding.
    QTest::newRow("QR (QQ is canonical)") << QStringLiteral("QR");
    QTest::newRow("Zh (Zg is canonical)") << QStringLiteral("Zh");
    QTest::newRow("Zm9 (Zm8 is canonical)") << QStringLiteral("Zm9");
    QTest::newRow("AB (AA is canonical)") << QStringLiteral("AB");
    QTest::newRow("AAB (AAA is canonical)") << QStringLiteral("AAB");
    QTest::newRow("__ (_w is canonical)") << QStringLiteral("__");
    // Non-ASCII and other characters outside the alphabet.
    QTest::newRow("latin-1 e-acute") << QStringLiteral("Zm\u00e9v");
    QTest::newRow("fullwidth Z") << QStringLiteral("\uff3am9v");
    QTest::newRow("non-BMP") << QStringLiteral("Zm\U0001D11E");
    QTest::newRow("char 0x80") << (QStringLiteral("Zm9") + QChar(0x80));
    QTest::newRow("NUL") << (QStringLiteral("Zm9") + QChar(0));
    QTest::newRow("dot") << QStringLiteral("Zm9.");
    QTest::newRow("tilde") << QStringLiteral("Zm9~");
}

void TestBase64Url::decodeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!base64url::decode(text).has_value());
    QVERIFY(!base64url::decodeSecret(text).has_value());
}

void TestBase64Url::decodeStandard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");

    // RFC 4648 §10, with their padding.
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("Zg==") << QStringLiteral("Zg==") << true << QByteArray("f");
    QTest::newRow("Zm8=") << QStringLiteral("Zm8=") << true << QByteArray("fo");
    QTest::newRow("Zm9v") << QStringLiteral("Zm9v") << true << QByteArray("foo");
    QTest::newRow("Zm9vYg==") << QStringLiteral("Zm9vYg==") << true << QByteArray("foob");
    QTest::newRow("Zm9vYmE=") << QStringLiteral("Zm9vYmE=") << true << QByteArray("fooba");
    QTest::newRow("Zm9vYmFy") << QStringLiteral("Zm9vYmFy") << true << QByteArray("foobar");
    QTest::newRow("+/8=") << QStringLiteral("+/8=") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("+/+/") << QStringLiteral("+/+/") << true << QByteArray("\xfb\xff\xbf", 3);
    QTest::newRow("AA==") << QStringLiteral("AA==") << true << QByteArray(1, '\0');

    // Padding is required, and only at the end.
    QTest::newRow("missing padding Zg") << QStringLiteral("Zg") << false << QByteArray();
    QTest::newRow("short padding Zg=") << QStringLiteral("Zg=") << false << QByteArray();
    QTest::newRow("missing padding Zm8") << QStringLiteral("Zm8") << false << QByteArray();
    QTest::newRow("too much padding Zg===") << QStringLiteral("Zg===") << false << QByteArray();
    QTest::newRow("three pads Z===") << QStringLiteral("Z===") << false << QByteArray();
    QTest::newRow("padding only ====") << QStringLiteral("====") << false << QByteArray();
    QTest::newRow("padding inside Zg==Zg==") << QStringLiteral("Zg==Zg==") << false << QByteArray();
    QTest::newRow("padding inside Zm=v") << QStringLiteral("Zm=v") << false << QByteArray();
    QTest::newRow("extra group of pads") << QStringLiteral("Zm9v====") << false << QByteArray();
    // Url alphabet, white space, non-canonical trailing bits, non-ASCII.
    QTest::newRow("url alphabet -_8=") << QStringLiteral("-_8=") << false << QByteArray();
    QTest::newRow("space") << QStringLiteral("Zm9v Zm9v") << false << QByteArray();
    QTest::newRow("newline") << QStringLiteral("Zm9v\nZm9v") << false << QByteArray();
    QTest::newRow("trailing bits Zh==") << QStringLiteral("Zh==") << false << QByteArray();
    QTest::newRow("trailing bits Zm9=") << QStringLiteral("Zm9=") << false << QByteArray();
    QTest::newRow("non-ASCII") << QStringLiteral("Zm\u00e9v") << false << QByteArray();
}

void TestBase64Url::decodeStandard()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const auto decoded = base64url::decodeStandard(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid) {
        QCOMPARE(*decoded, bytes);
    }
}

void TestBase64Url::decodeStandardX5c()
{
    // RFC 7517 Appendix B: x5c is standard base64 with padding ("...IVfOWA=="). Its SHA-1 and SHA-256 are
    // the x5t and x5t#S256 that rfc/expected.json gives for this certificate.
    const auto jwk = jwktest::vectorObject(QStringLiteral("rfc/rfc7517_B_rsa_x5c.json"));
    const QString x5c = jwk.value(QStringLiteral("x5c")).toArray().at(0).toString();
    QVERIFY(x5c.endsWith(QStringLiteral("==")));
    const auto der = base64url::decodeStandard(x5c);
    QVERIFY(der.has_value());
    QCOMPARE(*der, QByteArray::fromBase64(x5c.toLatin1()));
    QCOMPARE(der->size(), 0x342 + 4); // SEQUENCE, long form length 0x0342
    QCOMPARE(der->left(4), QByteArray("\x30\x82\x03\x42", 4));
    QCOMPARE(QString::fromLatin1(base64url::encode(QCryptographicHash::hash(*der, QCryptographicHash::Sha1))),
             QStringLiteral("4pNenEBLv0JpLIdugWxQkOsZcK0"));
    QCOMPARE(QString::fromLatin1(base64url::encode(QCryptographicHash::hash(*der, QCryptographicHash::Sha256))),
             QStringLiteral("pJm2BBpkB8y7tCqrWM0X37WOmQTO8zQw-VpxVgBb21I"));
    // The url-safe form of the same certificate is not an x5c value, nor is the unpadded one.
    QString urlForm = x5c;
    urlForm.replace(u'+', u'-').replace(u'/', u'_');
    QVERIFY(!base64url::decodeStandard(urlForm).has_value());
    QVERIFY(!base64url::decodeStandard(x5c.chopped(2)).has_value());
}

void TestBase64Url::roundTripAgainstQt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        all.append(static_cast<char>(i));
    }
    QTest::newRow("all 256 octets") << all;
    QRandomGenerator rng(7638); // fixed seed: reproducible
    for (int len : {1, 2, 3, 4, 5, 31, 32, 33, 65, 66, 255, 256, 257, 512}) {
        QByteArray random(len, Qt::Uninitialized);
        for (auto& c : random) {
            c = static_cast<char>(rng.bounded(256));
        }
        QTest::addRow("random %d octets", len) << random;
    }
}

void TestBase64Url::roundTripAgainstQt()
{
    QFETCH(QByteArray, bytes);
    const QByteArray encoded = base64url::encode(bytes);
    QCOMPARE(QString::fromLatin1(encoded), jwktest::b64u(bytes));
    QCOMPARE(base64url::decode(QString::fromLatin1(encoded)).value_or(QByteArray("<rejected>")), bytes);
    const QString standard = QString::fromLatin1(bytes.toBase64());
    QCOMPARE(base64url::decodeStandard(standard).value_or(QByteArray("<rejected>")), bytes);
}

// The form Hydra stores encrypted keys in (Go's base64.URLEncoding): the URL alphabet with '=' padding. Encoding
// matches Qt's Base64UrlEncoding byte for byte; decoding takes it padded or unpadded, as the store did with Qt.
void TestBase64Url::urlPaddedAgainstQt_data()
{
    roundTripAgainstQt_data();
}

void TestBase64Url::urlPaddedAgainstQt()
{
    QFETCH(QByteArray, bytes);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const QByteArray padded = base64url::encodeUrlPadded(data, static_cast<std::size_t>(bytes.size()));
    QCOMPARE(padded, bytes.toBase64(QByteArray::Base64UrlEncoding));
    QCOMPARE(padded.size() % 4, 0);
    QCOMPARE(base64url::decodeUrlPadded(padded).value_or(QByteArray("<rejected>")), bytes);
    const QByteArray unpadded = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(base64url::decodeUrlPadded(unpadded).value_or(QByteArray("<rejected>")), bytes);
}

void TestBase64Url::urlPaddedRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("three padding characters") << QByteArray("Z===");
    QTest::newRow("padding in the middle") << QByteArray("Zg==Zm9v");
    QTest::newRow("padding without a full group") << QByteArray("Zg=");
    QTest::newRow("padding only") << QByteArray("====");
    QTest::newRow("standard alphabet +") << QByteArray("+/8=");
    QTest::newRow("space") << QByteArray("Zm9v YmFy");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
    QTest::newRow("non-canonical trailing bits") << QByteArray("Zh==");
    QTest::newRow("byte 0xC3") << QByteArray("Zm9\xc3");
}

void TestBase64Url::urlPaddedRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64url::decodeUrlPadded(text).has_value());
}

// encodeTo appends to what the buffer holds (the JSON writer encodes private members in place).
void TestBase64Url::encodeToAppends()
{
    for (const QByteArray& bytes : {QByteArray(""), QByteArray("f"), QByteArray("fo"), QByteArray("foo"),
                                    QByteArray("foob"), QByteArray(300, '\xff')}) {
        SecureBytes out("{\"d\":\"", 6);
        base64url::encodeTo(out, reinterpret_cast<const unsigned char*>(bytes.constData()),
                            static_cast<std::size_t>(bytes.size()));
        out.append('"');
        QCOMPARE(QByteArray(out.constChars(), static_cast<qsizetype>(out.size())),
                 "{\"d\":\"" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '"');
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
