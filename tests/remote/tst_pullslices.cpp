// A pull larger than a slice of keys (KeyTexts::kSlice, 2,048) on both sides, against the fake Hydra: 5,000 local
// keys and a server set made from them with every kind of change, seeded: the same key (unchanged), another key under
// the kid (changed), the same key with another "use" (changed, same thumbprint), only the public part of the local
// private key (kept local private), no key (removed), new keys in between (added, some public only). The difference is
// checked key by key against what the test made, in order; after the pull the store's set is the server's, key for
// key and member for member, but for the private keys kept.

#include "FakeHydraServer.h"
#include "RemoteTestUtil.h"
#include "remote/HydraAdminClient.h"
#include "remote/RemoteSync.h"
#include "store/KeyStore.h"
#include "store/SystemSecret.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;
using namespace remotetest;

namespace {

struct Expected
{
    KeyChange::Kind kind;
    bool keptLocalPrivate = false;
    QString localThumbprint;
    QString remoteThumbprint;
};

} // namespace

class TestPullSlices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpEnvironment(); }

    void pullOfManyKeys()
    {
        QTemporaryDir dir;
        test::FakeHydraServer server;
        QVERIFY(server.start() != 0);
        RemoteProfile profile;
        profile.name = QStringLiteral("fake");
        profile.adminUrl = server.url();
        HydraAdminClient client(profile);
        auto store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")),
                                    SystemSecret::fromEnvironmentValue("pull-slices-secret-0123456789abcdef"));
        RemoteSync sync(client, *store, profile.name);

        QRandomGenerator random(20261205);
        QList<JsonWebKey> local;
        for (int i = 0; i < 5000; ++i) {
            local << makeKey(QStringLiteral("ES256"), QStringLiteral("l%1").arg(i));
        }
        QCOMPARE(store->addKeys(QStringLiteral("s"), local).added.size(), local.size());
        QList<QJsonObject> remote; // newest first
        QMap<QString, Expected> expected;
        QStringList remoteOrder, removedOrder;
        int kinds[6] = {};
        for (int i = 0; i < local.size(); ++i) {
            const JsonWebKey& here = local[i];
            if (random.bounded(4) == 0) {
                const JsonWebKey added = makeKey(QStringLiteral("ES256"), QStringLiteral("n%1").arg(i));
                const bool publicOnly = random.bounded(2) == 0;
                remote << toObject(added, !publicOnly);
                expected[added.kid()] = {KeyChange::Kind::Added, false, QString(), added.thumbprint()};
                remoteOrder << added.kid();
                ++kinds[5];
            }
            const int kind = static_cast<int>(random.bounded(5));
            ++kinds[kind];
            switch (kind) {
            case 0:
                remote << toObject(here);
                expected[here.kid()] = {KeyChange::Kind::Unchanged, false, here.thumbprint(), here.thumbprint()};
                break;
            case 1: {
                const JsonWebKey other = makeKey(QStringLiteral("ES256"), here.kid());
                remote << toObject(other);
                expected[here.kid()] = {KeyChange::Kind::Changed, false, here.thumbprint(), other.thumbprint()};
                break;
            }
            case 2: {
                QJsonObject otherUse = toObject(here);
                otherUse.insert(QStringLiteral("use"), QStringLiteral("enc"));
                remote << otherUse;
                expected[here.kid()] = {KeyChange::Kind::Changed, false, here.thumbprint(), here.thumbprint()};
                break;
            }
            case 3:
                remote << toObject(here, false);
                expected[here.kid()] = {KeyChange::Kind::Unchanged, true, here.thumbprint(), here.thumbprint()};
                break;
            default:
                expected[here.kid()] = {KeyChange::Kind::Removed, false, here.thumbprint(), QString()};
                removedOrder << here.kid();
                continue;
            }
            remoteOrder << here.kid();
        }
        for (const int n : kinds) {
            QVERIFY(n > 600); // every kind, several slices' worth in all
        }
        QVERIFY(remote.size() > 2 * KeyTexts::kSlice);
        server.setKeys(QStringLiteral("s"), remote);

        const QList<SetDiff> diffs = sync.planPull({QStringLiteral("s")});
        QCOMPARE(diffs.size(), 1);
        const SetDiff& diff = diffs.first();
        QVERIFY(diff.invalidRemote.isEmpty());
        QCOMPARE(diff.localSigner, local.first().kid());
        QString remoteSigner;
        for (const QJsonObject& k : remote) {
            if (k.contains(QStringLiteral("d"))) {
                remoteSigner = k.value(QStringLiteral("kid")).toString();
                break;
            }
        }
        QCOMPARE(diff.remoteSigner, remoteSigner);
        QStringList changeOrder;
        for (const KeyChange& c : diff.changes) {
            changeOrder << c.kid;
            QVERIFY2(expected.contains(c.kid), qPrintable(c.kid));
            const Expected& e = expected[c.kid];
            QVERIFY2(c.kind == e.kind, qPrintable(c.kid));
            QVERIFY2(c.keptLocalPrivate == e.keptLocalPrivate, qPrintable(c.kid));
            QCOMPARE(c.localThumbprint, e.localThumbprint);
            QCOMPARE(c.remoteThumbprint, e.remoteThumbprint);
            QCOMPARE(c.localPrivate, !e.localThumbprint.isEmpty());
        }
        QCOMPARE(changeOrder, remoteOrder + removedOrder);
        QCOMPARE(diff.remoteKeys.size(), remote.size());
        for (qsizetype i = 0; i < remote.size(); ++i) {
            QCOMPARE(toObject(diff.remoteKeys.at(i)), remote[i]);
        }

        sync.applyPull(diffs);
        const QList<JsonWebKey> after = store->loadKeys(QStringLiteral("s"), true);
        QCOMPARE(kidsOf(after), remoteOrder);
        for (qsizetype i = 0; i < after.size(); ++i) {
            const Expected& e = expected[after[i].kid()];
            if (e.keptLocalPrivate) {
                QVERIFY2(after[i].isPrivate(), qPrintable(after[i].kid()));
                QCOMPARE(after[i].thumbprint(), e.localThumbprint);
            } else {
                QVERIFY2(toObject(after[i]) == remote[i], qPrintable(after[i].kid()));
            }
        }
        // Pulled again: nothing differs.
        const QList<SetDiff> again = sync.planPull({QStringLiteral("s")});
        QVERIFY(!again.first().hasChanges());
        QCOMPARE(again.first().count(KeyChange::Kind::Unchanged), remote.size());
    }
};

QTEST_MAIN(TestPullSlices)
#include "tst_pullslices.moc"
