// KeyFormats: the RFC keys export to the exact PEM of rfc/pem_export; every format of the table either round
// trips through the importer or is refused, for one generated key of each kind, exactly as the table says;
// encrypted PKCS#8 is PBES2 (PBKDF2-HMAC-SHA256, 600,000 iterations, AES-256-CBC) and openssl reads it.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/PassphraseProvider.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace jwk;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

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

QByteArray toBytes(const SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

using ProcessResult = jwktest::ProcessRun;

ProcessResult runOpenssl(const QStringList& args)
{
    return jwktest::runProcess(QStringLiteral("openssl"), args);
}

// Counts the requests; answers with kPassphrase, or with nothing.
class CountingPassphrase : public PassphraseProvider
{
public:
    explicit CountingPassphrase(std::optional<QByteArray> answer)
        : m_answer(std::move(answer))
    {
    }
    std::optional<SecureBytes> passphrase(const QString&, Purpose purpose, int attempt) override
    {
        ++requests;
        purposes << purpose;
        if (!m_answer || attempt > 1) {
            return std::nullopt;
        }
        return SecureBytes::fromByteArray(*m_answer);
    }
    int requests = 0;
    QList<Purpose> purposes;

private:
    std::optional<QByteArray> m_answer;
};

QString pemLabel(KeyFormat format)
{
    switch (format) {
    case KeyFormat::SpkiPem:
        return QStringLiteral("PUBLIC KEY");
    case KeyFormat::Pkcs8Pem:
        return QStringLiteral("PRIVATE KEY");
    case KeyFormat::EncryptedPkcs8Pem:
        return QStringLiteral("ENCRYPTED PRIVATE KEY");
    case KeyFormat::Pkcs1Pem:
        return QStringLiteral("RSA PRIVATE KEY");
    case KeyFormat::Pkcs1PublicPem:
        return QStringLiteral("RSA PUBLIC KEY");
    case KeyFormat::Sec1Pem:
        return QStringLiteral("EC PRIVATE KEY");
    default:
        return {};
    }
}

bool isJsonForm(KeyFormat f)
{
    return f == KeyFormat::JwkPublic || f == KeyFormat::JwkPrivate || f == KeyFormat::JwksPublic ||
           f == KeyFormat::JwksPrivate;
}

struct KindSpec
{
    const char* name;
    const char* alg;
    int bits;
    const char* curve;
};

const KindSpec kKinds[] = {
    {"RSA 2048", "PS256", 2048, ""},        {"EC P-256", "ES256", 0, ""},           {"EC P-384", "ES384", 0, ""},
    {"EC P-521", "ES512", 0, ""},           {"OKP Ed25519", "EdDSA", 0, "Ed25519"}, {"OKP Ed448", "EdDSA", 0, "Ed448"},
    {"OKP X25519", "ECDH-ES", 0, "X25519"}, {"OKP X448", "ECDH-ES", 0, "X448"},     {"oct 256", "HS256", 0, ""},
};

} // namespace

Q_DECLARE_METATYPE(jwk::KeyFormat)

class TestKeyFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void table();
    void rfcPemExport_data();
    void rfcPemExport();
    void everyFormat_data();
    void everyFormat();
    void publicOnlyKey_data();
    void publicOnlyKey();
    void encryptedPkcs8_data();
    void encryptedPkcs8();
    void encryptedWithoutPassphrase_data();
    void encryptedWithoutPassphrase();
    void conversionTargets();

private:
    std::map<QString, JsonWebKey> m_keys;
};

void TestKeyFormats::initTestCase()
{
    for (const auto& kind : kKinds) {
        GenerateOptions options;
        options.alg = QString::fromLatin1(kind.alg);
        options.bits = kind.bits;
        options.curve = QString::fromLatin1(kind.curve);
        const JsonWebKey key = generateKey(options);
        QCOMPARE(key.typeDescription(), QString::fromLatin1(kind.name));
        QVERIFY(key.isPrivate());
        m_keys[QString::fromLatin1(kind.name)] = key;
    }
}

