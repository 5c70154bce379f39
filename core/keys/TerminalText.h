#pragma once
// Text from outside (kids, set names, names from certificates, server bodies) made safe for a terminal or a one-line
// message: C0 and C1 control characters, DEL and the Unicode line and paragraph separators and bidirectional
// overrides become visible \uXXXX escapes, so that nothing read from a key or a server can move the cursor, change
// colours, set the window title or reorder what a person reads.

#include <QString>
#include <QStringView>

namespace jwk {

QString escapeControls(QStringView text);
// escapeControls of at most `maxChars` characters of `text`, with "…" when cut.
QString escapeControlsShort(QStringView text, qsizetype maxChars = 80);

} // namespace jwk
