// jwkman-cli as scripts use it: runs the built binary (JWKMAN_CLI_PATH) and checks standard output, standard
// error and the exit status (0 success, 2 invalid input with one line on stderr, 64 usage error) of generate,
// public, thumbprint, convert and inspect, against answers computed outside the project (python3's hashlib over
// the RFC 7638 canonical JSON, the openssl command) and the test data (tests/data).

#include "ProcessRun.h"
#include "keys/Algorithms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {

constexpr int kWaitMs = 30000;

QString cliPath()
{
    return QStringLiteral(JWKMAN_CLI_PATH);
}

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

QJsonObject jsonObjectFile(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

using Run = jwktest::ProcessRun;

Run runProgram(const QString& program, const QStringList& args, const QByteArray& input = {}, int waitMs = kWaitMs)
{
    jwktest::ProcessOptions options;
    options.input = input;
    options.waitMs = waitMs;
    return jwktest::runProcess(program, args, options);
}

Run cli(const QStringList& args, const QByteArray& input = {}, int waitMs = kWaitMs)
{
    return runProgram(cliPath(), args, input, waitMs);
}

// RFC 7638 thumbprints by python3's hashlib: one line per key of the JWK or JWK Set on standard input.
const char* const kPythonThumbprint = R"(
import sys, json, hashlib, base64
h = sys.argv[1]
d = json.loads(sys.stdin.buffer.read())
keys = d["keys"] if "keys" in d else [d]
req = {"RSA": ["e", "kty", "n"], "EC": ["crv", "kty", "x", "y"], "OKP": ["crv", "kty", "x"], "oct": ["k", "kty"]}
for k in keys:
    c = json.dumps({m: k[m] for m in req[k["kty"]]}, separators=(",", ":"), sort_keys=True)
    print(base64.urlsafe_b64encode(hashlib.new(h, c.encode()).digest()).rstrip(b"=").decode())
)";

QStringList pythonThumbprints(const QByteArray& json, const QString& hash = QStringLiteral("sha256"))
{
    const Run r = runProgram(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QString::fromLatin1(kPythonThumbprint), hash}, json);
    if (!r.finished || r.exitCode != 0) {
        qWarning("python3 failed: %s", r.err.constData());
        return {};
    }
    return QString::fromLatin1(r.out).split(u'\n', Qt::SkipEmptyParts);
}

QByteArray b64uDecode(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QStringList& privateMembers()
{
    static const QStringList names = {QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                      QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                      QStringLiteral("k"),  QStringLiteral("oth")};
    return names;
}

bool hasPrivateMember(const QJsonObject& jwk)
{
    for (const auto& name : privateMembers()) {
        if (jwk.contains(name)) {
            return true;
        }
    }
    return false;
}

QJsonObject withoutPrivate(QJsonObject jwk)
{
    for (const auto& name : privateMembers()) {
        jwk.remove(name);
    }
    return jwk;
}

int fieldBytes(const QString& crv)
{
    if (crv == QStringLiteral("P-256") || crv == QStringLiteral("Ed25519") || crv == QStringLiteral("X25519")) {
        return 32;
    }
    if (crv == QStringLiteral("P-384")) {
        return 48;
    }
    if (crv == QStringLiteral("P-521")) {
        return 66;
    }
    if (crv == QStringLiteral("Ed448")) {
        return 57;
    }
    if (crv == QStringLiteral("X448")) {
        return 56;
    }
    return -1;
}

// Checks the invalid-input contract: exit 2, nothing on stdout, one line on stderr starting "jwkman-cli: ".
#define VERIFY_ONE_LINE_ERROR(run, code)                                                                               \
    do {                                                                                                               \
        QVERIFY2((run).finished, "jwkman-cli did not finish in time");                                                 \
        QVERIFY2((run).exitCode == (code), qPrintable((run).describe()));                                              \
        QVERIFY2((run).out.isEmpty(), qPrintable((run).describe()));                                                   \
        QVERIFY2((run).err.startsWith("jwkman-cli: "), qPrintable((run).describe()));                                  \
        QVERIFY2(!(run).err.startsWith("jwkman-cli: warning"), qPrintable((run).describe()));                          \
        QVERIFY2((run).err.endsWith('\n') && (run).err.count('\n') == 1, qPrintable((run).describe()));                \
    } while (false)

#define VERIFY_OK(run)                                                                                                 \
    do {                                                                                                               \
        QVERIFY2((run).finished, "jwkman-cli did not finish in time");                                                 \
        QVERIFY2((run).exitCode == 0, qPrintable((run).describe()));                                                   \
        QVERIFY2((run).err.isEmpty(), qPrintable((run).describe()));                                                   \
    } while (false)

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void generate_data();
    void generate();
    void generateRsaDefaults_data();
    void generateRsaDefaults();
    void generateKid();
    void generateUse_data();
    void generateUse();
    void generateRefused_data();
    void generateRefused();

    void publicOneKey_data();
    void publicOneKey();
    void publicSeveralKeys_data();
    void publicSeveralKeys();

    void thumbprint_data();
    void thumbprint();
    void thumbprintKnownAnswers();
    void thumbprintBundle();
    void thumbprintStdin();
    void derInput_data();
    void derInput();

    void convert_data();
    void convert();
    void convertEncrypt_data();
    void convertEncrypt();
    void convertWrongPassphrase_data();
    void convertWrongPassphrase();
    void convertSeveralKeys();
    void refusedConversions_data();
    void refusedConversions();

    void inspect();
    void inspectBundle();

    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void noArguments();

    void malformedInput_data();
    void malformedInput();

private:
    QString writeTemp(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(cliPath()));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/python3")));
    // the python oracle reproduces the RFC 7638 §3.1 value
    QCOMPARE(pythonThumbprints(readFile(vectorPath(QStringLiteral("rfc/rfc7638_3_1_rsa_public.json")))),
             QStringList{QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")});
}

QString TestCli::writeTemp(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(content);
    return path;
}

// --- generate ----------------------------------------------------------------------------------------------

void TestCli::generate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv"); // empty: the default
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("expectedCrv");
    QTest::addColumn<int>("size"); // RSA modulus / oct key octets; curve field octets
    QTest::addColumn<QString>("use");

    const auto& table = jwk::algorithms();
    QCOMPARE(table.size(), 28);
    for (const auto& a : table) {
        switch (a.keyType) {
        case jwk::KeyType::RSA:
            QTest::addRow("%s", qPrintable(a.name))
                << a.name << QString() << QStringLiteral("RSA") << QString() << 256 << a.use;
            break;
        case jwk::KeyType::Oct:
            QTest::addRow("%s", qPrintable(a.name))
                << a.name << QString() << QStringLiteral("oct") << QString() << a.defaultBits / 8 << a.use;
            break;
        case jwk::KeyType::EC:
        case jwk::KeyType::OKP: {
            QVERIFY(!a.curves.isEmpty());
            auto ktyOf = [](const QString& crv) {
                return crv.startsWith(QStringLiteral("P-")) ? QStringLiteral("EC") : QStringLiteral("OKP");
            };
            const QString def = a.curves.first();
            QTest::addRow("%s", qPrintable(a.name))
                << a.name << QString() << ktyOf(def) << def << fieldBytes(def) << a.use;
            if (a.curves.size() > 1) {
                for (const auto& crv : a.curves) {
                    QTest::addRow("%s --crv %s", qPrintable(a.name), qPrintable(crv))
                        << a.name << crv << ktyOf(crv) << crv << fieldBytes(crv) << a.use;
                }
            }
            break;
        }
        }
    }
}

void TestCli::generate()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QFETCH(QString, kty);
    QFETCH(QString, expectedCrv);
    QFETCH(int, size);
    QFETCH(QString, use);

    QStringList args = {QStringLiteral("generate"), QStringLiteral("--alg"), alg};
    if (kty == QStringLiteral("RSA")) {
        args << QStringLiteral("--bits") << QStringLiteral("2048");
    }
    if (!crv.isEmpty()) {
        args << QStringLiteral("--crv") << crv;
    }
    const Run r = cli(args);
    VERIFY_OK(r);
    QJsonParseError error{};
    const QJsonObject jwk = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(r.out.endsWith('\n'));

    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), kty);
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), alg);
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), use);
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), expectedCrv);
    if (kty == QStringLiteral("oct")) {
        // An oct key's thumbprint hashes its secret (a weak one could be found from it offline): its kid is a random
        // UUID, never the thumbprint.
        QVERIFY(QStringList{jwk.value(QStringLiteral("kid")).toString()} != pythonThumbprints(r.out));
        QVERIFY(!QUuid::fromString(jwk.value(QStringLiteral("kid")).toString()).isNull());
    } else {
        // kid defaults to the RFC 7638 thumbprint
        QCOMPARE(QStringList{jwk.value(QStringLiteral("kid")).toString()}, pythonThumbprints(r.out));
    }

    if (kty == QStringLiteral("RSA")) {
        QCOMPARE(b64uDecode(jwk.value(QStringLiteral("n")).toString()).size(), size);
        QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
        for (const char* m : {"d", "p", "q", "dp", "dq", "qi"}) {
            QVERIFY2(jwk.contains(QLatin1String(m)), m);
        }
    } else if (kty == QStringLiteral("oct")) {
        QCOMPARE(b64uDecode(jwk.value(QStringLiteral("k")).toString()).size(), size);
    } else {
        QCOMPARE(b64uDecode(jwk.value(QStringLiteral("x")).toString()).size(), size);
        QCOMPARE(jwk.contains(QStringLiteral("y")), kty == QStringLiteral("EC"));
        if (kty == QStringLiteral("EC")) {
            QCOMPARE(b64uDecode(jwk.value(QStringLiteral("y")).toString()).size(), size);
            QCOMPARE(b64uDecode(jwk.value(QStringLiteral("d")).toString()).size(), size);
        } else {
            const int dSize = expectedCrv == QStringLiteral("Ed448") ? 57 : size;
            QCOMPARE(b64uDecode(jwk.value(QStringLiteral("d")).toString()).size(), dSize);
        }
    }

    // --compact prints one line
    const Run compact = cli(args << QStringLiteral("--compact"));
    VERIFY_OK(compact);
    QCOMPARE(compact.out.count('\n'), 1);
    QVERIFY(QJsonDocument::fromJson(compact.out).isObject());
}

