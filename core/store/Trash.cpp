#include "store/Trash.h"

#include "store/KeyStore.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

namespace jwk {
using namespace storesql;

void Trash::deleteKey(const QString& setName, const QString& kid)
{
    move(setName, kid, Direction::ToTrash);
}

void Trash::deleteSet(const QString& setName)
{
    move(setName, QString(), Direction::ToTrash);
}

void Trash::restoreKey(const QString& setName, const QString& kid)
{
    move(setName, kid, Direction::Back);
}

void Trash::restoreSet(const QString& setName)
{
    move(setName, QString(), Direction::Back);
}

void Trash::move(const QString& setName, const QString& kid, Direction direction)
{
    const bool key = !kid.isEmpty();
    const bool away = direction == Direction::ToTrash;
    const QString what =
        key ? (away ? StoreTr::tr("deleting key \"%1\"") : StoreTr::tr("restoring key \"%1\"")).arg(kid)
            : (away ? StoreTr::tr("deleting key set \"%1\"") : StoreTr::tr("restoring key set \"%1\"")).arg(setName);
    m_store.retrying(setName, [&] {
        Transaction tx(m_store.db(), m_store.dialect().beginWrite, what);
        // A key moves within its live set; a set moves by its id while live, by its name while in the trash.
        const qint64 id = key || away ? m_store.setId(setName) : -1;
        QSqlQuery q(m_store.db());
        if (key) {
            q.prepare(away ? QStringLiteral("UPDATE jwk_keys SET deleted_at = ? WHERE set_id = ? AND kid = ? AND "
                                            "deleted_at IS NULL")
                           : QStringLiteral("UPDATE jwk_keys SET deleted_at = NULL WHERE set_id = ? AND kid = ? AND "
                                            "deleted_at IS NOT NULL"));
            if (away) {
                q.addBindValue(nowMs());
            }
            q.addBindValue(id);
            q.addBindValue(kid);
        } else if (away) {
            q.prepare(QStringLiteral("UPDATE jwk_sets SET deleted_at = ? WHERE id = ?"));
            q.addBindValue(nowMs());
            q.addBindValue(id);
        } else {
            q.prepare(
                QStringLiteral("UPDATE jwk_sets SET deleted_at = NULL WHERE name = ? AND deleted_at IS NOT NULL"));
            q.addBindValue(setName);
        }
        exec(q, what);
        if (((key || away) && id < 0) || q.numRowsAffected() == 0) {
            throw StoreError(StoreError::Kind::NotFound,
                             key ? (away ? StoreTr::tr("there is no key \"%1\" in key set \"%2\"")
                                         : StoreTr::tr("the trash holds no key \"%1\" of key set \"%2\""))
                                       .arg(kid, setName)
                                 : (away ? StoreTr::tr("there is no key set \"%1\"")
                                         : StoreTr::tr("the trash holds no key set \"%1\""))
                                       .arg(setName));
        }
        if (key) {
            m_store.touchSet(id);
        }
        m_store.audit().record(away ? AuditLog::Action::Deleted : AuditLog::Action::Restored, setName, kid);
        tx.commit();
    });
}

QList<TrashEntry> Trash::entries() const
{
    QList<TrashEntry> entries;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT s.name, s.deleted_at, (SELECT COUNT(*) FROM jwk_keys k WHERE k.set_id = s.id AND "
                             "k.deleted_at IS NULL) FROM jwk_sets s WHERE s.deleted_at IS NOT NULL ORDER BY "
                             "s.deleted_at DESC"),
              StoreTr::tr("reading the store"));
    while (q.next()) {
        entries.append({q.value(0).toString(), QString(), fromMs(q.value(1)), q.value(2).toInt()});
    }
    QSqlQuery k(m_store.db());
    k.setForwardOnly(true);
    execQuery(k,
              QStringLiteral("SELECT s.name, k.kid, k.deleted_at FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id "
                             "WHERE k.deleted_at IS NOT NULL AND s.deleted_at IS NULL ORDER BY k.deleted_at DESC"),
              StoreTr::tr("reading the store"));
    while (k.next()) {
        entries.append({k.value(0).toString(), k.value(1).toString(), fromMs(k.value(2)), 1});
    }
    return entries;
}

int Trash::empty()
{
    return m_store.retrying(QString(), [&] {
        Transaction tx(m_store.db(), m_store.dialect().beginWrite, StoreTr::tr("emptying the trash"));
        int purged = 0;
        for (const auto& entry : entries()) {
            m_store.audit().record(AuditLog::Action::Purged, entry.setName, entry.kid);
        }
        QSqlQuery count(m_store.db());
        execQuery(count,
                  QStringLiteral("SELECT COUNT(*) FROM jwk_keys k JOIN jwk_sets s ON s.id = k.set_id WHERE "
                                 "k.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL"),
                  StoreTr::tr("reading the store"));
        if (count.next()) {
            purged = count.value(0).toInt();
        }
        execSql(m_store.db(),
                QStringLiteral("DELETE FROM jwk_keys WHERE deleted_at IS NOT NULL OR set_id IN (SELECT id FROM "
                               "jwk_sets WHERE deleted_at IS NOT NULL)"),
                StoreTr::tr("emptying the trash"));
        m_store.policies().purgeDeletedSets(); // a set's policy goes with it; one made later under its name starts anew
        execSql(m_store.db(), QStringLiteral("DELETE FROM jwk_sets WHERE deleted_at IS NOT NULL"),
                StoreTr::tr("emptying the trash"));
        tx.commit();
        return purged;
    });
}

} // namespace jwk
