#pragma once
// Opens the key store, and when it cannot be opened (wrong secret, another process holds it, read-only, damaged)
// says so in one clear dialog that offers to try again, to choose another store, or to quit. A team store (a
// postgresql:// URL, the store last open) opens with the password remembered in the keychain and the system secret
// from SECRETS_SYSTEM or the keychain; when that fails, Open Team Store… asks, filled in, saying why.

#include "store/KeyStore.h"

#include <memory>

class QWidget;

namespace jwk {

// nullptr when the person gave up (Quit, or Cancel when `atStartup` is false).
std::unique_ptr<KeyStore> openStoreWithDialogs(const QString& path, QWidget* parent, bool atStartup);

} // namespace jwk
