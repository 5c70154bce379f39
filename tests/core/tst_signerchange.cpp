// Which key signs a set, across imports and deletes (core/usecases/SignerChange and KeyPlacement::BelowSigner):
// the texts people read, and a seeded random model that imports (on top or below the signer), deletes and restores,
// and after every step checks the store against the model:
// - the signer is the newest private key of the model's order (Hydra's rule);
// - with BelowSigner the signer and the keys above it stay on top and the added keys come right below them;
// - what signerChangeOnImport/OnDelete predicted is what happened;
// - no row's seal breaks (the moved rows are resealed): reopening the store lists no tampered key.

#include "ProcessRun.h"
#include "keys/KeyGenerator.h"
#include "store/KeyStore.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"
#include "usecases/SignerChange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace jwk;

namespace {

const QByteArray kSecret = "signer-change-test-secret-0123456789ab";

JsonWebKey makeKey(const QString& alg, const QString& kid)
{
    GenerateOptions options;
    options.alg = alg;
    options.kid = kid;
    if (alg.startsWith(QLatin1String("RS"))) {
        options.bits = 2048;
    }
    return generateKey(options);
}

JsonWebKey withKid(JsonWebKey key, const QString& kid)
{
    if (kid.isEmpty()) {
        key.removeMember(QStringLiteral("kid"));
    } else {
        key.setKid(kid);
    }
    return key;
}

QStringList kidsOf(const QList<KeyInfo>& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.kid;
    }
    return kids;
}

} // namespace

class TestSignerChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void texts();
    void belowSignerKeepsTheSignerAndItsOrder();
    void belowSignerInASetWithoutSigner();
    void predictionSkipsWhatAddKeysSkips();
    void deletePrediction();
    void tamperedSetHasNoKnownSigner();
    void randomModel_data();
    void randomModel();
    void cliImportKeepSignerAndDelete();

private:
    QList<JsonWebKey> m_pool; // private keys of several kinds, with and without alg
};

void TestSignerChange::initTestCase()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    const QStringList algs{QStringLiteral("ES256"), QStringLiteral("EdDSA"), QStringLiteral("ES384"),
                           QStringLiteral("RS256")};
    for (int i = 0; i < 24; ++i) {
        JsonWebKey key = makeKey(algs.at(i % algs.size()), QStringLiteral("k%1").arg(i));
        if (i % 5 == 3) {
            key.removeMember(QStringLiteral("alg"));
        }
        m_pool << key;
    }
}

void TestSignerChange::texts()
{
    SignerFacts es{QStringLiteral("x"),     QStringLiteral("EC"), QStringLiteral("P-256"), 256,
                   QStringLiteral("ES256"), QStringLiteral("sig")};
    SignerFacts rsa{QStringLiteral("y"), QStringLiteral("RSA"), QString(), 2048, QString(), QString()};
    SignerFacts oct{QStringLiteral("z"),     QStringLiteral("oct"), QString(), 256,
                    QStringLiteral("HS256"), QStringLiteral("enc")};
    QCOMPARE(es.describe(), QStringLiteral("ES256 key x"));
    QCOMPARE(rsa.describe(), QStringLiteral("RSA 2048 key y without alg"));
    QCOMPARE((SignerChange{QStringLiteral("S"), es, rsa}.text()),
             QStringLiteral("In S, ES256 key x signed; now RSA 2048 key y without alg signs. Hydra cannot sign with a "
                            "key without alg."));
    QCOMPARE((SignerChange{QStringLiteral("S"), rsa, es}.text()),
             QStringLiteral("In S, RSA 2048 key y without alg signed; now ES256 key x signs."));
    QCOMPARE((SignerChange{QStringLiteral("S"), std::nullopt, es}.text()),
             QStringLiteral("In S, ES256 key x signs now (no key signed before)."));
    QCOMPARE((SignerChange{QStringLiteral("S"), es, std::nullopt}.text()),
             QStringLiteral("In S, ES256 key x signed; now no key signs (no private key is left)."));
    QCOMPARE((SignerChange{QStringLiteral("S"), es, oct}.text()),
             QStringLiteral("In S, ES256 key x signed; now HS256 key z signs. The key is marked for encryption (use "
                            "enc), not for signing; an oct key is a shared secret: every verifier would need it."));
    // The same signer: no change, no text.
    SignerChange same{QStringLiteral("S"), es, es};
    QVERIFY(!same.changes());
    QVERIFY(same.text().isEmpty());
    QVERIFY(!(SignerChange{QStringLiteral("S"), std::nullopt, std::nullopt}.changes()));
}

