// Rotation policies (store/RotationPolicies) and due dates (usecases/RotationDue): the sealed policy row (tampering,
// secret rotation, rename, trash and purge), the due rules at exact boundaries (fixed instants relative to the
// signer's stored creation time, as jwkman-cli due --at gives them), seeded random invariants of the status rule, the
// overlap before activation (earlyActivation) and the rotation row's sealed time, including a store migrated from a
// seal without it.

#include "keys/KeyGenerator.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"
#include "store/RowSeal.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"
#include "usecases/HydraDefaults.h"
#include "usecases/RotationDue.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace jwk;

namespace {

const QByteArray kSecret = "rotation-due-test-secret-0123456789ab";
const QByteArray kSecret2 = "rotation-due-second-secret-0123456789";
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

SystemSecret secrets(const QByteArray& value)
{
    return SystemSecret::fromEnvironmentValue(value);
}

JsonWebKey makeKey(const QString& kid)
{
    GenerateOptions options;
    options.alg = QStringLiteral("ES256");
    options.kid = kid;
    return generateKey(options);
}

// Runs SQL on the store file without the secret, as someone who can write the file would.
bool execRaw(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    const QString name = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const auto& b : binds) {
                q.addBindValue(b);
            }
            ok = q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

std::optional<StoreError> storeErrorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StoreError& e) {
        return e;
    }
    return std::nullopt;
}

RotationPolicy policy(const QString& set, std::optional<int> every, std::optional<int> overlap)
{
    return RotationPolicy{set, every, overlap, {}};
}

QDateTime plus(const QDateTime& t, qint64 ms)
{
    return t.addMSecs(ms);
}

} // namespace

class TestRotationDue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policyRoundTrip();
    void policyBounds();
    void dueBoundariesDefaultWindow();
    void dueBoundariesWithin();
    void dueListing();
    void trashAndPurge();
    void randomisedStatusInvariants();
    void tamperedPolicyIsRefused_data();
    void tamperedPolicyIsRefused();
    void secretRotationKeepsPolicy();
    void renameKeepsPolicy();
    void earlyActivationBoundary();
    void rotationTimeIsSealed();
    void migratedRotationSealCoversTime();
    void isoDates_data();
    void isoDates();
    void hydraSuggestions();

private:
    std::unique_ptr<KeyStore> open(const QByteArray& secret = kSecret)
    {
        return KeyStore::open(m_dir->filePath(QStringLiteral("store.sqlite")), secrets(secret));
    }
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    void fresh() { m_dir = std::make_unique<QTemporaryDir>(); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRotationDue::initTestCase()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
}

void TestRotationDue::policyRoundTrip()
{
    fresh();
    auto store = open();
    store->createKeySet(QStringLiteral("s"));
    QVERIFY(!store->policies().find(QStringLiteral("s")));
    store->policies().save(policy(QStringLiteral("s"), 90, 7));
    auto p = store->policies().find(QStringLiteral("s"));
    QVERIFY(p);
    QCOMPARE(p->rotateEveryDays, std::optional<int>(90));
    QCOMPARE(p->overlapDays, std::optional<int>(7));
    store->policies().save(policy(QStringLiteral("s"), 30, std::nullopt));
    p = store->policies().find(QStringLiteral("s"));
    QCOMPARE(p->rotateEveryDays, std::optional<int>(30));
    QVERIFY(!p->overlapDays);
    store->policies().clear(QStringLiteral("s"));
    QVERIFY(!store->policies().find(QStringLiteral("s")));
    // A set that does not exist has no policy to keep.
    const auto missing = storeErrorOf([&] { store->policies().save(policy(QStringLiteral("nope"), 30, 1)); });
    QVERIFY(missing);
    QCOMPARE(missing->kind(), StoreError::Kind::NotFound);
    // Kept across a reopen.
    store->policies().save(policy(QStringLiteral("s"), 10, 2));
    store.reset();
    store = open();
    QCOMPARE(store->policies().find(QStringLiteral("s"))->overlapDays, std::optional<int>(2));
}