void TestCli::generateRsaDefaults_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("bits");
    QTest::newRow("RS256 defaults to 4096") << QStringLiteral("RS256") << 4096;
    QTest::newRow("PS256 defaults to 2048") << QStringLiteral("PS256") << 2048;
}

void TestCli::generateRsaDefaults()
{
    QFETCH(QString, alg);
    QFETCH(int, bits);
    // a 4096-bit prime search can take a while on a slow machine
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), alg}, {}, 120000);
    VERIFY_OK(r);
    const QJsonObject jwk = QJsonDocument::fromJson(r.out).object();
    const QByteArray n = b64uDecode(jwk.value(QStringLiteral("n")).toString());
    QCOMPARE(n.size() * 8, bits);
    QVERIFY(static_cast<unsigned char>(n.at(0)) & 0x80); // exactly `bits` bits
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), alg);
}

void TestCli::generateKid()
{
    const Run explicitKid = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                                 QStringLiteral("--kid"), QStringLiteral("signing-2024")});
    VERIFY_OK(explicitKid);
    QCOMPARE(QJsonDocument::fromJson(explicitKid.out).object().value(QStringLiteral("kid")).toString(),
             QStringLiteral("signing-2024"));

    const QRegularExpression uuid4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList kids;
    for (const QString& alg : {QStringLiteral("EdDSA"), QStringLiteral("EdDSA"), QStringLiteral("HS256")}) {
        const Run r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), alg, QStringLiteral("--kid-uuid")});
        VERIFY_OK(r);
        const QString kid = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kid")).toString();
        QVERIFY2(uuid4.match(kid).hasMatch(), qPrintable(kid));
        QVERIFY(!kids.contains(kid));
        kids << kid;
    }
}

void TestCli::generateUse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("use");
    QTest::newRow("ES256 enc") << QStringList{QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--use"),
                                              QStringLiteral("enc")}
                               << QStringLiteral("enc");
    QTest::newRow("ECDH-ES sig") << QStringList{QStringLiteral("--alg"), QStringLiteral("ECDH-ES"),
                                                QStringLiteral("--use"), QStringLiteral("sig")}
                                 << QStringLiteral("sig");
    QTest::newRow("A256KW sig") << QStringList{QStringLiteral("--alg"), QStringLiteral("A256KW"),
                                               QStringLiteral("--use"), QStringLiteral("sig")}
                                << QStringLiteral("sig");
    QTest::newRow("ECDH-ES X25519") << QStringList{QStringLiteral("--alg"), QStringLiteral("ECDH-ES"),
                                                   QStringLiteral("--crv"), QStringLiteral("X25519")}
                                    << QStringLiteral("enc");
}

void TestCli::generateUse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, use);
    const Run r = cli(QStringList{QStringLiteral("generate")} + args);
    VERIFY_OK(r);
    const QJsonObject jwk = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), use);
    if (args.contains(QStringLiteral("X25519"))) {
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("X25519"));
        QVERIFY(!jwk.contains(QStringLiteral("y")));
    }
}

