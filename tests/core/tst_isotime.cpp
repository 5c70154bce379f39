// isoDateTimeText() against Qt's own QDateTime::toString(Qt::ISODate): the same text for every time, over seeded random
// instants from before year 0 to after 9999, the edges of days, years and leap days, other time specs and the invalid.

#include "text/IsoTime.h"

#include <QRandomGenerator64>
#include <QTest>
#include <QTimeZone>

using namespace jwk;

class TestIsoTime : public QObject
{
    Q_OBJECT

private:
    static void same(const QDateTime& t) { QCOMPARE(isoDateTimeText(t), t.toString(Qt::ISODate)); }

private Q_SLOTS:
    void randomInstantsAsQtWritesThem()
    {
        QRandomGenerator64 random(20261204);
        // -62,167,219,200,000 ms is 0000-01-01T00:00:00Z; 253,402,300,800,000 ms is 10000-01-01T00:00:00Z.
        const qint64 low = -70'000'000'000'000LL;
        const qint64 high = 260'000'000'000'000LL;
        for (int i = 0; i < 200'000; ++i) {
            const qint64 ms = low + static_cast<qint64>(random.bounded(static_cast<quint64>(high - low)));
            same(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        }
    }

    void edges()
    {
        const QList<qint64> instants = {0,
                                        -1,
                                        999,
                                        1000,
                                        86'399'999,
                                        86'400'000,
                                        951'782'400'000,      // 2000-02-29
                                        1'798'761'599'999,    // 2026-12-31T23:59:59.999
                                        -62'167'219'200'000,  // year 0 begins
                                        -62'167'219'200'001,  // the last millisecond before it
                                        253'402'300'799'999,  // the last millisecond of 9999
                                        253'402'300'800'000}; // year 10000
        for (const qint64 ms : instants) {
            same(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        }
        for (int year : {1, 4, 100, 400, 1582, 1900, 1970, 2024, 2100, 9999}) {
            same(QDateTime(QDate(year, 2, 28), QTime(23, 59, 59), Qt::UTC));
            same(QDateTime(QDate(year, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
            same(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC));
        }
    }

    void otherTimeSpecsAndInvalid()
    {
        same(QDateTime());
        same(QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::LocalTime));
        same(QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::OffsetFromUTC, 5 * 3600 + 1800));
        same(QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone("Europe/Berlin")));
        QCOMPARE(isoDateTimeText(QDateTime::fromMSecsSinceEpoch(1'764'860'808'123, Qt::UTC)),
                 QStringLiteral("2025-12-04T15:06:48Z"));
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
