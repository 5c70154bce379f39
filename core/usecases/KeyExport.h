#pragma once
// Export of stored keys for both front ends: the bytes of a whole set or of keys picked one by one, in one form of
// the KeyFormats table, with the warnings a person needs (oct keys left out of a public JWK Set), and afterwards the
// audit of the private material the written bytes hold. The front end only chooses where the bytes go.

#include "keys/JsonWebKey.h"
#include "keys/KeyFormats.h"
#include "keys/PassphraseProvider.h"
#include "keys/SecureBytes.h"
#include "usecases/KeyRef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

class KeyStore;

// What to export: a whole set (newest first), or keys picked one by one (from any sets, in the order given).
struct KeySelection
{
    QString setName; // a whole set when `keys` is empty
    QList<KeyRef> keys;
    static KeySelection wholeSet(const QString& setName) { return {setName, {}}; }
    static KeySelection of(const QList<KeyRef>& keys) { return {QString(), keys}; }
};

struct ExportOptions
{
    JsonFormat json = JsonFormat::Indented;    // for a JWK Set
    PassphraseProvider* passphrases = nullptr; // encrypted PKCS#8 asks it (Purpose::Encrypt)
};

struct ExportResult
{
    KeyFormat format = KeyFormat::JwksPublic;
    SecureBytes bytes;         // JSON ends with a line break; may hold private material (wiped when freed)
    QStringList warnings;      // for people, one line each
    QList<KeyRef> privateKeys; // the keys whose private material is in `bytes`: recordExport() audits them
};

// The selection in `format`. A JWK Set takes any number of keys, and so does the password-protected JWE (a JWK Set
// in it for a whole set or several keys, one JWK for one key picked); a public one leaves out oct keys (they have no
// public form) with a warning, and is an error only when keys picked one by one are all oct (a whole set is exported
// as it is, perhaps empty). The other forms take exactly one key. Throws JwkError (a form the key cannot take,
// several keys in a one-key form, Cancelled without a passphrase) or StoreError (a key that cannot be read).
ExportResult exportKeys(const KeyStore& store, const KeySelection& selection, KeyFormat format,
                        const ExportOptions& options = {});

// Once the bytes are written: one "exported-private" audit entry per key of result.privateKeys, with the detail
// "<form> to <destination>" (a path, or "standard output"). Throws StoreError when the log cannot be written.
void recordExport(KeyStore& store, const ExportResult& result, const QString& destination);

} // namespace jwk
