// KeyStore: reading key sets and keys: the public facts from the sealed clear columns, and keys decrypted one by
// one or a set at a time.

#include "store/KeyStore.h"

#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"
#include "text/TextEscape.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <set>
#include <utility>

namespace jwk {
using namespace storesql;

QString keyRoleName(KeyRole role)
{
    switch (role) {
    case KeyRole::Signing:
        return QStringLiteral("signing");
    case KeyRole::Private:
        return QStringLiteral("private");
    case KeyRole::PublicOnly:
        return QStringLiteral("public only");
    case KeyRole::CannotDecrypt:
        return QStringLiteral("cannot decrypt");
    case KeyRole::Tampered:
        return QStringLiteral("tampered");
    }
    return {};
}

QString KeyInfo::typeDescription() const
{
    if (kty.isEmpty()) {
        return QStringLiteral("?");
    }
    if (kty == QStringLiteral("RSA") || kty == QStringLiteral("oct")) {
        return QStringLiteral("%1 %2").arg(kty).arg(sizeBits);
    }
    return QStringLiteral("%1 %2").arg(kty, crv);
}

qint64 KeyStore::setId(const QString& name, bool includeDeleted) const
{
    QSqlQuery q(db());
    q.prepare(includeDeleted ? QStringLiteral("SELECT id FROM jwk_sets WHERE name = ?")
                             : QStringLiteral("SELECT id FROM jwk_sets WHERE name = ? AND deleted_at IS NULL"));
    q.addBindValue(name);
    exec(q, StoreTr::tr("reading the store"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QList<KeySetInfo> KeyStore::keySets() const
{
    return querySets(QString(), {});
}

QStringList KeyStore::keySetNames() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name FROM jwk_sets WHERE deleted_at IS NULL ORDER BY name"));
    exec(q, StoreTr::tr("listing key sets"));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    q.finish();
    return names;
}

std::optional<KeySetInfo> KeyStore::keySet(const QString& name) const
{
    const QList<KeySetInfo> sets = querySets(QStringLiteral(" AND s.name = ?"), {name});
    if (sets.isEmpty()) {
        return std::nullopt;
    }
    return sets.first();
}

QList<KeySetInfo> KeyStore::querySets(const QString& condition, const QVariantList& binds) const
{
    QList<KeySetInfo> sets = querySetRows(condition, binds);
    // The signer from authenticated rows only (queryKeys), never from a clear has_private or seq alone.
    const QList<KeyInfo> live =
        sets.size() == 1 ? queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"),
                                     {sets.first().name})
                         : queryKeys(QStringLiteral("s.deleted_at IS NULL AND k.deleted_at IS NULL"), {});
    applySigners(sets, live);
    return sets;
}

StoreListing KeyStore::listing() const
{
    // keySets() reads every live key to find the signers; the same read is the list of all keys.
    StoreListing result;
    result.sets = querySetRows(QString(), {});
    result.keys = allKeys();
    applySigners(result.sets, result.keys);
    return result;
}

QList<KeySetInfo> KeyStore::querySetRows(const QString& condition, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.name, s.description, s.created_at, s.updated_at, "
                             "(SELECT COUNT(*) FROM jwk_keys k WHERE k.set_id = s.id AND k.deleted_at IS NULL) "
                             "FROM jwk_sets s WHERE s.deleted_at IS NULL") +
              condition + QStringLiteral(" ORDER BY s.name"));
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    exec(q, StoreTr::tr("listing key sets"));
    QList<KeySetInfo> sets;
    while (q.next()) {
        KeySetInfo s;
        s.name = q.value(0).toString();
        s.description = q.value(1).toString();
        s.created = fromMs(q.value(2));
        s.updated = fromMs(q.value(3));
        s.keyCount = q.value(4).toInt();
        sets.append(s);
    }
    q.finish();
    return sets;
}

void KeyStore::applySigners(QList<KeySetInfo>& sets, const QList<KeyInfo>& live)
{
    std::map<QString, QString> signers;
    std::set<QString> tampered;
    for (const auto& k : live) {
        if (k.role == KeyRole::Signing) {
            signers[k.setName] = k.kid;
        } else if (k.role == KeyRole::Tampered) {
            tampered.insert(k.setName);
        }
    }
    for (auto& set : sets) {
        const auto it = signers.find(set.name);
        set.signingKid = it == signers.end() ? QString() : it->second;
        set.tampered = tampered.count(set.name) > 0;
    }
}

