// Unit tests of jwk::JsonWebKey and jwk::JsonWebKeySet: parsing the RFC keys, the public form, round trips of
// members the class does not interpret, strict rejections (each naming the member), and JWK Sets.

#include "TestUtil.h"
#include "keys/JsonStrict.h"
#include "keys/JsonWebKey.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"

#include <QtTest>

using namespace jwk;
using jwktest::b64u;
using jwktest::edited;
using jwktest::unb64u;

namespace {

QJsonObject rfc(const char* name)
{
    return jwktest::vectorObject(QStringLiteral("rfc/") + QLatin1String(name) + QStringLiteral(".json"));
}

QJsonObject parseJsonObject(const SecureBytes& json)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(jwktest::bytes(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not a JSON object: %s", qPrintable(error.errorString()));
        return {};
    }
    return doc.object();
}

QString flipLastByte(const QString& member, unsigned char mask)
{
    QByteArray b = unb64u(member);
    b[b.size() - 1] = static_cast<char>(b[b.size() - 1] ^ mask);
    return b64u(b);
}

const QStringList kRsaPrivateNames = {QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                      QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi")};

} // namespace

class TestJsonWebKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRfcKeys_data();
    void parseRfcKeys();
    void publicForm_data();
    void publicForm();
    void octHasNoPublicForm();
    void unknownMembersRoundTrip_data();
    void unknownMembersRoundTrip();
    void acceptsEdgeCases_data();
    void acceptsEdgeCases();
    void rejects_data();
    void rejects();
    void rejectsNonObjects_data();
    void rejectsNonObjects();

    void setDuplicateKids();
    void setSkipsUnsupportedKeys_data();
    void setSkipsUnsupportedKeys();
    void setInvalidKeyNamesIndex_data();
    void setInvalidKeyNamesIndex();
    void setRejectsBadShape_data();
    void setRejectsBadShape();
    void setToJsonPublicNeverHasPrivateMembers_data();
    void setToJsonPublicNeverHasPrivateMembers();
    void setToJsonPublicCanBeReadBack_data();
    void setToJsonPublicCanBeReadBack();
    void setRoundTrip();
    void duplicateMembers_data();
    void duplicateMembers();
};

// ---------------------------------------------------------------------------------------------------------------

void TestJsonWebKey::parseRfcKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("description");

    const auto row = [](const char* file, const char* kty, const char* crv, bool priv, int bits, const char* desc) {
        QTest::newRow(file) << QStringLiteral("rfc/%1.json").arg(QLatin1String(file)) << QString::fromLatin1(kty)
                            << QString::fromLatin1(crv) << priv << bits << QString::fromLatin1(desc);
    };
    row("rfc7517_A1_ec_p256_public", "EC", "P-256", false, 256, "EC P-256");
    row("rfc7517_A1_rsa_public", "RSA", "", false, 2048, "RSA 2048");
    row("rfc7517_A2_ec_p256_private", "EC", "P-256", true, 256, "EC P-256");
    row("rfc7517_A2_rsa_private", "RSA", "", true, 2048, "RSA 2048");
    row("rfc7517_A3_oct_a128kw", "oct", "", true, 128, "oct 128");
    row("rfc7517_A3_oct_hmac", "oct", "", true, 512, "oct 512");
    row("rfc7517_B_rsa_x5c", "RSA", "", false, 2048, "RSA 2048");
    row("rfc7517_C1_rsa_private", "RSA", "", true, 2048, "RSA 2048");
    row("rfc7517_s3_ec_p256_public", "EC", "P-256", false, 256, "EC P-256");
    row("rfc7638_3_1_rsa_public", "RSA", "", false, 2048, "RSA 2048");
    row("rfc8037_A1_ed25519_private", "OKP", "Ed25519", true, 256, "OKP Ed25519");
    row("rfc8037_A2_ed25519_public", "OKP", "Ed25519", false, 256, "OKP Ed25519");
    row("rfc8037_A6_x25519_bob_public", "OKP", "X25519", false, 256, "OKP X25519");
    row("rfc8037_A7_x448_dave_public", "OKP", "X448", false, 448, "OKP X448");
    // Every single-key file of rfc/expected.json is in this table.
    QCOMPARE(jwktest::rfcKeyFiles().size(), 14);
}

void TestJsonWebKey::parseRfcKeys()
{
    QFETCH(QString, file);
    QFETCH(QString, kty);
    QFETCH(QString, crv);
    QFETCH(bool, isPrivate);
    QFETCH(int, bits);
    QFETCH(QString, description);

    QVERIFY(jwktest::rfcKeyFiles().contains(file));

    const QJsonObject original = jwktest::vectorObject(file);
    const auto key = JsonWebKey::fromJson(jwktest::readVector(file));
    QVERIFY(!key.isNull());
    QCOMPARE(key.kty(), kty);
    QCOMPARE(key.curve(), crv);
    QCOMPARE(key.isPrivate(), isPrivate);
    QCOMPARE(key.sizeBits(), bits);
    QCOMPARE(key.typeDescription(), description);
    QCOMPARE(key.kid(), original.value(QStringLiteral("kid")).toString());
    QCOMPARE(key.alg(), original.value(QStringLiteral("alg")).toString());
    QCOMPARE(key.use(), original.value(QStringLiteral("use")).toString());
    QCOMPARE(key.hasPublicForm(), kty != QStringLiteral("oct"));

    // Members are decoded where they belong.
    for (auto it = original.begin(); it != original.end(); ++it) {
        QVERIFY2(key.hasMember(it.key()), qPrintable(it.key()));
        if (JsonWebKey::isPrivateMemberName(it.key())) {
            QVERIFY(key.privateMember(it.key()));
            QCOMPARE(jwktest::bytes(*key.privateMember(it.key())), unb64u(it.value().toString()));
            QVERIFY(!key.publicMembers().contains(it.key()));
        } else if (QStringList{QStringLiteral("n"), QStringLiteral("e"), QStringLiteral("x"), QStringLiteral("y")}
                       .contains(it.key())) {
            QCOMPARE(key.publicMember(it.key()), unb64u(it.value().toString()));
        }
    }
    if (original.contains(QStringLiteral("x5c"))) {
        QCOMPARE(key.certificateChain().size(), original.value(QStringLiteral("x5c")).toArray().size());
    }

    // toJson(true) gives back the file's object, in both formats; parsing it again gives the same key.
    for (auto format : {JsonFormat::Indented, JsonFormat::Compact}) {
        const SecureBytes json = key.toJson(true, format);
        QCOMPARE(parseJsonObject(json), original);
        const auto again = JsonWebKey::fromJson(jwktest::bytes(json));
        QVERIFY(again.sameKeyAs(key));
        QCOMPARE(again.thumbprint(), key.thumbprint());
    }
    {
        // Compact output has no white space between members, and kty comes first.
        const QByteArray compact = jwktest::bytes(key.toJson(true, JsonFormat::Compact));
        QVERIFY(!compact.contains('\n'));
        QVERIFY(compact.startsWith("{\"kty\":"));
    }
}

