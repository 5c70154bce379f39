// A catalogue of bad inputs (issue 6, "Bad inputs"): one data-driven test, each row an input built here (or a
// test data file read in place from JWKMAN_TEST_DATA_DIR), the jwkman-cli command run on it, the exit code expected
// (2 invalid input) and a part of the one line on standard error. Rows that involve a store snapshot its files
// (.sqlite, -wal) after a checkpoint and check that the failed command left them byte-for-byte unchanged.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/SecureBytes.h"
#include "store/KeyStore.h"
#include "store/SystemSecret.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

constexpr int kWaitMs = 30000;
const QByteArray kSecret1 = "first-secret-abcdefg"; // 20 characters
const QByteArray kSecret2 = "other-secret-hijklmn"; // 20 characters, not the store's

// How a row prepares the input and runs the command.
enum Setup {
    Plain,         // @IN is the input; no store
    Store,         // a store with three keys at @STORE; SECRETS_SYSTEM from the row (else the store's)
    StoreTampered, // ... and one character of ec-key's keydata flipped
    StoreSwapped,  // ... and the keydata of ec-key and ed-key swapped
    StoreReadOnly, // ... run as nobody on its own 0400 store in root's 0555 directory
};

QString vectorPath(const QString& relative)
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

QJsonObject vectorJwk(const QString& name)
{
    return QJsonDocument::fromJson(readFile(vectorPath(QStringLiteral("rfc/") + name))).object();
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray b64uDecode(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

QJsonObject ecKey()
{
    return vectorJwk(QStringLiteral("rfc7517_A2_ec_p256_private.json"));
}
QJsonObject rsaKey()
{
    return vectorJwk(QStringLiteral("rfc7517_A2_rsa_private.json"));
}
QJsonObject edKey()
{
    return vectorJwk(QStringLiteral("rfc8037_A1_ed25519_private.json"));
}

QJsonObject with(QJsonObject o, const QString& name, const QJsonValue& value)
{
    o.insert(name, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString& name)
{
    o.remove(name);
    return o;
}

// A big-endian integer of `bits` bits (top bit set) with the low bits `low`, base64url.
QString bigInteger(int bits, quint8 low)
{
    QByteArray b((bits + 7) / 8, '\0');
    b[0] = char(1 << ((bits - 1) % 8));
    b[b.size() - 1] = char(low);
    return b64u(b);
}

QByteArray pemBody(const QByteArray& pem)
{
    QByteArray body;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----")) {
            body += line.trimmed();
        }
    }
    return body;
}

QByteArray pem(const QByteArray& label, const QByteArray& base64, const QByteArray& endLabel = {})
{
    QByteArray out = "-----BEGIN " + label + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        out += base64.mid(i, 64) + '\n';
    }
    out += "-----END " + (endLabel.isEmpty() ? label : endLabel) + "-----\n";
    return out;
}

QByteArray vectorPem(const QString& name)
{
    return readFile(vectorPath(QStringLiteral("pem/valid/") + name));
}

QByteArray vectorDer(const QString& name)
{
    return QByteArray::fromBase64(pemBody(vectorPem(name)));
}

// DER length octets.
QByteArray derLength(qsizetype n)
{
    if (n < 0x80) {
        return QByteArray(1, char(n));
    }
    QByteArray octets;
    while (n > 0) {
        octets.prepend(char(n & 0xff));
        n >>= 8;
    }
    return char(0x80 | octets.size()) + octets;
}

QByteArray nestedSequences(int depth)
{
    QByteArray der("\x05\x00", 2); // NULL
    for (int i = 0; i < depth; ++i) {
        der = "\x30" + derLength(der.size()) + der;
    }
    return der;
}

QByteArray indefiniteSequences(int depth)
{
    return QByteArray("\x30\x80", 2).repeated(depth) + QByteArray(2 * depth, '\0');
}

using Run = jwktest::ProcessRun;

// Standard output is not kept: a bad input must not print anything that matters, and some rows print a lot.
Run runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env, int waitMs)
{
    jwktest::ProcessOptions options;
    options.env = env;
    options.waitMs = waitMs;
    options.discardOut = true;
    return jwktest::runProcess(program, args, options);
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite-wal")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        files.insert(name, readFile(dir + u'/' + name));
    }
    return files;
}

jwk::SystemSecret secret(const QByteArray& value)
{
    QList<jwk::SecureBytes> list;
    list << jwk::SecureBytes::fromByteArray(value);
    return jwk::SystemSecret::fromList(std::move(list));
}

// Opens and closes the store with KeyStore so that the WAL is checkpointed into the database file.
void checkpointStore(const QString& path)
{
    auto store = jwk::KeyStore::open(path, secret(kSecret1));
    store->checkpoint();
}

QStringList storeKids(const QString& path)
{
    auto store = jwk::KeyStore::open(path, secret(kSecret1));
    QStringList kids;
    const QList<jwk::KeyInfo> infos = store->keys(QStringLiteral("S"));
    for (const jwk::KeyInfo& info : infos) {
        kids << info.kid;
    }
    kids.sort();
    return kids;
}

