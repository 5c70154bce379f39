// Issue 11 #3: the clear columns of the store (a key's public JWK, thumbprint, order, has_private and the rest; a
// remote's URL, CA, client certificate, tracked sets and timeout; a staged rotation's kids and step) can be edited by
// anyone who can write the file, without the secret. Each column of each table is edited in turn; no public output
// (listing, signer, public export, public JWK, the keys a push would send) and no request changes as a result: the
// edit is refused as tampered, or the output is what it was.

#include "StoreTestUtil.h"
#include "remote/SavedRemotes.h"
#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecret = "tamper-test-secret-0123456789";

bool execRaw(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    RawStoreDb raw(path); // the file, or the team store's database (tst_tamper_pg)
    if (!raw.ok()) {
        return false;
    }
    QSqlQuery q(raw.db());
    q.prepare(sql);
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    return q.exec() && q.numRowsAffected() > 0;
}

// Everything public the store says about set "s", as text; a refusal is recorded as "refused: <kind>".
QString publicView(KeyStore& store)
{
    QStringList out;
    auto guarded = [&](const QString& label, const std::function<QString()>& f) {
        try {
            out << label + u'=' + f();
        } catch (const StoreError& e) {
            QVERIFY2(e.kind() == StoreError::Kind::Tampered || e.kind() == StoreError::Kind::Undecryptable,
                     qPrintable(e.message()));
            out << label + QStringLiteral("=refused");
        }
    };
    guarded(QStringLiteral("signer"), [&] { return store.signingKid(QStringLiteral("s")); });
    guarded(QStringLiteral("set-signer"), [&] {
        const auto set = store.keySet(QStringLiteral("s"));
        if (set->tampered) {
            throw StoreError(StoreError::Kind::Tampered, QStringLiteral("the set says it is tampered"));
        }
        return set->signingKid;
    });
    guarded(QStringLiteral("public-export"), [&] {
        QStringList keys;
        for (const auto& k : store.loadKeys(QStringLiteral("s"), false)) {
            keys << QString::fromUtf8(k.toJson(false, JsonFormat::Compact).view());
        }
        return keys.join(u'|');
    });
    guarded(QStringLiteral("push-order"), [&] {
        QStringList keys;
        for (const auto& k : store.loadKeys(QStringLiteral("s"), true)) {
            keys << k.kid() + u':' + k.thumbprint() + (k.isPrivate() ? QStringLiteral(":private") : QString());
        }
        return keys.join(u'|');
    });
    for (const QString& kid : {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("pub")}) {
        guarded(QStringLiteral("public-jwk ") + kid, [&] {
            return QString::fromUtf8(
                QJsonDocument(store.publicJwk(QStringLiteral("s"), kid)).toJson(QJsonDocument::Compact));
        });
    }
    return out.join(u'\n');
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpEnvironment(); }
    void keyColumns_data();
    void keyColumns();
    void keyMovedToAnotherSet();
    void publicFormDropsPrivateKeyOps();
    void remoteColumns_data();
    void remoteColumns();
    void rotationColumns_data();
    void rotationColumns();
};

void TestTamper::keyColumns_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QVariantList>("binds");
    const QString other = QStringLiteral("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"attacker\",\"y\":\"attacker\"}");
    for (const QString& kid : {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("pub")}) {
        auto row = [&](const char* name, const QString& set, const QVariantList& binds) {
            QTest::newRow(qPrintable(kid + u' ' + QString::fromLatin1(name))) << kid << set << binds;
        };
        row("seq raised", QStringLiteral("seq = seq + 1000"), {});
        row("seq lowered", QStringLiteral("seq = seq - 1000"), {});
        row("has_private flipped", QStringLiteral("has_private = 1 - has_private"), {});
        row("public_jwk replaced", QStringLiteral("public_jwk = ?"), {other});
        row("thumbprint replaced", QStringLiteral("thumbprint = 'AAAA'"), {});
        row("kty", QStringLiteral("kty = 'RSA'"), {});
        row("crv", QStringLiteral("crv = 'P-384'"), {});
        row("size_bits", QStringLiteral("size_bits = 4096"), {});
        row("alg", QStringLiteral("alg = 'none'"), {});
        row("key_use", QStringLiteral("key_use = 'enc'"), {});
        row("row_mac", QStringLiteral("row_mac = '00'"), {});
    }
}

