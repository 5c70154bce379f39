#pragma once
// A JSON document written as it is made, value by value: byte for byte what writeJsonValue writes for the whole
// document, so that a listing of 100,000 keys or a pull report of 100,000 changes is never held as one document (nor
// as one QJsonValue tree and its text). The text goes to the sink in blocks of about 64 KiB.
//
//     JsonStreamWriter out(JsonFormat::Indented, sink);
//     out.beginObject();
//     out.member(QStringLiteral("sets"));
//     out.beginArray();
//     out.value(QJsonObject{...});
//     out.end();
//     out.end();
//     out.finish();
//
// writeJsonValue writes an object's members in its order (kty, use, key_ops, alg, kid, crv, key members, ..., then the
// rest by name); a caller of member() names them in that order itself.

#include "keys/JsonWriter.h"
#include "keys/SecureBytes.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace jwk {

class JsonStreamWriter
{
public:
    // Takes each block written; may throw (the writer is then to be dropped).
    using Sink = std::function<void(const SecureBytes& block)>;
    JsonStreamWriter(JsonFormat format, Sink sink);

    void beginObject();
    void beginArray();
    void end(); // closes the innermost object or array

    // The next member of the innermost object: its name, then its value (value(), valueWith(), beginObject() or
    // beginArray()).
    void member(const QString& name);
    void member(const QString& name, const QJsonValue& v)
    {
        member(name);
        value(v);
    }

    void value(const QJsonValue& v);
    // A value written by `write` into the buffer at the current indentation, e.g. a key's members.
    template<typename Write>
    void valueWith(Write&& write)
    {
        beginValue();
        write(m_out, m_format, depth());
        flushIfFull();
    }

    // After the outermost end(): `tail` (a line break, say) and what is still buffered, to the sink.
    void finish(QByteArrayView tail = {});

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
    };
    int depth() const { return static_cast<int>(m_levels.size()); }
    void beginValue();
    void begin(bool object);
    void newline(int indent);
    void flushIfFull();

    SecureBytes m_out;
    JsonFormat m_format;
    Sink m_sink;
    std::vector<Level> m_levels;
    bool m_named = false; // a member's name was written; its value comes next
};

} // namespace jwk
