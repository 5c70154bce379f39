// KeyImporter against the test data (pem/expected.json, rfc/): every PEM vector gives exactly the expected
// JWK, public JWK, thumbprint and certificate members; passphrases (wrong, retried, none); line endings and
// surrounding text; certificates with their keys and chains in any order; malformed PEM; DER made at test time;
// JWK and JWK Set inputs; empty input, random bytes and an EC point off the curve.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyImporter.h"
#include "keys/PassphraseProvider.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace jwk;

namespace {

const QString kPassphrase = QStringLiteral("correct horse");

QString vectorsDir()
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR);
}

QString vectorPath(const QString& relative)
{
    return vectorsDir() + u'/' + relative;
}

QString pemPath(const QString& file)
{
    return vectorPath(QStringLiteral("pem/") + file);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

QByteArray readPem(const QString& file)
{
    return readFile(pemPath(file));
}

QJsonDocument jsonFile(const QString& path)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("%s is not JSON: %s", qPrintable(path), qPrintable(error.errorString()));
    }
    return doc;
}

QJsonArray pemEntries()
{
    return jsonFile(vectorPath(QStringLiteral("pem/expected.json")))
        .object()
        .value(QStringLiteral("entries"))
        .toArray();
}

QJsonObject pemEntry(const QString& file)
{
    for (const auto& e : pemEntries()) {
        if (e.toObject().value(QStringLiteral("file")).toString() == file) {
            return e.toObject();
        }
    }
    qFatal("no entry %s in pem/expected.json", qPrintable(file));
}

// base64url without padding, by Qt (not by the code under test).
QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray secureToBytes(const SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

// The body of the first PEM block, decoded: the DER of the same structure.
QByteArray pemBodyToDer(const QByteArray& pem)
{
    QByteArray body;
    bool inside = false;
    for (const QByteArray& rawLine : pem.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("-----BEGIN ")) {
            inside = true;
            continue;
        }
        if (line.startsWith("-----END ")) {
            break;
        }
        if (inside && !line.contains(':')) {
            body += line;
        }
    }
    return QByteArray::fromBase64(body);
}

// Runs openssl with the arguments; returns its standard output, or a null array on failure.
QByteArray runOpenssl(const QStringList& args, const QByteArray& input = {})
{
    jwktest::ProcessOptions options;
    options.input = input;
    options.waitMs = 30000;
    const jwktest::ProcessRun r = jwktest::runProcess(QStringLiteral("openssl"), args, options);
    if (!r.finished || r.exitCode != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.describe()));
        return {};
    }
    return r.out;
}

const QStringList& metadataMembers()
{
    static const QStringList names = {QStringLiteral("x5c"), QStringLiteral("x5t"), QStringLiteral("x5t#S256")};
    return names;
}

QJsonObject withoutCertificateMembers(QJsonObject o)
{
    for (const auto& name : metadataMembers()) {
        o.remove(name);
    }
    return o;
}

// The key's members as one JSON object: the public members (less x5c, x5t, x5t#S256) and every private member
// base64url-encoded by Qt.
QJsonObject allKeyMembers(const JsonWebKey& key)
{
    QJsonObject o = withoutCertificateMembers(key.publicMembers());
    for (const auto& name : JsonWebKey::privateMemberNames()) {
        if (const SecureBytes* value = key.privateMember(name)) {
            o.insert(name, b64u(secureToBytes(*value)));
        }
    }
    return o;
}

QString describe(const ImportResult& r)
{
    QStringList lines;
    for (const auto& k : r.keys) {
        lines << QStringLiteral("key %1 from %2").arg(k.key.typeDescription(), k.origin);
    }
    for (const auto& f : r.failures) {
        lines << QStringLiteral("failure %1: %2 (wrongPassphrase=%3 skipped=%4)")
                     .arg(f.origin, f.reason)
                     .arg(f.wrongPassphrase)
                     .arg(f.skipped);
    }
    return lines.join(QStringLiteral("; "));
}

// Answers from a script, one answer per attempt; records every request.
class ScriptedPassphrase : public PassphraseProvider
{
public:
    explicit ScriptedPassphrase(QList<std::optional<QByteArray>> answers)
        : m_answers(std::move(answers))
    {
    }
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override
    {
        requests << Request{what, purpose, attempt};
        if (attempt < 1 || attempt > m_answers.size() || !m_answers.at(attempt - 1)) {
            return std::nullopt;
        }
        return SecureBytes::fromByteArray(*m_answers.at(attempt - 1));
    }
    struct Request
    {
        QString what;
        Purpose purpose;
        int attempt;
    };
    QList<Request> requests;

private:
    QList<std::optional<QByteArray>> m_answers;
};

FixedPassphrase correctPassphrase()
{
    return FixedPassphrase(SecureBytes::fromByteArray(kPassphrase.toUtf8()));
}

} // namespace

class TestKeyImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pemVectors_data();
    void pemVectors();
    void bundleBlocks();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void askAgainAfterWrongPassphrase_data();
    void askAgainAfterWrongPassphrase();
    void noPassphraseProvider_data();
    void noPassphraseProvider();
    void declinedPassphrase();
    void crlfLineEndings_data();
    void crlfLineEndings();
    void textAroundBlocks();
    void certificateWithItsKey_data();
    void certificateWithItsKey();
    void chainInReverseOrder();
    void chainFromSeparateFiles();
    void labelMismatch_data();
    void labelMismatch();
    void truncatedPem_data();
    void truncatedPem();
    void badPem_data();
    void badPem();
    void derInputs_data();
    void derInputs();
    void encryptedDerWrongPassphrase();
    void derTrailingBytes_data();
    void derTrailingBytes();
    void ecParametersBlock();
    void opensslGeneratedKeys_data();
    void opensslGeneratedKeys();
    void rfcJsonInputs_data();
    void rfcJsonInputs();
    void rfcCertificateJwk();
    void emptyInput_data();
    void emptyInput();
    void randomBytes_data();
    void randomBytes();
    void ecPointNotOnCurve();
    void malformedJson_data();
    void malformedJson();
    void importFileErrors();
};

// --- every entry of pem/expected.json ---------------------------------------------------------------------

void TestKeyImporter::pemVectors_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const auto entries = pemEntries();
    QCOMPARE(entries.size(), 27);
    for (const auto& e : entries) {
        const auto o = e.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString())) << o;
    }
}