QList<KeyInfo> KeyStore::queryKeys(const QString& where, const QVariantList& binds) const
{
    QList<KeyInfo> keys;
    visitKeyRows(where, binds, [&keys](KeyInfo&& k) { keys.append(std::move(k)); });
    // A set with a tampered live row has no known signer: that row's order and has_private are not known, so it might
    // be the newest private key. No key of that set is shown as the signer.
    std::set<QString> tamperedSets;
    for (const auto& k : keys) {
        if (k.role == KeyRole::Tampered && !k.deleted) {
            tamperedSets.insert(k.setName);
        }
    }
    if (!tamperedSets.empty()) {
        for (auto& k : keys) {
            if (k.role == KeyRole::Signing && tamperedSets.count(k.setName)) {
                k.role = KeyRole::Private;
            }
        }
    }
    return keys;
}

std::optional<KeyInfo> KeyStore::signer(const QString& setName) const
{
    if (setId(setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(setName));
    }
    std::optional<KeyInfo> signer;
    bool tampered = false;
    visitKeyRows(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"), {setName},
                 [&](KeyInfo&& k) {
                     if (k.role == KeyRole::Signing && !signer) {
                         signer = std::move(k);
                     } else if (k.role == KeyRole::Tampered && !k.deleted) {
                         tampered = true; // as queryKeys: then no key of the set is the signer
                     }
                 });
    return tampered ? std::nullopt : signer;
}

void KeyStore::visitKeyRows(const QString& where, const QVariantList& binds,
                            const std::function<void(KeyInfo&&)>& visit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.name, k.created_at, k.deleted_at, ") + kSealedKeyColumns +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE ") + where +
              QStringLiteral(" ORDER BY s.name, k.seq DESC"));
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    exec(q, StoreTr::tr("listing keys"));
    QString currentSet;
    bool signerSeen = false;
    while (q.next()) {
        KeyInfo k;
        k.setName = q.value(0).toString();
        k.created = fromMs(q.value(1));
        k.deleted = !q.value(2).isNull();
        // Each column read once, for the key's facts and for the seal over them (the thumbprint as stored).
        const Seal seal = checkSeal(readSealedColumns(q, 3, k), k);
        if (rowseal::isKeyedThumbprint(k.thumbprint)) {
            k.thumbprint.clear(); // an oct key's thumbprint is not kept in clear
        }
        k.decryptable = seal == Seal::Authentic;
        if (k.setName != currentSet) {
            currentSet = k.setName;
            signerSeen = false;
        }
        if (seal == Seal::Tampered) {
            k.role = KeyRole::Tampered;
            // Its clear facts are not known to be true: none of them is passed on.
            k.kty.clear();
            k.crv.clear();
            k.sizeBits = 0;
            k.alg.clear();
            k.use.clear();
            k.thumbprint.clear();
            k.hasPrivate = false;
        } else if (seal == Seal::UnknownSecret) {
            k.role = KeyRole::CannotDecrypt;
        } else if (!k.hasPrivate) {
            k.role = KeyRole::PublicOnly;
        } else if (!signerSeen && !k.deleted) {
            k.role = KeyRole::Signing;
        } else {
            k.role = KeyRole::Private;
        }
        // Only an authenticated row can be the signer: the order and has_private of any other are not known to be
        // true (an inserted or edited row must not change which key signs).
        if (seal == Seal::Authentic && k.hasPrivate && !k.deleted) {
            signerSeen = true;
        }
        visit(std::move(k));
    }
}

QList<KeyInfo> KeyStore::keys(const QString& setName) const
{
    if (setId(setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(setName));
    }
    return queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"), {setName});
}

QList<KeyInfo> KeyStore::allKeys() const
{
    return queryKeys(QStringLiteral("s.deleted_at IS NULL AND k.deleted_at IS NULL"), {});
}

std::optional<KeyInfo> KeyStore::keyInfo(const QString& setName, const QString& kid) const
{
    for (const auto& k : keys(setName)) {
        if (k.kid == kid) {
            return k;
        }
    }
    return std::nullopt;
}

QString KeyStore::signingKid(const QString& setName) const
{
    QString signer;
    for (const auto& k :
         queryKeys(QStringLiteral("s.name = ? AND s.deleted_at IS NULL AND k.deleted_at IS NULL"), {setName})) {
        if (k.role == KeyRole::Tampered) {
            requireAuthentic(Seal::Tampered, setName, k.kid);
        }
        if (k.role == KeyRole::Signing && signer.isEmpty()) {
            signer = k.kid;
        }
    }
    return signer;
}

