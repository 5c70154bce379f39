// KeyStore: the seal over the clear columns of keys (RowSeal.h; staged rotations seal theirs in StagedRotations). A row
// whose seal does not match was edited without the system secret: it is listed as tampered, never counts as the signer,
// and nothing public (export, push, the desktop's views) is made from it.

#include "store/KeyStore.h"

#include "store/RowSeal.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QJsonDocument>
#include <QUuid>

#include <openssl/crypto.h>

namespace jwk {
using namespace storesql;

const QString KeyStore::kSealedKeyColumns =
    QStringLiteral("k.set_id, k.kid, k.seq, k.kty, k.crv, k.size_bits, k.alg, k.key_use, k.thumbprint, "
                   "k.has_private, k.secret_fp, k.public_jwk, k.row_mac");

QByteArray KeyStore::keyRowMac(int secretIndex, qint64 setId, const QString& kid, qint64 seq, const QString& kty,
                               const QString& crv, int sizeBits, const QString& alg, const QString& use,
                               const QString& thumbprint, bool hasPrivate, const QByteArray& publicJwk) const
{
    return rowseal::mac(m_secret.macKeys().at(secretIndex),
                        {QByteArrayView("key"), QByteArray::number(setId), kid.toUtf8(), QByteArray::number(seq),
                         kty.toUtf8(), crv.toUtf8(), QByteArray::number(sizeBits), alg.toUtf8(), use.toUtf8(),
                         thumbprint.toUtf8(), QByteArrayView(hasPrivate ? "1" : "0"), publicJwk});
}

KeyStore::SealOnlyColumns KeyStore::readSealedColumns(const QSqlQuery& q, int first, KeyInfo& facts)
{
    facts.kid = q.value(first + 1).toString();
    facts.sequence = q.value(first + 2).toLongLong();
    facts.kty = q.value(first + 3).toString();
    facts.crv = q.value(first + 4).toString();
    facts.sizeBits = q.value(first + 5).toInt();
    facts.alg = q.value(first + 6).toString();
    facts.use = q.value(first + 7).toString();
    facts.thumbprint = q.value(first + 8).toString();
    facts.hasPrivate = q.value(first + 9).toInt() != 0;
    return {q.value(first).toLongLong(), q.value(first + 10).toByteArray(), q.value(first + 11).toByteArray(),
            q.value(first + 12).toByteArray()};
}

KeyStore::Seal KeyStore::checkSeal(const QSqlQuery& q, int first) const
{
    KeyInfo facts;
    const SealOnlyColumns columns = readSealedColumns(q, first, facts);
    return checkSeal(columns, facts);
}

KeyStore::Seal KeyStore::checkSeal(const SealOnlyColumns& columns, const KeyInfo& facts) const
{
    const int index = m_secret.indexOfFingerprint(columns.secretFingerprint);
    if (index < 0) {
        return Seal::UnknownSecret;
    }
    const QByteArray expected =
        keyRowMac(index, columns.setId, facts.kid, facts.sequence, facts.kty, facts.crv, facts.sizeBits, facts.alg,
                  facts.use, facts.thumbprint, facts.hasPrivate, columns.publicJwk);
    return columns.rowMac.size() == expected.size() &&
                   CRYPTO_memcmp(columns.rowMac.constData(), expected.constData(), columns.rowMac.size()) == 0
               ? Seal::Authentic
               : Seal::Tampered;
}

void KeyStore::requireAuthentic(Seal seal, const QString& setName, const QString& kid) const
{
    if (seal == Seal::Tampered) {
        throw StoreError(StoreError::Kind::Tampered,
                         StoreTr::tr("the clear columns of key \"%1\" in key set \"%2\" (its order, public part, "
                                     "thumbprint or whether it is private) were changed without the system secret: the "
                                     "store file was tampered with. Nothing was read from it; restore the store from a "
                                     "backup, or delete the key (jwkman-cli delete) and import it again.")
                             .arg(kid, setName));
    }
    if (seal == Seal::UnknownSecret) {
        throw StoreError(
            StoreError::Kind::Undecryptable,
            StoreTr::tr("key \"%1\" in key set \"%2\" is under a system secret that is not configured, so "
                        "nothing about it can be trusted here. Add that secret to SECRETS_SYSTEM after the "
                        "current one.")
                .arg(kid, setName));
    }
}

QString KeyStore::thumbprintColumn(const JsonWebKey& key, int secretIndex) const
{
    if (key.type() == KeyType::Oct) {
        return rowseal::storedOctThumbprint(m_secret.macKeys().at(secretIndex), key.thumbprint());
    }
    return key.thumbprint();
}

QString KeyStore::defaultKid(const JsonWebKey& key)
{
    return key.type() == KeyType::Oct ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key.thumbprint();
}

void KeyStore::resequence(qint64 setId, const QString& setName, const QString& kid, qint64 sequence)
{
    const QString what = StoreTr::tr("reordering key set \"%1\"").arg(setName);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kSealedKeyColumns +
              QStringLiteral(" FROM jwk_keys k WHERE k.set_id = ? AND k.kid = ?"));
    q.addBindValue(setId);
    q.addBindValue(kid);
    exec(q, what);
    if (!q.next()) {
        throw StoreError(StoreError::Kind::NotFound,
                         StoreTr::tr("there is no key \"%1\" in key set \"%2\"").arg(kid, setName));
    }
    // Only an authentic row is moved, and its seal is renewed over the same facts under the same secret.
    requireAuthentic(checkSeal(q, 0), setName, kid);
    const int index = m_secret.indexOfFingerprint(q.value(10).toByteArray());
    const QByteArray mac = keyRowMac(index, setId, kid, sequence, q.value(3).toString(), q.value(4).toString(),
                                     q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(),
                                     q.value(8).toString(), q.value(9).toInt() != 0, q.value(11).toByteArray());
    q.finish();
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE jwk_keys SET seq = ?, row_mac = ? WHERE set_id = ? AND kid = ?"));
    update.addBindValue(sequence);
    update.addBindValue(QString::fromLatin1(mac));
    update.addBindValue(setId);
    update.addBindValue(kid);
    exec(update, what);
}

