// KeyStore: changing key sets and keys: create, rename, add, replace (a pull), and edit a key's metadata, each in one
// transaction with its audit entries.

#include "store/KeyStore.h"

#include "keys/JwkError.h"
#include "keys/KeyAdmission.h"
#include "store/RowBatch.h"
#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"
#include "text/TextEscape.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <set>

namespace jwk {
using namespace storesql;

QString KeyStore::setNameWarning(const QString& name)
{
    return newSetNameWarning(name);
}

void KeyStore::createKeySet(const QString& name, const QString& description)
{
    validateNewSetName(name);
    retrying(name, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("creating key set \"%1\"").arg(name));
        if (setId(name, true) >= 0) {
            const bool inTrash = setId(name, false) < 0;
            throw StoreError(StoreError::Kind::Conflict,
                             inTrash ? StoreTr::tr("a key set named \"%1\" is in the trash; restore it or empty the "
                                                   "trash first")
                                           .arg(name)
                                     : StoreTr::tr("a key set named \"%1\" exists already").arg(name));
        }
        insertSetRow(name, description, StoreTr::tr("creating key set \"%1\"").arg(name));
        tx.commit();
    });
}

qint64 KeyStore::insertSetRow(const QString& name, const QString& description, const QString& what)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO jwk_sets (name, description, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(name);
    q.addBindValue(text(description));
    q.addBindValue(now);
    q.addBindValue(now);
    exec(q, what);
    m_audit.record(AuditLog::Action::Created, name, QString());
    return setId(name, true); // portable: QPSQL has no last insert id without OIDs
}

void KeyStore::renameKeySet(const QString& name, const QString& newName)
{
    validateNewSetName(newName);
    retrying(name, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("renaming key set \"%1\"").arg(name));
        const qint64 id = setId(name);
        if (id < 0) {
            throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(name));
        }
        if (name == newName) {
            return;
        }
        if (setId(newName, true) >= 0) {
            throw StoreError(StoreError::Kind::Conflict,
                             StoreTr::tr("a key set named \"%1\" exists already").arg(newName));
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE jwk_sets SET name = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(newName);
        q.addBindValue(nowMs());
        q.addBindValue(id);
        exec(q, StoreTr::tr("renaming key set \"%1\"").arg(name));
        m_policies.renameSet(name, newName); // the policy follows its set
        m_audit.record(AuditLog::Action::Updated, newName, QString(), QStringLiteral("renamed from \"%1\"").arg(name));
        tx.commit();
    });
}

void KeyStore::setDescription(const QString& name, const QString& description)
{
    retrying(name, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("updating key set \"%1\"").arg(name));
        const qint64 id = setId(name);
        if (id < 0) {
            throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(name));
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE jwk_sets SET description = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(text(description));
        q.addBindValue(nowMs());
        q.addBindValue(id);
        exec(q, StoreTr::tr("updating key set \"%1\"").arg(name));
        tx.commit();
    });
}

QString KeyStore::encryptKey(const JsonWebKey& key) const
{
    const SecureBytes json = key.toJson(true, JsonFormat::Compact);
    return QString::fromLatin1(SecretCipher::encrypt(json, m_secret.keys().first()));
}