void TestKeyImporter::pemVectors()
{
    QFETCH(QJsonObject, entry);
    const QString file = entry.value(QStringLiteral("file")).toString();
    const bool encrypted = entry.value(QStringLiteral("passphrase")).isString();
    if (encrypted) {
        QCOMPARE(entry.value(QStringLiteral("passphrase")).toString(), kPassphrase);
    }
    FixedPassphrase passphrase = correctPassphrase();
    const ImportResult result = importFile(pemPath(file), encrypted ? &passphrase : nullptr);
    QVERIFY2(result.failures.isEmpty(), qPrintable(describe(result)));
    QVERIFY2(result.ok(), qPrintable(describe(result)));

    const bool bundle = entry.contains(QStringLiteral("blocks"));
    QCOMPARE(result.keys.size(), bundle ? entry.value(QStringLiteral("blocks")).toArray().size() : 1);
    const JsonWebKey& key = result.keys.first().key;

    // Key members, exactly: public ones from publicMembers(), private ones from privateMember().
    const QJsonObject expectedJwk = entry.value(QStringLiteral("expected_jwk")).toObject();
    QCOMPARE(allKeyMembers(key), expectedJwk);
    QCOMPARE(key.isPrivate(), entry.value(QStringLiteral("private")).toBool());
    QCOMPARE(key.kty(), entry.value(QStringLiteral("kty")).toString());
    QCOMPARE(key.curve(), entry.value(QStringLiteral("crv")).toString());
    for (const auto& name : JsonWebKey::privateMemberNames()) {
        QCOMPARE(key.privateMember(name) != nullptr, expectedJwk.contains(name));
    }

    // The public JWK.
    const QJsonObject expectedPublic = entry.value(QStringLiteral("expected_public_jwk")).toObject();
    const JsonWebKey pub = key.publicKey();
    QVERIFY(!pub.isPrivate());
    QCOMPARE(withoutCertificateMembers(pub.publicMembers()), expectedPublic);

    // The thumbprint.
    QCOMPARE(key.thumbprint(), entry.value(QStringLiteral("expected_thumbprint_sha256")).toString());
    QCOMPARE(pub.thumbprint(), entry.value(QStringLiteral("expected_thumbprint_sha256")).toString());

    // Certificates: x5c (exact list), x5t, x5t#S256; keys without certificates have none of them.
    const QJsonObject members = key.publicMembers();
    if (entry.contains(QStringLiteral("x5c"))) {
        QCOMPARE(members.value(QStringLiteral("x5c")).toArray(), entry.value(QStringLiteral("x5c")).toArray());
        QCOMPARE(members.value(QStringLiteral("x5t")).toString(), entry.value(QStringLiteral("x5t")).toString());
        QCOMPARE(members.value(QStringLiteral("x5t#S256")).toString(),
                 entry.value(QStringLiteral("x5t#S256")).toString());
        // and they describe the leaf, computed here independently
        const QJsonArray x5c = entry.value(QStringLiteral("x5c")).toArray();
        const QByteArray leafDer = QByteArray::fromBase64(x5c.first().toString().toLatin1());
        QCOMPARE(members.value(QStringLiteral("x5t")).toString(),
                 b64u(QCryptographicHash::hash(leafDer, QCryptographicHash::Sha1)));
        QCOMPARE(members.value(QStringLiteral("x5t#S256")).toString(),
                 b64u(QCryptographicHash::hash(leafDer, QCryptographicHash::Sha256)));
        QCOMPARE(key.certificateChain().size(), x5c.size());
        QCOMPARE(key.certificateChain().first(), leafDer);
        // the public key keeps the chain
        QCOMPARE(pub.publicMembers().value(QStringLiteral("x5c")).toArray(), x5c);
    } else {
        for (const auto& name : metadataMembers()) {
            QVERIFY2(!members.contains(name), qPrintable(name));
        }
    }

    // The same input from memory (importKeys) gives the same key.
    const ImportResult fromMemory = importKeys(readPem(file), file, encrypted ? &passphrase : nullptr);
    QVERIFY2(fromMemory.ok(), qPrintable(describe(fromMemory)));
    QCOMPARE(fromMemory.keys.size(), result.keys.size());
    QVERIFY(fromMemory.keys.first().key.sameKeyAs(key));
}

void TestKeyImporter::bundleBlocks()
{
    const QJsonObject entry = pemEntry(QStringLiteral("valid/bundle_4_keys.pem"));
    const QJsonArray blocks = entry.value(QStringLiteral("blocks")).toArray();
    const QJsonArray labels = entry.value(QStringLiteral("pem_labels")).toArray();
    QCOMPARE(blocks.size(), 4);
    const ImportResult result = importFile(pemPath(QStringLiteral("valid/bundle_4_keys.pem")));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks.at(i).toObject();
        const JsonWebKey& key = result.keys.at(i).key;
        const QJsonObject expected = block.value(QStringLiteral("expected_jwk")).toObject();
        QCOMPARE(allKeyMembers(key), expected);
        QCOMPARE(key.kty(), block.value(QStringLiteral("kty")).toString());
        QCOMPARE(key.curve(), block.value(QStringLiteral("crv")).toString());
        QCOMPARE(key.isPrivate(), block.value(QStringLiteral("private")).toBool());
        QCOMPARE(key.thumbprint(), block.value(QStringLiteral("expected_thumbprint_sha256")).toString());
        // The origin names the block and its label.
        const QString origin = result.keys.at(i).origin;
        QVERIFY2(origin.contains(QStringLiteral("block %1").arg(i + 1)), qPrintable(origin));
        QVERIFY2(origin.contains(labels.at(i).toString()), qPrintable(origin));
    }
}

// --- passphrases -------------------------------------------------------------------------------------------

static void encryptedFiles()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pkcs8") << QStringLiteral("valid/rsa2048_pkcs8_encrypted.pem");
    QTest::newRow("legacy pkcs1") << QStringLiteral("valid/rsa2048_pkcs1_encrypted_legacy.pem");
}

void TestKeyImporter::wrongPassphrase_data()
{
    encryptedFiles();
}

void TestKeyImporter::wrongPassphrase()
{
    QFETCH(QString, file);
    FixedPassphrase wrong(SecureBytes::fromByteArray("incorrect horse"));
    const ImportResult result = importFile(pemPath(file), &wrong);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures.first().wrongPassphrase, qPrintable(describe(result)));
    QVERIFY(!result.failures.first().skipped);
    QVERIFY(!result.ok());
    QVERIFY2(result.failures.first().reason.contains(QStringLiteral("passphrase")), qPrintable(describe(result)));
}

