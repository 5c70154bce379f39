#include "store/SystemSecret.h"

#include "keys/Base64Url.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/SecretService.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"
#include "store/StoreFiles.h"
#include "store/TeamStoreCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::SystemSecret)
};
} // namespace

namespace jwk {
namespace {

// Go's encoding/csv as ory/x castx uses it: fields separated by commas, optionally double-quoted with "" as an
// escaped quote. One record.
QList<SecureBytes> parseCsv(const QByteArray& value)
{
    QList<SecureBytes> fields;
    SecureBytes field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < value.size() && value[i + 1] == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields.append(std::move(field));
            field = SecureBytes();
            wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
            break;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        throw StoreError(StoreError::Kind::BadSecret,
                         Tr::tr("SECRETS_SYSTEM has an unterminated quote; write it as comma-separated "
                                "values or as a JSON array of strings"));
    }
    fields.append(std::move(field));
    return fields;
}

std::optional<SecureBytes> readKeychain(const QString& key, QString* error)
{
    return secretservice::read(key, error);
}

bool writeKeychain(const QString& key, const SecureBytes& secret)
{
    return secretservice::write(key, secret);
}

SecureBytes generateSecret()
{
    SecureBytes raw(32);
    if (RAND_priv_bytes(raw.data(), 32) != 1) {
        throw StoreError(StoreError::Kind::Io, Tr::tr("the random number generator failed"));
    }
    SecureBytes secret;
    base64url::encodeTo(secret, raw.data(), raw.size());
    return secret;
}

// The secret file, or nothing when there is none. Refused (StoreError) when it is a symlink, another user's, or
// open to group or others: whoever could write it could make the store unreadable or choose its secret.
std::optional<SecureBytes> readSecretFile(const QString& filePath)
{
    std::optional<SecureBytes> data;
    try {
        data = readOwnerOnlyFile(filePath, Tr::tr("the secret file"), 64 * 1024);
    } catch (const OwnerOnlyReadFailure& failure) {
        if (failure.tooLarge) {
            throw StoreError(
                StoreError::Kind::BadSecret,
                Tr::tr("the secret file %1 is larger than 64 KiB; it is not a system secret").arg(filePath));
        }
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("the secret file %1 cannot be read: %2")
                             .arg(filePath, QString::fromLocal8Bit(std::strerror(failure.error))));
    }
    if (!data) {
        return std::nullopt;
    }
    return SecureBytes::trimmedFrom(data->view());
}

} // namespace

QString SystemSecret::secretFilePath(const QString& storePath)
{
    const QFileInfo info(storePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".secret"));
}

SystemSecret SystemSecret::fromList(QList<SecureBytes> secrets, Source source, QString location)
{
    if (secrets.isEmpty()) {
        throw StoreError(StoreError::Kind::BadSecret, Tr::tr("no system secret is configured"));
    }
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        // Characters, as Go's len() counts bytes of the UTF-8 string: Hydra counts bytes too.
        if (secrets[i].size() < static_cast<std::size_t>(kMinimumLength)) {
            throw StoreError(StoreError::Kind::BadSecret,
                             Tr::tr("system secret %1 of %2 has %3 characters; each secret needs at least %4 "
                                    "(as in Ory Hydra)")
                                 .arg(i + 1)
                                 .arg(secrets.size())
                                 .arg(secrets[i].size())
                                 .arg(kMinimumLength));
        }
    }
    SystemSecret s;
    s.m_source = source;
    s.m_location = std::move(location);
    for (const auto& secret : secrets) {
        SecureBytes key = SecretCipher::deriveKey(secret);
        const SecureBytes fp = SecretCipher::deriveKey(key);
        s.m_fingerprints << QByteArray(fp.constChars(), 8).toHex();
        s.m_macKeys << rowseal::macKey(key);
        s.m_keys << std::move(key);
    }
    s.m_secrets = std::move(secrets);
    return s;
}

SystemSecret SystemSecret::fromEnvironmentValue(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    QList<SecureBytes> secrets;
    if (trimmed.startsWith('[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            throw StoreError(StoreError::Kind::BadSecret,
                             Tr::tr("SECRETS_SYSTEM starts with '[' but is not a JSON array of strings"));
        }
        for (const auto& v : doc.array()) {
            if (!v.isString()) {
                throw StoreError(StoreError::Kind::BadSecret, Tr::tr("SECRETS_SYSTEM must be a JSON array of strings"));
            }
            QByteArray utf8 = v.toString().toUtf8();
            secrets << SecureBytes::fromByteArray(utf8);
            wipe(utf8);
        }
    } else {
        secrets = parseCsv(value);
    }
    // Empty entries (a trailing comma) are dropped, as Hydra's config loader does.
    secrets.removeIf([](const SecureBytes& s) { return s.isEmpty(); });
    if (secrets.isEmpty()) {
        throw StoreError(StoreError::Kind::BadSecret, Tr::tr("SECRETS_SYSTEM is set but holds no secret"));
    }
    return fromList(std::move(secrets), Source::Environment, QStringLiteral("SECRETS_SYSTEM"));
}