void TestSignerChange::belowSignerKeepsTheSignerAndItsOrder()
{
    QTemporaryDir dir;
    auto store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("S");
    // Newest first: pub (public only, above the signer), k0 (signer), k1.
    store->addKeys(set, {withKid(m_pool[5].publicKey(), QStringLiteral("pub")), m_pool[0], m_pool[1]});
    QCOMPARE(kidsOf(store->keys(set)), (QStringList{"pub", "k0", "k1"}));
    QCOMPARE(store->signingKid(set), QStringLiteral("k0"));

    const SignerChange predicted = signerChangeOnImport(*store, set, {m_pool[2], m_pool[3]});
    QVERIFY(predicted.changes());
    QCOMPARE(predicted.after->kid, QStringLiteral("k2"));

    const AddKeysResult added =
        store->addKeys(set, {m_pool[2], m_pool[3]}, AuditLog::Action::Imported, true, KeyPlacement::BelowSigner);
    QCOMPARE(added.added, (QStringList{"k2", "k3"}));
    QCOMPARE(kidsOf(store->keys(set)), (QStringList{"pub", "k0", "k2", "k3", "k1"}));
    QCOMPARE(store->signingKid(set), QStringLiteral("k0"));
    // The moved rows are sealed anew: a new connection reads them as authentic.
    store.reset();
    store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    for (const auto& k : store->keys(set)) {
        QVERIFY2(k.role != KeyRole::Tampered, qPrintable(k.kid));
    }
    QVERIFY(store->loadKey(set, QStringLiteral("k0")).sameKeyAs(m_pool[0]));
    // Deleting the signer hands it to the key right below: the one kept in line.
    store->trash().deleteKey(set, QStringLiteral("k0"));
    QCOMPARE(store->signingKid(set), QStringLiteral("k2"));
}

void TestSignerChange::belowSignerInASetWithoutSigner()
{
    QTemporaryDir dir;
    auto store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("public-only");
    store->addKeys(set, {m_pool[0].publicKey()});
    QVERIFY(!currentSigner(*store, set));
    store->addKeys(set, {m_pool[1]}, AuditLog::Action::Imported, true, KeyPlacement::BelowSigner);
    QCOMPARE(kidsOf(store->keys(set)), (QStringList{"k1", "k0"}));
    QCOMPARE(store->signingKid(set), QStringLiteral("k1"));
    // A missing set: created, and the key signs.
    store->addKeys(QStringLiteral("new"), {m_pool[2]}, AuditLog::Action::Imported, true, KeyPlacement::BelowSigner);
    QCOMPARE(store->signingKid(QStringLiteral("new")), QStringLiteral("k2"));
}

void TestSignerChange::predictionSkipsWhatAddKeysSkips()
{
    QTemporaryDir dir;
    auto store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("S");
    store->addKeys(set, {m_pool[0]});
    // The same key again (by thumbprint, under another kid), a kid the set holds, a public key: none signs.
    const QList<JsonWebKey> none{withKid(m_pool[0], QStringLiteral("again")), withKid(m_pool[1], QStringLiteral("k0")),
                                 m_pool[2].publicKey()};
    QVERIFY(!signerChangeOnImport(*store, set, none).changes());
    const AddKeysResult added = store->addKeys(set, none);
    QCOMPARE(added.added, QStringList{"k2"}); // the public one only
    QCOMPARE(store->signingKid(set), QStringLiteral("k0"));
    // A key without kid is predicted under the kid the store gives it: its thumbprint.
    JsonWebKey noKid = withKid(m_pool[4], QString());
    const SignerChange change = signerChangeOnImport(*store, set, {noKid});
    QCOMPARE(change.after->kid, m_pool[4].thumbprint());
    store->addKeys(set, {noKid});
    QCOMPARE(store->signingKid(set), m_pool[4].thumbprint());
}