void TestKeyImporter::askAgainAfterWrongPassphrase_data()
{
    encryptedFiles();
}

void TestKeyImporter::askAgainAfterWrongPassphrase()
{
    QFETCH(QString, file);
    ScriptedPassphrase provider({QByteArray("wrong"), kPassphrase.toUtf8()});
    const ImportResult result = importFile(pemPath(file), &provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    QCOMPARE(result.keys.first().key.thumbprint(),
             pemEntry(file).value(QStringLiteral("expected_thumbprint_sha256")).toString());
    QCOMPARE(allKeyMembers(result.keys.first().key), pemEntry(file).value(QStringLiteral("expected_jwk")).toObject());
    QCOMPARE(provider.requests.size(), 2);
    QCOMPARE(provider.requests.at(0).attempt, 1);
    QCOMPARE(provider.requests.at(1).attempt, 2);
    QCOMPARE(provider.requests.at(0).purpose, PassphraseProvider::Purpose::Decrypt);
    QVERIFY(!provider.requests.at(0).what.isEmpty());
    QCOMPARE(provider.requests.at(1).what, provider.requests.at(0).what);
}

void TestKeyImporter::noPassphraseProvider_data()
{
    encryptedFiles();
}

void TestKeyImporter::noPassphraseProvider()
{
    QFETCH(QString, file);
    const ImportResult result = importFile(pemPath(file));
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY2(result.failures.first().skipped, qPrintable(describe(result)));
    QVERIFY(!result.failures.first().wrongPassphrase);
}

void TestKeyImporter::declinedPassphrase()
{
    ScriptedPassphrase declines({std::nullopt});
    const ImportResult result = importFile(pemPath(QStringLiteral("valid/rsa2048_pkcs8_encrypted.pem")), &declines);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY(result.failures.first().skipped);
    QVERIFY(!result.failures.first().wrongPassphrase);
    QCOMPARE(declines.requests.size(), 1);

    // Unencrypted input never asks.
    ScriptedPassphrase unused({kPassphrase.toUtf8()});
    const ImportResult plain = importFile(pemPath(QStringLiteral("valid/rsa2048_pkcs8_private.pem")), &unused);
    QVERIFY(plain.ok());
    QVERIFY(unused.requests.isEmpty());
}

// --- line endings, surrounding text -----------------------------------------------------------------------

void TestKeyImporter::crlfLineEndings_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"valid/rsa2048_pkcs8_private.pem", "valid/ec_p521_sec1_private.pem",
                          "valid/rsa2048_pkcs8_encrypted.pem", "valid/rsa2048_pkcs1_encrypted_legacy.pem",
                          "valid/bundle_4_keys.pem", "valid/chain_2certs_leaf_then_ca.pem"}) {
        QTest::newRow(f) << QString::fromLatin1(f);
    }
}

void TestKeyImporter::crlfLineEndings()
{
    QFETCH(QString, file);
    const QByteArray lf = readPem(file);
    QVERIFY(!lf.contains('\r'));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    FixedPassphrase p1 = correctPassphrase();
    FixedPassphrase p2 = correctPassphrase();
    const ImportResult a = importKeys(lf, file, &p1);
    const ImportResult b = importKeys(crlf, file, &p2);
    QVERIFY2(a.ok(), qPrintable(describe(a)));
    QVERIFY2(b.ok(), qPrintable(describe(b)));
    QCOMPARE(b.keys.size(), a.keys.size());
    for (qsizetype i = 0; i < a.keys.size(); ++i) {
        QVERIFY(b.keys.at(i).key.sameKeyAs(a.keys.at(i).key));
        QCOMPARE(b.keys.at(i).key.publicMembers(), a.keys.at(i).key.publicMembers());
    }
}

void TestKeyImporter::textAroundBlocks()
{
    const QString file = QStringLiteral("valid/bundle_4_keys.pem");
    QByteArray data = "Keys for the staging issuer.\nGenerated 2024-01-01 by ops; do not share.\n\n" + readPem(file) +
                      "\n-- end of bundle --\nsee https://example.invalid/keys\n";
    // and between blocks
    data.replace("-----END PUBLIC KEY-----\n", "-----END PUBLIC KEY-----\nthe next one is Ed25519:\n");
    const ImportResult result = importKeys(data, file);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const QJsonArray blocks = pemEntry(file).value(QStringLiteral("blocks")).toArray();
    QCOMPARE(result.keys.size(), blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QCOMPARE(result.keys.at(i).key.thumbprint(),
                 blocks.at(i).toObject().value(QStringLiteral("expected_thumbprint_sha256")).toString());
    }
    // One block preceded by text, as `openssl x509 -text` or `openssl ec -text` print.
    const QByteArray single = "Private-Key: (256 bit)\npriv:\n    00:11:22\n" +
                              readPem(QStringLiteral("valid/ec_p256_sec1_private.pem")) + "trailing";
    const ImportResult r2 = importKeys(single, QStringLiteral("single"));
    QVERIFY2(r2.ok(), qPrintable(describe(r2)));
    QCOMPARE(r2.keys.size(), 1);
    QCOMPARE(r2.keys.first().key.thumbprint(), pemEntry(QStringLiteral("valid/ec_p256_sec1_private.pem"))
                                                   .value(QStringLiteral("expected_thumbprint_sha256"))
                                                   .toString());
}

// --- certificates -----------------------------------------------------------------------------------------

void TestKeyImporter::certificateWithItsKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    const QString rsaCert = QStringLiteral("valid/selfsigned_rsa2048_cert.pem");
    const QString rsaKey = QStringLiteral("valid/selfsigned_rsa2048_key.pem");
    const QString leafCert = QStringLiteral("valid/chain_leaf_p256_cert.pem");
    const QString leafKey = QStringLiteral("valid/chain_leaf_p256_key.pem");
    QTest::newRow("rsa cert then key") << rsaCert << rsaKey << rsaCert << rsaKey;
    QTest::newRow("rsa key then cert") << rsaKey << rsaCert << rsaCert << rsaKey;
    QTest::newRow("p256 leaf cert then key") << leafCert << leafKey << leafCert << leafKey;
    QTest::newRow("p256 key then leaf cert") << leafKey << leafCert << leafCert << leafKey;
}

