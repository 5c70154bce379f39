#include "remote/SavedRemotes.h"

#include "keys/JsonWriter.h"
#include "keys/SecureBytes.h"
#include "store/KeyStore.h"
#include "store/RemoteRows.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace jwk {
using namespace storesql;

namespace {

QJsonObject profileFields(const RemoteProfile& p)
{
    return remoterows::recordFields(p.name, p.adminUrl.toString(), p.publicUrl.toString(), p.caCertificatesPem,
                                    p.clientCertificatePem, p.trackedSets, p.timeoutMs);
}

// {"token": "...", "headers": [["Name", "value"], ...], "client_key": "...", "profile": {...}} as bytes to encrypt.
SecureBytes credentialsJson(const RemoteProfile& p)
{
    SecureBytes out;
    out.append("{\"token\":");
    writeJsonValue(out, QJsonValue(QString::fromUtf8(p.bearerToken.view())), JsonFormat::Compact);
    out.append(",\"client_key\":");
    writeJsonValue(out, QJsonValue(QString::fromUtf8(p.clientKeyPem.view())), JsonFormat::Compact);
    out.append(",\"headers\":[");
    bool first = true;
    for (const auto& [name, value] : p.headers) {
        if (!first) {
            out.append(',');
        }
        first = false;
        out.append('[');
        writeJsonValue(out, QJsonValue(QString::fromLatin1(name)), JsonFormat::Compact);
        out.append(',');
        writeJsonValue(out, QJsonValue(QString::fromUtf8(value.view())), JsonFormat::Compact);
        out.append(']');
    }
    out.append("],\"profile\":");
    writeJsonValue(out, QJsonValue(profileFields(p)), JsonFormat::Compact);
    out.append('}');
    return out;
}

} // namespace

void SavedRemotes::save(const RemoteProfile& profile, const QString& replacing)
{
    validateName(profile.name, QT_TRANSLATE_NOOP("jwk::KeyStore", "remote name"));
    const QString what = StoreTr::tr("saving remote \"%1\"").arg(profile.name);
    Transaction tx(m_store.db(), m_store.dialect().beginWrite, what);
    if (!replacing.isEmpty() && replacing != profile.name) {
        // A staged rotation is kept under the remote's name: renaming would strand it half-way.
        QSqlQuery staged(m_store.db());
        staged.prepare(QStringLiteral("SELECT set_name FROM jwk_rotations WHERE remote = ? AND step <> 'retired' "
                                      "ORDER BY set_name"));
        staged.addBindValue(replacing);
        exec(staged, what);
        if (staged.next()) {
            throw StoreError(StoreError::Kind::Conflict,
                             StoreTr::tr("A staged rotation of %1 on %2 is in progress: finish it before renaming the "
                                         "remote. Nothing was saved.")
                                 .arg(staged.value(0).toString(), replacing));
        }
        for (const char* sql :
             {"DELETE FROM jwk_remotes WHERE name = ?", "DELETE FROM jwk_rotations WHERE remote = ?"}) {
            QSqlQuery old(m_store.db());
            old.prepare(QString::fromLatin1(sql));
            old.addBindValue(replacing);
            exec(old, what);
        }
    }
    QSqlQuery del(m_store.db());
    del.prepare(QStringLiteral("DELETE FROM jwk_remotes WHERE name = ?"));
    del.addBindValue(profile.name);
    exec(del, what);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO jwk_remotes (name, admin_url, public_url, ca_pem, client_cert_pem, "
                             "tracked_sets, timeout_ms, credentials, secret_fp, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)"));
    q.addBindValue(profile.name);
    q.addBindValue(profile.adminUrl.toString());
    q.addBindValue(text(profile.publicUrl.toString()));
    q.addBindValue(text(QString::fromLatin1(profile.caCertificatesPem)));
    q.addBindValue(text(QString::fromLatin1(profile.clientCertificatePem)));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(profile.trackedSets)).toJson(QJsonDocument::Compact)));
    q.addBindValue(profile.timeoutMs);
    q.addBindValue(
        QString::fromLatin1(SecretCipher::encrypt(credentialsJson(profile), m_store.secret().keys().first())));
    q.addBindValue(QString::fromLatin1(m_store.secret().fingerprints().first()));
    q.addBindValue(nowMs());
    exec(q, what);
    tx.commit();
}

