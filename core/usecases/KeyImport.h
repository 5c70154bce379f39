#pragma once
// Importing files and pasted data into a key set: one use case for the CLI's `import` and the desktop's (files, drops,
// pastes). An input that is a JWK Set goes into the store a chunk of keys at a time (JwkSetStream, KeyParts), so that
// an import of 100,000 keys holds the file and a chunk, not 100,000 keys (issue #18); each input is kept whole or not
// at all, in one transaction for all of them. Other inputs (PEM bundles, DER, PKCS#12, JWE) are read whole first,
// as they may ask for a passphrase. Nothing is written when no input gives a key.

#include "keys/KeyImporter.h"
#include "store/KeyInfo.h"
#include "usecases/SignerChange.h"

#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace jwk {

class KeyStore;
class PassphraseProvider;

struct ImportSource
{
    QString path;    // a file ("-": standard input), or
    QByteArray data; // pasted or dropped bytes
    QString name;    // for people, with `data`: "clipboard"
};

struct KeyImportRequest
{
    QList<ImportSource> sources;
    QString setName;
    KeyPlacement placement = KeyPlacement::Newest;
    PassphraseProvider* passphrases = nullptr;
    // When set: asked once, before anything is written, if the import would change the set's signer (SignerChange);
    // its answer is where the keys go, none: nothing is imported. Predicted from the first keys that would be added.
    std::function<std::optional<KeyPlacement>(const SignerChange& predicted)> confirmSigner;
    // Set by another thread: the import stops and writes nothing (cancelled in the outcome).
    const std::atomic_bool* cancel = nullptr;
    bool wantOrigins = false; // fill KeyImportOutcome::origins
};

struct KeyImportOutcome
{
    QList<ImportResult> results;    // one per source, in order: its failures and warnings (its keys are in the store)
    AddKeysResult added;            // what the store did with the keys
    QMap<QString, QString> origins; // kid (thumbprint for keys without one) -> where the key came from, when asked
    SignerChange signer;            // the set's signer before and after
    bool declined = false;          // confirmSigner answered none: nothing was imported
    bool cancelled = false;
    QString keptSigner; // the signer kept on top (KeyPlacement::BelowSigner when it changed otherwise)
};

// Throws StoreError when the store cannot take the keys (nothing is written then).
KeyImportOutcome importIntoSet(KeyStore& store, const KeyImportRequest& request);

} // namespace jwk