void TestCli::generateRefused_data()
{
    QTest::addColumn<QStringList>("args");
    auto row = [](const char* name, const QStringList& args) { QTest::newRow(name) << args; };
    row("--bits 1024",
        {QStringLiteral("--alg"), QStringLiteral("RS256"), QStringLiteral("--bits"), QStringLiteral("1024")});
    row("--bits 1024 PS256",
        {QStringLiteral("--alg"), QStringLiteral("PS256"), QStringLiteral("--bits"), QStringLiteral("1024")});
    row("--bits not a number",
        {QStringLiteral("--alg"), QStringLiteral("RS256"), QStringLiteral("--bits"), QStringLiteral("lots")});
    row("--bits with a curve algorithm",
        {QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--bits"), QStringLiteral("256")});
    row("--bits and --crv", {QStringLiteral("--alg"), QStringLiteral("ECDH-ES"), QStringLiteral("--bits"),
                             QStringLiteral("256"), QStringLiteral("--crv"), QStringLiteral("P-256")});
    row("wrong curve",
        {QStringLiteral("--alg"), QStringLiteral("ES384"), QStringLiteral("--crv"), QStringLiteral("P-256")});
    row("unknown curve",
        {QStringLiteral("--alg"), QStringLiteral("ECDH-ES"), QStringLiteral("--crv"), QStringLiteral("secp256k1")});
    row("unknown algorithm", {QStringLiteral("--alg"), QStringLiteral("XS256")});
    row("algorithm case", {QStringLiteral("--alg"), QStringLiteral("es256")});
    row("--use other",
        {QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--use"), QStringLiteral("both")});
    row("--kid and --kid-uuid", {QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--kid"),
                                 QStringLiteral("a"), QStringLiteral("--kid-uuid")});
    row("missing --alg", {});
    row("missing --alg value", {QStringLiteral("--alg")});
    row("positional argument", {QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("extra")});
    row("oct size for AES",
        {QStringLiteral("--alg"), QStringLiteral("A128KW"), QStringLiteral("--bits"), QStringLiteral("256")});
}

void TestCli::generateRefused()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{QStringLiteral("generate")} + args);
    VERIFY_ONE_LINE_ERROR(r, 64);
}

// --- public ------------------------------------------------------------------------------------------------

void TestCli::publicOneKey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected"); // the public members
    for (const char* f :
         {"rfc/rfc7517_A2_rsa_private.json", "rfc/rfc7517_A2_ec_p256_private.json",
          "rfc/rfc8037_A1_ed25519_private.json", "rfc/rfc7517_A1_rsa_public.json", "rfc/rfc7517_B_rsa_x5c.json"}) {
        QTest::newRow(f) << vectorPath(QString::fromLatin1(f))
                         << withoutPrivate(jsonObjectFile(vectorPath(QString::fromLatin1(f))));
    }
    const QJsonObject entries = jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json")));
    for (const auto& e : entries.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        if (o.contains(QStringLiteral("blocks")) || o.value(QStringLiteral("passphrase")).isString()) {
            continue;
        }
        QJsonObject expected = o.value(QStringLiteral("expected_public_jwk")).toObject();
        for (const char* m : {"x5c", "x5t", "x5t#S256"}) {
            if (o.contains(QLatin1String(m))) {
                expected.insert(QLatin1String(m), o.value(QLatin1String(m)));
            }
        }
        QTest::newRow(qPrintable(file)) << vectorPath(QStringLiteral("pem/") + file) << expected;
    }
}

void TestCli::publicOneKey()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    const Run r = cli({QStringLiteral("public"), file});
    VERIFY_OK(r);
    const QJsonObject jwk = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!hasPrivateMember(jwk));
    QVERIFY(!jwk.contains(QStringLiteral("keys")));
    QCOMPARE(jwk, expected);
}

void TestCli::publicSeveralKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("thumbprints");
    QTest::newRow("private jwks") << vectorPath(QStringLiteral("rfc/rfc7517_A2_private_jwks.json"))
                                  << QStringList{QStringLiteral("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s"),
                                                 QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")};
    QTest::newRow("public jwks") << vectorPath(QStringLiteral("rfc/rfc7517_A1_public_jwks.json"))
                                 << QStringList{QStringLiteral("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s"),
                                                QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")};
    const QJsonObject pem = jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json")));
    for (const auto& e : pem.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = e.toObject();
        if (!o.contains(QStringLiteral("blocks"))) {
            continue;
        }
        QStringList thumbs;
        for (const auto& b : o.value(QStringLiteral("blocks")).toArray()) {
            thumbs << b.toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString();
        }
        QTest::newRow("pem bundle") << vectorPath(QStringLiteral("pem/") + o.value(QStringLiteral("file")).toString())
                                    << thumbs;
    }
}

void TestCli::publicSeveralKeys()
{
    QFETCH(QString, file);
    QFETCH(QStringList, thumbprints);
    const Run r = cli({QStringLiteral("public"), file});
    VERIFY_OK(r);
    const QJsonObject set = QJsonDocument::fromJson(r.out).object();
    const QJsonArray keys = set.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), thumbprints.size());
    for (const auto& k : keys) {
        QVERIFY(!hasPrivateMember(k.toObject()));
    }
    QCOMPARE(pythonThumbprints(r.out), thumbprints);
}

// --- thumbprint --------------------------------------------------------------------------------------------