void TestTamper::keyColumns()
{
    QFETCH(QString, kid);
    QFETCH(QString, update);
    QFETCH(QVariantList, binds);
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    QString before;
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        // Newest first: "new" signs, "old" is the previous private key, "pub" a public key.
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("new")),
                                             generate(QStringLiteral("ES256"), 0, QStringLiteral("old")),
                                             generate(QStringLiteral("ES256"), 0, QStringLiteral("pub")).publicKey()});
        store->addKeys(QStringLiteral("other"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("x"))});
        before = publicView(*store);
        QVERIFY(!before.contains(QStringLiteral("refused")));
    }
    binds << kid;
    QVERIFY(execRaw(path, QStringLiteral("UPDATE jwk_keys SET ") + update + QStringLiteral(" WHERE kid = ?"), binds));
    auto store = KeyStore::open(path, secrets(kSecret));
    const QString after = publicView(*store);
    // Line by line: each output is what it was, or refused.
    const QStringList a = before.split(u'\n'), b = after.split(u'\n');
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QVERIFY2(b[i] == a[i] || b[i].endsWith(QStringLiteral("=refused")), qPrintable(a[i] + u'\n' + b[i]));
    }
    // The edited row is listed as tampered (wherever it now is) and never as the signer.
    bool listed = false;
    for (const auto& k : store->allKeys()) {
        if (k.kid == kid) {
            listed = true;
            QCOMPARE(k.role, KeyRole::Tampered);
            // None of its clear facts is passed on.
            QVERIFY(k.kty.isEmpty() && k.alg.isEmpty() && k.thumbprint.isEmpty() && !k.hasPrivate);
        }
    }
    QVERIFY(listed);
    // The set's signer is not known any more: asked for it, the store refuses; the set says it is tampered.
    const auto error = storeErrorOf([&] { store->signingKid(QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Tampered);
    QVERIFY(store->keySet(QStringLiteral("s"))->tampered);
    QVERIFY(store->keySet(QStringLiteral("s"))->signingKid.isEmpty());
    QCOMPARE(store->signingKid(QStringLiteral("other")), QStringLiteral("x"));
    // The window's listing (sets and keys from one read) says the same.
    const StoreListing listing = store->listing();
    for (const auto& set : listing.sets) {
        if (set.name == QStringLiteral("s")) {
            QVERIFY(set.tampered);
            QVERIFY(set.signingKid.isEmpty());
        } else if (set.name == QStringLiteral("other")) {
            QVERIFY(!set.tampered);
            QCOMPARE(set.signingKid, QStringLiteral("x"));
        }
    }
    QVERIFY(std::any_of(listing.keys.begin(), listing.keys.end(),
                        [&](const KeyInfo& k) { return k.kid == kid && k.role == KeyRole::Tampered; }));
}

// A key moved into another set: it is listed there as tampered and is never that set's signer or in its export. (In
// its own set it is missing, as if deleted: deleting rows is possible for anyone who can write the file, and is not
// detected; see the closing note.)
void TestTamper::keyMovedToAnotherSet()
{
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        store->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("moved"))});
        store->addKeys(QStringLiteral("other"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("x"))});
    }
    QVERIFY(execRaw(path, QStringLiteral("UPDATE jwk_keys SET set_id = (SELECT id FROM jwk_sets WHERE name = 'other') "
                                         "WHERE kid = 'moved'")));
    auto store = KeyStore::open(path, secrets(kSecret));
    const auto keys = store->keys(QStringLiteral("other"));
    QCOMPARE(keys.size(), 2);
    for (const auto& k : keys) {
        QCOMPARE(k.role, k.kid == QStringLiteral("moved") ? KeyRole::Tampered : KeyRole::Private);
    }
    QVERIFY(storeErrorOf([&] { store->signingKid(QStringLiteral("other")); }));
    QVERIFY(store->keySet(QStringLiteral("other"))->tampered);
    QCOMPARE(storeErrorOf([&] { store->loadKeys(QStringLiteral("other"), false); })->kind(),
             StoreError::Kind::Tampered);
    QCOMPARE(storeErrorOf([&] { store->loadKey(QStringLiteral("other"), QStringLiteral("moved")); })->kind(),
             StoreError::Kind::Tampered);
}