void sqlExec(const QString& path, const std::function<void(QSqlDatabase&)>& body)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString keydata(QSqlDatabase& db, const QString& kid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT keydata FROM jwk_keys WHERE kid = ?"));
    q.addBindValue(kid);
    if (!q.exec() || !q.next()) {
        qFatal("no keydata for %s", qPrintable(kid));
    }
    return q.value(0).toString();
}

void setKeydata(QSqlDatabase& db, const QString& kid, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE jwk_keys SET keydata = ? WHERE kid = ?"));
    q.addBindValue(value);
    q.addBindValue(kid);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qFatal("cannot update keydata of %s", qPrintable(kid));
    }
}

QByteArray manyOctKeys(int count)
{
    QByteArray text = "{\"keys\":[";
    text.reserve(count * 48 + 16);
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            text += ',';
        }
        QByteArray k(16, '\0');
        qToBigEndian<quint32>(quint32(i), k.data());
        text += "{\"kty\":\"oct\",\"k\":\"" + b64u(k).toLatin1() + "\"}";
    }
    text += "]}";
    return text;
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void manyKeysJwks();
    void storeThatCannotGrow();
};

void TestBadInputs::badInput_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<QByteArray>("input");     // written to @IN ("@SPARSE100M": a sparse file of 100 MB)
    QTest::addColumn<QStringList>("args");     // @IN, @STORE, @PASS (a wrong passphrase file), @V/ (vectors)
    QTest::addColumn<QByteArray>("secretEnv"); // SECRETS_SYSTEM for the command (empty: the store's secret)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");

    const QStringList thumb = {QStringLiteral("thumbprint"), QStringLiteral("@IN")};
    const QStringList pub = {QStringLiteral("public"), QStringLiteral("@IN")};
    const QStringList toPem = {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pem"),
                               QStringLiteral("@IN")};
    const QStringList inspect = {QStringLiteral("inspect"), QStringLiteral("@IN")};
    auto plain = [&](const char* name, const QByteArray& input, const QStringList& args, const char* part) {
        QTest::newRow(name) << int(Plain) << input << args << QByteArray() << 2 << QString::fromUtf8(part);
    };

    // --- malformed JSON
    plain("json: unterminated object", "{", thumb, "unterminated object");
    plain("json: unterminated string", R"({"kty":"oct","k":"AAAA)", thumb, "unterminated string");
    plain("json: missing closing brace", R"({"kty":"oct","k":"AAAA")", thumb, "not valid JSON");
    plain("json: trailing comma", R"({"kty":"oct","k":"AAAA",})", thumb, "not valid JSON");
    plain("json: missing comma", R"({"kty":"oct" "k":"AAAA"})", thumb, "not valid JSON");
    plain("json: single quotes", R"({'kty':'oct','k':'AAAA'})", thumb, "not valid JSON");
    plain("json: garbage after object", R"({"kty":"oct","k":"AAAA"}})", thumb, "not valid JSON");
    plain("json: empty file", "", thumb, "");
    plain("json: whitespace only", "   \n\t  ", thumb, "");
    plain("json: null", "null", thumb, "not a key");
    plain("json: empty array", "[]", thumb, "not a key");
    plain("json: bare string", R"("kty")", thumb, "not a key");
    plain("json: empty object", "{}", thumb, "kty");
    plain("json: keys is a number", R"({"keys":5})", thumb, "keys");
    plain("json: keys holds a number", R"({"keys":[5]})", thumb, "keys");
    plain("json: keys is an object", R"({"keys":{}})", thumb, "keys");
    plain("json: nul byte inside", QByteArray(R"({"kty":"oct","k":"AA)", 20) + '\0' + QByteArray(R"(AA"})"), thumb, "");

    // --- wrong member types
    plain("type: kty number", R"({"kty":5,"k":"AAAA"})", thumb, "\"kty\"");
    plain("type: k number", R"({"kty":"oct","k":5})", thumb, "member \"k\" must be a string");
    plain("type: k null", R"({"kty":"oct","k":null})", thumb, "\"k\"");
    plain("type: k array", R"({"kty":"oct","k":["AAAA"]})", thumb, "\"k\"");
    plain("type: EC x array", json(with(ecKey(), QStringLiteral("x"), QJsonArray{1, 2})), thumb, "\"x\"");
    plain("type: EC crv number", json(with(ecKey(), QStringLiteral("crv"), 256)), thumb, "\"crv\"");
    plain("type: RSA e object", json(with(rsaKey(), QStringLiteral("e"), QJsonObject{})), thumb, "\"e\"");
    plain("type: RSA n bool", json(with(rsaKey(), QStringLiteral("n"), true)), thumb, "\"n\"");
    plain("type: kid number", json(with(ecKey(), QStringLiteral("kid"), 7)), thumb, "\"kid\"");
    plain("type: use number", json(with(ecKey(), QStringLiteral("use"), 1)), thumb, "\"use\"");
    plain("type: alg array", json(with(ecKey(), QStringLiteral("alg"), QJsonArray{})), thumb, "\"alg\"");
    plain("type: key_ops string", json(with(ecKey(), QStringLiteral("key_ops"), QStringLiteral("sign"))), thumb,
          "\"key_ops\"");
    plain("type: x5c string", json(with(ecKey(), QStringLiteral("x5c"), QStringLiteral("MIIB"))), thumb, "\"x5c\"");
    plain("type: OKP d number", json(with(edKey(), QStringLiteral("d"), 3)), thumb, "\"d\"");

    // --- padded and non-url base64
    plain("b64: k padded", R"({"kty":"oct","k":"AAA="})", thumb, "not base64url without padding");
    plain("b64: k with plus", R"({"kty":"oct","k":"AA+/AA"})", thumb, "not base64url without padding");
    plain("b64: k with slash", R"({"kty":"oct","k":"AA/A"})", thumb, "not base64url without padding");
    plain("b64: k with space", R"({"kty":"oct","k":"AA AA"})", thumb, "not base64url without padding");
    plain("b64: k with inner padding", R"({"kty":"oct","k":"AA=AAA"})", thumb, "not base64url without padding");
    plain("b64: k impossible length", R"({"kty":"oct","k":"AAAAA"})", thumb, "\"k\"");
    {
        QJsonObject o = ecKey();
        o.insert(QStringLiteral("x"), o.value(QStringLiteral("x")).toString() + u'=');
        plain("b64: EC x padded", json(o), thumb, "member \"x\" is not base64url");
    }
    {
        const QByteArray std = b64uDecode(rsaKey().value(QStringLiteral("n")).toString()).toBase64();
        plain("b64: RSA n standard base64", json(with(rsaKey(), QStringLiteral("n"), QString::fromLatin1(std))), thumb,
              "member \"n\" is not base64url");
    }
    plain("b64: Ed25519 x non-ascii", json(with(edKey(), QStringLiteral("x"), QStringLiteral("ÄÖÜ"))), thumb,
          "member \"x\" is not base64url");

    // --- wrong lengths
    auto ecLen = [&](const char* name, const char* member, int octets, const char* part) {
        plain(name, json(with(ecKey(), QString::fromLatin1(member), b64u(QByteArray(octets, '\x01')))), thumb, part);
    };
    ecLen("length: P-256 x 31 octets", "x", 31, "member \"x\" must be 32 octets for P-256, not 31");
    ecLen("length: P-256 x 33 octets", "x", 33, "member \"x\" must be 32 octets for P-256, not 33");
    ecLen("length: P-256 y 3 octets", "y", 3, "member \"y\" must be 32 octets for P-256, not 3");
    ecLen("length: P-256 d 31 octets", "d", 31, "member \"d\" must be 32 octets for P-256");
    ecLen("length: P-256 y empty", "y", 0, "member \"y\"");
    plain("length: P-384 with P-256 coordinates", json(with(ecKey(), QStringLiteral("crv"), QStringLiteral("P-384"))),
          thumb, "must be 48 octets for P-384");
    {
        QJsonObject o{{QStringLiteral("kty"), QStringLiteral("EC")},
                      {QStringLiteral("crv"), QStringLiteral("P-521")},
                      {QStringLiteral("x"), b64u(QByteArray(65, '\x01'))},
                      {QStringLiteral("y"), b64u(QByteArray(66, '\x01'))}};
        plain("length: P-521 x 65 octets", json(o), thumb, "member \"x\" must be 66 octets for P-521, not 65");
    }
    auto okp = [](const char* crv, const QByteArray& x) {
        return json(QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                                {QStringLiteral("crv"), QString::fromLatin1(crv)},
                                {QStringLiteral("x"), b64u(x)}});
    };
    plain("length: Ed25519 x 31 octets", okp("Ed25519", QByteArray(31, '\x01')), thumb,
          "member \"x\" must be 32 octets for Ed25519, not 31");
    plain("length: Ed25519 x 33 octets", okp("Ed25519", QByteArray(33, '\x01')), thumb,
          "member \"x\" must be 32 octets for Ed25519, not 33");
    plain("length: X25519 x 31 octets", okp("X25519", QByteArray(31, '\x09')), thumb,
          "member \"x\" must be 32 octets for X25519, not 31");
    plain("length: Ed25519 d 31 octets", json(with(edKey(), QStringLiteral("d"), b64u(QByteArray(31, '\x01')))), thumb,
          "member \"d\"");
    plain("length: x5t 19 octets", json(with(ecKey(), QStringLiteral("x5t"), b64u(QByteArray(19, '\x01')))), thumb,
          "\"x5t\"");
    plain("length: x5t#S256 31 octets", json(with(ecKey(), QStringLiteral("x5t#S256"), b64u(QByteArray(31, '\x01')))),
          thumb, "\"x5t#S256\"");

    // --- EC points off the curve
    {
        QByteArray y = b64uDecode(ecKey().value(QStringLiteral("y")).toString());
        y[31] = char(y[31] ^ 1);
        plain("curve: P-256 y off by one bit", json(without(with(ecKey(), QStringLiteral("y"), b64u(y)), "d")), thumb,
              "are not a point on P-256");
        plain("curve: P-256 private with y off the curve", json(with(ecKey(), QStringLiteral("y"), b64u(y))), pub,
              "are not a point on P-256");
    }
    {
        QJsonObject o = without(ecKey(), QStringLiteral("d"));
        o.insert(QStringLiteral("x"), b64u(QByteArray(32, '\0')));
        o.insert(QStringLiteral("y"), b64u(QByteArray(32, '\0')));
        plain("curve: P-256 point (0, 0)", json(o), thumb, "are not a point on P-256");
        o.insert(QStringLiteral("x"), b64u(QByteArray(32, '\xff')));
        o.insert(QStringLiteral("y"), b64u(QByteArray(32, '\xff')));
        plain("curve: P-256 coordinates above p", json(o), thumb, "are not a point on P-256");
        QJsonObject p384{{QStringLiteral("kty"), QStringLiteral("EC")},
                         {QStringLiteral("crv"), QStringLiteral("P-384")},
                         {QStringLiteral("x"), b64u(QByteArray(48, '\x01'))},
                         {QStringLiteral("y"), b64u(QByteArray(48, '\x02'))}};
        plain("curve: P-384 point off the curve", json(p384), toPem, "are not a point on P-384");
    }

    // --- invalid Ed25519 points
    {
        QByteArray y2(32, '\0');
        y2[0] = 2; // y = 2 has no x on edwards25519
        plain("ed25519: y = 2 is not on the curve", okp("Ed25519", y2), thumb,
              "member \"x\" is not a point on Ed25519");
        plain("ed25519: y = 2 to PEM", okp("Ed25519", y2), toPem, "member \"x\" is not a point on Ed25519");
        QByteArray big(32, '\xff');
        big[0] = '\xee';
        big[31] = '\x7f'; // y = p + 1, not canonical
        plain("ed25519: non-canonical y >= p", okp("Ed25519", big), thumb, "member \"x\" is not a point on Ed25519");
        // Points of small order (the identity, order 2, 4 and 8): refused, with either sign bit.
        QByteArray identity(32, '\0');
        identity[0] = 1;
        plain("ed25519: the identity point", okp("Ed25519", identity), thumb, "is a point of small order on Ed25519");
        const QByteArray order8 =
            QByteArray::fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");
        plain("ed25519: a point of order 8", okp("Ed25519", order8), thumb, "is a point of small order on Ed25519");
        plain("x25519: u = 0", okp("X25519", QByteArray(32, '\0')), thumb, "is a point of small order on X25519");
        const QByteArray u8 = QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
        plain("x25519: a point of order 8", okp("X25519", u8), thumb, "is a point of small order on X25519");
    }

    // --- duplicate members (QJsonDocument would keep the last one silently)
    plain("json: k twice", QByteArrayLiteral("{\"kty\":\"oct\",\"k\":\"AAAA\",\"k\":\"BBBB\"}"), thumb,
          "member \"k\" occurs twice");
    plain("json: kty twice, once escaped", QByteArrayLiteral("{\"kty\":\"RSA\",\"kt\\u0079\":\"oct\",\"k\":\"AAAA\"}"),
          thumb, "member \"kty\" occurs twice");
    plain("json: k twice in a key of a set",
          QByteArrayLiteral("{\"keys\":[{\"kty\":\"oct\",\"k\":\"AAAA\",\"k\":\"AAAA\"}]}"), thumb,
          "member \"k\" occurs twice");

    // --- RSA moduli
    auto rsaPublic = [](const QString& n) {
        return json(QJsonObject{
            {QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), n}, {QStringLiteral("e"), "AQAB"}});
    };
    plain("rsa: even modulus", rsaPublic(bigInteger(2048, 2)), thumb, "member \"n\": an RSA modulus must be odd");
    plain("rsa: 301-bit modulus", rsaPublic(bigInteger(301, 3)), thumb, "modulus of 301 bits is not usable");
    plain("rsa: 511-bit modulus", rsaPublic(bigInteger(511, 3)), thumb, "modulus of 511 bits is not usable");
    plain("rsa: 20001-bit modulus", rsaPublic(bigInteger(20001, 3)), thumb, "modulus of 20001 bits is not usable");
    plain("rsa: 16385-bit modulus", rsaPublic(bigInteger(16385, 3)), thumb, "modulus of 16385 bits is not usable");
    plain("rsa: modulus with leading zero", rsaPublic(b64u(QByteArray(1, '\0') + b64uDecode(bigInteger(2048, 3)))),
          thumb, "member \"n\" has a leading zero octet");
    plain("rsa: empty modulus", rsaPublic(QString()), thumb, "\"n\"");

    // --- mismatched private and public parts
    {
        QByteArray d = b64uDecode(ecKey().value(QStringLiteral("d")).toString());
        d[31] = char(d[31] ^ 1);
        plain("mismatch: EC d of another key", json(with(ecKey(), QStringLiteral("d"), b64u(d))), pub, "");
        QByteArray ed = b64uDecode(edKey().value(QStringLiteral("d")).toString());
        ed[0] = char(ed[0] ^ 1);
        plain("mismatch: Ed25519 d of another key", json(with(edKey(), QStringLiteral("d"), b64u(ed))), pub, "");
        const QJsonObject other = vectorJwk(QStringLiteral("rfc7517_C1_rsa_private.json"));
        QJsonObject rsa = rsaKey();
        for (const char* m : {"d", "p", "q", "dp", "dq", "qi"}) {
            rsa.insert(QString::fromLatin1(m), other.value(QString::fromLatin1(m)));
        }
        plain("mismatch: RSA private parts of another key", json(rsa), pub, "");
    }

    // --- PEM labels
    {
        const QByteArray spki = pemBody(vectorPem(QStringLiteral("ec_p256_spki_public.pem")));
        const QByteArray pkcs8 = pemBody(vectorPem(QStringLiteral("ec_p256_pkcs8_private.pem")));
        const QByteArray sec1 = pemBody(vectorPem(QStringLiteral("ec_p256_sec1_private.pem")));
        const QByteArray edPkcs8 = pemBody(vectorPem(QStringLiteral("ed25519_pkcs8_private.pem")));
        plain("pem: END label differs", pem("PUBLIC KEY", spki, "PRIVATE KEY"), thumb,
              "begins as \"PUBLIC KEY\" but ends as \"PRIVATE KEY\"");
        plain("pem: unknown label", pem("FOO", spki), thumb, "a PEM block labelled \"FOO\" is not a key");
        plain("pem: PKCS#8 labelled PUBLIC KEY", pem("PUBLIC KEY", pkcs8), thumb, "PUBLIC KEY");
        plain("pem: SPKI labelled PRIVATE KEY", pem("PRIVATE KEY", spki), thumb, "PRIVATE KEY");
        plain("pem: SEC1 labelled RSA PRIVATE KEY", pem("RSA PRIVATE KEY", sec1), thumb, "RSA PRIVATE KEY");
        plain("pem: PKCS#8 labelled EC PRIVATE KEY", pem("EC PRIVATE KEY", pkcs8), thumb,
              "labelled \"EC PRIVATE KEY\" but does not hold that structure");
        plain("pem: SEC1 labelled PRIVATE KEY", pem("PRIVATE KEY", sec1), thumb,
              "labelled \"PRIVATE KEY\" but does not hold that structure");
        plain("pem: key labelled CERTIFICATE", pem("CERTIFICATE", spki), thumb, "CERTIFICATE");
        plain("pem: ED25519 PRIVATE KEY label", pem("ED25519 PRIVATE KEY", edPkcs8), thumb, "ED25519 PRIVATE KEY");
        plain("pem: no END line", pem("PUBLIC KEY", spki).chopped(24), thumb, "PUBLIC KEY");
        plain("pem: body not base64", pem("PUBLIC KEY", "!!!!$$$$****"), thumb, "PUBLIC KEY");
        plain("pem: empty body", pem("PUBLIC KEY", ""), thumb, "PUBLIC KEY");
    }

    // --- truncated bodies
    {
        auto truncatedPem = [&](const char* name, const char* file, const QByteArray& label) {
            const QByteArray body = pemBody(vectorPem(QString::fromLatin1(file)));
            plain(name, pem(label, body.left(body.size() / 2 / 4 * 4)), thumb, label.constData());
        };
        truncatedPem("truncated: SPKI", "ec_p256_spki_public.pem", "PUBLIC KEY");
        truncatedPem("truncated: PKCS#8", "rsa2048_pkcs8_private.pem", "PRIVATE KEY");
        truncatedPem("truncated: PKCS#1", "rsa2048_pkcs1_private.pem", "RSA PRIVATE KEY");
        truncatedPem("truncated: certificate", "selfsigned_rsa2048_cert.pem", "CERTIFICATE");
        const QByteArray der = vectorDer(QStringLiteral("rsa2048_spki_public.pem"));
        plain("truncated: DER SPKI", der.left(100), thumb, "");
        plain("truncated: DER SPKI by one octet", der.chopped(1), thumb, "");
        const QByteArray jwkText = json(rsaKey());
        plain("truncated: JWK text", jwkText.left(jwkText.size() / 2), thumb, "not valid JSON");
        const QByteArray enc = vectorPem(QStringLiteral("rsa2048_pkcs8_encrypted.pem"));
        plain("truncated: encrypted PKCS#8",
              pem("ENCRYPTED PRIVATE KEY", pemBody(enc).left(pemBody(enc).size() / 2 / 4 * 4)),
              QStringList{QStringLiteral("thumbprint"), QStringLiteral("--passphrase-file"),
                          QStringLiteral("@GOODPASS"), QStringLiteral("@IN")},
              "ENCRYPTED PRIVATE KEY");
    }

    // --- nested or absurd ASN.1
    plain("asn1: 5000 nested SEQUENCEs (DER)", nestedSequences(5000), thumb, "");
    plain("asn1: 100000 indefinite SEQUENCEs (BER)", indefiniteSequences(100000), thumb, "");
    plain("asn1: nested SEQUENCEs as PUBLIC KEY", pem("PUBLIC KEY", nestedSequences(3000).toBase64()), thumb,
          "PUBLIC KEY");
    plain("asn1: length 2^32-1", QByteArray("\x30\x84\xff\xff\xff\xff\x02\x01\x00", 9), thumb, "");
    plain("asn1: eight-octet length", QByteArray("\x30\x88\xff\xff\xff\xff\xff\xff\xff\xff\x02\x01\x00", 13), thumb,
          "");
    plain("asn1: length beyond the data", QByteArray("\x30\x82\x10\x00\x02\x01\x00", 7), thumb, "");
    plain("asn1: huge length as PRIVATE KEY",
          pem("PRIVATE KEY", QByteArray("\x30\x84\x7f\xff\xff\xff\x02\x01\x00", 9).toBase64()), thumb, "PRIVATE KEY");
    plain("asn1: huge INTEGER in SPKI",
          pem("PUBLIC KEY",
              (QByteArray("\x30\x84\x00\x10\x00\x00\x02\x84\x00\x0f\xff\xf0", 12) + QByteArray(64, '\x01')).toBase64()),
          thumb, "PUBLIC KEY");

    // --- absurd sizes and nesting
    plain("size: 100 MB sparse file", "@SPARSE100M", thumb, "reads at most 64 MiB");
    plain("size: 100 MB sparse file to PEM", "@SPARSE100M", toPem, "reads at most 64 MiB");
    plain("nesting: 5000 nested objects", QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray("}").repeated(5000),
          thumb, "too deeply nested");
    plain("nesting: 100000 nested arrays", QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000), thumb,
          "not a key");
    plain("nesting: deep keys member",
          "{\"keys\":" + QByteArray("[").repeated(3000) + QByteArray("]").repeated(3000) + "}", thumb,
          "too deeply nested");

    // --- passphrases
    const QStringList withPass = {QStringLiteral("thumbprint"), QStringLiteral("--passphrase-file"),
                                  QStringLiteral("@PASS"), QStringLiteral("@V/pem/valid/rsa2048_pkcs8_encrypted.pem")};
    plain("passphrase: wrong for PKCS#8", "", withPass, "passphrase");
    plain("passphrase: wrong for legacy PKCS#1", "",
          {QStringLiteral("thumbprint"), QStringLiteral("--passphrase-file"), QStringLiteral("@PASS"),
           QStringLiteral("@V/pem/valid/rsa2048_pkcs1_encrypted_legacy.pem")},
          "passphrase");
    plain("passphrase: wrong, converting", "",
          {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
           QStringLiteral("--passphrase-file"), QStringLiteral("@PASS"),
           QStringLiteral("@V/pem/valid/rsa2048_pkcs8_encrypted.pem")},
          "passphrase");
    plain("passphrase: empty passphrase file", "",
          {QStringLiteral("thumbprint"), QStringLiteral("--passphrase-file"), QStringLiteral("/dev/null"),
           QStringLiteral("@V/pem/valid/rsa2048_pkcs8_encrypted.pem")},
          "is empty");
    plain("passphrase: none given", "",
          {QStringLiteral("thumbprint"), QStringLiteral("@V/pem/valid/rsa2048_pkcs8_encrypted.pem")}, "passphrase");

    // --- stores
    auto storeRow = [&](const char* name, int setup, const QByteArray& input, const QStringList& args,
                        const QByteArray& secretEnv, int exitCode, const char* part) {
        QTest::newRow(name) << setup << input << args << secretEnv << exitCode << QString::fromUtf8(part);
    };
    const QStringList keysCmd = {QStringLiteral("keys"), QStringLiteral("S"), QStringLiteral("--store"),
                                 QStringLiteral("@STORE")};
    const QStringList exportPrivate = {QStringLiteral("export"), QStringLiteral("S"), QStringLiteral("--private"),
                                       QStringLiteral("--store"), QStringLiteral("@STORE")};
    const QStringList importCmd = {QStringLiteral("import"),  QStringLiteral("--set"),  QStringLiteral("S"),
                                   QStringLiteral("--store"), QStringLiteral("@STORE"), QStringLiteral("@IN")};
    const QByteArray newKey = json(vectorJwk(QStringLiteral("rfc7517_C1_rsa_private.json")));
    storeRow("store: wrong secret, keys", Store, "", keysCmd, kSecret2, 2, "does not open the store");
    storeRow("store: wrong secret, export --private", Store, "", exportPrivate, kSecret2, 2, "does not open the store");
    storeRow("store: wrong secret, import", Store, newKey, importCmd, kSecret2, 2, "does not open the store");
    storeRow("store: secret too short", Store, newKey, importCmd, "short-secret", 2, "needs at least 16");
    storeRow("store: second secret too short", Store, newKey, importCmd, kSecret1 + ",tiny", 2, "needs at least 16");
    storeRow("store: secret an unterminated quote", Store, newKey, importCmd, "\"" + kSecret1, 2, "unterminated quote");
    storeRow("store: secret a JSON object", Store, newKey, importCmd, "[{\"a\":1}]", 2, "JSON array of strings");
    storeRow("store: import malformed JSON", Store, "{\"kty\":", importCmd, "", 2, "not valid JSON");
    storeRow("store: import off-curve point", Store,
             json(with(without(ecKey(), QStringLiteral("d")), QStringLiteral("y"), b64u(QByteArray(32, '\0')))),
             importCmd, "", 2, "not a point on P-256");
    storeRow("store: import 100 MB file", Store, "@SPARSE100M", importCmd, "", 2, "reads at most 64 MiB");
    storeRow("store: import wrong passphrase", Store, "",
             {QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"), QStringLiteral("--store"),
              QStringLiteral("@STORE"), QStringLiteral("--passphrase-file"), QStringLiteral("@PASS"),
              QStringLiteral("@V/pem/valid/rsa2048_pkcs8_encrypted.pem")},
             "", 2, "passphrase");
    storeRow("store: tampered ciphertext", StoreTampered, "", exportPrivate, "", 2, "ec-key");
    storeRow("store: swapped rows", StoreSwapped, "", exportPrivate, "", 2, "moved or swapped");
    storeRow("store: read-only, import", StoreReadOnly, newKey, importCmd, "", 1, "the store is read-only");
}

