#include "store/RotationPolicies.h"

#include "store/KeyStore.h"
#include "store/RowSeal.h"
#include "store/SqlDialect.h"
#include "store/StagedRotations.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <openssl/crypto.h>

namespace jwk {
using namespace storesql;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QVariant column(const std::optional<int>& days)
{
    return days ? QVariant(*days) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> days(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QByteArray field(const QVariant& v)
{
    return v.isNull() ? QByteArray("-") : QByteArray::number(v.toLongLong());
}

QString tamperedMessage(const QString& setName)
{
    return StoreTr::tr("the rotation policy of key set \"%1\" was changed without the system secret: the store file "
                       "was tampered with. It is not used; set it again (jwkman-cli policy \"%1\" --clear, then "
                       "--rotate-every and --overlap) or restore the store from a backup.")
        .arg(setName);
}

} // namespace

QString RotationPolicies::problem(const RotationPolicy& policy)
{
    if (policy.rotateEveryDays && (*policy.rotateEveryDays < 1 || *policy.rotateEveryDays > kMaxDays)) {
        return StoreTr::tr("the rotation period must be from 1 to %1 days, not %2")
            .arg(kMaxDays)
            .arg(*policy.rotateEveryDays);
    }
    if (policy.overlapDays && (*policy.overlapDays < 0 || *policy.overlapDays > kMaxDays)) {
        return StoreTr::tr("the overlap must be from 0 to %1 days, not %2").arg(kMaxDays).arg(*policy.overlapDays);
    }
    if (policy.rotateEveryDays && policy.overlapDays && *policy.overlapDays >= *policy.rotateEveryDays) {
        // A new key activated only after the old one is due: every rotation would start overdue.
        return StoreTr::tr("the overlap (%1 days) must be shorter than the rotation period (%2 days): a new key "
                           "could otherwise only be activated after it is due itself")
            .arg(*policy.overlapDays)
            .arg(*policy.rotateEveryDays);
    }
    return {};
}

QByteArray RotationPolicies::mac(int secretIndex, const QString& setName, const QVariant& rotateEvery,
                                 const QVariant& overlap, qint64 updatedMs) const
{
    return rowseal::mac(m_store.secret().macKeys().at(secretIndex),
                        {QByteArrayView("policy"), setName.toUtf8(), field(rotateEvery), field(overlap),
                         QByteArray::number(updatedMs)});
}

int RotationPolicies::sealIndex(const QString& setName, const QVariant& rotateEvery, const QVariant& overlap,
                                qint64 updatedMs, const QByteArray& stored) const
{
    for (int i = 0; i < m_store.secret().macKeys().size(); ++i) {
        const QByteArray expected = mac(i, setName, rotateEvery, overlap, updatedMs);
        if (stored.size() == expected.size() &&
            CRYPTO_memcmp(stored.constData(), expected.constData(), static_cast<size_t>(stored.size())) == 0) {
            return i;
        }
    }
    return -1;
}

RotationPolicy RotationPolicies::fromRow(const QString& setName, const QVariant& rotateEvery, const QVariant& overlap,
                                         qint64 updatedMs, const QByteArray& stored) const
{
    if (sealIndex(setName, rotateEvery, overlap, updatedMs, stored) < 0) {
        throw StoreError(StoreError::Kind::Tampered, tamperedMessage(setName));
    }
    RotationPolicy p{setName, days(rotateEvery), days(overlap), fromMs(updatedMs)};
    // Sealed but out of bounds cannot come from save(); treated like an edit rather than used.
    if (!problem(p).isEmpty()) {
        throw StoreError(StoreError::Kind::Tampered, tamperedMessage(setName));
    }
    return p;
}

void RotationPolicies::save(const RotationPolicy& policy)
{
    const QString what = StoreTr::tr("saving the rotation policy of \"%1\"").arg(policy.setName);
    if (const QString why = problem(policy); !why.isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput, why);
    }
    Transaction tx(m_store.db(), m_store.dialect().beginWrite, what);
    if (m_store.setId(policy.setName) < 0) {
        throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(policy.setName));
    }
    QSqlQuery del(m_store.db());
    del.prepare(QStringLiteral("DELETE FROM jwk_policies WHERE set_name = ?"));
    del.addBindValue(policy.setName);
    exec(del, what);
    if (!policy.isEmpty()) {
        const qint64 now = policy.updated.isValid() ? policy.updated.toMSecsSinceEpoch() : nowMs();
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO jwk_policies (set_name, rotate_every_days, overlap_days, updated_at, "
                                 "row_mac) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(policy.setName);
        q.addBindValue(column(policy.rotateEveryDays));
        q.addBindValue(column(policy.overlapDays));
        q.addBindValue(now);
        q.addBindValue(QString::fromLatin1(
            mac(0, policy.setName, column(policy.rotateEveryDays), column(policy.overlapDays), now)));
        exec(q, what);
    }
    m_store.audit().record(
        AuditLog::Action::Updated, policy.setName, QString(),
        policy.isEmpty()
            ? QStringLiteral("rotation policy cleared")
            : QStringLiteral("rotation policy: rotate every %1 days, overlap %2 days")
                  .arg(policy.rotateEveryDays ? QString::number(*policy.rotateEveryDays) : QStringLiteral("-"),
                       policy.overlapDays ? QString::number(*policy.overlapDays) : QStringLiteral("-")));
    tx.commit();
}

void RotationPolicies::clear(const QString& setName)
{
    save(RotationPolicy{setName, std::nullopt, std::nullopt, {}});
}

std::optional<RotationPolicy> RotationPolicies::find(const QString& setName) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT rotate_every_days, overlap_days, updated_at, row_mac FROM jwk_policies WHERE "
                             "set_name = ?"));
    q.addBindValue(setName);
    exec(q, StoreTr::tr("reading the rotation policy"));
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(setName, q.value(0), q.value(1), q.value(2).toLongLong(), q.value(3).toByteArray());
}

