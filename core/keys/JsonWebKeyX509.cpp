// The certificate members of a JsonWebKey (RFC 7517 §4.7-4.9): x5c as DER certificates, and the x5t/x5t#S256
// thumbprints of the leaf kept in step with it.
#include "keys/Base64Url.h"
#include "keys/JsonWebKey.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace jwk {

QList<QByteArray> JsonWebKey::certificateChain() const
{
    QList<QByteArray> chain;
    for (const auto& v : m_members.value(QStringLiteral("x5c")).toArray()) {
        chain << base64url::decodeStandard(v.toString()).value_or(QByteArray());
    }
    return chain;
}

void JsonWebKey::setCertificateChain(const QList<QByteArray>& derChain)
{
    if (derChain.isEmpty()) {
        m_members.remove(QStringLiteral("x5c"));
        m_members.remove(QStringLiteral("x5t"));
        m_members.remove(QStringLiteral("x5t#S256"));
        return;
    }
    QJsonArray x5c;
    for (const auto& der : derChain) {
        x5c.append(QString::fromLatin1(der.toBase64()));
    }
    m_members.insert(QStringLiteral("x5c"), x5c);
    const QByteArray& leaf = derChain.first();
    m_members.insert(QStringLiteral("x5t"),
                     QString::fromLatin1(base64url::encode(QCryptographicHash::hash(leaf, QCryptographicHash::Sha1))));
    m_members.insert(QStringLiteral("x5t#S256"), QString::fromLatin1(base64url::encode(
                                                     QCryptographicHash::hash(leaf, QCryptographicHash::Sha256))));
}

} // namespace jwk