void KeyStore::sealExistingRows()
{
    const QString what = StoreTr::tr("updating the store");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT s.name, k.set_id, k.kid, k.seq, k.created_at, k.deleted_at, ") +
                  m_dialect->keydata(QStringLiteral("k.keydata")) +
                  QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id"),
              StoreTr::tr("reading the store"));
    struct Row
    {
        QString setName;
        qint64 setId;
        QString kid;
        qint64 seq;
        qint64 created;
        QVariant deleted;
        QByteArray keydata;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5), q.value(6).toByteArray()});
    }
    q.finish();
    for (const auto& row : rows) {
        const auto plain = SecretCipher::decrypt(row.keydata, m_secret.keys());
        if (!plain) {
            continue; // under a secret not configured now: it stays unsealed, listed as "cannot decrypt"
        }
        JsonWebKey key;
        try {
            key = JsonWebKey::fromJson(plain->view());
        } catch (const std::exception&) {
            continue; // not a JWK: stays unsealed and so is refused as tampered
        }
        if (key.kid() != row.kid) {
            continue; // moved or swapped: the same
        }
        // The clear facts are rewritten from the decrypted key: an edit made before this version is undone.
        QSqlQuery purge(db());
        purge.prepare(QStringLiteral("DELETE FROM jwk_keys WHERE set_id = ? AND kid = ?"));
        purge.addBindValue(row.setId);
        purge.addBindValue(row.kid);
        exec(purge, what);
        insertKey(row.setId, key, row.seq, row.created, row.deleted);
    }
    m_rotations.reseal(StagedRotations::Legacy::Unsealed);
}

} // namespace jwk
