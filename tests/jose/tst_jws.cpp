// The JWS core (core/jose) and the token use case (core/usecases/TokenVerification, TokenSigning) against known
// answers and hostile tokens. Known answers: RFC 7515 A.1-A.4, RFC 7520 §4.1-4.4, RFC 8037 A.4/A.5 (jws-vectors.json,
// carried here): every token verifies with its key, and where the algorithm is deterministic (HMAC, RSASSA-PKCS1-v1_5,
// EdDSA) our own signature of its signing input is the RFC's byte for byte. The catalogue of hostile tokens each gets
// its exact problem code, or is refused as malformed.

#include "jose/CompactJws.h"
#include "jose/JwsAlgorithms.h"
#include "keys/Base64Url.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"
#include "usecases/TokenSigning.h"
#include "usecases/TokenVerification.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace jwk;

namespace {

QJsonArray vectors()
{
    QFile f(QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/jws-vectors.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("jws-vectors.json cannot be read");
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray();
}

QJsonObject vector(const QString& name)
{
    for (const auto& v : vectors()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

QByteArray b64(const QByteArray& bytes)
{
    return base64url::encode(bytes);
}

QByteArray token(const QByteArray& headerJson, const QByteArray& payload, const QByteArray& signature)
{
    return b64(headerJson) + '.' + b64(payload) + '.' + b64(signature);
}

TokenKeySource sourceOf(const QList<JsonWebKey>& keys, const QString& set = QStringLiteral("s"))
{
    TokenKeySource s;
    s.label = QStringLiteral("set ") + set;
    s.setName = set;
    s.keys = keys;
    return s;
}

TokenVerification verify(const QByteArray& text, const TokenKeySource& source, TokenCheckOptions options = {})
{
    if (!options.now.isValid()) {
        options.now = QDateTime::fromSecsSinceEpoch(1300819000, Qt::UTC); // before RFC 7515's exp
    }
    return verifyToken(jose::parseCompactJws(text), source, options);
}

QStringList codes(const TokenVerification& v)
{
    QStringList c;
    for (const auto& p : v.problems) {
        c << p.code;
    }
    return c;
}

// A fresh key (RSA 2048: the smallest that signs, and quick to make).
JsonWebKey gen(const QString& alg, const QString& curve = QString())
{
    GenerateOptions o;
    o.alg = alg;
    o.curve = curve;
    o.bits = alg.startsWith(QLatin1Char('R')) || alg.startsWith(QLatin1Char('P')) ? 2048 : 0;
    return generateKey(o);
}

JsonWebKey rfcKey(const QString& name)
{
    return JsonWebKey::fromJson(vector(name).value(QStringLiteral("jwk")).toObject());
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<QJsonObject>("v");
        for (const auto& v : vectors()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
        }
    }

    void knownAnswers()
    {
        QFETCH(QJsonObject, v);
        const QByteArray text = v.value(QStringLiteral("token")).toString().toLatin1();
        const JsonWebKey key = JsonWebKey::fromJson(v.value(QStringLiteral("jwk")).toObject());
        const QString alg = v.value(QStringLiteral("alg")).toString();
        const jose::CompactJws jws = jose::parseCompactJws(text);
        QCOMPARE(jws.alg(), alg);
        QVERIFY(jose::verifyJws(key, alg, jws.signingInput, jws.signature));
        if (key.type() != KeyType::Oct) {
            QVERIFY(jose::verifyJws(key.publicKey(), alg, jws.signingInput, jws.signature));
        }
        // One bit changed in the signature, or in the signed input: refused.
        QByteArray badSignature = jws.signature;
        badSignature[badSignature.size() / 2] = static_cast<char>(badSignature[badSignature.size() / 2] ^ 0x01);
        QVERIFY(!jose::verifyJws(key, alg, jws.signingInput, badSignature));
        QByteArray badInput = jws.signingInput;
        badInput[badInput.size() - 1] = badInput.endsWith('A') ? 'B' : 'A';
        QVERIFY(!jose::verifyJws(key, alg, badInput, jws.signature));
        if (v.value(QStringLiteral("deterministic")).toBool()) {
            QCOMPARE(b64(jose::signJws(key, alg, jws.signingInput)), jws.signatureText);
        } else if (key.isPrivate()) {
            // ECDSA and PSS are randomised: ours differ each time and verify.
            const QByteArray ours = jose::signJws(key, alg, jws.signingInput);
            QVERIFY(jose::verifyJws(key, alg, jws.signingInput, ours));
            QVERIFY(ours != jws.signature);
        }
        // And through the use case, against a source holding the key (kid or none).
        const TokenVerification result = verify(text, sourceOf({key}));
        QVERIFY2(result.valid, qPrintable(result.problems.value(0).message));
    }

    void rfc7515A1ClaimsAndTimes()
    {
        const jose::CompactJws jws = jose::parseCompactJws(
            vector(QStringLiteral("RFC 7515 A.1")).value(QStringLiteral("token")).toString().toLatin1());
        const QJsonObject decoded = decodedTokenJson(jws);
        QCOMPARE(decoded.value(QStringLiteral("payload")).toObject().value(QStringLiteral("iss")).toString(),
                 QStringLiteral("joe"));
        QCOMPARE(decoded.value(QStringLiteral("times")).toObject().value(QStringLiteral("exp")).toString(),
                 QStringLiteral("2011-03-22T18:43:00Z"));
        QCOMPARE(decoded.value(QStringLiteral("header")).toObject().value(QStringLiteral("typ")).toString(),
                 QStringLiteral("JWT"));
        QCOMPARE(decoded.value(QStringLiteral("signature")).toString(),
                 QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        // RFC 8037's payload is a sentence, not a claims set: shown as text.
        const jose::CompactJws ed = jose::parseCompactJws(
            vector(QStringLiteral("RFC 8037 A.4")).value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(decodedTokenJson(ed).value(QStringLiteral("payload")).toString(),
                 QStringLiteral("Example of Ed25519 signing"));
    }

    void expiryLeewayAndAt()
    {
        const QByteArray text =
            vector(QStringLiteral("RFC 7515 A.1")).value(QStringLiteral("token")).toString().toLatin1();
        const TokenKeySource source = sourceOf({rfcKey(QStringLiteral("RFC 7515 A.1"))});
        TokenCheckOptions at;
        at.now = QDateTime::fromSecsSinceEpoch(1300819380 + 3 * 3600 + 5, Qt::UTC);
        const TokenVerification late = verify(text, source, at);
        QVERIFY(!late.valid);
        QCOMPARE(codes(late), QStringList{QStringLiteral("expired")});
        QCOMPARE(late.problems.first().message, QStringLiteral("expired 3 hours ago at 2011-03-22T18:43:00Z"));
        QVERIFY(late.keyFound);                                      // the signature itself is fine
        at.now = QDateTime::fromSecsSinceEpoch(1300819380, Qt::UTC); // exactly at exp: expired
        QCOMPARE(codes(verify(text, source, at)), QStringList{QStringLiteral("expired")});
        at.leewaySeconds = 60;
        QVERIFY(verify(text, source, at).valid);
        at.now = QDateTime::fromSecsSinceEpoch(1300819380 + 61, Qt::UTC);
        QCOMPARE(codes(verify(text, source, at)), QStringList{QStringLiteral("expired")});
    }

    void issuerAudienceNotBefore()
    {
        const JsonWebKey key = gen(QStringLiteral("ES256"));
        TokenClaimsInput in;
        in.issuer = QStringLiteral("https://hydra.example");
        in.audience = {QStringLiteral("a"), QStringLiteral("b")};
        in.claims.insert(QStringLiteral("nbf"), 2000000000);
        in.now = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        const SignedToken signedToken = signToken(key, {}, in);
        QCOMPARE(signedToken.alg, QStringLiteral("ES256"));
        const TokenKeySource source = sourceOf({key.publicKey()});
        TokenCheckOptions o;
        o.now = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        o.issuer = QStringLiteral("https://other.example");
        o.audience = QStringLiteral("c");
        const TokenVerification r = verifyToken(jose::parseCompactJws(signedToken.token), source, o);
        QCOMPARE(codes(r), (QStringList{QStringLiteral("not-yet-valid"), QStringLiteral("wrong-issuer"),
                                        QStringLiteral("wrong-audience")}));
        QVERIFY(r.problems[1].message.contains(QStringLiteral("https://hydra.example")));
        o.issuer = QStringLiteral("https://hydra.example");
        o.audience = QStringLiteral("b"); // one of the array
        o.now = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        const TokenVerification ok = verifyToken(jose::parseCompactJws(signedToken.token), source, o);
        QVERIFY2(ok.valid, qPrintable(ok.problems.value(0).message));
        QCOMPARE(ok.keyThumbprint, key.thumbprint());
        QCOMPARE(ok.claims.value(QStringLiteral("iat")).toInteger(), 1900000000);
    }

    void unknownKidNamesTheSetAndWhen()
    {
        JsonWebKey signer = gen(QStringLiteral("RS256"));
        signer.setKid(QStringLiteral("old"));
        TokenClaimsInput in;
        in.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QByteArray text = signToken(signer, {}, in).token;
        JsonWebKey a = gen(QStringLiteral("ES256"));
        a.setKid(QStringLiteral("A"));
        JsonWebKey b = gen(QStringLiteral("EdDSA"));
        b.setKid(QStringLiteral("B"));
        TokenKeySource source = sourceOf({a.publicKey(), b.publicKey()}, QStringLiteral("hydra.openid.id-token"));
        source.newestKeyCreated = QDateTime::fromSecsSinceEpoch(1700000000 + 3 * 86400, Qt::UTC);
        TokenCheckOptions o;
        o.now = in.now;
        const TokenVerification r = verifyToken(jose::parseCompactJws(text), source, o);
        QCOMPARE(codes(r), QStringList{QStringLiteral("unknown-kid")});
        QCOMPARE(r.problems.first().message,
                 QStringLiteral("kid old is not in set hydra.openid.id-token (it has A, B); the token was signed 3 "
                                "days before hydra.openid.id-token's newest key was created (a key rotated out?)"));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("key")).isNull());
        QCOMPARE(json.value(QStringLiteral("kid")).toString(), QStringLiteral("old"));
    }

    void withoutKidEveryFittingKeyIsTried()
    {
        JsonWebKey k1 = gen(QStringLiteral("ES256"));
        JsonWebKey k2 = gen(QStringLiteral("ES256"));
        k2.setKid(QString());
        TokenClaimsInput in;
        const QByteArray text = signToken(k2, {}, in).token;
        QVERIFY(!jose::parseCompactJws(text).hasKid());
        JsonWebKey rsa = gen(QStringLiteral("PS256"));
        const TokenVerification r =
            verifyToken(jose::parseCompactJws(text), sourceOf({rsa.publicKey(), k1.publicKey(), k2.publicKey()}), {});
        QVERIFY(r.valid);
        QCOMPARE(r.keyThumbprint, k2.thumbprint());
        QVERIFY(r.toJson().value(QStringLiteral("kid")).isNull());
        // A token with a kid and a key without one (a PEM file): the key answers to any kid.
        JsonWebKey bare = k1;
        bare.setKid(QString());
        const SignedToken withKid = signToken(k1, {}, in);
        const TokenVerification anyKid =
            verifyToken(jose::parseCompactJws(withKid.token), sourceOf({bare.publicKey()}), {});
        QVERIFY(anyKid.valid);
        QCOMPARE(codes(verifyToken(jose::parseCompactJws(withKid.token), sourceOf({k2.publicKey()}), {})),
                 QStringList{QStringLiteral("unknown-kid")});
        // None fits: alg-key-mismatch listing what the source has.
        const TokenVerification none = verifyToken(jose::parseCompactJws(text), sourceOf({rsa.publicKey()}), {});
        QCOMPARE(codes(none), QStringList{QStringLiteral("alg-key-mismatch")});
        // Fitting keys, none verifies: bad-signature.
        const TokenVerification bad = verifyToken(jose::parseCompactJws(text), sourceOf({k1.publicKey()}), {});
        QCOMPARE(codes(bad), QStringList{QStringLiteral("bad-signature")});
    }

    void keyRestrictions()
    {
        JsonWebKey rsa = gen(QStringLiteral("RS256"));
        QVERIFY(jose::keyMismatch(rsa, QStringLiteral("RS256"), true).isEmpty());
        QVERIFY(!jose::keyMismatch(rsa, QStringLiteral("RS384"), true).isEmpty()); // key alg RS256
        QVERIFY(!jose::keyMismatch(rsa, QStringLiteral("HS256"), false).isEmpty());
        QVERIFY(!jose::keyMismatch(rsa.publicKey(), QStringLiteral("RS256"), true).isEmpty()); // public only
        JsonWebKey enc = rsa;
        enc.setUse(QStringLiteral("enc"));
        QVERIFY(jose::keyMismatch(enc, QStringLiteral("RS256"), false).contains(QStringLiteral("enc")));
        JsonWebKey ops = rsa.publicKey();
        ops.setMember(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("encrypt")});
        QVERIFY(jose::keyMismatch(ops, QStringLiteral("RS256"), false).contains(QStringLiteral("key_ops")));
        // RSA under 2048 bits: never for signing (the RFC 7515 A.2 key has 2048, and signs).
        QFile smallFile(QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/rsa1024.json")); // python3-jwcrypto's
        QVERIFY(smallFile.open(QIODevice::ReadOnly));
        const JsonWebKey small = JsonWebKey::fromJson(smallFile.readAll());
        QCOMPARE(small.sizeBits(), 1024);
        QVERIFY(jose::keyMismatch(small, QStringLiteral("RS256"), true).contains(QStringLiteral("2048")));
        QVERIFY_THROWS_EXCEPTION(JwkError, jose::signJws(small, QStringLiteral("RS256"), "x.y"));
        // A short HMAC secret does not sign HS512; none is no algorithm at all.
        const JsonWebKey hmac = rfcKey(QStringLiteral("RFC 7520 4.4")); // 256 bits, alg HS256
        QVERIFY(!jose::keyMismatch(hmac, QStringLiteral("HS512"), true).isEmpty());
        QVERIFY(!jose::keyMismatch(hmac, QStringLiteral("none"), false).isEmpty());
        QVERIFY(jose::findJwsAlgorithm(QStringLiteral("none")) == nullptr);
    }

    // The catalogue of hostile tokens: each gets its exact code.
    void hostileTokens_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        const JsonWebKey rsa = rfcKey(QStringLiteral("RFC 7515 A.2"));
        const QByteArray claims = R"({"iss":"joe","exp":1300819380})";
        // alg none, empty signature, and "None" spelt otherwise.
        QTest::newRow("alg none") << token(R"({"alg":"none"})", claims, {}) << QStringLiteral("alg-none");
        QTest::newRow("alg NONE") << token(R"({"alg":"NONE"})", claims, {}) << QStringLiteral("alg-none");
        // Algorithm confusion: HS256 with the RSA public key (its PEM, its JWK) as the HMAC secret.
        const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + b64(claims);
        const JsonWebKey publicAsSecret = JsonWebKey::fromJson(
            QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                        {QStringLiteral("k"), QString::fromLatin1(b64(rsa.publicKey().toJson(false).view()))}});
        QTest::newRow("alg confusion HS256 with RSA public key")
            << jose::compactOf(input, jose::signJws(publicAsSecret, QStringLiteral("HS256"), input))
            << QStringLiteral("alg-key-mismatch");
        QTest::newRow("unknown alg") << token(R"({"alg":"HS1"})", claims, "x") << QStringLiteral("alg-not-allowed");
        QTest::newRow("JWE alg as JWS alg")
            << token(R"({"alg":"RSA-OAEP"})", claims, "x") << QStringLiteral("alg-not-allowed");
        QTest::newRow("crit") << token(R"({"alg":"RS256","crit":["exp"],"exp":1})", claims, "x")
                              << QStringLiteral("crit-unsupported");
    }

    void hostileTokens()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        const JsonWebKey rsa = rfcKey(QStringLiteral("RFC 7515 A.2"));
        const TokenVerification r = verify(text, sourceOf({rsa.publicKey()}));
        QVERIFY(!r.valid);
        QVERIFY2(codes(r).contains(code), qPrintable(codes(r).join(u',') + u' ' + r.problems.value(0).message));
    }

