// Unit tests of JWK <-> EVP_PKEY (jwk::toEvpPkey / jwk::fromEvpPkey): round trips of every asymmetric RFC
// vector and of the JWKs in pem/expected.json, generated keys whose members have leading zero octets, the
// checks a careful implementation makes (point on the curve, private part matching the public part, RSA CRT
// consistency) and RSA private keys given with d alone.

#include "TestUtil.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "keys/OpenSslKey.h"

#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace jwk;
using jwktest::b64u;
using jwktest::edited;
using jwktest::unb64u;

namespace {

QJsonObject rfc(const char* name)
{
    return jwktest::vectorObject(QStringLiteral("rfc/") + QLatin1String(name) + QStringLiteral(".json"));
}

// The JWKs of pem/expected.json (file -> expected_jwk), read in place.
QList<QPair<QString, QJsonObject>> pemVectorJwks()
{
    QList<QPair<QString, QJsonObject>> out;
    const auto entries =
        jwktest::vectorObject(QStringLiteral("pem/expected.json")).value(QStringLiteral("entries")).toArray();
    for (const auto& e : entries) {
        const auto o = e.toObject();
        if (o.value(QStringLiteral("expected_jwk")).isObject()) {
            out.append(
                {o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("expected_jwk")).toObject()});
        }
    }
    return out;
}

QString flipBits(const QString& member, int index, unsigned char mask)
{
    QByteArray b = unb64u(member);
    if (index < 0) {
        index += static_cast<int>(b.size());
    }
    b[index] = static_cast<char>(b[index] ^ mask);
    return b64u(b);
}

QByteArray privateBytes(const JsonWebKey& key, const char* name)
{
    const auto* member = key.privateMember(QString::fromLatin1(name));
    return member ? jwktest::bytes(*member) : QByteArray();
}

QJsonObject parseJsonObject(const SecureBytes& json)
{
    return QJsonDocument::fromJson(jwktest::bytes(json)).object();
}

// 1 when both EVP_PKEYs have the same public key (and, for EVP_PKEY_eq, the same parameters).
int samePublic(const EVP_PKEY* a, const EVP_PKEY* b)
{
    const int r = EVP_PKEY_eq(a, b);
    ERR_clear_error();
    return r;
}

const QStringList kRsaCrt = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("dp"), QStringLiteral("dq"),
                             QStringLiteral("qi")};

} // namespace

class TestOpenSslKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rsaPrivateWithOnlyD_data();
    void rsaPrivateWithOnlyD();
    void generatedKeysWithLeadingZeros_data();
    void generatedKeysWithLeadingZeros();
    void generatedOkpAndRsaKeys_data();
    void generatedOkpAndRsaKeys();
    void rejects_data();
    void rejects();
    void octIsUnsupported();
    void rsaFactorsInEitherOrder();
    void multiPrimeRsaIsRefusedOrConsistent();
    void okpPublicKeyNotOnCurve_data();
    void okpPublicKeyNotOnCurve();
};

// ---------------------------------------------------------------------------------------------------------------

void TestOpenSslKey::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    int rfcRows = 0;
    for (const auto& file : jwktest::rfcKeyFiles()) {
        const auto o = jwktest::vectorObject(file);
        if (o.value(QStringLiteral("kty")).toString() != QStringLiteral("oct")) {
            QTest::newRow(qPrintable(file)) << o;
            ++rfcRows;
        }
    }
    QCOMPARE(rfcRows, 12);
    for (const auto& [file, jwk] : pemVectorJwks()) {
        QTest::newRow(qPrintable(QStringLiteral("pem/") + file)) << jwk;
    }
}

