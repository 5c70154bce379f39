// KeyStore: re-encrypting every row under the first secret of SECRETS_SYSTEM (rotate-secret, and a store copied in):
// a page of rows read at a time, 128 rewritten a statement, all in one transaction.

#include "store/KeyStore.h"

#include "store/RemoteRows.h"
#include "store/RowBatch.h"
#include "store/SecretCipher.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace jwk {
using namespace storesql;

RotationResult KeyStore::rotateSecret()
{
    return retrying(QString(), [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("re-encrypting the store"));
        RotationResult result = rotateSecretLocked();
        tx.commit();
        return result;
    });
}

namespace {
// Rows read at a time by rotateSecretLocked().
constexpr int kRotationPage = 1024;
} // namespace

RotationResult KeyStore::rotateSecretLocked()
{
    RotationResult result;
    struct Row
    {
        QString setName;
        QString kid;
        qint64 setId;
        qint64 sequence;
        qint64 created;
        QVariant deleted;
        QByteArray keydata;
        QString thumbprint;
        Seal seal;
        qint64 rowId;
    };
    // Rows re-encrypted RowBatch::kMaxRows at a time: one DELETE of those rows, then their new rows in one INSERT (on
    // PostgreSQL every statement is a round trip: a DELETE and an INSERT per key made 100,000 keys take minutes).
    // All in the caller's transaction. The rows are read a page at a time by id, up to the largest id before the
    // first was rewritten (rewritten rows come back with larger ids): 100,000 rows are never all held (issue #18). That
    // bound is applied here, not in the query: with it there, PostgreSQL (no statistics yet on a table just filled)
    // planned a page as a scan of every remaining row and a sort, 30-50 ms a page, 6.6 -> 11.3 s for 100,000 keys.
    const QString what = StoreTr::tr("re-encrypting the store");
    qint64 lastId = 0;
    {
        QSqlQuery top(db());
        execQuery(top, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM jwk_keys"), StoreTr::tr("reading the store"));
        lastId = top.next() ? top.value(0).toLongLong() : 0;
    }
    RowBatch batch = keyBatchFor(what);
    std::vector<std::pair<const Row*, JsonWebKey>> chunk;
    auto flushChunk = [&] {
        if (chunk.empty()) {
            return;
        }
        // By the rows' ids (the primary key): PostgreSQL planned 128 (set_id, kid) pairs joined by OR as a scan of the
        // whole table, 50 ms a statement at 20,000 keys.
        QStringList marks;
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            marks << QStringLiteral("?");
        }
        QSqlQuery& purge =
            prepared(QStringLiteral("DELETE FROM jwk_keys WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), what);
        for (const auto& [row, key] : chunk) {
            purge.addBindValue(row->rowId);
        }
        exec(purge, what);
        for (const auto& [row, key] : chunk) {
            batch.add(keyRow(row->setId, key, row->sequence, row->created, row->deleted));
        }
        batch.flush();
        chunk.clear();
    };
    bool reachedEnd = false;
    for (qint64 after = 0; !reachedEnd;) {
        std::vector<Row> rows;
        {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT s.name, k.created_at, k.deleted_at, ") + kSealedKeyColumns +
                      QStringLiteral(", ") + m_dialect->keydata(QStringLiteral("k.keydata")) +
                      QStringLiteral(", k.id FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE k.id > ? ORDER "
                                     "BY k.id LIMIT %1")
                          .arg(kRotationPage));
            q.addBindValue(after);
            exec(q, StoreTr::tr("reading the store"));
            while (q.next()) {
                if (q.value(4 + kSealedKeyColumnCount).toLongLong() > lastId) {
                    reachedEnd = true; // a row rewritten here: the rows from before are all read
                    break;
                }
                rows.push_back({q.value(0).toString(), q.value(4).toString(), q.value(3).toLongLong(),
                                q.value(5).toLongLong(), q.value(1).toLongLong(), q.value(2),
                                q.value(3 + kSealedKeyColumnCount).toByteArray(), q.value(11).toString(),
                                checkSeal(q, 3), q.value(4 + kSealedKeyColumnCount).toLongLong()});
            }
        }
        if (rows.empty()) {
            break;
        }
        after = rows.back().rowId;
        for (const auto& row : rows) {
            const QString label = QStringLiteral("%1/%2").arg(row.setName, row.kid);
            if (row.seal == Seal::Tampered) {
                // Its clear columns were changed without the secret: re-sealing would make the edit look genuine.
                result.undecryptable << label + QStringLiteral(" (tampered)");
                continue;
            }
            int used = -1;
            const auto plain = SecretCipher::decrypt(row.keydata, m_secret.keys(), &used);
            if (!plain || row.seal == Seal::UnknownSecret) {
                result.undecryptable << label;
                continue;
            }
            if (used == 0) {
                ++result.alreadyCurrent;
                continue;
            }
            chunk.emplace_back(&row, decryptRow(row.setName, row.kid, row.keydata, row.thumbprint));
            ++result.reencrypted;
            if (chunk.size() == std::size_t(RowBatch::kMaxRows)) {
                flushChunk();
            }
        }
        flushChunk(); // before the page's rows are let go of
    }
    result.reencrypted += remoterows::reencrypt(db(), m_secret, &result.undecryptable);
    m_rotations.reseal(StagedRotations::Legacy::None);
    m_policies.reseal();
    m_snapshots.reseal();
    QSqlQuery v(db());
    v.prepare(QStringLiteral("UPDATE jwk_meta SET value = ? WHERE name = 'verifier'"));
    v.addBindValue(newVerifier());
    exec(v, StoreTr::tr("re-encrypting the store"));
    m_audit.record(AuditLog::Action::Reencrypted, QString(), QString(),
                   QStringLiteral("%1 rows re-encrypted, %2 already current, %3 undecryptable")
                       .arg(result.reencrypted)
                       .arg(result.alreadyCurrent)
                       .arg(result.undecryptable.size()));
    return result;
}

} // namespace jwk