void TestCli::thumbprint_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("hash");
    const QDir rfc(vectorPath(QStringLiteral("rfc")));
    const QStringList files = rfc.entryList({QStringLiteral("rfc*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 16);
    for (const auto& file : files) {
        for (const char* hash : {"sha256", "sha1", "sha384", "sha512"}) {
            QTest::addRow("%s %s", qPrintable(file), hash) << rfc.filePath(file) << QString::fromLatin1(hash);
        }
    }
}

void TestCli::thumbprint()
{
    QFETCH(QString, file);
    QFETCH(QString, hash);
    const QStringList expected = pythonThumbprints(readFile(file), hash);
    QVERIFY(!expected.isEmpty());
    const Run r = cli({QStringLiteral("thumbprint"), QStringLiteral("--hash"), hash, file});
    VERIFY_OK(r);
    QCOMPARE(QString::fromLatin1(r.out), expected.join(u'\n') + u'\n');
    if (hash == QStringLiteral("sha256")) {
        const Run byDefault = cli({QStringLiteral("thumbprint"), file});
        VERIFY_OK(byDefault);
        QCOMPARE(byDefault.out, r.out);
    }
    // upper case hash names are accepted as well
    const Run upper = cli({QStringLiteral("thumbprint"), QStringLiteral("--hash"), hash.toUpper(), file});
    VERIFY_OK(upper);
    QCOMPARE(upper.out, r.out);
}

void TestCli::thumbprintKnownAnswers()
{
    // RFC 7638 §3.1 and RFC 8037 A.3, as printed in the RFCs.
    const Run rsa = cli({QStringLiteral("thumbprint"), vectorPath(QStringLiteral("rfc/rfc7638_3_1_rsa_public.json"))});
    VERIFY_OK(rsa);
    QCOMPARE(rsa.out, QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs\n"));
    const Run ed =
        cli({QStringLiteral("thumbprint"), vectorPath(QStringLiteral("rfc/rfc8037_A2_ed25519_public.json"))});
    VERIFY_OK(ed);
    QCOMPARE(ed.out, QByteArray("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k\n"));
    // every entry of rfc/expected.json
    const QJsonArray entries =
        QJsonDocument::fromJson(readFile(vectorPath(QStringLiteral("rfc/expected.json")))).array();
    for (const auto& e : entries) {
        const QJsonObject o = e.toObject();
        const QJsonValue t = o.value(QStringLiteral("expected_thumbprint_sha256"));
        QStringList expected;
        if (t.isArray()) {
            for (const auto& v : t.toArray()) {
                expected << v.toString();
            }
        } else {
            expected << t.toString();
        }
        const Run r = cli({QStringLiteral("thumbprint"), vectorPath(o.value(QStringLiteral("file")).toString())});
        VERIFY_OK(r);
        QCOMPARE(QString::fromLatin1(r.out), expected.join(u'\n') + u'\n');
    }
}

void TestCli::thumbprintBundle()
{
    const QJsonObject pem = jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json")));
    for (const auto& e : pem.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString file = vectorPath(QStringLiteral("pem/") + o.value(QStringLiteral("file")).toString());
        QStringList expected;
        if (o.contains(QStringLiteral("blocks"))) {
            for (const auto& b : o.value(QStringLiteral("blocks")).toArray()) {
                expected << b.toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString();
            }
            QCOMPARE(expected.size(), 4);
        } else {
            expected << o.value(QStringLiteral("expected_thumbprint_sha256")).toString();
        }
        QStringList args = {QStringLiteral("thumbprint"), file};
        if (o.value(QStringLiteral("passphrase")).isString()) {
            args << QStringLiteral("--passphrase-file")
                 << writeTemp(QStringLiteral("pass.txt"),
                              o.value(QStringLiteral("passphrase")).toString().toUtf8() + "\n");
        }
        const Run r = cli(args);
        VERIFY_OK(r);
        QCOMPARE(QString::fromLatin1(r.out), expected.join(u'\n') + u'\n');
    }
}

void TestCli::thumbprintStdin()
{
    const QByteArray jwk = readFile(vectorPath(QStringLiteral("rfc/rfc7517_A1_rsa_public.json")));
    const Run dash = cli({QStringLiteral("thumbprint"), QStringLiteral("-")}, jwk);
    VERIFY_OK(dash);
    QCOMPARE(dash.out, QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs\n"));
    const Run implicit = cli({QStringLiteral("thumbprint")}, jwk);
    VERIFY_OK(implicit);
    QCOMPARE(implicit.out, dash.out);
    const QByteArray pem = readFile(vectorPath(QStringLiteral("pem/valid/ec_p521_sec1_private.pem")));
    const Run fromPem = cli({QStringLiteral("thumbprint"), QStringLiteral("-")}, pem);
    VERIFY_OK(fromPem);
    QCOMPARE(fromPem.out.trimmed().size(), 43);
}

void TestCli::derInput_data()
{
    QTest::addColumn<QString>("vector"); // pem/expected.json entry
    QTest::addColumn<QStringList>("opensslArgs");
    auto row = [](const char* name, const char* vector, const QStringList& args) {
        QTest::newRow(name) << QString::fromLatin1(vector) << args;
    };
    row("spki", "valid/ec_p384_spki_public.pem", {QStringLiteral("pkey"), QStringLiteral("-pubin")});
    row("pkcs8", "valid/ed25519_pkcs8_private.pem", {QStringLiteral("pkey")});
    row("pkcs1 private", "valid/rsa2048_pkcs1_private.pem", {QStringLiteral("rsa"), QStringLiteral("-traditional")});
    row("pkcs1 public", "valid/rsa2048_spki_public.pem",
        {QStringLiteral("rsa"), QStringLiteral("-pubin"), QStringLiteral("-RSAPublicKey_out")});
    row("sec1", "valid/ec_p521_sec1_private.pem", {QStringLiteral("ec")});
    row("certificate", "valid/selfsigned_rsa2048_cert.pem", {QStringLiteral("x509")});
}

void TestCli::derInput()
{
    QFETCH(QString, vector);
    QFETCH(QStringList, opensslArgs);
    const Run der =
        runProgram(QStringLiteral("openssl"),
                   opensslArgs + QStringList{QStringLiteral("-in"), vectorPath(QStringLiteral("pem/") + vector),
                                             QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY2(der.finished && der.exitCode == 0, der.err.constData());
    QCOMPARE(static_cast<unsigned char>(der.out.at(0)), 0x30);
    const QString path = writeTemp(QStringLiteral("input.der"), der.out);
    QString expected;
    const QJsonObject pem = jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json")));
    for (const auto& e : pem.value(QStringLiteral("entries")).toArray()) {
        if (e.toObject().value(QStringLiteral("file")).toString() == vector) {
            expected = e.toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString();
        }
    }
    QVERIFY(!expected.isEmpty());
    const Run r = cli({QStringLiteral("thumbprint"), path});
    VERIFY_OK(r);
    QCOMPARE(QString::fromLatin1(r.out), expected + u'\n');
    const Run fromStdin = cli({QStringLiteral("thumbprint"), QStringLiteral("-")}, der.out);
    VERIFY_OK(fromStdin);
    QCOMPARE(fromStdin.out, r.out);
}

// --- convert -----------------------------------------------------------------------------------------------

void TestCli::convert_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pemLabel"); // for PEM output; "DER" for binary; "JSON" for jwk/jwks
    QTest::addColumn<bool>("privateOut");

    struct Source
    {
        const char* name;
        const char* file;
        bool isPrivate;
        const char* kind; // RSA, EC, OKP, oct
    };
    const Source sources[] = {
        {"rsa private", "rfc/rfc7517_A2_rsa_private.json", true, "RSA"},
        {"rsa public", "rfc/rfc7517_A1_rsa_public.json", false, "RSA"},
        {"ec private", "rfc/rfc7517_A2_ec_p256_private.json", true, "EC"},
        {"ec p521 pem", "pem/valid/ec_p521_sec1_private.pem", true, "EC"},
        {"ec public", "rfc/rfc7517_s3_ec_p256_public.json", false, "EC"},
        {"ed25519 private", "rfc/rfc8037_A1_ed25519_private.json", true, "OKP"},
        {"x448 public", "rfc/rfc8037_A7_x448_dave_public.json", false, "OKP"},
        {"x25519 pem", "pem/valid/x25519_pkcs8_private.pem", true, "OKP"},
        {"oct", "rfc/rfc7517_A3_oct_hmac.json", true, "oct"},
    };
    const QStringList targets = {QStringLiteral("jwk"),        QStringLiteral("jwks"),      QStringLiteral("pem"),
                                 QStringLiteral("pem-public"), QStringLiteral("pkcs1"),     QStringLiteral("sec1"),
                                 QStringLiteral("der"),        QStringLiteral("der-public")};
    for (const auto& s : sources) {
        const QString kind = QString::fromLatin1(s.kind);
        const bool oct = kind == QStringLiteral("oct");
        for (const auto& to : targets) {
            int code = 0;
            QString label;
            bool privateOut = s.isPrivate;
            if (to == QStringLiteral("jwk") || to == QStringLiteral("jwks")) {
                label = QStringLiteral("JSON");
            } else if (oct) {
                code = 2;
            } else if (to == QStringLiteral("pem")) {
                label = s.isPrivate ? QStringLiteral("PRIVATE KEY") : QStringLiteral("PUBLIC KEY");
            } else if (to == QStringLiteral("pem-public")) {
                label = QStringLiteral("PUBLIC KEY");
                privateOut = false;
            } else if (to == QStringLiteral("pkcs1")) {
                if (kind != QStringLiteral("RSA")) {
                    code = 2;
                } else {
                    label = s.isPrivate ? QStringLiteral("RSA PRIVATE KEY") : QStringLiteral("RSA PUBLIC KEY");
                }
            } else if (to == QStringLiteral("sec1")) {
                if (kind != QStringLiteral("EC") || !s.isPrivate) {
                    code = 2;
                } else {
                    label = QStringLiteral("EC PRIVATE KEY");
                }
            } else if (to == QStringLiteral("der")) {
                label = QStringLiteral("DER");
            } else if (to == QStringLiteral("der-public")) {
                label = QStringLiteral("DER");
                privateOut = false;
            }
            QTest::addRow("%s --to %s", s.name, qPrintable(to))
                << vectorPath(QString::fromLatin1(s.file)) << to << code << label << privateOut;
        }
    }
}

void TestCli::convert()
{
    QFETCH(QString, file);
    QFETCH(QString, to);
    QFETCH(int, exitCode);
    QFETCH(QString, pemLabel);
    QFETCH(bool, privateOut);

    const Run r = cli({QStringLiteral("convert"), QStringLiteral("--to"), to, file});
    if (exitCode != 0) {
        VERIFY_ONE_LINE_ERROR(r, exitCode);
        return;
    }
    VERIFY_OK(r);
    QVERIFY(!r.out.isEmpty());
    if (pemLabel == QStringLiteral("JSON")) {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const bool set = to == QStringLiteral("jwks");
        QCOMPARE(o.contains(QStringLiteral("keys")), set);
        const QJsonObject jwk = set ? o.value(QStringLiteral("keys")).toArray().first().toObject() : o;
        QCOMPARE(hasPrivateMember(jwk), privateOut);
    } else if (pemLabel == QStringLiteral("DER")) {
        QCOMPARE(static_cast<unsigned char>(r.out.at(0)), 0x30);
        // openssl reads it as the kind of key it claims to be
        const QString derPath = writeTemp(QStringLiteral("out.der"), r.out);
        QStringList args = {
            QStringLiteral("pkey"),  QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), derPath,
            QStringLiteral("-noout")};
        if (!privateOut) {
            args.insert(1, QStringLiteral("-pubin"));
        }
        const Run check = runProgram(QStringLiteral("openssl"), args);
        QVERIFY2(check.finished && check.exitCode == 0, check.err.constData());
    } else {
        QVERIFY2(r.out.startsWith(QStringLiteral("-----BEGIN %1-----\n").arg(pemLabel).toLatin1()), r.out.left(60));
        QVERIFY2(r.out.endsWith(QStringLiteral("-----END %1-----\n").arg(pemLabel).toLatin1()), r.out.right(60));
    }

    // Round trip: the output reads back as the same key.
    const QString outPath = writeTemp(QStringLiteral("converted.out"), r.out);
    const Run original = cli({QStringLiteral("thumbprint"), file});
    VERIFY_OK(original);
    const Run back = cli({QStringLiteral("thumbprint"), outPath});
    VERIFY_OK(back);
    QCOMPARE(back.out, original.out);
    // and keeps (or drops) the private key as the target says
    const Run again = cli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"), outPath});
    VERIFY_OK(again);
    QCOMPARE(hasPrivateMember(QJsonDocument::fromJson(again.out).object()), privateOut);
}

void TestCli::convertEncrypt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("to");
    QTest::newRow("rsa pem") << vectorPath(QStringLiteral("rfc/rfc7517_A2_rsa_private.json")) << QStringLiteral("pem");
    QTest::newRow("ec der") << vectorPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"))
                            << QStringLiteral("der");
    QTest::newRow("ed25519 pem") << vectorPath(QStringLiteral("rfc/rfc8037_A1_ed25519_private.json"))
                                 << QStringLiteral("pem");
}

void TestCli::convertEncrypt()
{
    QFETCH(QString, file);
    QFETCH(QString, to);
    const QString passFile = writeTemp(QStringLiteral("pass.txt"), "a passphrase with spaces\n");
    const Run r = cli({QStringLiteral("convert"), QStringLiteral("--to"), to, QStringLiteral("--encrypt"),
                       QStringLiteral("--passphrase-file"), passFile, file});
    VERIFY_OK(r);
    const bool pem = to == QStringLiteral("pem");
    if (pem) {
        QVERIFY(r.out.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    } else {
        QCOMPARE(static_cast<unsigned char>(r.out.at(0)), 0x30);
    }
    const QString encPath = writeTemp(pem ? QStringLiteral("enc.pem") : QStringLiteral("enc.der"), r.out);

    // openssl decrypts it with the same passphrase file
    const Run decrypted = runProgram(QStringLiteral("openssl"),
                                     {QStringLiteral("pkey"), QStringLiteral("-inform"),
                                      pem ? QStringLiteral("PEM") : QStringLiteral("DER"), QStringLiteral("-in"),
                                      encPath, QStringLiteral("-passin"), QStringLiteral("file:") + passFile});
    QVERIFY2(decrypted.finished && decrypted.exitCode == 0, decrypted.err.constData());
    QVERIFY(decrypted.out.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QString plainPath = writeTemp(QStringLiteral("plain.pem"), decrypted.out);
    const Run original = cli({QStringLiteral("thumbprint"), file});
    VERIFY_OK(original);
    const Run viaOpenssl = cli({QStringLiteral("thumbprint"), plainPath});
    VERIFY_OK(viaOpenssl);
    QCOMPARE(viaOpenssl.out, original.out);

    // jwkman-cli reads it back with the passphrase file
    const Run back = cli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                          QStringLiteral("--passphrase-file"), passFile, encPath});
    VERIFY_OK(back);
    const QJsonObject jwk = QJsonDocument::fromJson(back.out).object();
    QVERIFY(jwk.contains(QStringLiteral("d")));
    QCOMPARE(pythonThumbprints(back.out), QStringList{QString::fromLatin1(original.out.trimmed())});

    // without the passphrase: invalid input, and the message says so
    const Run noPass = cli({QStringLiteral("thumbprint"), encPath});
    VERIFY_ONE_LINE_ERROR(noPass, 2);
    QVERIFY2(noPass.err.contains("passphrase"), noPass.err.constData());
}

void TestCli::convertWrongPassphrase_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pkcs8") << vectorPath(QStringLiteral("pem/valid/rsa2048_pkcs8_encrypted.pem"));
    QTest::newRow("legacy") << vectorPath(QStringLiteral("pem/valid/rsa2048_pkcs1_encrypted_legacy.pem"));
}

void TestCli::convertWrongPassphrase()
{
    QFETCH(QString, file);
    const QString wrong = writeTemp(QStringLiteral("wrong.txt"), "correct horse battery\n");
    for (const QString& to : {QStringLiteral("jwk"), QStringLiteral("pem")}) {
        const Run r = cli(
            {QStringLiteral("convert"), QStringLiteral("--to"), to, QStringLiteral("--passphrase-file"), wrong, file});
        VERIFY_ONE_LINE_ERROR(r, 2);
        QVERIFY2(r.err.contains("passphrase"), r.err.constData());
    }
    // the right one (CRLF line ending in the file) works
    const QString right = writeTemp(QStringLiteral("right.txt"), "correct horse\r\n");
    const Run ok = cli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                        QStringLiteral("--passphrase-file"), right, file});
    VERIFY_OK(ok);
    QVERIFY(QJsonDocument::fromJson(ok.out).object().contains(QStringLiteral("d")));
    // a passphrase file that does not exist
    const Run missing = cli({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                             QStringLiteral("--passphrase-file"), m_dir.filePath(QStringLiteral("nope.txt")), file});
    VERIFY_ONE_LINE_ERROR(missing, 2);
    QVERIFY2(missing.err.contains("passphrase"), missing.err.constData());
}