void TestRotationDue::policyBounds()
{
    fresh();
    auto store = open();
    store->createKeySet(QStringLiteral("s"));
    QVERIFY(RotationPolicies::problem(policy(QStringLiteral("s"), 1, 0)).isEmpty());
    QVERIFY(RotationPolicies::problem(policy(QStringLiteral("s"), 3650, 3649)).isEmpty());
    QVERIFY(RotationPolicies::problem(policy(QStringLiteral("s"), std::nullopt, 3650)).isEmpty());
    for (const auto& bad :
         {policy(QStringLiteral("s"), 0, std::nullopt), policy(QStringLiteral("s"), 3651, std::nullopt),
          policy(QStringLiteral("s"), std::nullopt, -1), policy(QStringLiteral("s"), std::nullopt, 3651),
          policy(QStringLiteral("s"), 7, 7), policy(QStringLiteral("s"), 7, 8)}) {
        QVERIFY(!RotationPolicies::problem(bad).isEmpty());
        const auto error = storeErrorOf([&] { store->policies().save(bad); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::InvalidInput);
    }
    QVERIFY(RotationPolicies::problem(policy(QStringLiteral("s"), 7, 7)).contains(QStringLiteral("shorter")));
    QVERIFY(!store->policies().find(QStringLiteral("s")));
}

void TestRotationDue::dueBoundariesDefaultWindow()
{
    fresh();
    auto store = open();
    store->addKeys(QStringLiteral("month"), {makeKey(QStringLiteral("m1"))});
    store->addKeys(QStringLiteral("year"), {makeKey(QStringLiteral("y1"))});
    store->policies().save(policy(QStringLiteral("month"), 30, std::nullopt));
    store->policies().save(policy(QStringLiteral("year"), 365, std::nullopt));
    const QDateTime m = store->keyInfo(QStringLiteral("month"), QStringLiteral("m1"))->created;
    const QDateTime y = store->keyInfo(QStringLiteral("year"), QStringLiteral("y1"))->created;
    const auto statusAt = [&](const QString& set, const QDateTime& at) {
        const DueReport r = rotationDue(*store, at);
        const DueEntry* e = r.find(set);
        return e ? e->status : DueStatus::Ok;
    };
    // Due exactly 30 days after creation; the default window is a tenth of the period (3 days) ...
    const DueReport atCreation = rotationDue(*store, m); // kept: find() points into it
    const DueEntry* entry = atCreation.find(QStringLiteral("month"));
    QVERIFY(entry);
    QCOMPARE(entry->signer, QStringLiteral("m1"));
    QCOMPARE(entry->signerCreated, m.toUTC());
    QCOMPARE(entry->dueAt, plus(m, 30 * kDay).toUTC());
    QCOMPARE(entry->rotateEveryDays, 30);
    QCOMPARE(statusAt(QStringLiteral("month"), plus(m, 30 * kDay)), DueStatus::Overdue);
    QCOMPARE(statusAt(QStringLiteral("month"), plus(m, 30 * kDay - 1)), DueStatus::DueSoon);
    QCOMPARE(statusAt(QStringLiteral("month"), plus(m, 27 * kDay)), DueStatus::DueSoon);
    QCOMPARE(statusAt(QStringLiteral("month"), plus(m, 27 * kDay - 1)), DueStatus::Ok);
    // ... and 14 days when that is shorter.
    QCOMPARE(statusAt(QStringLiteral("year"), plus(y, 365 * kDay)), DueStatus::Overdue);
    QCOMPARE(statusAt(QStringLiteral("year"), plus(y, 365 * kDay - 1)), DueStatus::DueSoon);
    QCOMPARE(statusAt(QStringLiteral("year"), plus(y, 351 * kDay)), DueStatus::DueSoon);
    QCOMPARE(statusAt(QStringLiteral("year"), plus(y, 351 * kDay - 1)), DueStatus::Ok);
    QCOMPARE(defaultDueSoonWindowMs(30), 3 * kDay);
    QCOMPARE(defaultDueSoonWindowMs(365), 14 * kDay);
    QCOMPARE(defaultDueSoonWindowMs(140), 14 * kDay);
    QCOMPARE(defaultDueSoonWindowMs(7), 7 * kDay / 10);
    // The report needs attention exactly when one set does.
    QVERIFY(!rotationDue(*store, plus(m, 27 * kDay - 1)).needsAttention());
    QVERIFY(rotationDue(*store, plus(m, 27 * kDay)).needsAttention());
}

void TestRotationDue::dueBoundariesWithin()
{
    fresh();
    auto store = open();
    store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k"))});
    store->policies().save(policy(QStringLiteral("s"), 90, 7));
    const QDateTime c = store->keyInfo(QStringLiteral("s"), QStringLiteral("k"))->created;
    const auto statusAt = [&](const QDateTime& at, int within) {
        return rotationDue(*store, at, within).find(QStringLiteral("s"))->status;
    };
    QCOMPARE(statusAt(plus(c, 85 * kDay), 5), DueStatus::DueSoon);
    QCOMPARE(statusAt(plus(c, 85 * kDay - 1), 5), DueStatus::Ok);
    QCOMPARE(statusAt(plus(c, 90 * kDay - 1), 5), DueStatus::DueSoon);
    QCOMPARE(statusAt(plus(c, 90 * kDay), 5), DueStatus::Overdue);
    // Within 0: only overdue needs attention.
    QCOMPARE(statusAt(plus(c, 90 * kDay - 1), 0), DueStatus::Ok);
    QCOMPARE(statusAt(plus(c, 90 * kDay), 0), DueStatus::Overdue);
    // A window longer than the period: due soon from the signer's first moment.
    QCOMPARE(statusAt(c, 90), DueStatus::DueSoon);
    QCOMPARE(statusAt(plus(c, -1), 91), DueStatus::DueSoon);
    // A new signer restarts the clock.
    store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k2"))});
    const DueEntry e = *rotationDue(*store, plus(c, 90 * kDay)).find(QStringLiteral("s"));
    QCOMPARE(e.signer, QStringLiteral("k2"));
    QVERIFY(e.signerCreated >= c);
}

void TestRotationDue::dueListing()
{
    fresh();
    auto store = open();
    store->addKeys(QStringLiteral("b-signs"), {makeKey(QStringLiteral("k"))});
    store->addKeys(QStringLiteral("a-public"), {makeKey(QStringLiteral("p")).publicKey()});
    store->createKeySet(QStringLiteral("c-empty"));
    store->addKeys(QStringLiteral("d-nopolicy"), {makeKey(QStringLiteral("n"))});
    store->addKeys(QStringLiteral("e-overlaponly"), {makeKey(QStringLiteral("o"))});
    store->policies().save(policy(QStringLiteral("b-signs"), 30, 1));
    store->policies().save(policy(QStringLiteral("a-public"), 30, std::nullopt));
    store->policies().save(policy(QStringLiteral("c-empty"), 30, std::nullopt));
    store->policies().save(policy(QStringLiteral("e-overlaponly"), std::nullopt, 3));
    const DueReport r = rotationDue(*store, QDateTime::currentDateTimeUtc());
    QStringList names;
    for (const auto& e : r.sets) {
        names << e.setName;
    }
    // Sets with a period, by name; no policy or only an overlap: not listed.
    QCOMPARE(names, (QStringList{QStringLiteral("a-public"), QStringLiteral("b-signs"), QStringLiteral("c-empty")}));
    // No signer: overdue, with nothing to count from.
    for (const QString& set : {QStringLiteral("a-public"), QStringLiteral("c-empty")}) {
        const DueEntry* e = r.find(set);
        QCOMPARE(e->status, DueStatus::Overdue);
        QVERIFY(e->signer.isEmpty());
        QVERIFY(!e->dueAt.isValid());
        QVERIFY(!e->signerCreated.isValid());
    }
    QCOMPARE(r.find(QStringLiteral("b-signs"))->status, DueStatus::Ok);
    QVERIFY(r.needsAttention());
}

void TestRotationDue::trashAndPurge()
{
    fresh();
    auto store = open();
    store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k"))});
    store->policies().save(policy(QStringLiteral("s"), 30, 2));
    const QDateTime late = QDateTime::currentDateTimeUtc().addDays(60);
    QCOMPARE(rotationDue(*store, late).sets.size(), 1);
    // In the trash: not listed, but kept for a restore.
    store->trash().deleteSet(QStringLiteral("s"));
    QVERIFY(rotationDue(*store, late).sets.isEmpty());
    QVERIFY(store->policies().all().isEmpty());
    store->trash().restoreSet(QStringLiteral("s"));
    QCOMPARE(rotationDue(*store, late).sets.size(), 1);
    QCOMPARE(store->policies().find(QStringLiteral("s"))->rotateEveryDays, std::optional<int>(30));
    // Purged with its set: a new set of the same name starts without one.
    store->trash().deleteSet(QStringLiteral("s"));
    store->trash().empty();
    QVERIFY(!store->policies().find(QStringLiteral("s")));
    store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k2"))});
    QVERIFY(!store->policies().find(QStringLiteral("s")));
    QVERIFY(rotationDue(*store, late).sets.isEmpty());
    // A key of the set (not the set) in the trash leaves the policy alone.
    store->policies().save(policy(QStringLiteral("s"), 30, 2));
    store->trash().deleteKey(QStringLiteral("s"), QStringLiteral("k2"));
    store->trash().empty();
    QVERIFY(store->policies().find(QStringLiteral("s")));
}

void TestRotationDue::randomisedStatusInvariants()
{
    const quint32 seed =
        qEnvironmentVariableIsSet("JWKMAN_DUE_SEED") ? qEnvironmentVariableIntValue("JWKMAN_DUE_SEED") : 20250630u;
    QRandomGenerator random(seed);
    const QDateTime created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 5000; ++i) {
        const int period = 1 + static_cast<int>(random.bounded(RotationPolicies::kMaxDays));
        const qint64 window =
            random.bounded(2) ? defaultDueSoonWindowMs(period) : static_cast<qint64>(random.bounded(400)) * kDay;
        const QDateTime due = created.addMSecs(period * kDay);
        // Instants spread over the period, and right at the two boundaries.
        QList<qint64> offsets;
        for (int j = 0; j < 6; ++j) {
            offsets << static_cast<qint64>(random.bounded(static_cast<double>(period * kDay * 2)));
        }
        for (const qint64 edge : {period * kDay, period * kDay - window}) {
            offsets << edge - 1 << edge << edge + 1;
        }
        std::sort(offsets.begin(), offsets.end());
        DueStatus previous = DueStatus::Ok;
        for (const qint64 offset : offsets) {
            const QDateTime at = created.addMSecs(offset);
            const DueStatus s = dueStatus(due, at, window);
            const DueStatus expected = offset >= period * kDay            ? DueStatus::Overdue
                                       : offset >= period * kDay - window ? DueStatus::DueSoon
                                                                          : DueStatus::Ok;
            QVERIFY2(s == expected, qPrintable(QStringLiteral("seed %1 period %2 window %3 offset %4")
                                                   .arg(seed)
                                                   .arg(period)
                                                   .arg(window)
                                                   .arg(offset)));
            // Time only moves a set towards overdue.
            QVERIFY(static_cast<int>(s) >= static_cast<int>(previous));
            previous = s;
        }
        QVERIFY(defaultDueSoonWindowMs(period) <= 14 * kDay);
        QVERIFY(defaultDueSoonWindowMs(period) <= period * kDay / 10);
    }
}