void TestJsonWebKey::publicForm_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& file : jwktest::rfcKeyFiles()) {
        if (jwktest::vectorObject(file).value(QStringLiteral("kty")).toString() != QStringLiteral("oct")) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
}

void TestJsonWebKey::publicForm()
{
    QFETCH(QString, file);
    const QJsonObject original = jwktest::vectorObject(file);
    const auto key = JsonWebKey::fromJson(original);
    const auto pub = key.publicKey();
    QVERIFY(!pub.isPrivate());
    QCOMPARE(pub.kty(), key.kty());
    QCOMPARE(pub.thumbprint(), key.thumbprint());
    for (const auto& name : JsonWebKey::privateMemberNames()) {
        QVERIFY2(!pub.hasMember(name), qPrintable(name));
        QVERIFY2(!pub.privateMember(name), qPrintable(name));
    }

    QJsonObject expected = original;
    for (const auto& name : kRsaPrivateNames) {
        expected.remove(name);
    }
    // publicKey() keeps the metadata (kid, use, alg, x5c) and drops d p q dp dq qi.
    QCOMPARE(parseJsonObject(pub.toJson(true)), expected);
    QCOMPARE(parseJsonObject(pub.toJson(false)), expected);
    QCOMPARE(parseJsonObject(key.toJson(false)), expected);
    QCOMPARE(pub.publicMembers(), expected);
    for (const auto& name : kRsaPrivateNames) {
        const QByteArray quoted = '"' + name.toLatin1() + '"';
        QVERIFY(!jwktest::bytes(pub.toJson(true)).contains(quoted));
        QVERIFY(!jwktest::bytes(key.toJson(false)).contains(quoted));
        QVERIFY(!jwktest::bytes(key.toJson(false, JsonFormat::Compact)).contains(quoted));
    }
    // The public form is a valid JWK on its own.
    QVERIFY(JsonWebKey::fromJson(jwktest::bytes(pub.toJson(false))).sameKeyAs(pub));
}

void TestJsonWebKey::octHasNoPublicForm()
{
    for (const char* name : {"rfc7517_A3_oct_a128kw", "rfc7517_A3_oct_hmac"}) {
        const auto key = JsonWebKey::fromJson(rfc(name));
        QVERIFY(!key.hasPublicForm());
        QVERIFY_THROWS_EXCEPTION(JwkError, key.publicKey());
        // k is secret: it is written only when asked for.
        QVERIFY(!jwktest::bytes(key.toJson(false)).contains("\"k\""));
        QVERIFY(jwktest::bytes(key.toJson(true)).contains("\"k\""));
    }
}

// ---------------------------------------------------------------------------------------------------------------

void TestJsonWebKey::unknownMembersRoundTrip_data()
{
    QTest::addColumn<QJsonObject>("jwk");

    const QJsonObject extras{
        {QStringLiteral("x5u"), QStringLiteral("https://example.com/keys/2011-04-29.pem")},
        {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("sign"), QStringLiteral("verify")}},
        {QStringLiteral("exp"), 1735689600},
        {QStringLiteral("nbf"), 1.5},
        {QStringLiteral("neg"), -0.25},
        {QStringLiteral("flag"), true},
        {QStringLiteral("nothing"), QJsonValue::Null},
        {QStringLiteral("custom"),
         QJsonObject{
             {QStringLiteral("nested"),
              QJsonObject{{QStringLiteral("a"), QJsonArray{1, QJsonArray{2, QJsonArray{3, QStringLiteral("x")}},
                                                           QJsonObject{{QStringLiteral("b"), QJsonValue::Null}}}},
                          {QStringLiteral("empty"), QJsonObject{}}}},
             {QStringLiteral("text"), QStringLiteral("quote \" backslash \\ tab \t nl \n é → 𝄞 \u0001")}}},
        {QStringLiteral("matrix"), QJsonArray{QJsonArray{1, 2}, QJsonArray{3, QJsonArray{4, QJsonArray{}}}}},
        {QStringLiteral("emptyArray"), QJsonArray{}},
        {QStringLiteral("zz_last"), QStringLiteral("sorted after everything")},
    };
    // Each extra on its own, on an RSA private key.
    const auto rsa = rfc("rfc7517_A2_rsa_private");
    for (auto it = extras.begin(); it != extras.end(); ++it) {
        QTest::addRow("RSA private + %s", qPrintable(it.key())) << edited(rsa, {{it.key(), it.value()}});
    }
    // All of them together on each kind of key.
    QTest::newRow("RSA private + all") << edited(rsa, extras);
    QTest::newRow("EC private + all") << edited(rfc("rfc7517_A2_ec_p256_private"), extras);
    QTest::newRow("OKP private + all") << edited(rfc("rfc8037_A1_ed25519_private"), extras);
    QTest::newRow("oct + all") << edited(rfc("rfc7517_A3_oct_hmac"), extras);
    QTest::newRow("RSA x5c + all") << edited(rfc("rfc7517_B_rsa_x5c"), extras);
}