void TestOpenSslKey::roundTrip()
{
    QFETCH(QJsonObject, jwk);
    const auto key = JsonWebKey::fromJson(jwk);

    EvpPkeyPtr pkey;
    const auto error = jwktest::catchJwkError([&] { pkey = toEvpPkey(key); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QVERIFY(pkey);
    QVERIFY(!describeEvpPkey(pkey.get()).isEmpty());

    const auto back = fromEvpPkey(pkey.get());
    QVERIFY(back.sameKeyAs(key));
    QCOMPARE(back.thumbprint(), key.thumbprint());
    QCOMPARE(back.isPrivate(), key.isPrivate());
    QCOMPARE(back.kty(), key.kty());
    QCOMPARE(back.curve(), key.curve());
    for (const auto& name : JsonWebKey::privateMemberNames()) {
        QCOMPARE(privateBytes(back, qPrintable(name)), privateBytes(key, qPrintable(name)));
    }
    // Members as text, too: EC members keep their full field size.
    for (const char* name : {"n", "e", "x", "y", "crv"}) {
        QCOMPARE(back.publicMembers().value(QLatin1String(name)), jwk.value(QLatin1String(name)));
    }

    // Without its private part.
    const auto pub = fromEvpPkey(pkey.get(), false);
    QVERIFY(!pub.isPrivate());
    QVERIFY(pub.sameKeyAs(key.publicKey()));
    QCOMPARE(pub.thumbprint(), key.thumbprint());

    // The public JWK converts to the same public key.
    const EvpPkeyPtr pubPkey = toEvpPkey(key.publicKey());
    QCOMPARE(samePublic(pkey.get(), pubPkey.get()), 1);
    QVERIFY(fromEvpPkey(pubPkey.get()).sameKeyAs(key.publicKey()));
}

// ---------------------------------------------------------------------------------------------------------------

void TestOpenSslKey::rsaPrivateWithOnlyD_data()
{
    QTest::addColumn<QJsonObject>("full");
    QTest::newRow("RFC 7517 A.2") << rfc("rfc7517_A2_rsa_private");
    QTest::newRow("RFC 7517 C.1") << rfc("rfc7517_C1_rsa_private");
    for (const auto& [file, jwk] : pemVectorJwks()) {
        if (jwk.value(QStringLiteral("kty")).toString() == QStringLiteral("RSA") && jwk.contains(QStringLiteral("d")) &&
            (file.contains(QStringLiteral("pkcs8_private")) || file.contains(QStringLiteral("selfsigned")))) {
            QTest::newRow(qPrintable(QStringLiteral("pem/") + file)) << jwk;
        }
    }
}

void TestOpenSslKey::rsaPrivateWithOnlyD()
{
    // RFC 7518 §6.3.2: the CRT members are optional. A key with d alone must convert, stay private and keep its
    // thumbprint; the factors recovered from (n, e, d) are the original p and q.
    QFETCH(QJsonObject, full);
    const QJsonObject dOnly = edited(full, {}, kRsaCrt);
    const auto key = JsonWebKey::fromJson(dOnly);
    QVERIFY(key.isPrivate());

    EvpPkeyPtr pkey;
    const auto error = jwktest::catchJwkError([&] { pkey = toEvpPkey(key); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");

    const auto back = fromEvpPkey(pkey.get());
    QVERIFY(back.isPrivate());
    QCOMPARE(back.thumbprint(), key.thumbprint());
    QCOMPARE(back.thumbprint(), JsonWebKey::fromJson(full).thumbprint());
    QCOMPARE(privateBytes(back, "d"), unb64u(full.value(QStringLiteral("d")).toString()));

    const QByteArray p = unb64u(full.value(QStringLiteral("p")).toString());
    const QByteArray q = unb64u(full.value(QStringLiteral("q")).toString());
    const QByteArray gotP = privateBytes(back, "p");
    const QByteArray gotQ = privateBytes(back, "q");
    QVERIFY2((gotP == p && gotQ == q) || (gotP == q && gotQ == p), "recovered factors differ from p and q");
    if (gotP == p) {
        // Same order as the original: then dp, dq and qi are the original ones too.
        QVERIFY(back.sameKeyAs(JsonWebKey::fromJson(full)));
    }
    // The completed key converts again, and is the same key.
    const EvpPkeyPtr again = toEvpPkey(back);
    QCOMPARE(samePublic(pkey.get(), again.get()), 1);
    QVERIFY(fromEvpPkey(again.get()).sameKeyAs(back));
}

// ---------------------------------------------------------------------------------------------------------------

void TestOpenSslKey::generatedKeysWithLeadingZeros_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("octets");
    QTest::addColumn<QString>("member");
    for (const auto& [curve, octets] : {std::pair{"P-256", 32}, std::pair{"P-384", 48}, std::pair{"P-521", 66}}) {
        for (const char* member : {"x", "y", "d"}) {
            QTest::addRow("%s %s with top octet 0", curve, member)
                << QString::fromLatin1(curve) << octets << QString::fromLatin1(member);
        }
    }
}

void TestOpenSslKey::generatedKeysWithLeadingZeros()
{
    // tests/data/README.md: EC members are padded to the field size even when the top octet is 0. Generate
    // keys until the member has a zero top octet (about 1 in 256 for P-256/384, 1 in 2 for P-521).
    QFETCH(QString, curve);
    QFETCH(int, octets);
    QFETCH(QString, member);

    for (int attempt = 0; attempt < 20000; ++attempt) {
        EvpPkeyPtr pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", qPrintable(curve)));
        QVERIFY(pkey);
        BIGNUM* raw = nullptr;
        const char* param = member == QStringLiteral("x")   ? OSSL_PKEY_PARAM_EC_PUB_X
                            : member == QStringLiteral("y") ? OSSL_PKEY_PARAM_EC_PUB_Y
                                                            : OSSL_PKEY_PARAM_PRIV_KEY;
        QCOMPARE(EVP_PKEY_get_bn_param(pkey.get(), param, &raw), 1);
        const int bytes = BN_num_bytes(raw);
        BN_clear_free(raw);
        if (bytes == octets) {
            continue;
        }

        const auto jwk = fromEvpPkey(pkey.get());
        QCOMPARE(jwk.curve(), curve);
        QVERIFY(jwk.isPrivate());
        QCOMPARE(jwk.publicMember(QStringLiteral("x")).size(), octets);
        QCOMPARE(jwk.publicMember(QStringLiteral("y")).size(), octets);
        QCOMPARE(privateBytes(jwk, "d").size(), octets);
        const QByteArray value = member == QStringLiteral("d") ? privateBytes(jwk, "d") : jwk.publicMember(member);
        QCOMPARE(value.at(0), '\0');

        // Through JSON text and back to OpenSSL: the same key.
        const auto parsed = JsonWebKey::fromJson(jwktest::bytes(jwk.toJson(true)));
        QVERIFY(parsed.sameKeyAs(jwk));
        EvpPkeyPtr again;
        const auto error = jwktest::catchJwkError([&] { again = toEvpPkey(parsed); });
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QCOMPARE(samePublic(pkey.get(), again.get()), 1);
        QVERIFY(fromEvpPkey(again.get()).sameKeyAs(jwk));
        // The same key with the leading zero octet stripped is refused (wrong length).
        QJsonObject stripped = parseJsonObject(jwk.toJson(true));
        stripped.insert(member, b64u(value.mid(1)));
        QVERIFY_THROWS_EXCEPTION(JwkError, JsonWebKey::fromJson(stripped));
        return;
    }
    QFAIL("no key with a zero top octet was generated");
}

void TestOpenSslKey::generatedOkpAndRsaKeys_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("crv");
    QTest::newRow("Ed25519") << QStringLiteral("ED25519") << QStringLiteral("Ed25519");
    QTest::newRow("Ed448") << QStringLiteral("ED448") << QStringLiteral("Ed448");
    QTest::newRow("X25519") << QStringLiteral("X25519") << QStringLiteral("X25519");
    QTest::newRow("X448") << QStringLiteral("X448") << QStringLiteral("X448");
    QTest::newRow("RSA 2048") << QStringLiteral("RSA") << QString();
}

void TestOpenSslKey::generatedOkpAndRsaKeys()
{
    QFETCH(QString, type);
    QFETCH(QString, crv);
    EvpPkeyPtr pkey(type == QStringLiteral("RSA") ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048})
                                                  : EVP_PKEY_Q_keygen(nullptr, nullptr, qPrintable(type)));
    QVERIFY(pkey);
    const auto jwk = fromEvpPkey(pkey.get());
    QVERIFY(jwk.isPrivate());
    QCOMPARE(jwk.curve(), crv);
    if (type == QStringLiteral("RSA")) {
        for (const auto& name : kRsaCrt) {
            QVERIFY2(jwk.privateMember(name), qPrintable(name));
        }
    }
    const auto parsed = JsonWebKey::fromJson(jwktest::bytes(jwk.toJson(true)));
    EvpPkeyPtr again;
    const auto error = jwktest::catchJwkError([&] { again = toEvpPkey(parsed); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(samePublic(pkey.get(), again.get()), 1);
    QVERIFY(fromEvpPkey(again.get()).sameKeyAs(jwk));
}

// ---------------------------------------------------------------------------------------------------------------

void TestOpenSslKey::rejects_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QStringList>("members"); // the message names at least one of them (empty: not checked)

    const auto ecPub = rfc("rfc7517_A1_ec_p256_public");
    const auto ecPriv = rfc("rfc7517_A2_ec_p256_private");
    const auto s3 = rfc("rfc7517_s3_ec_p256_public");
    const auto rsaPub = rfc("rfc7517_A1_rsa_public");
    const auto rsaPriv = rfc("rfc7517_A2_rsa_private");
    const auto c1 = rfc("rfc7517_C1_rsa_private");
    const auto edPriv = rfc("rfc8037_A1_ed25519_private");
    const QStringList xy{QStringLiteral("x"), QStringLiteral("y")};
    const QStringList d{QStringLiteral("d")};
    const QStringList ne{QStringLiteral("n"), QStringLiteral("e")};

    // EC points that are not on the curve: the y of RFC keys with the low bit of the last octet flipped.
    QTest::newRow("EC A.1 public, y last bit flipped")
        << edited(ecPub, {{"y", flipBits(ecPub.value("y").toString(), -1, 0x01)}}) << xy;
    QTest::newRow("EC s3 public, y last bit flipped")
        << edited(s3, {{"y", flipBits(s3.value("y").toString(), -1, 0x01)}}) << xy;
    QTest::newRow("EC A.2 private, y last bit flipped")
        << edited(ecPriv, {{"y", flipBits(ecPriv.value("y").toString(), -1, 0x01)}}) << xy;
    QTest::newRow("EC A.1 public, x last bit flipped")
        << edited(ecPub, {{"x", flipBits(ecPub.value("x").toString(), -1, 0x01)}}) << xy;
    QTest::newRow("EC x, y all zero") << edited(ecPub,
                                                {{"x", b64u(QByteArray(32, '\0'))}, {"y", b64u(QByteArray(32, '\0'))}})
                                      << xy;
    QTest::newRow("EC x = 2^256 - 1 (above the field prime)")
        << edited(ecPub, {{"x", b64u(QByteArray(32, '\xff'))}}) << xy;
    {
        // A P-521 point that is not on the curve, with well-formed 66-octet members.
        QByteArray x(66, '\x01'), y(66, '\x02');
        x[0] = 0;
        y[0] = 0;
        QTest::newRow("P-521 not on the curve")
            << QJsonObject{{"kty", "EC"}, {"crv", "P-521"}, {"x", b64u(x)}, {"y", b64u(y)}} << xy;
    }

    // EC d that does not match x, y: d of RFC 7515 A.3 (the private key of the RFC 7517 §3 public key).
    QTest::newRow("EC A.2 x/y with RFC 7515 A.3 d")
        << edited(ecPriv, {{"d", "jpsQnnGQmL-YBIffH1136cLSG6zY6iP-Q3QvqyOxYek"}}) << d;
    QTest::newRow("EC RFC 7517 s3 x/y with A.2 d") << edited(s3, {{"d", ecPriv.value("d")}}) << d;
    QTest::newRow("EC d last bit flipped")
        << edited(ecPriv, {{"d", flipBits(ecPriv.value("d").toString(), -1, 1)}}) << d;
    QTest::newRow("EC d = 0") << edited(ecPriv, {{"d", b64u(QByteArray(32, '\0'))}}) << d;
    QTest::newRow("EC d = group order")
        << edited(
               ecPriv,
               {{"d", b64u(QByteArray::fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"))}})
        << d;

    // OKP d that does not match x.
    QTest::newRow("Ed25519 d last bit flipped")
        << edited(edPriv, {{"d", flipBits(edPriv.value("d").toString(), -1, 0x01)}}) << d;
    QTest::newRow("Ed25519 d first bit flipped")
        << edited(edPriv, {{"d", flipBits(edPriv.value("d").toString(), 0, 0x01)}}) << d;
    for (const auto& [file, jwk] : pemVectorJwks()) {
        if (file == QStringLiteral("valid/ed25519_pkcs8_private.pem")) {
            QTest::newRow("Ed25519 RFC 8037 x with another key's d") << edited(edPriv, {{"d", jwk.value("d")}}) << d;
        }
        if (file == QStringLiteral("valid/x25519_pkcs8_private.pem")) {
            QTest::newRow("X25519 d last octet bit 0 flipped")
                << edited(jwk, {{"d", flipBits(jwk.value("d").toString(), -1, 0x01)}}) << d;
        }
        if (file == QStringLiteral("valid/ec_p384_pkcs8_private.pem")) {
            QTest::newRow("P-384 y last bit flipped")
                << edited(jwk, {{"y", flipBits(jwk.value("y").toString(), -1, 0x01)}}) << xy;
        }
        if (file == QStringLiteral("valid/ec_p521_pkcs8_private.pem")) {
            QTest::newRow("P-521 d last bit flipped")
                << edited(jwk, {{"d", flipBits(jwk.value("d").toString(), -1, 0x01)}}) << d;
        }
    }

    // RSA private keys with inconsistent parts (each member still well-formed and minimal).
    QTest::newRow("RSA p modified (bit 1 of last octet)")
        << edited(rsaPriv, {{"p", flipBits(rsaPriv.value("p").toString(), -1, 0x02)}}) << QStringList();
    QTest::newRow("RSA q modified") << edited(rsaPriv, {{"q", flipBits(rsaPriv.value("q").toString(), -1, 0x02)}})
                                    << QStringList();
    QTest::newRow("RSA dp modified") << edited(rsaPriv, {{"dp", flipBits(rsaPriv.value("dp").toString(), -1, 0x01)}})
                                     << QStringList();
    QTest::newRow("RSA dq modified") << edited(rsaPriv, {{"dq", flipBits(rsaPriv.value("dq").toString(), -1, 0x01)}})
                                     << QStringList();
    QTest::newRow("RSA qi modified") << edited(rsaPriv, {{"qi", flipBits(rsaPriv.value("qi").toString(), -1, 0x01)}})
                                     << QStringList();
    QTest::newRow("RSA d modified (with CRT)")
        << edited(rsaPriv, {{"d", flipBits(rsaPriv.value("d").toString(), -1, 0x02)}}) << QStringList();
    QTest::newRow("RSA p and q swapped") << edited(rsaPriv, {{"p", rsaPriv.value("q")}, {"q", rsaPriv.value("p")}})
                                         << QStringList();
    QTest::newRow("RSA A.2 private parts with C.1 n") << edited(rsaPriv, {{"n", c1.value("n")}}) << QStringList();
    QTest::newRow("RSA d only, d modified")
        << edited(rsaPriv, {{"d", flipBits(rsaPriv.value("d").toString(), -1, 0x02)}}, kRsaCrt) << d;
    QTest::newRow("RSA d only, d of another key") << edited(rsaPriv, {{"d", c1.value("d")}}, kRsaCrt) << d;

    // RSA public keys that are not valid.
    QTest::newRow("RSA e = 1") << edited(rsaPub, {{"e", "AQ"}}) << ne;
    QTest::newRow("RSA e = 65536 (even)") << edited(rsaPub, {{"e", "AQAA"}}) << ne;
    QTest::newRow("RSA n = 2^2048 - 1 (composite, small factors)")
        << edited(rsaPub, {{"n", b64u(QByteArray(256, '\xff'))}}) << ne;
}

void TestOpenSslKey::rejects()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QStringList, members);

    JsonWebKey key;
    const auto parseError = jwktest::catchJwkError([&] { key = JsonWebKey::fromJson(jwk); });
    QVERIFY2(!parseError,
             parseError ? qPrintable(QStringLiteral("the JWK itself is refused: ") + parseError->message()) : "");

    const auto error = jwktest::catchJwkError([&] { (void)toEvpPkey(key); });
    QVERIFY2(error.has_value(), "accepted by toEvpPkey");
    // The store's admission refuses it too, by its own route for RSA and EC (the numbers, without an EVP_PKEY).
    QVERIFY2(!keyAdmissionProblem(key).isEmpty(), "admitted to the store");
    QCOMPARE(error->kind(), JwkError::Kind::InvalidInput);
    QVERIFY(!error->message().isEmpty());
    if (!members.isEmpty()) {
        bool named = false;
        for (const auto& m : members) {
            named = named || error->message().contains(u'"' + m + u'"');
        }
        QVERIFY2(named, qPrintable(QStringLiteral("message names none of %1: %2")
                                       .arg(members.join(QStringLiteral(", ")), error->message())));
    }
    // No OpenSSL error is left behind for the next operation.
    QCOMPARE(ERR_peek_error(), 0ul);
}

void TestOpenSslKey::octIsUnsupported()
{
    for (const char* name : {"rfc7517_A3_oct_a128kw", "rfc7517_A3_oct_hmac"}) {
        const auto key = JsonWebKey::fromJson(rfc(name));
        const auto error = jwktest::catchJwkError([&] { (void)toEvpPkey(key); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), JwkError::Kind::Unsupported);
    }
}

void TestOpenSslKey::rsaFactorsInEitherOrder()
{
    // RFC 7518 does not order p and q: with p and q (and dp, dq) exchanged and qi = q^-1 mod p recomputed for
    // the new order, the RFC 7517 A.2 key is still the same, consistent key.
    const auto full = rfc("rfc7517_A2_rsa_private");
    const auto bn = [&](const char* name) {
        const QByteArray b = unb64u(full.value(QLatin1String(name)).toString());
        return BnPtr(
            BN_bin2bn(reinterpret_cast<const unsigned char*>(b.constData()), static_cast<int>(b.size()), nullptr));
    };
    const BnPtr p = bn("p"), q = bn("q");
    BnCtxPtr ctx(BN_CTX_new());
    BnPtr inv(BN_mod_inverse(nullptr, p.get(), q.get(), ctx.get())); // the new qi: (new q)^-1 mod (new p)
    QVERIFY(inv);
    QByteArray invBytes(BN_num_bytes(inv.get()), Qt::Uninitialized);
    BN_bn2bin(inv.get(), reinterpret_cast<unsigned char*>(invBytes.data()));
    const QJsonObject swapped = edited(full, {{"p", full.value("q")},
                                              {"q", full.value("p")},
                                              {"dp", full.value("dq")},
                                              {"dq", full.value("dp")},
                                              {"qi", b64u(invBytes)}});
    const auto key = JsonWebKey::fromJson(swapped);
    EvpPkeyPtr pkey;
    const auto error = jwktest::catchJwkError([&] { pkey = toEvpPkey(key); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QVERIFY(fromEvpPkey(pkey.get()).sameKeyAs(key));
    QCOMPARE(samePublic(pkey.get(), toEvpPkey(JsonWebKey::fromJson(full)).get()), 1);
}

void TestOpenSslKey::multiPrimeRsaIsRefusedOrConsistent()
{
    // A JWK cannot hold a multi-prime key without "oth", which the core does not support. fromEvpPkey of a
    // 3-prime RSA key must refuse it (Unsupported), or at least give a JWK that is the same key; it must not
    // write p and q of a modulus that is not p * q.
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    QVERIFY(ctx);
    QCOMPARE(EVP_PKEY_keygen_init(ctx.get()), 1);
    QCOMPARE(EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 2048), 1);
    QCOMPARE(EVP_PKEY_CTX_set_rsa_keygen_primes(ctx.get(), 3), 1);
    EVP_PKEY* raw = nullptr;
    QCOMPARE(EVP_PKEY_generate(ctx.get(), &raw), 1);
    const EvpPkeyPtr pkey(raw);

    JsonWebKey jwk;
    const auto error = jwktest::catchJwkError([&] { jwk = fromEvpPkey(pkey.get()); });
    if (error) {
        QCOMPARE(error->kind(), JwkError::Kind::Unsupported);
        return;
    }
    // Accepted: then the JWK must describe the same, consistent key.
    EvpPkeyPtr back;
    const auto backError = jwktest::catchJwkError([&] { back = toEvpPkey(jwk); });
    QVERIFY2(!backError, qPrintable(QStringLiteral("fromEvpPkey wrote a JWK %1 CRT members that toEvpPkey refuses: %2")
                                        .arg(jwk.privateMember(QStringLiteral("p")) ? QStringLiteral("with")
                                                                                    : QStringLiteral("without"),
                                             backError ? backError->message() : QString())));
    QCOMPARE(samePublic(pkey.get(), back.get()), 1);
}

void TestOpenSslKey::okpPublicKeyNotOnCurve_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    // 32 octets that do not decode to a point of edwards25519 (RFC 8032 §5.1.3): for y = 2, (y^2 - 1) / (d y^2 + 1)
    // has no square root mod 2^255 - 19; y = 2^255 - 19 is not a canonical encoding (y >= p). Checked with
    // python3 when the test was written (Euler's criterion).
    const auto ed = rfc("rfc8037_A2_ed25519_public");
    QTest::newRow("Ed25519 x = y 2 (no square root)")
        << edited(ed, {{"x", "AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
    QTest::newRow("Ed25519 x = y 7 (no square root)")
        << edited(ed, {{"x", "BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
}

void TestOpenSslKey::okpPublicKeyNotOnCurve()
{
    // OpenSslKey.h: toEvpPkey() checks "public points on the curve". An Ed25519 public key that is not a point
    // encoding can never verify anything; a careful implementation refuses it on import.
    QFETCH(QJsonObject, jwk);
    const auto key = JsonWebKey::fromJson(jwk);
    const auto error = jwktest::catchJwkError([&] { (void)toEvpPkey(key); });
    QVERIFY2(error.has_value(), "an Ed25519 public key that is not on the curve was accepted");
    QCOMPARE(error->kind(), JwkError::Kind::InvalidInput);
    QVERIFY(error->message().contains(QStringLiteral("\"x\"")));
}

QTEST_GUILESS_MAIN(TestOpenSslKey)
#include "tst_opensslkey.moc"
