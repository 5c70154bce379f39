#include "jose/JwePbes2.h"

#include "jose/JweCrypto.h"
#include "keys/Base64Url.h"
#include "keys/JsonStrict.h"
#include "keys/JwkError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cmath>

namespace jwk::jose {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::Jwe)
};

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (begin < end && space(text[begin])) {
        ++begin;
    }
    while (end > begin && space(text[end - 1])) {
        --end;
    }
    return text.sliced(begin, end - begin);
}

QList<QByteArrayView> splitParts(QByteArrayView compact)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= compact.size(); ++i) {
        if (i == compact.size() || compact[i] == '.') {
            parts.append(compact.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

[[noreturn]] void refuse(const QString& message, JwkError::Kind kind = JwkError::Kind::InvalidInput)
{
    throw JwkError(message, kind);
}

QString supportedAlgorithms()
{
    return pbes2AlgorithmNames().join(QStringLiteral(", "));
}

QString shown(const QString& text)
{
    QString s = text.left(64);
    for (QChar& c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char('?');
        }
    }
    return s;
}

QByteArray decodePart(QByteArrayView part, const QString& name)
{
    const auto decoded = base64url::decode(QString::fromLatin1(part.data(), part.size()));
    if (!decoded) {
        refuse(Tr::tr("the JWE is damaged: its %1 is not base64url").arg(name));
    }
    return *decoded;
}

JweHeader checkHeader(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        refuse(Tr::tr("the JWE's header is not a JSON object"));
    }
    if (const QString name = findDuplicateMember(json); !name.isNull()) {
        refuse(Tr::tr("the JWE's header names member \"%1\" twice").arg(shown(name)));
    }
    const QJsonObject header = doc.object();
    JweHeader h;
    const QJsonValue alg = header.value(QStringLiteral("alg"));
    if (!alg.isString()) {
        refuse(Tr::tr("the JWE's header has no \"alg\""));
    }
    h.alg = alg.toString();
    if (!findPbes2Algorithm(h.alg)) {
        refuse(Tr::tr("the JWE is encrypted with \"%1\"; JWK Manager reads password-protected JWEs only (%2)")
                   .arg(shown(h.alg), supportedAlgorithms()),
               JwkError::Kind::Unsupported);
    }
    const QJsonValue enc = header.value(QStringLiteral("enc"));
    h.enc = enc.toString();
    if (!enc.isString() || !findContentEncryption(h.enc)) {
        refuse(Tr::tr("the JWE's content encryption \"%1\" is not supported; JWK Manager reads %2")
                   .arg(shown(h.enc), contentEncryptionNames().join(QStringLiteral(", "))),
               JwkError::Kind::Unsupported);
    }
    if (header.contains(QStringLiteral("zip"))) {
        refuse(Tr::tr("the JWE is compressed (\"zip\"); JWK Manager reads uncompressed JWEs only: encrypt the key "
                      "again without compression"),
               JwkError::Kind::Unsupported);
    }
    if (header.contains(QStringLiteral("crit"))) {
        refuse(Tr::tr("the JWE's header marks members as critical (\"crit\"); JWK Manager understands none of them, "
                      "so it must not read this JWE"),
               JwkError::Kind::Unsupported);
    }
    const QJsonValue cty = header.value(QStringLiteral("cty"));
    if (!cty.isUndefined() && !cty.isString()) {
        refuse(Tr::tr("the JWE's header member \"cty\" is not a string"));
    }
    h.cty = cty.toString();
    const QJsonValue p2s = header.value(QStringLiteral("p2s"));
    const auto salt = p2s.isString() ? base64url::decode(p2s.toString()) : std::nullopt;
    if (!salt) {
        refuse(Tr::tr("the JWE's header has no valid \"p2s\" (the PBES2 salt, base64url)"));
    }
    if (salt->size() < kJweMinSaltBytes) {
        refuse(Tr::tr("the JWE's PBES2 salt (\"p2s\") is %1 bytes; at least %2 are needed")
                   .arg(salt->size())
                   .arg(kJweMinSaltBytes));
    }
    h.p2s = *salt;
    const QJsonValue p2c = header.value(QStringLiteral("p2c"));
    const double count = p2c.toDouble(-1);
    if (!p2c.isDouble() || count != std::floor(count) || count < 1) {
        refuse(Tr::tr("the JWE's header has no valid \"p2c\" (the PBKDF2 iteration count, a positive integer)"));
    }
    if (count > static_cast<double>(kJweMaxIterations)) {
        refuse(Tr::tr("the JWE asks for %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep "
                      "it busy for hours: encrypt the key again with fewer (600,000 is sound)")
                   .arg(static_cast<qint64>(count))
                   .arg(kJweMaxIterations),
               JwkError::Kind::Unsupported);
    }
    if (count < kJweMinIterations) {
        refuse(Tr::tr("the JWE asks for only %1 PBKDF2 iterations; at least %2 are needed (RFC 7518 §4.8.1.2), fewer "
                      "make the passphrase easy to guess: encrypt the key again with more (600,000 is sound)")
                   .arg(static_cast<qint64>(count))
                   .arg(kJweMinIterations),
               JwkError::Kind::Unsupported);
    }
    h.p2c = static_cast<qint64>(count);
    return h;
}

struct Parts
{
    QByteArray encodedHeader; // the AAD
    JweHeader header;
    QByteArray encryptedKey;
    QByteArray iv;
    QByteArray ciphertext;
    QByteArray tag;
};

Parts parse(QByteArrayView input, bool withBody)
{
    const QByteArrayView compact = trimmed(input);
    const QList<QByteArrayView> parts = splitParts(compact);
    if (parts.size() == 3) {
        refuse(Tr::tr("this is a JWS or JWT (three parts separated by dots), not a key or a password-protected JWE"));
    }
    if (parts.size() != 5) {
        refuse(Tr::tr("not a compact JWE: it has %1 parts separated by dots, a JWE has five (truncated?)")
                   .arg(parts.size()));
    }
    if (parts[0].size() > kJweMaxHeaderBytes) {
        refuse(Tr::tr("the JWE's header is %1 KiB; JWK Manager reads headers of at most %2 KiB")
                   .arg(parts[0].size() / 1024)
                   .arg(kJweMaxHeaderBytes / 1024));
    }
    Parts p;
    p.encodedHeader = parts[0].toByteArray();
    p.header = checkHeader(decodePart(parts[0], Tr::tr("header")));
    if (withBody) {
        p.encryptedKey = decodePart(parts[1], Tr::tr("encrypted key"));
        p.iv = decodePart(parts[2], Tr::tr("initialization vector"));
        p.ciphertext = decodePart(parts[3], Tr::tr("ciphertext"));
        p.tag = decodePart(parts[4], Tr::tr("authentication tag"));
    }
    return p;
}

void checkSize(const QByteArray& part, qsizetype expected, const QString& name, const QString& enc)
{
    if (part.size() != expected) {
        refuse(Tr::tr("the JWE is damaged or truncated: its %1 is %2 bytes, %3 needs %4")
                   .arg(name)
                   .arg(part.size())
                   .arg(enc)
                   .arg(expected));
    }
}

QByteArray serialize(const QByteArray& encodedHeader, const QByteArray& encryptedKey, const QByteArray& iv,
                     const Sealed& sealed)
{
    return encodedHeader + '.' + base64url::encode(encryptedKey) + '.' + base64url::encode(iv) + '.' +
           base64url::encode(sealed.ciphertext) + '.' + base64url::encode(sealed.tag);
}

QByteArray seal(const QByteArray& encodedHeader, const JweHeader& header, const SecureBytes& passphrase,
                const SecureBytes& cek, const QByteArray& iv, const SecureBytes& plaintext)
{
    const Pbes2Algorithm* alg = findPbes2Algorithm(header.alg);
    const ContentEncryption* enc = findContentEncryption(header.enc);
    const SecureBytes kek = derivePbes2Key(*alg, passphrase, header.p2s, static_cast<int>(header.p2c));
    const QByteArray wrapped = aesKeyWrap(kek, cek);
    return serialize(encodedHeader, wrapped, iv, encryptContent(*enc, cek, iv, encodedHeader, plaintext));
}

} // namespace