void TestJsonWebKey::unknownMembersRoundTrip()
{
    QFETCH(QJsonObject, jwk);
    const auto key = JsonWebKey::fromJson(jwk);
    for (auto format : {JsonFormat::Indented, JsonFormat::Compact}) {
        const SecureBytes json = key.toJson(true, format);
        QCOMPARE(parseJsonObject(json), jwk);
        const auto again = JsonWebKey::fromJson(jwktest::bytes(json));
        QVERIFY(again.sameKeyAs(key));
        // Serialising is stable: the second trip gives the same bytes.
        QCOMPARE(jwktest::bytes(again.toJson(true, format)), jwktest::bytes(json));
        QCOMPARE(parseJsonObject(again.toJson(true, format)), jwk);
    }
    if (key.hasPublicForm()) {
        QJsonObject expected = jwk;
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            expected.remove(name);
        }
        // The public form keeps only the key_ops a public key can do: "sign" goes, "verify" stays.
        if (expected.contains(QStringLiteral("key_ops"))) {
            expected.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
        }
        QCOMPARE(parseJsonObject(key.publicKey().toJson(true)), expected);
    }
    const QStringList expectedOps = jwk.contains(QStringLiteral("key_ops"))
                                        ? QStringList{QStringLiteral("sign"), QStringLiteral("verify")}
                                        : QStringList{};
    QCOMPARE(key.keyOps(), expectedOps);
}

// ---------------------------------------------------------------------------------------------------------------

void TestJsonWebKey::acceptsEdgeCases_data()
{
    QTest::addColumn<QJsonObject>("jwk");

    const auto ecPub = rfc("rfc7517_A1_ec_p256_public");
    // P-521 members are 66 octets even when the top octet is zero (tests/data/README.md); the parser does not
    // check curve membership, only the length.
    QByteArray x521(66, '\x11'), y521(66, '\x22');
    x521[0] = 0;
    y521[0] = 0;
    QTest::newRow("P-521 66-octet x, y with top octet 0")
        << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("crv"), QStringLiteral("P-521")},
                       {QStringLiteral("x"), b64u(x521)},
                       {QStringLiteral("y"), b64u(y521)}};
    QTest::newRow("P-384 48 octets") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                                    {QStringLiteral("crv"), QStringLiteral("P-384")},
                                                    {QStringLiteral("x"), b64u(QByteArray(48, '\x01'))},
                                                    {QStringLiteral("y"), b64u(QByteArray(48, '\x02'))}};
    QTest::newRow("Ed448 57 octets") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                                                    {QStringLiteral("crv"), QStringLiteral("Ed448")},
                                                    {QStringLiteral("x"), b64u(QByteArray(57, '\x01'))}};
    // EC x with a top octet of zero is still 32 octets, as RFC 7518 §6.2.1.2 requires.
    QByteArray x = unb64u(ecPub.value(QStringLiteral("x")).toString());
    x[0] = 0;
    QTest::newRow("P-256 x with top octet 0") << edited(ecPub, {{QStringLiteral("x"), b64u(x)}});
    // A single zero octet is the minimal encoding of zero ("AA").
    QTest::newRow("key_ops empty") << edited(ecPub, {{QStringLiteral("key_ops"), QJsonArray{}}});
    QTest::newRow("RSA private d only") << edited(rfc("rfc7517_A2_rsa_private"), {}, {"p", "q", "dp", "dq", "qi"});
    QTest::newRow("x5t and x5t#S256 of the right length")
        << edited(rfc("rfc7517_B_rsa_x5c"),
                  {{QStringLiteral("x5t"), QStringLiteral("4pNenEBLv0JpLIdugWxQkOsZcK0")},
                   {QStringLiteral("x5t#S256"), QStringLiteral("pJm2BBpkB8y7tCqrWM0X37WOmQTO8zQw-VpxVgBb21I")}});
}

