#include "CoreMessages.h"

#include <QCoreApplication>

namespace jwk {
namespace {

// The fixed reasons of KeyStore::addKeys and KeyImporter, marked for translation.
const char* const kReasons[] = {
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "the set holds this key already (same thumbprint)"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "the set has a different key with this kid"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "a key with this kid is in the trash; restore it or empty the trash first"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "not a key: expected a JWK or JWK Set (JSON), PEM or DER"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "no PEM block found"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "the input is empty"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "the JWK Set holds no keys"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "the key is encrypted and no passphrase was given"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "wrong passphrase: the key could not be decrypted"),
    QT_TRANSLATE_NOOP("jwk::CoreMessages", "is a folder, not a key file"),
};

} // namespace

QString translateCoreMessage(const QString& message)
{
    for (const char* reason : kReasons) {
        const QString english = QString::fromLatin1(reason);
        if (message.endsWith(english)) {
            return message.left(message.size() - english.size()) +
                   QCoreApplication::translate("jwk::CoreMessages", reason);
        }
    }
    return message;
}

} // namespace jwk
