#include "text/TextEscape.h"

namespace jwk {

bool isUnsafeForDisplay(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString escapeControlCharacters(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !isUnsafeForDisplay(text[first].unicode())) {
        ++first;
    }
    if (first == text.size()) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isUnsafeForDisplay(c)) {
            out.append(QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

QString escapeControlCharactersShort(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars) {
        return escapeControlCharacters(text);
    }
    return escapeControlCharacters(text.left(maxChars)) + QChar(0x2026);
}

} // namespace jwk
