#pragma once
// How the app looks and speaks: the colour scheme (follow the system, or a light or dark Fusion palette) and the
// translators for the language setting (empty: the system's language).

#include <QString>

namespace jwk {

void applyColourScheme(const QString& scheme);
// Installs the app's and Qt's translations; returns the language used ("en", "de").
QString installTranslations(const QString& language);

} // namespace jwk
