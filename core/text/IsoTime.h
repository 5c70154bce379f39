#pragma once
// A time as ISO 8601 text, as QDateTime::toString(Qt::ISODate) writes it ("2026-12-04T15:06:48Z" for UTC), without
// its cost: Qt formats through QString::asprintf, a tenth of listing 100,000 keys (issue #18).

#include <QDateTime>
#include <QString>

namespace jwk {

// Exactly t.toString(Qt::ISODate): written directly for a UTC time in years 0 to 9999, by Qt otherwise.
QString isoDateTimeText(const QDateTime& t);

} // namespace jwk