    void ecdsaSignatureForm()
    {
        const JsonWebKey key = rfcKey(QStringLiteral("RFC 7515 A.3"));
        const jose::CompactJws jws = jose::parseCompactJws(
            vector(QStringLiteral("RFC 7515 A.3")).value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(jws.signature.size(), 64);
        // One byte short, one byte more, and r and s with a leading zero each: wrong length, bad-signature.
        for (const QByteArray& wrong :
             {jws.signature.left(63), jws.signature + '\0',
              QByteArray(1, '\0') + jws.signature.left(32) + QByteArray(1, '\0') + jws.signature.mid(32)}) {
            QVERIFY(!jose::verifyJws(key, QStringLiteral("ES256"), jws.signingInput, wrong));
            const TokenVerification r = verify(jws.signingInput + '.' + b64(wrong), sourceOf({key.publicKey()}));
            QCOMPARE(codes(r), QStringList{QStringLiteral("bad-signature")});
            QVERIFY(r.problems.first().message.contains(QStringLiteral("64 bytes")));
        }
        // The same signature as DER (ECDSA-Sig-Value), as some libraries wrongly send it: refused, and said so.
        QByteArray der;
        auto integer = [](QByteArray v) {
            while (v.size() > 1 && v[0] == '\0' && !(static_cast<unsigned char>(v[1]) & 0x80)) {
                v.remove(0, 1);
            }
            if (static_cast<unsigned char>(v[0]) & 0x80) {
                v.prepend('\0');
            }
            return QByteArray(1, '\x02') + char(v.size()) + v;
        };
        const QByteArray body = integer(jws.signature.left(32)) + integer(jws.signature.mid(32));
        der = QByteArray(1, '\x30') + char(body.size()) + body;
        const TokenVerification r = verify(jws.signingInput + '.' + b64(der), sourceOf({key.publicKey()}));
        QCOMPARE(codes(r), QStringList{QStringLiteral("bad-signature")});
        QVERIFY(r.problems.first().message.contains(QStringLiteral("DER")));
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        const QByteArray good =
            vector(QStringLiteral("RFC 7515 A.2")).value(QStringLiteral("token")).toString().toLatin1();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("no dots") << QByteArray("eyJhbGciOiJSUzI1NiJ9") << QStringLiteral("three parts");
        QTest::newRow("one dot") << good.left(good.lastIndexOf('.')) << QStringLiteral("three parts");
        QTest::newRow("truncated header") << good.mid(5) << QStringLiteral("header");
        QTest::newRow("bad base64url") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.ab+/") << QStringLiteral("base64url");
        QTest::newRow("padded") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30=.abc") << QStringLiteral("base64url");
        QTest::newRow("five parts (JWE)") << QByteArray("a.b.c.d.e") << QStringLiteral("JWE");
        QTest::newRow("header not JSON") << token("alg", "{}", "x") << QStringLiteral("JSON object");
        QTest::newRow("header an array") << token(R"(["alg"])", "{}", "x") << QStringLiteral("JSON object");
        QTest::newRow("duplicate alg") << token(R"({"alg":"HS256","alg":"none"})", "{}", "x")
                                       << QStringLiteral("\"alg\" twice");
        QTest::newRow("duplicate escaped")
            << token(R"({"alg":"RS256","\u0061lg":"none"})", "{}", "x") << QStringLiteral("twice");
        QTest::newRow("duplicate claim") << token(R"({"alg":"RS256"})", R"({"sub":"a","sub":"b"})", "x")
                                         << QStringLiteral("\"sub\" twice");
        QTest::newRow("no alg") << token(R"({"kid":"k"})", "{}", "x") << QStringLiteral("no \"alg\"");
        QTest::newRow("alg a number") << token(R"({"alg":256})", "{}", "x") << QStringLiteral("not a string");
        QTest::newRow("deep nesting") << token(QByteArray(R"({"alg":"RS256","x":)") + QByteArray(100000, '[') +
                                                   QByteArray(100000, ']') + '}',
                                               "{}", "x")
                                      << QStringLiteral("JSON object");
        QTest::newRow("huge header") << token(QByteArray(R"({"alg":"RS256","x":")") + QByteArray(2 * 1024 * 1024, 'a') +
                                                  "\"}",
                                              "{}", "x")
                                     << QStringLiteral("larger than");
    }

    void malformedTokens()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        try {
            jose::parseCompactJws(text);
            QFAIL("accepted");
        } catch (const JwkError& e) {
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QVERIFY(e.message().startsWith(QStringLiteral("The token is malformed")));
        }
    }

