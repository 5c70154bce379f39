// KeyLint: the findings a security engineer wants to see, each asserted with its severity.

#include "TestUtil.h"
#include "keys/Certificate.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyLint.h"
#include "keys/OpenSslKey.h"

#include <QtTest>

using namespace jwk;
using Severity = LintFinding::Severity;

namespace {

// Whether `findings` has one of `severity` whose message contains `needle`.
bool has(const QList<LintFinding>& findings, Severity severity, const QString& needle)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const LintFinding& f) { return f.severity == severity && f.message.contains(needle); });
}

QString dump(const QList<LintFinding>& findings)
{
    QStringList lines;
    for (const auto& f : findings) {
        lines << severityName(f.severity) + QStringLiteral(": ") + f.message;
    }
    return lines.join(QLatin1Char('\n'));
}

JsonWebKey generated(const QString& alg, int bits = 0, const QString& curve = QString())
{
    GenerateOptions options;
    options.alg = alg;
    options.bits = bits;
    options.curve = curve;
    return generateKey(options);
}

JsonWebKey rsaOfBits(int bits)
{
    // Below 2048 bits the generator refuses: make the key with OpenSSL directly.
    EvpPkeyPtr pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
    JsonWebKey key = fromEvpPkey(pkey.get());
    key.setKid(QStringLiteral("k"));
    key.setAlg(QStringLiteral("RS256"));
    return key;
}

} // namespace

class TestKeyLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanGeneratedKeysHaveNoWarnings_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("curve");
        for (const char* alg : {"ES256", "ES384", "ES512", "EdDSA", "HS256", "A256KW", "A128GCM", "PS256", "RS256"}) {
            QTest::newRow(alg) << QString::fromLatin1(alg) << QString();
        }
        QTest::newRow("ECDH-ES X25519") << QStringLiteral("ECDH-ES") << QStringLiteral("X25519");
        QTest::newRow("ECDH-ES+A256KW P-521") << QStringLiteral("ECDH-ES+A256KW") << QStringLiteral("P-521");
    }
    void cleanGeneratedKeysHaveNoWarnings()
    {
        QFETCH(QString, alg);
        QFETCH(QString, curve);
        const JsonWebKey key = generated(alg, alg.startsWith(QStringLiteral("RS")) ? 3072 : 0, curve);
        const auto findings = lintKey(key);
        for (const auto& f : findings) {
            QVERIFY2(f.severity == Severity::Info, qPrintable(dump(findings)));
        }
    }

    void rsaSizes()
    {
        const auto small = lintKey(rsaOfBits(1024));
        QVERIFY2(has(small, Severity::Warning, QStringLiteral("RSA 1024 is too small")), qPrintable(dump(small)));
        const auto medium = lintKey(generated(QStringLiteral("PS256"), 2048));
        QVERIFY2(has(medium, Severity::Info, QStringLiteral("long-lived keys should have 3072")),
                 qPrintable(dump(medium)));
        QVERIFY(!has(medium, Severity::Warning, QStringLiteral("RSA")));
        const auto large = lintKey(generated(QStringLiteral("PS256"), 3072));
        QVERIFY2(!has(large, Severity::Info, QStringLiteral("RSA")), qPrintable(dump(large)));
    }

    void missingKidAndAlg()
    {
        JsonWebKey key = generated(QStringLiteral("ES256"));
        key.setKid(QString());
        key.setAlg(QString());
        const auto findings = lintKey(key);
        QVERIFY2(has(findings, Severity::Warning, QStringLiteral("no \"kid\"")), qPrintable(dump(findings)));
        QVERIFY2(has(findings, Severity::Warning, QStringLiteral("no \"alg\"")), qPrintable(dump(findings)));
    }

    void algThatDoesNotFit_data()
    {
        QTest::addColumn<QString>("keyAlg");
        QTest::addColumn<QString>("keyCurve");
        QTest::addColumn<QString>("claimedAlg");
        QTest::newRow("ES256 on P-384") << QStringLiteral("ES384") << QString() << QStringLiteral("ES256");
        QTest::newRow("RS256 on EC") << QStringLiteral("ES256") << QString() << QStringLiteral("RS256");
        QTest::newRow("EdDSA on X25519") << QStringLiteral("ECDH-ES") << QStringLiteral("X25519")
                                         << QStringLiteral("EdDSA");
        QTest::newRow("A256KW on a 128-bit key") << QStringLiteral("A128KW") << QString() << QStringLiteral("A256KW");
        QTest::newRow("HS512 on a 256-bit key") << QStringLiteral("HS256") << QString() << QStringLiteral("HS512");
        QTest::newRow("unknown alg") << QStringLiteral("ES256") << QString() << QStringLiteral("ES257");
    }
    void algThatDoesNotFit()
    {
        QFETCH(QString, keyAlg);
        QFETCH(QString, keyCurve);
        QFETCH(QString, claimedAlg);
        JsonWebKey key = generated(keyAlg, 0, keyCurve);
        key.setAlg(claimedAlg);
        key.setUse(QString());
        const auto findings = lintKey(key);
        QVERIFY2(has(findings, Severity::Warning, QStringLiteral("does not fit the key")), qPrintable(dump(findings)));
    }

    void useAndKeyOpsContradict()
    {
        JsonWebKey key = generated(QStringLiteral("ES256"));
        key.setMember(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("sign"), QStringLiteral("encrypt")});
        const auto findings = lintKey(key);
        QVERIFY2(has(findings, Severity::Warning, QStringLiteral("contradicts \"key_ops\" entry \"encrypt\"")),
                 qPrintable(dump(findings)));
        QVERIFY(!has(findings, Severity::Warning, QStringLiteral("entry \"sign\"")));
        key.setUse(QStringLiteral("enc"));
        const auto enc = lintKey(key);
        QVERIFY2(has(enc, Severity::Warning, QStringLiteral("entry \"sign\"")), qPrintable(dump(enc)));
        QVERIFY2(has(enc, Severity::Warning, QStringLiteral("ES256 is for signatures")), qPrintable(dump(enc)));
    }

    void expiredCertificate()
    {
        // RFC 7517 Appendix B: the certificate expired in 2018.
        const JsonWebKey key = JsonWebKey::fromJson(jwktest::readVector(QStringLiteral("rfc/rfc7517_B_rsa_x5c.json")));
        const auto findings = lintKey(key);
        QVERIFY2(has(findings, Severity::Warning, QStringLiteral("expired on 2018-08-14")), qPrintable(dump(findings)));
        QVERIFY2(!has(findings, Severity::Error, QString()), qPrintable(dump(findings)));
        // Seen from 2015 it is valid; from 2012 it is not valid yet.
        const auto in2015 = lintKey(key, QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(!has(in2015, Severity::Warning, QStringLiteral("expired")), qPrintable(dump(in2015)));
        const auto in2012 = lintKey(key, QDateTime(QDate(2012, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(has(in2012, Severity::Warning, QStringLiteral("is not valid before 2013-02-21")),
                 qPrintable(dump(in2012)));
    }

    void certificateOfAnotherKeyIsAnError()
    {
        const JsonWebKey key = generated(QStringLiteral("ES256"));
        const JsonWebKey other = generated(QStringLiteral("ES256"));
        const EvpPkeyPtr otherPkey = toEvpPkey(other);
        const Certificate cert = Certificate::makeSelfSigned(otherPkey.get(), QStringLiteral("other"), {}, 30);
        JsonWebKey mismatched = key;
        mismatched.setCertificateChain({cert.der()});
        const auto findings = lintKey(mismatched);
        QVERIFY2(has(findings, Severity::Error, QStringLiteral("holds a different key")), qPrintable(dump(findings)));

        JsonWebKey matching = other;
        matching.setCertificateChain({cert.der()});
        QVERIFY2(!has(lintKey(matching), Severity::Error, QString()), qPrintable(dump(lintKey(matching))));

        // x5t that does not belong to the leaf.
        matching.setMember(QStringLiteral("x5t"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(has(lintKey(matching), Severity::Error, QStringLiteral("\"x5t\" is not the SHA-1 thumbprint")));
    }

    void brokenChainIsReported()
    {
        const JsonWebKey ca = generated(QStringLiteral("ES384"));
        const EvpPkeyPtr caPkey = toEvpPkey(ca);
        const Certificate caCert =
            Certificate::makeCertificate(caPkey.get(), QStringLiteral("CA"), {}, 30, nullptr, caPkey.get(), true);
        JsonWebKey leaf = generated(QStringLiteral("ES256"));
        const EvpPkeyPtr leafPkey = toEvpPkey(leaf);
        const Certificate leafCert =
            Certificate::makeCertificate(leafPkey.get(), QStringLiteral("leaf"), {QStringLiteral("DNS:localhost")}, 30,
                                         &caCert, caPkey.get(), false);
        leaf.setCertificateChain({leafCert.der(), caCert.der()});
        QVERIFY2(!has(lintKey(leaf), Severity::Warning, QStringLiteral("did not issue")),
                 qPrintable(dump(lintKey(leaf))));
        // Another CA in second position did not issue the leaf.
        const JsonWebKey stranger = generated(QStringLiteral("ES256"));
        const EvpPkeyPtr strangerPkey = toEvpPkey(stranger);
        const Certificate strangerCert = Certificate::makeCertificate(strangerPkey.get(), QStringLiteral("CA"), {}, 30,
                                                                      nullptr, strangerPkey.get(), true);
        leaf.setCertificateChain({leafCert.der(), strangerCert.der()});
        QVERIFY2(has(lintKey(leaf), Severity::Warning, QStringLiteral("x5c certificate 1 did not issue")),
                 qPrintable(dump(lintKey(leaf))));
    }
};

QTEST_GUILESS_MAIN(TestKeyLint)
#include "tst_keylint.moc"
