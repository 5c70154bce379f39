#include "keys/Pkcs12.h"

#include "keys/EncryptedPkcs8.h"
#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "keys/KeysTr.h"
#include "keys/OpenSslKey.h"

#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>
#include <vector>

namespace jwk {
namespace {

using Pkcs12Ptr = std::unique_ptr<PKCS12, OsslDeleter<PKCS12_free>>;

struct AuthSafes
{
    STACK_OF(PKCS7) * stack = nullptr;
    ~AuthSafes() { sk_PKCS7_pop_free(stack, PKCS7_free); }
};

struct Bags
{
    STACK_OF(PKCS12_SAFEBAG) * stack = nullptr;
    ~Bags() { sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free); }
};

Pkcs12Ptr parseDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(der.size()));
    if (p12 && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        PKCS12_free(p12);
        p12 = nullptr;
    }
    clearOpenSslErrors();
    return Pkcs12Ptr(p12);
}

QString damaged()
{
    return KeyImporterTr::tr("the PKCS#12 file is damaged: its structure cannot be read");
}

QString legacyRefusal()
{
    return KeyImporterTr::tr("the PKCS#12 file is encrypted with RC2, a legacy cipher OpenSSL 3 no longer reads by "
                             "default; re-export it with AES, e.g. openssl pkcs12 -legacy -in old.p12 -out key.pem "
                             "and openssl pkcs12 -export -in key.pem -out new.p12");
}

QString iterationRefusal(int64_t count)
{
    return KeyImporterTr::tr("the PKCS#12 file asks for %1 key derivation iterations; JWK Manager runs at most %2, so "
                             "that a file cannot keep it busy for hours: re-export it with fewer (600,000 is sound)")
        .arg(count)
        .arg(kMaxPbkdf2Iterations);
}

QString checkIterations(const ASN1_INTEGER* iter)
{
    int64_t count = 1; // absent: 1 (PKCS#12 MacData's default)
    if (iter && ASN1_INTEGER_get_int64(&count, iter) != 1) {
        return damaged();
    }
    return count > kMaxPbkdf2Iterations ? iterationRefusal(count) : QString();
}

bool isRc2(int nid)
{
    return nid == NID_pbe_WithSHA1And40BitRC2_CBC || nid == NID_pbe_WithSHA1And128BitRC2_CBC || nid == NID_rc2_cbc ||
           nid == NID_rc2_40_cbc || nid == NID_rc2_64_cbc;
}

// The cost and cipher of one password-based encryption: PBES2 (PBKDF2) or a PKCS#12 PBE.
QString checkAlgorithm(const X509_ALGOR* alg)
{
    if (!alg) {
        return damaged();
    }
    const int nid = OBJ_obj2nid(alg->algorithm);
    if (nid == NID_pbes2) {
        auto* pbe2 = static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter));
        QString reason;
        if (!pbe2 || !pbe2->keyfunc || !pbe2->encryption) {
            reason = damaged();
        } else if (isRc2(OBJ_obj2nid(pbe2->encryption->algorithm))) {
            reason = legacyRefusal();
        } else if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
            auto* kdf = static_cast<PBKDF2PARAM*>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
            reason = kdf ? checkIterations(kdf->iter) : damaged();
            PBKDF2PARAM_free(kdf);
        }
        PBE2PARAM_free(pbe2);
        return reason;
    }
    if (isRc2(nid)) {
        return legacyRefusal();
    }
    auto* pbe = static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), alg->parameter));
    const QString reason = pbe ? checkIterations(pbe->iter) : damaged();
    PBEPARAM_free(pbe);
    return reason;
}

QString checkBags(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        QString reason;
        if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR* alg = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
            reason = checkAlgorithm(alg);
        } else if (PKCS12_SAFEBAG_get_nid(bag) == NID_safeContentsBag) {
            reason = depth > 4 ? damaged() : checkBags(PKCS12_SAFEBAG_get0_safes(bag), depth + 1);
        }
        if (!reason.isEmpty()) {
            return reason;
        }
    }
    return {};
}

