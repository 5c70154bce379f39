#pragma once
// Private key material leaving the store: exported to a file or standard output, copied to the clipboard, shown on
// screen. Both front ends record it here and nowhere else, so the audit log holds the same entry for the same act
// whichever front end did it: one entry per key, never the material.

#include "keys/JsonWebKey.h"
#include "usecases/KeyRef.h"

#include <QString>

namespace jwk {

class KeyStore;

enum class Disclosure {
    Exported, // written to a file or standard output (audit action "exported-private")
    Copied,   // put on the clipboard ("copied-private")
    Shown,    // shown on screen ("shown-private")
};

// Records one audit entry: the private material of `key` was disclosed `how`; `reason` says where or in which form
// ("pkcs8-pem to /tmp/k.pem", "private JWK", ...). Throws StoreError when the log cannot be written.
void recordDisclosure(KeyStore& store, Disclosure how, const KeyRef& key, const QString& reason);

struct DisclosedKey
{
    JsonWebKey key;       // with its private members
    QString auditProblem; // why the audit entry could not be written; empty when it was
};

// Decrypts a key to show or copy its private members, and records the disclosure (one audit entry). Throws
// StoreError when the key cannot be read, and then records nothing; a key that is public only is returned without an
// entry. When only the audit fails the key is still returned, with the reason in auditProblem for the person to see.
DisclosedKey discloseKey(KeyStore& store, const KeyRef& key, Disclosure how, const QString& reason);

} // namespace jwk
