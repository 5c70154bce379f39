#pragma once
// One declarative table of the forms a key can be written in (the idea of XCA's pki_export): JWK, JWK Set,
// PEM and DER in SPKI, PKCS#8, encrypted PKCS#8, PKCS#1 and SEC1. The export dialog, the copy menu, file
// extensions and the CLI all read it, so they cannot disagree on what holds private material.

#include "keys/JsonWebKey.h"
#include "keys/PassphraseProvider.h"

#include <QList>
#include <QString>

#include <QString>
#include <optional>

namespace jwk {

enum class KeyFormat {
    JwkPublic,
    JwkPrivate,
    JwksPublic,
    JwksPrivate,
    SpkiPem,
    Pkcs8Pem,
    EncryptedPkcs8Pem,
    Pkcs1Pem,
    Pkcs1PublicPem,
    Sec1Pem,
    SpkiDer,
    Pkcs8Der,
    EncryptedPkcs8Der,
    Pkcs1Der,
    Pkcs1PublicDer,
    Sec1Der,
    JweJwk, // a JWK, or a JWK Set for several keys, as a password-protected compact JWE (PBES2, RFC 7517 C)
    Pkcs12, // PKCS#12 (.p12): one private key and its x5c chain, AES-256-CBC, PBKDF2 and a SHA-256 MAC
};

struct KeyFormatInfo
{
    KeyFormat id;
    QString name;          // stable identifier ("pkcs8-pem")
    QString label;         // for people ("PKCS#8 PEM (private key)")
    QString extension;     // file name suffix without the dot
    bool privateMaterial;  // the output holds private key material
    bool encrypted;        // the output is protected by a passphrase
    bool binary;           // DER
    bool clipboardAllowed; // may be put on the clipboard (binary forms may not)
    bool rsaOnly;
    bool ecOnly;
};

const QList<KeyFormatInfo>& keyFormats();
const KeyFormatInfo& keyFormatInfo(KeyFormat format);
// JWK and JWK Set: the JSON forms (every key type has them; the others are OpenSSL's encodings).
bool isJsonFormat(KeyFormat format);

// The names `jwkman-cli convert --to NAME` takes, each a choice among the forms above by what the key holds: "pem"
// is PKCS#8 for a private key and SPKI for a public one, and encrypted PKCS#8 with --encrypt.
struct ConversionTarget
{
    QString name;
    KeyFormat privateKeyForm;               // for a key with private material
    KeyFormat publicKeyForm;                // for a public key
    std::optional<KeyFormat> encryptedForm; // with --encrypt; none: the target cannot be encrypted
    KeyFormat formFor(const JsonWebKey& key, bool encrypt) const;
};
const QList<ConversionTarget>& conversionTargets();
const ConversionTarget* findConversionTarget(const QString& name);
// Whether the key can be written in the format (an oct key has no PEM, SEC1 is EC-only ...); the reason when not.
QString formatUnavailableReason(const JsonWebKey& key, KeyFormat format);

// Writes one key. Encrypted formats ask `passphrases` (Purpose::Encrypt); without an answer the export is
// cancelled (JwkError::Kind::Cancelled). The result may hold secrets: wipe it when done.
SecureBytes exportKey(const JsonWebKey& key, KeyFormat format, PassphraseProvider* passphrases = nullptr);

// The keys as a JWK Set in a password-protected JWE (cty jwk-set+json), the passphrase asked once for `what`
// (Purpose::Encrypt). Throws JwkError as exportKey() does.
SecureBytes exportKeySetAsJwe(const QList<JsonWebKey>& keys, PassphraseProvider* passphrases, const QString& what);

// A new passphrase for an encrypted export of `what`: JwkError Cancelled when none is given, InvalidInput when empty.
SecureBytes askNewPassphrase(PassphraseProvider* passphrases, const QString& what);

// PBKDF2-HMAC-SHA256 iterations for encrypted PKCS#8 (OWASP 2023 recommendation for PBKDF2-SHA256).
constexpr int kPkcs8Iterations = 600000;

} // namespace jwk