void TestJsonWebKey::acceptsEdgeCases()
{
    QFETCH(QJsonObject, jwk);
    const auto error = jwktest::catchJwkError([&] { (void)JsonWebKey::fromJson(jwk); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(parseJsonObject(JsonWebKey::fromJson(jwk).toJson(true)), jwk);
}

// ---------------------------------------------------------------------------------------------------------------

void TestJsonWebKey::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("kind");

    const int invalid = static_cast<int>(JwkError::Kind::InvalidInput);
    const int unsupported = static_cast<int>(JwkError::Kind::Unsupported);
    const auto row = [](const char* name, const QJsonObject& o, const char* member, int kind) {
        QTest::newRow(name) << jwktest::compact(o) << QString::fromUtf8(member) << kind;
    };

    const auto rsaPub = rfc("rfc7517_A1_rsa_public");
    const auto rsaPriv = rfc("rfc7517_A2_rsa_private");
    const auto ecPub = rfc("rfc7517_A1_ec_p256_public");
    const auto ecPriv = rfc("rfc7517_A2_ec_p256_private");
    const auto edPub = rfc("rfc8037_A2_ed25519_public");
    const auto edPriv = rfc("rfc8037_A1_ed25519_private");
    const auto x448 = rfc("rfc8037_A7_x448_dave_public");
    const auto oct = rfc("rfc7517_A3_oct_a128kw");
    const auto x5cKey = rfc("rfc7517_B_rsa_x5c");
    const QString n = rsaPub.value(QStringLiteral("n")).toString();
    const QByteArray nBytes = unb64u(n);
    const QString ecX = ecPub.value(QStringLiteral("x")).toString();
    const QString ecY = ecPub.value(QStringLiteral("y")).toString();
    const QString edX = edPub.value(QStringLiteral("x")).toString();
    const QString x5c0 = x5cKey.value(QStringLiteral("x5c")).toArray().at(0).toString();

    // kty
    row("missing kty", edited(rsaPub, {}, {"kty"}), "kty", invalid);
    row("kty empty", edited(rsaPub, {{"kty", ""}}), "kty", invalid);
    row("kty number", edited(rsaPub, {{"kty", 1}}), "kty", invalid);
    row("kty null", edited(rsaPub, {{"kty", QJsonValue::Null}}), "kty", invalid);
    row("unknown kty FOO", edited(rsaPub, {{"kty", "FOO"}}), "kty", unsupported);
    row("unknown kty rsa (case)", edited(rsaPub, {{"kty", "rsa"}}), "kty", unsupported);
    row("unknown kty OCT (case)", edited(oct, {{"kty", "OCT"}}), "kty", unsupported);

    // Missing required members.
    row("RSA missing n", edited(rsaPub, {}, {"n"}), "n", invalid);
    row("RSA missing e", edited(rsaPub, {}, {"e"}), "e", invalid);
    row("EC missing x", edited(ecPub, {}, {"x"}), "x", invalid);
    row("EC missing y", edited(ecPub, {}, {"y"}), "y", invalid);
    row("EC missing crv", edited(ecPub, {}, {"crv"}), "crv", invalid);
    row("OKP missing x", edited(edPub, {}, {"x"}), "x", invalid);
    row("OKP missing crv", edited(edPub, {}, {"crv"}), "crv", invalid);
    row("oct missing k", edited(oct, {}, {"k"}), "k", invalid);
    row("RSA empty n", edited(rsaPub, {{"n", ""}}), "n", invalid);
    row("EC empty x", edited(ecPub, {{"x", ""}}), "x", invalid);
    row("oct empty k", edited(oct, {{"k", ""}}), "k", invalid);

    // Curves.
    row("EC unknown crv P-192", edited(ecPub, {{"crv", "P-192"}}), "crv", unsupported);
    row("EC crv secp256k1", edited(ecPub, {{"crv", "secp256k1"}}), "crv", unsupported);
    row("EC crv Ed25519", edited(ecPub, {{"crv", "Ed25519"}}), "crv", unsupported);
    row("OKP crv P-256", edited(edPub, {{"crv", "P-256"}}), "crv", unsupported);
    row("OKP crv ed25519 (case)", edited(edPub, {{"crv", "ed25519"}}), "crv", unsupported);

    // Padding, wrong alphabet, white space, trailing bits, non-ASCII.
    row("e padded AQAB=", edited(rsaPub, {{"e", "AQAB="}}), "e", invalid);
    row("n padded ==", edited(rsaPub, {{"n", n + "=="}}), "n", invalid);
    row("EC x padded =", edited(ecPub, {{"x", ecX + "="}}), "x", invalid);
    row("EC d padded =", edited(ecPriv, {{"d", ecPriv.value("d").toString() + "="}}), "d", invalid);
    row("oct k padded ==", edited(oct, {{"k", oct.value("k").toString() + "=="}}), "k", invalid);
    row("OKP x padded =", edited(edPub, {{"x", edX + "="}}), "x", invalid);
    row("n with +", edited(rsaPub, {{"n", QString(n).replace('-', '+')}}), "n", invalid);
    row("n with /", edited(rsaPub, {{"n", QString(n).replace('_', '/')}}), "n", invalid);
    row("RSA d with +", edited(rsaPriv, {{"d", rsaPriv.value("d").toString().replace('-', '+')}}), "d", invalid);
    row("RSA qi with /", edited(rsaPriv, {{"qi", rsaPriv.value("qi").toString().replace('_', '/')}}), "qi", invalid);
    const auto s3 = rfc("rfc7517_s3_ec_p256_public");        // its y has '_'
    const auto x25519 = rfc("rfc8037_A6_x25519_bob_public"); // its x has '-'
    QVERIFY(s3.value("y").toString().contains('_') && x25519.value("x").toString().contains('-'));
    row("EC y with /", edited(s3, {{"y", s3.value("y").toString().replace('_', '/')}}), "y", invalid);
    row("OKP x with +", edited(x25519, {{"x", x25519.value("x").toString().replace('-', '+')}}), "x", invalid);
    row("n with space", edited(rsaPub, {{"n", n.left(100) + ' ' + n.mid(100)}}), "n", invalid);
    row("n with newline", edited(rsaPub, {{"n", n.left(64) + '\n' + n.mid(64)}}), "n", invalid);
    row("x with trailing space", edited(ecPub, {{"x", ecX + ' '}}), "x", invalid);
    row("x non-zero trailing bits", edited(ecPub, {{"x", ecX.chopped(1) + '5'}}), "x", invalid);
    row("x non-ASCII", edited(ecPub, {{"x", ecX.chopped(1) + QChar(0xe9)}}), "x", invalid);
    row("n length 1 mod 4", edited(rsaPub, {{"n", n + 'A'}}), "n", invalid);

    // Lengths of EC and OKP members.
    row("P-256 x 31 octets", edited(ecPub, {{"x", b64u(unb64u(ecX).mid(1))}}), "x", invalid);
    row("P-256 x 33 octets (leading zero)", edited(ecPub, {{"x", b64u('\0' + unb64u(ecX))}}), "x", invalid);
    row("P-256 y 31 octets", edited(ecPub, {{"y", b64u(unb64u(ecY).mid(1))}}), "y", invalid);
    row("P-256 d 31 octets", edited(ecPriv, {{"d", b64u(unb64u(ecPriv.value("d").toString()).mid(1))}}), "d", invalid);
    row("P-256 d 33 octets", edited(ecPriv, {{"d", b64u('\0' + unb64u(ecPriv.value("d").toString()))}}), "d", invalid);
    const QJsonObject p521{
        {"kty", "EC"}, {"crv", "P-521"}, {"x", b64u(QByteArray(66, '\x01'))}, {"y", b64u(QByteArray(66, '\x01'))}};
    row("P-521 x 65 octets", edited(p521, {{"x", b64u(QByteArray(65, '\x01'))}}), "x", invalid);
    row("P-521 y 65 octets", edited(p521, {{"y", b64u(QByteArray(65, '\x01'))}}), "y", invalid);
    row("P-521 x 67 octets", edited(p521, {{"x", b64u(QByteArray(67, '\x01'))}}), "x", invalid);
    row("P-521 d 65 octets", edited(p521, {{"d", b64u(QByteArray(65, '\x01'))}}), "d", invalid);
    row("P-384 x 32 octets",
        edited(p521, {{"crv", "P-384"}, {"x", b64u(QByteArray(32, '\x01'))}, {"y", b64u(QByteArray(48, '\x01'))}}), "x",
        invalid);
    row("Ed25519 x 31 octets", edited(edPub, {{"x", b64u(unb64u(edX).mid(1))}}), "x", invalid);
    row("Ed25519 x 33 octets", edited(edPub, {{"x", b64u(unb64u(edX) + '\0')}}), "x", invalid);
    row("Ed25519 d 31 octets", edited(edPriv, {{"d", b64u(unb64u(edPriv.value("d").toString()).mid(1))}}), "d",
        invalid);
    row("X448 x 57 octets", edited(x448, {{"x", b64u(QByteArray(57, '\x01'))}}), "x", invalid);
    row("Ed448 x 56 octets", edited(x448, {{"crv", "Ed448"}, {"x", b64u(QByteArray(56, '\x01'))}}), "x", invalid);
    row("X25519 x 56 octets", edited(x448, {{"crv", "X25519"}}), "x", invalid);

    // RSA integers.
    row("RSA n leading zero octet", edited(rsaPub, {{"n", b64u('\0' + nBytes)}}), "n", invalid);
    row("RSA e leading zero octet", edited(rsaPub, {{"e", "AAEAAQ"}}), "e", invalid);
    row("RSA d leading zero octet", edited(rsaPriv, {{"d", b64u('\0' + unb64u(rsaPriv.value("d").toString()))}}), "d",
        invalid);
    row("RSA p leading zero octet", edited(rsaPriv, {{"p", b64u('\0' + unb64u(rsaPriv.value("p").toString()))}}), "p",
        invalid);
    row("RSA even modulus", edited(rsaPub, {{"n", flipLastByte(n, 0x01)}}), "n", invalid);

    // Wrong JSON types.
    row("n number", edited(rsaPub, {{"n", 12345}}), "n", invalid);
    row("e number", edited(rsaPub, {{"e", 65537}}), "e", invalid);
    row("n array", edited(rsaPub, {{"n", QJsonArray{n}}}), "n", invalid);
    row("x object", edited(ecPub, {{"x", QJsonObject{}}}), "x", invalid);
    row("crv number", edited(ecPub, {{"crv", 256}}), "crv", invalid);
    row("RSA d number", edited(rsaPriv, {{"d", 1}}), "d", invalid);
    row("EC d null", edited(ecPriv, {{"d", QJsonValue::Null}}), "d", invalid);
    row("oct k bool", edited(oct, {{"k", true}}), "k", invalid);
    row("kid number", edited(rsaPub, {{"kid", 2011}}), "kid", invalid);
    row("kid null", edited(rsaPub, {{"kid", QJsonValue::Null}}), "kid", invalid);
    row("alg array", edited(rsaPub, {{"alg", QJsonArray{"RS256"}}}), "alg", invalid);
    row("use object", edited(rsaPub, {{"use", QJsonObject{}}}), "use", invalid);
    row("x5u number", edited(rsaPub, {{"x5u", 1}}), "x5u", invalid);
    row("key_ops string", edited(rsaPub, {{"key_ops", "sign"}}), "key_ops", invalid);
    row("key_ops object", edited(rsaPub, {{"key_ops", QJsonObject{}}}), "key_ops", invalid);
    row("key_ops with a number", edited(rsaPub, {{"key_ops", QJsonArray{"verify", 1}}}), "key_ops", invalid);
    row("key_ops with duplicates", edited(rsaPub, {{"key_ops", QJsonArray{"verify", "sign", "verify"}}}), "key_ops",
        invalid);

    // Members that belong to another kty.
    row("EC with p (CRT member)", edited(ecPriv, {{"p", rsaPriv.value("p")}}), "p", invalid);
    row("EC with dp (CRT member)", edited(ecPriv, {{"dp", rsaPriv.value("dp")}}), "dp", invalid);
    row("EC with p q dp dq qi",
        edited(ecPriv, {{"p", rsaPriv.value("p")},
                        {"q", rsaPriv.value("q")},
                        {"dp", rsaPriv.value("dp")},
                        {"dq", rsaPriv.value("dq")},
                        {"qi", rsaPriv.value("qi")}}),
        "dp", invalid); // the first refused in the order the member names sort
    row("EC with n", edited(ecPub, {{"n", n}}), "n", invalid);
    row("EC with k", edited(ecPub, {{"k", oct.value("k")}}), "k", invalid);
    row("OKP with y", edited(edPub, {{"y", ecY}}), "y", invalid);
    row("OKP with e", edited(edPub, {{"e", "AQAB"}}), "e", invalid);
    row("OKP with q", edited(edPriv, {{"q", rsaPriv.value("q")}}), "q", invalid);
    row("RSA with k", edited(rsaPriv, {{"k", oct.value("k")}}), "k", invalid);
    row("RSA public with k", edited(rsaPub, {{"k", oct.value("k")}}), "k", invalid);
    row("RSA with x", edited(rsaPub, {{"x", ecX}}), "x", invalid);
    row("RSA with crv", edited(rsaPub, {{"crv", "P-256"}}), "crv", invalid);
    row("oct with n", edited(oct, {{"n", n}}), "n", invalid);
    row("oct with d", edited(oct, {{"d", ecPriv.value("d")}}), "d", invalid);
    row("oct with x5c", edited(oct, {{"x5c", QJsonArray{x5c0}}}), "x5c", invalid);

    // RSA private members: all of p q dp dq qi or none (RFC 7518 §6.3.2), and d always.
    row("RSA private without qi", edited(rsaPriv, {}, {"qi"}), "qi", invalid);
    row("RSA private without dp", edited(rsaPriv, {}, {"dp"}), "dp", invalid);
    row("RSA private d + p only", edited(rsaPriv, {}, {"q", "dp", "dq", "qi"}), "q", invalid);
    row("RSA private d + p q only", edited(rsaPriv, {}, {"dp", "dq", "qi"}), "dp", invalid);
    row("RSA private CRT without d", edited(rsaPriv, {}, {"d"}), "d", invalid);
    row("RSA private p only", edited(rsaPriv, {}, {"d", "q", "dp", "dq", "qi"}), "d", invalid);
    row("RSA oth (multi-prime)",
        edited(rsaPriv, {{"oth", QJsonArray{QJsonObject{{"r", "AQAB"}, {"d", "AQAB"}, {"t", "AQAB"}}}}}), "oth",
        unsupported);

    // X.509 members.
    row("x5t 32 octets", edited(x5cKey, {{"x5t", "pJm2BBpkB8y7tCqrWM0X37WOmQTO8zQw-VpxVgBb21I"}}), "x5t", invalid);
    row("x5t 19 octets", edited(x5cKey, {{"x5t", b64u(QByteArray(19, 'a'))}}), "x5t", invalid);
    row("x5t padded", edited(x5cKey, {{"x5t", "4pNenEBLv0JpLIdugWxQkOsZcK0="}}), "x5t", invalid);
    row("x5t number", edited(x5cKey, {{"x5t", 1}}), "x5t", invalid);
    row("x5t#S256 20 octets", edited(x5cKey, {{"x5t#S256", "4pNenEBLv0JpLIdugWxQkOsZcK0"}}), "x5t#S256", invalid);
    row("x5c string", edited(x5cKey, {{"x5c", x5c0}}), "x5c", invalid);
    row("x5c empty", edited(x5cKey, {{"x5c", QJsonArray{}}}), "x5c", invalid);
    row("x5c url alphabet", edited(x5cKey, {{"x5c", QJsonArray{QString(x5c0).replace('+', '-').replace('/', '_')}}}),
        "x5c", invalid);
    row("x5c unpadded", edited(x5cKey, {{"x5c", QJsonArray{x5c0.chopped(2)}}}), "x5c", invalid);
    row("x5c number entry", edited(x5cKey, {{"x5c", QJsonArray{x5c0, 1}}}), "x5c", invalid);
}

void TestJsonWebKey::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);
    QFETCH(int, kind);

    const auto error = jwktest::catchJwkError([&] { (void)JsonWebKey::fromJson(json); });
    QVERIFY2(error.has_value(), "accepted");
    const QString quoted = u'"' + member + u'"';
    QVERIFY2(error->message().contains(quoted),
             qPrintable(QStringLiteral("message does not name %1: %2").arg(quoted, error->message())));
    QCOMPARE(static_cast<int>(error->kind()), kind);
    QCOMPARE(QString::fromUtf8(error->what()), error->message());
    // The same from a QJsonObject.
    const auto again =
        jwktest::catchJwkError([&] { (void)JsonWebKey::fromJson(QJsonDocument::fromJson(json).object()); });
    QVERIFY(again.has_value());
    QCOMPARE(again->message(), error->message());
}