void TestKeyImporter::certificateWithItsKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    const ImportResult result = importKeys(readPem(first) + readPem(second), QStringLiteral("combined.pem"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    const JsonWebKey& key = result.keys.first().key;
    QVERIFY(key.isPrivate());
    const QJsonObject keyEntry = pemEntry(keyFile);
    const QJsonObject certEntry = pemEntry(certFile);
    QCOMPARE(allKeyMembers(key), keyEntry.value(QStringLiteral("expected_jwk")).toObject());
    QCOMPARE(key.publicMembers().value(QStringLiteral("x5c")).toArray(),
             certEntry.value(QStringLiteral("x5c")).toArray());
    QCOMPARE(key.publicMembers().value(QStringLiteral("x5t")).toString(),
             certEntry.value(QStringLiteral("x5t")).toString());
    QCOMPARE(key.publicMembers().value(QStringLiteral("x5t#S256")).toString(),
             certEntry.value(QStringLiteral("x5t#S256")).toString());
    QCOMPARE(key.thumbprint(), certEntry.value(QStringLiteral("expected_thumbprint_sha256")).toString());
}

void TestKeyImporter::chainInReverseOrder()
{
    const QJsonObject chainEntry = pemEntry(QStringLiteral("valid/chain_2certs_leaf_then_ca.pem"));
    const QJsonArray x5c = chainEntry.value(QStringLiteral("x5c")).toArray();
    QCOMPARE(x5c.size(), 2);
    // Split the chain file into its two blocks and put the CA first.
    const QByteArray chain = readPem(QStringLiteral("valid/chain_2certs_leaf_then_ca.pem"));
    const QByteArray marker = "-----END CERTIFICATE-----";
    const qsizetype cut = chain.indexOf(marker) + marker.size();
    QVERIFY(cut > marker.size());
    const QByteArray leaf = chain.left(cut) + '\n';
    const QByteArray ca = chain.mid(cut).trimmed() + '\n';
    QVERIFY(ca.startsWith("-----BEGIN CERTIFICATE-----"));

    const ImportResult result = importKeys(ca + leaf, QStringLiteral("reversed.pem"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    const JsonWebKey& key = result.keys.first().key;
    QVERIFY(!key.isPrivate());
    QCOMPARE(key.publicMembers().value(QStringLiteral("x5c")).toArray(), x5c);
    QCOMPARE(key.publicMembers().value(QStringLiteral("x5t")).toString(),
             chainEntry.value(QStringLiteral("x5t")).toString());
    QCOMPARE(allKeyMembers(key), chainEntry.value(QStringLiteral("expected_jwk")).toObject());

    // CA, key, leaf: the leaf key takes the whole chain.
    const ImportResult withKey =
        importKeys(ca + readPem(QStringLiteral("valid/chain_leaf_p256_key.pem")) + leaf, QStringLiteral("mixed.pem"));
    QVERIFY2(withKey.ok(), qPrintable(describe(withKey)));
    QCOMPARE(withKey.keys.size(), 1);
    QVERIFY(withKey.keys.first().key.isPrivate());
    QCOMPARE(withKey.keys.first().key.publicMembers().value(QStringLiteral("x5c")).toArray(), x5c);
}

void TestKeyImporter::chainFromSeparateFiles()
{
    // The separate CA and leaf files, CA first, as the chain file has them leaf first.
    const QByteArray input = readPem(QStringLiteral("valid/chain_ca_p384_cert.pem")) +
                             readPem(QStringLiteral("valid/chain_leaf_p256_cert.pem"));
    const ImportResult result = importKeys(input, QStringLiteral("ca-then-leaf.pem"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    QCOMPARE(result.keys.first().key.publicMembers().value(QStringLiteral("x5c")).toArray(),
             pemEntry(QStringLiteral("valid/chain_2certs_leaf_then_ca.pem")).value(QStringLiteral("x5c")).toArray());

    // Two unrelated self-signed certificates stay two keys, each with its own one-element x5c.
    const ImportResult two = importKeys(readPem(QStringLiteral("valid/selfsigned_rsa2048_cert.pem")) +
                                            readPem(QStringLiteral("valid/chain_ca_p384_cert.pem")),
                                        QStringLiteral("two.pem"));
    QVERIFY2(two.ok(), qPrintable(describe(two)));
    QCOMPARE(two.keys.size(), 2);
    for (const auto& k : two.keys) {
        QCOMPARE(k.key.publicMembers().value(QStringLiteral("x5c")).toArray().size(), 1);
    }
}

// --- malformed PEM ----------------------------------------------------------------------------------------

void TestKeyImporter::labelMismatch_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray pkcs8 = readPem(QStringLiteral("valid/rsa2048_pkcs8_private.pem"));
    QByteArray a = pkcs8;
    a.replace("-----END PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----");
    QTest::newRow("PRIVATE KEY / RSA PRIVATE KEY") << a;
    QByteArray b = readPem(QStringLiteral("valid/ec_p256_spki_public.pem"));
    b.replace("-----END PUBLIC KEY-----", "-----END PRIVATE KEY-----");
    QTest::newRow("PUBLIC KEY / PRIVATE KEY") << b;
    QByteArray c = readPem(QStringLiteral("valid/selfsigned_rsa2048_cert.pem"));
    c.replace("-----END CERTIFICATE-----", "-----END CERTIFICATE REQUEST-----");
    QTest::newRow("CERTIFICATE / CERTIFICATE REQUEST") << c;
    // The second block of a bundle.
    QByteArray d = readPem(QStringLiteral("valid/bundle_4_keys.pem"));
    d.replace("-----END PUBLIC KEY-----", "-----END EC PUBLIC KEY-----");
    QTest::newRow("bundle block 2") << d;
    QByteArray e = pkcs8;
    e.replace("-----END PRIVATE KEY-----", "-----END private key-----");
    QTest::newRow("case differs") << e;
}

void TestKeyImporter::labelMismatch()
{
    QFETCH(QByteArray, data);
    const ImportResult result = importKeys(data, QStringLiteral("mismatch.pem"));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.failures.isEmpty());
    QVERIFY(result.keys.isEmpty());
}

void TestKeyImporter::truncatedPem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("fraction");
    for (const char* f :
         {"valid/rsa2048_pkcs8_private.pem", "valid/ec_p384_sec1_private.pem", "valid/rsa2048_pkcs8_encrypted.pem",
          "valid/selfsigned_rsa2048_cert.pem", "valid/ed25519_spki_public.pem", "valid/bundle_4_keys.pem"}) {
        for (double fraction : {0.1, 0.5, 0.9}) {
            QTest::addRow("%s at %d%%", f, int(fraction * 100)) << QString::fromLatin1(f) << fraction;
        }
    }
    // Cut inside the END line, and just before its last dash.
    QTest::addRow("pkcs8 inside END line") << QStringLiteral("valid/rsa2048_pkcs8_private.pem") << -12.0;
    QTest::addRow("pkcs8 before last dash") << QStringLiteral("valid/rsa2048_pkcs8_private.pem") << -2.0;
}

void TestKeyImporter::truncatedPem()
{
    QFETCH(QString, file);
    QFETCH(double, fraction);
    const QByteArray full = readPem(file);
    const qsizetype cut = fraction < 0 ? full.size() + qsizetype(fraction) : qsizetype(full.size() * fraction);
    const QByteArray data = full.left(cut);
    FixedPassphrase passphrase = correctPassphrase();
    const ImportResult result = importKeys(data, QStringLiteral("truncated.pem"), &passphrase);
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.failures.isEmpty());
    if (!file.contains(QStringLiteral("bundle"))) {
        QVERIFY2(result.keys.isEmpty(), qPrintable(describe(result)));
    }
    for (const auto& f : result.failures) {
        QVERIFY(!f.reason.isEmpty());
    }
}

void TestKeyImporter::badPem_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray pkcs8 = readPem(QStringLiteral("valid/rsa2048_pkcs8_private.pem"));
    QByteArray badBase64 = pkcs8;
    badBase64[40] = '!';
    badBase64[41] = '*';
    QTest::newRow("bad base64") << badBase64;
    QByteArray flipped = pkcs8;
    flipped[100] = flipped[100] == 'A' ? 'B' : 'A';
    QTest::newRow("flipped character") << flipped;
    QTest::newRow("unknown label") << QByteArray("-----BEGIN FOO BAR-----\nAAAA\n-----END FOO BAR-----\n");
    QTest::newRow("certificate request") << QByteArray(
        "-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n");
    QTest::newRow("empty body") << QByteArray("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
    QTest::newRow("BEGIN without dashes") << QByteArray("-----BEGIN PRIVATE KEY\nAAAA\n-----END PRIVATE KEY-----\n");
    QTest::newRow("only BEGIN") << QByteArray("-----BEGIN PUBLIC KEY-----\n");
    QTest::newRow("openssh") << QByteArray(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
    QTest::newRow("certificate with key body")
        << QByteArray("-----BEGIN CERTIFICATE-----\n" +
                      pkcs8.mid(pkcs8.indexOf('\n') + 1, pkcs8.indexOf("-----END") - pkcs8.indexOf('\n') - 1) +
                      "-----END CERTIFICATE-----\n");
    QByteArray trailingGarbage = pkcs8;
    trailingGarbage.insert(trailingGarbage.indexOf("-----END"), "AAAAAAAA\n");
    QTest::newRow("extra DER bytes") << trailingGarbage;
}

void TestKeyImporter::badPem()
{
    QFETCH(QByteArray, data);
    const ImportResult result = importKeys(data, QStringLiteral("bad.pem"));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QVERIFY(!result.failures.isEmpty());
    QVERIFY2(result.keys.isEmpty(), qPrintable(describe(result)));
}

// --- DER --------------------------------------------------------------------------------------------------

void TestKeyImporter::derInputs_data()
{
    QTest::addColumn<QString>("file"); // the pem/expected.json entry
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<bool>("encrypted");

    auto opensslDer = [](const QStringList& args) {
        const QByteArray der = runOpenssl(args);
        if (der.isEmpty()) {
            qFatal("openssl %s gave no DER", qPrintable(args.join(u' ')));
        }
        return der;
    };
    const QString pass = QStringLiteral("pass:") + kPassphrase;

    // openssl converts the vectors
    QTest::newRow("spki rsa (openssl)") << QStringLiteral("valid/rsa2048_spki_public.pem")
                                        << opensslDer({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                                       QStringLiteral("-in"),
                                                       pemPath(QStringLiteral("valid/rsa2048_spki_public.pem")),
                                                       QStringLiteral("-outform"), QStringLiteral("DER")})
                                        << false;
    QTest::newRow("spki ec p384 (openssl)")
        << QStringLiteral("valid/ec_p384_spki_public.pem")
        << opensslDer({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                       pemPath(QStringLiteral("valid/ec_p384_spki_public.pem")), QStringLiteral("-outform"),
                       QStringLiteral("DER")})
        << false;
    QTest::newRow("pkcs8 rsa (openssl)") << QStringLiteral("valid/rsa2048_pkcs8_private.pem")
                                         << opensslDer({QStringLiteral("pkey"), QStringLiteral("-in"),
                                                        pemPath(QStringLiteral("valid/rsa2048_pkcs8_private.pem")),
                                                        QStringLiteral("-outform"), QStringLiteral("DER")})
                                         << false;
    QTest::newRow("pkcs8 ec p521 (openssl)") << QStringLiteral("valid/ec_p521_pkcs8_private.pem")
                                             << opensslDer({QStringLiteral("pkey"), QStringLiteral("-in"),
                                                            pemPath(QStringLiteral("valid/ec_p521_pkcs8_private.pem")),
                                                            QStringLiteral("-outform"), QStringLiteral("DER")})
                                             << false;
    QTest::newRow("encrypted pkcs8 rsa (openssl)")
        << QStringLiteral("valid/rsa2048_pkcs8_private.pem")
        << opensslDer({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                       pemPath(QStringLiteral("valid/rsa2048_pkcs8_private.pem")), QStringLiteral("-v2"),
                       QStringLiteral("aes-256-cbc"), QStringLiteral("-iter"), QStringLiteral("1000"),
                       QStringLiteral("-passout"), pass, QStringLiteral("-outform"), QStringLiteral("DER")})
        << true;
    QTest::newRow("encrypted pkcs8 ed25519 (openssl)")
        << QStringLiteral("valid/ed25519_pkcs8_private.pem")
        << opensslDer({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                       pemPath(QStringLiteral("valid/ed25519_pkcs8_private.pem")), QStringLiteral("-v2"),
                       QStringLiteral("aes-128-cbc"), QStringLiteral("-iter"), QStringLiteral("1000"),
                       QStringLiteral("-passout"), pass, QStringLiteral("-outform"), QStringLiteral("DER")})
        << true;
    QTest::newRow("certificate rsa (openssl)")
        << QStringLiteral("valid/selfsigned_rsa2048_cert.pem")
        << opensslDer({QStringLiteral("x509"), QStringLiteral("-in"),
                       pemPath(QStringLiteral("valid/selfsigned_rsa2048_cert.pem")), QStringLiteral("-outform"),
                       QStringLiteral("DER")})
        << false;
    QTest::newRow("pkcs1 rsa private (openssl)")
        << QStringLiteral("valid/rsa2048_pkcs1_private.pem")
        << opensslDer({QStringLiteral("rsa"), QStringLiteral("-in"),
                       pemPath(QStringLiteral("valid/rsa2048_pkcs1_private.pem")), QStringLiteral("-outform"),
                       QStringLiteral("DER"), QStringLiteral("-traditional")})
        << false;
    QTest::newRow("sec1 ec p256 (openssl)") << QStringLiteral("valid/ec_p256_sec1_private.pem")
                                            << opensslDer({QStringLiteral("ec"), QStringLiteral("-in"),
                                                           pemPath(QStringLiteral("valid/ec_p256_sec1_private.pem")),
                                                           QStringLiteral("-outform"), QStringLiteral("DER")})
                                            << false;

    // the PEM bodies themselves are DER of the same structure
    for (const char* f :
         {"valid/rsa2048_spki_public.pem", "valid/ec_p256_spki_public.pem", "valid/ec_p521_spki_public.pem",
          "valid/ed25519_spki_public.pem", "valid/x25519_spki_public.pem", "valid/rsa2048_pkcs8_private.pem",
          "valid/ec_p384_pkcs8_private.pem", "valid/ed25519_pkcs8_private.pem", "valid/x25519_pkcs8_private.pem",
          "valid/rsa2048_pkcs1_public.pem", "valid/ec_p521_sec1_private.pem", "valid/chain_leaf_p256_cert.pem",
          "valid/chain_ca_p384_cert.pem", "valid/selfsigned_rsa2048_cert.pem"}) {
        const QString file = QString::fromLatin1(f);
        QTest::addRow("%s body", f) << file << pemBodyToDer(readPem(file)) << false;
    }
    QTest::newRow("encrypted pkcs8 rsa body")
        << QStringLiteral("valid/rsa2048_pkcs8_encrypted.pem")
        << pemBodyToDer(readPem(QStringLiteral("valid/rsa2048_pkcs8_encrypted.pem"))) << true;
}

void TestKeyImporter::derInputs()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, der);
    QFETCH(bool, encrypted);
    QVERIFY(!der.isEmpty());
    QCOMPARE(static_cast<unsigned char>(der.at(0)), 0x30);
    const QJsonObject entry = pemEntry(file);

    ScriptedPassphrase provider({kPassphrase.toUtf8()});
    const ImportResult result = importKeys(der, QStringLiteral("key.der"), &provider);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    const JsonWebKey& key = result.keys.first().key;
    QCOMPARE(allKeyMembers(key), entry.value(QStringLiteral("expected_jwk")).toObject());
    QCOMPARE(key.thumbprint(), entry.value(QStringLiteral("expected_thumbprint_sha256")).toString());
    QCOMPARE(provider.requests.size(), encrypted ? 1 : 0);
    if (entry.contains(QStringLiteral("x5c"))) {
        const QJsonArray x5c = entry.value(QStringLiteral("x5c")).toArray();
        QCOMPARE(key.publicMembers().value(QStringLiteral("x5c")).toArray(), QJsonArray{x5c.first()});
        QCOMPARE(key.publicMembers().value(QStringLiteral("x5t#S256")).toString(),
                 entry.value(QStringLiteral("x5t#S256")).toString());
    }
    if (encrypted) {
        // without a provider: skipped
        const ImportResult none = importKeys(der, QStringLiteral("key.der"));
        QVERIFY(none.keys.isEmpty());
        QCOMPARE(none.failures.size(), 1);
        QVERIFY(none.failures.first().skipped);
    }
}

