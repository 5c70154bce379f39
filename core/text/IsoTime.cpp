#include "text/IsoTime.h"

namespace jwk {
namespace {

char* digits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

QString isoDateTimeText(const QDateTime& t)
{
    if (!t.isValid() || t.timeSpec() != Qt::UTC) {
        return t.toString(Qt::ISODate);
    }
    const QDate date = t.date();
    const QTime time = t.time();
    if (date.year() < 0 || date.year() > 9999) {
        return t.toString(Qt::ISODate);
    }
    // yyyy-MM-ddTHH:mm:ssZ: Qt's ISODate leaves out the milliseconds.
    char text[20];
    char* p = digits(text, date.year(), 4);
    *p++ = '-';
    p = digits(p, date.month(), 2);
    *p++ = '-';
    p = digits(p, date.day(), 2);
    *p++ = 'T';
    p = digits(p, time.hour(), 2);
    *p++ = ':';
    p = digits(p, time.minute(), 2);
    *p++ = ':';
    p = digits(p, time.second(), 2);
    *p++ = 'Z';
    return QString::fromLatin1(text, static_cast<qsizetype>(p - text));
}

} // namespace jwk
