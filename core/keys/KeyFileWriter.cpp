#include "keys/KeyFileWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>

#include <sys/stat.h>

namespace jwk {

namespace {

// Whether the path itself (its last component) is a symbolic link, dangling or not.
bool isSymbolicLink(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

QString symlinkRefusal(const QString& path)
{
    return QCoreApplication::translate("jwk::KeyFileWriter",
                                       "%1 was not written: it is a symbolic link, and JWK Manager does not write key "
                                       "files through links; give the path of the file itself or remove the link")
        .arg(path);
}

} // namespace

QString writeKeyFile(const QString& path, const SecureBytes& content, bool privateMaterial)
{
    // QSaveFile follows a symbolic link (even a dangling one) and writes its target: a link planted where the key
    // is exported would send the key wherever it points. Refused before anything is opened.
    if (isSymbolicLink(path)) {
        return symlinkRefusal(path);
    }
    QSaveFile file(path);
    // Unbuffered: the bytes go straight to the (unnamed) temporary file, so no copy of private material waits in
    // Qt's write buffer, and a failed write reports its reason (Qt 6.4 loses it when a buffered flush fails).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return QCoreApplication::translate("jwk::KeyFileWriter", "%1 cannot be written: %2")
            .arg(path, file.errorString());
    }
    // QSaveFile resolved the path when it opened: a link that appeared since would be followed at commit.
    if (isSymbolicLink(path)) {
        file.cancelWriting();
        return symlinkRefusal(path);
    }
    // The temporary file QSaveFile writes to takes the mode of an existing target: set ours first, and write
    // nothing when it cannot be set (a public file left owner-only, or a private one readable by others).
    const QFileDevice::Permissions mode =
        privateMaterial
            ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.setPermissions(mode)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return privateMaterial
                   ? QCoreApplication::translate("jwk::KeyFileWriter",
                                                 "%1 was not written: it could not be made readable by you only (%2)")
                         .arg(path, reason)
                   : QCoreApplication::translate("jwk::KeyFileWriter",
                                                 "%1 was not written: it could not be made readable by all (%2)")
                         .arg(path, reason);
    }
    // Qt 6.4's commit() does not see that writing out its buffer failed (a full disk) and would put an empty or
    // truncated file in place: flush first, and on failure cancel, which discards the unnamed temporary file.
    // A short write is retried for the rest, so that a failure comes with its reason (e.g. no space left).
    const qint64 total = static_cast<qint64>(content.size());
    qint64 written = 0;
    while (written < total) {
        const qint64 n = file.write(content.constChars() + written, total - written);
        if (n <= 0) {
            break;
        }
        written += n;
    }
    if (written != total || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("jwk::KeyFileWriter", "%1 cannot be written: %2").arg(path, reason);
    }
    if (!file.commit()) {
        return QCoreApplication::translate("jwk::KeyFileWriter", "%1 cannot be written: %2")
            .arg(path, file.errorString());
    }
    return {};
}

} // namespace jwk