void TestKeyImporter::encryptedDerWrongPassphrase()
{
    const QByteArray der = pemBodyToDer(readPem(QStringLiteral("valid/rsa2048_pkcs8_encrypted.pem")));
    FixedPassphrase wrong(SecureBytes::fromByteArray("Correct horse"));
    const ImportResult result = importKeys(der, QStringLiteral("key.der"), &wrong);
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY(result.failures.first().wrongPassphrase);
}

void TestKeyImporter::derTrailingBytes_data()
{
    QTest::addColumn<QByteArray>("der");
    const QByteArray spki = pemBodyToDer(readPem(QStringLiteral("valid/ec_p256_spki_public.pem")));
    const QByteArray pkcs8 = pemBodyToDer(readPem(QStringLiteral("valid/rsa2048_pkcs8_private.pem")));
    const QByteArray cert = pemBodyToDer(readPem(QStringLiteral("valid/chain_leaf_p256_cert.pem")));
    QTest::newRow("spki + zero bytes") << spki + QByteArray(4, '\0');
    QTest::newRow("spki + spki") << spki + spki;
    QTest::newRow("pkcs8 + junk") << pkcs8 + QByteArray("junk");
    QTest::newRow("spki truncated") << spki.left(spki.size() - 1);
    QTest::newRow("pkcs8 truncated") << pkcs8.left(pkcs8.size() / 2);
    QTest::newRow("certificate truncated") << cert.left(cert.size() - 20);
    QByteArray wrongLength = spki;
    wrongLength[1] = static_cast<char>(wrongLength[1] + 1);
    QTest::newRow("spki with a wrong outer length") << wrongLength;
}

