// libFuzzer target: the one import path (PEM, DER, JWK, JWK Set auto-detection), with and without a passphrase.
// The first byte chooses whether a passphrase is offered.

#include "keys/KeyImporter.h"

#include <cstdint>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const bool withPassphrase = data[0] & 1;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    FixedPassphrase passphrase(SecureBytes("correct horse", 13));
    const ImportResult result = importKeys(input, QStringLiteral("fuzz"), withPassphrase ? &passphrase : nullptr);
    for (const auto& k : result.keys) {
        (void)k.key.thumbprint();
        (void)k.key.toJson(true);
    }
    return 0;
}
