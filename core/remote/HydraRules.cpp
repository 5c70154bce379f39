#include "remote/HydraRules.h"

#include "remote/HydraTr.h"
#include "text/TextEscape.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace jwk::hydrarules {

// Whether the private key (PEM) is the one whose public key the first certificate (PEM) holds.
bool clientKeyFitsCertificate(const QByteArray& certificatePem, const SecureBytes& keyPem)
{
    BIO* certBio = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    X509* cert = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(certBio);
    BIO* keyBio = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
    // No passphrase callback: an encrypted key is not read (QSslKey above refused it already).
    EVP_PKEY* key = keyBio ? PEM_read_bio_PrivateKey(
                                 keyBio, nullptr, [](char*, int, int, void*) { return 0; }, nullptr)
                           : nullptr;
    BIO_free(keyBio);
    const bool fits = cert && key && EVP_PKEY_eq(X509_get0_pubkey(cert), key) == 1;
    X509_free(cert);
    EVP_PKEY_free(key); // frees (and cleanses) the private key
    ERR_clear_error();
    return fits;
}

bool isConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

namespace {

// The names a server certificate holds: its DNS and IP subject alternative names, else its common name.
QString certificateNames(const QSslCertificate& certificate)
{
    QStringList names;
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) {
            names << it.value();
        }
    }
    if (names.isEmpty()) {
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    }
    return names.isEmpty() ? HydraTr::tr("no name") : escapeControlCharacters(names.join(QStringLiteral(", ")));
}

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString tlsFailure(const QList<QSslError>& errors, const QString& host)
{
    QStringList causes;
    const auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) -> const QSslError* {
        for (const QSslError& e : errors) {
            for (const auto kind : kinds) {
                if (e.error() == kind) {
                    return &e;
                }
            }
        }
        return nullptr;
    };
    if (const QSslError* e = has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
                                  QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                                  QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted})) {
        const QStringList issuer = e->certificate().issuerInfo(QSslCertificate::CommonName);
        causes << HydraTr::tr(
                      "the server's certificate is issued by %1, a CA this machine does not trust; if the server "
                      "uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)")
                      .arg(issuer.isEmpty() ? HydraTr::tr("an unnamed CA")
                                            : QStringLiteral("\"%1\"").arg(escapeControlCharacters(issuer.join(u' '))));
    }
    if (const QSslError* e = has({QSslError::HostNameMismatch})) {
        causes << HydraTr::tr(
                      "the server's certificate is not for %1 (it names %2): connect with a name the certificate "
                      "holds, or have the server's certificate issued for %1")
                      .arg(escapeControlCharacters(host), certificateNames(e->certificate()));
    }
    if (const QSslError* e = has({QSslError::CertificateExpired})) {
        causes << HydraTr::tr(
                      "the server's certificate expired on %1: the server needs a renewed certificate (if that date "
                      "is still ahead, this machine's clock is wrong)")
                      .arg(utc(e->certificate().expiryDate()));
    }
    if (const QSslError* e = has({QSslError::CertificateNotYetValid})) {
        causes << HydraTr::tr("the server's certificate is valid only from %1: check this machine's clock, or the "
                              "certificate's dates")
                      .arg(utc(e->certificate().effectiveDate()));
    }
    return causes.join(QStringLiteral("; "));
}

// Set names and kids travel percent-encoded, but "." and ".." cannot: URL normalisation (QUrl's and Hydra's
// router's) turns /admin/keys/./victim into /admin/keys/victim, another resource. An empty one would address the
// parent: PUT /admin/keys/{set}/ with one key is a PUT of the whole set, which Hydra reads as empty.
namespace {

QString pathProblem(const char* what, const QString& value)
{
    if (value.isEmpty()) {
        return HydraTr::tr("the %1 is empty: Hydra's admin API cannot address it").arg(HydraTr::tr(what));
    }
    if (value == QStringLiteral(".") || value == QStringLiteral("..")) {
        return HydraTr::tr("the %1 \"%2\" cannot be addressed in Hydra's URL paths (it names another resource "
                           "after URL normalisation)")
            .arg(HydraTr::tr(what), value);
    }
    return {};
}

} // namespace

QString pathProblem(const QString& set, const QString& kid, bool withKid)
{
    QString problem = pathProblem(QT_TRANSLATE_NOOP("jwk::HydraAdminClient", "key set name"), set);
    if (problem.isEmpty() && withKid) {
        problem = pathProblem(QT_TRANSLATE_NOOP("jwk::HydraAdminClient", "kid"), kid);
    }
    return problem;
}

QString clientIdProblem(const QString& clientId)
{
    return pathProblem(QT_TRANSLATE_NOOP("jwk::HydraAdminClient", "client id"), clientId);
}

} // namespace jwk::hydrarules