void TestKeyImporter::derTrailingBytes()
{
    QFETCH(QByteArray, der);
    const ImportResult result = importKeys(der, QStringLiteral("damaged.der"));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.keys.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.failures.size(), 1);
}

void TestKeyImporter::ecParametersBlock()
{
    // `openssl ecparam -genkey` writes EC PARAMETERS before the key.
    const QByteArray pem = runOpenssl(
        {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("secp384r1"), QStringLiteral("-genkey")});
    QVERIFY(pem.startsWith("-----BEGIN EC PARAMETERS-----"));
    QVERIFY(pem.contains("-----BEGIN EC PRIVATE KEY-----"));
    const ImportResult result = importKeys(pem, QStringLiteral("ecparam.pem"));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    QCOMPARE(result.keys.first().key.typeDescription(), QStringLiteral("EC P-384"));
    QVERIFY(result.keys.first().key.isPrivate());
}

void TestKeyImporter::opensslGeneratedKeys_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("fieldOctets"); // EC/OKP member size; 0 for RSA
    QTest::newRow("RSA 1024") << QStringLiteral("RSA") << QStringLiteral("1024") << 150 << 0;
    QTest::newRow("EC P-256") << QStringLiteral("EC") << QStringLiteral("P-256") << 600 << 32;
    QTest::newRow("EC P-384") << QStringLiteral("EC") << QStringLiteral("P-384") << 600 << 48;
    QTest::newRow("EC P-521") << QStringLiteral("EC") << QStringLiteral("P-521") << 1200 << 66;
    QTest::newRow("Ed25519") << QStringLiteral("ED25519") << QString() << 300 << 32;
    QTest::newRow("Ed448") << QStringLiteral("ED448") << QString() << 100 << 57;
    QTest::newRow("X25519") << QStringLiteral("X25519") << QString() << 300 << 32;
    QTest::newRow("X448") << QStringLiteral("X448") << QString() << 100 << 56;
}

