#pragma once
// JSON written the way the project prints it: 4-space indentation or compact, object members in a readable order
// (kty, use, key_ops, alg, kid, crv, key members, private members, x5*, then the rest by name), secrets written
// straight from wiped-on-free buffers into a SecureBytes, never through a QString or QJsonDocument.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace jwk {

enum class JsonFormat { Indented, Compact };

// One member of an object being written, either a plain JSON value or a secret to base64url-encode.
struct JsonOutMember
{
    QString name;
    QJsonValue value;
    const SecureBytes* secret = nullptr;
};

// Whether member `a` is written before member `b` (the readable order above).
bool memberBefore(const QString& a, const QString& b);
// Writes {members} in the readable order; secrets are base64url-encoded into `out` directly.
void writeObjectMembers(SecureBytes& out, std::vector<JsonOutMember> members, JsonFormat format, int indent);
void writeJsonValue(SecureBytes& out, const QJsonValue& value, JsonFormat format, int indent = 0);
QByteArray toJsonBytes(const QJsonValue& value, JsonFormat format);

} // namespace jwk