void TestSignerChange::deletePrediction()
{
    QTemporaryDir dir;
    auto store = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("S");
    store->addKeys(set, {m_pool[0], m_pool[1].publicKey(), m_pool[2]});
    QVERIFY(!signerChangeOnDelete(*store, set, {QStringLiteral("k2")}).changes()); // not the signer
    SignerChange change = signerChangeOnDelete(*store, set, {QStringLiteral("k0")});
    QCOMPARE(change.after->kid, QStringLiteral("k2")); // the public k1 never signs
    change = signerChangeOnDelete(*store, set, {QStringLiteral("k0"), QStringLiteral("k2")});
    QVERIFY(change.changes());
    QVERIFY(!change.after);
    QCOMPARE(change.text(), QStringLiteral("In S, ES256 key k0 signed; now no key signs (no private key is left)."));
}

// A row edited without the secret: no signer is claimed, nothing is predicted, and keeping "the signer" is refused
// (which key signs is not known) instead of guessed.
void TestSignerChange::tamperedSetHasNoKnownSigner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = KeyStore::open(path, SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("S");
    store->addKeys(set, {m_pool[0], m_pool[1]});
    QCOMPARE(currentSigner(*store, set)->kid, QStringLiteral("k0"));
    store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("editor"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE jwk_keys SET alg = 'RS256' WHERE kid = 'k1'")));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("editor"));
    store = KeyStore::open(path, SystemSecret::fromEnvironmentValue(kSecret));
    QVERIFY(!currentSigner(*store, set));
    QVERIFY(!signerChangeOnImport(*store, set, {m_pool[2]}).before);
    QVERIFY(!signerChangeOnDelete(*store, set, {QStringLiteral("k0")}).changes());
    QVERIFY_THROWS_EXCEPTION(
        StoreError, store->addKeys(set, {m_pool[2]}, AuditLog::Action::Imported, true, KeyPlacement::BelowSigner));
    QCOMPARE(store->keys(set).size(), 2); // nothing added
}

void TestSignerChange::randomModel_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 20261203u}) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestSignerChange::randomModel()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = KeyStore::open(path, SystemSecret::fromEnvironmentValue(kSecret));
    const QString set = QStringLiteral("S");
    store->createKeySet(set);
    QStringList order;   // the model: live kids, newest first
    QStringList trashed; // kids in the trash
    QSet<QString> privateKids;
    auto modelSigner = [&]() -> QString {
        for (const auto& kid : order) {
            if (privateKids.contains(kid)) {
                return kid;
            }
        }
        return QString();
    };
    for (int step = 0; step < 60; ++step) {
        const QString context = QStringLiteral("seed %1 step %2").arg(seed).arg(step);
        const int op = rng.bounded(10);
        if (op < 6) {
            // Import 1-3 keys from the pool, each private or public; some are already in the set.
            QList<JsonWebKey> keys;
            const int n = 1 + rng.bounded(3);
            for (int i = 0; i < n; ++i) {
                const JsonWebKey& key = m_pool.at(rng.bounded(m_pool.size()));
                keys << (rng.bounded(3) == 0 ? key.publicKey() : key);
            }
            const bool below = rng.bounded(2) == 0;
            const QString signerBefore = modelSigner();
            const SignerChange predicted = signerChangeOnImport(*store, set, keys);
            const AddKeysResult added = store->addKeys(set, keys, AuditLog::Action::Imported, true,
                                                       below ? KeyPlacement::BelowSigner : KeyPlacement::Newest);
            int at = 0;
            if (below && !signerBefore.isEmpty()) {
                at = order.indexOf(signerBefore) + 1;
            }
            for (int i = 0; i < added.added.size(); ++i) {
                order.insert(at + i, added.added.at(i));
                // Which form went in (a public copy listed first keeps its private twin out): what decrypts.
                if (store->loadKey(set, added.added.at(i)).isPrivate()) {
                    privateKids.insert(added.added.at(i));
                }
            }
            if (below && !signerBefore.isEmpty()) {
                QVERIFY2(store->signingKid(set) == signerBefore, qPrintable(context));
            } else {
                QVERIFY2((predicted.after ? predicted.after->kid : QString()) == store->signingKid(set),
                         qPrintable(context));
            }
        } else if (op < 9 && !order.isEmpty()) {
            // Delete a key; the signer half of the time.
            const QString signer = modelSigner();
            const QString kid = !signer.isEmpty() && rng.bounded(2) ? signer : order.at(rng.bounded(order.size()));
            const SignerChange predicted = signerChangeOnDelete(*store, set, {kid});
            store->trash().deleteKey(set, kid);
            order.removeAll(kid);
            trashed << kid;
            QVERIFY2((predicted.after ? predicted.after->kid : QString()) == store->signingKid(set),
                     qPrintable(context + QStringLiteral(" deleted %1, predicted %2, signs %3")
                                              .arg(kid, predicted.after ? predicted.after->kid : QString(),
                                                   store->signingKid(set))));
            QCOMPARE(predicted.changes(), kid == signer);
        } else if (!trashed.isEmpty()) {
            // Restore: the key goes back to its place in the order, which the store reports.
            const QString kid = trashed.takeAt(rng.bounded(trashed.size()));
            store->trash().restoreKey(set, kid);
            order = kidsOf(store->keys(set));
        }
        QVERIFY2(kidsOf(store->keys(set)) == order,
                 qPrintable(context + QStringLiteral(": ") + kidsOf(store->keys(set)).join(u',') +
                            QStringLiteral(" != ") + order.join(u',')));
        QVERIFY2(store->signingKid(set) == modelSigner(), qPrintable(context));
        if (step % 20 == 19) {
            store.reset();
            store = KeyStore::open(path, SystemSecret::fromEnvironmentValue(kSecret));
            for (const auto& k : store->keys(set)) {
                QVERIFY2(k.role != KeyRole::Tampered, qPrintable(context + QStringLiteral(": ") + k.kid));
            }
        }
    }
}