// Keys made by OpenSSL, written as PKCS#8 and SPKI by OpenSSL, import to JWKs of fixed-size members (EC members
// keep their leading zero octets; RSA members have none) that export back to OpenSSL's own SPKI.
void TestKeyImporter::opensslGeneratedKeys()
{
    QFETCH(QString, type);
    QFETCH(QString, param);
    QFETCH(int, count);
    QFETCH(int, fieldOctets);
    int leadingZeros = 0;
    for (int i = 0; i < count; ++i) {
        EVP_PKEY* pkey = nullptr;
        if (type == QStringLiteral("RSA")) {
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(param.toInt()));
        } else if (type == QStringLiteral("EC")) {
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", param.toLatin1().constData());
        } else {
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, type.toLatin1().constData());
        }
        QVERIFY(pkey);
        // PKCS#8 PEM and SPKI DER by OpenSSL
        BIO* bio = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1);
        char* data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        const QByteArray pem(data, len);
        BIO_free(bio);
        unsigned char* spkiData = nullptr;
        const int spkiLen = i2d_PUBKEY(pkey, &spkiData);
        QVERIFY(spkiLen > 0);
        const QByteArray spki(reinterpret_cast<const char*>(spkiData), spkiLen);
        OPENSSL_free(spkiData);
        EVP_PKEY_free(pkey);

        const ImportResult result = importKeys(pem, QStringLiteral("openssl key %1").arg(i));
        QVERIFY2(result.ok(), qPrintable(describe(result) + QStringLiteral("\n") + QString::fromLatin1(pem)));
        QCOMPARE(result.keys.size(), 1);
        const JsonWebKey& key = result.keys.first().key;
        QVERIFY(key.isPrivate());
        if (fieldOctets) {
            for (const char* m : {"x", "y"}) {
                if (!key.hasMember(QLatin1String(m))) {
                    continue;
                }
                const QByteArray v = key.publicMember(QLatin1String(m));
                QCOMPARE(v.size(), fieldOctets);
                leadingZeros += v.at(0) == 0;
            }
            const SecureBytes* d = key.privateMember(QStringLiteral("d"));
            QVERIFY(d);
            QCOMPARE(static_cast<int>(d->size()), fieldOctets);
            leadingZeros += d->data()[0] == 0;
        } else {
            for (const auto& name : {QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("q"),
                                     QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi")}) {
                const SecureBytes* v = key.privateMember(name);
                QVERIFY2(v && !v->isEmpty(), qPrintable(name));
                QVERIFY2(v->data()[0] != 0, qPrintable(name + QStringLiteral(" has a leading zero octet")));
            }
            QVERIFY(key.publicMember(QStringLiteral("n")).at(0) != 0);
        }
        // The JWK, read back from its own JSON, is the same key.
        const SecureBytes json = key.toJson(true);
        const ImportResult again = importKeys(json.view(), QStringLiteral("json"));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QVERIFY(again.keys.first().key.sameKeyAs(key));
        // The public key from OpenSSL's SPKI is the same public key.
        const ImportResult pub = importKeys(spki, QStringLiteral("spki"));
        QVERIFY2(pub.ok(), qPrintable(describe(pub)));
        QVERIFY(pub.keys.first().key.sameKeyAs(key.publicKey()));
    }
    if (fieldOctets == 66) {
        // P-521 members have a leading zero about once in 2 (the top octet holds one bit) ...
        QVERIFY(leadingZeros > count / 4);
    } else if (fieldOctets == 32 && type == QStringLiteral("EC")) {
        // ... P-256 ones once in 256: 1,800 members make missing them all unlikely (e^-7)
        QVERIFY(leadingZeros > 0);
    }
}

// --- JWK and JWK Set inputs -------------------------------------------------------------------------------

void TestKeyImporter::rfcJsonInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("thumbprints");
    const QJsonArray entries = jsonFile(vectorPath(QStringLiteral("rfc/expected.json"))).array();
    QVERIFY(entries.size() >= 17);
    for (const auto& e : entries) {
        const QJsonObject o = e.toObject();
        QStringList thumbs;
        const QJsonValue t = o.value(QStringLiteral("expected_thumbprint_sha256"));
        if (t.isArray()) {
            for (const auto& v : t.toArray()) {
                thumbs << v.toString();
            }
        } else {
            thumbs << t.toString();
        }
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << file << thumbs;
    }
}

void TestKeyImporter::rfcJsonInputs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, thumbprints);
    const ImportResult result = importFile(vectorPath(file));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), thumbprints.size());
    const QJsonObject json = jsonFile(vectorPath(file)).object();
    const bool set = json.contains(QStringLiteral("keys"));
    for (qsizetype i = 0; i < thumbprints.size(); ++i) {
        const JsonWebKey& key = result.keys.at(i).key;
        QCOMPARE(key.thumbprint(), thumbprints.at(i));
        // The members come through as they were, private ones included.
        const QJsonObject original = set ? json.value(QStringLiteral("keys")).toArray().at(i).toObject() : json;
        QJsonObject got = key.publicMembers();
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            if (const SecureBytes* v = key.privateMember(name)) {
                got.insert(name, b64u(secureToBytes(*v)));
            }
        }
        QCOMPARE(got, original);
        if (set) {
            QVERIFY2(result.keys.at(i).origin.contains(QStringLiteral("keys[%1]").arg(i)),
                     qPrintable(result.keys.at(i).origin));
        }
    }
    // and from memory, with leading white space and a byte order mark
    const ImportResult fromMemory = importKeys("\xEF\xBB\xBF \n\t" + readFile(vectorPath(file)), file);
    QVERIFY2(fromMemory.ok(), qPrintable(describe(fromMemory)));
    QCOMPARE(fromMemory.keys.size(), thumbprints.size());
}

