// HydraDsn: Ory Hydra's DSN syntax as jwkman reads it. PostgreSQL under its three schemes, Hydra's pool parameters
// ignored, libpq's passed on (quoted for the driver), search_path as a server option, SQLite paths, in-memory
// databases refused, and the password used but never in describe() or an error message.

#include "hydradb/HydraDbError.h"
#include "hydradb/HydraDsn.h"

#include <QtTest>

using namespace jwk;

class TestHydraDsn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgres_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("described");
        QTest::addColumn<QString>("options");
        QTest::newRow("postgres") << QStringLiteral(
                                         "postgres://hydra:s3cr%40t@db.example:5433/hydra?sslmode=verify-full"
                                         "&sslrootcert=/etc/ca.pem&max_conns=20&max_idle_conns=4")
                                  << QStringLiteral("postgres://hydra@db.example:5433/hydra?sslmode=verify-full&"
                                                    "sslrootcert=/etc/ca.pem")
                                  << QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ca.pem'");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://hydra@localhost/hydra")
                                    << QStringLiteral("postgresql://hydra@localhost/hydra") << QString();
        QTest::newRow("cockroach") << QStringLiteral("cockroach://root@crdb:26257/defaultdb?sslmode=disable&"
                                                     "max_conn_lifetime=1h&search_path=hydra")
                                   << QStringLiteral("cockroach://root@crdb:26257/defaultdb?sslmode=disable&"
                                                     "search_path=hydra")
                                   << QStringLiteral("sslmode='disable';options='-c search_path=hydra'");
    }
    void postgres()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, described);
        QFETCH(QString, options);
        const HydraDsn d = HydraDsn::parse(dsn);
        QCOMPARE(d.kind(), HydraDsn::Kind::PostgreSQL);
        QCOMPARE(d.driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(d.describe(), described);
        QCOMPARE(d.connectOptions(), options);
        QVERIFY(d.ignoredParameters().isEmpty());
    }

    void passwordNeverShown()
    {
        const HydraDsn d = HydraDsn::parse(QStringLiteral("postgres://hydra:p%40ss%2Fw0rd@db/hydra?foo=1"));
        QCOMPARE(d.password(), QStringLiteral("p@ss/w0rd"));
        QVERIFY(!d.describe().contains(QStringLiteral("p@ss")));
        QVERIFY(!d.describe().contains(QStringLiteral("p%40ss")));
        QCOMPARE(d.scrub(QStringLiteral("x p@ss/w0rd y p%40ss%2Fw0rd")), QStringLiteral("x *** y ***"));
        QCOMPARE(d.ignoredParameters(), QStringList{QStringLiteral("foo")});
        // A malformed URL: the message does not quote it.
        try {
            HydraDsn::parse(QStringLiteral("postgres://hydra:Secret-PW@db:notaport/hydra"));
            QFAIL("a malformed DSN was accepted");
        } catch (const HydraDbError& e) {
            QVERIFY2(!e.message().contains(QStringLiteral("Secret-PW")), qPrintable(e.message()));
        }
        // A value the driver cannot pass.
        QVERIFY_THROWS_EXCEPTION(HydraDbError, HydraDsn::parse(QStringLiteral("postgres://h@db/x?sslrootcert=a%3Bb")));
    }

    void sqlite()
    {
        const HydraDsn d = HydraDsn::parse(QStringLiteral("sqlite:///var/lib/hydra/db.sqlite?_fk=true"));
        QCOMPARE(d.kind(), HydraDsn::Kind::SQLite);
        QCOMPARE(d.databaseName(), QStringLiteral("/var/lib/hydra/db.sqlite"));
        QCOMPARE(d.describe(), QStringLiteral("sqlite:///var/lib/hydra/db.sqlite"));
        QCOMPARE(d.shortName(), QStringLiteral("db"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("sqlite memory") << QStringLiteral("sqlite://file::memory:?_fk=true");
        QTest::newRow("sqlite mode=memory") << QStringLiteral("sqlite://file:x?mode=memory&cache=shared");
        QTest::newRow("mysql") << QStringLiteral("mysql://root:secret@tcp(mysqld:3306)/mysql?parseTime=true");
        QTest::newRow("no scheme") << QStringLiteral("/var/lib/hydra.sqlite");
        QTest::newRow("no database") << QStringLiteral("postgres://hydra@db:5432/");
        QTest::newRow("empty") << QString();
    }
    void refused()
    {
        QFETCH(QString, dsn);
        QVERIFY_THROWS_EXCEPTION(HydraDbError, HydraDsn::parse(dsn));
    }
};

QTEST_GUILESS_MAIN(TestHydraDsn)
#include "tst_hydradsn.moc"
