#pragma once
// What the desktop remembers for a team store (a store on PostgreSQL), per store URL (ServerLocation::url(), which
// never holds a password): the database password ("Remember password in the keychain") and the team's system secret
// when SECRETS_SYSTEM is not set (entered once in File › Open Team Store…). Never in the settings, never in a log:
// in the desktop's secret service (QtKeychain, service "jwkman", key "<url>#password" / "<url>#system-secret"), or,
// where no secret service is asked (JWKMAN_SECRET_BACKEND=file, no session bus), in owner-only files (mode 0600, in
// a folder of mode 0700) under <GenericDataLocation>/jwkman/credentials/, named by a hash of the key, as an SQLite
// store's generated secret falls back to a 0600 file beside it.
//
// SystemSecret::resolve reads the kept system secret for a team store when SECRETS_SYSTEM is not set.

#include "keys/SecureBytes.h"

#include <QString>

#include <optional>

namespace jwk {

class TeamStoreCredentials
{
public:
    enum class Item { Password, SystemSecret };

    // The entry for `url` (a server URL, any spelling: it is made canonical), or nullopt when none is kept. Throws
    // StoreError Io when the file backend's file is not the owner's alone (a symlink, another user's, group or other
    // bits): whoever could write it could choose what is read.
    static std::optional<SecureBytes> read(const QString& url, Item item);
    // Keeps `value` for `url`, replacing what was kept. Throws StoreError Io when it cannot be written.
    static void write(const QString& url, Item item, const SecureBytes& value);
    // Forgets the entry; nothing when none is kept.
    static void forget(const QString& url, Item item);

    // The secret service's key for the entry ("<url>#password"), and the file the file backend uses for it.
    static QString key(const QString& url, Item item);
    static QString filePath(const QString& url, Item item);
    static QString folder();
    // Whether entries go to the secret service (else to files).
    static bool usesSecretService();
    // Where entries are kept, for people: "the desktop's secret service" or "files readable only by you in …".
    static QString whereKept();
    // Where the entry is, for SystemSecret::locationDescription: the key, or the file's path.
    static QString location(const QString& url, Item item);
};

} // namespace jwk