void TestJsonWebKey::rejectsNonObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("kty=RSA");
    QTest::newRow("truncated") << QByteArray("{\"kty\":\"RSA\"");
    QTest::newRow("array") << QByteArray("[{\"kty\":\"oct\",\"k\":\"AA\"}]");
    QTest::newRow("string") << QByteArray("\"oct\"");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestJsonWebKey::rejectsNonObjects()
{
    QFETCH(QByteArray, json);
    QVERIFY_THROWS_EXCEPTION(JwkError, JsonWebKey::fromJson(json));
}

// ---------------------------------------------------------------------------------------------------------------

void TestJsonWebKey::setDuplicateKids()
{
    QJsonArray keys{
        edited(rfc("rfc7517_A1_ec_p256_public"), {{"kid", "a"}}),
        edited(rfc("rfc7517_A1_rsa_public"), {{"kid", "b"}}),
        edited(rfc("rfc8037_A2_ed25519_public"), {{"kid", "a"}}),
        edited(rfc("rfc7517_A3_oct_a128kw"), {{"kid", "c"}}),
        edited(rfc("rfc7517_A3_oct_hmac"), {{"kid", "a"}}),
        edited(rfc("rfc8037_A6_x25519_bob_public"), {{"kid", "c"}}),
        edited(rfc("rfc8037_A7_x448_dave_public"), {}, {"kid"}),
        edited(rfc("rfc7517_s3_ec_p256_public"), {}, {"kid"}),
    };
    const auto set = JsonWebKeySet::fromJson(QJsonObject{{"keys", keys}});
    QCOMPARE(set.size(), 8);
    QCOMPARE(set.duplicateKids(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    const QStringList warnings = set.warnings();
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).contains(QStringLiteral("\"a\"")));
    QVERIFY(warnings.at(1).contains(QStringLiteral("\"c\"")));

    const auto unique = JsonWebKeySet::fromJson(jwktest::readVector(QStringLiteral("rfc/rfc7517_A1_public_jwks.json")));
    QVERIFY(unique.duplicateKids().isEmpty());
    QVERIFY(unique.warnings().isEmpty());
}

