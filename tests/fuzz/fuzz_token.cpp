// libFuzzer target: the JWT workbench's parser and verifier (core/jose/CompactJws, core/usecases/TokenVerification),
// whose input is any token a person pastes or a script pipes in. Whatever the text: no crash; either a malformed-token
// JwkError, or a decoded token whose verification against a fixed set (an EC P-256 public key, an Ed25519 public
// key and an HMAC secret) yields only the issue's exact problem codes, never "valid" (nobody holds those keys), and
// JSON for both.

#include "jose/CompactJws.h"
#include "keys/JwkError.h"
#include "usecases/TokenVerification.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const TokenKeySource source = [] {
        TokenKeySource s;
        s.label = QStringLiteral("set fuzz");
        s.setName = QStringLiteral("fuzz");
        s.keys = {
            JsonWebKey::fromJson(QByteArrayLiteral(
                R"({"kty":"EC","crv":"P-256","kid":"ec","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})")),
            JsonWebKey::fromJson(QByteArrayLiteral(
                R"({"kty":"OKP","crv":"Ed25519","kid":"ed","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")),
            JsonWebKey::fromJson(QByteArrayLiteral(
                R"({"kty":"oct","kid":"hs","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"})"))};
        return s;
    }();
    static const QStringList codes = {QStringLiteral("bad-signature"),   QStringLiteral("unknown-kid"),
                                      QStringLiteral("alg-not-allowed"), QStringLiteral("alg-key-mismatch"),
                                      QStringLiteral("alg-none"),        QStringLiteral("expired"),
                                      QStringLiteral("not-yet-valid"),   QStringLiteral("wrong-issuer"),
                                      QStringLiteral("wrong-audience"),  QStringLiteral("crit-unsupported")};
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const jose::CompactJws token = jose::parseCompactJws(input);
        if (!decodedTokenJson(token).contains(QStringLiteral("header"))) {
            std::abort();
        }
        TokenCheckOptions options;
        options.issuer = QStringLiteral("https://issuer.example");
        options.audience = QStringLiteral("api");
        const TokenVerification result = verifyToken(token, source, options);
        for (const auto& p : result.problems) {
            if (!codes.contains(p.code) || p.message.isEmpty()) {
                std::abort();
            }
        }
        if (result.valid && result.keyKid != QStringLiteral("hs")) {
            std::abort(); // only the RFC 7515 A.1 secret's own tokens can verify
        }
        if (result.toJson().value(QStringLiteral("problems")).toArray().size() != result.problems.size()) {
            std::abort();
        }
    } catch (const JwkError& e) {
        if (!e.message().startsWith(QStringLiteral("The token is malformed"))) {
            std::abort();
        }
    }
    return 0;
}
