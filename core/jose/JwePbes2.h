#pragma once
// Password-protected JWK and JWK Set as a compact JWE (RFC 7516) with PBES2 key management (RFC 7518 §4.8), as
// RFC 7517 Appendix C shows. Writes PBES2-HS512+A256KW with A256GCM, 600,000 PBKDF2 iterations and a random 16-byte
// salt; reads the three PBES2 algorithms with the six content encryptions. What a header asks for is checked before
// any key is derived: the iteration count (1,000 to 10,000,000), the salt (at least 8 bytes), strict JSON, and no
// "zip" or "crit". Errors are JwkError with a message for people; a wrong passphrase is Kind::WrongPassphrase.

#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace jwk::jose {

// PBKDF2 iterations written (OWASP's 2023 figure for PBKDF2-HMAC-SHA256; more than enough for SHA-512).
constexpr int kJweWriteIterations = 600'000;
// The fewest read (RFC 7518 §4.8.1.2 recommends at least 1,000) and the most (about ten seconds of work, as for
// encrypted PKCS#8: a file cannot keep JWK Manager busy for hours).
constexpr int kJweMinIterations = 1'000;
constexpr qint64 kJweMaxIterations = 10'000'000;
constexpr int kJweMinSaltBytes = 8;
constexpr int kJweWriteSaltBytes = 16;
// The largest protected header read; ours is about 150 bytes.
constexpr qsizetype kJweMaxHeaderBytes = 16 * 1024;

inline const QString kCtyJwk = QStringLiteral("jwk+json");
inline const QString kCtyJwkSet = QStringLiteral("jwk-set+json");

struct JweWriteOptions
{
    QString alg = QStringLiteral("PBES2-HS512+A256KW");
    QString enc = QStringLiteral("A256GCM");
    int iterations = kJweWriteIterations;
    int saltBytes = kJweWriteSaltBytes;
    QString cty; // jwk+json or jwk-set+json; none when empty
};

// The protected header's members that matter, checked.
struct JweHeader
{
    QString alg;
    QString enc;
    QString cty;
    QByteArray p2s; // decoded
    qint64 p2c = 0;
};

// Whether `text` (white space around it allowed) has the shape of compact JOSE: parts of base64url characters
// separated by two dots or more, the first a JSON object ("eyJ"). Cheap, decrypts nothing: the importer sends such
// input here, and inspectCompactJwe() tells a JWS or a truncated JWE from a JWE.
bool looksLikeCompactJwe(QByteArrayView text);

// Reads and checks the protected header without deriving a key. Throws JwkError (InvalidInput or Unsupported).
JweHeader inspectCompactJwe(QByteArrayView compact);

// Encrypts `plaintext` under `passphrase`. Throws JwkError (an unknown alg or enc, an empty passphrase).
QByteArray encryptCompactJwe(const SecureBytes& plaintext, const SecureBytes& passphrase,
                             const JweWriteOptions& options = {});

struct JweDecrypted
{
    SecureBytes plaintext;
    JweHeader header;
};
// Decrypts. Throws JwkError: Kind::WrongPassphrase when the key unwrap's integrity check fails, InvalidInput or
// Unsupported for what is damaged or refused (nothing is derived for a refused header).
JweDecrypted decryptCompactJwe(QByteArrayView compact, const SecureBytes& passphrase);

// For known-answer tests: encrypts with the given protected header (JSON text, taken byte for byte: its alg, enc,
// p2s and p2c are used), content encryption key and IV.
QByteArray encryptCompactJweWith(const QByteArray& headerJson, const SecureBytes& passphrase, const SecureBytes& cek,
                                 const QByteArray& iv, const SecureBytes& plaintext);

} // namespace jwk::jose
