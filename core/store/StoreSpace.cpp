#include "store/StoreSpace.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

namespace jwk {

void requireRoomForStore(const QString& path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (QFileInfo::exists(absolute + QStringLiteral("-shm"))) {
        return;
    }
    QString folder = info.absolutePath();
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder) {
            return;
        }
        folder = parent;
    }
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady() || storage.isReadOnly() || storage.bytesTotal() <= 0) {
        return;
    }
    const qint64 available = storage.bytesAvailable();
    if (available < 0 || available >= kStoreMinimumFreeBytes) {
        return;
    }
    throw StoreError(StoreError::Kind::Io,
                     QCoreApplication::translate("jwk::KeyStore",
                                                 "the disk holding the store %1 is full (%2 KiB free, at least %3 KiB "
                                                 "are needed to open it); free some space and try again. Nothing was "
                                                 "changed.")
                         .arg(absolute)
                         .arg(available / 1024)
                         .arg(kStoreMinimumFreeBytes / 1024));
}

} // namespace jwk
