// jwkman-cli hydra-db check|import|reencrypt (issue 17 part 2) as an operator runs it, on Ory Hydra databases built
// by make_hydra_db.py from Hydra's table definitions (rows encrypted as Hydra does: several secrets, rows under older
// ones, one under none), each case on SQLite and on the PostgreSQL of the fixture "pg". check's JSON exactly and exit
// 3; import's order and signer; reencrypt's plan (exit 64), its backup (0600, the rows as they were), its refusals,
// --keep-newest, and SIGKILL in the middle of its transaction (the table all old, then all new). The PostgreSQL DSN
// carries the server's password, and no output of any run may show it.

#include "HydraDbFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace hydradbtest;

namespace {

struct Run : jwktest::ProcessRun
{
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

#define VERIFY_EXIT(run, code)                                                                                         \
    do {                                                                                                               \
        const Run& r_ = (run);                                                                                         \
        QVERIFY2(r_.finished&& r_.exitCode == (code), qPrintable(r_.describe()));                                      \
    } while (false)

QJsonObject setJson(int keys, const QStringList& undecryptable)
{
    return QJsonObject{{QStringLiteral("keys"), keys},
                       {QStringLiteral("undecryptable"), QJsonArray::fromStringList(undecryptable)}};
}

QJsonArray secretsJson(const QList<int>& rows)
{
    QJsonArray a;
    for (int i = 0; i < rows.size(); ++i) {
        a.append(QJsonObject{{QStringLiteral("index"), i}, {QStringLiteral("rows"), rows[i]}});
    }
    return a;
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QStringList kidsOf(const QJsonArray& keys)
{
    QStringList kids;
    for (const auto& k : keys) {
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    }
    return kids;
}

QString signerOf(const QJsonArray& keys)
{
    for (const auto& k : keys) {
        if (k.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("signing")) {
            return k.toObject().value(QStringLiteral("kid")).toString();
        }
    }
    return QString();
}

} // namespace

class TestCliHydraDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkExact_data() { backends(); }
    void checkExact();
    void checkUnderTheCurrentSecretOnly_data() { backends(); }
    void checkUnderTheCurrentSecretOnly();
    void importKeepsOrderAndSigner_data() { backends(); }
    void importKeepsOrderAndSigner();
    void importRefusals_data() { backends(); }
    void importRefusals();
    void reencryptPlanWithoutYes_data() { backends(); }
    void reencryptPlanWithoutYes();
    void reencryptAppliesWithBackup_data() { backends(); }
    void reencryptAppliesWithBackup();
    void reencryptRefusals_data() { backends(); }
    void reencryptRefusals();
    void keepNewest_data() { backends(); }
    void keepNewest();
    void runningWriterBlocksReencrypt();
    void sigkillMidTransaction_data() { backends(); }
    void sigkillMidTransaction();
    void dsnErrorsAndPassword();

private:
    void backends();
    HydraDb database(const QStringList& flags = {});
    Run cli(QStringList args, const QString& secrets = allSecrets(), bool withStore = true);
    QStringList rows(const HydraDb& db) { return dumpRows(db, &m_pg); }
    QStringList backups() const
    {
        return QDir(m_dir.filePath(QStringLiteral("hydra-db-backups"))).entryList(QDir::Files);
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_caseDir;
    QString m_store;
    jwktest::PgTestServer m_pg;
    QStringList m_watch; // passwords no output may show
    QStringList m_leaks;
};

void TestCliHydraDb::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pg = jwktest::PgTestServer::fromEnvironment();
    if (m_pg.ok()) {
        m_watch << m_pg.password << QString::fromUtf8(QUrl::toPercentEncoding(m_pg.password));
    }
}

void TestCliHydraDb::init()
{
    m_store = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QDir(m_dir.filePath(QStringLiteral("hydra-db-backups"))).removeRecursively();
    m_leaks.clear();
}

void TestCliHydraDb::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n'))));
}

void TestCliHydraDb::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

