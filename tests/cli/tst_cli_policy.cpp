// jwkman-cli policy and due as scripts use them (issue 15): the built binary against a temporary store. policy shows,
// sets, merges and clears {"set", "rotate_every_days", "overlap_days"}; due prints exactly {"at", "sets": [{"set",
// "signer", "signer_created", "rotate_every_days", "due_at", "status"}]} and exits 3 when a set is overdue or due
// soon, 0 otherwise. Each boundary is checked on both sides with --at, to the millisecond, from the signer's creation
// time the store reports; malformed DATE and DAYS exit 2 with a message, wrong combinations 64; a policy edited in the
// file without the secret is refused.
//
// With JWKMAN_TEST_STORE_BACKEND=postgresql (ctest's tst_cli_policy_pg, fixture "pg") the same tests run against a
// team store: each test's store is a fresh database on the fixture's server, reached with PGPASSWORD and the team's
// SECRETS_SYSTEM, and the tampering goes through a QPSQL connection.

#include "PgTestServer.h"
#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

bool onServer()
{
    return qEnvironmentVariable("JWKMAN_TEST_STORE_BACKEND") == QStringLiteral("postgresql");
}

jwktest::PgTestServer& pgServer()
{
    static jwktest::PgTestServer server = jwktest::PgTestServer::fromEnvironment();
    return server;
}

struct Run : jwktest::ProcessRun
{
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

#define VERIFY_EXIT(run, code)                                                                                         \
    do {                                                                                                               \
        const Run& r_ = (run);                                                                                         \
        QVERIFY2(r_.finished&& r_.exitCode == (code), qPrintable(r_.describe()));                                      \
    } while (false)

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void policyShowSetClear();
    void policyRefusals_data();
    void policyRefusals();
    void dueExactFields();
    void dueBoundariesDefaultWindow();
    void dueBoundariesWithin();
    void dueWithoutSigner();
    void dueLeavesOutTheTrash();
    void dueMalformed_data();
    void dueMalformed();
    void tamperedPolicy();
    void help();

private:
    Run cli(QStringList args) const
    {
        jwktest::ProcessOptions options;
        options.env.insert(QStringLiteral("JWKMAN_SECRET_BACKEND"), QStringLiteral("file"));
        options.env.remove(QStringLiteral("SECRETS_SYSTEM"));
        options.env.remove(QStringLiteral("JWKMAN_STORE"));
        if (onServer()) {
            // A team store: the password from PGPASSWORD, the team's secret from SECRETS_SYSTEM.
            options.env = pgServer().environment(options.env);
            options.env.insert(QStringLiteral("SECRETS_SYSTEM"), QStringLiteral("policy-test-team-secret-0123456789"));
        }
        options.waitMs = 60000;
        args << QStringLiteral("--store") << m_path;
        return Run{jwktest::runProcess(QStringLiteral(JWKMAN_CLI_PATH), args, options)};
    }
    // A set holding one generated ES256 key, with a rotation period; returns the signer's creation time.
    QDateTime signingSet(const QString& set, int days);
    QJsonObject dueAt(const QDateTime& at, const QStringList& more = {}, int expectedExit = -1);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    if (onServer()) {
        QVERIFY2(pgServer().ok(), qPrintable(pgServer().error));
        const QString db = pgServer().createDatabase(QStringLiteral("jwkman_policy"));
        QVERIFY2(!db.isEmpty(), qPrintable(pgServer().error));
        m_path = pgServer().storeUrl(db);
    }
}

void TestCliPolicy::cleanup()
{
    m_dir.reset();
}