// jwkman-cli: import warns when the signer changes and says how to keep it; --keep-signer keeps it; the JSON names the
// signer; delete and restore warn when they change it.
void TestSignerChange::cliImportKeepSignerAndDelete()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("cli.sqlite"));
    auto run = [&](QStringList args) {
        args << QStringLiteral("--store") << store;
        jwktest::ProcessOptions options;
        options.env = QProcessEnvironment::systemEnvironment();
        options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
        options.env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecret));
        options.env.remove(QStringLiteral("JWKMAN_STORE"));
        return jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options);
    };
    auto file = [&](const JsonWebKey& key) {
        const QString path = dir.filePath(key.kid() + QStringLiteral(".jwk"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        const SecureBytes json = key.toJson(true);
        f.write(json.constChars(), static_cast<qint64>(json.size()));
        return path;
    };
    const JsonWebKey& es = m_pool[0];  // ES256, kid k0
    const JsonWebKey& rsa = m_pool[3]; // RS256 without alg, kid k3
    const JsonWebKey& ed = m_pool[1];  // EdDSA, kid k1

    auto r = run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"), file(es)});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("signer")).toString(), QStringLiteral("k0"));
    QCOMPARE(out.value(QStringLiteral("signer_changed")).toBool(), true);
    QCOMPARE(r.err, QByteArray()); // a first signer that signs well: nothing to warn of

    r = run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"), file(rsa)});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("signer")).toString(), QStringLiteral("k3"));
    QCOMPARE(r.err, QByteArray("jwkman-cli: warning: In S, ES256 key k0 signed; now RSA 2048 key k3 without alg "
                               "signs. Hydra cannot sign with a key without alg. (--keep-signer keeps k0 signing.)\n"));

    r = run({QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("S"), QStringLiteral("--keep-signer"),
             file(ed)});
    QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("signer")).toString(), QStringLiteral("k3"));
    QCOMPARE(out.value(QStringLiteral("signer_changed")).toBool(), false);
    auto kids = [&] {
        const auto keys = run({QStringLiteral("keys"), QStringLiteral("S")});
        QStringList list;
        for (const auto& k : QJsonDocument::fromJson(keys.out).array()) {
            list << k.toObject().value(QStringLiteral("kid")).toString();
        }
        return list;
    };
    QCOMPARE(kids(), (QStringList{"k3", "k1", "k0"}));

    // Trashing the signer names the next one; restoring it names the change back.
    r = run({QStringLiteral("delete"), QStringLiteral("S"), QStringLiteral("k3")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray("jwkman-cli: warning: In S, RSA 2048 key k3 without alg signed; now EdDSA key k1 "
                               "signs.\n"));
    r = run({QStringLiteral("delete"), QStringLiteral("S"), QStringLiteral("k0")});
    QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    r = run({QStringLiteral("restore"), QStringLiteral("S"), QStringLiteral("k3")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray("jwkman-cli: warning: In S, EdDSA key k1 signed; now RSA 2048 key k3 without alg "
                               "signs. Hydra cannot sign with a key without alg.\n"));
}

QTEST_GUILESS_MAIN(TestSignerChange)
#include "tst_signerchange.moc"