bool looksLikeCompactJwe(QByteArrayView text)
{
    const QByteArrayView compact = trimmed(text);
    int dots = 0;
    for (const char c : compact) {
        if (c == '.') {
            ++dots;
        } else if (!isBase64UrlChar(c) && c != '=') { // padding is refused later, with its own message
            return false;
        }
    }
    // A protected header is a JSON object: its base64url starts with "eyJ" ('{"'). Two dots or more: a JWS or a
    // truncated JWE is sent on too, to be told what it is.
    return dots >= 2 && compact.startsWith("eyJ");
}

JweHeader inspectCompactJwe(QByteArrayView compact)
{
    return parse(compact, false).header;
}

QByteArray encryptCompactJwe(const SecureBytes& plaintext, const SecureBytes& passphrase,
                             const JweWriteOptions& options)
{
    if (passphrase.isEmpty()) {
        refuse(Tr::tr("the passphrase is empty; a password-protected JWE needs a real one"));
    }
    const Pbes2Algorithm* alg = findPbes2Algorithm(options.alg);
    const ContentEncryption* enc = findContentEncryption(options.enc);
    if (!alg || !enc) {
        refuse(Tr::tr("cannot write a JWE with alg \"%1\" and enc \"%2\"").arg(options.alg, options.enc),
               JwkError::Kind::Internal);
    }
    JweHeader header;
    header.alg = options.alg;
    header.enc = options.enc;
    header.cty = options.cty;
    header.p2s = randomBytes(options.saltBytes);
    header.p2c = options.iterations;
    QJsonObject json{{QStringLiteral("alg"), header.alg},
                     {QStringLiteral("enc"), header.enc},
                     {QStringLiteral("p2s"), QString::fromLatin1(base64url::encode(header.p2s))},
                     {QStringLiteral("p2c"), options.iterations}};
    if (!options.cty.isEmpty()) {
        json.insert(QStringLiteral("cty"), options.cty);
    }
    const QByteArray encodedHeader = base64url::encode(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return seal(encodedHeader, header, passphrase, randomSecret(enc->cekBytes), randomBytes(enc->ivBytes), plaintext);
}

QByteArray encryptCompactJweWith(const QByteArray& headerJson, const SecureBytes& passphrase, const SecureBytes& cek,
                                 const QByteArray& iv, const SecureBytes& plaintext)
{
    return seal(base64url::encode(headerJson), checkHeader(headerJson), passphrase, cek, iv, plaintext);
}

JweDecrypted decryptCompactJwe(QByteArrayView compact, const SecureBytes& passphrase)
{
    Parts p = parse(compact, true);
    const Pbes2Algorithm* alg = findPbes2Algorithm(p.header.alg);
    const ContentEncryption* enc = findContentEncryption(p.header.enc);
    checkSize(p.encryptedKey, enc->cekBytes + 8, Tr::tr("encrypted key"), enc->name);
    checkSize(p.iv, enc->ivBytes, Tr::tr("initialization vector"), enc->name);
    checkSize(p.tag, enc->tagBytes, Tr::tr("authentication tag"), enc->name);
    const SecureBytes kek = derivePbes2Key(*alg, passphrase, p.header.p2s, static_cast<int>(p.header.p2c));
    const std::optional<SecureBytes> cek = aesKeyUnwrap(kek, p.encryptedKey);
    if (!cek) {
        refuse(Tr::tr("wrong passphrase: the JWE's key could not be unwrapped"), JwkError::Kind::WrongPassphrase);
    }
    std::optional<SecureBytes> plaintext = decryptContent(*enc, *cek, p.iv, p.encodedHeader, p.ciphertext, p.tag);
    if (!plaintext) {
        refuse(Tr::tr("the JWE is damaged: the passphrase is right, but its authentication tag does not match (the "
                      "header, IV or ciphertext was altered or truncated)"));
    }
    return {std::move(*plaintext), std::move(p.header)};
}

} // namespace jwk::jose