QDateTime TestCliPolicy::signingSet(const QString& set, int days)
{
    const Run g = cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                       QStringLiteral("--kid"), set + QStringLiteral("-key"), QStringLiteral("--set"), set});
    if (g.exitCode != 0) {
        qWarning("%s", qPrintable(g.describe()));
        return {};
    }
    const Run p = cli({QStringLiteral("policy"), set, QStringLiteral("--rotate-every"), QString::number(days)});
    if (p.exitCode != 0) {
        qWarning("%s", qPrintable(p.describe()));
        return {};
    }
    // The creation time as due reports it (milliseconds included when there are any).
    const Run d = cli({QStringLiteral("due"), QStringLiteral("--at"), QStringLiteral("2000-01-01")});
    for (const auto& v : d.object().value(QStringLiteral("sets")).toArray()) {
        if (v.toObject().value(QStringLiteral("set")).toString() == set) {
            return QDateTime::fromString(v.toObject().value(QStringLiteral("signer_created")).toString(),
                                         Qt::ISODateWithMs);
        }
    }
    return {};
}

QJsonObject TestCliPolicy::dueAt(const QDateTime& at, const QStringList& more, int expectedExit)
{
    const Run r = cli(QStringList{QStringLiteral("due"), QStringLiteral("--at"), iso(at)} + more);
    if (!r.finished || (expectedExit >= 0 && r.exitCode != expectedExit)) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return r.object();
}

void TestCliPolicy::policyShowSetClear()
{
    const QString set = QStringLiteral("api");
    VERIFY_EXIT(cli({QStringLiteral("add-set"), set}), 0);
    Run r = cli({QStringLiteral("policy"), set});
    VERIFY_EXIT(r, 0);
    const QJsonObject none{{QStringLiteral("set"), set},
                           {QStringLiteral("rotate_every_days"), QJsonValue()},
                           {QStringLiteral("overlap_days"), QJsonValue()}};
    QCOMPARE(r.object(), none);

    r = cli({QStringLiteral("policy"), set, QStringLiteral("--rotate-every"), QStringLiteral("90"),
             QStringLiteral("--overlap"), QStringLiteral("7")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("set"), set},
                                      {QStringLiteral("rotate_every_days"), 90},
                                      {QStringLiteral("overlap_days"), 7}}));
    // An option not given stays as it was.
    r = cli({QStringLiteral("policy"), set, QStringLiteral("--overlap"), QStringLiteral("3")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.object().value(QStringLiteral("rotate_every_days")), QJsonValue(90));
    QCOMPARE(r.object().value(QStringLiteral("overlap_days")), QJsonValue(3));
    r = cli({QStringLiteral("policy"), set, QStringLiteral("--compact")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("{\"overlap_days\":3,\"rotate_every_days\":90,\"set\":\"api\"}\n"));

    r = cli({QStringLiteral("policy"), set, QStringLiteral("--clear")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.object(), none);
    QCOMPARE(cli({QStringLiteral("policy"), set}).object(), none);
}

void TestCliPolicy::policyRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("period 0") << QStringList{"--rotate-every", "0"} << 2 << "--rotate-every takes a whole number";
    QTest::newRow("period 3651") << QStringList{"--rotate-every", "3651"} << 2 << "from 1 to 3650";
    QTest::newRow("period words") << QStringList{"--rotate-every", "monthly"} << 2 << "not \"monthly\"";
    QTest::newRow("period fraction") << QStringList{"--rotate-every", "1.5"} << 2 << "whole number";
    QTest::newRow("overlap negative") << QStringList{"--overlap", "-1"} << 2 << "--overlap takes";
    QTest::newRow("overlap = period") << QStringList{"--rotate-every", "7", "--overlap", "7"} << 2 << "shorter";
    QTest::newRow("clear and set") << QStringList{"--clear", "--overlap", "1"} << 64 << "--clear";
    QTest::newRow("two sets") << QStringList{"other"} << 64 << "usage: jwkman-cli policy SET";
}

void TestCliPolicy::policyRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    VERIFY_EXIT(cli({QStringLiteral("add-set"), QStringLiteral("api")}), 0);
    const Run r = cli(QStringList{QStringLiteral("policy"), QStringLiteral("api")} + args);
    VERIFY_EXIT(r, exitCode);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("jwkman-cli: ") && r.err.contains(message.toUtf8()), qPrintable(r.describe()));
    // Nothing was kept.
    QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("api")}).object().value(QStringLiteral("rotate_every_days")),
             QJsonValue());
    // A set that does not exist.
    const Run missing =
        cli({QStringLiteral("policy"), QStringLiteral("nope"), QStringLiteral("--rotate-every"), QStringLiteral("30")});
    VERIFY_EXIT(missing, 2);
    QVERIFY2(missing.err.contains("no key set \"nope\""), qPrintable(missing.describe()));
}

