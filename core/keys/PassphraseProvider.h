#pragma once
// The one place the core asks a person something while reading or writing keys: a passphrase. The CLI answers
// from a file, the desktop with a dialog, tests with a mock (the shape of XCA's PwDialogCore).

#include "keys/SecureBytes.h"

#include <QString>
#include <optional>

namespace jwk {

class PassphraseProvider
{
public:
    enum class Purpose { Decrypt, Encrypt };
    virtual ~PassphraseProvider() = default;
    // `what` names the item ("key.pem, block 1 (ENCRYPTED PRIVATE KEY)"). `attempt` counts from 1; above 1 the
    // previous passphrase was wrong. Return nullopt to skip the item (or cancel the export).
    virtual std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) = 0;
};

// Answers every request with the same passphrase, once per item: a second attempt means it was wrong.
class FixedPassphrase : public PassphraseProvider
{
public:
    explicit FixedPassphrase(SecureBytes passphrase)
        : m_passphrase(std::move(passphrase))
    {
    }
    std::optional<SecureBytes> passphrase(const QString&, Purpose, int attempt) override
    {
        if (attempt > 1) {
            return std::nullopt;
        }
        return m_passphrase;
    }

private:
    SecureBytes m_passphrase;
};

} // namespace jwk
