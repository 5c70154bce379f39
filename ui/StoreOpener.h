#pragma once
// Opens the key store, and when it cannot be opened (wrong secret, another process holds it, read-only, damaged)
// says so in one clear dialog that offers to try again, to choose another store, or to quit.

#include "store/KeyStore.h"

#include <memory>

class QWidget;

namespace jwk {

// nullptr when the person gave up (Quit, or Cancel when `atStartup` is false).
std::unique_ptr<KeyStore> openStoreWithDialogs(const QString& path, QWidget* parent, bool atStartup);

} // namespace jwk
