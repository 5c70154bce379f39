// The team store on PostgreSQL as people meet it (needs the ctest fixture "pg"): jwkman-cli store copy FROM TO both
// ways (SQLite ⇄ PostgreSQL) re-encrypting under the target's secret and refusing a non-empty target; a password in
// the URL refused without being echoed; a wrong password's error without the password; the generated-secret path
// refused for a team store; and the audit log's who (the database user) and from where (the host name).

#include "StoreTestUtil.h"
#include "keys/JsonWebKeySet.h"
#include "keys/KeyGenerator.h"
#include "store/KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace jwk;
using namespace storetest;

namespace {

const QByteArray kSecretA = "team-secret-A-0123456789abcdef";
const QByteArray kSecretB = "team-secret-B-of-the-team-store";
const QByteArray kSecretC = "team-secret-C-for-the-way-back";

QString cliPath()
{
    return QStringLiteral(JWKMAN_CLI_PATH);
}

QProcessEnvironment cliEnv(const QByteArray& secrets, const QByteArray& sourceSecrets = QByteArray())
{
    QProcessEnvironment env = pgServer().environment();
    env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
    env.remove(QStringLiteral("SECRETS_SYSTEM"));
    env.remove(QStringLiteral("JWKMAN_SOURCE_SECRETS_SYSTEM"));
    env.remove(QStringLiteral("JWKMAN_STORE"));
    if (!secrets.isEmpty()) {
        env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(secrets));
    }
    if (!sourceSecrets.isEmpty()) {
        env.insert(QStringLiteral("JWKMAN_SOURCE_SECRETS_SYSTEM"), QString::fromLatin1(sourceSecrets));
    }
    return env;
}

Run cli(const QStringList& args, const QProcessEnvironment& env)
{
    return runProgram(cliPath(), args, {}, 120000, env);
}

// The private JWK Set of `set` as jwkman-cli exports it, keyed by kid.
QMap<QString, QJsonObject> exported(const QString& store, const QString& set, const QByteArray& secrets)
{
    const Run r = cli({QStringLiteral("export"), set, QStringLiteral("--private"), QStringLiteral("--store"), store},
                      cliEnv(secrets));
    QMap<QString, QJsonObject> keys;
    if (r.exitCode != 0) {
        qWarning("export failed: %s", qPrintable(r.describe()));
        return keys;
    }
    for (const auto& k : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray()) {
        keys.insert(k.toObject().value(QStringLiteral("kid")).toString(), k.toObject());
    }
    return keys;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copyBothWays();
    void copyRefusesNonEmptyTarget();
    void passwordInUrlRefused();
    void wrongPasswordNotPrinted();
    void generatedSecretRefused();
    void auditRecordsWhoAndWhere();
    void othersChangesAreHeard();
    void serverStoppedMidTransaction();
    void tlsVerifyFull();
};

void TestTeamStore::initTestCase()
{
    setUpEnvironment();
    QVERIFY2(pgServer().ok(), qPrintable(pgServer().error));
}