// A passphrase as OpenSSL's PKCS#12 functions take it: NUL-terminated (some call strlen()).
SecureBytes terminated(const SecureBytes& passphrase)
{
    SecureBytes out;
    out.reserve(passphrase.size() + 1);
    out.append(passphrase);
    out.append('\0');
    return out;
}

[[noreturn]] void wrongPassphrase()
{
    throw JwkError(KeyImporterTr::tr("wrong passphrase: the PKCS#12 file could not be decrypted"),
                   JwkError::Kind::WrongPassphrase);
}

struct Found
{
    std::vector<EvpPkeyPtr> keys;
    QString friendlyName;
    std::vector<X509Ptr> certificates;
};

void collect(const STACK_OF(PKCS12_SAFEBAG) * bags, const SecureBytes& pass, bool macChecked, Found& found, int depth)
{
    const int passLen = static_cast<int>(pass.size()) - 1;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int nid = PKCS12_SAFEBAG_get_nid(bag);
        if (nid == NID_keyBag || nid == NID_pkcs8ShroudedKeyBag) {
            PKCS8_PRIV_KEY_INFO* decrypted = nullptr;
            if (nid == NID_pkcs8ShroudedKeyBag) {
                decrypted = PKCS12_decrypt_skey(bag, pass.constChars(), passLen);
                if (!decrypted) {
                    clearOpenSslErrors();
                    if (!macChecked) {
                        wrongPassphrase();
                    }
                    throw JwkError(KeyImporterTr::tr("the PKCS#12 file's private key cannot be decrypted: it is "
                                                     "damaged"));
                }
            }
            const PKCS8_PRIV_KEY_INFO* p8 = decrypted ? decrypted : PKCS12_SAFEBAG_get0_p8inf(bag);
            EVP_PKEY* pkey = p8 ? EVP_PKCS82PKEY(p8) : nullptr;
            PKCS8_PRIV_KEY_INFO_free(decrypted);
            if (!pkey) {
                throw JwkError(
                    KeyImporterTr::tr("the PKCS#12 file's private key cannot be decoded (%1)").arg(takeOpenSslError()));
            }
            found.keys.push_back(EvpPkeyPtr(pkey));
            if (char* name = PKCS12_get_friendlyname(const_cast<PKCS12_SAFEBAG*>(bag))) {
                found.friendlyName = QString::fromUtf8(name);
                OPENSSL_free(name);
            }
        } else if (nid == NID_certBag && PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
            if (X509* cert = PKCS12_SAFEBAG_get1_cert(bag)) {
                found.certificates.push_back(X509Ptr(cert));
            }
        } else if (nid == NID_safeContentsBag && depth < 4) {
            collect(PKCS12_SAFEBAG_get0_safes(bag), pass, macChecked, found, depth + 1);
        }
    }
}

QByteArray derOf(X509* cert)
{
    unsigned char* out = nullptr;
    const int len = i2d_X509(cert, &out);
    QByteArray der = len > 0 ? QByteArray(reinterpret_cast<const char*>(out), len) : QByteArray();
    OPENSSL_free(out);
    return der;
}

// Leaf first: the certificate of the key, then each one's issuer among the rest, to a self-issued one.
QList<QByteArray> chainFor(EVP_PKEY* pkey, std::vector<X509Ptr>& certificates, int* leftOut)
{
    QList<X509*> rest;
    X509* leaf = nullptr;
    for (auto& cert : certificates) {
        if (!leaf && X509_check_private_key(cert.get(), pkey) == 1) {
            leaf = cert.get();
        } else {
            rest.append(cert.get());
        }
    }
    clearOpenSslErrors();
    QList<QByteArray> chain;
    if (!leaf) {
        *leftOut = static_cast<int>(certificates.size());
        return chain;
    }
    chain.append(derOf(leaf));
    X509* current = leaf;
    while (X509_check_issued(current, current) != X509_V_OK) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (X509_check_issued(rest[i], current) == X509_V_OK) {
                next = i;
                break;
            }
        }
        if (next < 0) {
            break;
        }
        current = rest.takeAt(next);
        chain.append(derOf(current));
    }
    *leftOut = static_cast<int>(rest.size());
    return chain;
}

} // namespace

