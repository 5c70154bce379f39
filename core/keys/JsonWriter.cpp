#include "keys/JsonWriter.h"

#include "keys/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace jwk {
namespace {

int memberRank(const QString& name)
{
    static const QStringList order = {QStringLiteral("kty"), QStringLiteral("use"), QStringLiteral("key_ops"),
                                      QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("crv"),
                                      QStringLiteral("x"),   QStringLiteral("y"),   QStringLiteral("n"),
                                      QStringLiteral("e"),   QStringLiteral("k"),   QStringLiteral("d"),
                                      QStringLiteral("p"),   QStringLiteral("q"),   QStringLiteral("dp"),
                                      QStringLiteral("dq"),  QStringLiteral("qi"),  QStringLiteral("x5u"),
                                      QStringLiteral("x5c"), QStringLiteral("x5t"), QStringLiteral("x5t#S256")};
    const auto i = order.indexOf(name);
    return i < 0 ? static_cast<int>(order.size()) : static_cast<int>(i);
}

void writeString(SecureBytes& out, QStringView s)
{
    out.append('"');
    // Most strings (base64url members, kid, alg) are printable ASCII without quotes or backslashes: copied as they
    // are, without a UTF-8 conversion.
    const bool plain = std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
    if (plain) {
        const auto old = out.size();
        out.resize(old + static_cast<std::size_t>(s.size()));
        auto* dst = out.data() + old;
        for (const QChar c : s) {
            *dst++ = static_cast<unsigned char>(c.unicode());
        }
        out.append('"');
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf, 6);
            } else {
                out.append(static_cast<char>(c));
            }
        }
    }
    out.append('"');
}

void newline(SecureBytes& out, JsonFormat format, int indent)
{
    if (format == JsonFormat::Indented) {
        out.append('\n');
        for (int i = 0; i < indent; ++i) {
            out.append("    ", 4);
        }
    }
}

} // namespace

bool memberBefore(const QString& a, const QString& b)
{
    const int ra = memberRank(a), rb = memberRank(b);
    return ra != rb ? ra < rb : a < b;
}

void writeObjectMembers(SecureBytes& out, std::vector<JsonOutMember> members, JsonFormat format, int indent)
{
    // Sorted only when not in order already (a caller that lists its members in this order, as `keys SET` does for
    // each of 100,000 keys, pays one rank per member and no sort).
    const auto before = [](const JsonOutMember& a, const JsonOutMember& b) { return memberBefore(a.name, b.name); };
    int previousRank = -1;
    const QString* previousName = nullptr;
    bool ordered = true;
    for (const auto& m : members) {
        const int rank = memberRank(m.name);
        if (rank < previousRank || (rank == previousRank && m.name < *previousName)) {
            ordered = false;
            break;
        }
        previousRank = rank;
        previousName = &m.name;
    }
    if (!ordered) {
        std::stable_sort(members.begin(), members.end(), before);
    }
    out.append('{');
    bool first = true;
    for (const auto& m : members) {
        if (!first) {
            out.append(',');
        }
        first = false;
        newline(out, format, indent + 1);
        writeString(out, m.name);
        out.append(format == JsonFormat::Indented ? ": " : ":", format == JsonFormat::Indented ? 2 : 1);
        if (m.secret) {
            out.append('"');
            base64url::encodeTo(out, m.secret->data(), m.secret->size());
            out.append('"');
        } else {
            writeJsonValue(out, m.value, format, indent + 1);
        }
    }
    if (!members.empty()) {
        newline(out, format, indent);
    }
    out.append('}');
}

void writeJsonValue(SecureBytes& out, const QJsonValue& value, JsonFormat format, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        break;
    case QJsonValue::Bool:
        value.toBool() ? out.append("true", 4) : out.append("false", 5);
        break;
    case QJsonValue::Double: {
        // Let Qt format numbers exactly as QJsonDocument does.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append(text.constData() + 1, static_cast<std::size_t>(text.size() - 2));
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i) {
                out.append(',');
            }
            newline(out, format, indent + 1);
            writeJsonValue(out, array.at(i), format, indent + 1);
        }
        if (!array.isEmpty()) {
            newline(out, format, indent);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::vector<JsonOutMember> members;
        for (auto it = object.begin(); it != object.end(); ++it) {
            members.push_back({it.key(), it.value(), nullptr});
        }
        writeObjectMembers(out, std::move(members), format, indent);
        break;
    }
    }
}

QByteArray toJsonBytes(const QJsonValue& value, JsonFormat format)
{
    SecureBytes out;
    writeJsonValue(out, value, format);
    return QByteArray(out.constChars(), static_cast<qsizetype>(out.size()));
}

} // namespace jwk
