#include "keys/Algorithms.h"

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text. The descriptions of the table below are translated where the app lists them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::Algorithms)
};
} // namespace

namespace jwk {

const QList<AlgorithmInfo>& algorithms()
{
    static const QList<AlgorithmInfo> table = [] {
        const QStringList ecdhCurves = {QStringLiteral("P-256"), QStringLiteral("P-384"), QStringLiteral("P-521"),
                                        QStringLiteral("X25519"), QStringLiteral("X448")};
        const QString sig = QStringLiteral("sig");
        const QString enc = QStringLiteral("enc");
        QList<AlgorithmInfo> t;
        auto rsa = [&](const char* name, int bits, const QString& use, const char* what, bool hydra) {
            t.append({QString::fromLatin1(name), KeyType::RSA, bits, 2048, {}, use, QString::fromUtf8(what), hydra});
        };
        rsa("RS256", 4096, sig, "RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature", true);
        rsa("RS384", 4096, sig, "RSASSA-PKCS1-v1_5 with SHA-384", true);
        rsa("RS512", 4096, sig, "RSASSA-PKCS1-v1_5 with SHA-512", true);
        rsa("PS256", 2048, sig, "RSASSA-PSS with SHA-256: the modern RSA signature", true);
        rsa("PS384", 2048, sig, "RSASSA-PSS with SHA-384", true);
        rsa("PS512", 2048, sig, "RSASSA-PSS with SHA-512", true);
        rsa("RSA-OAEP", 2048, enc, "RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)", false);
        rsa("RSA-OAEP-256", 2048, enc, "RSAES-OAEP with SHA-256: key encryption for JWE", false);
        auto ec = [&](const char* name, const QStringList& curves, KeyType type, const QString& use, const char* what,
                      bool hydra) {
            t.append({QString::fromLatin1(name), type, 0, 0, curves, use, QString::fromUtf8(what), hydra});
        };
        ec("ES256", {QStringLiteral("P-256")}, KeyType::EC, sig, "ECDSA on P-256 with SHA-256: small, fast signatures",
           true);
        ec("ES384", {QStringLiteral("P-384")}, KeyType::EC, sig, "ECDSA on P-384 with SHA-384", true);
        ec("ES512", {QStringLiteral("P-521")}, KeyType::EC, sig, "ECDSA on P-521 with SHA-512", true);
        ec("EdDSA", {QStringLiteral("Ed25519"), QStringLiteral("Ed448")}, KeyType::OKP, sig,
           "EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448", true);
        ec("Ed25519", {QStringLiteral("Ed25519")}, KeyType::OKP, sig, "EdDSA on Ed25519, fully specified (RFC 9864)",
           false);
        ec("Ed448", {QStringLiteral("Ed448")}, KeyType::OKP, sig, "EdDSA on Ed448, fully specified (RFC 9864)", false);
        ec("ECDH-ES", ecdhCurves, KeyType::EC, enc, "ECDH-ES key agreement for JWE, direct", false);
        ec("ECDH-ES+A128KW", ecdhCurves, KeyType::EC, enc, "ECDH-ES key agreement with AES-128 key wrap", false);
        ec("ECDH-ES+A192KW", ecdhCurves, KeyType::EC, enc, "ECDH-ES key agreement with AES-192 key wrap", false);
        ec("ECDH-ES+A256KW", ecdhCurves, KeyType::EC, enc, "ECDH-ES key agreement with AES-256 key wrap", false);
        auto oct = [&](const char* name, int bits, const QString& use, const char* what) {
            t.append({QString::fromLatin1(name), KeyType::Oct, bits, bits, {}, use, QString::fromUtf8(what), false});
        };
        oct("HS256", 256, sig, "HMAC with SHA-256: a shared secret for JWS");
        oct("HS384", 384, sig, "HMAC with SHA-384");
        oct("HS512", 512, sig, "HMAC with SHA-512");
        oct("A128KW", 128, enc, "AES-128 key wrap for JWE");
        oct("A192KW", 192, enc, "AES-192 key wrap for JWE");
        oct("A256KW", 256, enc, "AES-256 key wrap for JWE");
        oct("A128GCM", 128, enc, "AES-128-GCM content encryption (or A128GCMKW key wrap)");
        oct("A192GCM", 192, enc, "AES-192-GCM content encryption");
        oct("A256GCM", 256, enc, "AES-256-GCM content encryption");
        t.append({QStringLiteral("dir"),
                  KeyType::Oct,
                  256,
                  128,
                  {},
                  enc,
                  QStringLiteral("A shared content-encryption key used directly (size follows the \"enc\" in use)"),
                  false});
        return t;
    }();
    return table;
}

const AlgorithmInfo* findAlgorithm(const QString& name)
{
    for (const auto& a : algorithms()) {
        if (a.name == name) {
            return &a;
        }
    }
    return nullptr;
}

QStringList algorithmNames()
{
    QStringList names;
    for (const auto& a : algorithms()) {
        names << a.name;
    }
    return names;
}

QString algorithmMismatch(const QString& alg, const JsonWebKey& key)
{
    const AlgorithmInfo* info = findAlgorithm(alg);
    if (!info) {
        return Tr::tr("\"%1\" is not a JOSE algorithm JWK Manager knows").arg(alg);
    }
    const bool ecdh = alg.startsWith(QStringLiteral("ECDH-ES"));
    const bool typeFits =
        info->keyType == key.type() || (ecdh && (key.type() == KeyType::EC || key.type() == KeyType::OKP));
    if (!typeFits) {
        return Tr::tr("%1 needs a %2 key, not %3")
            .arg(alg,
                 info->keyType == KeyType::RSA   ? QStringLiteral("RSA")
                 : info->keyType == KeyType::EC  ? QStringLiteral("EC")
                 : info->keyType == KeyType::OKP ? QStringLiteral("OKP")
                                                 : QStringLiteral("oct"),
                 key.typeDescription());
    }
    if (!info->curves.isEmpty() && !info->curves.contains(key.curve())) {
        return Tr::tr("%1 needs curve %2, not %3").arg(alg, info->curves.join(Tr::tr(" or ")), key.curve());
    }
    if (key.type() == KeyType::Oct) {
        const int bits = key.sizeBits();
        const bool exact = alg.startsWith(QLatin1Char('A')); // AES keys have one size
        if ((exact && bits != info->defaultBits) || (!exact && bits < info->minBits)) {
            // Two whole sentences, so that a translation can order its words freely.
            return (exact ? Tr::tr("%1 needs a %2-bit key, not %3 bits")
                          : Tr::tr("%1 needs a at least %2-bit key, not %3 bits"))
                .arg(alg)
                .arg(exact ? info->defaultBits : info->minBits)
                .arg(bits);
        }
    }
    return {};
}

} // namespace jwk
