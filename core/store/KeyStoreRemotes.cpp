// KeyStore: remote Hydra endpoints and staged rotations. Credentials (bearer token, custom header values, the
// client key) are kept encrypted under the system secret like keys; URLs, CA certificates and set names in clear.

#include "store/KeyStore.h"

#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace {
// Messages for people: translated when the desktop app has installed a translator; the CLI installs none and
// prints the English source text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::KeyStore)
};
} // namespace

namespace jwk {
using namespace storesql;

namespace {

// What a profile's clear columns hold, kept inside its encrypted record too: whoever edits the clear columns without
// the secret (to send the token to another host, trust another CA, track other sets) is found out before any request.
QJsonObject profileFields(const RemoteProfile& p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("admin_url"), p.adminUrl.toString()},
                       {QStringLiteral("public_url"), p.publicUrl.toString()},
                       {QStringLiteral("ca_pem"), QString::fromLatin1(p.caCertificatesPem)},
                       {QStringLiteral("client_cert_pem"), QString::fromLatin1(p.clientCertificatePem)},
                       {QStringLiteral("tracked_sets"), QJsonArray::fromStringList(p.trackedSets)},
                       {QStringLiteral("timeout_ms"), p.timeoutMs}};
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

QString stepName(RotationState::Step step)
{
    switch (step) {
    case RotationState::Step::Published:
        return QStringLiteral("published");
    case RotationState::Step::Activated:
        return QStringLiteral("activated");
    case RotationState::Step::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

} // namespace

void KeyStore::saveRemote(const RemoteProfile& profile, const QString& replacing)
{
    validateName(profile.name, QT_TRANSLATE_NOOP("jwk::KeyStore", "remote name"));
    const QString what = Tr::tr("saving remote \"%1\"").arg(profile.name);
    Transaction tx(db(), m_dialect->beginWrite, what);
    if (!replacing.isEmpty() && replacing != profile.name) {
        // A staged rotation is kept under the remote's name: renaming would strand it half-way.
        QSqlQuery staged(db());
        staged.prepare(QStringLiteral("SELECT set_name FROM jwk_rotations WHERE remote = ? AND step <> 'retired' "
                                      "ORDER BY set_name"));
        staged.addBindValue(replacing);
        exec(staged, what);
        if (staged.next()) {
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("A staged rotation of %1 on %2 is in progress: finish it before renaming the "
                                    "remote. Nothing was saved.")
                                 .arg(staged.value(0).toString(), replacing));
        }
        for (const char* sql :
             {"DELETE FROM jwk_remotes WHERE name = ?", "DELETE FROM jwk_rotations WHERE remote = ?"}) {
            QSqlQuery old(db());
            old.prepare(QString::fromLatin1(sql));
            old.addBindValue(replacing);
            exec(old, what);
        }
    }
    QSqlQuery del(db());
    del.prepare(QStringLiteral("DELETE FROM jwk_remotes WHERE name = ?"));
    del.addBindValue(profile.name);
    exec(del, what);
    QSqlQuery q(db());
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
    q.addBindValue(QString::fromLatin1(SecretCipher::encrypt(credentialsJson(profile), m_secret.keys().first())));
    q.addBindValue(QString::fromLatin1(m_secret.fingerprints().first()));
    q.addBindValue(nowMs());
    exec(q, what);
    tx.commit();
}

RemoteProfile KeyStore::remoteFromQuery(const QSqlQuery& q) const
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
    const auto plain = SecretCipher::decrypt(q.value(7).toByteArray(), m_secret.keys());
    if (!plain) {
        throw StoreError(StoreError::Kind::Undecryptable,
                         Tr::tr("the credentials of remote \"%1\" cannot be decrypted with the configured "
                                "system secret(s)")
                             .arg(p.name));
    }
    const QJsonObject o = QJsonDocument::fromJson(plain->view()).object();
    if (o.value(QStringLiteral("profile")).toObject() != profileFields(p)) {
        throw StoreError(StoreError::Kind::Tampered,
                         Tr::tr("remote \"%1\" was changed without the system secret (its URL, CA or client "
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

QList<RemoteProfile> KeyStore::remotes() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                             "credentials FROM jwk_remotes ORDER BY name"));
    exec(q, Tr::tr("listing remotes"));
    QList<RemoteProfile> list;
    while (q.next()) {
        list.append(remoteFromQuery(q));
    }
    return list;
}

std::optional<RemoteProfile> KeyStore::remote(const QString& name) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                             "credentials FROM jwk_remotes WHERE name = ?"));
    q.addBindValue(name);
    exec(q, Tr::tr("reading remote \"%1\"").arg(name));
    if (!q.next()) {
        return std::nullopt;
    }
    return remoteFromQuery(q);
}

void KeyStore::removeRemote(const QString& name)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("removing remote \"%1\"").arg(name));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM jwk_remotes WHERE name = ?"));
    q.addBindValue(name);
    exec(q, Tr::tr("removing remote \"%1\"").arg(name));
    if (q.numRowsAffected() == 0) {
        throw StoreError(StoreError::Kind::NotFound, Tr::tr("there is no remote \"%1\"").arg(name));
    }
    QSqlQuery r(db());
    r.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ?"));
    r.addBindValue(name);
    exec(r, Tr::tr("removing remote \"%1\"").arg(name));
    tx.commit();
}