HydraDb TestCliHydraDb::database(const QStringList& flags)
{
    QFETCH(bool, postgres);
    if (postgres && !m_pg.ok()) {
        return HydraDb{
            true, {}, {}, qEnvironmentVariableIsSet("JWKMAN_TEST_PG_ENV") ? m_pg.error : QStringLiteral("skip")};
    }
    return makeHydraDb(postgres, flags, m_dir.path(), &m_pg);
}

#define HYDRA_DB(var, ...)                                                                                             \
    const HydraDb var = database(__VA_ARGS__);                                                                         \
    if (var.error == QStringLiteral("skip"))                                                                           \
        QFAIL("no PostgreSQL server: run through ctest (fixture pg)");                                                 \
    QVERIFY2(var.error.isEmpty(), qPrintable(var.error))

Run TestCliHydraDb::cli(QStringList args, const QString& secrets, bool withStore)
{
    jwktest::ProcessOptions options;
    options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    options.env.remove(QStringLiteral("JWKMAN_STORE"));
    options.env.remove(QStringLiteral("DSN"));
    options.env.remove(QStringLiteral("PGPASSWORD"));
    if (secrets.isNull()) {
        options.env.remove(QStringLiteral("SECRETS_SYSTEM"));
    } else {
        options.env.insert(QStringLiteral("SECRETS_SYSTEM"), secrets);
    }
    if (!args.isEmpty() && args.first().startsWith(QStringLiteral("DSN="))) {
        options.env.insert(QStringLiteral("DSN"), args.takeFirst().mid(4));
    }
    if (withStore) {
        args << QStringLiteral("--store") << m_store;
    }
    Run r{jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options)};
    for (const QString& secret : m_watch) {
        if (!secret.isEmpty() && (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))) {
            m_leaks << QStringLiteral("a DSN password shows in the output of %1").arg(args.join(QLatin1Char(' ')));
        }
    }
    return r;
}

void TestCliHydraDb::checkExact()
{
    HYDRA_DB(db);
    const QStringList before = rows(db);
    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn});
    VERIFY_EXIT(r, 3);
    const QJsonObject expected{
        {QStringLiteral("rows"), 8},
        {QStringLiteral("sets"), QJsonObject{{QStringLiteral("app.enc"), setJson(2, {QStringLiteral("lost-1")})},
                                             {QStringLiteral("hydra.jwt.access-token"), setJson(2, {})},
                                             {QStringLiteral("hydra.openid.id-token"), setJson(4, {})}}},
        {QStringLiteral("secrets"), secretsJson({4, 2, 1})}};
    QCOMPARE(r.object(), expected);
    QVERIFY2(r.err.contains("app.enc/lost-1"), r.err.constData());
    QCOMPARE(rows(db), before); // read-only
    // A password on the command line is said to be visible in the process list.
    QCOMPARE(r.err.contains("process list"), db.postgres);

    // The DSN from the environment variable DSN, as Hydra reads it; a clean database exits 0.
    HYDRA_DB(clean, {QStringLiteral("--clean")});
    const Run fromEnv = cli({QStringLiteral("DSN=") + clean.dsn, QStringLiteral("hydra-db"), QStringLiteral("check")});
    VERIFY_EXIT(fromEnv, 0);
    QCOMPARE(fromEnv.object().value(QStringLiteral("rows")).toInt(), 7);
    QCOMPARE(fromEnv.object().value(QStringLiteral("secrets")).toArray(), secretsJson({4, 2, 1}));
}

void TestCliHydraDb::checkUnderTheCurrentSecretOnly()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const Run r =
        cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn}, kSecretCurrent);
    VERIFY_EXIT(r, 3);
    const QJsonObject sets = r.object().value(QStringLiteral("sets")).toObject();
    QCOMPARE(sets.value(QStringLiteral("hydra.openid.id-token")).toObject(),
             setJson(4, {QStringLiteral("k-id-1"), QStringLiteral("k-id-2")}));
    QCOMPARE(sets.value(QStringLiteral("hydra.jwt.access-token")).toObject(), setJson(2, {QStringLiteral("at-1")}));
    QCOMPARE(r.object().value(QStringLiteral("secrets")).toArray(), secretsJson({4}));
}