void TestKeyImporter::rfcCertificateJwk()
{
    const ImportResult result = importFile(vectorPath(QStringLiteral("rfc/rfc7517_B_rsa_x5c.json")));
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.keys.size(), 1);
    const JsonWebKey& key = result.keys.first().key;
    QCOMPARE(key.certificateChain().size(), 1);
    QCOMPARE(key.kid(), QStringLiteral("1b94c"));
}

// --- hostile input ----------------------------------------------------------------------------------------

void TestKeyImporter::emptyInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("white space") << QByteArray(" \n\r\n\t  \n");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("byte order mark and newline") << QByteArray("\xEF\xBB\xBF\n");
}

void TestKeyImporter::emptyInput()
{
    QFETCH(QByteArray, data);
    const ImportResult result = importKeys(data, QStringLiteral("empty"));
    QVERIFY(!result.ok());
    QVERIFY(result.keys.isEmpty());
    QCOMPARE(result.failures.size(), 1);
    QVERIFY(!result.failures.first().reason.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("empty.pem")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const ImportResult fromFile = importFile(f.fileName());
    QVERIFY(fromFile.keys.isEmpty());
    QCOMPARE(fromFile.failures.size(), 1);
}

void TestKeyImporter::randomBytes_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QByteArray>("prefix");
    for (quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("seed %u", seed) << seed << QByteArray();
    }
    QTest::newRow("starts as DER") << 4u << QByteArray("\x30\x82\x10\x00", 4);
    QTest::newRow("starts as JSON") << 5u << QByteArray("{\"kty\":");
    QTest::newRow("PEM BEGIN inside") << 6u << QByteArray("-----BEGIN PRIVATE KEY-----\n");
}

void TestKeyImporter::randomBytes()
{
    QFETCH(quint32, seed);
    QFETCH(QByteArray, prefix);
    QRandomGenerator rng(seed);
    QByteArray data(1024 * 1024, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    data.replace(0, prefix.size(), prefix);
    const ImportResult result = importKeys(data, QStringLiteral("random.bin"));
    QVERIFY(!result.ok());
    QVERIFY(result.keys.isEmpty());
    QVERIFY(!result.failures.isEmpty());
}

void TestKeyImporter::ecPointNotOnCurve()
{
    QJsonObject set = jsonFile(vectorPath(QStringLiteral("rfc/rfc7517_A1_public_jwks.json"))).object();
    QJsonArray keys = set.value(QStringLiteral("keys")).toArray();
    QJsonObject ec = keys.at(0).toObject();
    QCOMPARE(ec.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
    // Change one octet of y: the point leaves the curve (a change that kept it on the curve is negligibly likely).
    QByteArray y =
        QByteArray::fromBase64(ec.value(QStringLiteral("y")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(y.size(), 32);
    y[31] = static_cast<char>(y[31] ^ 0x01);
    ec.insert(QStringLiteral("y"), b64u(y));
    keys.replace(0, ec);
    set.insert(QStringLiteral("keys"), keys);
    const QByteArray json = QJsonDocument(set).toJson();

    const ImportResult result = importKeys(json, QStringLiteral("jwks.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.failures.size(), 1);
    const QString reason = result.failures.first().reason;
    QVERIFY2(reason.contains(QStringLiteral("point")) && reason.contains(QStringLiteral("P-256")), qPrintable(reason));
    QVERIFY2(result.failures.first().origin.contains(QStringLiteral("keys[0]")),
             qPrintable(result.failures.first().origin));
    for (const auto& k : result.keys) {
        QVERIFY(k.key.type() != KeyType::EC);
    }

    // The single JWK likewise.
    const ImportResult single = importKeys(QJsonDocument(ec).toJson(), QStringLiteral("jwk.json"));
    QVERIFY(single.keys.isEmpty());
    QCOMPARE(single.failures.size(), 1);
    QVERIFY2(single.failures.first().reason.contains(QStringLiteral("point")),
             qPrintable(single.failures.first().reason));
}

void TestKeyImporter::malformedJson_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("string") << QByteArray("\"kty\"");
    QTest::newRow("unterminated") << QByteArray("{\"kty\": \"EC\"");
    QTest::newRow("missing kty") << QByteArray("{\"n\": \"AQAB\", \"e\": \"AQAB\"}");
    QTest::newRow("unknown kty") << QByteArray("{\"kty\": \"DSA\", \"y\": \"AQAB\"}");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("keys not an array") << QByteArray("{\"keys\": {\"kty\": \"oct\", \"k\": \"AAAA\"}}");
    QTest::newRow("empty key set") << QByteArray("{\"keys\": []}");
    QTest::newRow("deep nesting") << ("{\"a\":" + QByteArray(10000, '[') + QByteArray(10000, ']') + "}");
    QTest::newRow("deep nesting, unclosed") << QByteArray(10000, '[');
    QTest::newRow("invalid utf-8") << QByteArray("{\"kty\": \"oct\", \"k\": \"AAAA\", \"kid\": \"\xC3\x28\xFF\"}");
}

void TestKeyImporter::malformedJson()
{
    QFETCH(QByteArray, data);
    const ImportResult result = importKeys(data, QStringLiteral("bad.json"));
    QVERIFY2(!result.ok(), qPrintable(describe(result)));
    QVERIFY(result.keys.isEmpty());
    QVERIFY(!result.failures.isEmpty());
}

void TestKeyImporter::importFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ImportResult folder = importFile(dir.path());
    QVERIFY(folder.keys.isEmpty());
    QCOMPARE(folder.failures.size(), 1);
    const ImportResult missing = importFile(dir.filePath(QStringLiteral("no-such-file.pem")));
    QVERIFY(missing.keys.isEmpty());
    QCOMPARE(missing.failures.size(), 1);
    QVERIFY(missing.failures.first().origin.contains(QStringLiteral("no-such-file.pem")));
}

QTEST_GUILESS_MAIN(TestKeyImporter)
#include "tst_keyimporter.moc"
