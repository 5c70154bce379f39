// The JWKS audit (core/usecases/JwksAudit) on published sets made here: each finding code from a set that has exactly
// that problem, the clean set with none, unreadable input, the comparison with reference keys, and the recorded
// snapshots (changes since the last look, first-seen times kept, key-age at its boundary, a tampered row refused,
// a secret rotation keeping them), with a seeded random model of a JWKS changing over many looks.

#include "AuditCases.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/KeyGenerator.h"
#include "keys/OpenSslKey.h"
#include "store/KeyStore.h"
#include "usecases/JwksAudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace jwk;
using namespace audittest;

namespace {

QStringList codesOf(const JwksAuditReport& r)
{
    QStringList codes;
    for (const auto& f : r.findings) {
        codes << f.code;
    }
    return codes;
}

const AuditFinding* findingOf(const JwksAuditReport& r, const QString& code)
{
    for (const auto& f : r.findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestJwksAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanSetHasNoFindings();
    void eachFinding_data();
    void eachFinding();
    void unreadableInput_data();
    void unreadableInput();
    void duplicateMembers();
    void comparison();
    void snapshotsReportChanges();
    void keyAgeBoundary();
    void keyAgeFromTheStore();
    void tamperedSnapshotIsRefused();
    void secretRotationKeepsSnapshots();
    void randomLooksMatchTheModel_data();
    void randomLooksMatchTheModel();

private:
    std::unique_ptr<KeyStore> openStore(const QString& secrets = QStringLiteral("audit-test-secret-0123456789abcdef"));
    QTemporaryDir m_dir;
    JsonWebKey m_es;
    JsonWebKey m_rs;
    JsonWebKey m_ed;
};

void TestJwksAudit::initTestCase()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    QVERIFY(m_dir.isValid());
    m_es = makeKey(QStringLiteral("ES256"), QStringLiteral("es"));
    m_rs = makeKey(QStringLiteral("RS256"), QStringLiteral("rs"));
    m_ed = makeKey(QStringLiteral("EdDSA"), QStringLiteral("ed"));
    m_es.setUse(QStringLiteral("sig"));
    m_rs.setUse(QStringLiteral("sig"));
    m_ed.setUse(QStringLiteral("sig"));
}

std::unique_ptr<KeyStore> TestJwksAudit::openStore(const QString& secrets)
{
    qputenv("SECRETS_SYSTEM", secrets.toUtf8());
    return KeyStore::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
}

void TestJwksAudit::cleanSetHasNoFindings()
{
    const JwksAuditReport r = auditJwks(QStringLiteral("clean"), jwks({pub(m_es), pub(m_rs), pub(m_ed)}));
    QCOMPARE(r.keyCount, 3);
    QCOMPARE(r.keys.size(), 3);
    QVERIFY2(r.findings.isEmpty(), qPrintable(codesOf(r).join(u',')));
    QCOMPARE(r.exitCode(), 0);
    const QJsonObject json = r.toJson();
    QCOMPARE(QStringList(json.keys()),
             (QStringList{QStringLiteral("changes_since_last"), QStringLiteral("comparison"),
                          QStringLiteral("findings"), QStringLiteral("keys"), QStringLiteral("source")}));
    QCOMPARE(json.value(QStringLiteral("keys")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("comparison")).isNull());
}

void TestJwksAudit::eachFinding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("kid");
    for (const auto& c : audittest::findingCases(m_es, m_rs, m_ed)) {
        QTest::newRow(qPrintable(c.name)) << c.body << c.code << c.severity << c.kid;
    }
}

void TestJwksAudit::eachFinding()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, kid);
    const JwksAuditReport r = auditJwks(QStringLiteral("test"), body);
    const AuditFinding* f = findingOf(r, code);
    QVERIFY2(f, qPrintable(QStringLiteral("no %1 in %2").arg(code, codesOf(r).join(u','))));
    QCOMPARE(severityName(f->severity), severity);
    QCOMPARE(f->kid, kid);
    QVERIFY(!f->message.isEmpty());
    QVERIFY(jwksAuditCodes().contains(f->code));
    // Nothing private is quoted: the message never holds a private member's value.
    for (const auto& k : {m_es, m_rs, m_ed}) {
        for (const auto& name : JsonWebKey::privateMemberNames()) {
            if (const SecureBytes* value = k.privateMember(name)) {
                const QByteArray encoded =
                    QByteArray(value->view()).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                for (const auto& finding : r.findings) {
                    QVERIFY(!finding.message.toLatin1().contains(encoded.left(16)));
                }
            }
        }
    }
    QCOMPARE(r.exitCode(), severity == QStringLiteral("error") ? 3 : 0);
}