void TestCli::convertSeveralKeys()
{
    const QString bundle = vectorPath(QStringLiteral("pem/valid/bundle_4_keys.pem"));
    const Run original = cli({QStringLiteral("thumbprint"), bundle});
    VERIFY_OK(original);
    QCOMPARE(original.out.count('\n'), 4);
    for (const QString& to :
         {QStringLiteral("pem"), QStringLiteral("jwks"), QStringLiteral("jwk"), QStringLiteral("pem-public")}) {
        const Run r = cli({QStringLiteral("convert"), QStringLiteral("--to"), to, bundle});
        VERIFY_OK(r);
        if (to.startsWith(QStringLiteral("pem"))) {
            QCOMPARE(r.out.count("-----BEGIN "), 4);
        } else {
            // several keys make a JWK Set even with --to jwk
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray().size(), 4);
        }
        // through standard input
        const Run back = cli({QStringLiteral("thumbprint"), QStringLiteral("-")}, r.out);
        VERIFY_OK(back);
        QCOMPARE(back.out, original.out);
    }
    // the JWK Set of the bundle as public keys
    const Run pub = cli({QStringLiteral("public"), QStringLiteral("-")}, readFile(bundle));
    VERIFY_OK(pub);
    QCOMPARE(pythonThumbprints(pub.out).join(u'\n') + u'\n', QString::fromLatin1(original.out));
}

