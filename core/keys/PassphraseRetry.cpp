#include "keys/PassphraseRetry.h"

#include "keys/JwkError.h"
#include "keys/KeysTr.h"

namespace jwk {

UnlockOutcome unlockWithPassphrase(PassphraseProvider* provider, const QString& what, const QString& itemName,
                                   const std::function<void(const SecureBytes&)>& open)
{
    QString lastWrong;
    for (int attempt = 1;; ++attempt) {
        std::optional<SecureBytes> passphrase;
        if (provider) {
            passphrase = provider->passphrase(what, PassphraseProvider::Purpose::Decrypt, attempt);
        }
        if (!passphrase) {
            if (attempt == 1) {
                return {KeyImporterTr::tr("%1 is encrypted and no passphrase was given").arg(itemName), false, true};
            }
            return {lastWrong, true, false};
        }
        try {
            open(*passphrase);
            return {};
        } catch (const JwkError& e) {
            if (e.kind() != JwkError::Kind::WrongPassphrase) {
                return {e.message(), false, false};
            }
            lastWrong = e.message();
        }
    }
}

} // namespace jwk