void TestRotationDue::tamperedPolicyIsRefused_data()
{
    QTest::addColumn<QString>("update");
    QTest::newRow("rotate_every_days") << QStringLiteral("rotate_every_days = 3650");
    QTest::newRow("rotate_every_days null") << QStringLiteral("rotate_every_days = NULL");
    QTest::newRow("overlap_days") << QStringLiteral("overlap_days = 0");
    QTest::newRow("updated_at") << QStringLiteral("updated_at = updated_at + 1");
    QTest::newRow("set_name") << QStringLiteral("set_name = 'other'");
    QTest::newRow("row_mac") << QStringLiteral("row_mac = ''");
}

void TestRotationDue::tamperedPolicyIsRefused()
{
    QFETCH(QString, update);
    fresh();
    {
        auto store = open();
        store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k"))});
        store->addKeys(QStringLiteral("other"), {makeKey(QStringLiteral("k"))});
        store->policies().save(policy(QStringLiteral("s"), 30, 5));
    }
    QVERIFY(execRaw(path(), QStringLiteral("UPDATE jwk_policies SET ") + update));
    auto store = open();
    const QString set = update.startsWith(QLatin1String("set_name")) ? QStringLiteral("other") : QStringLiteral("s");
    for (const auto& call : std::initializer_list<std::function<void()>>{
             [&] { store->policies().find(set); }, [&] { store->policies().all(); },
             [&] { rotationDue(*store, QDateTime::currentDateTimeUtc()); }}) {
        const auto error = storeErrorOf(call);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Tampered);
        QVERIFY2(error->message().contains(set) && error->message().contains(QStringLiteral("policy")),
                 qPrintable(error->message()));
    }
    // A secret rotation does not make the edit look genuine.
    store.reset();
    {
        auto rotated = KeyStore::open(path(), secrets(kSecret2 + ',' + kSecret));
        rotated->rotateSecret();
        QCOMPARE(storeErrorOf([&] { rotated->policies().find(set); })->kind(), StoreError::Kind::Tampered);
    }
    // Setting it again replaces the edited row.
    auto again = KeyStore::open(path(), secrets(kSecret2 + ',' + kSecret));
    again->policies().save(policy(set, 60, 1));
    QCOMPARE(again->policies().find(set)->rotateEveryDays, std::optional<int>(60));
}