RemoteProfile SavedRemotes::fromQuery(const QSqlQuery& q) const
{
    RemoteProfile p;
    p.name = q.value(0).toString();
    p.adminUrl = QUrl(q.value(1).toString());
    p.publicUrl = QUrl(q.value(2).toString());
    p.caCertificatesPem = q.value(3).toString().toLatin1();
    p.clientCertificatePem = q.value(4).toString().toLatin1();
    p.trackedSets.clear();
    for (const auto& v : QJsonDocument::fromJson(q.value(5).toByteArray()).array()) {
        p.trackedSets << v.toString();
    }
    p.timeoutMs = q.value(6).toInt();
    const auto plain = SecretCipher::decrypt(q.value(7).toByteArray(), m_store.secret().keys());
    if (!plain) {
        throw StoreError(StoreError::Kind::Undecryptable,
                         StoreTr::tr("the credentials of remote \"%1\" cannot be decrypted with the configured "
                                     "system secret(s)")
                             .arg(p.name));
    }
    const QJsonObject o = QJsonDocument::fromJson(plain->view()).object();
    if (o.value(QStringLiteral("profile")).toObject() != profileFields(p)) {
        throw StoreError(
            StoreError::Kind::Tampered,
            StoreTr::tr("remote \"%1\" was changed without the system secret (its URL, CA or client "
                        "certificate, tracked sets or timeout differ from its encrypted record): the store "
                        "file was tampered with. It is not used and no request was made; remove it "
                        "(jwkman-cli remote remove) and add it again.")
                .arg(p.name));
    }
    QByteArray token = o.value(QStringLiteral("token")).toString().toUtf8();
    p.bearerToken = SecureBytes::fromByteArray(token);
    wipe(token);
    QByteArray key = o.value(QStringLiteral("client_key")).toString().toUtf8();
    p.clientKeyPem = SecureBytes::fromByteArray(key);
    wipe(key);
    for (const auto& h : o.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        QByteArray value = pair.at(1).toString().toUtf8();
        p.headers.append({pair.at(0).toString().toLatin1(), SecureBytes::fromByteArray(value)});
        wipe(value);
    }
    return p;
}

QList<RemoteProfile> SavedRemotes::list() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                             "credentials FROM jwk_remotes ORDER BY name"));
    exec(q, StoreTr::tr("listing remotes"));
    QList<RemoteProfile> list;
    while (q.next()) {
        list.append(fromQuery(q));
    }
    return list;
}

std::optional<RemoteProfile> SavedRemotes::find(const QString& name) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                             "credentials FROM jwk_remotes WHERE name = ?"));
    q.addBindValue(name);
    exec(q, StoreTr::tr("reading remote \"%1\"").arg(name));
    if (!q.next()) {
        return std::nullopt;
    }
    return fromQuery(q);
}

void SavedRemotes::remove(const QString& name)
{
    Transaction tx(m_store.db(), m_store.dialect().beginWrite, StoreTr::tr("removing remote \"%1\"").arg(name));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM jwk_remotes WHERE name = ?"));
    q.addBindValue(name);
    exec(q, StoreTr::tr("removing remote \"%1\"").arg(name));
    if (q.numRowsAffected() == 0) {
        throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no remote \"%1\"").arg(name));
    }
    QSqlQuery r(m_store.db());
    r.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ?"));
    r.addBindValue(name);
    exec(r, StoreTr::tr("removing remote \"%1\"").arg(name));
    tx.commit();
}

} // namespace jwk