int KeyStore::reencryptRemotes(QStringList* undecryptable)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name, credentials FROM jwk_remotes"));
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
        const auto plain = SecretCipher::decrypt(row.credentials, m_secret.keys(), &used);
        if (!plain) {
            *undecryptable << QStringLiteral("remote %1").arg(row.name);
            continue;
        }
        if (used == 0) {
            continue;
        }
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE jwk_remotes SET credentials = ?, secret_fp = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(SecretCipher::encrypt(*plain, m_secret.keys().first())));
        u.addBindValue(QString::fromLatin1(m_secret.fingerprints().first()));
        u.addBindValue(row.id);
        exec(u, Tr::tr("re-encrypting the store"));
        ++moved;
    }
    return moved;
}

void KeyStore::resealRemotes()
{
    // Schema 4: each remote's encrypted record gets its profile fields (from the clear columns, trusted this once).
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, name, admin_url, public_url, ca_pem, client_cert_pem, tracked_sets, timeout_ms, "
                          "credentials FROM jwk_remotes"));
    QList<QPair<qint64, QByteArray>> updates;
    while (q.next()) {
        const auto plain = SecretCipher::decrypt(q.value(8).toByteArray(), m_secret.keys());
        if (!plain) {
            continue;
        }
        QJsonObject o = QJsonDocument::fromJson(plain->view()).object();
        RemoteProfile p;
        p.name = q.value(1).toString();
        p.adminUrl = QUrl(q.value(2).toString());
        p.publicUrl = QUrl(q.value(3).toString());
        p.caCertificatesPem = q.value(4).toString().toLatin1();
        p.clientCertificatePem = q.value(5).toString().toLatin1();
        p.trackedSets.clear();
        for (const auto& v : QJsonDocument::fromJson(q.value(6).toByteArray()).array()) {
            p.trackedSets << v.toString();
        }
        p.timeoutMs = q.value(7).toInt();
        o.insert(QStringLiteral("profile"), profileFields(p));
        QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        updates.append({q.value(0).toLongLong(),
                        SecretCipher::encrypt(SecureBytes::fromByteArray(json), m_secret.keys().first())});
        wipe(json);
    }
    q.finish();
    for (const auto& [id, credentials] : updates) {
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE jwk_remotes SET credentials = ?, secret_fp = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(credentials));
        u.addBindValue(QString::fromLatin1(m_secret.fingerprints().first()));
        u.addBindValue(id);
        exec(u, Tr::tr("updating the store"));
    }
}

void KeyStore::saveRotation(const RotationState& state)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("saving the rotation of \"%1\"").arg(state.setName));
    QSqlQuery del(db());
    del.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ? AND set_name = ?"));
    del.addBindValue(state.remote);
    del.addBindValue(state.setName);
    exec(del, Tr::tr("saving the rotation"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO jwk_rotations (remote, set_name, new_kid, old_kid, step, updated_at, "
                             "row_mac) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(state.remote);
    q.addBindValue(state.setName);
    q.addBindValue(text(state.newKid));
    q.addBindValue(text(state.oldKid));
    q.addBindValue(stepName(state.step));
    q.addBindValue(nowMs());
    q.addBindValue(QString::fromLatin1(
        rotationMac(0, state.remote, state.setName, text(state.newKid), text(state.oldKid), stepName(state.step))));
    exec(q, Tr::tr("saving the rotation"));
    tx.commit();
}

std::optional<RotationState> KeyStore::rotation(const QString& remote, const QString& setName) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT new_kid, old_kid, step, updated_at, row_mac FROM jwk_rotations WHERE remote = ? "
                             "AND set_name = ?"));
    q.addBindValue(remote);
    q.addBindValue(setName);
    exec(q, Tr::tr("reading the rotation"));
    if (!q.next()) {
        return std::nullopt;
    }
    bool authentic = false;
    for (int i = 0; i < m_secret.macKeys().size() && !authentic; ++i) {
        authentic = rotationMac(i, remote, setName, q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString()) == q.value(4).toByteArray();
    }
    if (!authentic) {
        // An edited old_kid could make "retire" delete the key Hydra signs with.
        throw StoreError(StoreError::Kind::Tampered,
                         Tr::tr("the staged rotation of %1 on %2 was changed without the system secret: the store "
                                "file was tampered with. It is not continued; check the remote set (jwkman-cli remote "
                                "diff) and start a new rotation.")
                             .arg(setName, remote));
    }
    RotationState s;
    s.remote = remote;
    s.setName = setName;
    s.newKid = q.value(0).toString();
    s.oldKid = q.value(1).toString();
    const QString step = q.value(2).toString();
    s.step = step == QStringLiteral("retired")     ? RotationState::Step::Retired
             : step == QStringLiteral("activated") ? RotationState::Step::Activated
                                                   : RotationState::Step::Published;
    s.updated = fromMs(q.value(3));
    return s;
}

void KeyStore::clearRotation(const QString& remote, const QString& setName)
{
    Transaction tx(db(), m_dialect->beginWrite, Tr::tr("clearing the rotation"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ? AND set_name = ?"));
    q.addBindValue(remote);
    q.addBindValue(setName);
    exec(q, Tr::tr("clearing the rotation"));
    tx.commit();
}

} // namespace jwk
