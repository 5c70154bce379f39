// RFC 7638 thumbprints of the RFC keys (rfc/expected.json), of the JWKs in pem/expected.json, and of
// the RFC 7638 key under the other hash functions.

#include "TestUtil.h"
#include "keys/JsonWebKey.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace jwk;

Q_DECLARE_METATYPE(jwk::ThumbprintHash)

class TestThumbprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcVectors_data();
    void rfcVectors();
    void rfc8037A3();
    void otherHashes_data();
    void otherHashes();
    void canonicalInput_data();
    void canonicalInput();
    void metadataDoesNotMatter();
    void pemVectorJwks_data();
    void pemVectorJwks();
};

void TestThumbprint::rfcVectors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // one per key; a JWK Set lists its keys in order
    QTest::addColumn<QStringList>("kty");

    const auto entries = jwktest::rfcExpected();
    QVERIFY(entries.size() >= 17);
    for (const auto& entry : entries) {
        const auto o = entry.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        const auto thumb = o.value(QStringLiteral("expected_thumbprint_sha256"));
        const auto kty = o.value(QStringLiteral("kty"));
        QStringList expected, ktys;
        if (thumb.isArray()) {
            for (const auto& t : thumb.toArray()) {
                expected << t.toString();
            }
            for (const auto& k : kty.toArray()) {
                ktys << k.toString();
            }
        } else {
            expected << thumb.toString();
            ktys << kty.toString();
        }
        QTest::newRow(qPrintable(file)) << file << expected << ktys;
    }
}

void TestThumbprint::rfcVectors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, kty);

    const QByteArray json = jwktest::readVector(file);
    QList<JsonWebKey> keys;
    if (jwktest::vectorDocument(file).object().contains(QStringLiteral("keys"))) {
        const auto set = JsonWebKeySet::fromJson(json);
        QVERIFY(set.warnings().isEmpty());
        keys = set.keys();
    } else {
        keys << JsonWebKey::fromJson(json);
    }
    QCOMPARE(keys.size(), expected.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(keys.at(i).kty(), kty.at(i));
        QCOMPARE(keys.at(i).thumbprint(), expected.at(i));
        QCOMPARE(keys.at(i).thumbprint(ThumbprintHash::Sha256), expected.at(i));
        // The digest of thumbprintInput() is the thumbprint.
        QCOMPARE(jwktest::b64u(QCryptographicHash::hash(keys.at(i).thumbprintInput(), QCryptographicHash::Sha256)),
                 expected.at(i));
        if (keys.at(i).hasPublicForm()) {
            QCOMPARE(keys.at(i).publicKey().thumbprint(), expected.at(i));
        }
    }
}

