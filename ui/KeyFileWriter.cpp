#include "KeyFileWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace jwk {

QString writeKeyFile(const QString& path, const SecureBytes& content, bool privateMaterial)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("jwk::KeyFileWriter", "%1 cannot be written: %2")
            .arg(path, file.errorString());
    }
    // The temporary file QSaveFile writes to takes the mode of an existing target: set ours first.
    const QFileDevice::Permissions mode =
        privateMaterial
            ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.setPermissions(mode) && privateMaterial) {
        file.cancelWriting();
        return QCoreApplication::translate("jwk::KeyFileWriter",
                                           "%1 was not written: it could not be made readable by you only (%2)")
            .arg(path, file.errorString());
    }
    if (file.write(content.constChars(), static_cast<qint64>(content.size())) != static_cast<qint64>(content.size()) ||
        !file.commit()) {
        return QCoreApplication::translate("jwk::KeyFileWriter", "%1 cannot be written: %2")
            .arg(path, file.errorString());
    }
    return {};
}

} // namespace jwk