void TestJsonWebKey::setSkipsUnsupportedKeys_data()
{
    QTest::addColumn<QJsonObject>("skipped");
    QTest::newRow("kty FOO") << QJsonObject{{"kty", "FOO"}, {"kid", "future"}};
    QTest::newRow("kty rsa (case)") << edited(rfc("rfc7517_A1_rsa_public"), {{"kty", "rsa"}});
    QTest::newRow("EC crv secp256k1") << edited(rfc("rfc7517_A1_ec_p256_public"), {{"crv", "secp256k1"}});
    QTest::newRow("OKP crv Ed25518") << edited(rfc("rfc8037_A2_ed25519_public"), {{"crv", "Ed25518"}});
}

void TestJsonWebKey::setSkipsUnsupportedKeys()
{
    QFETCH(QJsonObject, skipped);
    const QJsonArray keys{rfc("rfc7517_A1_rsa_public"), skipped, rfc("rfc7517_A1_ec_p256_public")};
    JsonWebKeySet set;
    const auto error = jwktest::catchJwkError([&] { set = JsonWebKeySet::fromJson(QJsonObject{{"keys", keys}}); });
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.keys().at(0).kty(), QStringLiteral("RSA"));
    QCOMPARE(set.keys().at(1).kty(), QStringLiteral("EC"));
    const QStringList warnings = set.warnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).startsWith(QStringLiteral("keys[1]")), qPrintable(warnings.at(0)));
}

