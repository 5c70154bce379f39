#pragma once
// One import path for every source (file, drop, paste, CLI): recognises JWK, JWK Set, PEM (PKCS#1, PKCS#8 plain
// and encrypted, legacy encrypted PKCS#1, SEC1, SPKI, X.509 certificates, several blocks) and DER, and returns
// the keys found with where each came from, and what failed with the reason.

#include "keys/JsonWebKey.h"
#include "keys/PassphraseProvider.h"

#include <QList>
#include <QString>

class QIODevice;

#include <memory>
#include <optional>

namespace jwk {

struct ImportedKey
{
    JsonWebKey key;
    QString origin; // "key.pem, block 2 (PUBLIC KEY)"
};

struct ImportFailure
{
    QString origin;
    QString reason;
    bool wrongPassphrase = false;
    bool skipped = false; // the person declined to give a passphrase
};

struct ImportResult
{
    QList<ImportedKey> keys;
    QList<ImportFailure> failures;
    QStringList warnings;
    bool ok() const { return failures.isEmpty() && !keys.isEmpty(); }
    // All failures as one message for people ("key.pem, block 2 (PRIVATE KEY): ...").
    QString failureSummary() const;
};

// Largest input read, as a guard against absurd files (16 MiB holds a JWKS of over 10,000 RSA keys).
constexpr qsizetype kMaxImportBytes = 64 * 1024 * 1024;

// An input as read from a file or standard input ("-"): its bytes, or why it could not be read.
struct ImportInput
{
    QByteArray data; // wipe when done
    QString name;    // the path, or "standard input"
    std::optional<ImportFailure> failure;
};
ImportInput readImportInput(const QString& path);
// Reads `device` (a file, or a pipe that gives its bytes as they come) to its end, but no more than `limit` bytes.
QByteArray readAtMost(QIODevice& device, qint64 limit);

class JwkSetStream;
// The JWK Set `data` holds, to be read a chunk of keys at a time; null when importKeys() would not read `data` as a
// JWK Set (it is something else, too large, or not JSON). The stream's keys, failures and warnings are those
// importKeys() gives for `data`.
std::unique_ptr<JwkSetStream> openJwkSetStream(const QByteArray& data, const QString& sourceName);

ImportResult importKeys(const QByteArray& data, const QString& sourceName, PassphraseProvider* passphrases = nullptr);
// Reads the file (or stdin for "-") and imports it. A file that cannot be read is one failure.
ImportResult importFile(const QString& path, PassphraseProvider* passphrases = nullptr);

} // namespace jwk
