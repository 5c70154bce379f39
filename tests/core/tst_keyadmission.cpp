// The admission mark (JsonWebKey::materialAdmitted, set by admitKey): a key whose material passed the checks once
// is not checked again, and nothing that could change the material keeps the mark. Keys come from the importer (PEM
// and JWK), the mark follows copies and changes of kid, alg and use, is lost by parsing and by the public form, and
// the kid rules still apply to a marked key. Damaged keys are never marked. admitKeys on many threads gives what
// admitKey gives key by key.

#include "TestUtil.h"

#include "keys/JsonWebKey.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyFormats.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace jwk;

class TestKeyAdmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedKeysAreMarked_data();
    void importedKeysAreMarked();
    void markFollowsCopiesNotParsing();
    void kidRulesStillApply();
    void damagedKeysNeverMarked();
    void admitKeysAsOneByOne();
};

namespace {
JsonWebKey generated(const char* alg, const char* crv = "")
{
    GenerateOptions options;
    options.alg = QString::fromLatin1(alg);
    options.curve = QString::fromLatin1(crv);
    return generateKey(options);
}
} // namespace

void TestKeyAdmission::importedKeysAreMarked_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const auto& [alg, crv] : {std::pair{"RS256", ""}, {"ES384", "P-384"}, {"EdDSA", "Ed25519"}}) {
        const JsonWebKey key = generated(alg, crv);
        QTest::addRow("%s PKCS#8 PEM", alg) << jwktest::bytes(exportKey(key, KeyFormat::Pkcs8Pem));
        QTest::addRow("%s SPKI PEM", alg) << jwktest::bytes(exportKey(key, KeyFormat::SpkiPem));
        QTest::addRow("%s private JWK", alg) << jwktest::bytes(key.toJson(true));
        QTest::addRow("%s public JWK", alg) << jwktest::bytes(key.publicKey().toJson(false));
    }
}

void TestKeyAdmission::importedKeysAreMarked()
{
    QFETCH(QByteArray, input);
    const ImportResult imported = importKeys(input, QStringLiteral("key"));
    QVERIFY2(imported.ok(), qPrintable(imported.failureSummary()));
    QCOMPARE(imported.keys.size(), 1);
    QVERIFY(imported.keys.first().key.materialAdmitted());
    QVERIFY(keyAdmissionProblem(imported.keys.first().key).isEmpty());
}

void TestKeyAdmission::markFollowsCopiesNotParsing()
{
    JsonWebKey key = generated("ES256", "P-256");
    QVERIFY(!key.materialAdmitted()); // generated, not yet admitted
    QVERIFY(admitKey(key).isEmpty());
    QVERIFY(key.materialAdmitted());

    JsonWebKey copy = key;
    QVERIFY(copy.materialAdmitted());
    copy.setKid(QStringLiteral("renamed"));
    copy.setAlg(QStringLiteral("ES256"));
    copy.setUse(QStringLiteral("sig"));
    QVERIFY(copy.materialAdmitted());

    QVERIFY(!JsonWebKey::fromJson(jwktest::bytes(key.toJson(true))).materialAdmitted());
    QVERIFY(!key.publicKey().materialAdmitted());
    QVERIFY(!JsonWebKey().materialAdmitted());
}

void TestKeyAdmission::kidRulesStillApply()
{
    JsonWebKey key = generated("EdDSA", "Ed25519");
    QVERIFY(admitKey(key).isEmpty());
    key.setKid(QStringLiteral("bad\x1b[31mkid"));
    QVERIFY(key.materialAdmitted());
    QVERIFY(keyAdmissionProblem(key).contains(QStringLiteral("control character")));
    key.setKid(QString(300, QLatin1Char('k')));
    QVERIFY(keyAdmissionProblem(key).contains(QStringLiteral("at most 255")));
    // A key whose kid is refused is not marked by admitKey either.
    JsonWebKey fresh = JsonWebKey::fromJson(jwktest::bytes(key.toJson(true)));
    QVERIFY(!admitKey(fresh).isEmpty());
    QVERIFY(!fresh.materialAdmitted());
}

// An EC private key whose d belongs to another point: refused by admitKey, not marked, and refused again after.
void TestKeyAdmission::damagedKeysNeverMarked()
{
    const JsonWebKey a = generated("ES256", "P-256");
    const JsonWebKey b = generated("ES256", "P-256");
    QJsonObject mixed = QJsonDocument::fromJson(jwktest::bytes(a.toJson(true))).object();
    mixed.insert(QStringLiteral("d"),
                 QJsonDocument::fromJson(jwktest::bytes(b.toJson(true))).object().value(QStringLiteral("d")));
    JsonWebKey key = JsonWebKey::fromJson(mixed);
    QVERIFY(!admitKey(key).isEmpty());
    QVERIFY(!key.materialAdmitted());
    QVERIFY(!keyAdmissionProblem(key).isEmpty());

    const ImportResult imported = importKeys(QJsonDocument(mixed).toJson(), QStringLiteral("mixed.jwk"));
    QVERIFY(imported.keys.isEmpty());
    QCOMPARE(imported.failures.size(), 1);
}

// admitKeys (on several threads for a long list) gives each key the problem admitKey gives it alone, and marks exactly
// the admitted ones; a seeded mix of sound keys, EC keys with another key's d, kids with control characters, and
// public keys.
void TestKeyAdmission::admitKeysAsOneByOne()
{
    QRandomGenerator random(20261205);
    const JsonWebKey rsa = generated("RS256");
    QList<JsonWebKey> keys;
    for (int i = 0; i < 1500; ++i) {
        JsonWebKey key;
        switch (random.bounded(5)) {
        case 0:
            key = generated("ES256", "P-256");
            break;
        case 1:
            key = generated("EdDSA", "Ed25519").publicKey();
            break;
        case 2: {
            QJsonObject mixed =
                QJsonDocument::fromJson(jwktest::bytes(generated("ES256", "P-256").toJson(true))).object();
            mixed.insert(QStringLiteral("d"),
                         QJsonDocument::fromJson(jwktest::bytes(generated("ES256", "P-256").toJson(true)))
                             .object()
                             .value(QStringLiteral("d")));
            key = JsonWebKey::fromJson(mixed);
            break;
        }
        case 3:
            key = generated("EdDSA", "Ed25519");
            key.setKid(QStringLiteral("kid\x07%1").arg(i));
            break;
        default:
            key = JsonWebKey::fromJson(jwktest::bytes(rsa.toJson(true)));
            break;
        }
        keys << key;
    }
    QList<JsonWebKey> alone = keys; // copies: not yet admitted either
    const std::vector<QString> problems = admitKeys(keys);
    QCOMPARE(problems.size(), std::size_t(keys.size()));
    int refused = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString expected = admitKey(alone[i]);
        QCOMPARE(problems[std::size_t(i)], expected);
        QCOMPARE(keys[i].materialAdmitted(), expected.isEmpty());
        refused += !expected.isEmpty();
    }
    QVERIFY(refused > 400 && refused < 1000);
}

QTEST_GUILESS_MAIN(TestKeyAdmission)
#include "tst_keyadmission.moc"
