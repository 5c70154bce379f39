// keys/SecureBytes' reserveWiping, with which a buffer that receives private keys (a Hydra answer) grows: seeded runs
// of appends of random sizes keep every byte, in order, and never leave the buffer shorter on room than asked; room
// that is there already is kept as it is (no new buffer).

#include "keys/SecureBytes.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace jwk;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reserveWipingKeepsEveryByte_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 5; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        }
    }

    void reserveWipingKeepsEveryByte()
    {
        QFETCH(quint32, seed);
        QRandomGenerator r(seed);
        QByteArray buffer;
        QByteArray expected;
        int grown = 0;
        for (int round = 0; round < 300; ++round) {
            const auto more = static_cast<qsizetype>(r.bounded(r.bounded(4) == 0 ? 70000u : 300u));
            const qsizetype before = buffer.size();
            const qsizetype capacityBefore = buffer.capacity();
            reserveWiping(buffer, more);
            QVERIFY(buffer.capacity() >= before + more);
            if (before + more > capacityBefore) {
                QVERIFY(buffer.capacity() >= 2 * capacityBefore);
                ++grown;
            } else {
                QCOMPARE(buffer.capacity(), capacityBefore);
            }
            const char* data = buffer.constData();
            buffer.resize(before + more); // within the room: the same buffer
            QCOMPARE(buffer.constData(), data);
            for (qsizetype i = before; i < buffer.size(); ++i) {
                buffer[i] = static_cast<char>(r.bounded(256));
            }
            expected.append(buffer.constData() + before, more);
            QCOMPARE(buffer, expected);
        }
        QVERIFY(grown > 5);
    }

    void negativeRoomAsksForNothing()
    {
        QByteArray buffer("private");
        const qsizetype capacity = buffer.capacity();
        reserveWiping(buffer, -100);
        QCOMPARE(buffer, QByteArray("private"));
        QCOMPARE(buffer.capacity(), capacity);
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
