#pragma once
// The store's messages for people, in one translation context (jwk::KeyStore in translations/*.ts) whichever file of
// the store or its parts says them: translated when the desktop app has installed a translator; the CLI installs none
// and prints the English source text.

#include <QCoreApplication>

namespace jwk {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyStore)
};

} // namespace jwk
