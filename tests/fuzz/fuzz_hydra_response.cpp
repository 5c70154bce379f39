// libFuzzer target: the parsing of Hydra's answers: a status, what the request expected, and a body that is a
// JWK Set, a JWK or Hydra's error object, or anything at all. The first byte picks the status and the expected
// body; the rest is the body.

#include "remote/HydraAdminClient.h"

#include <cstdint>
#include <cstdlib>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const int statuses[] = {200, 201, 204, 307, 400, 401, 404, 409, 500, 503};
    if (size == 0) {
        return 0;
    }
    const int status = statuses[(data[0] & 0x0f) % 10];
    const HydraAnswer expect = static_cast<HydraAnswer>((data[0] >> 4) % 3);
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    HydraResult result;
    interpretHydraAnswer(result, status, QStringLiteral("Reason"), body, expect, QStringLiteral("GET /admin/keys/x"));
    if (result.ok) {
        if (status >= 300) {
            std::abort(); // an error status is never a success
        }
        for (const auto& key : result.keys.keys()) {
            (void)key.thumbprint();
        }
    } else if (result.error.isEmpty()) {
        std::abort(); // every failure says what went wrong
    }
    return 0;
}
