#include "TerminalText.h"

namespace jwk {
namespace {
bool needsEscape(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c;
}
} // namespace

QString escapeControls(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text[i].unicode())) {
        ++i;
    }
    if (i == text.size()) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.left(i));
    for (; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (needsEscape(u)) {
            out.append(QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0')));
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QString escapeControlsShort(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars) {
        return escapeControls(text);
    }
    return escapeControls(text.left(maxChars)) + QChar(0x2026);
}

} // namespace jwk