void TestThumbprint::rfc8037A3()
{
    // RFC 8037 A.3: the thumbprint of the A.2 Ed25519 public key, printed in the RFC as hex
    // 90facafea9b1556698540f70c0117a22ea37bd5cf3ed3c47093c1707282b4b89.
    const auto key = JsonWebKey::fromJson(jwktest::readVector(QStringLiteral("rfc/rfc8037_A2_ed25519_public.json")));
    QCOMPARE(key.thumbprintInput(),
             QByteArray(R"({"crv":"Ed25519","kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})"));
    QCOMPARE(key.thumbprint(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    QCOMPARE(jwktest::unb64u(key.thumbprint()).toHex(),
             QByteArray("90facafea9b1556698540f70c0117a22ea37bd5cf3ed3c47093c1707282b4b89"));
    // The A.1 private key has the same thumbprint.
    const auto priv = JsonWebKey::fromJson(jwktest::readVector(QStringLiteral("rfc/rfc8037_A1_ed25519_private.json")));
    QVERIFY(priv.isPrivate());
    QCOMPARE(priv.thumbprint(), key.thumbprint());
}

void TestThumbprint::otherHashes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<jwk::ThumbprintHash>("hash");
    QTest::addColumn<QString>("expected");

    // Derived independently from the RFC 7638 §3.1 key: with N the "n" member of rfc7638_3_1_rsa_public.json,
    //   IN='{"e":"AQAB","kty":"RSA","n":"'$N'"}'
    //   printf '%s' "$IN" | openssl dgst -sha1 -binary | basenc --base64url | tr -d '=\n'
    // (and -sha256, -sha384, -sha512); python3 hashlib + base64.urlsafe_b64encode gave the same values, and the
    // SHA-256 one is the thumbprint printed in RFC 7638 §3.1. The private JWK (RFC 7517 A.2) hashes its public
    // members only, so it has the same thumbprints.
    const struct
    {
        const char* name;
        ThumbprintHash hash;
        const char* value;
    } hashes[] = {
        {"SHA-1", ThumbprintHash::Sha1, "nMGlFRw9Y5POaSOaIaRBc9P2nfA"},
        {"SHA-256", ThumbprintHash::Sha256, "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"},
        {"SHA-384", ThumbprintHash::Sha384, "R9_OfJjSjaw8Fuum86UzK5ixTdN9bo9BaqPSiseq89DWfmqCdpSgUHus-cxDUNc8"},
        {"SHA-512", ThumbprintHash::Sha512,
         "DpvEwocfn3FjeWWQjcJHzWrpKTIymKwgoL1xVgQcud48-qZDSRCr1zfWZQdHAJn_ciqXqPTSARyg-L-NyNGpVA"},
    };
    for (const char* file :
         {"rfc/rfc7638_3_1_rsa_public.json", "rfc/rfc7517_A1_rsa_public.json", "rfc/rfc7517_A2_rsa_private.json"}) {
        for (const auto& h : hashes) {
            QTest::addRow("%s %s", file, h.name) << QString::fromLatin1(file) << h.hash << QString::fromLatin1(h.value);
        }
    }
}

void TestThumbprint::otherHashes()
{
    QFETCH(QString, file);
    QFETCH(jwk::ThumbprintHash, hash);
    QFETCH(QString, expected);
    const auto key = JsonWebKey::fromJson(jwktest::readVector(file));
    QCOMPARE(key.thumbprint(hash), expected);
    if (key.isPrivate()) {
        QCOMPARE(key.publicKey().thumbprint(hash), expected);
    }
}

void TestThumbprint::canonicalInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("input");

    const QString n =
        jwktest::vectorObject(QStringLiteral("rfc/rfc7638_3_1_rsa_public.json")).value(QStringLiteral("n")).toString();
    // RFC 7638 §3.1 prints this input (line breaks for display only).
    QTest::newRow("RSA 7638") << QStringLiteral("rfc/rfc7638_3_1_rsa_public.json")
                              << (R"({"e":"AQAB","kty":"RSA","n":")" + n.toLatin1() + R"("})");
    QTest::newRow("RSA private A.2") << QStringLiteral("rfc/rfc7517_A2_rsa_private.json")
                                     << (R"({"e":"AQAB","kty":"RSA","n":")" + n.toLatin1() + R"("})");
    QTest::newRow("EC private A.2")
        << QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json")
        << QByteArray(
               R"({"crv":"P-256","kty":"EC","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"})");
    QTest::newRow("X448 A.7")
        << QStringLiteral("rfc/rfc8037_A7_x448_dave_public.json")
        << QByteArray(
               R"({"crv":"X448","kty":"OKP","x":"PreoKbDNIPW8_AtZm2_sz22kYnEHvbDU80W0MCfYuXL8PjT7QjKhPKcG3LV67D2uB73BxnvzNgk"})");
    QTest::newRow("oct A.3") << QStringLiteral("rfc/rfc7517_A3_oct_a128kw.json")
                             << QByteArray(R"({"k":"GawgguFyGrWKav7AX4VKUg","kty":"oct"})");
}

void TestThumbprint::canonicalInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, input);
    QCOMPARE(JsonWebKey::fromJson(jwktest::readVector(file)).thumbprintInput(), input);
}

void TestThumbprint::metadataDoesNotMatter()
{
    // kid, use, alg, key_ops and unknown members never enter the thumbprint.
    auto o = jwktest::vectorObject(QStringLiteral("rfc/rfc7517_A1_ec_p256_public.json"));
    const QString expected = JsonWebKey::fromJson(o).thumbprint();
    o.insert(QStringLiteral("kid"), QStringLiteral("another kid"));
    o.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    o.insert(QStringLiteral("use"), QStringLiteral("sig"));
    o.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
    o.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("a"), 1}});
    QCOMPARE(JsonWebKey::fromJson(o).thumbprint(), expected);
    QCOMPARE(expected, QStringLiteral("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s"));
}

void TestThumbprint::pemVectorJwks_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("expected");
    // pem/expected.json gives, per file, the JWK and its thumbprint (openssl's numbers, checked with python3-jwcrypto).
    const auto entries = jwktest::vectorObject(QStringLiteral("pem/expected.json"));
    int rows = 0;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isArray()) {
            continue;
        }
        for (const auto& e : it.value().toArray()) {
            const auto o = e.toObject();
            if (!o.value(QStringLiteral("expected_jwk")).isObject()) {
                continue;
            }
            const QString file = o.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << o.value(QStringLiteral("expected_jwk")).toObject()
                                            << o.value(QStringLiteral("expected_thumbprint_sha256")).toString();
            QTest::newRow(qPrintable(file + QStringLiteral(" (public)")))
                << o.value(QStringLiteral("expected_public_jwk")).toObject()
                << o.value(QStringLiteral("expected_thumbprint_sha256")).toString();
            ++rows;
        }
    }
    QVERIFY(rows >= 20);
}

void TestThumbprint::pemVectorJwks()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, expected);
    QCOMPARE(JsonWebKey::fromJson(jwk).thumbprint(), expected);
}

QTEST_GUILESS_MAIN(TestThumbprint)
#include "tst_thumbprint.moc"
