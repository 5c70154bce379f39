#include "store/AuditLog.h"

#include "store/KeyStore.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

namespace jwk {
using namespace storesql;

QString AuditLog::name(Action action)
{
    switch (action) {
    case Action::Created:
        return QStringLiteral("created");
    case Action::Imported:
        return QStringLiteral("imported");
    case Action::Generated:
        return QStringLiteral("generated");
    case Action::ExportedPrivate:
        return QStringLiteral("exported-private");
    case Action::CopiedPrivate:
        return QStringLiteral("copied-private");
    case Action::ShownPrivate:
        return QStringLiteral("shown-private");
    case Action::Pushed:
        return QStringLiteral("pushed");
    case Action::Pulled:
        return QStringLiteral("pulled");
    case Action::Updated:
        return QStringLiteral("updated");
    case Action::Deleted:
        return QStringLiteral("deleted");
    case Action::Restored:
        return QStringLiteral("restored");
    case Action::Purged:
        return QStringLiteral("purged");
    case Action::Reencrypted:
        return QStringLiteral("re-encrypted");
    case Action::SignedToken:
        return QStringLiteral("signed-token");
    }
    return {};
}

namespace {
const QString kAuditInsert = QStringLiteral("INSERT INTO jwk_audit (at, action, set_name, kid, detail, actor, host)");
constexpr int kAuditColumns = 7;
} // namespace

QList<QVariant> AuditLog::row(Action action, const QString& setName, const QString& kid, const QString& detail) const
{
    return {nowMs(),
            name(action),
            text(setName),
            text(kid),
            text(detail),
            text(m_store.m_actor).left(255),
            text(m_store.m_host).left(255)};
}

void AuditLog::record(Action action, const QString& setName, const QString& kid, const QString& detail)
{
    QSqlQuery& q = m_store.prepared(kAuditInsert + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    StoreTr::tr("writing the audit log"));
    for (const QVariant& value : row(action, setName, kid, detail)) {
        q.addBindValue(value);
    }
    exec(q, StoreTr::tr("writing the audit log"));
}

AuditLog::Batch AuditLog::batch()
{
    return Batch(*this);
}

AuditLog::Batch::Batch(AuditLog& log)
    : m_log(log)
    , m_rows(kAuditInsert, kAuditColumns, StoreTr::tr("writing the audit log"),
             [&log](const QString& sql) -> QSqlQuery& {
                 return log.m_store.prepared(sql, StoreTr::tr("writing the audit log"));
             })
{
}

void AuditLog::Batch::add(Action action, const QString& setName, const QString& kid, const QString& detail)
{
    m_rows.add(m_log.row(action, setName, kid, detail));
}

void AuditLog::recordAll(Action action, const QList<QPair<QString, QString>>& keys, const QString& detail)
{
    if (keys.isEmpty()) {
        return;
    }
    m_store.retrying(QString(), [&] {
        Transaction tx(m_store.db(), m_store.dialect().beginWrite, StoreTr::tr("writing the audit log"));
        // Many entries a statement (RowBatch): on PostgreSQL one INSERT per key made a private export of 100,000
        // keys take 10.7 s.
        Batch rows = batch();
        for (const auto& [setName, kid] : keys) {
            rows.add(action, setName, kid, detail);
        }
        rows.flush();
        tx.commit();
    });
}

QList<AuditEntry> AuditLog::entries(int limit) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT at, action, set_name, kid, detail, actor, host FROM jwk_audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    exec(q, StoreTr::tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append({fromMs(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return entries;
}

} // namespace jwk
