// JwkSetStream against the JWK Set read as a whole (JsonWebKeySet::fromJson of the text, each key's admitKey): seeded
// sets of up to 2,500 elements, some damaged (not JSON, not an object, not a JWK, a member named twice, a kty not
// understood, a private key that does not fit its public one, kids used twice), read in chunks of random sizes (up to
// 1,055: those are read on several threads). The
// stream must keep the same keys in the same order, with their element's index as origin, say the same failures and
// warnings, and refuse exactly the texts the whole reading refuses (then nothing it handed out counts).

#include "keys/JsonWebKey.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/JwkSetStream.h"
#include "keys/KeyAdmission.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

namespace jwk {
namespace {

QString keyText(const JsonWebKey& key)
{
    return QString::fromUtf8(key.toJson(true).view());
}

QJsonObject object(const JsonWebKey& key)
{
    return QJsonDocument::fromJson(key.toJson(true).view()).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What the stream is expected to say of `text`, from the set read as a whole.
struct Expected
{
    bool refused = false;
    QStringList keys;     // "origin key-json"
    QStringList failures; // "origin: reason"
    QStringList warnings;
};

Expected readWhole(const QByteArray& text, const QString& source, const QList<qsizetype>& elementOfKey)
{
    Expected e;
    JsonWebKeySet set;
    try {
        set = JsonWebKeySet::fromJson(text);
    } catch (const JwkError& error) {
        e.refused = true;
        e.failures << source + QStringLiteral(": ") + error.message();
        return e;
    }
    if (set.isEmpty()) {
        e.refused = true;
        e.failures << source + QStringLiteral(": ") +
                          (set.warnings().isEmpty() ? QStringLiteral("the JWK Set holds no keys")
                                                    : QStringLiteral("the JWK Set holds no usable key (%1)")
                                                          .arg(set.warnings().join(QStringLiteral("; "))));
        return e;
    }
    e.warnings = set.warnings();
    for (qsizetype k = 0; k < set.size(); ++k) {
        JsonWebKey key = set.keys().at(k);
        const QString origin = QStringLiteral("%1, keys[%2]").arg(source).arg(elementOfKey.at(k));
        if (const QString problem = admitKey(key); problem.isEmpty()) {
            e.keys << origin + u' ' + keyText(key);
        } else {
            e.failures << origin + QStringLiteral(": ") + problem;
        }
    }
    return e;
}

Expected readStream(JwkSetStream& stream, QRandomGenerator& random)
{
    Expected got;
    QList<ImportedKey> chunk;
    // Small chunks (one thread reads them) and large ones (read on several threads, several faults in one of them).
    const auto chunkSize = [&random] {
        return random.bounded(4) == 0 ? 256 + random.bounded(800) : 1 + random.bounded(40);
    };
    for (qsizetype max = chunkSize(); stream.next(max, &chunk); max = chunkSize()) {
        if (chunk.isEmpty() || chunk.size() > max) {
            got.failures << QStringLiteral("a chunk of %1 keys, %2 at most").arg(chunk.size()).arg(max);
        }
        for (const ImportedKey& k : chunk) {
            if (!k.key.materialAdmitted()) {
                got.failures << k.origin + QStringLiteral(": handed out unchecked");
            }
            got.keys << k.origin + u' ' + keyText(k.key);
        }
    }
    QList<ImportedKey> after;
    if (stream.next(5, &after) || !after.isEmpty()) {
        got.failures << QStringLiteral("keys after the end");
    }
    got.refused = stream.refused();
    if (got.refused) {
        got.keys.clear(); // handed out before the end, and not to be kept
    }
    for (const ImportFailure& f : stream.result().failures) {
        got.failures << f.origin + QStringLiteral(": ") + f.reason;
    }
    got.warnings = stream.result().warnings;
    return got;
}

} // namespace

class TestJwkSetStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 24; ++i) {
            GenerateOptions options;
            options.alg = i % 3 ? QStringLiteral("ES256") : QStringLiteral("EdDSA");
            options.curve = i % 3 ? QStringLiteral("P-256") : QStringLiteral("Ed25519");
            m_pool << object(generateKey(options));
        }
    }

    void sameAsTheWholeSet_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 60; ++seed) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void sameAsTheWholeSet()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const int count = seed % 7 == 0 ? random.bounded(3) : 1 + random.bounded(seed % 5 == 0 ? 2500 : 400);
        // One damage in about `rarity` elements, so that some sets are whole and some refused.
        const int rarity = 1 + random.bounded(seed % 2 ? 2000 : 200);
        QList<QByteArray> elements;
        QList<qsizetype> elementOfKey; // for each key the whole reading keeps, its element
        for (int i = 0; i < count; ++i) {
            QJsonObject jwk = m_pool.at(random.bounded(m_pool.size()));
            // Kids from a small pool: used twice often, their hashes meeting too.
            if (random.bounded(3) == 0) {
                jwk.insert(QStringLiteral("kid"), QStringLiteral("kid-%1").arg(random.bounded(40)));
            } else if (random.bounded(4) == 0) {
                jwk.remove(QStringLiteral("kid"));
            }
            QByteArray text;
            bool skipped = false;
            switch (random.bounded(rarity) < 8 ? random.bounded(8) : 8) {
            case 0: // not JSON
                text = compact(jwk);
                text.insert(text.size() - 1, ",");
                break;
            case 1: // not an object
                text = QByteArray::number(random.bounded(1000));
                break;
            case 2: // not a JWK
                jwk.remove(jwk.contains(QStringLiteral("y")) ? QStringLiteral("y") : QStringLiteral("x"));
                text = compact(jwk);
                break;
            case 3: // a member named twice
                text = compact(jwk);
                text.insert(1, "\"kty\":\"EC\",");
                break;
            case 4: // a kty not understood: skipped with a warning
            case 5:
                jwk.insert(QStringLiteral("kty"), QStringLiteral("XYZ-%1").arg(i));
                text = compact(jwk);
                skipped = true;
                break;
            case 6: // a private key whose d is another key's: fails its check, the set stays
                if (jwk.contains(QStringLiteral("d"))) {
                    jwk.insert(QStringLiteral("d"), m_pool.at((i + 3) % m_pool.size()).value(QStringLiteral("d")));
                }
                text = compact(jwk);
                break;
            default: // as it is, or in its public form
                if (random.bounded(4) == 0) {
                    jwk.remove(QStringLiteral("d"));
                }
                text = compact(jwk);
                break;
            }
            if (!skipped) {
                elementOfKey << i;
            }
            elements << text;
        }
        QByteArray text = "{\"keys\":[" + elements.join(random.bounded(2) ? ",\n " : ",") + "]}";
        if (random.bounded(3) == 0) {
            text.insert(1, "\"other\":{\"a\":[1,2]},");
        }
        const QString source = QStringLiteral("set-%1.jwks").arg(seed);
        const Expected expected = readWhole(text, source, elementOfKey);

        // With a byte order mark and white space before it, as read from a file.
        const QByteArray file = (random.bounded(2) ? QByteArray("\xEF\xBB\xBF \n") : QByteArray()) + text;
        std::unique_ptr<JwkSetStream> stream = openJwkSetStream(file, source);
        QVERIFY(stream);
        QCOMPARE(stream->elementCount(), count);
        const Expected got = readStream(*stream, random);
        QCOMPARE(got.refused, expected.refused);
        QCOMPARE(got.failures, expected.failures);
        QCOMPARE(got.warnings, expected.warnings);
        QCOMPARE(got.keys, expected.keys);

        // importKeys() says the same, its keys all at once.
        const ImportResult whole = importKeys(file, source);
        QStringList keys, failures;
        for (const ImportedKey& k : whole.keys) {
            keys << k.origin + u' ' + keyText(k.key);
        }
        for (const ImportFailure& f : whole.failures) {
            failures << f.origin + QStringLiteral(": ") + f.reason;
        }
        QCOMPARE(keys, expected.keys);
        QCOMPARE(failures, expected.failures);
        QCOMPARE(whole.warnings, expected.warnings);
        m_refused += expected.refused;
        m_kept += !expected.refused;
    }

    void bothKindsSeen()
    {
        // The seeds above give whole sets and refused ones alike (else they would prove little).
        QVERIFY2(m_refused >= 15 && m_kept >= 15,
                 qPrintable(QStringLiteral("%1 refused, %2 kept").arg(m_refused).arg(m_kept)));
    }

    void notASetIsNotStreamed()
    {
        QVERIFY(!openJwkSetStream(compact(m_pool.first()), QStringLiteral("one.jwk"))); // a JWK alone
        QVERIFY(!openJwkSetStream("{\"keys\": 5}", QStringLiteral("x")));               // "keys" not an array
        QVERIFY(!openJwkSetStream("{\"keys\": [", QStringLiteral("x")));                // not JSON
        QVERIFY(!openJwkSetStream("-----BEGIN PUBLIC KEY-----", QStringLiteral("x")));
        QVERIFY(!openJwkSetStream(QByteArray(), QStringLiteral("x")));
        QVERIFY(openJwkSetStream("  {\"keys\": []}", QStringLiteral("x")));
    }

private:
    QList<QJsonObject> m_pool;
    int m_refused = 0;
    int m_kept = 0;
};

} // namespace jwk

QTEST_GUILESS_MAIN(jwk::TestJwkSetStream)
#include "tst_jwksetstream.moc"
