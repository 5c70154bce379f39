#include "keys/ProcessHardening.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace jwk {

QString disableCoreDumps()
{
    QStringList problems;
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        problems << QStringLiteral("setrlimit(RLIMIT_CORE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
#ifdef __linux__
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        problems << QStringLiteral("prctl(PR_SET_DUMPABLE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
#endif
    return problems.join(QStringLiteral("; "));
}

} // namespace jwk
