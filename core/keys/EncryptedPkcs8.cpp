#include "keys/EncryptedPkcs8.h"

#include "keys/KeysTr.h"
#include "keys/OpenSslKey.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace {
QString damaged()
{
    return jwk::KeyImporterTr::tr("the encrypted key is damaged: its encryption parameters cannot be read");
}

// The iteration count, or a reason it is refused.
QString checkIterations(const ASN1_INTEGER* iter)
{
    int64_t count = 0;
    if (!iter || ASN1_INTEGER_get_int64(&count, iter) != 1 || count < 1) {
        return damaged();
    }
    if (count > jwk::kMaxPbkdf2Iterations) {
        return jwk::KeyImporterTr::tr(
                   "the key is encrypted with %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file "
                   "cannot keep it busy for hours: re-encrypt the key with fewer (e.g. openssl pkcs8 -topk8 -v2 "
                   "aes-256-cbc -iter 600000)")
            .arg(count)
            .arg(jwk::kMaxPbkdf2Iterations);
    }
    return {};
}

} // namespace

namespace jwk {

QString checkEncryptedPkcs8(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &p, static_cast<long>(der.size()));
    if (!sig) {
        clearOpenSslErrors();
        return damaged();
    }
    const X509_ALGOR* alg = nullptr;
    const ASN1_OCTET_STRING* digest = nullptr;
    X509_SIG_get0(sig, &alg, &digest);
    QString reason;
    const int nid = alg ? OBJ_obj2nid(alg->algorithm) : NID_undef;
    if (nid == NID_pbes2) {
        auto* pbe2 = static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter));
        if (!pbe2 || !pbe2->keyfunc) {
            reason = damaged();
        } else if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
            auto* kdf = static_cast<PBKDF2PARAM*>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
            reason = kdf ? checkIterations(kdf->iter) : damaged();
            PBKDF2PARAM_free(kdf);
        }
        // scrypt is bounded by OpenSSL itself (32 MiB of memory unless told otherwise).
        PBE2PARAM_free(pbe2);
    } else if (nid != NID_undef && EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, nullptr, nullptr, nullptr)) {
        // PKCS#5 v1 and PKCS#12 password-based encryption: salt and iteration count.
        auto* pbe = static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), alg->parameter));
        reason = pbe ? checkIterations(pbe->iter) : damaged();
        PBEPARAM_free(pbe);
    }
    X509_SIG_free(sig);
    clearOpenSslErrors();
    return reason;
}

} // namespace jwk
