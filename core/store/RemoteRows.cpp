#include "store/RemoteRows.h"

#include "keys/SecureBytes.h"
#include "store/SecretCipher.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

namespace jwk::remoterows {
using namespace storesql;

QJsonObject recordFields(const QString& name, const QString& adminUrl, const QString& publicUrl,
                         const QByteArray& caPem, const QByteArray& clientCertificatePem,
                         const QStringList& trackedSets, int timeoutMs)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("admin_url"), adminUrl},
                       {QStringLiteral("public_url"), publicUrl},
                       {QStringLiteral("ca_pem"), QString::fromLatin1(caPem)},
                       {QStringLiteral("client_cert_pem"), QString::fromLatin1(clientCertificatePem)},
                       {QStringLiteral("tracked_sets"), QJsonArray::fromStringList(trackedSets)},
                       {QStringLiteral("timeout_ms"), timeoutMs}};
}

int reencrypt(QSqlDatabase db, const SystemSecret& secret, QStringList* undecryptable)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    execQuery(q, QStringLiteral("SELECT id, name, credentials FROM jwk_remotes"), StoreTr::tr("reading the store"));
    struct Row
    {
        qint64 id;
        QString name;
        QByteArray credentials;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray()});
    }
    int moved = 0;
    for (const auto& row : rows) {
        int used = -1;
        const auto plain = SecretCipher::decrypt(row.credentials, secret.keys(), &used);
        if (!plain) {
            *undecryptable << QStringLiteral("remote %1").arg(row.name);
            continue;
        }
        if (used == 0) {
            continue;
        }
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE jwk_remotes SET credentials = ?, secret_fp = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(SecretCipher::encrypt(*plain, secret.keys().first())));
        u.addBindValue(QString::fromLatin1(secret.fingerprints().first()));
        u.addBindValue(row.id);
        exec(u, StoreTr::tr("re-encrypting the store"));
        ++moved;
    }
    return moved;
}

void seal(QSqlDatabase db, const SystemSecret& secret)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    execQuery(
        q,
        QStringLiteral("SELECT id, name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                       "credentials FROM jwk_remotes"),
        StoreTr::tr("reading the store"));
    QList<QPair<qint64, QByteArray>> updates;
    while (q.next()) {
        const auto plain = SecretCipher::decrypt(q.value(8).toByteArray(), secret.keys());
        if (!plain) {
            continue;
        }
        QJsonObject o = QJsonDocument::fromJson(plain->view()).object();
        QStringList tracked;
        for (const auto& v : QJsonDocument::fromJson(q.value(6).toByteArray()).array()) {
            tracked << v.toString();
        }
        // The URLs as a profile read from these columns holds them (QUrl's form), as SavedRemotes compares them.
        o.insert(QStringLiteral("profile"),
                 recordFields(q.value(1).toString(), QUrl(q.value(2).toString()).toString(),
                              QUrl(q.value(3).toString()).toString(), q.value(4).toString().toLatin1(),
                              q.value(5).toString().toLatin1(), tracked, q.value(7).toInt()));
        QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        updates.append(
            {q.value(0).toLongLong(), SecretCipher::encrypt(SecureBytes::fromByteArray(json), secret.keys().first())});
        wipe(json);
    }
    q.finish();
    for (const auto& [id, credentials] : updates) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE jwk_remotes SET credentials = ?, secret_fp = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(credentials));
        u.addBindValue(QString::fromLatin1(secret.fingerprints().first()));
        u.addBindValue(id);
        exec(u, StoreTr::tr("updating the store"));
    }
}

} // namespace jwk::remoterows