void TestKeyFormats::table()
{
    const auto& formats = keyFormats();
    QCOMPARE(formats.size(), 18);
    QSet<QString> names;
    QSet<int> ids;
    for (const auto& info : formats) {
        QVERIFY(!info.name.isEmpty());
        QVERIFY(!info.label.isEmpty());
        QVERIFY(!info.extension.isEmpty());
        names.insert(info.name);
        ids.insert(static_cast<int>(info.id));
        QCOMPARE(keyFormatInfo(info.id).name, info.name);
        // binary forms never go to the clipboard; encrypted forms hold private material
        QVERIFY(!(info.binary && info.clipboardAllowed));
        QVERIFY(!info.encrypted || info.privateMaterial);
        QVERIFY(!(info.rsaOnly && info.ecOnly));
    }
    QCOMPARE(names.size(), formats.size());
    QCOMPARE(ids.size(), formats.size());
    QVERIFY(keyFormatInfo(KeyFormat::Pkcs1Pem).rsaOnly);
    QVERIFY(keyFormatInfo(KeyFormat::Pkcs1PublicDer).rsaOnly);
    QVERIFY(keyFormatInfo(KeyFormat::Sec1Der).ecOnly);
    QVERIFY(!keyFormatInfo(KeyFormat::SpkiPem).privateMaterial);
    QVERIFY(keyFormatInfo(KeyFormat::EncryptedPkcs8Der).encrypted);
}

// --- the RFC keys export byte for byte ----------------------------------------------------------------------

void TestKeyFormats::rfcPemExport_data()
{
    QTest::addColumn<QString>("jsonFile");
    QTest::addColumn<QString>("pemFile");
    QTest::addColumn<KeyFormat>("format");
    const QDir dir(vectorPath(QStringLiteral("rfc/pem_export")));
    const QStringList files = dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 16);
    for (const QString& file : files) {
        const qsizetype dot = file.indexOf(u'.');
        const QString name = file.left(dot);
        const QString kind = file.mid(dot + 1);
        KeyFormat format = KeyFormat::SpkiPem;
        if (kind == QStringLiteral("spki.pem")) {
            format = KeyFormat::SpkiPem;
        } else if (kind == QStringLiteral("pkcs8.pem")) {
            format = KeyFormat::Pkcs8Pem;
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected file %1").arg(file)));
        }
        QTest::newRow(qPrintable(file)) << vectorPath(QStringLiteral("rfc/%1.json").arg(name)) << dir.filePath(file)
                                        << format;
    }
}

void TestKeyFormats::rfcPemExport()
{
    QFETCH(QString, jsonFile);
    QFETCH(QString, pemFile);
    QFETCH(KeyFormat, format);
    const JsonWebKey key = JsonWebKey::fromJson(readFile(jsonFile));
    QVERIFY(formatUnavailableReason(key, format).isEmpty());
    const QByteArray expected = readFile(pemFile);
    QCOMPARE(toBytes(exportKey(key, format)), expected);
    // and the PEM reads back as the same key
    const ImportResult back = importKeys(expected, pemFile);
    QVERIFY(back.ok());
    QCOMPARE(back.keys.size(), 1);
    QVERIFY(back.keys.first().key.sameKeyAs(format == KeyFormat::SpkiPem ? key.publicKey() : key));
}

// --- every format, every kind ------------------------------------------------------------------------------

