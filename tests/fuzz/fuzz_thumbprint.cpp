// libFuzzer target: RFC 7638 thumbprints of whatever parses as a JWK; a private key and its public form must
// have the same thumbprint with every hash.

#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"

#include <cstdint>
#include <cstdlib>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const JsonWebKey key = JsonWebKey::fromJson(input);
        for (auto hash :
             {ThumbprintHash::Sha256, ThumbprintHash::Sha1, ThumbprintHash::Sha384, ThumbprintHash::Sha512}) {
            const QString t = key.thumbprint(hash);
            if (key.hasPublicForm() && key.publicKey().thumbprint(hash) != t) {
                std::abort();
            }
        }
    } catch (const JwkError&) {
    }
    return 0;
}