    void hundredMegabyteHeaderIsRefusedBeforeDecoding()
    {
        // Refused on its size alone: no base64 decoding or JSON parsing of 100 MB. Nothing is timed; the count of
        // bytes the parser looks at is the bound (kMaxTokenBytes).
        QByteArray huge(100 * 1024 * 1024, 'e');
        huge += ".e30.x";
        QVERIFY_THROWS_EXCEPTION(JwkError, jose::parseCompactJws(huge));
        QVERIFY(jose::kMaxTokenBytes <= 1024 * 1024);
    }

    void signedTokensRoundTrip_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char* a : {"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256",
                              "ES384", "ES512", "EdDSA"}) {
            QTest::newRow(a) << QString::fromLatin1(a);
        }
        QTest::newRow("Ed448") << QStringLiteral("Ed448-curve");
    }

    void signedTokensRoundTrip()
    {
        QFETCH(QString, alg);
        const bool ed448 = alg == QStringLiteral("Ed448-curve");
        const QString jwsAlg = ed448 ? QStringLiteral("EdDSA") : alg;
        const JsonWebKey key = gen(jwsAlg, ed448 ? QStringLiteral("Ed448") : QString());
        TokenClaimsInput in;
        in.subject = QStringLiteral("me");
        in.expiresInSeconds = 300;
        const SignedToken t = signToken(key, {}, in);
        QCOMPARE(t.alg, jwsAlg);
        const jose::CompactJws jws = jose::parseCompactJws(t.token);
        QCOMPARE(jws.kid(), key.kid());
        QCOMPARE(jws.header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        const JsonWebKey verifier = key.type() == KeyType::Oct ? key : key.publicKey();
        const TokenVerification r = verifyToken(jws, sourceOf({verifier}), {});
        QVERIFY2(r.valid, qPrintable(r.problems.value(0).message));
        QCOMPARE(r.claims.value(QStringLiteral("exp")).toInteger() - r.claims.value(QStringLiteral("iat")).toInteger(),
                 300);
        TokenCheckOptions only;
        only.allowedAlgs = {QStringLiteral("RS512")};
        if (jwsAlg != QStringLiteral("RS512")) {
            QCOMPARE(codes(verifyToken(jws, sourceOf({verifier}), only)),
                     QStringList{QStringLiteral("alg-not-allowed")});
        }
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
