#pragma once
// Helpers shared by the store tests: the environment every store test runs in (JWKMAN_SECRET_BACKEND=file, no
// SECRETS_SYSTEM, no JWKMAN_STORE), running python3 (Debian's, which sees python3-cryptography) and other
// programs, reading files whole, and keys to store.

#include "ProcessRun.h"
#include "keys/JsonWebKey.h"
#include "keys/KeyGenerator.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
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