void TestCli::refusedConversions_data()
{
    QTest::addColumn<QStringList>("args");
    const QString bundle = vectorPath(QStringLiteral("pem/valid/bundle_4_keys.pem"));
    const QString rsaPublic = vectorPath(QStringLiteral("rfc/rfc7517_A1_rsa_public.json"));
    QTest::newRow("der of four keys") << QStringList{QStringLiteral("convert"), QStringLiteral("--to"),
                                                     QStringLiteral("der"), bundle};
    QTest::newRow("pkcs1 of a bundle with EC keys")
        << QStringList{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pkcs1"), bundle};
    QTest::newRow("sec1 of a bundle with an RSA key")
        << QStringList{QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("sec1"), bundle};
    QTest::newRow("encrypt a public key") << QStringList{QStringLiteral("convert"),
                                                         QStringLiteral("--to"),
                                                         QStringLiteral("pem"),
                                                         QStringLiteral("--encrypt"),
                                                         QStringLiteral("--passphrase-file"),
                                                         vectorPath(QStringLiteral("README.md")),
                                                         rsaPublic};
    QTest::newRow("public of an oct key")
        << QStringList{QStringLiteral("public"), vectorPath(QStringLiteral("rfc/rfc7517_A3_oct_hmac.json"))};
    QTest::newRow("public of a symmetric JWK Set")
        << QStringList{QStringLiteral("public"), vectorPath(QStringLiteral("rfc/rfc7517_A3_symmetric_jwks.json"))};
    QTest::newRow("pem of an oct key") << QStringList{QStringLiteral("convert"), QStringLiteral("--to"),
                                                      QStringLiteral("pem"),
                                                      vectorPath(QStringLiteral("rfc/rfc7517_A3_oct_a128kw.json"))};
    QTest::newRow("empty passphrase file")
        << QStringList{QStringLiteral("convert"),
                       QStringLiteral("--to"),
                       QStringLiteral("pem"),
                       QStringLiteral("--encrypt"),
                       QStringLiteral("--passphrase-file"),
                       QStringLiteral("/dev/null"),
                       vectorPath(QStringLiteral("rfc/rfc7517_A2_rsa_private.json"))};
}

void TestCli::refusedConversions()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    VERIFY_ONE_LINE_ERROR(r, 2);
}

// --- inspect -----------------------------------------------------------------------------------------------

void TestCli::inspect()
{
    const QString file = vectorPath(QStringLiteral("rfc/rfc7517_B_rsa_x5c.json"));
    const Run r = cli({QStringLiteral("inspect"), file});
    VERIFY_OK(r);
    const QString out = QString::fromUtf8(r.out);
    const QString thumb = pythonThumbprints(readFile(file)).value(0);
    QVERIFY(!thumb.isEmpty());
    for (const QString& expected : {QStringLiteral("RSA 2048"), QStringLiteral("1b94c"), thumb,
                                    QStringLiteral("CN=Brian Campbell"), QStringLiteral("expired")}) {
        QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + out));
    }
    // a key without a certificate is not said to be expired
    const Run ec = cli({QStringLiteral("inspect"), vectorPath(QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json"))});
    VERIFY_OK(ec);
    const QString ecOut = QString::fromUtf8(ec.out);
    QVERIFY2(ecOut.contains(QStringLiteral("EC P-256")), qPrintable(ecOut));
    QVERIFY2(ecOut.contains(QStringLiteral("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s")), qPrintable(ecOut));
    QVERIFY2(!ecOut.contains(QStringLiteral("expired")), qPrintable(ecOut));
}

void TestCli::inspectBundle()
{
    const Run r = cli({QStringLiteral("inspect"), vectorPath(QStringLiteral("pem/valid/bundle_4_keys.pem"))});
    VERIFY_OK(r);
    const QString out = QString::fromUtf8(r.out);
    QStringList expectedLines = {QStringLiteral("RSA 2048"), QStringLiteral("EC P-256"), QStringLiteral("OKP Ed25519"),
                                 QStringLiteral("EC P-384")};
    // and the thumbprint of each of the four keys
    for (const auto& e :
         jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json"))).value(QStringLiteral("entries")).toArray()) {
        if (e.toObject().value(QStringLiteral("file")).toString() == QStringLiteral("valid/bundle_4_keys.pem")) {
            for (const auto& block : e.toObject().value(QStringLiteral("blocks")).toArray()) {
                expectedLines << block.toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString();
            }
        }
    }
    QCOMPARE(expectedLines.size(), 8);
    for (const QString& expected : expectedLines) {
        QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + out));
    }
    const Run cert =
        cli({QStringLiteral("inspect"), vectorPath(QStringLiteral("pem/valid/chain_2certs_leaf_then_ca.pem"))});
    VERIFY_OK(cert);
    QVERIFY(cert.out.contains("jwkman test leaf"));
    QVERIFY(cert.out.contains("jwkman test CA"));
}