void TestCliHydraDb::importKeepsOrderAndSigner()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const QStringList before = rows(db);
    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), db.dsn});
    VERIFY_EXIT(r, 0);
    const QJsonArray sets = r.object().value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(rows(db), before); // read-only on Hydra's side

    const Run id = cli({QStringLiteral("keys"), QStringLiteral("hydra.openid.id-token")});
    VERIFY_EXIT(id, 0);
    const QJsonArray idKeys = QJsonDocument::fromJson(id.out).array();
    // Newest first as Hydra lists them: a-tie and b-tie share created_at, and pk orders them.
    QCOMPARE(kidsOf(idKeys), (QStringList{QStringLiteral("a-tie"), QStringLiteral("b-tie"), QStringLiteral("k-id-2"),
                                          QStringLiteral("k-id-1")}));
    QCOMPARE(signerOf(idKeys), QStringLiteral("a-tie"));
    const Run at = cli({QStringLiteral("keys"), QStringLiteral("hydra.jwt.access-token")});
    const QJsonArray atKeys = QJsonDocument::fromJson(at.out).array();
    QCOMPARE(kidsOf(atKeys), (QStringList{QStringLiteral("at-2"), QStringLiteral("at-1")}));
    QCOMPARE(signerOf(atKeys), QStringLiteral("at-1")); // the newest key is public only: Hydra signs with at-1
    for (const auto& s : sets) {
        const QJsonObject o = s.toObject();
        QCOMPARE(o.value(QStringLiteral("signer")), o.value(QStringLiteral("hydra_signer")));
    }

    // A store with its own secret (a file beside it) while SECRETS_SYSTEM holds Hydra's: the store's is used.
    m_store = m_dir.filePath(QStringLiteral("own-secret-%1.sqlite").arg(db.postgres ? "pg" : "sqlite"));
    VERIFY_EXIT(cli({QStringLiteral("add-set"), QStringLiteral("mine")}, QString()), 0);
    const Run own = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), db.dsn,
                         QStringLiteral("--set"), QStringLiteral("hydra.jwt.access-token"), QStringLiteral("--prefix"),
                         QStringLiteral("prod-")});
    VERIFY_EXIT(own, 0);
    const Run ownKeys = cli({QStringLiteral("keys"), QStringLiteral("prod-hydra.jwt.access-token")}, QString());
    VERIFY_EXIT(ownKeys, 0);
    QCOMPARE(kidsOf(QJsonDocument::fromJson(ownKeys.out).array()),
             (QStringList{QStringLiteral("at-2"), QStringLiteral("at-1")}));
}

void TestCliHydraDb::importRefusals()
{
    HYDRA_DB(db);
    // A set with a row no secret opens: nothing imported, exit 3.
    const Run lost = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), db.dsn});
    VERIFY_EXIT(lost, 3);
    QVERIFY2(lost.err.contains("app.enc/lost-1"), lost.err.constData());
    const Run none = cli({QStringLiteral("sets")});
    VERIFY_EXIT(none, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    // Left out with --set, the rest imports.
    const Run some = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), db.dsn,
                          QStringLiteral("--set"), QStringLiteral("hydra.openid.id-token")});
    VERIFY_EXIT(some, 0);
    QCOMPARE(some.object().value(QStringLiteral("sets")).toArray().size(), 1);
    // A set Hydra does not have.
    const Run unknown = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), db.dsn,
                             QStringLiteral("--set"), QStringLiteral("nope")});
    VERIFY_EXIT(unknown, 2);
    // Several networks.
    HYDRA_DB(networks, {QStringLiteral("--clean"), QStringLiteral("--networks")});
    const Run two = cli({QStringLiteral("hydra-db"), QStringLiteral("import"), QStringLiteral("--dsn"), networks.dsn});
    VERIFY_EXIT(two, 2);
    QVERIFY2(two.err.contains("networks"), two.err.constData());
    const Run checkTwo =
        cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), networks.dsn});
    VERIFY_EXIT(checkTwo, 0);
    QVERIFY(checkTwo.object()
                .value(QStringLiteral("sets"))
                .toObject()
                .contains(QStringLiteral("app.enc@c3a9d7b5-4e2f-4a6b-8c8d-2f3e4d5c6b7a")));
    // Options of another subcommand.
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn,
                     QStringLiteral("--yes")}),
                64);
}

