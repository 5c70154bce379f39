#pragma once
// Writes an exported key file atomically (QSaveFile), for jwkman-cli and the desktop app alike. A file with private
// material is made owner-only (0600) right after it is opened, before a byte is written, so that it is never readable
// by others, not even for a moment; a public one is 0644. A path that is a symbolic link (dangling or not) is
// refused and nothing is written, its target untouched.

#include "keys/SecureBytes.h"

#include <QString>

namespace jwk {

// Returns an empty string on success, else the reason for people.
QString writeKeyFile(const QString& path, const SecureBytes& content, bool privateMaterial);

} // namespace jwk