qint64 KeyStore::nextSequence() const
{
    QSqlQuery q(db());
    execQuery(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM jwk_keys"), StoreTr::tr("reading the store"));
    return q.next() ? q.value(0).toLongLong() + 1 : 1;
}

namespace {
const QString kKeyInsert = QStringLiteral("INSERT INTO jwk_keys (set_id, kid, seq, kty, crv, size_bits, alg, key_use, "
                                          "thumbprint, has_private, public_jwk, keydata, secret_fp, created_at, "
                                          "deleted_at, row_mac)");
constexpr int kKeyColumns = 16;
} // namespace

QList<QVariant> KeyStore::keyRow(qint64 id, const JsonWebKey& key, qint64 sequence, qint64 createdAt,
                                 const QVariant& deletedAt)
{
    const QString thumbprint = thumbprintColumn(key, 0);
    // The public form as `public` makes it: key_ops that need the private key (sign, decrypt, ...) dropped.
    const QByteArray publicJwk =
        compactJson(key.type() == KeyType::Oct ? key.publicMembers() : key.publicKey().publicMembers());
    return {id,
            key.kid(),
            sequence,
            key.kty(),
            text(key.curve()),
            key.sizeBits(),
            text(key.alg()),
            text(key.use()),
            thumbprint,
            key.isPrivate() ? 1 : 0,
            QString::fromUtf8(publicJwk),
            encryptKey(key),
            QString::fromLatin1(m_secret.fingerprints().first()),
            createdAt > 0 ? createdAt : nowMs(),
            deletedAt.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : deletedAt,
            QString::fromLatin1(keyRowMac(0, id, key.kid(), sequence, key.kty(), text(key.curve()), key.sizeBits(),
                                          text(key.alg()), text(key.use()), thumbprint, key.isPrivate(), publicJwk))};
}

RowBatch KeyStore::keyBatch(const QString& setName)
{
    return keyBatchFor(StoreTr::tr("storing keys in key set \"%1\"").arg(setName));
}

RowBatch KeyStore::keyBatchFor(const QString& what)
{
    return RowBatch(kKeyInsert, kKeyColumns, what,
                    [this, what](const QString& sql) -> QSqlQuery& { return prepared(sql, what); });
}

void KeyStore::insertKey(qint64 id, const JsonWebKey& key, qint64 sequence, qint64 createdAt, const QVariant& deletedAt)
{
    const QString what = StoreTr::tr("storing key \"%1\"").arg(key.kid());
    QSqlQuery& q =
        prepared(kKeyInsert + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), what);
    for (const QVariant& value : keyRow(id, key, sequence, createdAt, deletedAt)) {
        q.addBindValue(value);
    }
    exec(q, what);
}