void TestCliHydraDb::reencryptPlanWithoutYes()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const QStringList before = rows(db);
    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn});
    VERIFY_EXIT(r, 64);
    const QJsonObject plan = r.object();
    QCOMPARE(plan.value(QStringLiteral("rows")).toInt(), 7);
    QCOMPARE(plan.value(QStringLiteral("reencrypt")).toInt(), 3);
    QCOMPARE(plan.value(QStringLiteral("already_current")).toInt(), 4);
    QCOMPARE(plan.value(QStringLiteral("applied")).toBool(true), false);
    QVERIFY2(r.err.contains("--yes") && r.err.contains("Hydra must be stopped"), r.err.constData());
    QCOMPARE(rows(db), before);
    QVERIFY(backups().isEmpty());
}

void TestCliHydraDb::reencryptAppliesWithBackup()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const QStringList before = rows(db);
    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                       QStringLiteral("--yes")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.object().value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("verified")).toInt(), 7);
    const QString backup = r.object().value(QStringLiteral("backup")).toString();
    QVERIFY2(r.err.contains(backup.toUtf8()), r.err.constData()); // said where it is
    const QFileInfo info(backup);
    QVERIFY(info.isFile() && !info.isSymLink());
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(info.absolutePath()), 0700);
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList backedUp;
    for (const auto& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        backedUp << QStringLiteral("%1 %2 %3 %4")
                        .arg(o.value(QStringLiteral("pk")).toString(), o.value(QStringLiteral("sid")).toString(),
                             o.value(QStringLiteral("kid")).toString(), o.value(QStringLiteral("keydata")).toString());
    }
    backedUp.sort();
    QCOMPARE(backedUp, before); // the rows exactly as they were, keydata still encrypted

    // The three rows under older secrets changed, the four under the current one did not.
    const QStringList after = rows(db);
    QCOMPARE(after.size(), 7);
    int changed = 0;
    for (int i = 0; i < after.size(); ++i) {
        changed += after[i] != before[i] ? 1 : 0;
    }
    QCOMPARE(changed, 3);
    // Hydra reads them: its AEAD (make_hydra_db.py decrypt, python3-cryptography) opens every row with the current
    // secret alone, and each holds the key of its kid.
    QByteArray keydata;
    QStringList kids;
    for (const QString& row : after) {
        keydata += row.section(QLatin1Char(' '), 3, 3).toUtf8() + '\n';
        kids << row.section(QLatin1Char(' '), 2, 2);
    }
    jwktest::ProcessOptions options;
    options.input = keydata;
    options.env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    const auto hydra = jwktest::runProcess(QStringLiteral("/usr/bin/python3"),
                                           {scriptPath(), QStringLiteral("decrypt"), kSecretCurrent}, options);
    QVERIFY2(hydra.exitCode == 0, qPrintable(hydra.describe()));
    QCOMPARE(QString::fromUtf8(hydra.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), kids);
    // Everything opens under the current secret alone now.
    const Run check =
        cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn}, kSecretCurrent);
    VERIFY_EXIT(check, 0);
    QCOMPARE(check.object().value(QStringLiteral("secrets")).toArray(), secretsJson({7}));
}