// Issue 11 #3: a public export dropped nothing of key_ops; it now drops the operations that need the private key,
// exactly like `jwkman-cli public` (JsonWebKey::publicKey).
void TestTamper::publicFormDropsPrivateKeyOps()
{
    QTemporaryDir dir;
    auto store = KeyStore::open(freshStoreLocation(dir), secrets(kSecret));
    QJsonObject members =
        QJsonDocument::fromJson(generate(QStringLiteral("ES256"), 0, QStringLiteral("ops")).toJson(true).view())
            .object();
    members.remove(QStringLiteral("use"));
    members.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("sign"), QStringLiteral("verify")});
    const JsonWebKey key = JsonWebKey::fromJson(members);
    store->addKeys(QStringLiteral("s"), {key});
    const QJsonArray expected{QStringLiteral("verify")};
    QCOMPARE(key.publicKey().publicMembers().value(QStringLiteral("key_ops")).toArray(), expected);
    QCOMPARE(store->publicJwk(QStringLiteral("s"), QStringLiteral("ops")).value(QStringLiteral("key_ops")).toArray(),
             expected);
    QCOMPARE(store->loadKeys(QStringLiteral("s"), false).first().publicMembers().value(QStringLiteral("key_ops")),
             QJsonValue(expected));
    // The private key keeps both.
    QCOMPARE(store->loadKey(QStringLiteral("s"), QStringLiteral("ops")).keyOps(),
             (QStringList{QStringLiteral("sign"), QStringLiteral("verify")}));
}

void TestTamper::remoteColumns_data()
{
    QTest::addColumn<QString>("update");
    QTest::newRow("admin_url") << QStringLiteral("admin_url = 'https://attacker.example:4445'");
    QTest::newRow("public_url") << QStringLiteral("public_url = 'https://attacker.example'");
    QTest::newRow("ca_pem") << QStringLiteral("ca_pem = '-----BEGIN CERTIFICATE-----'");
    QTest::newRow("client_cert_pem") << QStringLiteral("client_cert_pem = '-----BEGIN CERTIFICATE-----'");
    QTest::newRow("tracked_sets") << QStringLiteral("tracked_sets = '[\"other\"]'");
    QTest::newRow("timeout_ms") << QStringLiteral("timeout_ms = 1");
    QTest::newRow("name") << QStringLiteral("name = 'renamed'");
}

void TestTamper::remoteColumns()
{
    QFETCH(QString, update);
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        RemoteProfile p;
        p.name = QStringLiteral("prod");
        p.adminUrl = QUrl(QStringLiteral("https://hydra.example:4445"));
        p.bearerToken = SecureBytes("the-bearer-token", 16);
        SavedRemotes(*store).save(p);
        QCOMPARE(SavedRemotes(*store).find(QStringLiteral("prod"))->adminUrl, p.adminUrl);
    }
    QVERIFY(execRaw(path, QStringLiteral("UPDATE jwk_remotes SET ") + update));
    auto store = KeyStore::open(path, secrets(kSecret));
    // The profile is refused before anything could use it: no request can be made with the edited values.
    const auto error = storeErrorOf([&] { SavedRemotes(*store).list(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Tampered);
    QVERIFY2(!error->message().contains(QStringLiteral("the-bearer-token")), qPrintable(error->message()));
}

void TestTamper::rotationColumns_data()
{
    QTest::addColumn<QString>("update");
    QTest::newRow("old_kid") << QStringLiteral("old_kid = 'new'");
    QTest::newRow("new_kid") << QStringLiteral("new_kid = 'old'");
    QTest::newRow("step") << QStringLiteral("step = 'activated'");
    // The overlap of a rotation policy counts from it (schema 6).
    QTest::newRow("updated_at") << QStringLiteral("updated_at = updated_at - 864000000");
    QTest::newRow("row_mac") << QStringLiteral("row_mac = ''");
}

void TestTamper::rotationColumns()
{
    QFETCH(QString, update);
    QTemporaryDir dir;
    const QString path = freshStoreLocation(dir);
    {
        auto store = KeyStore::open(path, secrets(kSecret));
        store->rotations().save({QStringLiteral("prod"), QStringLiteral("s"), QStringLiteral("new"),
                                 QStringLiteral("old"), RotationState::Step::Published,
                                 QDateTime::currentDateTimeUtc()});
        QCOMPARE(store->rotations().find(QStringLiteral("prod"), QStringLiteral("s"))->oldKid, QStringLiteral("old"));
    }
    QVERIFY(execRaw(path, QStringLiteral("UPDATE jwk_rotations SET ") + update));
    auto store = KeyStore::open(path, secrets(kSecret));
    const auto error = storeErrorOf([&] { store->rotations().find(QStringLiteral("prod"), QStringLiteral("s")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Tampered);
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