void TestRotationDue::secretRotationKeepsPolicy()
{
    fresh();
    {
        auto store = open();
        store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("k"))});
        store->policies().save(policy(QStringLiteral("s"), 45, 4));
    }
    {
        auto store = KeyStore::open(path(), secrets(kSecret2 + ',' + kSecret));
        store->rotateSecret();
    }
    // Under the new secret alone: still authentic.
    auto store = open(kSecret2);
    const auto p = store->policies().find(QStringLiteral("s"));
    QVERIFY(p);
    QCOMPARE(p->rotateEveryDays, std::optional<int>(45));
    QCOMPARE(p->overlapDays, std::optional<int>(4));
    QCOMPARE(rotationDue(*store, QDateTime::currentDateTimeUtc()).sets.size(), 1);
}

void TestRotationDue::renameKeepsPolicy()
{
    fresh();
    {
        auto store = open();
        store->addKeys(QStringLiteral("old"), {makeKey(QStringLiteral("k"))});
        store->policies().save(policy(QStringLiteral("old"), 20, 3));
        store->renameKeySet(QStringLiteral("old"), QStringLiteral("new"));
        QVERIFY(!store->policies().find(QStringLiteral("old")));
        QCOMPARE(store->policies().find(QStringLiteral("new"))->rotateEveryDays, std::optional<int>(20));
        QCOMPARE(rotationDue(*store, QDateTime::currentDateTimeUtc()).sets.value(0).setName, QStringLiteral("new"));
    }
    // Sealed over the new name: a reopen reads it.
    {
        auto store = open();
        QCOMPARE(store->policies().find(QStringLiteral("new"))->overlapDays, std::optional<int>(3));
    }
    // A tampered row moves with its set and stays tampered (the rename does not seal the edit).
    QVERIFY(execRaw(path(), QStringLiteral("UPDATE jwk_policies SET overlap_days = 0")));
    auto store = open();
    store->renameKeySet(QStringLiteral("new"), QStringLiteral("newer"));
    QCOMPARE(storeErrorOf([&] { store->policies().find(QStringLiteral("newer")); })->kind(),
             StoreError::Kind::Tampered);
}