void TestTeamStore::copyBothWays()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    const QList<JsonWebKey> keys = {generate(QStringLiteral("RS256"), 2048, QStringLiteral("rsa")),
                                    generate(QStringLiteral("ES256"), 0, QStringLiteral("ec")),
                                    generate(QStringLiteral("HS256"), 0, QStringLiteral("oct"))};
    {
        auto store = KeyStore::open(file, secrets(kSecretA));
        store->addKeys(QStringLiteral("team"), keys);
        store->addKeys(QStringLiteral("other"), {generate(QStringLiteral("EdDSA"), 0, QStringLiteral("gone"))});
        store->trash().deleteKey(QStringLiteral("other"), QStringLiteral("gone"));
        store->policies().save({QStringLiteral("team"), 90, 7, QDateTime()});
    }
    const QMap<QString, QJsonObject> before = exported(file, QStringLiteral("team"), kSecretA);
    QCOMPARE(before.size(), 3);

    // SQLite (secret A) -> PostgreSQL (the team's secret B).
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_copy")));
    Run r = cli({QStringLiteral("store"), QStringLiteral("copy"), file, url}, cliEnv(kSecretB, kSecretA));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QStringLiteral("keys")).toInt(), 4); // the trashed key too
    QCOMPARE(summary.value(QStringLiteral("reencrypted")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("rows")).toObject().value(QStringLiteral("jwk_policies")).toInt(), 1);
    QCOMPARE(exported(url, QStringLiteral("team"), kSecretB), before);
    // Under B alone; A no longer opens it.
    r = cli({QStringLiteral("sets"), QStringLiteral("--store"), url}, cliEnv(kSecretA));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not open the store"), qPrintable(r.describe()));
    {
        auto store = KeyStore::open(url, secrets(kSecretB));
        QCOMPARE(store->policies().find(QStringLiteral("team"))->rotateEveryDays, 90);
        QCOMPARE(store->trash().entries().size(), 1);
        QCOMPARE(store->signingKid(QStringLiteral("team")), QStringLiteral("rsa"));
    }

    // And back: PostgreSQL (B) -> a new SQLite file (C).
    const QString back = dir.filePath(QStringLiteral("back/again.sqlite"));
    r = cli({QStringLiteral("store"), QStringLiteral("copy"), url, back}, cliEnv(kSecretC, kSecretB));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(exported(back, QStringLiteral("team"), kSecretC), before);
    QCOMPARE(fileMode(back), 0600);
}

void TestTeamStore::copyRefusesNonEmptyTarget()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    KeyStore::open(file, secrets(kSecretA))->addKeys(QStringLiteral("s"), {generate(QStringLiteral("ES256"))});
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_full")));
    KeyStore::open(url, secrets(kSecretB))->addKeys(QStringLiteral("theirs"), {generate(QStringLiteral("ES256"))});
    const Run r = cli({QStringLiteral("store"), QStringLiteral("copy"), file, url}, cliEnv(kSecretB, kSecretA));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not empty"), qPrintable(r.describe()));
    auto store = KeyStore::open(url, secrets(kSecretB));
    QCOMPARE(store->keySets().size(), 1);
    QVERIFY(!store->keySet(QStringLiteral("s")));
    // A file that exists is refused before anything is opened.
    const Run again = cli({QStringLiteral("store"), QStringLiteral("copy"), url, file}, cliEnv(kSecretA, kSecretB));
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("exists already"), qPrintable(again.describe()));
}