void TestJsonWebKey::setInvalidKeyNamesIndex_data()
{
    QTest::addColumn<QJsonArray>("keys");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("member");

    const auto rsa = rfc("rfc7517_A1_rsa_public");
    const auto ec = rfc("rfc7517_A1_ec_p256_public");
    QTest::newRow("keys[0] n padded") << QJsonArray{edited(rsa, {{"n", rsa.value("n").toString() + "=="}}), ec}
                                      << QStringLiteral("keys[0]") << QStringLiteral("n");
    QTest::newRow("keys[1] missing y") << QJsonArray{rsa, edited(ec, {}, {"y"}), ec} << QStringLiteral("keys[1]")
                                       << QStringLiteral("y");
    QTest::newRow("keys[2] key_ops duplicates")
        << QJsonArray{rsa, ec, edited(ec, {{"key_ops", QJsonArray{"verify", "verify"}}})} << QStringLiteral("keys[2]")
        << QStringLiteral("key_ops");
    QTest::newRow("keys[2] missing kty") << QJsonArray{rsa, ec, edited(ec, {}, {"kty"})} << QStringLiteral("keys[2]")
                                         << QStringLiteral("kty");
    QTest::newRow("keys[1] not an object")
        << QJsonArray{rsa, QStringLiteral("a string"), ec} << QStringLiteral("keys[1]") << QString();
}

void TestJsonWebKey::setInvalidKeyNamesIndex()
{
    QFETCH(QJsonArray, keys);
    QFETCH(QString, prefix);
    QFETCH(QString, member);
    const auto error = jwktest::catchJwkError([&] { (void)JsonWebKeySet::fromJson(QJsonObject{{"keys", keys}}); });
    QVERIFY2(error.has_value(), "accepted");
    QVERIFY2(error->message().startsWith(prefix), qPrintable(error->message()));
    if (!member.isEmpty()) {
        QVERIFY2(error->message().contains(u'"' + member + u'"'), qPrintable(error->message()));
    }
    QCOMPARE(error->kind(), JwkError::Kind::InvalidInput);
}

void TestJsonWebKey::setRejectsBadShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no keys") << QByteArray(R"({"kty":"oct","k":"AA"})");
    QTest::newRow("keys object") << QByteArray(R"({"keys":{"kty":"oct","k":"AA"}})");
    QTest::newRow("array") << QByteArray(R"([{"kty":"oct","k":"AA"}])");
    QTest::newRow("not JSON") << QByteArray(R"({"keys":[)");
}

void TestJsonWebKey::setRejectsBadShape()
{
    QFETCH(QByteArray, json);
    QVERIFY_THROWS_EXCEPTION(JwkError, JsonWebKeySet::fromJson(json));
}

void TestJsonWebKey::setToJsonPublicNeverHasPrivateMembers_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("A.2 private set") << QStringLiteral("rfc/rfc7517_A2_private_jwks.json");
    QTest::newRow("A.3 symmetric set") << QStringLiteral("rfc/rfc7517_A3_symmetric_jwks.json");
    QTest::newRow("A.1 public set") << QStringLiteral("rfc/rfc7517_A1_public_jwks.json");
}

