#pragma once
// Helpers shared by the core unit tests: reading the test data (tests/data) in place, an encoder independent of the
// core (QByteArray's own base64url), and catching JwkError to look at its message.

#include "keys/JwkError.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtTest>

#include <optional>

namespace jwktest {

inline QString vectorsDir()
{
    return QStringLiteral(JWKMAN_TEST_DATA_DIR);
}

inline QByteArray readVector(const QString& relative)
{
    QFile file(vectorsDir() + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test vector %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

inline QJsonDocument vectorDocument(const QString& relative)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(readVector(relative), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("test vector %s is not JSON: %s", qPrintable(relative), qPrintable(error.errorString()));
    }
    return doc;
}

inline QJsonObject vectorObject(const QString& relative)
{
    return vectorDocument(relative).object();
}

// rfc/expected.json: [{file, kty, crv, expected_thumbprint_sha256 (string or list), notes}]
inline QJsonArray rfcExpected()
{
    return vectorDocument(QStringLiteral("rfc/expected.json")).array();
}

// The single-key files of rfc/expected.json (not the JWK Sets).
inline QStringList rfcKeyFiles()
{
    QStringList files;
    for (const auto& entry : rfcExpected()) {
        const auto o = entry.toObject();
        if (o.value(QStringLiteral("expected_thumbprint_sha256")).isString()) {
            files << o.value(QStringLiteral("file")).toString();
        }
    }
    return files;
}

// base64url without padding, by Qt (not by the code under test).
inline QString b64u(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QByteArray unb64u(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

inline QByteArray bytes(const jwk::SecureBytes& s)
{
    return QByteArray(s.constChars(), static_cast<qsizetype>(s.size()));
}

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// o with `set` members inserted (replacing) and `remove` members removed.
inline QJsonObject edited(QJsonObject o, const QJsonObject& set, const QStringList& remove = {})
{
    for (const auto& name : remove) {
        o.remove(name);
    }
    for (auto it = set.begin(); it != set.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

template<typename F>
std::optional<jwk::JwkError> catchJwkError(F&& f)
{
    try {
        f();
    } catch (const jwk::JwkError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace jwktest
