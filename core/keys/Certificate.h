#pragma once
// An X.509 certificate as JWK Manager shows it (subject, issuer, validity, SANs) and uses it (its public key,
// x5t thumbprints). Also makes self-signed certificates, as Hydra does for hydra.https-tls.

#include "keys/OpenSslPtr.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

class Certificate
{
public:
    // Throws JwkError when the DER is not a certificate.
    static Certificate fromDer(const QByteArray& der);
    static Certificate fromX509(X509* cert); // takes a reference

    const QByteArray& der() const { return m_der; }
    X509* x509() const { return m_x509.get(); }
    QString subject() const;
    QString issuer() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QStringList subjectAltNames() const; // "DNS:example.com", "IP:127.0.0.1", "email:..."
    QString serialNumber() const;        // hex
    bool isSelfIssued() const;
    bool isExpired(const QDateTime& at = QDateTime::currentDateTimeUtc()) const;
    bool isNotYetValid(const QDateTime& at = QDateTime::currentDateTimeUtc()) const;
    // Whether `issuer` signed this certificate.
    bool isIssuedBy(const Certificate& issuer) const;
    EVP_PKEY* publicKey() const; // owned by the certificate

    QString x5t() const;     // base64url SHA-1 of the DER
    QString x5tS256() const; // base64url SHA-256 of the DER

    // A self-signed certificate for `key` (which must hold a private key) with CN `commonName`,
    // subjectAltNames such as "DNS:localhost", "IP:127.0.0.1", valid for `days` days from now.
    static Certificate makeSelfSigned(EVP_PKEY* key, const QString& commonName, const QStringList& subjectAltNames,
                                      int days);
    // A certificate for `subjectKey` signed by `issuer` (whose private key is `issuerKey`); a CA certificate when
    // isCa. With issuer null it is self-signed by issuerKey. Used for test CAs and TLS certificates.
    static Certificate makeCertificate(EVP_PKEY* subjectKey, const QString& commonName,
                                       const QStringList& subjectAltNames, int days, const Certificate* issuer,
                                       EVP_PKEY* issuerKey, bool isCa);
    // PEM text of the certificate.
    QByteArray toPem() const;

private:
    std::shared_ptr<X509> m_x509; // shared: copies of a Certificate are cheap and immutable
    QByteArray m_der;
};

} // namespace jwk