void TestBadInputs::badInput()
{
    QFETCH(int, setup);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, secretEnv);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString inPath = tmp.filePath(QStringLiteral("input.bin"));
    {
        QFile f(inPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (input == "@SPARSE100M") {
            QVERIFY(f.resize(100 * 1024 * 1024));
        } else {
            f.write(input);
        }
    }
    const QString passPath = tmp.filePath(QStringLiteral("wrong.pass"));
    const QString goodPassPath = tmp.filePath(QStringLiteral("good.pass"));
    {
        QFile f(passPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("incorrect horse\n");
        QFile g(goodPassPath);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("correct horse\n");
    }

    const QString storeDir = tmp.filePath(QStringLiteral("store"));
    const QString storePath = storeDir + QStringLiteral("/jwkman.sqlite");
    QMap<QString, QByteArray> before;
    QStringList kidsBefore;
    if (setup != Plain) {
        QVERIFY(QDir().mkpath(storeDir));
        {
            auto store = jwk::KeyStore::open(storePath, secret(kSecret1));
            QList<jwk::JsonWebKey> keys;
            keys << jwk::JsonWebKey::fromJson(with(ecKey(), QStringLiteral("kid"), QStringLiteral("ec-key")))
                 << jwk::JsonWebKey::fromJson(with(edKey(), QStringLiteral("kid"), QStringLiteral("ed-key")))
                 << jwk::JsonWebKey::fromJson(with(rsaKey(), QStringLiteral("kid"), QStringLiteral("rsa-key")));
            const jwk::AddKeysResult added = store->addKeys(QStringLiteral("S"), keys);
            QCOMPARE(added.added.size(), 3);
        }
        if (setup == StoreTampered || setup == StoreSwapped) {
            sqlExec(storePath, [&](QSqlDatabase& db) {
                const QString ec = keydata(db, QStringLiteral("ec-key"));
                if (setup == StoreTampered) {
                    QString t = ec;
                    const qsizetype i = t.size() / 2;
                    t[i] = t[i] == u'A' ? u'B' : u'A';
                    setKeydata(db, QStringLiteral("ec-key"), t);
                } else {
                    const QString ed = keydata(db, QStringLiteral("ed-key"));
                    setKeydata(db, QStringLiteral("ec-key"), ed);
                    setKeydata(db, QStringLiteral("ed-key"), ec);
                }
            });
        }
        checkpointStore(storePath);
        QVERIFY(!QFile::exists(storePath + QStringLiteral("-wal")) ||
                QFileInfo(storePath + QStringLiteral("-wal")).size() == 0);
        kidsBefore = storeKids(storePath);
        checkpointStore(storePath);
        before = snapshot(storeDir);
        QVERIFY(before.contains(QStringLiteral("jwkman.sqlite")));
    }

    QStringList cliArgs;
    for (const QString& a : std::as_const(args)) {
        QString v = a;
        if (v == QStringLiteral("@IN")) {
            v = inPath;
        } else if (v == QStringLiteral("@STORE")) {
            v = storePath;
        } else if (v == QStringLiteral("@PASS")) {
            v = passPath;
        } else if (v == QStringLiteral("@GOODPASS")) {
            v = goodPassPath;
        } else if (v.startsWith(QStringLiteral("@V/"))) {
            v = vectorPath(v.mid(3));
        }
        cliArgs << v;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromUtf8(secretEnv.isEmpty() ? kSecret1 : secretEnv));
    env.insert(QStringLiteral("HOME"), tmp.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("JWKMAN_STORE"));

    QString program = QStringLiteral(JWKMAN_CLI_PATH);
    if (setup == StoreReadOnly) {
        QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        QVERIFY(::chmod(QFile::encodeName(inPath).constData(), 0444) == 0);
        // The store is nobody's own and owner-only (another user's store, or one open to others, is refused before
        // it is read); the folder is not nobody's to write.
        QVERIFY(::chown(QFile::encodeName(storePath).constData(), 65534, 65534) == 0);
        QVERIFY(::chmod(QFile::encodeName(storePath).constData(), 0400) == 0);
        QVERIFY(::chmod(QFile::encodeName(storeDir).constData(), 0555) == 0);
        cliArgs.prepend(program);
        cliArgs = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups")} +
                  cliArgs;
        program = QStringLiteral("/usr/bin/setpriv");
    }

    const Run r = runProgram(program, cliArgs, env, kWaitMs);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1 && !lines.first().isEmpty(), qPrintable(r.describe()));
    QVERIFY2(lines.first().startsWith("jwkman-cli: "), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(lines.first()).contains(stderrPart), qPrintable(r.describe()));

    if (setup != Plain) {
        if (setup == StoreReadOnly) {
            QVERIFY(::chmod(QFile::encodeName(storeDir).constData(), 0755) == 0);
            QVERIFY(::chown(QFile::encodeName(storePath).constData(), 0, 0) == 0);
            QVERIFY(::chmod(QFile::encodeName(storePath).constData(), 0600) == 0);
        }
        const QMap<QString, QByteArray> after = snapshot(storeDir);
        // Byte-for-byte: a -wal that is absent and one that is empty hold the same bytes (none).
        QStringList names = before.keys() + after.keys();
        names.removeDuplicates();
        for (const QString& name : std::as_const(names)) {
            QVERIFY2(after.value(name) == before.value(name), qPrintable(name + QStringLiteral(" changed")));
        }
        QCOMPARE(storeKids(storePath), kidsBefore);
    }
}

