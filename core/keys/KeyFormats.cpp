#include "keys/KeyFormats.h"

#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyDer.h"
#include "keys/OpenSslKey.h"
#include "keys/Pkcs12.h"

#include "jose/JwePbes2.h"

#include <openssl/encoder.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyFormats)
};
} // namespace

namespace jwk {

const QList<KeyFormatInfo>& keyFormats()
{
    static const QList<KeyFormatInfo> table = {
        // id, name, label, extension, private, encrypted, binary, clipboard, rsaOnly, ecOnly
        {KeyFormat::JwkPublic, QStringLiteral("jwk-public"), QStringLiteral("JWK (public key)"), QStringLiteral("jwk"),
         false, false, false, true, false, false},
        {KeyFormat::JwkPrivate, QStringLiteral("jwk"), QStringLiteral("JWK (with private key)"), QStringLiteral("jwk"),
         true, false, false, true, false, false},
        {KeyFormat::JwksPublic, QStringLiteral("jwks-public"), QStringLiteral("JWK Set (public keys)"),
         QStringLiteral("jwks"), false, false, false, true, false, false},
        {KeyFormat::JwksPrivate, QStringLiteral("jwks"), QStringLiteral("JWK Set (with private keys)"),
         QStringLiteral("jwks"), true, false, false, true, false, false},
        {KeyFormat::JweJwk, QStringLiteral("jwe"), QStringLiteral("JWK (password-protected JWE)"),
         QStringLiteral("jwe"), true, true, false, false, false, false},
        {KeyFormat::SpkiPem, QStringLiteral("spki-pem"), QStringLiteral("SPKI PEM (public key)"), QStringLiteral("pem"),
         false, false, false, true, false, false},
        {KeyFormat::Pkcs8Pem, QStringLiteral("pkcs8-pem"), QStringLiteral("PKCS#8 PEM (private key)"),
         QStringLiteral("pem"), true, false, false, true, false, false},
        {KeyFormat::EncryptedPkcs8Pem, QStringLiteral("pkcs8-encrypted-pem"),
         QStringLiteral("Encrypted PKCS#8 PEM (passphrase)"), QStringLiteral("pem"), true, true, false, true, false,
         false},
        {KeyFormat::Pkcs1Pem, QStringLiteral("pkcs1-pem"), QStringLiteral("PKCS#1 PEM (RSA private key)"),
         QStringLiteral("pem"), true, false, false, true, true, false},
        {KeyFormat::Pkcs1PublicPem, QStringLiteral("pkcs1-public-pem"), QStringLiteral("PKCS#1 PEM (RSA public key)"),
         QStringLiteral("pem"), false, false, false, true, true, false},
        {KeyFormat::Sec1Pem, QStringLiteral("sec1-pem"), QStringLiteral("SEC1 PEM (EC private key)"),
         QStringLiteral("pem"), true, false, false, true, false, true},
        {KeyFormat::SpkiDer, QStringLiteral("spki-der"), QStringLiteral("SPKI DER (public key)"), QStringLiteral("der"),
         false, false, true, false, false, false},
        {KeyFormat::Pkcs8Der, QStringLiteral("pkcs8-der"), QStringLiteral("PKCS#8 DER (private key)"),
         QStringLiteral("der"), true, false, true, false, false, false},
        {KeyFormat::EncryptedPkcs8Der, QStringLiteral("pkcs8-encrypted-der"),
         QStringLiteral("Encrypted PKCS#8 DER (passphrase)"), QStringLiteral("der"), true, true, true, false, false,
         false},
        {KeyFormat::Pkcs1Der, QStringLiteral("pkcs1-der"), QStringLiteral("PKCS#1 DER (RSA private key)"),
         QStringLiteral("der"), true, false, true, false, true, false},
        {KeyFormat::Pkcs1PublicDer, QStringLiteral("pkcs1-public-der"), QStringLiteral("PKCS#1 DER (RSA public key)"),
         QStringLiteral("der"), false, false, true, false, true, false},
        {KeyFormat::Sec1Der, QStringLiteral("sec1-der"), QStringLiteral("SEC1 DER (EC private key)"),
         QStringLiteral("der"), true, false, true, false, false, true},
        {KeyFormat::Pkcs12, QStringLiteral("pkcs12"), QStringLiteral("PKCS#12"), QStringLiteral("p12"), true, true,
         true, false, false, false},
    };
    return table;
}

const KeyFormatInfo& keyFormatInfo(KeyFormat format)
{
    for (const auto& info : keyFormats()) {
        if (info.id == format) {
            return info;
        }
    }
    return keyFormats().first();
}

bool isJsonFormat(KeyFormat format)
{
    return format == KeyFormat::JwkPublic || format == KeyFormat::JwkPrivate || format == KeyFormat::JwksPublic ||
           format == KeyFormat::JwksPrivate;
}

const QList<ConversionTarget>& conversionTargets()
{
    static const QList<ConversionTarget> table = {
        // name, private key, public key, --encrypt
        {QStringLiteral("jwk"), KeyFormat::JwkPrivate, KeyFormat::JwkPublic, std::nullopt},
        {QStringLiteral("jwks"), KeyFormat::JwksPrivate, KeyFormat::JwksPublic, std::nullopt},
        {QStringLiteral("pem"), KeyFormat::Pkcs8Pem, KeyFormat::SpkiPem, KeyFormat::EncryptedPkcs8Pem},
        {QStringLiteral("pem-public"), KeyFormat::SpkiPem, KeyFormat::SpkiPem, std::nullopt},
        {QStringLiteral("pkcs1"), KeyFormat::Pkcs1Pem, KeyFormat::Pkcs1PublicPem, std::nullopt},
        {QStringLiteral("sec1"), KeyFormat::Sec1Pem, KeyFormat::Sec1Pem, std::nullopt},
        {QStringLiteral("der"), KeyFormat::Pkcs8Der, KeyFormat::SpkiDer, KeyFormat::EncryptedPkcs8Der},
        {QStringLiteral("der-public"), KeyFormat::SpkiDer, KeyFormat::SpkiDer, std::nullopt},
        {QStringLiteral("jwe"), KeyFormat::JweJwk, KeyFormat::JweJwk, std::nullopt},
        {QStringLiteral("p12"), KeyFormat::Pkcs12, KeyFormat::Pkcs12, std::nullopt},
    };
    return table;
}

const ConversionTarget* findConversionTarget(const QString& name)
{
    for (const auto& target : conversionTargets()) {
        if (target.name == name) {
            return &target;
        }
    }
    return nullptr;
}

KeyFormat ConversionTarget::formFor(const JsonWebKey& key, bool encrypt) const
{
    if (encrypt && encryptedForm) {
        return *encryptedForm;
    }
    return key.isPrivate() ? privateKeyForm : publicKeyForm;
}

QString formatUnavailableReason(const JsonWebKey& key, KeyFormat format)
{
    const KeyFormatInfo& info = keyFormatInfo(format);
    if (format == KeyFormat::JweJwk) {
        return {}; // protects whatever the key holds, public or private, of any type
    }
    const bool jwkForm = isJsonFormat(format);
    if (key.type() == KeyType::Oct && format == KeyFormat::Pkcs12) {
        return Tr::tr("an oct key is symmetric: PKCS#12 holds RSA, EC and OKP private keys");
    }
    if (key.type() == KeyType::Oct && !jwkForm) {
        return Tr::tr("an oct key is symmetric: it has no PEM or DER form");
    }
    if (key.type() == KeyType::Oct && (format == KeyFormat::JwkPublic || format == KeyFormat::JwksPublic)) {
        return Tr::tr("an oct key is symmetric: it has no public form");
    }
    if (info.privateMaterial && !key.isPrivate()) {
        // The labels are translated where the desktop app lists them (ExportDialog, context jwk::FormatLabels).
        return Tr::tr("%1 needs the private key, and this key is public only")
            .arg(QCoreApplication::translate("jwk::FormatLabels", info.label.toUtf8().constData()));
    }
    if (info.rsaOnly && key.type() != KeyType::RSA) {
        return Tr::tr("PKCS#1 holds RSA keys only; use SPKI or PKCS#8 for %1").arg(key.typeDescription());
    }
    if (info.ecOnly && key.type() != KeyType::EC) {
        return Tr::tr("SEC1 holds EC private keys only; use PKCS#8 for %1").arg(key.typeDescription());
    }
    return {};
}

namespace {

SecureBytes encode(EVP_PKEY* pkey, int selection, const char* outputType, const char* structure)
{
    OSSL_ENCODER_CTX* ctx = OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, outputType, structure, nullptr);
    unsigned char* data = nullptr;
    size_t len = 0;
    const bool ok = ctx && OSSL_ENCODER_CTX_get_num_encoders(ctx) > 0 && OSSL_ENCODER_to_data(ctx, &data, &len) == 1;
    OSSL_ENCODER_CTX_free(ctx);
    if (!ok) {
        throw JwkError(Tr::tr("OpenSSL cannot write this key as %1 %2 (%3)")
                           .arg(QLatin1String(structure), QLatin1String(outputType), takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    SecureBytes out(data, len);
    OPENSSL_clear_free(data, len);
    return out;
}

SecureBytes encryptPkcs8(EVP_PKEY* pkey, bool pem, const SecureBytes& passphrase)
{
    PKCS8_PRIV_KEY_INFO* p8inf = EVP_PKEY2PKCS8(pkey);
    if (!p8inf) {
        throw JwkError(Tr::tr("OpenSSL cannot write this key as PKCS#8 (%1)").arg(takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    // PBES2: PBKDF2-HMAC-SHA256 (600,000 iterations, 16-byte random salt) and AES-256-CBC.
    X509_SIG* p8 = PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase.constChars(), static_cast<int>(passphrase.size()),
                                    nullptr, 16, kPkcs8Iterations, p8inf, nullptr, nullptr);
    PKCS8_PRIV_KEY_INFO_free(p8inf);
    if (!p8) {
        throw JwkError(Tr::tr("the key could not be encrypted (%1)").arg(takeOpenSslError()), JwkError::Kind::Internal);
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    const int ok = pem ? PEM_write_bio_PKCS8(bio.get(), p8) : i2d_PKCS8_bio(bio.get(), p8);
    X509_SIG_free(p8);
    if (ok != 1) {
        throw JwkError(Tr::tr("the encrypted key could not be written (%1)").arg(takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return SecureBytes(data, static_cast<std::size_t>(len));
}

SecureBytes jwe(const SecureBytes& json, const QString& cty, PassphraseProvider* passphrases, const QString& what)
{
    const SecureBytes passphrase = askNewPassphrase(passphrases, what);
    jose::JweWriteOptions options;
    options.cty = cty;
    SecureBytes out = SecureBytes::fromByteArray(jose::encryptCompactJwe(json, passphrase, options));
    out.append('\n');
    return out;
}

QString nameOf(const JsonWebKey& key)
{
    return key.kid().isEmpty() ? key.typeDescription() : key.kid();
}

} // namespace

SecureBytes askNewPassphrase(PassphraseProvider* passphrases, const QString& what)
{
    std::optional<SecureBytes> passphrase;
    if (passphrases) {
        passphrase = passphrases->passphrase(what, PassphraseProvider::Purpose::Encrypt, 1);
    }
    if (!passphrase) {
        throw JwkError(Tr::tr("an encrypted export needs a passphrase"), JwkError::Kind::Cancelled);
    }
    if (passphrase->isEmpty()) {
        throw JwkError(Tr::tr("the passphrase is empty; an encrypted export needs a real one"));
    }
    return std::move(*passphrase);
}

SecureBytes exportKeySetAsJwe(const QList<JsonWebKey>& keys, PassphraseProvider* passphrases, const QString& what)
{
    return jwe(JsonWebKeySet(keys).toJson(true, JsonFormat::Compact), jose::kCtyJwkSet, passphrases, what);
}

SecureBytes exportKey(const JsonWebKey& key, KeyFormat format, PassphraseProvider* passphrases)
{
    const QString unavailable = formatUnavailableReason(key, format);
    if (!unavailable.isEmpty()) {
        throw JwkError(unavailable);
    }
    switch (format) {
    case KeyFormat::JwkPublic: {
        SecureBytes out = key.publicKey().toJson(false);
        out.append('\n');
        return out;
    }
    case KeyFormat::JwkPrivate: {
        SecureBytes out = key.toJson(true);
        out.append('\n');
        return out;
    }
    case KeyFormat::JweJwk:
        return jwe(key.toJson(true, JsonFormat::Compact), jose::kCtyJwk, passphrases, nameOf(key));
    case KeyFormat::Pkcs12: {
        if (key.type() == KeyType::Oct || !key.isPrivate()) {
            throw JwkError(formatUnavailableReason(key, format));
        }
        const SecureBytes passphrase = askNewPassphrase(passphrases, nameOf(key));
        return writePkcs12(key, passphrase);
    }
    case KeyFormat::JwksPublic:
    case KeyFormat::JwksPrivate: {
        JsonWebKeySet set({format == KeyFormat::JwksPrivate ? key : key.publicKey()});
        SecureBytes out = set.toJson(format == KeyFormat::JwksPrivate);
        out.append('\n');
        return out;
    }
    default:
        break;
    }

    EvpPkeyPtr pkey = toEvpPkey(key); // every check, whoever writes the DER
    // SPKI and PKCS#8 are written by KeyDer, byte for byte as OpenSSL's encoders write them (tst_keyder): an
    // encoder made per key cost more than all the rest of an export.
    switch (format) {
    case KeyFormat::SpkiPem:
    case KeyFormat::SpkiDer:
        if (const auto der = spkiDer(key)) {
            const SecureBytes bytes = SecureBytes::fromByteArray(*der);
            return format == KeyFormat::SpkiDer ? bytes : pemArmour("PUBLIC KEY", bytes);
        }
        break;
    case KeyFormat::Pkcs8Pem:
    case KeyFormat::Pkcs8Der:
        if (auto der = pkcs8Der(key)) {
            return format == KeyFormat::Pkcs8Der ? std::move(*der) : pemArmour("PRIVATE KEY", *der);
        }
        break;
    default:
        break;
    }
    switch (format) {
    case KeyFormat::SpkiPem:
        return encode(pkey.get(), EVP_PKEY_PUBLIC_KEY, "PEM", "SubjectPublicKeyInfo");
    case KeyFormat::SpkiDer:
        return encode(pkey.get(), EVP_PKEY_PUBLIC_KEY, "DER", "SubjectPublicKeyInfo");
    case KeyFormat::Pkcs8Pem:
        return encode(pkey.get(), EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo");
    case KeyFormat::Pkcs8Der:
        return encode(pkey.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo");
    case KeyFormat::Pkcs1Pem:
    case KeyFormat::Sec1Pem:
        return encode(pkey.get(), EVP_PKEY_KEYPAIR, "PEM", "type-specific");
    case KeyFormat::Pkcs1Der:
    case KeyFormat::Sec1Der:
        return encode(pkey.get(), EVP_PKEY_KEYPAIR, "DER", "type-specific");
    case KeyFormat::Pkcs1PublicPem:
        return encode(pkey.get(), EVP_PKEY_PUBLIC_KEY, "PEM", "type-specific");
    case KeyFormat::Pkcs1PublicDer:
        return encode(pkey.get(), EVP_PKEY_PUBLIC_KEY, "DER", "type-specific");
    case KeyFormat::EncryptedPkcs8Pem:
    case KeyFormat::EncryptedPkcs8Der: {
        const SecureBytes passphrase = askNewPassphrase(passphrases, nameOf(key));
        return encryptPkcs8(pkey.get(), format == KeyFormat::EncryptedPkcs8Pem, passphrase);
    }
    default:
        break;
    }
    throw JwkError(Tr::tr("unknown export format"), JwkError::Kind::Internal);
}

} // namespace jwk
