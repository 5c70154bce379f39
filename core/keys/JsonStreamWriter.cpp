#include "keys/JsonStreamWriter.h"

namespace jwk {

JsonStreamWriter::JsonStreamWriter(JsonFormat format, Sink sink)
    : m_format(format)
    , m_sink(std::move(sink))
{
}

void JsonStreamWriter::newline(int indent)
{
    if (m_format == JsonFormat::Indented) {
        m_out.append('\n');
        for (int i = 0; i < indent; ++i) {
            m_out.append("    ", 4);
        }
    }
}

void JsonStreamWriter::beginValue()
{
    if (m_named) {
        m_named = false; // a member's value: its name is written already
        return;
    }
    if (m_levels.empty()) {
        return; // the document itself
    }
    Level& level = m_levels.back();
    if (!level.empty) {
        m_out.append(',');
    }
    level.empty = false;
    newline(depth());
}

void JsonStreamWriter::member(const QString& name)
{
    Level& level = m_levels.back();
    if (!level.empty) {
        m_out.append(',');
    }
    level.empty = false;
    newline(depth());
    writeJsonValue(m_out, QJsonValue(name), m_format, depth());
    if (m_format == JsonFormat::Indented) {
        m_out.append(": ", 2);
    } else {
        m_out.append(':');
    }
    m_named = true;
}

void JsonStreamWriter::begin(bool object)
{
    beginValue();
    m_out.append(object ? '{' : '[');
    m_levels.push_back({object, true});
}

void JsonStreamWriter::beginObject()
{
    begin(true);
}

void JsonStreamWriter::beginArray()
{
    begin(false);
}

void JsonStreamWriter::end()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty) {
        newline(depth());
    }
    m_out.append(level.object ? '}' : ']');
    flushIfFull();
}

void JsonStreamWriter::value(const QJsonValue& v)
{
    beginValue();
    writeJsonValue(m_out, v, m_format, depth());
    flushIfFull();
}

void JsonStreamWriter::flushIfFull()
{
    if (m_out.size() >= 64 * 1024) {
        m_sink(m_out);
        m_out = SecureBytes();
    }
}

void JsonStreamWriter::finish(QByteArrayView tail)
{
    m_out.append(tail.data(), static_cast<std::size_t>(tail.size()));
    m_sink(m_out);
    m_out = SecureBytes();
}

} // namespace jwk
