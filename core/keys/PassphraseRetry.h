#pragma once
// The passphrase loop of password-protected input that JWK Manager decrypts itself (a JWE, a PKCS#12 file), the way
// the importer asks for encrypted PEM: the provider is asked, the input opened; a wrong passphrase asks again
// (attempt 2, 3 ...) until the provider gives none. Encrypted PEM keeps its own loop inside OpenSSL's decoder.

#include "keys/PassphraseProvider.h"

#include <QString>

#include <functional>

namespace jwk {

struct UnlockOutcome
{
    QString reason;               // empty: opened
    bool wrongPassphrase = false; // the last passphrase given was wrong
    bool skipped = false;         // none was given at the first request
    bool ok() const { return reason.isEmpty(); }
};

// Calls `open` with each passphrase `provider` gives for `what` until it returns without throwing. `open` throws
// JwkError: Kind::WrongPassphrase asks again, any other kind ends the loop with its message. `itemName` names the
// thing in the message when none is given ("the JWE", "the PKCS#12 file").
UnlockOutcome unlockWithPassphrase(PassphraseProvider* provider, const QString& what, const QString& itemName,
                                   const std::function<void(const SecureBytes&)>& open);

} // namespace jwk