QList<RotationPolicy> RotationPolicies::all() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.set_name, p.rotate_every_days, p.overlap_days, p.updated_at, p.row_mac FROM "
                             "jwk_policies p JOIN jwk_sets s ON s.name = p.set_name WHERE s.deleted_at IS NULL "
                             "ORDER BY p.set_name"));
    exec(q, StoreTr::tr("reading the rotation policies"));
    QList<RotationPolicy> policies;
    while (q.next()) {
        policies << fromRow(q.value(0).toString(), q.value(1), q.value(2), q.value(3).toLongLong(),
                            q.value(4).toByteArray());
    }
    return policies;
}

void RotationPolicies::renameSet(const QString& name, const QString& newName)
{
    const QString what = StoreTr::tr("renaming key set \"%1\"").arg(name);
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT rotate_every_days, overlap_days, updated_at, row_mac FROM jwk_policies WHERE "
                             "set_name = ?"));
    q.addBindValue(name);
    exec(q, what);
    if (!q.next()) {
        return;
    }
    const QVariant rotateEvery = q.value(0);
    const QVariant overlap = q.value(1);
    const qint64 updated = q.value(2).toLongLong();
    const QByteArray stored = q.value(3).toByteArray();
    q.finish();
    // A row left under the new name (no set has it: only an edit of the file makes one) gives way.
    QSqlQuery stale(m_store.db());
    stale.prepare(QStringLiteral("DELETE FROM jwk_policies WHERE set_name = ?"));
    stale.addBindValue(newName);
    exec(stale, what);
    // Only an authentic row is sealed over the new name; an edited one moves with its old seal and stays refused.
    const int index = sealIndex(name, rotateEvery, overlap, updated, stored);
    QSqlQuery u(m_store.db());
    u.prepare(QStringLiteral("UPDATE jwk_policies SET set_name = ?, row_mac = ? WHERE set_name = ?"));
    u.addBindValue(newName);
    u.addBindValue(index < 0 ? QString::fromLatin1(stored)
                             : QString::fromLatin1(mac(index, newName, rotateEvery, overlap, updated)));
    u.addBindValue(name);
    exec(u, what);
}

void RotationPolicies::purgeDeletedSets()
{
    execSql(m_store.db(),
            QStringLiteral("DELETE FROM jwk_policies WHERE set_name IN (SELECT name FROM jwk_sets WHERE deleted_at IS "
                           "NOT NULL)"),
            StoreTr::tr("emptying the trash"));
}

void RotationPolicies::reseal()
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT id, set_name, rotate_every_days, overlap_days, updated_at, row_mac FROM "
                             "jwk_policies"),
              StoreTr::tr("reading the store"));
    QList<QPair<qint64, QByteArray>> updates;
    while (q.next()) {
        const QString setName = q.value(1).toString();
        if (sealIndex(setName, q.value(2), q.value(3), q.value(4).toLongLong(), q.value(5).toByteArray()) >= 0) {
            updates.append({q.value(0).toLongLong(), mac(0, setName, q.value(2), q.value(3), q.value(4).toLongLong())});
        }
    }
    q.finish();
    for (const auto& [id, sealed] : updates) {
        QSqlQuery u(m_store.db());
        u.prepare(QStringLiteral("UPDATE jwk_policies SET row_mac = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(sealed));
        u.addBindValue(id);
        exec(u, StoreTr::tr("updating the store"));
    }
}

std::optional<QDateTime> earliestActivation(const RotationState& state, const std::optional<RotationPolicy>& policy)
{
    if (state.step != RotationState::Step::Published || !policy || !policy->overlapDays || !state.updated.isValid()) {
        return std::nullopt;
    }
    return QDateTime::fromMSecsSinceEpoch(state.updated.toMSecsSinceEpoch() + *policy->overlapDays * kDayMs, Qt::UTC);
}

} // namespace jwk
