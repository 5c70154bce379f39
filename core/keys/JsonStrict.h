#pragma once
// What QJsonDocument lets through and a JWK must not: an object with the same member twice. QJsonDocument
// keeps the last one silently ({"k":"A","k":"B"}), so two readers of the same text could see two keys.

#include <QByteArray>
#include <QString>

namespace jwk {

// The first member name that occurs twice in one object of `json` (which must already parse as JSON), or a null
// string when there is none. Names are compared after unescaping ("k" and "\u006b" are the same).
QString findDuplicateMember(const QByteArray& json);

} // namespace jwk