void TestRotationDue::earlyActivationBoundary()
{
    fresh();
    auto store = open();
    store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("old"))});
    const QDateTime published(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    store->rotations().save({QStringLiteral("prod"), QStringLiteral("s"), QStringLiteral("new"), QStringLiteral("old"),
                             RotationState::Step::Published, published});
    // No policy, or no overlap: never early.
    QVERIFY(!earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), published));
    store->policies().save(policy(QStringLiteral("s"), 90, std::nullopt));
    QVERIFY(!earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), published));
    store->policies().save(policy(QStringLiteral("s"), 90, 7));
    const auto early =
        earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), plus(published, 7 * kDay - 1));
    QVERIFY(early);
    QCOMPARE(early->earliest, plus(published, 7 * kDay));
    QCOMPARE(early->published, published);
    QCOMPARE(early->overlapDays, 7);
    QCOMPARE(early->newKid, QStringLiteral("new"));
    QVERIFY(early->text().contains(QStringLiteral("7 day")));
    QVERIFY(!earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), plus(published, 7 * kDay)));
    // Another remote's rotation of the same set is its own.
    QVERIFY(!earlyActivation(*store, QStringLiteral("staging"), QStringLiteral("s"), published));
    // Only a published key waits; an activated one is not early any more.
    store->rotations().save({QStringLiteral("prod"), QStringLiteral("s"), QStringLiteral("new"), QStringLiteral("old"),
                             RotationState::Step::Activated, published});
    QVERIFY(!earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), published));
}