QJsonObject KeyStore::publicJwk(const QString& setName, const QString& kid) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE s.name = ? AND s.deleted_at IS "
                             "NULL AND k.kid = ? AND k.deleted_at IS NULL"));
    q.addBindValue(setName);
    q.addBindValue(kid);
    exec(q, StoreTr::tr("reading the store"));
    if (!q.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         StoreTr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    requireAuthentic(checkSeal(q, 0), setName, kid);
    return QJsonDocument::fromJson(q.value(11).toByteArray()).object();
}

JsonWebKey KeyStore::loadKey(const QString& setName, const QString& kid) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // keydata is read as a BLOB: the base64 text then reaches the decoder without a round trip through UTF-16.
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns + QStringLiteral(", ") +
              m_dialect->keydata(QStringLiteral("k.keydata")) +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE s.name = ? AND s.deleted_at "
                             "IS NULL AND k.kid = ? AND k.deleted_at IS NULL"));
    q.addBindValue(setName);
    q.addBindValue(kid);
    exec(q, StoreTr::tr("reading the store"));
    if (!q.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         StoreTr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    requireAuthentic(checkSeal(q, 0), setName, kid);
    return decryptRow(setName, kid, q.value(kSealedKeyColumnCount).toByteArray(), q.value(8).toString());
}

JsonWebKey KeyStore::decryptRow(const QString& setName, const QString& kid, const QByteArray& keydata,
                                const QString& thumbprint) const
{
    int used = -1;
    std::optional<SecureBytes> plain = SecretCipher::decrypt(keydata, m_secret.keys(), &used);
    if (!plain) {
        throw StoreError(StoreError::Kind::Undecryptable,
                         StoreTr::tr("key \"%1\" in key set \"%2\" cannot be decrypted with the configured system "
                                     "secret(s): it was encrypted under another secret. Add that secret to "
                                     "SECRETS_SYSTEM after the current one.")
                             .arg(kid, setName));
    }
    JsonWebKey key;
    try {
        key = JsonWebKey::fromJson(plain->view()); // no copy of the plaintext outside the wiped buffer
    } catch (const JwkError&) {
        throw StoreError(StoreError::Kind::Tampered,
                         StoreTr::tr("key \"%1\" in key set \"%2\" decrypts to something that is not a JWK: the "
                                     "row was tampered with")
                             .arg(kid, setName));
    }
    if (key.kid() != kid || thumbprintColumn(key, used) != thumbprint) {
        throw StoreError(StoreError::Kind::Tampered,
                         StoreTr::tr("key \"%1\" in key set \"%2\" holds the encrypted data of another key: the "
                                     "row was moved or swapped")
                             .arg(kid, setName));
    }
    return key;
}

QList<JsonWebKey> KeyStore::loadKeys(const QString& setName, bool decrypt) const
{
    QList<JsonWebKey> result;
    visitKeys(setName, decrypt, [&result](JsonWebKey&& key) { result.append(std::move(key)); });
    return result;
}

int KeyStore::visitKeys(const QString& setName, bool decrypt, const std::function<void(JsonWebKey&&)>& visit) const
{
    if (setId(setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(setName));
    }
    // One query for the whole set, newest first (the order of keys()). Every row's clear columns are authenticated
    // first: the order decides which key Hydra signs with after a push, and the public JWK is what is published.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              (decrypt ? QStringLiteral(", ") + m_dialect->keydata(QStringLiteral("k.keydata")) : QString()) +
              QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE s.name = ? AND s.deleted_at IS "
                             "NULL AND k.deleted_at IS NULL ORDER BY k.seq DESC"));
    q.addBindValue(setName);
    exec(q, StoreTr::tr("reading the store"));
    int octLeftOut = 0;
    while (q.next()) {
        const QString kid = q.value(1).toString();
        requireAuthentic(checkSeal(q, 0), setName, kid);
        if (decrypt) {
            visit(decryptRow(setName, kid, q.value(kSealedKeyColumnCount).toByteArray(), q.value(8).toString()));
        } else if (q.value(3).toString() != QLatin1String("oct")) {
            visit(JsonWebKey::fromJson(QJsonDocument::fromJson(q.value(11).toByteArray()).object()));
        } else {
            ++octLeftOut;
        }
    }
    return octLeftOut;
}

} // namespace jwk
