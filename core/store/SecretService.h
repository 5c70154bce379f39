#pragma once
// The desktop's secret service (QtKeychain, service "jwkman"), the one place that asks it: the system secret of an
// SQLite store (SystemSecret) and what a team store needs (TeamStoreCredentials). Never asked when
// JWKMAN_SECRET_BACKEND=file (tests, headless machines) or when there is no session bus: then available() is false and
// the callers keep their secrets in owner-only files instead.

#include "keys/SecureBytes.h"

#include <QString>

#include <optional>

namespace jwk::secretservice {

// The service name all of jwkman's entries use.
QString serviceName();
// Whether the secret service may be asked at all (a session bus, and JWKMAN_SECRET_BACKEND is not "file").
bool available();
// The entry `key`, or nullopt with `error` saying why (not there, no service, time-out after 5 s).
std::optional<SecureBytes> read(const QString& key, QString* error);
// Stores `secret` under `key` (replacing an entry); false when no service took it.
bool write(const QString& key, const SecureBytes& secret);
// Removes the entry `key`; true when it is gone (or never was).
bool remove(const QString& key);

} // namespace jwk::secretservice