void TestRotationDue::rotationTimeIsSealed()
{
    fresh();
    const QDateTime published(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    {
        auto store = open();
        store->addKeys(QStringLiteral("s"), {makeKey(QStringLiteral("old"))});
        store->rotations().save({QStringLiteral("prod"), QStringLiteral("s"), QStringLiteral("new"),
                                 QStringLiteral("old"), RotationState::Step::Published, published});
        QCOMPARE(store->rotations().find(QStringLiteral("prod"), QStringLiteral("s"))->updated, published);
        store->policies().save(policy(QStringLiteral("s"), 90, 7));
    }
    // Backdating the publication to get past the overlap is seen.
    QVERIFY(execRaw(path(), QStringLiteral("UPDATE jwk_rotations SET updated_at = updated_at - 864000000")));
    auto store = open();
    const auto error =
        storeErrorOf([&] { earlyActivation(*store, QStringLiteral("prod"), QStringLiteral("s"), published); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Tampered);
}

void TestRotationDue::migratedRotationSealCoversTime()
{
    // A store of schema 4/5: the rotation row sealed without its time, no policy table. Opening it migrates: the
    // authentic row is sealed with its time, and an edit of the time after that is seen.
    fresh();
    const QDateTime published(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    {
        auto store = open();
        store->rotations().save({QStringLiteral("prod"), QStringLiteral("s"), QStringLiteral("new"),
                                 QStringLiteral("old"), RotationState::Step::Published, published});
        const QByteArray v1 = rowseal::mac(store->secret().macKeys().at(0),
                                           {QByteArrayView("rotation"), QByteArray("prod"), QByteArray("s"),
                                            QByteArray("new"), QByteArray("old"), QByteArray("published")});
        store.reset();
        QVERIFY(execRaw(path(), QStringLiteral("UPDATE jwk_rotations SET row_mac = ?"), {QString::fromLatin1(v1)}));
        QVERIFY(execRaw(path(), QStringLiteral("DROP TABLE jwk_policies")));
        QVERIFY(execRaw(path(), QStringLiteral("DROP TABLE jwk_jwks_snapshots")));
        QVERIFY(execRaw(path(), QStringLiteral("ALTER TABLE jwk_audit DROP COLUMN actor"))); // schema 7
        QVERIFY(execRaw(path(), QStringLiteral("ALTER TABLE jwk_audit DROP COLUMN host")));
        QVERIFY(execRaw(path(), QStringLiteral("PRAGMA user_version = 4")));
    }
    {
        auto store = open();
        const auto state = store->rotations().find(QStringLiteral("prod"), QStringLiteral("s"));
        QVERIFY(state);
        QCOMPARE(state->updated, published);
        QVERIFY(store->policies().all().isEmpty()); // the table exists now
    }
    QVERIFY(execRaw(path(), QStringLiteral("UPDATE jwk_rotations SET updated_at = updated_at - 1")));
    auto store = open();
    QCOMPARE(storeErrorOf([&] { store->rotations().find(QStringLiteral("prod"), QStringLiteral("s")); })->kind(),
             StoreError::Kind::Tampered);
}

void TestRotationDue::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO UTC, empty: refused
    QTest::newRow("date") << "2025-06-30"
                          << "2025-06-30T00:00:00Z";
    QTest::newRow("utc") << "2025-06-30T12:34:56Z"
                         << "2025-06-30T12:34:56Z";
    QTest::newRow("no offset is UTC") << "2025-06-30T12:34:56"
                                      << "2025-06-30T12:34:56Z";
    QTest::newRow("minutes") << "2025-06-30T12:34Z"
                             << "2025-06-30T12:34:00Z";
    QTest::newRow("offset") << "2025-06-30T14:00:00+02:00"
                            << "2025-06-30T12:00:00Z";
    QTest::newRow("ms") << "2025-06-30T12:00:00.250Z"
                        << "2025-06-30T12:00:00.250Z";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("words") << "tomorrow"
                           << "";
    QTest::newRow("month 13") << "2025-13-01"
                              << "";
    QTest::newRow("day 31 of June") << "2025-06-31"
                                    << "";
    QTest::newRow("hour 25") << "2025-06-30T25:00:00Z"
                             << "";
    QTest::newRow("trailing") << "2025-06-30T12:00:00Zx"
                              << "";
    QTest::newRow("space") << "2025-06-30 12:00:00"
                           << "";
    QTest::newRow("short year") << "25-06-30"
                                << "";
}

void TestRotationDue::isoDates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseIsoDateTime(text);
    QCOMPARE(parsed ? isoUtc(*parsed) : QString(), expected);
}

void TestRotationDue::hydraSuggestions()
{
    for (const auto& name : HydraDefaults::setNames()) {
        const auto p = suggestedPolicy(name);
        QVERIFY2(p, qPrintable(name));
        QVERIFY(p->rotateEveryDays);
        QVERIFY2(RotationPolicies::problem(*p).isEmpty(), qPrintable(name));
    }
    QCOMPARE(suggestedPolicy(QStringLiteral("hydra.openid.id-token"))->overlapDays, std::optional<int>(7));
    QVERIFY(!suggestedPolicy(QStringLiteral("my-set")));
}

QTEST_GUILESS_MAIN(TestRotationDue)
#include "tst_rotationdue.moc"
