// PEM bundles large enough to be read on several cores (KeyImporter with keys/ParallelFor): whatever the mix of
// blocks, a bundle imports exactly as its blocks do one by one, in order (and a JWK Set as its keys one by one): the
// same keys with the same origins, the same failures with the same reasons. Bundles are drawn from a fixed seed out of
// the PEM corpus (tests/data/pem/valid: keys in every structure, encrypted ones) and damaged copies of its blocks.
// parallelFor itself: every index exactly once, from several threads, an exception stops the rest and reaches the
// caller.

#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "keys/KeyImporter.h"
#include "keys/ParallelFor.h"
#include "keys/PassphraseProvider.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace jwk;

namespace {

// Declines every passphrase: encrypted blocks become failures ("no passphrase was given") in their place.
class NoPassphrase : public PassphraseProvider
{
public:
    std::optional<SecureBytes> passphrase(const QString&, Purpose, int) override { return std::nullopt; }
};

// The corpus split into its PEM blocks (a file of several blocks gives several).
QList<QByteArray> corpusBlocks()
{
    QList<QByteArray> blocks;
    const QDir dir(QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid"));
    for (const QString& name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        if (name.startsWith(QLatin1String("chain_")) || name.startsWith(QLatin1String("selfsigned_"))) {
            continue; // certificates join keys of the same input into chains: a bundle is then more than its blocks
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(file.fileName()));
        }
        const QByteArray text = file.readAll();
        for (qsizetype at = text.indexOf("-----BEGIN "); at >= 0;) {
            const qsizetype end = text.indexOf("-----END ", at);
            const qsizetype lineEnd = end < 0 ? -1 : text.indexOf('\n', end);
            if (lineEnd < 0) {
                break;
            }
            blocks << text.mid(at, lineEnd + 1 - at);
            at = text.indexOf("-----BEGIN ", lineEnd);
        }
    }
    return blocks;
}

// A damaged copy of a block: a body character changed, the body cut short, or the label of another kind.
QByteArray damaged(const QByteArray& block, QRandomGenerator& random)
{
    QByteArray out = block;
    const qsizetype bodyStart = out.indexOf('\n') + 1;
    const qsizetype bodyEnd = out.lastIndexOf("-----END ");
    switch (random.bounded(3)) {
    case 0: {
        const qsizetype at = bodyStart + random.bounded(bodyEnd - bodyStart);
        if (out[at] != '\n' && out[at] != '=') {
            out[at] = out[at] == 'A' ? 'B' : 'A';
        }
        break;
    }
    case 1: {
        const qsizetype cut = bodyStart + (bodyEnd - bodyStart) / 2;
        out = out.left(cut) + '\n' + out.mid(bodyEnd);
        break;
    }
    default:
        out.replace("PUBLIC KEY-----", "PRIVATE KEY-----");
        break;
    }
    return out;
}

QString keyText(const JsonWebKey& key)
{
    return QString::fromUtf8(key.toJson(true).view());
}

} // namespace

class TestBundleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundleEqualsBlocksOneByOne_data();
    void bundleEqualsBlocksOneByOne();
    void jwkSetEqualsKeysOneByOne();
    void parallelForRunsEachIndexOnce();
    void parallelForPassesTheFirstException();

private:
    QList<QByteArray> m_corpus;
};

void TestBundleImport::initTestCase()
{
    m_corpus = corpusBlocks();
    QVERIFY2(m_corpus.size() >= 20, qPrintable(QString::number(m_corpus.size())));
}

void TestBundleImport::bundleEqualsBlocksOneByOne_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("blocks");
    for (quint32 seed : {1u, 2u, 3u, 4u}) {
        QTest::addRow("seed %u, 400 blocks", seed) << seed << 400;
    }
    QTest::addRow("seed 5, 127 blocks (one thread)") << 5u << 127;
    QTest::addRow("seed 6, 128 blocks (two threads)") << 6u << 128;
}

void TestBundleImport::bundleEqualsBlocksOneByOne()
{
    QFETCH(quint32, seed);
    QFETCH(int, blocks);
    QRandomGenerator random(seed);
    QList<QByteArray> parts;
    for (int i = 0; i < blocks; ++i) {
        const QByteArray& block = m_corpus.at(random.bounded(m_corpus.size()));
        parts << (random.bounded(5) == 0 ? damaged(block, random) : block);
    }
    NoPassphrase declines;
    const ImportResult whole = importKeys(parts.join(), QStringLiteral("bundle.pem"), &declines);

    QStringList expectedKeys, expectedFailures, gotKeys, gotFailures;
    for (int i = 0; i < parts.size(); ++i) {
        const ImportResult one = importKeys(parts.at(i), QStringLiteral("bundle.pem"), &declines);
        // Alone, a block is "block 1"; in the bundle it is block i + 1.
        const QString alone = QStringLiteral("bundle.pem, block 1 ");
        const QString inBundle = QStringLiteral("bundle.pem, block %1 ").arg(i + 1);
        for (const ImportedKey& key : one.keys) {
            expectedKeys << QString(key.origin).replace(alone, inBundle) + u' ' + keyText(key.key);
        }
        for (const ImportFailure& failure : one.failures) {
            expectedFailures << QString(failure.origin).replace(alone, inBundle) + u' ' + failure.reason;
        }
    }
    for (const ImportedKey& key : whole.keys) {
        gotKeys << key.origin + u' ' + keyText(key.key);
        QVERIFY(key.key.materialAdmitted());
    }
    for (const ImportFailure& failure : whole.failures) {
        gotFailures << failure.origin + u' ' + failure.reason;
    }
    QVERIFY(!gotKeys.isEmpty());
    QVERIFY(!gotFailures.isEmpty());
    QCOMPARE(gotFailures, expectedFailures);
    QCOMPARE(gotKeys.size(), expectedKeys.size());
    QCOMPARE(gotKeys, expectedKeys);
}

