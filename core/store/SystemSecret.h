#pragma once
// The system secret that protects the store, read the way Ory Hydra reads `secrets.system`: the environment
// variable SECRETS_SYSTEM holds a comma-separated list (CSV) or a JSON array; the first secret encrypts, all
// decrypt; each has at least 16 characters. Without it, a secret is generated on first use (32 random bytes,
// base64url) and kept in the desktop's secret service (QtKeychain) when one answers, else in a file beside the
// store with mode 0600.

#include "keys/SecureBytes.h"

#include <QList>

#include <QString>
#include <optional>

namespace jwk {

class SystemSecret
{
public:
    enum class Source { Environment, Keychain, File, Explicit };

    // Secrets as given (tests, tools). Throws StoreError when one is shorter than 16 characters.
    static SystemSecret fromList(QList<SecureBytes> secrets, Source source = Source::Explicit,
                                 QString location = QString());
    // Parses a SECRETS_SYSTEM value. Throws StoreError with a clear message (never echoing a secret).
    static SystemSecret fromEnvironmentValue(const QByteArray& value);
    // SECRETS_SYSTEM when set; else the stored secret for the store at `storePath`, generated on first use
    // when allowGenerate (a store that exists already needs its own secret: then a missing one is an error).
    static SystemSecret resolve(const QString& storePath, bool allowGenerate = true);
    // The secret kept for the SQLite store at `storePath` (its file, else the secret service), whatever SECRETS_SYSTEM
    // says; for a team store the team's secret list kept by Open Team Store… (TeamStoreCredentials); nullopt when none
    // is kept.
    static std::optional<SystemSecret> stored(const QString& storePath);

    // Where the secret lives, for people: "environment variable SECRETS_SYSTEM (2 secrets)",
    // "secret service (QtKeychain), service jwkman, key /path/store.sqlite", "file /path/store.secret (mode 0600)".
    QString locationDescription() const;
    Source source() const { return m_source; }
    QString location() const { return m_location; }

    const QList<SecureBytes>& secrets() const { return m_secrets; }
    // SHA-256 of each secret: the AES keys, the first for encryption.
    const QList<SecureBytes>& keys() const { return m_keys; }
    // A short fingerprint of each key (8 bytes of SHA-256 over the key) stored beside rows, so that a row
    // that no configured secret can decrypt is recognised without trying.
    const QList<QByteArray>& fingerprints() const { return m_fingerprints; }
    // One key per secret for the HMACs that authenticate the store's clear columns (RowSeal.h).
    const QList<SecureBytes>& macKeys() const { return m_macKeys; }
    // The index of the secret with this fingerprint, -1 when none is configured.
    int indexOfFingerprint(const QByteArray& fingerprint) const { return int(m_fingerprints.indexOf(fingerprint)); }

    static constexpr int kMinimumLength = 16;
    static QString secretFilePath(const QString& storePath);

private:
    QList<SecureBytes> m_secrets;
    QList<SecureBytes> m_keys;
    QList<QByteArray> m_fingerprints;
    QList<SecureBytes> m_macKeys;
    Source m_source = Source::Explicit;
    QString m_location;
};

} // namespace jwk
