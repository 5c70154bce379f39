#pragma once
// Helpers shared by the store tests: the environment every store test runs in (JWKMAN_SECRET_BACKEND=file, no
// SECRETS_SYSTEM, no JWKMAN_STORE), running python3 (Debian's, which sees python3-cryptography) and other
// programs, reading files whole, and keys to store.

#include "PgTestServer.h"
#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <optional>

#include <sys/stat.h>

namespace storetest {

// Debian's python3: the first python3 on PATH cannot see Debian's packages (python3-cryptography).
inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

// The environment of every store test: the secret lives in a file (QtKeychain is never asked).
inline void setUpEnvironment()
{
    qputenv("JWKMAN_SECRET_BACKEND", "file");
    qunsetenv("SECRETS_SYSTEM");
    qunsetenv("JWKMAN_STORE");
}

using Run = jwktest::ProcessRun;

// --- both back ends: every store suite runs once on SQLite files and once (registered again as <suite>_pg under the
// ctest fixture "pg", tests/store/CMakeLists.txt) with JWKMAN_TEST_STORE_BACKEND=postgresql, where each fresh store is
// a fresh database on the fixture's PostgreSQL server.

inline bool onServer()
{
    return qEnvironmentVariable("JWKMAN_TEST_STORE_BACKEND") == QStringLiteral("postgresql");
}

inline jwktest::PgTestServer& pgServer()
{
    static jwktest::PgTestServer server = [] {
        jwktest::PgTestServer s = jwktest::PgTestServer::fromEnvironment();
        if (s.ok()) {
            // jwkman (and every jwkman-cli a test starts) finds the password where libpq looks: never in the URL.
            qputenv("PGPASSWORD", s.password.toUtf8());
        }
        return s;
    }();
    return server;
}

// A location for a new store: the file `name` in `dir`, or on the server a new empty database.
inline QString freshStoreLocation(const QTemporaryDir& dir, const QString& name = QStringLiteral("store.sqlite"))
{
    if (!onServer()) {
        return dir.filePath(name);
    }
    jwktest::PgTestServer& server = pgServer();
    if (!server.ok()) {
        qFatal("%s", qPrintable(server.error));
    }
    const QString db = server.createDatabase(QStringLiteral("jwkman_test"));
    if (db.isEmpty()) {
        qFatal("cannot create a test database: %s", qPrintable(server.error));
    }
    return server.storeUrl(db);
}

// A plain QtSql connection to a store (file or server database) beside KeyStore: to look at and tamper with rows.
class RawStoreDb
{
public:
    explicit RawStoreDb(const QString& location)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        if (jwk::ServerLocation::isServerUrl(location)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            jwk::ServerLocation::parse(location).configure(db, pgServer().password);
            m_ok = db.open();
            m_server = true;
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(location);
            m_ok = db.open();
            if (m_ok) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            }
        }
    }
    ~RawStoreDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawStoreDb(const RawStoreDb&) = delete;
    RawStoreDb& operator=(const RawStoreDb&) = delete;
    bool ok() const { return m_ok; }
    bool server() const { return m_server; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const auto& b : binds) {
            q.addBindValue(b);
        }
        if (!q.exec() || !q.next()) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }
    bool exec(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db());
        bool done = false;
        if (binds.isEmpty()) {
            done = q.exec(sql); // not every statement can be prepared on PostgreSQL (CHECKPOINT, LOCK)
        } else {
            q.prepare(sql);
            for (const auto& b : binds) {
                q.addBindValue(b);
            }
            done = q.exec();
        }
        if (!done) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    // The store's schema version: PRAGMA user_version, or the server's jwk_meta row.
    int schemaVersion() const
    {
        return m_server ? scalar(QStringLiteral("SELECT value FROM jwk_meta WHERE name = 'schema_version'")).toInt()
                        : scalar(QStringLiteral("PRAGMA user_version")).toInt();
    }
    bool setSchemaVersion(int version) const
    {
        return m_server ? exec(QStringLiteral("UPDATE jwk_meta SET value = ? WHERE name = 'schema_version'"),
                               {QString::number(version)})
                        : exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    bool hasTable(const QString& table) const
    {
        return m_server ? scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                                "current_schema() AND table_name = ?"),
                                 {table})
                                  .toInt() == 1
                        : scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                 {table})
                                  .toInt() == 1;
    }

private:
    QString m_name;
    bool m_ok = false;
    bool m_server = false;
};

inline Run runProgram(const QString& program, const QStringList& args, const QByteArray& input = {}, int waitMs = 60000,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    jwktest::ProcessOptions options;
    options.input = input;
    options.waitMs = waitMs;
    options.env = env;
    return jwktest::runProcess(program, args, options);
}

// Runs a python3 script (-c) with arguments; stdout on success, nullopt (with a warning) on failure.
inline std::optional<QByteArray> runPython(const char* script, const QStringList& args, const QByteArray& input = {})
{
    QStringList all{QStringLiteral("-c"), QString::fromLatin1(script)};
    all << args;
    const Run r = runProgram(python(), all, input);
    if (!r.finished || r.exitCode != 0) {
        qWarning("python3 failed: %s", qPrintable(r.describe()));
        return std::nullopt;
    }
    return r.out;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& data)
{
    // Owner-only, as a secret file or store must be (others' access is refused).
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The permission bits of a file (st_mode & 07777), -1 when it does not exist.
inline int fileMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

inline QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

inline QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QByteArray bytes(const jwk::SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

inline jwk::SystemSecret secrets(const QByteArray& value)
{
    return jwk::SystemSecret::fromEnvironmentValue(value);
}

inline jwk::JsonWebKey generate(const QString& alg, int bits = 0, const QString& kid = QString())
{
    jwk::GenerateOptions options;
    options.alg = alg;
    options.bits = bits;
    options.kid = kid;
    return jwk::generateKey(options);
}

// Runs `f` and returns the StoreError it throws (nullopt when it throws none).
inline std::optional<jwk::StoreError> storeErrorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const jwk::StoreError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace storetest
