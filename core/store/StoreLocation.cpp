#include "store/StoreLocation.h"

#include <QStandardPaths>

namespace jwk {

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/jwkman/jwkman.sqlite");
}

QString resolveStorePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString env = qEnvironmentVariable("JWKMAN_STORE");
    return env.isEmpty() ? defaultStorePath() : env;
}

} // namespace jwk