bool isPkcs12Der(const QByteArray& der)
{
    return parseDer(der) != nullptr;
}

QString checkPkcs12(const QByteArray& der)
{
    const Pkcs12Ptr p12 = parseDer(der);
    if (!p12) {
        return damaged();
    }
    if (PKCS12_mac_present(p12.get())) {
        const ASN1_INTEGER* iter = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iter, p12.get());
        if (QString reason = checkIterations(iter); !reason.isEmpty()) {
            return reason;
        }
    }
    AuthSafes safes{PKCS12_unpack_authsafes(p12.get())};
    if (!safes.stack) {
        clearOpenSslErrors();
        return damaged();
    }
    for (int i = 0; i < sk_PKCS7_num(safes.stack); ++i) {
        PKCS7* p7 = sk_PKCS7_value(safes.stack, i);
        QString reason;
        const int nid = OBJ_obj2nid(p7->type);
        if (nid == NID_pkcs7_encrypted) {
            const bool complete = p7->d.encrypted && p7->d.encrypted->enc_data;
            reason = complete ? checkAlgorithm(p7->d.encrypted->enc_data->algorithm) : damaged();
        } else if (nid == NID_pkcs7_data) {
            Bags bags{PKCS12_unpack_p7data(p7)};
            reason = bags.stack ? checkBags(bags.stack, 0) : damaged();
        }
        if (!reason.isEmpty()) {
            clearOpenSslErrors();
            return reason;
        }
    }
    clearOpenSslErrors();
    return {};
}

