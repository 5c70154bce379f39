#pragma once
// The throw-away PostgreSQL server of the ctest fixture "pg" (tests/pg/pg-server.sh), as a test sees it: where it
// listens, its superuser and password, and a fresh database of its own for each test that asks.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace jwktest {

struct PgTestServer
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString dir; // data directory and Unix socket
    QString bin; // initdb, pg_ctl, psql...
    QString error;

    bool ok() const { return port > 0 && error.isEmpty(); }

    // Reads the file named by JWKMAN_TEST_PG_ENV (set by jwkman_pg_test in tests/pg/CMakeLists.txt).
    static PgTestServer fromEnvironment()
    {
        PgTestServer s;
        const QString path = qEnvironmentVariable("JWKMAN_TEST_PG_ENV");
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            s.error = QStringLiteral("no PostgreSQL test server: JWKMAN_TEST_PG_ENV=\"%1\" cannot be read; run this "
                                     "test through ctest (fixture pg) or tests/pg/pg-server.sh start FILE")
                          .arg(path);
            return s;
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray key = line.left(eq);
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == "PGHOST")
                s.host = value;
            else if (key == "PGPORT")
                s.port = value.toInt();
            else if (key == "PGUSER")
                s.user = value;
            else if (key == "JWKMAN_TEST_PGPASSWORD")
                s.password = value;
            else if (key == "JWKMAN_TEST_PGDIR")
                s.dir = value;
            else if (key == "PGBIN")
                s.bin = value;
        }
        if (s.port <= 0 || s.user.isEmpty())
            s.error = QStringLiteral("%1 does not name a PostgreSQL server").arg(path);
        return s;
    }

    // An environment for a child process (jwkman-cli, psql) that reaches the server with the password in PGPASSWORD.
    QProcessEnvironment environment(QProcessEnvironment env = QProcessEnvironment::systemEnvironment()) const
    {
        env.insert(QStringLiteral("PGHOST"), host);
        env.insert(QStringLiteral("PGPORT"), QString::number(port));
        env.insert(QStringLiteral("PGUSER"), user);
        env.insert(QStringLiteral("PGPASSWORD"), password);
        return env;
    }

    // A connection as the superuser to database `db` under the connection name `connection`.
    QSqlDatabase connect(const QString& db, const QString& connection) const
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        d.setHostName(host);
        d.setPort(port);
        d.setUserName(user);
        d.setPassword(password);
        d.setDatabaseName(db);
        d.open();
        return d;
    }

    // Creates an empty database with a unique name (prefix_<random>) and returns its name, or an empty string with
    // `error` set.
    QString createDatabase(const QString& prefix)
    {
        const QString name = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
        const QString connection = QStringLiteral("pgtest-admin-") + name;
        {
            QSqlDatabase admin = connect(QStringLiteral("postgres"), connection);
            if (!admin.isOpen()) {
                error = admin.lastError().text();
                return {};
            }
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name))) {
                error = q.lastError().text();
                return {};
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return name;
    }

    // The URL jwkman takes for a store on this server (the password is never in it).
    QString storeUrl(const QString& db) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(db);
    }
};

} // namespace jwktest
