#pragma once
// The JWS algorithms of RFC 7518 §3 and RFC 8037 (HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512,
// EdDSA), which key fits which, and signing and verifying with OpenSSL: HMAC through EVP_MAC with a constant-time
// comparison, RSASSA-PKCS1-v1_5, RSASSA-PSS with a salt as long as the hash (RFC 7518 §3.5), ECDSA with the JOSE
// signature form r‖s of exactly twice the curve's size (converted to and from DER ECDSA-Sig-Value), and EdDSA on
// Ed25519 and Ed448. `none` is never an algorithm here.

#include "keys/JsonWebKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace jwk::jose {

enum class JwsFamily { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct JwsAlgorithm
{
    QString name; // "ES256"
    JwsFamily family;
    const char* digest;  // OpenSSL's name ("SHA256"); nullptr for EdDSA
    QString curve;       // ES*: "P-256"; empty otherwise
    int coordinateBytes; // ES*: the size of r and of s in the JOSE form; 0 otherwise
};

// nullptr for anything else, "none" included. Names are case-sensitive, as in JOSE.
const JwsAlgorithm* findJwsAlgorithm(const QString& name);
QStringList jwsAlgorithmNames();

// Why `key` cannot sign (or verify) with `alg`, for people; empty when it can. Refused: an alg that is not a JWS
// algorithm; a key of another type or curve (HS* with an RSA, EC or OKP key is algorithm confusion); a key whose
// "alg" names another algorithm; a key whose "use" is "enc" or whose "key_ops" have neither sign nor verify; for
// signing, a key without its private part, an RSA key under 2048 bits and an HMAC key shorter than the hash.
QString keyMismatch(const JsonWebKey& key, const QString& alg, bool signing);

// The signature of `signingInput`. Throws JwkError when keyMismatch() is not empty or OpenSSL fails.
QByteArray signJws(const JsonWebKey& key, const QString& alg, QByteArrayView signingInput);
// Whether `signature` is `key`'s signature of `signingInput` with `alg`. False for a signature of the wrong form (an
// ES256 signature that is not 64 bytes, a DER signature) and for a key that does not fit (check keyMismatch() first
// for the reason).
bool verifyJws(const JsonWebKey& key, const QString& alg, QByteArrayView signingInput, QByteArrayView signature);

} // namespace jwk::jose