void TestJwksAudit::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no keys") << QByteArray("{}");
    QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})");
    QTest::newRow("truncated") << QByteArray(R"({"keys":[{"kty":"EC")");
}

void TestJwksAudit::unreadableInput()
{
    QFETCH(QByteArray, body);
    QVERIFY_THROWS_EXCEPTION(JwkError, auditJwks(QStringLiteral("x"), body));
}

void TestJwksAudit::duplicateMembers()
{
    // Two readers of this text may see two different keys: QJsonDocument keeps the last "x".
    QByteArray body = jwks({pub(m_es)});
    body.replace("\"x\":", "\"x\":\"AAAA\",\"x\":");
    const JwksAuditReport r = auditJwks(QStringLiteral("dup"), body);
    const AuditFinding* f = findingOf(r, QStringLiteral("invalid-key"));
    QVERIFY2(f, qPrintable(codesOf(r).join(u',')));
    QVERIFY(f->message.contains(QStringLiteral("\"x\"")));
    QCOMPARE(r.exitCode(), 3);
}

void TestJwksAudit::comparison()
{
    const JsonWebKey other = makeKey(QStringLiteral("ES256"), QStringLiteral("other"));
    JsonWebKey esNoUse = m_es;
    esNoUse.setUse(QString());
    JsonWebKey rsImpostor = makeKey(QStringLiteral("RS256"), QStringLiteral("rs"));
    rsImpostor.setUse(QStringLiteral("sig"));
    const JsonWebKey oct =
        JsonWebKey::fromJson(QByteArray(R"({"kty":"oct","kid":"h","k":"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0"})"));
    JwksAuditReport r = auditJwks(QStringLiteral("cmp"), jwks({pub(m_es), pub(m_rs), pub(other)}));
    // The reference: es without use (differs), an impostor under kid rs (differs), ed (not published), oct (no
    // public form: never expected to be published).
    JwksComparison c = compareJwks(r.keys, {esNoUse, rsImpostor, m_ed, oct}, QStringLiteral("set s"));
    QCOMPARE(c.publishedNotHere, QStringList{QStringLiteral("other")});
    QCOMPARE(c.hereNotPublished, QStringList{QStringLiteral("ed")});
    QCOMPARE(c.different, (QStringList{QStringLiteral("es"), QStringLiteral("rs")}));
    r.comparison = c;
    QCOMPARE(r.exitCode(), 3);
    const QJsonObject json = r.toJson().value(QStringLiteral("comparison")).toObject();
    QCOMPARE(json.value(QStringLiteral("published_not_here")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("here_not_published")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("different")).toArray().size(), 2);
    // The same keys: no difference (the private form of the reference is compared by its public part).
    c = compareJwks(r.keys, {m_es, m_rs, other}, QStringLiteral("set s"));
    QVERIFY(!c.any());
    r.comparison = c;
    QCOMPARE(r.exitCode(), 0);
}