void TestTeamStore::passwordInUrlRefused()
{
    const QString db = pgServer().createDatabase(QStringLiteral("jwkman_pw"));
    const QString password = QStringLiteral("hunter2-in-the-url");
    for (const QString& url : {QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                                   .arg(pgServer().user, password, pgServer().host)
                                   .arg(pgServer().port)
                                   .arg(db),
                               QStringLiteral("postgres://%1@%2:%3/%4?password=%5")
                                   .arg(pgServer().user, pgServer().host)
                                   .arg(pgServer().port)
                                   .arg(db, password)}) {
        const Run r = cli({QStringLiteral("sets"), QStringLiteral("--store"), url}, cliEnv(kSecretB));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("PGPASSWORD"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(password.toUtf8()) && !r.out.contains(password.toUtf8()), qPrintable(r.describe()));
    }
    // JWKMAN_STORE is read the same way.
    QProcessEnvironment env = cliEnv(kSecretB);
    env.insert(QStringLiteral("JWKMAN_STORE"), QStringLiteral("postgresql://u:%1@127.0.0.1/%2").arg(password, db));
    const Run r = cli({QStringLiteral("sets")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(password.toUtf8()));
}

void TestTeamStore::wrongPasswordNotPrinted()
{
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_wrong")));
    QProcessEnvironment env = cliEnv(kSecretB);
    const QString wrong = QStringLiteral("not-the-password-4711");
    env.insert(QStringLiteral("PGPASSWORD"), wrong);
    const Run r = cli({QStringLiteral("sets"), QStringLiteral("--store"), url}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot be opened"), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("password authentication failed"), qPrintable(r.describe()));
    QVERIFY(!r.err.contains(wrong.toUtf8()));
    QVERIFY(!r.err.contains(pgServer().password.toUtf8()));
}

void TestTeamStore::generatedSecretRefused()
{
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_nosecret")));
    const Run r = cli({QStringLiteral("add-set"), QStringLiteral("s"), QStringLiteral("--store"), url}, cliEnv({}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("SECRETS_SYSTEM") && r.err.contains("secret manager"), qPrintable(r.describe()));
    // Nothing was made: the database is still empty, so a later first use with the team's secret creates the store.
    RawStoreDb raw(url);
    QVERIFY(!raw.hasTable(QStringLiteral("jwk_meta")));
    QCOMPARE(cli({QStringLiteral("add-set"), QStringLiteral("s"), QStringLiteral("--store"), url}, cliEnv(kSecretB))
                 .exitCode,
             0);
}

void TestTeamStore::auditRecordsWhoAndWhere()
{
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_audit")));
    {
        auto store = KeyStore::open(url, secrets(kSecretB));
        store->createKeySet(QStringLiteral("s"));
        const AuditEntry e = store->audit().entries(1).first();
        QCOMPARE(e.action, QStringLiteral("created"));
        QCOMPARE(e.actor, pgServer().user); // the database user, as the server knows it
        QCOMPARE(e.host, QSysInfo::machineHostName());
    }
    // A second database user is recorded as such.
    RawStoreDb admin(url);
    QVERIFY(admin.exec(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-password-0123'")) ||
            admin.exec(QStringLiteral("ALTER ROLE alice LOGIN PASSWORD 'alice-password-0123'")));
    QVERIFY(admin.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO alice")));
    QVERIFY(admin.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO alice")));
    QProcessEnvironment env = cliEnv(kSecretB);
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("alice-password-0123"));
    const QString aliceUrl = QString(url).replace(pgServer().user + u'@', QStringLiteral("alice@"));
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--set"), QStringLiteral("s"), QStringLiteral("--store"), aliceUrl},
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto store = KeyStore::open(url, secrets(kSecretB));
    const AuditEntry e = store->audit().entries(1).first();
    QCOMPARE(e.action, QStringLiteral("generated"));
    QCOMPARE(e.actor, QStringLiteral("alice"));
    // On a file: the login name.
    QTemporaryDir dir;
    auto local = KeyStore::open(dir.filePath(QStringLiteral("s.sqlite")), secrets(kSecretA));
    local->createKeySet(QStringLiteral("x"));
    QVERIFY(!local->audit().entries(1).first().actor.isEmpty());
    QCOMPARE(local->audit().entries(1).first().actor, local->actor());
}

// The desktop's StoreWatcher polls changeCounter(): on a team store it counts the NOTIFY of other connections' commits
// (only those that commit), never this connection's own.
void TestTeamStore::othersChangesAreHeard()
{
    const QString url = pgServer().storeUrl(pgServer().createDatabase(QStringLiteral("jwkman_notify")));
    auto mine = KeyStore::open(url, secrets(kSecretB));
    auto theirs = KeyStore::open(url, secrets(kSecretB));
    const qint64 start = mine->changeCounter();
    QVERIFY(start >= 0);
    mine->createKeySet(QStringLiteral("own")); // own write: not counted
    theirs->createKeySet(QStringLiteral("theirs"));
    QTRY_VERIFY_WITH_TIMEOUT(mine->changeCounter() != start, 10000);
    QCOMPARE(mine->changeCounter(), start + 1); // theirs only: notifications arrive in commit order
    // A write that fails (rolled back) notifies nobody; the next one that commits does.
    QVERIFY(storeErrorOf([&] { theirs->createKeySet(QStringLiteral("own")); }));
    theirs->createKeySet(QStringLiteral("later"));
    QTRY_VERIFY_WITH_TIMEOUT(mine->changeCounter() != start + 1, 10000);
    QCOMPARE(mine->changeCounter(), start + 2);
    QVERIFY(mine->keySet(QStringLiteral("later")));
}

// A server of this test's own (tests/pg/pg-server.sh with its own env file) is shut down (fast: every session ends)
// while store_writer is inside its one-transaction import: the writer fails with a clear message, nothing of the import
// is in the store when the server is back, and the store works on.
void TestTeamStore::serverStoppedMidTransaction()
{
    QTemporaryDir dir;
    const QString envFile = dir.filePath(QStringLiteral("server.env"));
    const QString script = QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/../pg/pg-server.sh");
    Run r = runProgram(QStringLiteral("bash"), {script, QStringLiteral("start"), envFile}, {}, 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString previous = qEnvironmentVariable("JWKMAN_TEST_PG_ENV");
    qputenv("JWKMAN_TEST_PG_ENV", envFile.toUtf8());
    jwktest::PgTestServer own = jwktest::PgTestServer::fromEnvironment();
    qputenv("JWKMAN_TEST_PG_ENV", previous.toUtf8());
    auto stopServer = qScopeGuard([&] {
        runProgram(QStringLiteral("bash"), {script, QStringLiteral("stop"), envFile});
    });
    QVERIFY2(own.ok(), qPrintable(own.error));
    const QString url = own.storeUrl(own.createDatabase(QStringLiteral("jwkman_stop")));
    const QStringList asServer =
        ::geteuid() == 0 ? QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                         : QStringList();
    auto pgCtl = [&](const QStringList& args) {
        const QString program = ::geteuid() == 0 ? QStringLiteral("runuser") : own.bin + QStringLiteral("/pg_ctl");
        QStringList all = asServer;
        if (::geteuid() == 0) {
            all << own.bin + QStringLiteral("/pg_ctl");
        }
        all << QStringLiteral("-D") << own.dir + QStringLiteral("/data") << args;
        return runProgram(program, all, {}, 120000);
    };
    qputenv("PGPASSWORD", own.password.toUtf8()); // this server's, for this test's connections
    auto restorePassword = qScopeGuard([] { qputenv("PGPASSWORD", pgServer().password.toUtf8()); });
    {
        auto store = KeyStore::open(url, secrets(kSecretB));
        store->addKeys(QStringLiteral("before"), {generate(QStringLiteral("ES256"), 0, QStringLiteral("b"))});
    }
    QList<JsonWebKey> keys;
    for (int i = 0; i < 3000; ++i) {
        keys << generate(QStringLiteral("ES256"), 0, QStringLiteral("k%1").arg(i));
    }
    const QString jwks = dir.filePath(QStringLiteral("big.jwks"));
    QVERIFY(writeAll(jwks, bytes(JsonWebKeySet(keys).toJson(true))));
    QProcess writer;
    QProcessEnvironment env = own.environment();
    env.insert(QStringLiteral("SECRETS_SYSTEM"), QString::fromLatin1(kSecretB));
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(JWKMAN_STORE_WRITER_PATH), {url, QStringLiteral("big"), jwks});
    QVERIFY(writer.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("adding") && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        out += writer.readAllStandardOutput();
    }
    r = pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(writer.waitForFinished(60000));
    out += writer.readAllStandardOutput();
    const QByteArray err = writer.readAllStandardError();
    QVERIFY2(!out.contains("added"), out.constData()); // it was stopped inside the transaction
    QVERIFY2(writer.exitCode() != 0, err.constData());
    QVERIFY2(err.contains("connection to the database server was lost") && err.contains("nothing was changed"),
             err.constData());
    QVERIFY(!err.contains(own.password.toUtf8()));

    r = pgCtl({QStringLiteral("-l"), own.dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
               QStringLiteral("-o"),
               QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(own.port).arg(own.dir),
               QStringLiteral("start")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto store = KeyStore::open(url, secrets(kSecretB));
    QVERIFY(!store->keySet(QStringLiteral("big"))); // nothing half-written: no set, no keys
    QCOMPARE(store->allKeys().size(), 1);
    QCOMPARE(store->addKeys(QStringLiteral("big"), keys.mid(0, 10)).added.size(), 10);
}

// TLS to the server with sslmode=verify-full: a private server of the test with ssl=on and a certificate for
// "localhost" signed by a CA made by openssl now. The store opens over TLS (pg_stat_ssl says so); another CA, or a host
// name the certificate does not name (127.0.0.1), is refused with libpq's reason, and nothing is opened.
void TestTeamStore::tlsVerifyFull()
{
    QTemporaryDir dir;
    const QString envFile = dir.filePath(QStringLiteral("server.env"));
    const QString script = QStringLiteral(JWKMAN_TESTS_DIR) + QStringLiteral("/../pg/pg-server.sh");
    Run r = runProgram(QStringLiteral("bash"), {script, QStringLiteral("start"), envFile}, {}, 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto stopServer = qScopeGuard([&] {
        runProgram(QStringLiteral("bash"), {script, QStringLiteral("stop"), envFile});
    });
    const QString previous = qEnvironmentVariable("JWKMAN_TEST_PG_ENV");
    qputenv("JWKMAN_TEST_PG_ENV", envFile.toUtf8());
    jwktest::PgTestServer own = jwktest::PgTestServer::fromEnvironment();
    qputenv("JWKMAN_TEST_PG_ENV", previous.toUtf8());
    QVERIFY2(own.ok(), qPrintable(own.error));
    qputenv("PGPASSWORD", own.password.toUtf8());
    auto restorePassword = qScopeGuard([] { qputenv("PGPASSWORD", pgServer().password.toUtf8()); });

    // A CA, a server certificate for DNS:localhost only, and another CA that signed nothing here.
    const QString sh = QStringLiteral(R"SH(set -e; cd "$1"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.crt -days 2 -subj /CN=jwkman-test-ca 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other.key -out other.crt -days 2 -subj /CN=other-ca 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost
' > ext.cnf
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 -extfile ext.cnf 2>/dev/null
cp server.crt server.key "$2/"
chmod 0600 "$2/server.key"
if [ "$(id -u)" = 0 ]; then chown postgres: "$2/server.crt" "$2/server.key"; fi)SH");
    r = runProgram(QStringLiteral("bash"),
                   {QStringLiteral("-c"), sh, QStringLiteral("tls"), dir.path(), own.dir + QStringLiteral("/data")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    {
        QSqlDatabase admin = own.connect(QStringLiteral("postgres"), QStringLiteral("tls-admin"));
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(QStringLiteral("ALTER SYSTEM SET ssl = on")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls-admin"));
    const QString db = own.createDatabase(QStringLiteral("jwkman_tls"));
    QVERIFY2(!db.isEmpty(), qPrintable(own.error));
    const QString ca = dir.filePath(QStringLiteral("ca.crt"));
    const QString url = QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4")
                            .arg(own.user)
                            .arg(own.port)
                            .arg(db, ca);
    // The reload takes effect for new connections at once; the first one may still race it.
    std::unique_ptr<KeyStore> store;
    QTRY_VERIFY_WITH_TIMEOUT(!storeErrorOf([&] { store = KeyStore::open(url, secrets(kSecretB)); }), 10000);
    store->createKeySet(QStringLiteral("over-tls"));
    QCOMPARE(store->path(), url);
    {
        // The same connection settings as the store's (ServerLocation::configure), asked whether they are on TLS.
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls-check"));
        ServerLocation::parse(url).configure(check, own.password);
        QVERIFY2(check.open(), qPrintable(check.lastError().text()));
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
                q.next());
        QCOMPARE(q.value(0).toBool(), true);
        qInfo("team store over %s", qPrintable(q.value(1).toString()));
        q.finish();
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls-check"));
    // Another CA: refused.
    QString wrongCa = url;
    wrongCa.replace(ca, dir.filePath(QStringLiteral("other.crt")));
    auto error = storeErrorOf([&] { KeyStore::open(wrongCa, secrets(kSecretB)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Io);
    QVERIFY2(error->message().contains(QStringLiteral("certificate verify failed")), qPrintable(error->message()));
    // A host name the certificate does not name: refused by verify-full (verify-ca would take it).
    QString byAddress = url;
    byAddress.replace(QStringLiteral("@localhost:"), QStringLiteral("@127.0.0.1:"));
    error = storeErrorOf([&] { KeyStore::open(byAddress, secrets(kSecretB)); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QStringLiteral("127.0.0.1")) &&
                 error->message().contains(QStringLiteral("does not match")),
             qPrintable(error->message()));
    QVERIFY(!error->message().contains(own.password));
    QString verifyCa = byAddress;
    verifyCa.replace(QStringLiteral("verify-full"), QStringLiteral("verify-ca"));
    QVERIFY(KeyStore::open(verifyCa, secrets(kSecretB))->keySet(QStringLiteral("over-tls")));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
