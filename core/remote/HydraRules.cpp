#include "remote/HydraRules.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::HydraAdminClient)
};
} // namespace

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

// Set names and kids travel percent-encoded, but "." and ".." cannot: URL normalisation (QUrl's and Hydra's
// router's) turns /admin/keys/./victim into /admin/keys/victim, another resource. An empty one would address the
// parent: PUT /admin/keys/{set}/ with one key is a PUT of the whole set, which Hydra reads as empty.
namespace {

QString pathProblem(const char* what, const QString& value)
{
    if (value.isEmpty()) {
        return Tr::tr("the %1 is empty: Hydra's admin API cannot address it").arg(Tr::tr(what));
    }
    if (value == QStringLiteral(".") || value == QStringLiteral("..")) {
        return Tr::tr("the %1 \"%2\" cannot be addressed in Hydra's URL paths (it names another resource "
                      "after URL normalisation)")
            .arg(Tr::tr(what), value);
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

} // namespace jwk::hydrarules
