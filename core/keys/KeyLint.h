#pragma once
// Findings a security engineer wants to see about a key before trusting it: weak sizes, an alg that does not
// fit, use/key_ops contradictions, missing kid or alg, and x5c certificates that do not match or are not valid.

#include "keys/JsonWebKey.h"

#include <QDateTime>
#include <QList>

namespace jwk {

struct LintFinding
{
    enum class Severity { Info, Warning, Error };
    Severity severity;
    QString message;
};

QString severityName(LintFinding::Severity severity);

QList<LintFinding> lintKey(const JsonWebKey& key, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace jwk