void TestKeyFormats::everyFormat_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<KeyFormat>("format");
    QTest::addColumn<bool>("available");
    for (const auto& kind : kKinds) {
        const QString name = QString::fromLatin1(kind.name);
        const bool rsa = name.startsWith(QStringLiteral("RSA"));
        const bool ec = name.startsWith(QStringLiteral("EC"));
        const bool oct = name.startsWith(QStringLiteral("oct"));
        for (const auto& info : keyFormats()) {
            bool available = !(info.rsaOnly && !rsa) && !(info.ecOnly && !ec);
            if (oct) {
                // oct keys have no PEM or DER form, and no public form; the JWE protects a JWK of any type
                available = info.id == KeyFormat::JwkPrivate || info.id == KeyFormat::JwksPrivate ||
                            info.id == KeyFormat::JweJwk;
            }
            QTest::addRow("%s %s", kind.name, qPrintable(info.name)) << name << info.id << available;
        }
    }
}

void TestKeyFormats::everyFormat()
{
    QFETCH(QString, kind);
    QFETCH(KeyFormat, format);
    QFETCH(bool, available);
    const JsonWebKey& key = m_keys.at(kind);
    const KeyFormatInfo& info = keyFormatInfo(format);

    const QString reason = formatUnavailableReason(key, format);
    QVERIFY2(reason.isEmpty() == available, qPrintable(QStringLiteral("reason: \"%1\"").arg(reason)));
    CountingPassphrase passphrase(kPassphrase);
    if (!available) {
        const auto error = [&]() -> std::optional<JwkError> {
            try {
                exportKey(key, format, &passphrase);
            } catch (const JwkError& e) {
                return e;
            }
            return std::nullopt;
        }();
        QVERIFY2(error.has_value(), "an unavailable format was exported");
        QVERIFY(!error->message().isEmpty());
        QCOMPARE(passphrase.requests, 0);
        return;
    }

    const SecureBytes exported = exportKey(key, format, &passphrase);
    const QByteArray bytes = toBytes(exported);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(passphrase.requests, info.encrypted ? 1 : 0);
    if (info.encrypted) {
        QCOMPARE(passphrase.purposes.first(), PassphraseProvider::Purpose::Encrypt);
    }

    // The shape of the output.
    if (isJsonForm(format)) {
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const bool set = format == KeyFormat::JwksPublic || format == KeyFormat::JwksPrivate;
        QCOMPARE(o.contains(QStringLiteral("keys")), set);
        const QJsonObject jwk = set ? o.value(QStringLiteral("keys")).toArray().first().toObject() : o;
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            if (!info.privateMaterial) {
                QVERIFY2(!jwk.contains(name), qPrintable(name));
            } else if (key.privateMember(name)) {
                QVERIFY2(jwk.contains(name), qPrintable(name));
            }
        }
    } else if (format == KeyFormat::JweJwk) {
        // A compact JWE: five base64url parts, the header a JSON object.
        QVERIFY2(bytes.startsWith("eyJ") && bytes.count('.') == 4 && bytes.endsWith('\n'), bytes.left(40));
    } else if (info.binary) {
        QCOMPARE(static_cast<unsigned char>(bytes.at(0)), 0x30);
        QVERIFY(!bytes.contains("-----BEGIN"));
    } else {
        const QString label = pemLabel(format);
        QVERIFY(!label.isEmpty());
        QVERIFY2(bytes.startsWith(QStringLiteral("-----BEGIN %1-----\n").arg(label).toLatin1()), bytes.left(40));
        QVERIFY2(bytes.endsWith(QStringLiteral("-----END %1-----\n").arg(label).toLatin1()), bytes.right(40));
    }

    // The round trip through the importer.
    CountingPassphrase decrypt(kPassphrase);
    const ImportResult back = importKeys(bytes, QStringLiteral("exported.%1").arg(info.extension), &decrypt);
    QVERIFY2(back.ok(), qPrintable(back.failureSummary()));
    QCOMPARE(back.keys.size(), 1);
    QCOMPARE(decrypt.requests, info.encrypted ? 1 : 0);
    const JsonWebKey& imported = back.keys.first().key;
    QCOMPARE(imported.isPrivate(), info.privateMaterial);
    if (info.privateMaterial) {
        QVERIFY(imported.sameKeyAs(key));
    } else {
        QVERIFY(imported.sameKeyAs(key.publicKey()));
    }
    QCOMPARE(imported.thumbprint(), key.thumbprint());
    if (isJsonForm(format) || format == KeyFormat::JweJwk) {
        // JSON keeps the metadata
        QCOMPARE(imported.kid(), key.kid());
        QCOMPARE(imported.alg(), key.alg());
        QCOMPARE(imported.use(), key.use());
    }
}

