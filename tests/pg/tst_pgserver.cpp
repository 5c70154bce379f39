// The PostgreSQL test server (ctest fixture "pg") as the store and hydra-db tests use it.

#include "PgTestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using jwktest::PgTestServer;

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersThroughQpsql()
    {
        PgTestServer server = PgTestServer::fromEnvironment();
        QVERIFY2(server.ok(), qPrintable(server.error));
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver (libqt6sql6-psql)");
        const QString db = server.createDatabase(QStringLiteral("pgserver"));
        QVERIFY2(!db.isEmpty(), qPrintable(server.error));
        {
            QSqlDatabase d = server.connect(db, QStringLiteral("answers"));
            QVERIFY2(d.isOpen(), qPrintable(d.lastError().text()));
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("SELECT current_database(), current_user, inet_server_addr()::text")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), db);
            QCOMPARE(q.value(1).toString(), server.user);
            QCOMPARE(q.value(2).toString(), QStringLiteral("127.0.0.1/32"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("answers"));
    }

    void refusesAWrongPassword()
    {
        PgTestServer server = PgTestServer::fromEnvironment();
        QVERIFY2(server.ok(), qPrintable(server.error));
        server.password = QStringLiteral("not-") + server.password;
        {
            QSqlDatabase d = server.connect(QStringLiteral("postgres"), QStringLiteral("wrong"));
            QVERIFY(!d.isOpen());
            QVERIFY2(d.lastError().text().contains(QStringLiteral("password authentication failed")),
                     qPrintable(d.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
