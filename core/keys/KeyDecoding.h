#pragma once
// Keys decoded from DER or PEM by OpenSSL's decoders, for the importer (KeyImporter): unencrypted keys through a
// decoder context kept per (input type, structure, key type) and thread, encrypted ones with a passphrase request
// that asks the person exactly as often as something is decrypted.

#include "keys/OpenSslPtr.h"
#include "keys/PassphraseProvider.h"

#include <QByteArray>
#include <QString>

namespace jwk {

// One request for a passphrase, made by OpenSSL when (and each time) a decryption needs it: the person is asked
// exactly as often as something is decrypted, and not at all for a block that fails before its decryption.
struct PassphraseRequest
{
    PassphraseProvider* provider = nullptr;
    QString origin;
    int attempt = 1;
    int asked = 0;
    bool declined = false; // the provider gave none (or there is none)
    bool tooLong = false;
};

// One decoder run. Null on failure; DER must be exactly one structure.
EvpPkeyPtr decodeOnce(const QByteArray& data, const char* inputType, const char* keyType, PassphraseRequest* passphrase,
                      const char* structure = nullptr);

// One unencrypted key (PEM or DER, any structure; the structure its PEM label names when there is one).
EvpPkeyPtr decodeKey(const QByteArray& data, const char* inputType, const QByteArray& pemLabel = QByteArray());

// One encrypted key (encrypted PKCS#8, or a legacy encrypted PEM block) with one decryption per try.
EvpPkeyPtr decodeEncrypted(const QByteArray& data, const char* inputType, const QByteArray& pemLabel,
                           PassphraseRequest* passphrase);

// Whether DER is an EncryptedPrivateKeyInfo (X509_SIG) and nothing after it.
bool isEncryptedPkcs8Der(const QByteArray& der);

} // namespace jwk