void TestKeyFormats::publicOnlyKey_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<KeyFormat>("format");
    for (const char* kind : {"RSA 2048", "EC P-384", "OKP Ed448", "OKP X25519"}) {
        for (const auto& info : keyFormats()) {
            QTest::addRow("%s %s", kind, qPrintable(info.name)) << QString::fromLatin1(kind) << info.id;
        }
    }
}

void TestKeyFormats::publicOnlyKey()
{
    QFETCH(QString, kind);
    QFETCH(KeyFormat, format);
    const JsonWebKey key = m_keys.at(kind).publicKey();
    const KeyFormatInfo& info = keyFormatInfo(format);
    const bool rsa = key.type() == KeyType::RSA;
    const bool ec = key.type() == KeyType::EC;
    // The password-protected JWE holds what the key holds, public keys too.
    const bool available =
        (!info.privateMaterial || format == KeyFormat::JweJwk) && !(info.rsaOnly && !rsa) && !(info.ecOnly && !ec);
    const QString reason = formatUnavailableReason(key, format);
    QVERIFY2(reason.isEmpty() == available, qPrintable(reason));
    if (!available) {
        bool threw = false;
        try {
            exportKey(key, format);
        } catch (const JwkError&) {
            threw = true;
        }
        QVERIFY(threw);
        return;
    }
    CountingPassphrase encrypt(kPassphrase);
    const QByteArray bytes = toBytes(exportKey(key, format, &encrypt));
    CountingPassphrase decrypt(kPassphrase);
    const ImportResult back = importKeys(bytes, QStringLiteral("public"), &decrypt);
    QVERIFY2(back.ok(), qPrintable(back.failureSummary()));
    QCOMPARE(back.keys.size(), 1);
    QVERIFY(!back.keys.first().key.isPrivate());
    QVERIFY(back.keys.first().key.sameKeyAs(key));
}

// --- encrypted PKCS#8 --------------------------------------------------------------------------------------

void TestKeyFormats::encryptedPkcs8_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<KeyFormat>("format");
    for (const char* kind : {"RSA 2048", "EC P-256", "EC P-521", "OKP Ed25519", "OKP X448"}) {
        QTest::addRow("%s pem", kind) << QString::fromLatin1(kind) << KeyFormat::EncryptedPkcs8Pem;
    }
    QTest::addRow("EC P-384 der") << QStringLiteral("EC P-384") << KeyFormat::EncryptedPkcs8Der;
    QTest::addRow("OKP Ed448 der") << QStringLiteral("OKP Ed448") << KeyFormat::EncryptedPkcs8Der;
}