void TestJwksAudit::snapshotsReportChanges()
{
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    auto store = openStore();
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    JwksAuditReport r = auditJwks(QStringLiteral("https://a.example/jwks"), jwks({pub(m_es), pub(m_rs)}), t0);
    applyStoreHistory(r, *store, -1, false);
    QVERIFY(!r.changesSinceLast); // never recorded
    applyStoreHistory(r, *store, -1, true);
    QVERIFY(!r.changesSinceLast);
    QVERIFY(store->snapshots().has(QStringLiteral("https://a.example/jwks")));
    QVERIFY(!store->snapshots().has(QStringLiteral("https://b.example/jwks")));

    // Later: rs replaced by another key under the same kid, es gone, ed new.
    JsonWebKey rs2 = makeKey(QStringLiteral("RS256"), QStringLiteral("rs"));
    const QDateTime t1 = t0.addDays(10);
    r = auditJwks(QStringLiteral("https://a.example/jwks"), jwks({pub(rs2), pub(m_ed)}), t1);
    applyStoreHistory(r, *store, -1, true);
    QVERIFY(r.changesSinceLast);
    QCOMPARE(r.changesSinceLast->added, QStringList{QStringLiteral("ed")});
    QCOMPARE(r.changesSinceLast->removed, QStringList{QStringLiteral("es")});
    QCOMPARE(r.changesSinceLast->changed, QStringList{QStringLiteral("rs")});
    QCOMPARE(r.changesSinceLast->since, t0);
    // Without --record nothing is kept: the same look again still compares with t1.
    const QDateTime t2 = t1.addDays(1);
    r = auditJwks(QStringLiteral("https://a.example/jwks"), jwks({pub(rs2), pub(m_ed), pub(m_es)}), t2);
    applyStoreHistory(r, *store, -1, false);
    QCOMPARE(r.changesSinceLast->added, QStringList{QStringLiteral("es")});
    QCOMPARE(r.changesSinceLast->since, t1);
    const auto kept = store->snapshots().load(QStringLiteral("https://a.example/jwks"));
    QCOMPARE(kept.size(), 2);
    for (const auto& k : kept) {
        QCOMPARE(k.firstSeen, t1); // rs2 and ed were first seen at t1; the old rs is not rs2
        QCOMPARE(k.lastSeen, t1);
    }
}

void TestJwksAudit::keyAgeBoundary()
{
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    auto store = openStore();
    const QString source = QStringLiteral("age");
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    JwksAuditReport r = auditJwks(source, jwks({pub(m_es)}), t0);
    applyStoreHistory(r, *store, 30, true);
    QVERIFY(!findingOf(r, QStringLiteral("key-age")));
    // Exactly 30 days later: not yet more than 30 days.
    r = auditJwks(source, jwks({pub(m_es)}), t0.addDays(30));
    applyStoreHistory(r, *store, 30, true);
    QVERIFY(!findingOf(r, QStringLiteral("key-age")));
    // One second more: a warning, and the first-seen time survived the record in between.
    r = auditJwks(source, jwks({pub(m_es), pub(m_ed)}), t0.addDays(30).addSecs(1));
    applyStoreHistory(r, *store, 30, false);
    const AuditFinding* f = findingOf(r, QStringLiteral("key-age"));
    QVERIFY(f);
    QCOMPARE(f->kid, QStringLiteral("es"));
    QCOMPARE(severityName(f->severity), QStringLiteral("warning"));
    QVERIFY(f->message.contains(QStringLiteral("2026-03-01")));
    QCOMPARE(r.findings.count(), 1); // ed is new
    QCOMPARE(r.exitCode(), 0);       // a warning alone does not fail
    // Without --max-age: no age check.
    r = auditJwks(source, jwks({pub(m_es)}), t0.addDays(400));
    applyStoreHistory(r, *store, -1, false);
    QVERIFY(!findingOf(r, QStringLiteral("key-age")));
}

void TestJwksAudit::keyAgeFromTheStore()
{
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    auto store = openStore();
    store->addKeys(QStringLiteral("signing"), {m_rs});
    const QDateTime created = store->keyInfo(QStringLiteral("signing"), QStringLiteral("rs"))->created;
    QVERIFY(created.isValid());
    // Never recorded, but the store made the key 91 days before this look.
    JwksAuditReport r = auditJwks(QStringLiteral("fresh source"), jwks({pub(m_rs), pub(m_es)}), created.addDays(91));
    applyStoreHistory(r, *store, 90, false);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().code, QStringLiteral("key-age"));
    QCOMPARE(r.findings.first().kid, QStringLiteral("rs"));
}

void TestJwksAudit::tamperedSnapshotIsRefused()
{
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    {
        auto store = openStore();
        JwksAuditReport r = auditJwks(QStringLiteral("t"), jwks({pub(m_es)}),
                                      QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate));
        applyStoreHistory(r, *store, -1, true);
    }
    {
        // Someone without the secret makes the key look new (to hide its age).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE jwk_jwks_snapshots SET first_seen = first_seen + 86400000")));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto store = openStore();
    JwksAuditReport r = auditJwks(QStringLiteral("t"), jwks({pub(m_es)}));
    try {
        applyStoreHistory(r, *store, 30, true);
        QFAIL("a tampered snapshot was believed");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Tampered);
        QVERIFY(e.message().contains(QStringLiteral("recorded what is published now")));
    }
    // Read without --record, a tampered record stays refused; the record above replaced it, so now it is believed.
    JwksAuditReport again = auditJwks(QStringLiteral("t"), jwks({pub(m_es)}));
    applyStoreHistory(again, *store, 30, false);
    QVERIFY(again.changesSinceLast);
    QVERIFY(again.changesSinceLast->added.isEmpty() && again.changesSinceLast->removed.isEmpty());
    QCOMPARE(store->snapshots().load(QStringLiteral("t")).size(), 1);
}

