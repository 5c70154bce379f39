#pragma once
// The translation context of jose/'s messages for people (translations/*.ts). Translated when the desktop app has
// installed a translator; the CLI installs none and prints the English source text.

#include <QCoreApplication>

namespace jwk::jose {

struct JoseTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::jose::Jose)
};

} // namespace jwk::jose
