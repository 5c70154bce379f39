#pragma once
// The app's icons: hand-drawn monochrome SVGs in resources/icons/actions, painted at any size in the palette's
// text colour (and its disabled colour), so that they stay readable in light and dark palettes alike.

#include <QIcon>

namespace jwk {

class Icons
{
public:
    // `name` is the file name without .svg ("generate", "import").
    static QIcon icon(const QString& name);
    static QIcon appIcon();
};

} // namespace jwk
