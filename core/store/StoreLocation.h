#pragma once
// Where the store is when none is named, with QtCore alone: the commands of jwkman-cli that work on keys (jwkbase)
// name the default in their help without linking the store. KeyStore::defaultPath and resolvePath are these.

#include <QString>

namespace jwk {

// The default store: <GenericDataLocation>/jwkman/jwkman.sqlite.
QString defaultStorePath();
// `explicitPath` (--store), else $JWKMAN_STORE, else defaultStorePath().
QString resolveStorePath(const QString& explicitPath);

} // namespace jwk
