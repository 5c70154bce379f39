#pragma once
// A JSON object read member by member from its text, without one QJsonDocument of the whole: for a JWK Set of
// 100,000 keys (23 MB) that document alone took 114 MB. A small scanner finds where the top-level members and the
// elements of one array member ("keys") begin and end; QJsonDocument parses and checks each of those values on its
// own, when it is asked for. The verdict on the text is QJsonDocument's: whatever the scanner does not take as it
// expects (anything unusual) is handed to QJsonDocument::fromJson of the whole text, for its exact error.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace jwk {

class JsonTopLevel
{
public:
    // Scans `json` (which must stay alive and unchanged while this object is used), an object at its start after
    // white space. `arrayMember`'s elements are left as text; every other member's value is parsed. False with
    // `error` set (QJsonDocument's offset and text) when the text is not one JSON object.
    bool read(const QByteArray& json, const QString& arrayMember, QJsonParseError* error);

    // The members but the array (which is among them when it is not an array).
    const QJsonObject& members() const { return m_members; }
    bool hasArray() const { return m_hasArray; }
    qsizetype arraySize() const { return m_elements.size(); }
    // Element i of the array, parsed now. False with `error` (offset in the whole text) when it is not JSON.
    bool arrayElement(qsizetype i, QJsonValue* value, QJsonParseError* error) const;
    // arrayElement() without the error's words: false when it is not JSON, at once (arrayElement() then says why, from
    // the whole text). For reading many elements at a time, of which several may be faulty.
    bool tryArrayElement(qsizetype i, QJsonValue* value) const;

private:
    bool fallback(QJsonParseError* error) const;   // QJsonDocument's own verdict on the whole text
    bool dropEarlierArray(QJsonParseError* error); // before a later member of the array's name replaces it
    const QByteArray* m_json = nullptr;
    QJsonObject m_members;
    bool m_hasArray = false;
    QList<QPair<qsizetype, qsizetype>> m_elements; // [begin, end) of each element
};

} // namespace jwk
