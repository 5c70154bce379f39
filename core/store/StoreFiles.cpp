#include "store/StoreFiles.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::StoreFiles)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// write(2) until done; false with errno on failure.
bool writeAll(int fd, const unsigned char* data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}
} // namespace

namespace jwk {

QString StoreLock::lockFilePath(const QString& storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".lock");
}

StoreLock::StoreLock(const QString& storePath, int timeoutMs)
{
    const QString path = lockFilePath(storePath);
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int error = errno;
        // A store that exists in a folder this user cannot write (read-only media, another user's folder): nothing
        // is created there, so there is nothing to serialise; SQLite says what it can and cannot do.
        if ((error == EACCES || error == EROFS || error == EPERM) && QFileInfo::exists(storePath)) {
            return;
        }
        throw StoreError(StoreError::Kind::Io,
                         error == ELOOP ? Tr::tr("the lock file %1 is a symbolic link; remove it (it holds nothing) "
                                                 "and try again")
                                              .arg(path)
                                        : Tr::tr("the lock file %1 cannot be opened: %2. Check that the store's "
                                                 "folder is writable.")
                                              .arg(path, errnoText(error)));
    }
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
            return;
        }
        const int error = errno;
        if (error != EWOULDBLOCK && error != EINTR) {
            ::close(m_fd);
            m_fd = -1;
            throw StoreError(StoreError::Kind::Io,
                             Tr::tr("the lock file %1 cannot be locked: %2").arg(path, errnoText(error)));
        }
        if (deadline.hasExpired()) {
            ::close(m_fd);
            m_fd = -1;
            throw StoreError(StoreError::Kind::Busy,
                             Tr::tr("another process has held the lock %1 for %2 seconds while creating or "
                                    "opening the store; try again when it has finished")
                                 .arg(path)
                                 .arg(timeoutMs / 1000));
        }
        QThread::msleep(10);
    }
}

StoreLock::~StoreLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

bool createFileExclusively(const QString& path, const SecureBytes& content)
{
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    auto fail = [&](int error) -> bool {
        throw StoreError(
            StoreError::Kind::Io,
            Tr::tr("%1 cannot be written: %2. Nothing was written.").arg(info.absoluteFilePath(), errnoText(error)));
    };
    // An unnamed file in the target's folder: nobody can open it until it is linked under its final name, whole.
    int fd = ::open(dir.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    bool unnamed = fd >= 0;
    QByteArray tempName;
    if (!unnamed) {
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
            return fail(errno);
        }
        // File systems without O_TMPFILE: a private temporary name, linked and then removed.
        tempName = target + ".tmp-XXXXXX";
        fd = ::mkostemp(tempName.data(), O_CLOEXEC);
        if (fd < 0) {
            return fail(errno);
        }
    }
    auto discard = [&] {
        ::close(fd);
        if (!unnamed) {
            ::unlink(tempName.constData());
        }
    };
    if (::fchmod(fd, 0600) != 0 || !writeAll(fd, content.data(), content.size()) || ::fsync(fd) != 0) {
        const int error = errno;
        discard();
        return fail(error);
    }
    int linked = 0;
    if (unnamed) {
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(fd);
        linked = ::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW);
    } else {
        linked = ::link(tempName.constData(), target.constData());
    }
    const int error = errno;
    discard();
    if (linked == 0) {
        // The new name in the folder survives a crash.
        const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
        return true;
    }
    if (error == EEXIST) {
        return false;
    }
    return fail(error);
}

void requireOwnerOnly(const QString& path, const QString& what)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0) {
        return; // missing: the caller creates it or reports it
    }
    if (S_ISLNK(st.st_mode)) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("%1 %2 is a symbolic link; it is refused because whoever can change the link "
                                "chooses what is read. Put the real file in its place.")
                             .arg(what, path));
    }
    if (!S_ISREG(st.st_mode)) {
        throw StoreError(StoreError::Kind::Io, Tr::tr("%1 %2 is not a regular file").arg(what, path));
    }
    if (st.st_uid != ::geteuid()) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("%1 %2 belongs to another user (uid %3); only its owner may use it. Copy it to a "
                                "file of your own with mode 0600.")
                             .arg(what, path)
                             .arg(st.st_uid));
    }
    if ((st.st_mode & 077) != 0) {
        throw StoreError(StoreError::Kind::Io,
                         Tr::tr("%1 %2 can be read or written by others (mode %3); make it yours only with "
                                "`chmod 600 %2` and check that nobody changed it")
                             .arg(what, path, fileModeText(path)));
    }
}

QString fileModeText(const QString& path)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0) {
        return {};
    }
    return QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
}

std::optional<SecureBytes> readOwnerOnlyFile(const QString& path, const QString& what, std::size_t maxBytes)
{
    requireOwnerOnly(path, what);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        throw OwnerOnlyReadFailure{errno, false};
    }
    SecureBytes data;
    unsigned char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0 || data.size() + static_cast<std::size_t>(n) > maxBytes) {
            const int error = n < 0 ? errno : 0;
            OPENSSL_cleanse(buffer, sizeof buffer);
            ::close(fd);
            if (n == 0) {
                return data;
            }
            throw OwnerOnlyReadFailure{error, n > 0};
        }
        data.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
    }
}

} // namespace jwk