// A JWK Set of 100,000 small oct keys: accepted (exit 0, one thumbprint per key), well within the 60 s bound.
void TestBadInputs::manyKeysJwks()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString inPath = tmp.filePath(QStringLiteral("many.jwks"));
    {
        QFile f(inPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(manyOctKeys(100000));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), tmp.path());
    const Run r = runProgram(QStringLiteral(JWKMAN_CLI_PATH), {QStringLiteral("thumbprint"), inPath}, env, 60000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.ms < 60000, qPrintable(r.describe()));
    qInfo("100,000 oct keys: %s in %lld ms", qPrintable(r.describe()), r.ms);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

// A store that cannot grow: the import runs under a file size limit just above the store's size (as a full disk
// would stop it). A clear error, exit 1, and the store byte-for-byte as it was, with the same keys.
void TestBadInputs::storeThatCannotGrow()
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty()) {
        QFAIL("prlimit (util-linux) is needed to limit the file size");
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString storePath = tmp.filePath(QStringLiteral("grow.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), tmp.path());
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecret1));
    const Run made = runProgram(QStringLiteral(JWKMAN_CLI_PATH),
                                {QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                                 QStringLiteral("--set"), QStringLiteral("S"), QStringLiteral("--store"), storePath},
                                env, 30000);
    QVERIFY2(made.finished && made.exitCode == 0, qPrintable(made.describe()));
    checkpointStore(storePath);
    const QStringList kidsBefore = storeKids(storePath);
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    const QString inPath = tmp.filePath(QStringLiteral("many.jwks"));
    {
        QFile f(inPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(manyOctKeys(2000)); // far more than 4 KiB of encrypted rows
    }
    const qint64 size = QFileInfo(storePath).size();
    const Run r = runProgram(QStringLiteral("prlimit"),
                             {QStringLiteral("--fsize=%1").arg(size + 4096), QStringLiteral(JWKMAN_CLI_PATH),
                              QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"),
                              QStringLiteral("--store"), storePath, inPath},
                             env, 60000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1 && lines.first().startsWith("jwkman-cli: ") &&
                 lines.first().contains("could not be written") && lines.first().contains("nothing was changed"),
             qPrintable(r.describe()));
    const QMap<QString, QByteArray> after = snapshot(tmp.path());
    QVERIFY2(after.value(QStringLiteral("grow.sqlite")) == before.value(QStringLiteral("grow.sqlite")),
             "the store file changed");
    QVERIFY2(after.value(QStringLiteral("grow.sqlite-wal")).isEmpty(), "the WAL holds changes");
    QCOMPARE(storeKids(storePath), kidsBefore);
}

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
