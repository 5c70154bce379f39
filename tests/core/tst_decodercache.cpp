// The importer keeps one OpenSSL decoder context per (input, structure, key type) and thread and reads unencrypted
// PEM as the DER inside it. These tests hold that nothing of one input reaches the next: every input gives, after any
// history of other inputs (valid, damaged, other key types and structures), exactly what it gives to a thread that
// has never decoded anything; and a PEM block gives the keys its DER gives.

#include "keys/JsonWebKey.h"
#include "keys/KeyImporter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

using namespace jwk;

namespace {

QString dataDir()
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR "/pem/valid");
}

// Everything a person or a script sees of an import: each key (private members included) and each failure.
QString outcome(const QByteArray& input)
{
    const ImportResult result = importKeys(input, QStringLiteral("input"));
    QStringList lines;
    for (const auto& key : result.keys) {
        lines << QStringLiteral("key ") + QString::fromUtf8(key.key.toJson(true, JsonFormat::Compact).view());
    }
    for (const auto& failure : result.failures) {
        lines << QStringLiteral("failure %1: %2").arg(failure.origin, failure.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

// The outcome in a thread of its own: its decoder contexts are made afresh for this one input.
QString freshOutcome(const QByteArray& input)
{
    QString result;
    QThread* thread = QThread::create([&] { result = outcome(input); });
    thread->start();
    thread->wait();
    delete thread;
    return result;
}

QByteArray armour(const QByteArray& label, const QByteArray& der)
{
    QByteArray body = der.toBase64();
    QByteArray out = "-----BEGIN " + label + "-----\n";
    for (qsizetype i = 0; i < body.size(); i += 64) {
        out += body.mid(i, 64) + '\n';
    }
    return out + "-----END " + label + "-----\n";
}

struct Block
{
    QByteArray label;
    QByteArray der;
};

// The one block of a single-key PEM file, or an empty label.
Block singleBlock(const QByteArray& pem)
{
    const qsizetype b = pem.indexOf("-----BEGIN ");
    const qsizetype e = pem.indexOf("-----", b + 11);
    if (b < 0 || e < 0 || pem.indexOf("-----BEGIN ", e) >= 0 || pem.contains("ENCRYPTED") ||
        pem.contains("CERTIFICATE")) {
        return {};
    }
    const QByteArray label = pem.mid(b + 11, e - b - 11);
    const qsizetype bodyStart = pem.indexOf('\n', e) + 1;
    const qsizetype bodyEnd = pem.indexOf("-----END ");
    return {label, QByteArray::fromBase64(pem.mid(bodyStart, bodyEnd - bodyStart))};
}

QList<QByteArray> inputs(QRandomGenerator& random)
{
    QList<QByteArray> list;
    const QDir dir(dataDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray pem = f.readAll();
        if (pem.contains("ENCRYPTED")) {
            continue; // decrypting asks for a passphrase and uses a context of its own
        }
        list << pem;
        const Block block = singleBlock(pem);
        if (block.label.isEmpty()) {
            continue;
        }
        list << block.der;
        // Damaged: a flipped byte (as DER and as PEM), cut short, a stray character in the base64, a header line.
        for (int i = 0; i < 3; ++i) {
            QByteArray flipped = block.der;
            const auto at = random.bounded(flipped.size());
            flipped[at] = static_cast<char>(flipped[at] ^ (1 << random.bounded(8)));
            list << flipped << armour(block.label, flipped);
        }
        list << block.der.left(block.der.size() / 2) << armour(block.label, block.der.left(block.der.size() - 3));
        QByteArray stray = armour(block.label, block.der);
        stray.insert(stray.indexOf('\n') + 10, '*');
        list << stray;
        QByteArray header = armour(block.label, block.der);
        header.insert(header.indexOf('\n') + 1, "Comment: made by a test\n\n");
        list << header;
        // Under another label: the structure check must see the DER, not the label.
        list << armour(block.label == "PUBLIC KEY" ? QByteArray("PRIVATE KEY") : QByteArray("PUBLIC KEY"), block.der);
    }
    return list;
}

} // namespace

class TestDecoderCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Seeded: a failure names its seed and is reproduced by it.
    void anyHistoryGivesTheFreshOutcome_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {20261204u, 7u, 99991u}) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void anyHistoryGivesTheFreshOutcome()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QList<QByteArray> all = inputs(random);
        QVERIFY2(all.size() > 100, qPrintable(QString::number(all.size())));
        QList<QString> expected;
        int keys = 0, failures = 0;
        for (const auto& input : all) {
            expected << freshOutcome(input);
            keys += expected.back().contains(QStringLiteral("key {"));
            failures += expected.back().contains(QStringLiteral("failure "));
        }
        // The corpus has both, or the comparison would prove little.
        QVERIFY2(keys > 30 && failures > 30,
                 qPrintable(QStringLiteral("%1 keys, %2 failures").arg(keys).arg(failures)));
        for (int round = 0; round < 4 * all.size(); ++round) {
            const auto i = random.bounded(all.size());
            QCOMPARE(outcome(all[i]), expected[i]);
        }
    }

    // PEM is read as the DER inside it: the keys are the same either way.
    void pemGivesTheKeysOfItsDer()
    {
        const QDir dir(dataDir());
        int compared = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray pem = f.readAll();
            const Block block = singleBlock(pem);
            if (block.label.isEmpty()) {
                continue;
            }
            const ImportResult fromPem = importKeys(pem, name);
            const ImportResult fromDer = importKeys(block.der, name);
            QVERIFY2(fromPem.ok() && fromDer.ok(),
                     qPrintable(name + fromPem.failureSummary() + fromDer.failureSummary()));
            QCOMPARE(fromPem.keys.size(), 1);
            QCOMPARE(fromDer.keys.size(), 1);
            QCOMPARE(fromPem.keys[0].key.toJson(true).view(), fromDer.keys[0].key.toJson(true).view());
            ++compared;
        }
        QVERIFY2(compared >= 15, qPrintable(QString::number(compared)));
    }
};

QTEST_GUILESS_MAIN(TestDecoderCache)
#include "tst_decodercache.moc"