void TestCliHydraDb::reencryptRefusals()
{
    // A row no secret opens: refused before anything is written, exit 3.
    HYDRA_DB(db);
    const QStringList before = rows(db);
    const Run lost = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                          QStringLiteral("--yes")});
    VERIFY_EXIT(lost, 3);
    QCOMPARE(rows(db), before);
    QVERIFY(backups().isEmpty());
    // Columns Hydra's table does not have.
    HYDRA_DB(extra, {QStringLiteral("--clean"), QStringLiteral("--extra-column")});
    const QStringList extraBefore = rows(extra);
    const Run columns = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"),
                             extra.dsn, QStringLiteral("--yes")});
    VERIFY_EXIT(columns, 2);
    QVERIFY2(columns.err.contains("rotated_by"), columns.err.constData());
    QCOMPARE(rows(extra), extraBefore);
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), extra.dsn}), 2);
    // A backup folder that is a symbolic link: nothing written, nothing changed.
    HYDRA_DB(clean, {QStringLiteral("--clean")});
    const QStringList cleanBefore = rows(clean);
    QTemporaryDir elsewhere;
    QVERIFY(QFile::link(elsewhere.path(), m_dir.filePath(QStringLiteral("hydra-db-backups"))));
    const Run link = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), clean.dsn,
                          QStringLiteral("--yes")});
    QFile::remove(m_dir.filePath(QStringLiteral("hydra-db-backups")));
    VERIFY_EXIT(link, 1);
    QCOMPARE(rows(clean), cleanBefore);
    QVERIFY(QDir(elsewhere.path()).entryList(QDir::Files).isEmpty());
    // Without SECRETS_SYSTEM.
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), clean.dsn,
                     QStringLiteral("--yes")},
                    QString()),
                2);
    QCOMPARE(rows(clean), cleanBefore);
}

void TestCliHydraDb::keepNewest()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const QStringList before = rows(db);
    // 1 would drop at-1, the access-token set's signer (its newest key is public only): refused, plan shown.
    const Run signer = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                            QStringLiteral("--keep-newest"), QStringLiteral("1"), QStringLiteral("--yes")});
    VERIFY_EXIT(signer, 2);
    QVERIFY2(signer.err.contains("at-1"), signer.err.constData());
    QCOMPARE(rows(db), before);
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                     QStringLiteral("--keep-newest"), QStringLiteral("0")}),
                2);

    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                       QStringLiteral("--keep-newest"), QStringLiteral("2"), QStringLiteral("--yes")});
    VERIFY_EXIT(r, 0);
    QStringList dropped;
    for (const auto& d : r.object().value(QStringLiteral("drop")).toArray()) {
        dropped << d.toObject().value(QStringLiteral("kid")).toString();
    }
    dropped.sort();
    QCOMPARE(dropped, (QStringList{QStringLiteral("k-id-1"), QStringLiteral("k-id-2")}));
    QStringList kids;
    for (const QString& row : rows(db)) {
        kids << row.section(QLatin1Char(' '), 2, 2);
    }
    kids.sort();
    QCOMPARE(kids, (QStringList{QStringLiteral("a-tie"), QStringLiteral("at-1"), QStringLiteral("at-2"),
                                QStringLiteral("b-tie"), QStringLiteral("enc-1")}));
    // The dropped keys are in the backup.
    QFile f(r.object().value(QStringLiteral("backup")).toString());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rows")).toArray().size(), 7);

    // A key a trust grant names is never dropped (Hydra's cascade would delete the grant).
    HYDRA_DB(granted, {QStringLiteral("--clean"), QStringLiteral("--trust-grant")});
    const QStringList grantedBefore = rows(granted);
    const Run grant = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"),
                           granted.dsn, QStringLiteral("--keep-newest"), QStringLiteral("2"), QStringLiteral("--yes")});
    VERIFY_EXIT(grant, 2);
    QVERIFY2(grant.err.contains("trust grant"), grant.err.constData());
    QCOMPARE(rows(granted), grantedBefore);
}

void TestCliHydraDb::runningWriterBlocksReencrypt()
{
    // PostgreSQL: a writer in the middle of its transaction (a Hydra adding a key) holds hydra_jwk; reencrypt's LOCK
    // TABLE waits for it, gives up after its lock time-out and changes nothing.
    if (!m_pg.ok()) {
        QFAIL("no PostgreSQL server: run through ctest (fixture pg)");
    }
    const HydraDb db = makeHydraDb(true, {QStringLiteral("--clean")}, m_dir.path(), &m_pg);
    QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
    const QStringList before = rows(db);
    {
        QSqlDatabase writer = m_pg.connect(db.location, QStringLiteral("writer"));
        QVERIFY(writer.isOpen());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO hydra_jwk (sid, kid, nid, version, keydata, created_at, pk) "
                                  "SELECT 'new', 'new-1', nid, 0, keydata, NOW(), gen_random_uuid() FROM hydra_jwk "
                                  "LIMIT 1")),
            qPrintable(q.lastError().text()));
        const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                           QStringLiteral("--yes")});
        VERIFY_EXIT(r, 1);
        QVERIFY2(r.err.contains("stop it first"), r.err.constData());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QCOMPARE(rows(db), before);
}

