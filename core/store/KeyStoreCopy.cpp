// KeyStore: `store copy`, a whole store into a new, empty one (SQLite ⇄ PostgreSQL), in one transaction on the target,
// re-encrypted under the target's secret and verified before the commit.

#include "store/KeyStore.h"

#include "keys/JwkError.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QSqlRecord>

#include <map>

namespace jwk {
using namespace storesql;
namespace {

// Every table of the store (schema 7), parents before children.
const QStringList& storeTables()
{
    static const QStringList tables = {QStringLiteral("jwk_sets"),      QStringLiteral("jwk_keys"),
                                       QStringLiteral("jwk_audit"),     QStringLiteral("jwk_remotes"),
                                       QStringLiteral("jwk_rotations"), QStringLiteral("jwk_jwks_snapshots"),
                                       QStringLiteral("jwk_policies")};
    return tables;
}

int rowCount(QSqlDatabase db, const QString& table, const QString& what)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        throwSql(q.lastError(), what);
    }
    return q.value(0).toInt();
}

} // namespace

StoreCopyResult KeyStore::copyStore(const QString& from, const SystemSecret& fromSecret, const QString& to,
                                    const SystemSecret& toSecret)
{
    auto source = open(from, fromSecret);
    // The target opens rows under the source's secrets too while the copy runs; its own first secret encrypts.
    QList<SecureBytes> both = toSecret.secrets();
    for (const auto& s : fromSecret.secrets()) {
        if (!both.contains(s)) {
            both << s;
        }
    }
    auto target = open(to, SystemSecret::fromList(both, toSecret.source(), toSecret.location()));
    if (target->path() == source->path()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         StoreTr::tr("the source and the target are the same store %1").arg(source->path()));
    }
    return target->copyFrom(*source, toSecret);
}

StoreCopyResult KeyStore::copyFrom(KeyStore& source, const SystemSecret& targetSecret)
{
    const QString what = StoreTr::tr("copying the store %1 to %2").arg(source.path(), m_path);
    StoreCopyResult result;
    result.from = source.path();
    result.to = m_path;
    for (const auto& table : storeTables()) {
        if (const int n = rowCount(db(), table, what); n > 0) {
            throw StoreError(StoreError::Kind::Conflict,
                             StoreTr::tr("the target store %1 is not empty (%2 holds %3 rows); store copy fills only a "
                                         "new, empty store. Give a new file or an empty database. Nothing was copied.")
                                 .arg(m_path, table)
                                 .arg(n));
        }
    }
    // One snapshot of the source (a writer there meanwhile is not half seen), one transaction here.
    Transaction snapshot(source.db(), source.dialect().beginRead, what);
    Transaction tx(db(), m_dialect->beginWrite, what);
    std::map<QString, int> sourceRows;
    for (const auto& table : storeTables()) {
        QSqlQuery read(source.db());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            throwSql(read.lastError(), what);
        }
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(db());
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            throwSql(write.lastError(), what);
        }
        int n = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                write.bindValue(i, read.value(i));
            }
            exec(write, what);
            ++n;
        }
        sourceRows[table] = n;
        result.rows.append({table, n});
        if (!m_dialect->resetAutoId.isEmpty()) {
            execSql(db(), m_dialect->resetAutoId.arg(table), what);
        }
    }
    // The source's keys as the source itself reads them: (set, kid) -> RFC 7638 thumbprint of the decrypted key.
    std::map<QPair<QString, QString>, QString> sourceKeys;
    {
        QSqlQuery q(source.db());
        q.setForwardOnly(true);
        execQuery(q,
                  QStringLiteral("SELECT s.name, k.kid, k.thumbprint, ") +
                      source.dialect().keydata(QStringLiteral("k.keydata")) +
                      QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id"),
                  StoreTr::tr("reading the store"));
        while (q.next()) {
            const JsonWebKey key = source.decryptRow(q.value(0).toString(), q.value(1).toString(),
                                                     q.value(3).toByteArray(), q.value(2).toString());
            sourceKeys[{q.value(0).toString(), q.value(1).toString()}] = key.thumbprint();
        }
    }
    const RotationResult moved = rotateSecretLocked();
    if (!moved.undecryptable.isEmpty()) {
        throw StoreError(StoreError::Kind::Undecryptable,
                         StoreTr::tr("%1 row(s) of %2 cannot be carried over: %3. Give the source's secret in "
                                     "JWKMAN_SOURCE_SECRETS_SYSTEM (or repair the source). Nothing was copied.")
                             .arg(moved.undecryptable.size())
                             .arg(source.path(), moved.undecryptable.join(QStringLiteral(", "))));
    }
    result.reencrypted = moved.reencrypted;
    m_audit.record(AuditLog::Action::Imported, QString(), QString(),
                   QStringLiteral("store copied from %1: %2 keys, %3 rows re-encrypted")
                       .arg(source.path())
                       .arg(sourceKeys.size())
                       .arg(moved.reencrypted));

    // Verified before the commit: the same rows, and every key opens under the target's own secret alone.
    for (const auto& table : storeTables()) {
        const int expected = sourceRows[table] + (table == QStringLiteral("jwk_audit") ? 2 : 0);
        if (const int n = rowCount(db(), table, what); n != expected) {
            throw StoreError(StoreError::Kind::Io, StoreTr::tr("the copy's %1 holds %2 rows, the source %3; nothing "
                                                               "was copied")
                                                       .arg(table)
                                                       .arg(n)
                                                       .arg(expected));
        }
    }
    const QByteArray targetFingerprint = targetSecret.fingerprints().first();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT s.name, ") + kSealedKeyColumns + QStringLiteral(", ") +
                  m_dialect->keydata(QStringLiteral("k.keydata")) +
                  QStringLiteral(" FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id"),
              StoreTr::tr("reading the store"));
    int verified = 0;
    while (q.next()) {
        const QString setName = q.value(0).toString();
        const QString kid = q.value(2).toString();
        const auto plain = SecretCipher::decrypt(q.value(1 + kSealedKeyColumnCount).toByteArray(), targetSecret.keys());
        const auto expected = sourceKeys.find({setName, kid});
        bool same = plain && expected != sourceKeys.end() && q.value(11).toByteArray() == targetFingerprint &&
                    checkSeal(q, 1) == Seal::Authentic;
        if (same) {
            try {
                same = JsonWebKey::fromJson(plain->view()).thumbprint() == expected->second;
            } catch (const JwkError&) {
                same = false;
            }
        }
        if (!same) {
            throw StoreError(StoreError::Kind::Io,
                             StoreTr::tr("key \"%1\" of key set \"%2\" does not read back from the copy as the "
                                         "source's key; nothing was copied")
                                 .arg(kid, setName));
        }
        ++verified;
    }
    q.finish();
    if (verified != int(sourceKeys.size())) {
        throw StoreError(StoreError::Kind::Io, StoreTr::tr("the copy holds %1 keys, the source %2; nothing was copied")
                                                   .arg(verified)
                                                   .arg(sourceKeys.size()));
    }
    {
        QSqlQuery r(db());
        r.prepare(QStringLiteral("SELECT COUNT(*) FROM jwk_remotes WHERE secret_fp <> ?"));
        r.addBindValue(QString::fromLatin1(targetFingerprint));
        exec(r, what);
        if (r.next() && r.value(0).toInt() > 0) {
            throw StoreError(StoreError::Kind::Io, StoreTr::tr("%1 remote profile(s) of the copy are not under the "
                                                               "target's secret; nothing was copied")
                                                       .arg(r.value(0).toInt()));
        }
    }
    result.keys = verified;
    tx.commit();
    return result;
}

} // namespace jwk