void KeyStore::touchSet(qint64 id)
{
    QSqlQuery& q = prepared(QStringLiteral("UPDATE jwk_sets SET updated_at = ? WHERE id = ?"),
                            StoreTr::tr("updating the key set"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    exec(q, StoreTr::tr("updating the key set"));
}

void KeyStore::replaceKeys(const QString& setName, const QList<JsonWebKey>& keys, AuditLog::Action action)
{
    const KeyTexts texts(keys);
    replaceKeySets({{setName, &texts}}, action);
}

void KeyStore::replaceKeySets(const QList<QPair<QString, const KeyTexts*>>& sets, AuditLog::Action action)
{
    retrying(sets.size() == 1 ? sets.first().first : QString(), [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("replacing key sets"));
        for (const auto& [name, keys] : sets) {
            replaceKeysLocked(name, *keys, action);
        }
        tx.commit();
    });
}

void KeyStore::replaceKeysLocked(const QString& setName, const KeyTexts& keys, AuditLog::Action action)
{
    // The keys are read a slice at a time (KeyTexts), twice: checked first, written after (issue #18).
    validateName(setName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    const QString what = StoreTr::tr("replacing key set \"%1\"").arg(setName);
    qint64 id = setId(setName, true);
    if (id < 0) {
        id = insertSetRow(setName, QString(), what);
    } else {
        QSqlQuery restore(db());
        restore.prepare(QStringLiteral("UPDATE jwk_sets SET deleted_at = NULL WHERE id = ?"));
        restore.addBindValue(id);
        exec(restore, what);
    }
    QSet<QString> kids; // a hash: a third less memory than a tree for 100,000 kids
    kids.reserve(keys.size());
    for (qsizetype first = 0; first < keys.size(); first += KeyTexts::kSlice) {
        QList<JsonWebKey> slice = keys.slice(first, KeyTexts::kSlice);
        const std::vector<QString> problems = admitKeys(slice); // on all cores
        for (qsizetype i = 0; i < slice.size(); ++i) {
            const JsonWebKey& key = slice[i];
            if (const QString& problem = problems[static_cast<std::size_t>(i)]; !problem.isEmpty()) {
                throw StoreError(StoreError::Kind::InvalidInput,
                                 StoreTr::tr("key \"%1\" of key set \"%2\" cannot be stored: %3")
                                     .arg(escapeControlCharactersShort(key.kid()), setName, problem));
            }
            if (key.kid().isEmpty() && key.type() == KeyType::Oct) {
                continue; // given a random kid below, never a duplicate
            }
            const QString kid = key.kid().isEmpty() ? key.thumbprint() : key.kid();
            if (kids.contains(kid)) {
                throw StoreError(StoreError::Kind::Conflict,
                                 StoreTr::tr("kid \"%1\" occurs twice in key set \"%2\"").arg(kid, setName));
            }
            kids.insert(kid);
        }
    }
    // Keys that the new content no longer holds go to the trash, not away: a pull must not lose a private key
    // that only this store had.
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kid FROM jwk_keys WHERE set_id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        exec(q, what);
        QStringList dropped;
        while (q.next()) {
            if (!kids.contains(q.value(0).toString())) {
                dropped << q.value(0).toString();
            }
        }
        for (const auto& kid : dropped) {
            QSqlQuery& t =
                prepared(QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ?"), what);
            t.addBindValue(nowMs());
            t.addBindValue(id);
            t.addBindValue(kid);
            exec(t, what);
            m_audit.record(AuditLog::Action::Deleted, setName, kid,
                           QStringLiteral("no longer in the set after %1").arg(AuditLog::name(action)));
        }
    }
    // Every kid with a row in the set, live or in the trash: a key under any other kid is simply added, its row and
    // audit entry sent many at a time (RowBatch); a kid with a row takes the path below, after what is waiting.
    std::set<QString> rowKids;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kid FROM jwk_keys WHERE set_id = ?"));
        q.addBindValue(id);
        exec(q, what);
        while (q.next()) {
            rowKids.insert(q.value(0).toString());
        }
    }
    RowBatch rows = keyBatch(setName);
    AuditLog::Batch audit = m_audit.batch();
    qint64 sequence = nextSequence() + keys.size();
    for (qsizetype first = 0; first < keys.size(); first += KeyTexts::kSlice) {
        QList<JsonWebKey> slice = keys.slice(first, KeyTexts::kSlice);
        for (JsonWebKey& key : slice) {
            --sequence;
            if (key.kid().isEmpty()) {
                key.setKid(defaultKid(key));
            }
            if (!rowKids.count(key.kid())) {
                rows.add(keyRow(id, key, sequence));
                audit.add(action, setName, key.kid());
                continue;
            }
            rows.flush();
            audit.flush();
            // The row already under this kid, live or in the trash, decrypted (its clear columns are not trusted to say
            // whether it is private). A private key is never replaced by its public form: it is kept as it is, in the
            // new order. Replaced by another key, it goes to the trash under a new kid, restorable.
            QSqlQuery existing(db());
            existing.prepare(
                QStringLiteral("SELECT ") + kSealedKeyColumns + QStringLiteral(", ") +
                m_dialect->keydata(QStringLiteral("k.keydata")) +
                QStringLiteral(", k.created_at, k.deleted_at FROM jwk_keys k WHERE k.set_id = ? AND k.kid = ?"));
            existing.addBindValue(id);
            existing.addBindValue(key.kid());
            exec(existing, what);
            if (existing.next()) {
                requireAuthentic(checkSeal(existing, 0), setName, key.kid());
                JsonWebKey here = decryptRow(setName, key.kid(), existing.value(kSealedKeyColumnCount).toByteArray(),
                                             existing.value(8).toString());
                const qint64 hereSequence = existing.value(2).toLongLong();
                const qint64 hereCreated = existing.value(kSealedKeyColumnCount + 1).toLongLong();
                existing.finish();
                if (here.isPrivate() && here.thumbprint() == key.thumbprint() && !key.isPrivate()) {
                    // Kept whole (created time included), in its new place in the order, out of the trash.
                    QSqlQuery& purge =
                        prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
                    purge.addBindValue(id);
                    purge.addBindValue(key.kid());
                    exec(purge, what);
                    insertKey(id, here, sequence, hereCreated);
                    m_audit.record(action, setName, key.kid(),
                                   QStringLiteral("kept local private key (the new content has only its public part)"));
                    continue;
                }
                if (here.isPrivate() && here.thumbprint() != key.thumbprint()) {
                    rowKids.insert(trashReplacedKey(id, setName, here, hereSequence, action));
                }
            }
            QSqlQuery& purge = prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
            purge.addBindValue(id);
            purge.addBindValue(key.kid());
            exec(purge, what);
            insertKey(id, key, sequence);
            m_audit.record(action, setName, key.kid());
        }
    }
    rows.flush();
    audit.flush();
    touchSet(id);
}

QString KeyStore::trashReplacedKey(qint64 id, const QString& setName, JsonWebKey key, qint64 sequence,
                                   AuditLog::Action action)
{
    const QString oldKid = key.kid();
    const QString suffix = QStringLiteral("~replaced-%1")
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")));
    QString kid = oldKid.left(255 - suffix.size()) + suffix;
    for (int n = 2; keyRowExists(id, kid); ++n) {
        kid = oldKid.left(255 - suffix.size() - 4) + suffix + QStringLiteral("-%1").arg(n);
    }
    const QString what = StoreTr::tr("moving the replaced key \"%1\" to the trash").arg(oldKid);
    QSqlQuery& purge = prepared(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"), what);
    purge.addBindValue(id);
    purge.addBindValue(oldKid);
    exec(purge, what);
    key.setKid(kid);
    insertKey(id, key, sequence);
    QSqlQuery& trash =
        prepared(QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ?"), what);
    trash.addBindValue(nowMs());
    trash.addBindValue(id);
    trash.addBindValue(kid);
    exec(trash, what);
    m_audit.record(
        AuditLog::Action::Deleted, setName, kid,
        QStringLiteral("private key \"%1\" replaced by another key after %2; kept in the trash under this kid")
            .arg(oldKid, AuditLog::name(action)));
    return kid;
}

bool KeyStore::keyRowExists(qint64 id, const QString& kid) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM jwk_keys WHERE set_id = ? AND kid = ?"));
    q.addBindValue(id);
    q.addBindValue(kid);
    exec(q, StoreTr::tr("reading the store"));
    return q.next();
}

void KeyStore::updateKeyMetadata(const QString& setName, const QString& kid, const QString& newKid, const QString& alg,
                                 const QString& use)
{
    validateName(newKid, QT_TRANSLATE_NOOP("jwk::KeyStore", "kid"));
    retrying(setName, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("updating key \"%1\"").arg(kid));
        JsonWebKey key = loadKey(setName, kid);
        const qint64 id = setId(setName);
        if (newKid != kid) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM jwk_keys WHERE set_id = ? AND kid = ?"));
            q.addBindValue(id);
            q.addBindValue(newKid);
            exec(q, StoreTr::tr("updating key \"%1\"").arg(kid));
            if (q.next() && q.value(0).toInt() > 0) {
                throw StoreError(StoreError::Kind::Conflict,
                                 StoreTr::tr("key set \"%1\" has a key with kid \"%2\" already").arg(setName, newKid));
            }
        }
        key.setKid(newKid);
        key.setAlg(alg);
        key.setUse(use);
        // Written anew (encrypted and sealed), in the same place in the order and with the same creation time.
        const std::optional<KeyInfo> before = keyInfo(setName, kid);
        QSqlQuery purge(db());
        purge.prepare(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"));
        purge.addBindValue(id);
        purge.addBindValue(kid);
        exec(purge, StoreTr::tr("updating key \"%1\"").arg(kid));
        insertKey(id, key, before->sequence, before->created.toMSecsSinceEpoch());
        touchSet(id);
        m_audit.record(AuditLog::Action::Updated, setName, newKid,
                       newKid != kid ? QStringLiteral("kid was \"%1\"; alg \"%2\", use \"%3\"").arg(kid, alg, use)
                                     : QStringLiteral("alg \"%1\", use \"%2\"").arg(alg, use));
        tx.commit();
    });
}

} // namespace jwk