SystemSecret SystemSecret::resolve(const QString& storePath, bool allowGenerate)
{
    if (qEnvironmentVariableIsSet("SECRETS_SYSTEM")) {
        QByteArray value = qgetenv("SECRETS_SYSTEM");
        try {
            SystemSecret s = fromEnvironmentValue(value);
            wipe(value);
            return s;
        } catch (...) {
            wipe(value);
            throw;
        }
    }
    if (ServerLocation::isServerUrl(storePath)) {
        // A team store is shared: a secret generated here would be one member's alone. The team keeps it in its
        // secret manager and every member sets the same list, in SECRETS_SYSTEM or entered once in the desktop's
        // Open Team Store… (then kept for this store in the secret service).
        if (auto kept = stored(storePath)) {
            return std::move(*kept);
        }
        throw StoreError(StoreError::Kind::BadSecret,
                         Tr::tr("the team store %1 needs the team's system secret in SECRETS_SYSTEM: JWK Manager never "
                                "generates a secret of its own for a store on a database server. Set "
                                "SECRETS_SYSTEM from your team's secret manager (the same comma-separated list for "
                                "every member, at least 16 characters each; the first encrypts) and try again, or "
                                "enter it once in the desktop's File \u203a Open Team Store\u2026, which keeps it "
                                "for this store.")
                             .arg(storePath));
    }
    const QString absolute = QFileInfo(storePath).absoluteFilePath();
    const QString filePath = secretFilePath(absolute);

    // A secret file beside the store wins: it is where an earlier run without a secret service put it.
    if (auto secret = readSecretFile(filePath)) {
        return fromList({std::move(*secret)}, Source::File, filePath);
    }
    QString keychainError;
    if (auto secret = readKeychain(absolute, &keychainError)) {
        return fromList({std::move(*secret)}, Source::Keychain, absolute);
    }

    if (!allowGenerate) {
        throw StoreError(StoreError::Kind::WrongSecret,
                         Tr::tr("the system secret of the store %1 is missing: it is not in SECRETS_SYSTEM, "
                                "not in the secret service and there is no file %2. Set SECRETS_SYSTEM to "
                                "the store's secret (from your backup) or restore that file.")
                             .arg(absolute, filePath));
    }
    // First use: generate, then keep it in the secret service, else in a 0600 file. Another process may be doing the
    // same at this moment (KeyStore::open holds the store's lock around this, but not every caller does): whatever
    // is stored afterwards is the secret, so it is read back and the one read is used.
    SecureBytes secret = generateSecret();
    if (writeKeychain(absolute, secret)) {
        QString error;
        if (auto stored = readKeychain(absolute, &error)) {
            return fromList({std::move(*stored)}, Source::Keychain, absolute);
        }
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("the secret service accepted the new system secret for %1 but does not return it "
                                "(%2); the store was not created")
                             .arg(absolute, error));
    }
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    // Created exclusively: written whole and fsync'ed under no name, then linked into place only if no other process
    // has put a secret there meanwhile; if one has, that one is the store's secret.
    SecureBytes content = secret;
    content.append('\n');
    createFileExclusively(filePath, content);
    if (auto stored = readSecretFile(filePath)) {
        return fromList({std::move(*stored)}, Source::File, filePath);
    }
    throw StoreError(StoreError::Kind::Io,
                     Tr::tr("the secret file %1 vanished right after it was written").arg(filePath));
}

std::optional<SystemSecret> SystemSecret::stored(const QString& storePath)
{
    if (ServerLocation::isServerUrl(storePath)) {
        std::optional<SecureBytes> kept =
            TeamStoreCredentials::read(storePath, TeamStoreCredentials::Item::SystemSecret);
        if (!kept) {
            return std::nullopt;
        }
        SystemSecret list = fromEnvironmentValue(kept->view());
        return fromList(list.m_secrets, TeamStoreCredentials::usesSecretService() ? Source::Keychain : Source::File,
                        TeamStoreCredentials::location(storePath, TeamStoreCredentials::Item::SystemSecret));
    }
    const QString absolute = QFileInfo(storePath).absoluteFilePath();
    const QString filePath = secretFilePath(absolute);
    if (auto secret = readSecretFile(filePath)) {
        return fromList({std::move(*secret)}, Source::File, filePath);
    }
    QString keychainError;
    if (auto secret = readKeychain(absolute, &keychainError)) {
        return fromList({std::move(*secret)}, Source::Keychain, absolute);
    }
    return std::nullopt;
}

QString SystemSecret::locationDescription() const
{
    switch (m_source) {
    case Source::Environment:
        return (m_secrets.size() == 1 ? Tr::tr("environment variable SECRETS_SYSTEM (%1 secret; the first encrypts)")
                                      : Tr::tr("environment variable SECRETS_SYSTEM (%1 secrets; the first encrypts)"))
            .arg(m_secrets.size());
    case Source::Keychain:
        return Tr::tr("desktop secret service (QtKeychain), service \"%1\", key \"%2\"")
            .arg(secretservice::serviceName(), m_location);
    case Source::File:
        return Tr::tr("file %1 (mode %2)").arg(m_location, fileModeText(m_location));
    case Source::Explicit:
        return Tr::tr("given by the caller");
    }
    return {};
}

} // namespace jwk