void TestKeyFormats::encryptedPkcs8()
{
    QFETCH(QString, kind);
    QFETCH(KeyFormat, format);
    const JsonWebKey& key = m_keys.at(kind);
    const bool pem = format == KeyFormat::EncryptedPkcs8Pem;
    CountingPassphrase passphrase(kPassphrase);
    const QByteArray bytes = toBytes(exportKey(key, format, &passphrase));
    QCOMPARE(passphrase.requests, 1);
    if (pem) {
        QVERIFY(bytes.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(bytes.endsWith("-----END ENCRYPTED PRIVATE KEY-----\n"));
    } else {
        QCOMPARE(static_cast<unsigned char>(bytes.at(0)), 0x30);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(pem ? QStringLiteral("key.pem") : QStringLiteral("key.der"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const QString inform = pem ? QStringLiteral("PEM") : QStringLiteral("DER");

    // The structure: PBES2 with PBKDF2-HMAC-SHA256 (600,000 iterations) and AES-256-CBC.
    const ProcessResult asn1 =
        runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-inform"), inform, QStringLiteral("-in"), path});
    QVERIFY(asn1.finished);
    QVERIFY2(asn1.exitCode == 0, asn1.err.constData());
    const QString parsed = QString::fromLatin1(asn1.out);
    for (const char* expected : {":PBES2", ":PBKDF2", ":hmacWithSHA256", ":aes-256-cbc"}) {
        QVERIFY2(parsed.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in\n") + parsed));
    }
    QCOMPARE(kPkcs8Iterations, 600000);
    // asn1parse prints INTEGERs in hex: 600000 = 0x0927C0
    const QString iterations = QStringLiteral("INTEGER") + QStringLiteral(" ").repeated(11) + QStringLiteral(":0927C0");
    QVERIFY2(parsed.contains(iterations), qPrintable(parsed));
    QVERIFY2(!parsed.contains(QLatin1String("hmacWithSHA1")), qPrintable(parsed));

    // openssl decrypts it to the same key.
    const ProcessResult decrypted =
        runOpenssl({QStringLiteral("pkey"), QStringLiteral("-inform"), inform, QStringLiteral("-in"), path,
                    QStringLiteral("-passin"), QStringLiteral("pass:") + QString::fromLatin1(kPassphrase)});
    QVERIFY(decrypted.finished);
    QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
    QVERIFY(decrypted.out.startsWith("-----BEGIN PRIVATE KEY-----"));
    const ImportResult fromOpenssl = importKeys(decrypted.out, QStringLiteral("openssl"));
    QVERIFY2(fromOpenssl.ok(), qPrintable(fromOpenssl.failureSummary()));
    QCOMPARE(fromOpenssl.keys.size(), 1);
    QVERIFY(fromOpenssl.keys.first().key.sameKeyAs(key));

    // and refuses a wrong passphrase
    const ProcessResult wrong =
        runOpenssl({QStringLiteral("pkey"), QStringLiteral("-inform"), inform, QStringLiteral("-in"), path,
                    QStringLiteral("-passin"), QStringLiteral("pass:correct horse battery")});
    QVERIFY(wrong.finished);
    QVERIFY(wrong.exitCode != 0);

    // A new salt and IV each time.
    CountingPassphrase again(kPassphrase);
    QVERIFY(toBytes(exportKey(key, format, &again)) != bytes);
}

void TestKeyFormats::encryptedWithoutPassphrase_data()
{
    QTest::addColumn<KeyFormat>("format");
    QTest::newRow("pem") << KeyFormat::EncryptedPkcs8Pem;
    QTest::newRow("der") << KeyFormat::EncryptedPkcs8Der;
}

void TestKeyFormats::encryptedWithoutPassphrase()
{
    QFETCH(KeyFormat, format);
    const JsonWebKey& key = m_keys.at(QStringLiteral("EC P-256"));
    auto errorOf = [&](PassphraseProvider* provider) -> std::optional<JwkError> {
        try {
            exportKey(key, format, provider);
        } catch (const JwkError& e) {
            return e;
        }
        return std::nullopt;
    };
    // no provider at all
    const auto none = errorOf(nullptr);
    QVERIFY(none.has_value());
    QCOMPARE(none->kind(), JwkError::Kind::Cancelled);
    // a provider that declines
    CountingPassphrase declines(std::nullopt);
    const auto declined = errorOf(&declines);
    QVERIFY(declined.has_value());
    QCOMPARE(declined->kind(), JwkError::Kind::Cancelled);
    QCOMPARE(declines.requests, 1);
    // an empty passphrase is refused, not used
    CountingPassphrase empty(QByteArray(""));
    const auto emptyError = errorOf(&empty);
    QVERIFY(emptyError.has_value());
    QVERIFY(!emptyError->message().isEmpty());
}

void TestKeyFormats::conversionTargets()
{
    // jwkman-cli convert --to NAME: the names, and the form of the table each picks for a private key, a public key
    // and with --encrypt.
    QStringList names;
    for (const auto& target : jwk::conversionTargets()) {
        names << target.name;
        QCOMPARE(findConversionTarget(target.name), &target);
        // One encoding per name: the private and public forms are both JSON, both PEM or both DER.
        QCOMPARE(jwk::isJsonFormat(target.publicKeyForm), jwk::isJsonFormat(target.privateKeyForm));
        QCOMPARE(jwk::isJsonFormat(target.privateKeyForm), isJsonForm(target.privateKeyForm));
        QCOMPARE(keyFormatInfo(target.publicKeyForm).binary, keyFormatInfo(target.privateKeyForm).binary);
        if (target.encryptedForm) {
            QVERIFY(keyFormatInfo(*target.encryptedForm).encrypted);
            QCOMPARE(keyFormatInfo(*target.encryptedForm).binary, keyFormatInfo(target.privateKeyForm).binary);
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("jwk"), QStringLiteral("jwks"), QStringLiteral("pem"),
                                 QStringLiteral("pem-public"), QStringLiteral("pkcs1"), QStringLiteral("sec1"),
                                 QStringLiteral("der"), QStringLiteral("der-public"), QStringLiteral("jwe"),
                                 QStringLiteral("p12")}));
    QVERIFY(!findConversionTarget(QStringLiteral("pkcs8-pem")));
    QVERIFY(!findConversionTarget(QString()));

    const JsonWebKey& rsa = m_keys.at(QStringLiteral("RSA 2048"));
    const JsonWebKey rsaPublic = rsa.publicKey();
    const auto formFor = [](const char* name, const JsonWebKey& key, bool encrypt) {
        return findConversionTarget(QString::fromLatin1(name))->formFor(key, encrypt);
    };
    QCOMPARE(formFor("pem", rsa, false), KeyFormat::Pkcs8Pem);
    QCOMPARE(formFor("pem", rsaPublic, false), KeyFormat::SpkiPem);
    QCOMPARE(formFor("pem", rsa, true), KeyFormat::EncryptedPkcs8Pem);
    QCOMPARE(formFor("der", rsa, false), KeyFormat::Pkcs8Der);
    QCOMPARE(formFor("der", rsaPublic, false), KeyFormat::SpkiDer);
    QCOMPARE(formFor("der", rsa, true), KeyFormat::EncryptedPkcs8Der);
    QCOMPARE(formFor("pem-public", rsa, false), KeyFormat::SpkiPem);
    QCOMPARE(formFor("der-public", rsa, false), KeyFormat::SpkiDer);
    QCOMPARE(formFor("pkcs1", rsa, false), KeyFormat::Pkcs1Pem);
    QCOMPARE(formFor("pkcs1", rsaPublic, false), KeyFormat::Pkcs1PublicPem);
    QCOMPARE(formFor("sec1", rsa, false), KeyFormat::Sec1Pem);
    QCOMPARE(formFor("jwk", rsa, false), KeyFormat::JwkPrivate);
    QCOMPARE(formFor("jwk", rsaPublic, false), KeyFormat::JwkPublic);
    QCOMPARE(formFor("jwks", rsaPublic, false), KeyFormat::JwksPublic);
    // Only pem and der take --encrypt.
    QStringList encryptable;
    for (const auto& target : jwk::conversionTargets()) {
        if (target.encryptedForm) {
            encryptable << target.name;
        }
    }
    QCOMPARE(encryptable, (QStringList{QStringLiteral("pem"), QStringLiteral("der")}));
    // sec1 is for EC private keys: the table's own reason refuses an RSA key.
    QVERIFY(!formatUnavailableReason(rsa, formFor("sec1", rsa, false)).isEmpty());
    QVERIFY(formatUnavailableReason(m_keys.at(QStringLiteral("EC P-256")), formFor("sec1", rsa, false)).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyFormats)
#include "tst_keyformats.moc"