void TestJwksAudit::secretRotationKeepsSnapshots()
{
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    const QString oldSecret = QStringLiteral("old-secret-for-audit-0123456789ab");
    const QString newSecret = QStringLiteral("new-secret-for-audit-0123456789ab");
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    {
        auto store = openStore(oldSecret);
        JwksAuditReport r = auditJwks(QStringLiteral("rot"), jwks({pub(m_es)}), t0);
        applyStoreHistory(r, *store, -1, true);
    }
    {
        auto store = openStore(newSecret + u',' + oldSecret);
        store->rotateSecret();
    }
    auto store = openStore(newSecret);
    const auto keys = store->snapshots().load(QStringLiteral("rot"));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().firstSeen, t0);
}

void TestJwksAudit::randomLooksMatchTheModel_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 20261204u}) {
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
}

void TestJwksAudit::randomLooksMatchTheModel()
{
    QFETCH(quint32, seed);
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    auto store = openStore();
    QRandomGenerator random(seed);
    // A pool of keys; two of them share a kid (a key replaced under its kid).
    QList<JsonWebKey> pool;
    for (int i = 0; i < 6; ++i) {
        pool << makeKey(i % 2 ? QStringLiteral("ES256") : QStringLiteral("EdDSA"), QStringLiteral("k%1").arg(i % 5));
    }
    // The model: what was last recorded (kid -> thumbprint -> first seen).
    QMap<QString, QMap<QString, QDateTime>> recorded;
    bool everRecorded = false;
    QDateTime at = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    for (int step = 0; step < 40; ++step) {
        at = at.addSecs(3600 * (1 + random.bounded(48)));
        QList<QJsonObject> published;
        QMap<QString, QSet<QString>> now;
        for (const auto& k : pool) {
            if (random.bounded(2)) {
                published << pub(k);
                now[k.kid()].insert(k.thumbprint());
            }
        }
        const bool record = random.bounded(3) != 0;
        JwksAuditReport r = auditJwks(QStringLiteral("model"), jwks(published), at);
        applyStoreHistory(r, *store, -1, record);
        QCOMPARE(bool(r.changesSinceLast), everRecorded);
        if (everRecorded) {
            QStringList added, removed, changed;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (!recorded.contains(it.key())) {
                    added << it.key();
                } else if (QSet<QString>(recorded.value(it.key()).keyBegin(), recorded.value(it.key()).keyEnd()) !=
                           it.value()) {
                    changed << it.key();
                }
            }
            for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
                if (!now.contains(it.key())) {
                    removed << it.key();
                }
            }
            QCOMPARE(r.changesSinceLast->added, added);
            QCOMPARE(r.changesSinceLast->removed, removed);
            QCOMPARE(r.changesSinceLast->changed, changed);
        }
        if (record) {
            QMap<QString, QMap<QString, QDateTime>> next;
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                for (const auto& t : it.value()) {
                    const QDateTime before = recorded.value(it.key()).value(t);
                    next[it.key()][t] = before.isValid() ? before : at;
                }
            }
            recorded = next;
            everRecorded = true;
            // The store agrees with the model, first-seen times included.
            const auto kept = store->snapshots().load(QStringLiteral("model"));
            int count = 0;
            for (const auto& k : kept) {
                QCOMPARE(k.firstSeen, recorded.value(k.kid).value(k.thumbprint));
                QCOMPARE(k.lastSeen, at);
                ++count;
            }
            int expected = 0;
            for (const auto& m : recorded) {
                expected += int(m.size());
            }
            QCOMPARE(count, expected);
            if (expected == 0) {
                everRecorded = false; // an empty look leaves no rows: the next look has nothing to compare with
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJwksAudit)
#include "tst_jwksaudit.moc"