SecureBytes writePkcs12(const JsonWebKey& key, const SecureBytes& passphrase, int iterations)
{
    if (key.type() == KeyType::Oct) {
        throw JwkError(KeyImporterTr::tr("an oct key is symmetric: PKCS#12 holds private keys of RSA, EC and OKP"));
    }
    if (!key.isPrivate()) {
        throw JwkError(KeyImporterTr::tr("PKCS#12 needs the private key, and this key is public only"));
    }
    if (passphrase.isEmpty()) {
        throw JwkError(KeyImporterTr::tr("the passphrase is empty; a PKCS#12 file needs a real one"));
    }
    EvpPkeyPtr pkey = toEvpPkey(key);
    std::vector<X509Ptr> chain;
    for (const QByteArray& der : key.certificateChain()) {
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        X509* cert = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
        if (!cert) {
            throw JwkError(
                KeyImporterTr::tr("a certificate of the key's x5c cannot be decoded (%1)").arg(takeOpenSslError()));
        }
        chain.push_back(X509Ptr(cert));
    }
    if (!chain.empty() && X509_check_private_key(chain.front().get(), pkey.get()) != 1) {
        clearOpenSslErrors();
        throw JwkError(KeyImporterTr::tr("the first certificate of the key's x5c is not the key's own certificate; fix "
                                         "x5c (leaf first) before exporting as PKCS#12"));
    }
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509)*)> ca(sk_X509_new_null(),
                                                                  [](STACK_OF(X509) * s) { sk_X509_free(s); });
    for (std::size_t i = 1; i < chain.size(); ++i) {
        sk_X509_push(ca.get(), chain[i].get());
    }
    const SecureBytes pass = terminated(passphrase);
    const QByteArray name = key.kid().toUtf8();
    // AES-256-CBC with PBKDF2-HMAC-SHA256 for both bags; no MAC here: it is set below with SHA-256 (PKCS12_create
    // would use SHA-1).
    Pkcs12Ptr p12(PKCS12_create_ex(pass.constChars(), name.isEmpty() ? nullptr : name.constData(), pkey.get(),
                                   chain.empty() ? nullptr : chain.front().get(), ca.get(), NID_aes_256_cbc,
                                   NID_aes_256_cbc, iterations, -1, 0, nullptr, nullptr));
    if (!p12 || PKCS12_set_mac(p12.get(), pass.constChars(), -1, nullptr, 0, iterations, EVP_sha256()) != 1) {
        throw JwkError(KeyImporterTr::tr("OpenSSL cannot write this key as PKCS#12 (%1)").arg(takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    unsigned char* out = nullptr;
    const int len = i2d_PKCS12(p12.get(), &out);
    if (len <= 0) {
        throw JwkError(KeyImporterTr::tr("OpenSSL cannot write this key as PKCS#12 (%1)").arg(takeOpenSslError()),
                       JwkError::Kind::Internal);
    }
    SecureBytes result(out, static_cast<std::size_t>(len));
    OPENSSL_clear_free(out, static_cast<std::size_t>(len));
    return result;
}

Pkcs12Contents readPkcs12(const QByteArray& der, const SecureBytes& passphrase)
{
    const Pkcs12Ptr p12 = parseDer(der);
    if (!p12) {
        throw JwkError(damaged());
    }
    const SecureBytes pass = terminated(passphrase);
    const int passLen = static_cast<int>(passphrase.size());
    const bool mac = PKCS12_mac_present(p12.get()) == 1;
    if (mac && PKCS12_verify_mac(p12.get(), pass.constChars(), passLen) != 1) {
        clearOpenSslErrors();
        wrongPassphrase();
    }
    AuthSafes safes{PKCS12_unpack_authsafes(p12.get())};
    if (!safes.stack) {
        clearOpenSslErrors();
        throw JwkError(damaged());
    }
    Found found;
    for (int i = 0; i < sk_PKCS7_num(safes.stack); ++i) {
        PKCS7* p7 = sk_PKCS7_value(safes.stack, i);
        const int nid = OBJ_obj2nid(p7->type);
        Bags bags;
        if (nid == NID_pkcs7_data) {
            bags.stack = PKCS12_unpack_p7data(p7);
        } else if (nid == NID_pkcs7_encrypted) {
            bags.stack = PKCS12_unpack_p7encdata(p7, pass.constChars(), passLen);
            if (!bags.stack && !mac) {
                clearOpenSslErrors();
                wrongPassphrase();
            }
        } else {
            continue; // public-key encrypted contents (PKCS#7 enveloped) are not password-protected: not ours
        }
        if (!bags.stack) {
            clearOpenSslErrors();
            throw JwkError(damaged());
        }
        collect(bags.stack, pass, mac, found, 0);
    }
    clearOpenSslErrors();
    if (found.keys.empty()) {
        throw JwkError(KeyImporterTr::tr("the PKCS#12 file holds no private key (%n certificate(s) only); import its "
                                         "certificates as PEM instead",
                                         nullptr, static_cast<int>(found.certificates.size())));
    }
    if (found.keys.size() > 1) {
        throw JwkError(KeyImporterTr::tr("the PKCS#12 file holds %1 private keys; JWK Manager reads one per file: "
                                         "split it with openssl pkcs12 and import each key")
                           .arg(static_cast<int>(found.keys.size())));
    }
    Pkcs12Contents contents;
    int leftOut = 0;
    const QList<QByteArray> chain = chainFor(found.keys.front().get(), found.certificates, &leftOut);
    contents.key = fromEvpPkey(found.keys.front().get());
    if (!chain.isEmpty()) {
        contents.key.setCertificateChain(chain);
    }
    if (leftOut > 0) {
        contents.warnings << KeyImporterTr::tr("%n certificate(s) of the PKCS#12 file are not in its key's chain and "
                                               "were left out",
                                               nullptr, leftOut);
    }
    if (!found.friendlyName.isEmpty() && kidProblem(found.friendlyName).isEmpty()) {
        contents.key.setKid(found.friendlyName);
    }
    return contents;
}

} // namespace jwk
