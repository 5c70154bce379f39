#pragma once
// Text from outside (a server's error body or reason phrase, later file contents) made safe to show to people: every
// control character (C0, DEL, C1) and every character that reorders or breaks lines on a terminal or in a label
// (the Unicode line and paragraph separators and the bidirectional overrides and isolates) becomes a visible \uXXXX,
// so that an escape sequence cannot recolour, move or rewrite a terminal and a line cannot pretend to be two.
// Everything else, backslashes included, is kept as it is.

#include <QString>
#include <QStringView>

namespace jwk {

// Whether `c` is escaped by escapeControlCharacters().
bool isUnsafeForDisplay(char32_t c);

// `text` with each unsafe character written as \uXXXX (ESC becomes \u001b).
QString escapeControlCharacters(QStringView text);
// The same for at most `maxChars` characters of `text`, with "…" when cut (a 5000-character kid in a message).
QString escapeControlCharactersShort(QStringView text, qsizetype maxChars = 80);

} // namespace jwk
