// libFuzzer target: the audit of a published JWK Set (core/usecases/JwksAudit), whose input comes from any server on
// the network. Whatever the text: no crash, every finding has one of the exact codes, the report's JSON is made, and
// compared with nothing every readable key is "published, not here".

#include "keys/JwkError.h"
#include "usecases/JwksAudit.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace jwk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const JwksAuditReport report = auditJwks(QStringLiteral("fuzz"), input);
        if (report.keys.size() > report.keyCount) {
            std::abort();
        }
        for (const auto& f : report.findings) {
            if (!jwksAuditCodes().contains(f.code) || f.message.isEmpty()) {
                std::abort();
            }
        }
        const QJsonObject json = report.toJson();
        if (json.value(QStringLiteral("findings")).toArray().size() != report.findings.size()) {
            std::abort();
        }
        const JwksComparison c = compareJwks(report.keys, {}, QStringLiteral("nothing"));
        if (c.publishedNotHere.size() != report.keys.size() || !c.hereNotPublished.isEmpty()) {
            std::abort();
        }
    } catch (const JwkError&) {
    }
    return 0;
}
