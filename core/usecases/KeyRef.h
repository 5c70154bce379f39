#pragma once
// One stored key named by its set and kid: what the use cases take when a person picked keys one by one.

#include <QList>
#include <QString>

namespace jwk {

struct KeyRef
{
    QString setName;
    QString kid;
    bool operator==(const KeyRef& other) const = default;
};

} // namespace jwk
