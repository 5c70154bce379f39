// Keys added to a set go to the database many at a time (store/RowBatch: 128 rows a statement, the rest in powers of
// two), their audit entries too. On SQLite and, as tst_storebatches_pg, on PostgreSQL: lists of sizes around those
// bounds keep every key in the list's order, each loads back as it was added, one audit entry each in the same
// order; keys refused in the middle of a list (a kid the set has, a key it holds) leave the rest stored, in order;
// a row the database refuses half-way leaves the set as it was; a pull's replaceKeys around rows that exist; the
// sets' names as a pull lists them; re-encryption under a new secret across the batch bounds.

#include "StoreTestUtil.h"
#include "store/KeyStore.h"
#include "store/Trash.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecret = "secret-of-the-batch-store-0123";

QStringList kidsOf(const QList<KeyInfo>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.kid;
    }
    return kids;
}

// The kids of the newest `count` audit entries of `action`, oldest first.
QStringList auditedKids(const KeyStore& store, const QString& action, int count)
{
    QStringList kids;
    for (const auto& e : store.audit().entries(count)) {
        if (e.action == action) {
            kids.prepend(e.kid);
        }
    }
    return kids;
}

QList<JsonWebKey> keysNamed(const QStringList& kids)
{
    QList<JsonWebKey> keys;
    for (const auto& kid : kids) {
        keys << generate(QStringLiteral("ES256"), 0, kid);
    }
    return keys;
}

} // namespace

class TestStoreBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyInOrder_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 2, 63, 64, 65, 127, 128, 129, 300}) {
            QTest::newRow(qPrintable(QString::number(size))) << size;
        }
    }

    void everyKeyInOrder()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString location = freshStoreLocation(dir);
        auto store = KeyStore::open(location, secrets(kSecret));
        QStringList kids;
        for (int i = 0; i < size; ++i) {
            kids << QStringLiteral("k%1").arg(i);
        }
        const QList<JsonWebKey> keys = keysNamed(kids);
        const AddKeysResult added = store->addKeys(QStringLiteral("s"), keys);
        QCOMPARE(added.added, kids);
        QVERIFY(added.failed.isEmpty());
        // The list's first key is the newest; the sequence numbers fall along the list.
        const QList<KeyInfo> listed = store->keys(QStringLiteral("s"));
        QCOMPARE(kidsOf(listed), kids);
        for (qsizetype i = 1; i < listed.size(); ++i) {
            QVERIFY(listed[i - 1].sequence > listed[i].sequence);
        }
        for (const auto& key : keys) {
            const JsonWebKey loaded = store->loadKey(QStringLiteral("s"), key.kid());
            QCOMPARE(loaded.thumbprint(), key.thumbprint());
            QVERIFY(loaded.isPrivate());
        }
        QCOMPARE(auditedKids(*store, QStringLiteral("imported"), size), kids);
        // And again from a fresh connection: nothing was left waiting.
        store.reset();
        store = KeyStore::open(location, secrets(kSecret));
        QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), kids);
    }

    void refusedKeysInTheMiddle()
    {
        QTemporaryDir dir;
        auto store = KeyStore::open(freshStoreLocation(dir), secrets(kSecret));
        const JsonWebKey held = generate(QStringLiteral("ES256"), 0, QStringLiteral("held"));
        const JsonWebKey taken = generate(QStringLiteral("ES256"), 0, QStringLiteral("taken"));
        store->addKeys(QStringLiteral("s"), {held, taken});
        QStringList kids;
        for (int i = 0; i < 300; ++i) {
            kids << QStringLiteral("n%1").arg(i);
        }
        QList<JsonWebKey> keys = keysNamed(kids);
        keys.insert(130, held);                                                          // the same key: skipped
        keys.insert(200, generate(QStringLiteral("ES256"), 0, QStringLiteral("taken"))); // its kid, another key: fails
        const AddKeysResult added = store->addKeys(QStringLiteral("s"), keys);
        QCOMPARE(added.added, kids);
        QCOMPARE(added.skipped.size(), 1);
        QCOMPARE(added.failed.size(), 1);
        QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))),
                 kids + QStringList({QStringLiteral("held"), QStringLiteral("taken")}));
        QCOMPARE(auditedKids(*store, QStringLiteral("imported"), 300), kids);
    }

    void replaceAroundRowsThatExist()
    {
        // A pull's replaceKeys: kids without a row go many at a time, kids with one (here every 7th) take the path
        // that keeps a local private key whose public part came back (every 14th) or moves a replaced private key
        // to the trash (the others). The order, what is kept and the audit are those of the list.
        QTemporaryDir dir;
        auto store = KeyStore::open(freshStoreLocation(dir), secrets(kSecret));
        QList<JsonWebKey> before;
        for (int i = 0; i < 300; i += 7) {
            before << generate(QStringLiteral("ES256"), 0, QStringLiteral("k%1").arg(i));
        }
        store->addKeys(QStringLiteral("s"), before);
        QStringList kids;
        QList<JsonWebKey> keys;
        for (int i = 0; i < 300; ++i) {
            const QString kid = QStringLiteral("k%1").arg(i);
            kids << kid;
            keys << (i % 14 == 0 ? before[i / 7].publicKey() : generate(QStringLiteral("ES256"), 0, kid));
        }
        store->replaceKeys(QStringLiteral("s"), keys, AuditLog::Action::Pulled);
        QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), kids);
        for (int i = 0; i < 300; ++i) {
            const JsonWebKey loaded = store->loadKey(QStringLiteral("s"), kids[i]);
            QCOMPARE(loaded.thumbprint(), keys[i].thumbprint());
            QCOMPARE(loaded.isPrivate(), true); // kept (every 14th) or new
        }
        QCOMPARE(auditedKids(*store, QStringLiteral("pulled"), 400), kids);
        int trashed = 0;
        for (const auto& e : store->audit().entries(400)) {
            trashed += e.action == QStringLiteral("deleted") && e.kid.contains(QStringLiteral("~replaced-")) ? 1 : 0;
        }
        QCOMPARE(trashed, 21); // k7, k21, ..., k293
    }

    // keySetNames (what a pull lists) names the sets keySets lists, through a seeded run of creations, renames,
    // deletions to the trash and restores.
    void setNamesAsListed()
    {
        QTemporaryDir dir;
        auto store = KeyStore::open(freshStoreLocation(dir), secrets(kSecret));
        Trash trash(*store);
        QRandomGenerator random(20261204);
        QStringList live, trashed;
        for (int step = 0; step < 120; ++step) {
            const int action = random.bounded(4);
            if (action == 0 || live.isEmpty()) {
                const QString name = QStringLiteral("set-%1").arg(step);
                store->createKeySet(name);
                live << name;
            } else if (action == 1) {
                const QString from = live.takeAt(random.bounded(live.size()));
                const QString to = from + QStringLiteral("-r");
                store->renameKeySet(from, to);
                live << to;
            } else if (action == 2) {
                const QString name = live.takeAt(random.bounded(live.size()));
                trash.deleteSet(name);
                trashed << name;
            } else if (!trashed.isEmpty()) {
                const QString name = trashed.takeAt(random.bounded(trashed.size()));
                trash.restoreSet(name);
                live << name;
            }
            QStringList listed;
            for (const KeySetInfo& info : store->keySets()) {
                listed << info.name;
            }
            live.sort();
            QCOMPARE(store->keySetNames(), listed);
            QCOMPARE(store->keySetNames(), live);
        }
    }

    // rotateSecret re-encrypts RowBatch::kMaxRows rows a statement, reading 1,024 rows at a time: 1,200 keys in three
    // sets (over a page, so a rewritten row, which comes back with a larger id, must not be read again), some in the
    // trash, all readable under the new secret alone afterwards, each as it was (kid, sequence, creation time, trash
    // state), the rows that were current already left as they were.
    void rotationAcrossBatches()
    {
        const QByteArray newSecret = "new-secret-of-the-batch-store-9";
        QTemporaryDir dir;
        const QString location = freshStoreLocation(dir);
        QMap<QString, QList<JsonWebKey>> added;
        QList<KeyInfo> before;
        {
            auto store = KeyStore::open(location, secrets(kSecret));
            for (const QString& set : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
                QStringList kids;
                for (int i = 0; i < 400; ++i) {
                    kids << QStringLiteral("%1%2").arg(set).arg(i);
                }
                added[set] = keysNamed(kids);
                QCOMPARE(store->addKeys(set, added[set]).added.size(), 400);
            }
            for (int i = 0; i < 400; i += 7) {
                store->trash().deleteKey(QStringLiteral("b"), QStringLiteral("b%1").arg(i));
            }
            before = store->allKeys();
        }
        {
            auto store = KeyStore::open(location, secrets(newSecret + ',' + kSecret));
            store->addKeys(QStringLiteral("c"), keysNamed({QStringLiteral("current")})); // written under the new one
            const RotationResult r = store->rotateSecret();
            QCOMPARE(r.reencrypted, 1200);
            QCOMPARE(r.alreadyCurrent, 1);
            QVERIFY(r.undecryptable.isEmpty());
        }
        auto store = KeyStore::open(location, secrets(newSecret));
        QList<KeyInfo> after = store->allKeys();
        QCOMPARE(after.size(), before.size() + 1);
        for (const KeyInfo& was : before) {
            const auto now = std::find_if(after.cbegin(), after.cend(), [&](const KeyInfo& k) {
                return k.setName == was.setName && k.kid == was.kid;
            });
            QVERIFY2(now != after.cend(), qPrintable(was.kid));
            QCOMPARE(now->sequence, was.sequence);
            QCOMPARE(now->created, was.created);
            QVERIFY(now->decryptable);
        }
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            for (const JsonWebKey& key : it.value()) {
                const bool trashed = it.key() == QStringLiteral("b") && key.kid().mid(1).toInt() % 7 == 0;
                if (trashed) {
                    store->trash().restoreKey(it.key(), key.kid());
                }
                QVERIFY2(store->loadKey(it.key(), key.kid()).sameKeyAs(key), qPrintable(key.kid()));
            }
        }
    }

    void failureInTheMiddleLeavesTheSetAsItWas()
    {
        QTemporaryDir dir;
        const QString location = freshStoreLocation(dir);
        auto store = KeyStore::open(location, secrets(kSecret));
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("before"))});
        const QList<AuditEntry> auditBefore = store->audit().entries();
        {
            // The database itself refuses one row of the list, the 151st (in the second statement: 128 rows, then 64).
            RawStoreDb raw(location);
            QSqlQuery q(raw.db());
            const QStringList statements =
                onServer() ? QStringList{QStringLiteral("CREATE FUNCTION refuse_k150() RETURNS trigger AS $$ BEGIN IF "
                                                        "NEW.kid = 'k150' THEN RAISE EXCEPTION 'refused by a test'; "
                                                        "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"),
                                         QStringLiteral("CREATE TRIGGER refuse_k150 BEFORE INSERT ON jwk_keys FOR EACH "
                                                        "ROW EXECUTE FUNCTION refuse_k150()")}
                           : QStringList{QStringLiteral("CREATE TRIGGER refuse_k150 BEFORE INSERT ON jwk_keys WHEN "
                                                        "NEW.kid = 'k150' BEGIN SELECT RAISE(ABORT, 'refused by a "
                                                        "test'); END")};
            for (const auto& sql : statements) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
        }
        QStringList kids;
        for (int i = 0; i < 200; ++i) {
            kids << QStringLiteral("k%1").arg(i);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, store->addKeys(QStringLiteral("s"), keysNamed(kids)));
        QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), QStringList(QStringLiteral("before")));
        QCOMPARE(store->audit().entries().size(), auditBefore.size());
        // The same store goes on working: the list without the refused key is stored whole.
        kids.removeAll(QStringLiteral("k150"));
        QCOMPARE(store->addKeys(QStringLiteral("s"), keysNamed(kids)).added, kids);
        QCOMPARE(kidsOf(store->keys(QStringLiteral("s"))), kids + QStringList(QStringLiteral("before")));
    }
};

QTEST_GUILESS_MAIN(TestStoreBatches)
#include "tst_storebatches.moc"
