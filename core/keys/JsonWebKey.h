#pragma once
// A JSON Web Key (RFC 7517) of kty RSA, EC (RFC 7518), OKP (RFC 8037) or oct, validated strictly on parsing.
// Private members are held in wiped-on-free buffers and leave the object only through toJson(includePrivate)
// or privateMember(). Members this class does not interpret (x5u, key_ops, exp, custom ones) are kept as they
// came and written back unchanged.

#include "keys/JsonWriter.h"
#include "keys/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

#include <openssl/types.h>

namespace jwk {

enum class KeyType { RSA, EC, OKP, Oct };

enum class ThumbprintHash { Sha256, Sha1, Sha384, Sha512 };

class JsonWebKey
{
public:
    JsonWebKey() = default;

    // Throws JwkError naming the member and the reason when the object is not a valid JWK.
    static JsonWebKey fromJson(const QJsonObject& object);
    static JsonWebKey fromJson(const QByteArray& json);

    // For the converters: a key made of already validated members. Validates again.
    static JsonWebKey fromMembers(const QJsonObject& publicMembers, std::map<QString, SecureBytes> privateMembers);

    bool isNull() const { return m_members.isEmpty(); }
    KeyType type() const { return m_type; }
    QString kty() const;
    QString curve() const; // crv for EC and OKP, empty otherwise
    // Modulus size for RSA, field size for EC, key length for OKP and oct; in bits.
    int sizeBits() const;
    // "RSA 2048", "EC P-256", "OKP Ed25519", "oct 256"
    QString typeDescription() const;

    QString kid() const { return m_members.value(QStringLiteral("kid")).toString(); }
    QString alg() const { return m_members.value(QStringLiteral("alg")).toString(); }
    QString use() const { return m_members.value(QStringLiteral("use")).toString(); }
    QStringList keyOps() const;
    void setKid(const QString& kid);
    void setAlg(const QString& alg);
    void setUse(const QString& use);
    void setMember(const QString& name, const QJsonValue& value); // non-key members only (x5c, exp, custom)
    void removeMember(const QString& name);

    bool hasMember(const QString& name) const;
    bool isPrivate() const { return !m_private.empty(); }
    bool hasPublicForm() const { return m_type != KeyType::Oct; }

    // The key without its private members, and without the key_ops that need them (sign, decrypt, unwrapKey,
    // deriveKey, deriveBits). Throws JwkError for oct keys, which have no public form.
    JsonWebKey publicKey() const;

    // Decoded public key member (n, e, x, y); empty when absent.
    QByteArray publicMember(const QString& name) const;
    // Decoded private member (d, p, q, dp, dq, qi, k); nullptr when absent.
    const SecureBytes* privateMember(const QString& name) const;

    // The non-private members as JSON: safe to show, log-free and to keep in clear.
    QJsonObject publicMembers() const { return m_members; }

    // Serialises the key. With includePrivate the result holds secrets: wipe it when done.
    SecureBytes toJson(bool includePrivate, JsonFormat format = JsonFormat::Indented) const;

    // RFC 7638 thumbprint, base64url.
    QString thumbprint(ThumbprintHash hash = ThumbprintHash::Sha256) const;
    QByteArray thumbprintInput() const;

    // DER certificates of x5c, leaf first (empty when absent).
    QList<QByteArray> certificateChain() const;
    // Sets x5c, x5t and x5t#S256 from a DER chain, leaf first.
    void setCertificateChain(const QList<QByteArray>& derChain);

    // Same key material (public members and private members), ignoring metadata.
    bool sameKeyAs(const JsonWebKey& other) const;

    static bool isPrivateMemberName(const QString& name);
    static const QStringList& privateMemberNames();

    // True when admitKey() (KeyAdmission) found the key material sound: points on their curve, pairs that fit, CRT
    // values consistent. Copies keep it; kid, alg, use and the other non-key members can change without touching
    // the material, so they keep it too; a key parsed or built anew starts without it. A key checked on import or
    // on a pull thus enters the store without the same (for P-384, milliseconds long) checks a second time.
    bool materialAdmitted() const { return m_materialAdmitted; }

private:
    friend QString admitKey(JsonWebKey& key);
    friend QString admitKey(JsonWebKey& key, const EVP_PKEY* decoded);
    friend class KeyTexts; // a text it made of an admitted key reads back as admitted

    void validate(); // throws
    bool m_materialAdmitted = false;
    KeyType m_type = KeyType::Oct;
    QJsonObject m_members;                    // everything but private members
    std::map<QString, SecureBytes> m_private; // decoded private members
};

} // namespace jwk
