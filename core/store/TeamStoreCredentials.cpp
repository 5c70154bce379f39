#include "store/TeamStoreCredentials.h"

#include "store/SecretService.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"
#include "store/StoreFiles.h"
#include "store/StoreTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jwk {
namespace {

constexpr std::size_t kMaxEntryBytes = 64 * 1024;

QString canonical(const QString& url)
{
    try {
        return ServerLocation::parse(url).url();
    } catch (const StoreError&) {
        return url; // refused where the store is opened, with its message
    }
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

std::optional<SecureBytes> readFile(const QString& path)
{
    try {
        return readOwnerOnlyFile(path, StoreTr::tr("the team store's credentials file"), kMaxEntryBytes);
    } catch (const OwnerOnlyReadFailure& failure) {
        throw StoreError(
            StoreError::Kind::Io,
            failure.tooLarge
                ? StoreTr::tr("the credentials file %1 is larger than 64 KiB").arg(path)
                : StoreTr::tr("the credentials file %1 cannot be read: %2").arg(path, errnoText(failure.error)));
    }
}

void makeFolder(const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("the folder %1 for the team store's credentials cannot be created").arg(folder));
    }
    // Owner-only: nobody else lists which team stores this person uses.
    ::chmod(QFile::encodeName(folder).constData(), 0700);
}

} // namespace

QString TeamStoreCredentials::key(const QString& url, Item item)
{
    // A URL never has a fragment (ServerLocation refuses one): "#…" cannot clash with another store's key.
    return canonical(url) + (item == Item::Password ? QStringLiteral("#password") : QStringLiteral("#system-secret"));
}

QString TeamStoreCredentials::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/jwkman/credentials");
}

QString TeamStoreCredentials::filePath(const QString& url, Item item)
{
    const QByteArray hash =
        QCryptographicHash::hash(key(url, item).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder() + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".secret");
}

bool TeamStoreCredentials::usesSecretService()
{
    return secretservice::available();
}

QString TeamStoreCredentials::whereKept()
{
    return usesSecretService()
               ? StoreTr::tr("the desktop's secret service (service \"%1\")").arg(secretservice::serviceName())
               : StoreTr::tr("files readable only by you in %1 (no secret service is used)").arg(folder());
}

QString TeamStoreCredentials::location(const QString& url, Item item)
{
    return usesSecretService() ? key(url, item) : filePath(url, item);
}

std::optional<SecureBytes> TeamStoreCredentials::read(const QString& url, Item item)
{
    if (usesSecretService()) {
        QString error;
        return secretservice::read(key(url, item), &error);
    }
    std::optional<SecureBytes> value = readFile(filePath(url, item));
    if (value && value->isEmpty()) {
        return std::nullopt;
    }
    return value;
}

void TeamStoreCredentials::write(const QString& url, Item item, const SecureBytes& value)
{
    if (usesSecretService()) {
        if (!secretservice::write(key(url, item), value)) {
            throw StoreError(StoreError::Kind::Io,
                             StoreTr::tr("the desktop's secret service did not take the entry for the team store %1")
                                 .arg(canonical(url)));
        }
        return;
    }
    makeFolder(folder());
    const QString path = filePath(url, item);
    requireOwnerOnly(path, StoreTr::tr("the team store's credentials file"));
    // Replaced whole: the old file goes, the new one is written under its name (mode 0600) or not at all.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QFile::remove(path);
        if (createFileExclusively(path, value)) {
            return;
        }
    }
    throw StoreError(StoreError::Kind::Io,
                     StoreTr::tr("the credentials file %1 is being replaced by another process; try again").arg(path));
}

void TeamStoreCredentials::forget(const QString& url, Item item)
{
    if (usesSecretService()) {
        secretservice::remove(key(url, item));
        return;
    }
    const QString path = filePath(url, item);
    if (QFile::exists(path) && !QFile::remove(path)) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("the credentials file %1 cannot be removed; remove it by hand").arg(path));
    }
}

} // namespace jwk