// A JWK Set of 700 keys (admitted on several threads) imports as its keys one by one as JWKs: the same keys in the
// same order, the same refusals (an EC key with another key's d, a kid with a control character).
void TestBundleImport::jwkSetEqualsKeysOneByOne()
{
    QRandomGenerator random(7);
    auto generate = [](const char* alg, const char* crv) {
        GenerateOptions options;
        options.alg = QString::fromLatin1(alg);
        options.curve = QString::fromLatin1(crv);
        return generateKey(options);
    };
    auto object = [](const JsonWebKey& key) { return QJsonDocument::fromJson(key.toJson(true).view()).object(); };
    QJsonArray array;
    for (int i = 0; i < 700; ++i) {
        QJsonObject jwk = object(random.bounded(2) ? generate("ES256", "P-256") : generate("EdDSA", "Ed25519"));
        switch (random.bounded(6)) {
        case 0:
            if (jwk.value(QStringLiteral("kty")) == QStringLiteral("EC")) {
                jwk.insert(QStringLiteral("d"), object(generate("ES256", "P-256")).value(QStringLiteral("d")));
            }
            break;
        case 1:
            jwk.insert(QStringLiteral("kid"), QStringLiteral("k\x1b[2J%1").arg(i));
            break;
        default:
            break;
        }
        array.append(jwk);
    }
    const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson();
    const ImportResult whole = importKeys(text, QStringLiteral("set.json"));
    QStringList expected, got;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const ImportResult one = importKeys(QJsonDocument(array.at(i).toObject()).toJson(), QStringLiteral("set.json"));
        const QString origin = QStringLiteral("set.json, keys[%1]").arg(i);
        for (const ImportedKey& key : one.keys) {
            expected << origin + u' ' + keyText(key.key);
        }
        for (const ImportFailure& failure : one.failures) {
            expected << origin + u' ' + failure.reason;
        }
    }
    qsizetype k = 0, f = 0;
    for (qsizetype i = 0; i < array.size(); ++i) { // keys and failures interleaved back into index order
        const QString origin = QStringLiteral("set.json, keys[%1]").arg(i);
        if (k < whole.keys.size() && whole.keys.at(k).origin == origin) {
            QVERIFY(whole.keys.at(k).key.materialAdmitted());
            got << origin + u' ' + keyText(whole.keys.at(k++).key);
        } else if (f < whole.failures.size() && whole.failures.at(f).origin == origin) {
            got << origin + u' ' + whole.failures.at(f++).reason;
        }
    }
    QCOMPARE(k, whole.keys.size());
    QCOMPARE(f, whole.failures.size());
    QVERIFY(f > 100 && k > 400);
    QCOMPARE(got, expected);
}

void TestBundleImport::parallelForRunsEachIndexOnce()
{
    for (std::size_t count : {0, 1, 63, 64, 127, 128, 1000, 100000}) {
        std::vector<std::atomic<int>> runs(count);
        std::mutex mutex;
        std::set<std::thread::id> threads;
        parallelFor(count, 64, [&](std::size_t i) {
            runs[i].fetch_add(1);
            const std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
        });
        for (std::size_t i = 0; i < count; ++i) {
            QCOMPARE(runs[i].load(), 1);
        }
        // Below two batches of 64 the caller's thread does it all; above, as many threads as cores allow.
        if (count < 128 || std::thread::hardware_concurrency() < 2) {
            QVERIFY(threads.size() <= 1);
            QVERIFY(count == 0 || threads.count(std::this_thread::get_id()));
        }
    }
}

void TestBundleImport::parallelForPassesTheFirstException()
{
    std::atomic<int> ran{0};
    std::atomic<bool> thrown{false};
    bool caught = false;
    try {
        parallelFor(10000, 64, [&](std::size_t i) {
            ran.fetch_add(1);
            if (i == 500) {
                thrown = true;
                throw std::runtime_error("index 500");
            }
            if (i > 500) {
                // Not done before index 500 has thrown, and slow after: the thread that threw has about ten seconds to
                // stop the rest, not the few microseconds 9,499 empty calls take (it failed once under load).
                while (!thrown) {
                    std::this_thread::yield();
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    } catch (const std::runtime_error& e) {
        caught = QByteArray(e.what()) == "index 500";
    }
    QVERIFY(caught);
    QVERIFY(ran.load() > 500);
    QVERIFY(ran.load() < 10000); // the rest was not picked up after the throw
}

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