void TestCliHydraDb::sigkillMidTransaction()
{
    HYDRA_DB(db, {QStringLiteral("--clean")});
    const QStringList before = rows(db);
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SECRETS_SYSTEM"), allSecrets());
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(JWKMAN_PAUSED_REENCRYPT_PATH), {db.dsn, m_caseDir.filePath(QStringLiteral("backups"))});
    QVERIFY(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("paused") && writer.state() == QProcess::Running && writer.waitForReadyRead(60000)) {
        out += writer.readAllStandardOutput();
    }
    QVERIFY2(out.contains("paused"), (out + writer.readAllStandardError()).constData());
    writer.kill(); // SIGKILL, two rows rewritten and nothing committed
    QVERIFY(writer.waitForFinished(30000));
    QVERIFY(!out.contains("committed"));
    // All old: check (read-only, first to open the database after the kill) finds the rows under their old secrets,
    // and every row is as it was.
    const Run old = cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn});
    VERIFY_EXIT(old, 0);
    QCOMPARE(old.object().value(QStringLiteral("secrets")).toArray(), secretsJson({4, 2, 1}));
    QCOMPARE(rows(db), before);
    // Then all new.
    const Run r = cli({QStringLiteral("hydra-db"), QStringLiteral("reencrypt"), QStringLiteral("--dsn"), db.dsn,
                       QStringLiteral("--yes")});
    VERIFY_EXIT(r, 0);
    const Run check =
        cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), db.dsn}, kSecretCurrent);
    VERIFY_EXIT(check, 0);
    QCOMPARE(check.object().value(QStringLiteral("secrets")).toArray(), secretsJson({7}));
}

void TestCliHydraDb::dsnErrorsAndPassword()
{
    const auto check = [this](const QString& dsn) {
        return cli({QStringLiteral("hydra-db"), QStringLiteral("check"), QStringLiteral("--dsn"), dsn});
    };
    const Run memory = check(QStringLiteral("memory"));
    VERIFY_EXIT(memory, 2);
    QVERIFY2(memory.err.contains("in-memory"), memory.err.constData());
    VERIFY_EXIT(check(QStringLiteral("sqlite://file::memory:?_fk=true")), 2);
    VERIFY_EXIT(check(QStringLiteral("mysql://root:pw@tcp(localhost:3306)/hydra")), 2);
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("check")}), 2); // no --dsn, no DSN
    VERIFY_EXIT(check(QStringLiteral("sqlite://%1?_fk=true").arg(m_dir.filePath(QStringLiteral("none.sqlite")))), 1);
    VERIFY_EXIT(cli({QStringLiteral("hydra-db"), QStringLiteral("frobnicate")}), 64);

    // A wrong password in the DSN: refused by the server (exit 1), and shown nowhere.
    if (!m_pg.ok()) {
        QFAIL("no PostgreSQL server: run through ctest (fixture pg)");
    }
    const QString wrong = QStringLiteral("Wr0ng-P@ss:w/rd-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    m_watch << wrong << QString::fromUtf8(QUrl::toPercentEncoding(wrong));
    // (Concatenated: QString::arg would take the %XX of the percent-encoded password for its own markers.)
    const Run refused =
        check(QStringLiteral("postgresql://") + m_pg.user + QLatin1Char(':') +
              QString::fromUtf8(QUrl::toPercentEncoding(wrong)) + QLatin1Char('@') + m_pg.host + QLatin1Char(':') +
              QString::number(m_pg.port) + QStringLiteral("/postgres?sslmode=disable&max_conns=3"));
    VERIFY_EXIT(refused, 1);
    QVERIFY2(refused.err.contains("password authentication failed"), refused.err.constData());
    QVERIFY2(refused.err.contains(m_pg.user.toUtf8() + "@" + m_pg.host.toUtf8()), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestCliHydraDb)
#include "tst_cli_hydradb.moc"