void TestCliPolicy::dueExactFields()
{
    const QDateTime created = signingSet(QStringLiteral("api"), 30);
    QVERIFY(created.isValid());
    const Run r = cli({QStringLiteral("due"), QStringLiteral("--at"), QStringLiteral("2030-01-02T03:04:05+01:00")});
    VERIFY_EXIT(r, 3); // 2030 is long after a 30-day period of a key made today
    const QJsonObject o = r.object();
    QCOMPARE(keysOf(o), (QStringList{QStringLiteral("at"), QStringLiteral("sets")}));
    QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2030-01-02T02:04:05Z"));
    const QJsonArray sets = o.value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets.size(), 1);
    const QJsonObject e = sets.at(0).toObject();
    QCOMPARE(keysOf(e),
             (QStringList{QStringLiteral("due_at"), QStringLiteral("rotate_every_days"), QStringLiteral("set"),
                          QStringLiteral("signer"), QStringLiteral("signer_created"), QStringLiteral("status")}));
    QCOMPARE(e.value(QStringLiteral("set")).toString(), QStringLiteral("api"));
    QCOMPARE(e.value(QStringLiteral("signer")).toString(), QStringLiteral("api-key"));
    QCOMPARE(e.value(QStringLiteral("rotate_every_days")).toInt(), 30);
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
    const QDateTime due = QDateTime::fromString(e.value(QStringLiteral("due_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(due, created.addMSecs(30 * kDay));
    QVERIFY(e.value(QStringLiteral("due_at")).toString().endsWith(u'Z'));
    // The key was made today (a minute's slack for a slow machine).
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // Now: a fresh key is not due; exit 0.
    const Run now = cli({QStringLiteral("due")});
    VERIFY_EXIT(now, 0);
    QCOMPARE(now.object().value(QStringLiteral("sets")).toArray().at(0).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("ok")));
    // A set without a policy is not listed.
    VERIFY_EXIT(cli({QStringLiteral("generate"), QStringLiteral("--alg"), QStringLiteral("ES256"),
                     QStringLiteral("--set"), QStringLiteral("unplanned")}),
                0);
    QCOMPARE(cli({QStringLiteral("due")}).object().value(QStringLiteral("sets")).toArray().size(), 1);
}

void TestCliPolicy::dueBoundariesDefaultWindow()
{
    const QDateTime created = signingSet(QStringLiteral("api"), 30);
    QVERIFY(created.isValid());
    const QDateTime due = created.addMSecs(30 * kDay);
    const auto status = [&](const QDateTime& at, int exitCode) {
        const QJsonObject o = dueAt(at, {}, exitCode);
        return o.value(QStringLiteral("sets")).toArray().at(0).toObject().value(QStringLiteral("status")).toString();
    };
    // Due exactly at DATE: overdue. The default window of a 30-day period is its last tenth, 3 days.
    QCOMPARE(status(due, 3), QStringLiteral("overdue"));
    QCOMPARE(status(due.addMSecs(-1), 3), QStringLiteral("due-soon"));
    QCOMPARE(status(due.addMSecs(-3 * kDay), 3), QStringLiteral("due-soon"));
    QCOMPARE(status(due.addMSecs(-3 * kDay - 1), 0), QStringLiteral("ok"));
    QCOMPARE(dueAt(due, {}, 3).value(QStringLiteral("at")).toString(), iso(due).replace(QStringLiteral(".000Z"), "Z"));
}

void TestCliPolicy::dueBoundariesWithin()
{
    const QDateTime created = signingSet(QStringLiteral("api"), 90);
    QVERIFY(created.isValid());
    const QDateTime due = created.addMSecs(90 * kDay);
    const auto status = [&](const QDateTime& at, const QString& within, int exitCode) {
        const QJsonObject o = dueAt(at, {QStringLiteral("--within"), within}, exitCode);
        return o.value(QStringLiteral("sets")).toArray().at(0).toObject().value(QStringLiteral("status")).toString();
    };
    QCOMPARE(status(due.addMSecs(-5 * kDay), QStringLiteral("5"), 3), QStringLiteral("due-soon"));
    QCOMPARE(status(due.addMSecs(-5 * kDay - 1), QStringLiteral("5"), 0), QStringLiteral("ok"));
    QCOMPARE(status(due.addMSecs(-1), QStringLiteral("0"), 0), QStringLiteral("ok"));
    QCOMPARE(status(due, QStringLiteral("0"), 3), QStringLiteral("overdue"));
    // Default for 90 days: 9 days.
    QCOMPARE(dueAt(due.addMSecs(-9 * kDay), {}, 3)
                 .value(QStringLiteral("sets"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("due-soon"));
    QCOMPARE(dueAt(due.addMSecs(-9 * kDay - 1), {}, 0)
                 .value(QStringLiteral("sets"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ok"));
}

void TestCliPolicy::dueWithoutSigner()
{
    VERIFY_EXIT(cli({QStringLiteral("add-set"), QStringLiteral("empty")}), 0);
    VERIFY_EXIT(cli({QStringLiteral("policy"), QStringLiteral("empty"), QStringLiteral("--rotate-every"),
                     QStringLiteral("30")}),
                0);
    const Run r = cli({QStringLiteral("due"), QStringLiteral("--at"), QStringLiteral("2000-01-01")});
    VERIFY_EXIT(r, 3);
    const QJsonObject e = r.object().value(QStringLiteral("sets")).toArray().at(0).toObject();
    QCOMPARE(e, (QJsonObject{{QStringLiteral("set"), QStringLiteral("empty")},
                             {QStringLiteral("signer"), QJsonValue()},
                             {QStringLiteral("signer_created"), QJsonValue()},
                             {QStringLiteral("rotate_every_days"), 30},
                             {QStringLiteral("due_at"), QJsonValue()},
                             {QStringLiteral("status"), QStringLiteral("overdue")}}));
    QVERIFY2(r.err.contains("no private key"), qPrintable(r.describe()));
    // With nothing to rotate, there is nothing due.
    VERIFY_EXIT(cli({QStringLiteral("policy"), QStringLiteral("empty"), QStringLiteral("--clear")}), 0);
    const Run none = cli({QStringLiteral("due")});
    VERIFY_EXIT(none, 0);
    QCOMPARE(none.object().value(QStringLiteral("sets")).toArray(), QJsonArray());
}

void TestCliPolicy::dueLeavesOutTheTrash()
{
    VERIFY_EXIT(cli({QStringLiteral("add-set"), QStringLiteral("gone")}), 0);
    VERIFY_EXIT(
        cli({QStringLiteral("policy"), QStringLiteral("gone"), QStringLiteral("--rotate-every"), QStringLiteral("30")}),
        0);
    VERIFY_EXIT(cli({QStringLiteral("delete"), QStringLiteral("gone")}), 0);
    Run r = cli({QStringLiteral("due")});
    VERIFY_EXIT(r, 0);
    QCOMPARE(r.object().value(QStringLiteral("sets")).toArray().size(), 0);
    VERIFY_EXIT(cli({QStringLiteral("policy"), QStringLiteral("gone")}), 2);
    // Restored: its policy with it.
    VERIFY_EXIT(cli({QStringLiteral("restore"), QStringLiteral("gone")}), 0);
    r = cli({QStringLiteral("due")});
    VERIFY_EXIT(r, 3);
    QCOMPARE(r.object().value(QStringLiteral("sets")).toArray().size(), 1);
    // Purged: a new set of that name starts without one.
    VERIFY_EXIT(cli({QStringLiteral("delete"), QStringLiteral("gone")}), 0);
    VERIFY_EXIT(cli({QStringLiteral("empty-trash")}), 0);
    VERIFY_EXIT(cli({QStringLiteral("add-set"), QStringLiteral("gone")}), 0);
    QCOMPARE(
        cli({QStringLiteral("policy"), QStringLiteral("gone")}).object().value(QStringLiteral("rotate_every_days")),
        QJsonValue());
}

void TestCliPolicy::dueMalformed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << QStringList{"--at", "tomorrow"} << 2 << "--at takes an ISO 8601 date";
    QTest::newRow("month 13") << QStringList{"--at", "2025-13-01"} << 2 << "not \"2025-13-01\"";
    QTest::newRow("space") << QStringList{"--at", "2025-06-30 12:00"} << 2 << "ISO 8601";
    QTest::newRow("empty") << QStringList{"--at", ""} << 2 << "ISO 8601";
    QTest::newRow("within negative") << QStringList{"--within", "-1"} << 2 << "--within takes a whole number";
    QTest::newRow("within words") << QStringList{"--within", "soon"} << 2 << "not \"soon\"";
    QTest::newRow("within too long") << QStringList{"--within", "3651"} << 2 << "from 0 to 3650";
    QTest::newRow("argument") << QStringList{"api"} << 64 << "usage: jwkman-cli due";
}

void TestCliPolicy::dueMalformed()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = cli(QStringList{QStringLiteral("due")} + args);
    VERIFY_EXIT(r, exitCode);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith("jwkman-cli: ") && r.err.count('\n') == 1 && r.err.contains(message.toUtf8()),
             qPrintable(r.describe()));
}

void TestCliPolicy::tamperedPolicy()
{
    QVERIFY(signingSet(QStringLiteral("api"), 30).isValid());
    // The period lengthened in the file, without the secret: a key that is due would look fine.
    const QString connection = QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db;
        if (onServer()) {
            db = pgServer().connect(m_path.section(QLatin1Char('/'), -1), connection);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_path);
        }
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE jwk_policies SET rotate_every_days = 3650")));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    for (const QStringList& args : {QStringList{QStringLiteral("due")}, QStringList{QStringLiteral("policy"), "api"}}) {
        const Run r = cli(args);
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("rotation policy of key set \"api\" was changed without the system secret") &&
                     r.err.contains("--clear"),
                 qPrintable(r.describe()));
    }
    // Cleared and set again, it is trusted again.
    VERIFY_EXIT(cli({QStringLiteral("policy"), QStringLiteral("api"), QStringLiteral("--clear")}), 0);
    VERIFY_EXIT(
        cli({QStringLiteral("policy"), QStringLiteral("api"), QStringLiteral("--rotate-every"), QStringLiteral("30")}),
        0);
    VERIFY_EXIT(cli({QStringLiteral("due")}), 0);
}

void TestCliPolicy::help()
{
    for (const QString& command : {QStringLiteral("policy"), QStringLiteral("due")}) {
        const Run r = cli({command, QStringLiteral("--help")});
        VERIFY_EXIT(r, 0);
        QVERIFY(r.out.contains(QStringLiteral("jwkman-cli %1").arg(command).toUtf8()));
    }
    const Run due = cli({QStringLiteral("due"), QStringLiteral("--help")});
    // The documented choices: exact boundary, default window, no signer, exit codes.
    for (const char* phrase : {"due exactly at", "14 days or a tenth", "no known signer", "Exit 3"}) {
        QVERIFY2(due.out.simplified().contains(phrase), phrase);
    }
    QVERIFY(cli({QStringLiteral("sets"), QStringLiteral("--help")}).exitCode == 0);
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_cli_policy.moc"
