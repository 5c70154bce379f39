// libFuzzer target: JWK and JWK Set parsing, serialisation, public form and the OpenSSL conversion.

#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/OpenSslKey.h"

#include <cstdint>
#include <cstdlib>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const JsonWebKey key = JsonWebKey::fromJson(input);
        const SecureBytes json = key.toJson(true, JsonFormat::Compact);
        // What we write we must read back as the same key.
        const JsonWebKey again = JsonWebKey::fromJson(json.view());
        if (!again.sameKeyAs(key) || again.thumbprint() != key.thumbprint()) {
            std::abort();
        }
        if (key.hasPublicForm()) {
            (void)key.publicKey().toJson(false);
            (void)toEvpPkey(key);
        }
    } catch (const JwkError&) {
    }
    try {
        const JsonWebKeySet set = JsonWebKeySet::fromJson(input);
        (void)set.toJson(false);
        (void)set.duplicateKids();
    } catch (const JwkError&) {
    }
    return 0;
}
