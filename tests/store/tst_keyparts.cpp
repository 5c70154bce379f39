// KeyStore::addKeyParts, the import's way into the store (a part per input file, given a chunk at a time, each part
// kept whole or not at all), against addKeys of the kept parts' keys as one list on a second store: seeded parts of
// new keys, keys given twice, kids the set has (live and in the trash), parts refused at their end, both placements.
// Both stores must end alike (the keys in the same order, the same role each, the same audit entries) and say the
// same of each key; a set that no kept part gives a key is not made. On SQLite and, as tst_keyparts_pg, PostgreSQL.

#include "StoreTestUtil.h"
#include "store/KeyParts.h"
#include "store/KeyStore.h"
#include "store/Trash.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecret = "secret-of-the-parts-store-01234";

struct Part
{
    QList<QList<JsonWebKey>> chunks;
    bool refused = false;
};

class ListedParts final : public KeyParts
{
public:
    explicit ListedParts(const QList<Part>& parts)
        : m_parts(parts)
    {
    }
    qsizetype maxKeys() const override
    {
        qsizetype n = 0;
        for (const Part& p : m_parts) {
            for (const auto& c : p.chunks) {
                n += c.size();
            }
        }
        return n;
    }
    bool nextPart() override
    {
        m_chunk = 0;
        return ++m_part < m_parts.size();
    }
    bool nextChunk(QList<JsonWebKey>* keys) override
    {
        const Part& part = m_parts.at(m_part);
        // Empty chunks are skipped: a part's keys may come in chunks of any size, but an empty one means its end.
        while (m_chunk < part.chunks.size() && part.chunks.at(m_chunk).isEmpty()) {
            ++m_chunk;
        }
        if (m_chunk >= part.chunks.size()) {
            keys->clear();
            return false;
        }
        *keys = part.chunks.at(m_chunk++);
        return true;
    }
    bool partRefused() const override { return m_parts.at(m_part).refused; }

private:
    QList<Part> m_parts;
    qsizetype m_part = -1;
    qsizetype m_chunk = 0;
};

// What a person (and a script) sees of a set: its keys newest first, with their roles.
QStringList listing(const KeyStore& store, const QString& set)
{
    QStringList rows;
    for (const KeyInfo& k : store.keys(set)) {
        rows << QStringLiteral("%1 %2 %3").arg(k.kid, k.thumbprint).arg(int(k.role));
    }
    return rows;
}

QStringList audited(const KeyStore& store)
{
    QStringList rows;
    for (const auto& e : store.audit().entries(100000)) {
        rows.prepend(QStringLiteral("%1 %2 %3").arg(e.action, e.setName, e.kid));
    }
    return rows;
}

bool hasSet(const KeyStore& store, const QString& set)
{
    return store.keySetNames().contains(set);
}

} // namespace

class TestKeyParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 90; ++i) {
            m_pool << generate(i % 4 ? QStringLiteral("ES256") : QStringLiteral("EdDSA"));
        }
    }

    void sameAsTheKeptPartsAsOneList_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 24; ++seed) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void sameAsTheKeptPartsAsOneList()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto parted = KeyStore::open(freshStoreLocation(dir, QStringLiteral("a.sqlite")), secrets(kSecret));
        auto listed = KeyStore::open(freshStoreLocation(dir, QStringLiteral("b.sqlite")), secrets(kSecret));
        const QString set = QStringLiteral("s%1").arg(seed);

        // What the set holds before, the same in both: some keys, one of them in the trash (its kid taken).
        const bool existing = random.bounded(3) != 0;
        if (existing) {
            QList<JsonWebKey> before;
            for (int i = 0, n = 1 + random.bounded(6); i < n; ++i) {
                before << m_pool.at(random.bounded(m_pool.size()));
            }
            for (KeyStore* store : {parted.get(), listed.get()}) {
                store->addKeys(set, before);
                store->trash().deleteKey(set, store->keys(set).last().kid);
            }
        }

        // The parts: keys from the pool (so given twice, or held already), some under a kid another key has.
        QList<Part> parts;
        QList<JsonWebKey> kept;
        for (int p = 0, n = 1 + random.bounded(5); p < n; ++p) {
            Part part;
            part.refused = random.bounded(10) < 3;
            for (int c = 0, chunks = random.bounded(4); c < chunks; ++c) {
                QList<JsonWebKey> chunk;
                for (int k = 0, size = random.bounded(3) ? random.bounded(40) : random.bounded(300); k < size; ++k) {
                    JsonWebKey key = m_pool.at(random.bounded(m_pool.size()));
                    if (random.bounded(8) == 0) {
                        key.setKid(QStringLiteral("shared-%1").arg(random.bounded(5)));
                    }
                    chunk << key;
                }
                part.chunks << chunk;
            }
            if (!part.refused) {
                for (const auto& chunk : part.chunks) {
                    kept << chunk;
                }
            }
            parts << part;
        }
        const bool anyKept = std::any_of(parts.begin(), parts.end(), [](const Part& p) {
            return !p.refused &&
                   std::any_of(p.chunks.begin(), p.chunks.end(), [](const auto& c) { return !c.isEmpty(); });
        });
        const KeyPlacement placement = random.bounded(2) ? KeyPlacement::BelowSigner : KeyPlacement::Newest;

        const AddKeysResult got = parted->addKeyParts(
            set, [&] { return std::make_unique<ListedParts>(parts); }, AuditLog::Action::Imported, placement);
        AddKeysResult expected;
        if (anyKept) {
            expected = listed->addKeys(set, kept, AuditLog::Action::Imported, true, placement);
        }
        QCOMPARE(got.added, expected.added);
        QCOMPARE(got.skipped, expected.skipped);
        QCOMPARE(got.failed, expected.failed);
        QCOMPARE(hasSet(*parted, set), existing || anyKept);
        QCOMPARE(hasSet(*listed, set), existing || anyKept);
        if (hasSet(*parted, set)) {
            QCOMPARE(listing(*parted, set), listing(*listed, set));
            for (const KeyInfo& k : parted->keys(set)) {
                QCOMPARE(parted->loadKey(set, k.kid).thumbprint(), listed->loadKey(set, k.kid).thumbprint());
            }
        }
        QCOMPARE(audited(*parted), audited(*listed));
        m_anyRefused += std::any_of(parts.begin(), parts.end(), [](const Part& p) { return p.refused; });
        m_noneKept += !anyKept;
    }

    void seedsCoverRefusals()
    {
        QVERIFY2(
            m_anyRefused >= 8 && m_noneKept >= 2,
            qPrintable(QStringLiteral("%1 with a part refused, %2 with none kept").arg(m_anyRefused).arg(m_noneKept)));
    }

    void aRefusedPartAfterAKeptOneLeavesTheKeptOne()
    {
        // The first file's keys stay; the second's, refused at its end after 300 keys were written, are gone, and the
        // third may give keys the second had (they are not taken for keys the set holds).
        QTemporaryDir dir;
        auto store = KeyStore::open(freshStoreLocation(dir), secrets(kSecret));
        QList<JsonWebKey> big;
        for (int i = 0; i < 300; ++i) {
            big << generate(QStringLiteral("ES256"));
        }
        const QList<Part> parts{{{{m_pool.at(0), m_pool.at(1)}}, false},
                                {{big.mid(0, 150), big.mid(150)}, true},
                                {{big.mid(100, 10)}, false}};
        const AddKeysResult result =
            store->addKeyParts(QStringLiteral("mixed"), [&] { return std::make_unique<ListedParts>(parts); });
        QCOMPARE(result.added.size(), 12);
        QVERIFY(result.skipped.isEmpty());
        QVERIFY(result.failed.isEmpty());
        QStringList kids;
        for (const KeyInfo& k : store->keys(QStringLiteral("mixed"))) {
            kids << k.kid;
        }
        QStringList expected{m_pool.at(0).kid(), m_pool.at(1).kid()};
        for (const JsonWebKey& k : big.mid(100, 10)) {
            expected << k.kid();
        }
        QCOMPARE(kids, expected); // the first key of all is the newest
        int imported = 0;
        for (const auto& e : store->audit().entries(1000)) {
            imported += e.action == QStringLiteral("imported");
        }
        QCOMPARE(imported, 12);
    }

private:
    QList<JsonWebKey> m_pool;
    int m_anyRefused = 0;
    int m_noneKept = 0;
};

QTEST_GUILESS_MAIN(TestKeyParts)
#include "tst_keyparts.moc"