void TestJsonWebKey::setToJsonPublicNeverHasPrivateMembers()
{
    QFETCH(QString, file);
    const auto set = JsonWebKeySet::fromJson(jwktest::readVector(file));
    for (auto format : {JsonFormat::Indented, JsonFormat::Compact}) {
        for (const auto& bytes :
             {jwktest::bytes(set.toJson(false, format)), jwktest::bytes(set.publicSet().toJson(true, format)),
              jwktest::bytes(set.publicSet().toJson(false, format))}) {
            for (const auto& name : JsonWebKey::privateMemberNames()) {
                const QByteArray quoted = '"' + name.toLatin1() + '"';
                QVERIFY2(!bytes.contains(quoted), quoted.constData());
            }
            QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        }
    }
    QCOMPARE(set.toJson(true).view().contains("\"d\"") || set.toJson(true).view().contains("\"k\""),
             set.hasPrivateKeys());

    // oct keys have no public form and are left out of the public set.
    qsizetype asymmetric = 0;
    for (const auto& key : set.keys()) {
        asymmetric += key.hasPublicForm() ? 1 : 0;
    }
    QCOMPARE(set.publicSet().size(), asymmetric);
    QVERIFY(!set.publicSet().hasPrivateKeys());
}

void TestJsonWebKey::setToJsonPublicCanBeReadBack_data()
{
    setToJsonPublicNeverHasPrivateMembers_data();
}

void TestJsonWebKey::setToJsonPublicCanBeReadBack()
{
    // What toJson(false) writes must be a JWK Set that can be read back. An oct key without "k" is not a JWK
    // (an oct key has no public form; publicSet() leaves it out for that reason).
    QFETCH(QString, file);
    const auto set = JsonWebKeySet::fromJson(jwktest::readVector(file));
    for (auto format : {JsonFormat::Indented, JsonFormat::Compact}) {
        const QByteArray json = jwktest::bytes(set.toJson(false, format));
        JsonWebKeySet again;
        const auto error = jwktest::catchJwkError([&] { again = JsonWebKeySet::fromJson(json); });
        QVERIFY2(!error, error ? qPrintable(QStringLiteral("toJson(false) cannot be read back: %1\n%2")
                                                .arg(error->message(), QString::fromUtf8(json)))
                               : "");
        QVERIFY(!again.hasPrivateKeys());
        QCOMPARE(again.size(), set.publicSet().size());
    }
}

void TestJsonWebKey::setRoundTrip()
{
    QJsonObject original = jwktest::vectorObject(QStringLiteral("rfc/rfc7517_A2_private_jwks.json"));
    original.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}});
    const auto set = JsonWebKeySet::fromJson(original);
    QCOMPARE(set.size(), 2);
    QVERIFY(set.hasPrivateKeys());
    for (auto format : {JsonFormat::Indented, JsonFormat::Compact}) {
        const auto json = set.toJson(true, format);
        QCOMPARE(parseJsonObject(json), original);
        const auto again = JsonWebKeySet::fromJson(jwktest::bytes(json));
        QCOMPARE(again.size(), set.size());
        for (qsizetype i = 0; i < set.size(); ++i) {
            QVERIFY(again.keys().at(i).sameKeyAs(set.keys().at(i)));
        }
    }
    QJsonObject expectedPublic = jwktest::vectorObject(QStringLiteral("rfc/rfc7517_A1_public_jwks.json"));
    expectedPublic.insert(QStringLiteral("custom"), original.value(QStringLiteral("custom")));
    QCOMPARE(parseJsonObject(set.toJson(false)), expectedPublic);
    QCOMPARE(parseJsonObject(set.publicSet().toJson(true)), expectedPublic);
}

void TestJsonWebKey::duplicateMembers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("duplicate");
    QTest::newRow("none") << QByteArray(R"({"kty":"oct","k":"AAAA"})") << QString();
    QTest::newRow("twice") << QByteArray(R"({"k":"A","k":"B"})") << QStringLiteral("k");
    QTest::newRow("escaped name") << QByteArray(R"({"kty":"RSA","kt\u0079":"oct"})") << QStringLiteral("kty");
    QTest::newRow("escaped quote in a value") << QByteArray(R"({"a":"x\",\"a\":\"y","b":1})") << QString();
    QTest::newRow("escaped backslash before the closing quote")
        << QByteArray(R"({"a":"x\\","a":"y"})") << QStringLiteral("a");
    QTest::newRow("escaped quote in a name") << QByteArray(R"({"a\"b":1,"a\u0022b":2})") << QStringLiteral("a\"b");
    QTest::newRow("braces and commas in values")
        << QByteArray(R"({"a":"{,}[","b":"]},{","a":0})") << QStringLiteral("a");
    QTest::newRow("same name in sibling objects") << QByteArray(R"({"keys":[{"k":"A"},{"k":"B"}],"k":1})") << QString();
    QTest::newRow("nested object closes before the repeat")
        << QByteArray(R"({"x":{"y":1,"z":{"y":2}},"y":3,"x":4})") << QStringLiteral("x");
    QTest::newRow("names in an array are values") << QByteArray(R"({"a":["a","a"]})") << QString();
    QTest::newRow("unicode names") << QByteArray("{\"\xc3\xa4\":1,\"\\u00e4\":2}") << QStringLiteral("\u00e4");
    QTest::newRow("empty names") << QByteArray(R"({"":1,"":2})") << QString::fromLatin1("");
}

void TestJsonWebKey::duplicateMembers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, duplicate);
    const QString found = jwk::findDuplicateMember(json);
    QCOMPARE(found, duplicate);
    QCOMPARE(found.isNull(), duplicate.isNull());
}

QTEST_GUILESS_MAIN(TestJsonWebKey)
#include "tst_jsonwebkey.moc"
