#include "keys/JsonTopLevel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace jwk {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const char* data, qsizetype n, qsizetype i)
{
    while (i < n && isSpace(data[i])) {
        ++i;
    }
    return i;
}

// The index after the quote that closes the string opening at `open`, or -1.
qsizetype stringEnd(const char* data, qsizetype n, qsizetype open)
{
    for (qsizetype i = open + 1; i < n;) {
        const char* hit = static_cast<const char*>(std::memchr(data + i, '"', static_cast<std::size_t>(n - i)));
        if (!hit) {
            return -1;
        }
        const qsizetype q = hit - data;
        qsizetype backslashes = 0;
        while (q - 1 - backslashes > open && data[q - 1 - backslashes] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return q + 1;
        }
        i = q + 1;
    }
    return -1;
}

// The index after the value starting at `i`, or -1: an object or array to its matching bracket (strings skipped,
// counted without recursion, so nesting costs nothing here), anything else to the next delimiter. Whether the value
// is valid JSON is for QJsonDocument to say.
qsizetype valueEnd(const char* data, qsizetype n, qsizetype i)
{
    if (i >= n) {
        return -1;
    }
    if (data[i] == '"') {
        return stringEnd(data, n, i);
    }
    if (data[i] != '{' && data[i] != '[') {
        while (i < n && !isSpace(data[i]) && data[i] != ',' && data[i] != '}' && data[i] != ']') {
            ++i;
        }
        return i;
    }
    qsizetype depth = 0;
    while (i < n) {
        const char c = data[i];
        if (c == '"') {
            i = stringEnd(data, n, i);
            if (i < 0) {
                return -1;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                return i + 1;
            }
        }
        ++i;
    }
    return -1;
}

// A value on its own, wrapped in an array so that strings, numbers and literals parse too.
bool parseValue(const char* data, qsizetype begin, qsizetype end, QJsonValue* value, QJsonParseError* error)
{
    QByteArray wrapped;
    wrapped.reserve(end - begin + 2);
    wrapped.append('[').append(data + begin, end - begin).append(']');
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            *error = e;
            error->offset = begin + std::max<int>(0, e.offset - 1);
        }
        return false;
    }
    *value = doc.array().at(0);
    return true;
}

} // namespace

bool JsonTopLevel::fallback(QJsonParseError* error) const
{
    QJsonParseError e{};
    QJsonDocument::fromJson(*m_json, &e);
    if (e.error == QJsonParseError::NoError) {
        // Valid JSON the scanner did not expect (it takes every valid object): not an object at the top.
        e.error = QJsonParseError::IllegalValue;
        e.offset = 0;
    }
    *error = e;
    return false;
}

bool JsonTopLevel::dropEarlierArray(QJsonParseError* error)
{
    // The text must be JSON throughout, also where a later member of the same name replaces an earlier one.
    for (qsizetype k = 0; k < m_elements.size(); ++k) {
        QJsonValue ignored;
        if (!arrayElement(k, &ignored, error)) {
            return false;
        }
    }
    m_hasArray = false;
    m_elements.clear();
    return true;
}

bool JsonTopLevel::read(const QByteArray& json, const QString& arrayMember, QJsonParseError* error)
{
    m_json = &json;
    m_members = QJsonObject();
    m_hasArray = false;
    m_elements.clear();
    const char* data = json.constData();
    const qsizetype n = json.size();
    qsizetype i = skipSpace(data, n, 0);
    if (i >= n || data[i] != '{') {
        return fallback(error);
    }
    i = skipSpace(data, n, i + 1);
    if (i < n && data[i] == '}') {
        return skipSpace(data, n, i + 1) == n ? true : fallback(error);
    }
    while (true) {
        if (i >= n || data[i] != '"') {
            return fallback(error);
        }
        const qsizetype nameEnd = stringEnd(data, n, i);
        QJsonValue name;
        if (nameEnd < 0 || !parseValue(data, i, nameEnd, &name, nullptr) || !name.isString()) {
            return fallback(error);
        }
        i = skipSpace(data, n, nameEnd);
        if (i >= n || data[i] != ':') {
            return fallback(error);
        }
        i = skipSpace(data, n, i + 1);
        const qsizetype end = valueEnd(data, n, i);
        if (end < 0) {
            return fallback(error);
        }
        if (name.toString() == arrayMember && !dropEarlierArray(error)) {
            return false;
        }
        if (name.toString() == arrayMember && data[i] == '[' && data[end - 1] == ']') {
            // The elements' extents; each is parsed when asked for. A later member of the same name wins, as in
            // QJsonDocument (and a JWK Set naming it twice is refused by its reader anyway).
            m_members.remove(arrayMember);
            m_hasArray = true;
            m_elements.clear();
            qsizetype j = skipSpace(data, n, i + 1);
            if (j < end - 1) {
                while (true) {
                    const qsizetype elementEnd = valueEnd(data, end - 1, j);
                    if (elementEnd < 0 || elementEnd == j) {
                        return fallback(error);
                    }
                    m_elements.append({j, elementEnd});
                    j = skipSpace(data, end - 1, elementEnd);
                    if (j == end - 1) {
                        break;
                    }
                    if (data[j] != ',') {
                        return fallback(error);
                    }
                    j = skipSpace(data, end - 1, j + 1);
                }
            }
        } else {
            QJsonValue value;
            if (!parseValue(data, i, end, &value, nullptr)) {
                return fallback(error);
            }
            m_members.insert(name.toString(), value);
        }
        i = skipSpace(data, n, end);
        if (i < n && data[i] == ',') {
            i = skipSpace(data, n, i + 1);
            continue;
        }
        if (i < n && data[i] == '}') {
            return skipSpace(data, n, i + 1) == n ? true : fallback(error);
        }
        return fallback(error);
    }
}

bool JsonTopLevel::tryArrayElement(qsizetype i, QJsonValue* value) const
{
    const auto [begin, end] = m_elements.at(i);
    QJsonParseError error{};
    return parseValue(m_json->constData(), begin, end, value, &error);
}

bool JsonTopLevel::arrayElement(qsizetype i, QJsonValue* value, QJsonParseError* error) const
{
    const auto [begin, end] = m_elements.at(i);
    if (parseValue(m_json->constData(), begin, end, value, error)) {
        return true;
    }
    // QJsonDocument's own words and offset for the whole text.
    return fallback(error);
}

} // namespace jwk
