#include "keys/Certificate.h"

#include "keys/Base64Url.h"
#include "keys/JwkError.h"

#include <QCryptographicHash>

#include <openssl/asn1.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::Certificate)
};
} // namespace

namespace jwk {
namespace {

QString nameToString(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

} // namespace

Certificate Certificate::fromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!x || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        X509_free(x);
        clearOpenSslErrors();
        throw JwkError(Tr::tr("the data is not a DER X.509 certificate"));
    }
    Certificate c;
    c.m_x509.reset(x, X509_free);
    c.m_der = der;
    return c;
}

Certificate Certificate::fromX509(X509* cert)
{
    X509_up_ref(cert);
    Certificate c;
    c.m_x509.reset(cert, X509_free);
    unsigned char* buf = nullptr;
    const int len = i2d_X509(cert, &buf);
    if (len > 0) {
        c.m_der = QByteArray(reinterpret_cast<const char*>(buf), len);
    }
    OPENSSL_free(buf);
    return c;
}

QString Certificate::subject() const
{
    return nameToString(X509_get_subject_name(m_x509.get()));
}

QString Certificate::issuer() const
{
    return nameToString(X509_get_issuer_name(m_x509.get()));
}

QDateTime Certificate::notBefore() const
{
    return toDateTime(X509_get0_notBefore(m_x509.get()));
}

QDateTime Certificate::notAfter() const
{
    return toDateTime(X509_get0_notAfter(m_x509.get()));
}

QStringList Certificate::subjectAltNames() const
{
    QStringList result;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_x509.get(), NID_subject_alt_name, nullptr, nullptr));
    if (!names) {
        return result;
    }
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        switch (name->type) {
        case GEN_DNS:
        case GEN_EMAIL:
        case GEN_URI: {
            const ASN1_IA5STRING* s = name->d.ia5;
            const QString value =
                QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
            result << (name->type == GEN_DNS     ? QStringLiteral("DNS:")
                       : name->type == GEN_EMAIL ? QStringLiteral("email:")
                                                 : QStringLiteral("URI:")) +
                          value;
            break;
        }
        case GEN_IPADD: {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const unsigned char* b = ASN1_STRING_get0_data(ip);
            const int len = ASN1_STRING_length(ip);
            QString text;
            if (len == 4) {
                text = QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
            } else if (len == 16) {
                QStringList groups;
                for (int j = 0; j < 16; j += 2) {
                    groups << QString::number((b[j] << 8) | b[j + 1], 16);
                }
                text = groups.join(QLatin1Char(':'));
            }
            result << QStringLiteral("IP:") + text;
            break;
        }
        default:
            break;
        }
    }
    GENERAL_NAMES_free(names);
    return result;
}

QString Certificate::serialNumber() const
{
    BnPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_x509.get()), nullptr));
    char* hex = bn ? BN_bn2hex(bn.get()) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    return text;
}

bool Certificate::isSelfIssued() const
{
    return X509_NAME_cmp(X509_get_subject_name(m_x509.get()), X509_get_issuer_name(m_x509.get())) == 0;
}

bool Certificate::isExpired(const QDateTime& at) const
{
    return notAfter().isValid() && at > notAfter();
}

bool Certificate::isNotYetValid(const QDateTime& at) const
{
    return notBefore().isValid() && at < notBefore();
}

bool Certificate::isIssuedBy(const Certificate& issuer) const
{
    if (X509_NAME_cmp(X509_get_issuer_name(m_x509.get()), X509_get_subject_name(issuer.m_x509.get())) != 0) {
        return false;
    }
    const bool ok = X509_verify(m_x509.get(), X509_get0_pubkey(issuer.m_x509.get())) == 1;
    clearOpenSslErrors();
    return ok;
}

EVP_PKEY* Certificate::publicKey() const
{
    return X509_get0_pubkey(m_x509.get());
}

QByteArray Certificate::toPem() const
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = m_der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        pem += b64.mid(i, 64) + '\n';
    }
    return pem + "-----END CERTIFICATE-----\n";
}

QString Certificate::x5t() const
{
    return QString::fromLatin1(base64url::encode(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1)));
}

QString Certificate::x5tS256() const
{
    return QString::fromLatin1(base64url::encode(QCryptographicHash::hash(m_der, QCryptographicHash::Sha256)));
}

Certificate Certificate::makeSelfSigned(EVP_PKEY* key, const QString& commonName, const QStringList& subjectAltNames,
                                        int days)
{
    return makeCertificate(key, commonName, subjectAltNames, days, nullptr, key, false);
}

Certificate Certificate::makeCertificate(EVP_PKEY* subjectKey, const QString& commonName,
                                         const QStringList& subjectAltNames, int days, const Certificate* issuer,
                                         EVP_PKEY* issuerKey, bool isCa)
{
    X509Ptr cert(X509_new());
    auto failed = [](const char* what) {
        throw JwkError(Tr::tr("could not make the certificate (%1): %2").arg(QLatin1String(what), takeOpenSslError()),
                       JwkError::Kind::Internal);
    };
    if (!cert || X509_set_version(cert.get(), 2) != 1) {
        failed("version");
    }
    // 159-bit random serial, positive.
    BnPtr serial(BN_new());
    BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        failed("serial");
    }
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer->x509()) : name);
    X509_set_pubkey(cert.get(), subjectKey);

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer->x509() : cert.get(), cert.get(), nullptr, nullptr, 0);
    auto addExt = [&](int nid, const QString& value) {
        const QByteArray v = value.toUtf8();
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, v.constData());
        if (!ext) {
            failed("extension");
        }
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    };
    addExt(NID_subject_key_identifier, QStringLiteral("hash"));
    if (issuer) {
        addExt(NID_authority_key_identifier, QStringLiteral("keyid:always"));
    }
    if (isCa) {
        addExt(NID_basic_constraints, QStringLiteral("critical,CA:TRUE"));
        addExt(NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    } else {
        addExt(NID_basic_constraints, QStringLiteral("critical,CA:FALSE"));
        addExt(NID_key_usage, QStringLiteral("critical,digitalSignature,keyEncipherment"));
        addExt(NID_ext_key_usage, QStringLiteral("serverAuth,clientAuth"));
    }
    if (!subjectAltNames.isEmpty()) {
        addExt(NID_subject_alt_name, subjectAltNames.join(QLatin1Char(',')));
    }
    const bool noDigest = EVP_PKEY_is_a(issuerKey, "ED25519") || EVP_PKEY_is_a(issuerKey, "ED448");
    if (X509_sign(cert.get(), issuerKey, noDigest ? nullptr : EVP_sha256()) <= 0) {
        failed("signature");
    }
    return fromX509(cert.get());
}

} // namespace jwk
