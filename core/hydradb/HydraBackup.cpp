#include "hydradb/HydraBackup.h"

#include "hydradb/HydraDbError.h"
#include "keys/KeyFileWriter.h"
#include "keys/SecureBytes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace jwk {

QString writeHydraBackup(const QString& folder, const QString& database, const QString& shortName,
                         const QList<HydraJwkRow>& rows)
{
    const QFileInfo info(folder);
    if (info.isSymLink()) {
        throw HydraDbError(HydraDbError::Kind::Io,
                           HydraDbTr::tr("the backup folder %1 is a symbolic link; nothing was written or changed; "
                                         "remove it or choose another store")
                               .arg(folder));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            throw HydraDbError(
                HydraDbError::Kind::Io,
                HydraDbTr::tr("the backup folder %1 cannot be created; nothing was changed").arg(folder));
        }
    }
    QJsonArray array;
    for (const HydraJwkRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("pk"), r.pk},
                                 {QStringLiteral("sid"), r.sid},
                                 {QStringLiteral("kid"), r.kid},
                                 {QStringLiteral("nid"), r.nid},
                                 {QStringLiteral("version"), r.version},
                                 {QStringLiteral("keydata"), QString::fromLatin1(r.keydata)},
                                 {QStringLiteral("created_at"), r.createdAt},
                                 {QStringLiteral("pk_deprecated"),
                                  r.pkDeprecated.isNull() ? QJsonValue() : QJsonValue(r.pkDeprecated.toLongLong())}});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("jwkman-hydra-jwk-backup/1")},
        {QStringLiteral("database"), database},
        {QStringLiteral("written_at"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("note"),
         QStringLiteral("hydra_jwk rows as they were before jwkman-cli hydra-db reencrypt; keydata is encrypted as in "
                        "the database and needs the same SECRETS_SYSTEM")},
        {QStringLiteral("columns"), QJsonArray::fromStringList(HydraJwkTable::knownColumns())},
        {QStringLiteral("rows"), array}};
    const QString name = QStringLiteral("hydra_jwk-%1-%2-%3.json")
                             .arg(shortName.isEmpty() ? QStringLiteral("hydra") : shortName,
                                  now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                                  QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString path = QDir(folder).filePath(name);
    const QString problem =
        writeKeyFile(path, SecureBytes::fromByteArray(QJsonDocument(document).toJson(QJsonDocument::Indented)), true);
    if (!problem.isEmpty()) {
        throw HydraDbError(
            HydraDbError::Kind::Io,
            HydraDbTr::tr("the backup %1 could not be written (%2); nothing was changed").arg(path, problem));
    }
    return path;
}

} // namespace jwk