// --- version, help, usage errors ----------------------------------------------------------------------------

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("jwkman-cli ");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: jwkman-cli");
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << QStringLiteral("Usage: jwkman-cli");
    QTest::newRow("help convert") << QStringList{QStringLiteral("help"), QStringLiteral("convert")}
                                  << QStringLiteral("--to");
    QTest::newRow("convert --help") << QStringList{QStringLiteral("convert"), QStringLiteral("--help")}
                                    << QStringLiteral("--encrypt");
    QTest::newRow("help generate") << QStringList{QStringLiteral("help"), QStringLiteral("generate")}
                                   << QStringLiteral("--kid-uuid");
    QTest::newRow("help thumbprint") << QStringList{QStringLiteral("help"), QStringLiteral("thumbprint")}
                                     << QStringLiteral("--hash");
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    VERIFY_OK(r);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
    if (args.first() == QStringLiteral("--version")) {
        QVERIFY(r.out.startsWith("jwkman-cli "));
        QCOMPARE(r.out.count('\n'), 1);
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString key = vectorPath(QStringLiteral("rfc/rfc7517_A2_rsa_private.json"));
    const QString pass = QStringLiteral("/dev/null");
    auto row = [](const char* name, const QStringList& args) { QTest::newRow(name) << args; };
    row("unknown command", {QStringLiteral("frobnicate")});
    row("unknown command that looks like an option", {QStringLiteral("--frobnicate")});
    row("unknown option", {QStringLiteral("thumbprint"), QStringLiteral("--frobnicate"), key});
    row("unknown option of convert",
        {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pem"), QStringLiteral("--armor"), key});
    row("option without its value", {QStringLiteral("thumbprint"), key, QStringLiteral("--hash")});
    row("missing --alg", {QStringLiteral("generate")});
    row("--encrypt without --passphrase-file",
        {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pem"), QStringLiteral("--encrypt"), key});
    row("--encrypt with --to jwk", {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"),
                                    QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), pass, key});
    row("--to unknown", {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("p12"), key});
    row("--to missing", {QStringLiteral("convert"), key});
    row("--hash unknown", {QStringLiteral("thumbprint"), QStringLiteral("--hash"), QStringLiteral("md5"), key});
    row("two inputs", {QStringLiteral("thumbprint"), key, key});
    row("help of an unknown command", {QStringLiteral("help"), QStringLiteral("frobnicate")});
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    VERIFY_ONE_LINE_ERROR(r, 64);
}

void TestCli::noArguments()
{
    const Run r = cli({});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("Usage: jwkman-cli"));
}

// --- malformed input ----------------------------------------------------------------------------------------

void TestCli::malformedInput_data()
{
    QTest::addColumn<QString>("kind"); // "file", "dir" or "missing"
    QTest::addColumn<QByteArray>("content");

    auto file = [](const char* name, const QByteArray& content) {
        QTest::newRow(name) << QStringLiteral("file") << content;
    };
    auto jwkWith = [](const QString& vector, const QJsonObject& set, const QStringList& remove = {}) {
        QJsonObject o = jsonObjectFile(vectorPath(vector));
        for (const auto& name : remove) {
            o.remove(name);
        }
        for (auto it = set.begin(); it != set.end(); ++it) {
            o.insert(it.key(), it.value());
        }
        return QJsonDocument(o).toJson();
    };
    const QString rsaPrivate = QStringLiteral("rfc/rfc7517_A2_rsa_private.json");
    const QString ecPrivate = QStringLiteral("rfc/rfc7517_A2_ec_p256_private.json");
    const QString ecPublic = QStringLiteral("rfc/rfc7517_A1_ec_p256_public.json");
    const QString edPrivate = QStringLiteral("rfc/rfc8037_A1_ed25519_private.json");

    const QByteArray pkcs8 = readFile(vectorPath(QStringLiteral("pem/valid/rsa2048_pkcs8_private.pem")));
    const QByteArray cert = readFile(vectorPath(QStringLiteral("pem/valid/selfsigned_rsa2048_cert.pem")));

    // PEM
    file("truncated PEM", pkcs8.left(pkcs8.size() / 2));
    file("truncated PEM in the END line", pkcs8.left(pkcs8.size() - 10));
    QByteArray wrongEnd = pkcs8;
    wrongEnd.replace("-----END PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----");
    file("wrong END label", wrongEnd);
    QByteArray badBase64 = pkcs8;
    badBase64[60] = '%';
    badBase64[61] = '$';
    file("bad base64 in PEM", badBase64);
    QByteArray flipped = pkcs8;
    flipped[200] = flipped[200] == 'Q' ? 'R' : 'Q';
    file("corrupted DER in PEM", flipped);
    file("PEM of an unknown label", "-----BEGIN X509 CRL-----\nMIIBAA==\n-----END X509 CRL-----\n");
    file("PEM BEGIN only", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n");
    {
        // one base64 line of the body left out: the DER lengths no longer add up
        QList<QByteArray> lines = cert.split('\n');
        lines.removeAt(lines.size() / 2);
        file("certificate with a line missing", lines.join('\n'));
    }
    file("OpenSSH private key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n"
                                "-----END OPENSSH PRIVATE KEY-----\n");
    file("encrypted PEM without passphrase",
         readFile(vectorPath(QStringLiteral("pem/valid/rsa2048_pkcs8_encrypted.pem"))));

    // empty and junk
    file("empty file", QByteArray());
    file("white space only", "\n \t\r\n");
    QRandomGenerator rng(20240611);
    QByteArray junk(4 * 1024 * 1024, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(junk.data()), junk.size() / 4);
    junk[0] = 'J'; // not '{', not 0x30, not white space
    file("4 MiB of random junk", junk);
    QByteArray derJunk = junk.left(64 * 1024);
    derJunk[0] = 0x30;
    derJunk[1] = static_cast<char>(0x82);
    file("DER garbage starting with 0x30", derJunk);
    file("short DER garbage", QByteArray("\x30\x03\x02\x01\x05", 5));
    const QByteArray spkiDer =
        QByteArray::fromBase64(readFile(vectorPath(QStringLiteral("pem/valid/ec_p256_spki_public.pem")))
                                   .replace("-----BEGIN PUBLIC KEY-----", "")
                                   .replace("-----END PUBLIC KEY-----", "")
                                   .trimmed());
    file("truncated DER", spkiDer.left(spkiDer.size() - 5));
    file("PNG header", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

    // JSON
    file("JSON that is not an object", "[{\"kty\": \"oct\", \"k\": \"AAAA\"}]");
    file("JSON string", "\"kty\"");
    file("JSON syntax error", "{\"kty\": \"EC\", \"crv\": \"P-256\",}");
    file("deeply nested JSON", QByteArray(10000, '['));
    file("deeply nested JSON in an object", "{\"keys\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + "}");
    file("invalid UTF-8", "{\"kty\": \"oct\", \"k\": \"AAAA\", \"kid\": \"\xC3\x28\xFF\xFE\"}");
    file("JWK missing kty", jwkWith(ecPublic, {}, {QStringLiteral("kty")}));
    file("unknown kty", jwkWith(ecPublic, {{QStringLiteral("kty"), QStringLiteral("DSA")}}));
    file("kty not a string", jwkWith(ecPublic, {{QStringLiteral("kty"), 3}}));
    file("padded base64 member",
         jwkWith(ecPublic, {{QStringLiteral("x"),
                             jsonObjectFile(vectorPath(ecPublic)).value(QStringLiteral("x")).toString() + u'='}}));
    file("standard base64 alphabet in a member",
         jwkWith(rsaPrivate, {{QStringLiteral("n"), jsonObjectFile(vectorPath(rsaPrivate))
                                                        .value(QStringLiteral("n"))
                                                        .toString()
                                                        .replace(u'-', u'+')
                                                        .replace(u'_', u'/')}}));
    {
        QJsonObject o = jsonObjectFile(vectorPath(ecPublic));
        QByteArray y = b64uDecode(o.value(QStringLiteral("y")).toString());
        y[5] = static_cast<char>(y[5] ^ 0x40);
        file("EC point not on curve", jwkWith(ecPublic, {{QStringLiteral("y"), b64u(y)}}));
    }
    {
        const QJsonObject p521 = [] {
            const QJsonObject e = jsonObjectFile(vectorPath(QStringLiteral("pem/expected.json")));
            for (const auto& v : e.value(QStringLiteral("entries")).toArray()) {
                if (v.toObject().value(QStringLiteral("file")).toString() ==
                    QStringLiteral("valid/ec_p521_spki_public.pem")) {
                    return v.toObject().value(QStringLiteral("expected_jwk")).toObject();
                }
            }
            return QJsonObject();
        }();
        QJsonObject shortX = p521;
        const QByteArray x = b64uDecode(p521.value(QStringLiteral("x")).toString());
        QCOMPARE(x.size(), 66);
        shortX.insert(QStringLiteral("x"), b64u(x.mid(1)));
        file("P-521 x of 65 octets", QJsonDocument(shortX).toJson());
    }
    file("EC missing y", jwkWith(ecPublic, {}, {QStringLiteral("y")}));
    file("unsupported curve", jwkWith(ecPublic, {{QStringLiteral("crv"), QStringLiteral("secp256k1")}}));
    {
        // d of another RSA key (RFC 7517 C.1) with the A.2 public key and CRT members dropped
        const QJsonObject other = jsonObjectFile(vectorPath(QStringLiteral("rfc/rfc7517_C1_rsa_private.json")));
        file("mismatched RSA private/public",
             jwkWith(rsaPrivate, {{QStringLiteral("d"), other.value(QStringLiteral("d"))}},
                     {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("dp"), QStringLiteral("dq"),
                      QStringLiteral("qi")}));
        file("mismatched RSA private/public with CRT",
             jwkWith(rsaPrivate, {{QStringLiteral("d"), other.value(QStringLiteral("d"))}}));
    }
    {
        QByteArray n = b64uDecode(jsonObjectFile(vectorPath(rsaPrivate)).value(QStringLiteral("n")).toString());
        n[n.size() - 1] = static_cast<char>(n.at(n.size() - 1) & 0xFE);
        file("even RSA modulus",
             jwkWith(QStringLiteral("rfc/rfc7517_A1_rsa_public.json"), {{QStringLiteral("n"), b64u(n)}}));
    }
    file("RSA private with p but no q", jwkWith(rsaPrivate, {}, {QStringLiteral("q")}));
    {
        QByteArray d = b64uDecode(jsonObjectFile(vectorPath(edPrivate)).value(QStringLiteral("d")).toString());
        d[0] = static_cast<char>(d.at(0) ^ 0x01);
        file("Ed25519 d that does not match x", jwkWith(edPrivate, {{QStringLiteral("d"), b64u(d)}}));
    }
    file("Ed25519 x of 31 octets", jwkWith(QStringLiteral("rfc/rfc8037_A2_ed25519_public.json"),
                                           {{QStringLiteral("x"), b64u(QByteArray(31, 'x'))}}));
    file("EC d that does not match the point",
         jwkWith(ecPrivate, {{QStringLiteral("d"), b64u(QByteArray(31, '\0') + '\x07')}}));
    file("oth member", jwkWith(rsaPrivate, {{QStringLiteral("oth"),
                                             QJsonArray{QJsonObject{{QStringLiteral("r"), QStringLiteral("AQAB")},
                                                                    {QStringLiteral("d"), QStringLiteral("AQAB")},
                                                                    {QStringLiteral("t"), QStringLiteral("AQAB")}}}}}));
    file("oct with empty k", "{\"kty\": \"oct\", \"k\": \"\"}");
    file("x5c not base64", jwkWith(QStringLiteral("rfc/rfc7517_A1_rsa_public.json"),
                                   {{QStringLiteral("x5c"), QJsonArray{QStringLiteral("not base64!")}}}));
    file("JWKS whose keys is not an array", "{\"keys\": {\"kty\": \"oct\", \"k\": \"AAAA\"}}");
    file("JWKS with no keys", "{\"keys\": []}");
    file("JWKS with an invalid key among good ones",
         "{\"keys\": [" + readFile(vectorPath(ecPublic)) + ", {\"kty\": \"EC\", \"crv\": \"P-256\"}]}");
    file("JWKS of only unknown key types", "{\"keys\": [{\"kty\": \"XYZ\"}]}");

    QTest::newRow("a directory as input") << QStringLiteral("dir") << QByteArray();
    QTest::newRow("a missing file") << QStringLiteral("missing") << QByteArray();
}

void TestCli::malformedInput()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QString path;
    if (kind == QStringLiteral("file")) {
        path = writeTemp(QStringLiteral("malformed.in"), content);
    } else if (kind == QStringLiteral("dir")) {
        path = m_dir.path();
    } else {
        path = m_dir.filePath(QStringLiteral("no-such-key.pem"));
    }
    const QList<QStringList> commands = {
        {QStringLiteral("public"), path},
        {QStringLiteral("thumbprint"), path},
        {QStringLiteral("inspect"), path},
        {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("pem"), path},
        {QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("jwk"), path},
    };
    for (const auto& args : commands) {
        const Run r = cli(args);
        QVERIFY2(r.finished, qPrintable(args.first() + QStringLiteral(" did not finish")));
        const QString context = args.join(u' ') + QStringLiteral(": ") + r.describe();
        QVERIFY2(r.exitCode == 2, qPrintable(context));
        QVERIFY2(r.out.isEmpty(), qPrintable(context));
        QVERIFY2(r.err.startsWith("jwkman-cli: ") && !r.err.startsWith("jwkman-cli: warning"), qPrintable(context));
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(context));
    }
    if (kind == QStringLiteral("file")) {
        // the same through standard input
        const Run r = cli({QStringLiteral("thumbprint"), QStringLiteral("-")}, content);
        QVERIFY2(r.finished, "thumbprint - did not finish");
        const QString context = QStringLiteral("thumbprint - (stdin): ") + r.describe();
        QVERIFY2(r.exitCode == 2, qPrintable(context));
        QVERIFY2(r.out.isEmpty(), qPrintable(context));
        QVERIFY2(r.err.startsWith("jwkman-cli: ") && r.err.count('\n') == 1, qPrintable(context));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
