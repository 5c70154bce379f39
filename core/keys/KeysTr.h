#pragma once
// The translation contexts that several files of keys/ share (translations/*.ts): the import's messages
// (KeyImporter, PemBlocks, EncryptedPkcs8) and the JWK's (JsonWebKey, JsonWebKeyThumbprint). Translated when the
// desktop app has installed a translator; the CLI installs none and prints the English source text.

#include <QCoreApplication>

namespace jwk {

struct KeyImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyImporter)
};

struct JsonWebKeyTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::JsonWebKey)
};

} // namespace jwk
