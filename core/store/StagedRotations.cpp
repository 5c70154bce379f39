#include "store/StagedRotations.h"

#include "store/KeyStore.h"
#include "store/RowSeal.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

namespace jwk {
using namespace storesql;

namespace {

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

QByteArray StagedRotations::mac(int secretIndex, const QString& remote, const QString& setName, const QString& newKid,
                                const QString& oldKid, const QString& step, qint64 updatedMs) const
{
    // Schema 6 seals the time too: the overlap of a rotation policy is counted from it.
    return rowseal::mac(m_store.secret().macKeys().at(secretIndex),
                        {QByteArrayView("rotation v2"), remote.toUtf8(), setName.toUtf8(), newKid.toUtf8(),
                         oldKid.toUtf8(), step.toUtf8(), QByteArray::number(updatedMs)});
}

QByteArray StagedRotations::macBeforeSchema6(int secretIndex, const QString& remote, const QString& setName,
                                             const QString& newKid, const QString& oldKid, const QString& step) const
{
    return rowseal::mac(m_store.secret().macKeys().at(secretIndex),
                        {QByteArrayView("rotation"), remote.toUtf8(), setName.toUtf8(), newKid.toUtf8(),
                         oldKid.toUtf8(), step.toUtf8()});
}

void StagedRotations::save(const RotationState& state)
{
    Transaction tx(m_store.db(), m_store.dialect().beginWrite,
                   StoreTr::tr("saving the rotation of \"%1\"").arg(state.setName));
    QSqlQuery del(m_store.db());
    del.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ? AND set_name = ?"));
    del.addBindValue(state.remote);
    del.addBindValue(state.setName);
    exec(del, StoreTr::tr("saving the rotation"));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO jwk_rotations (remote, set_name, new_kid, old_kid, step, updated_at, "
                             "row_mac) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(state.remote);
    q.addBindValue(state.setName);
    q.addBindValue(text(state.newKid));
    q.addBindValue(text(state.oldKid));
    q.addBindValue(stepName(state.step));
    const qint64 updated = state.updated.isValid() ? state.updated.toMSecsSinceEpoch() : nowMs();
    q.addBindValue(updated);
    q.addBindValue(QString::fromLatin1(
        mac(0, state.remote, state.setName, text(state.newKid), text(state.oldKid), stepName(state.step), updated)));
    exec(q, StoreTr::tr("saving the rotation"));
    tx.commit();
}

std::optional<RotationState> StagedRotations::find(const QString& remote, const QString& setName) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT new_kid, old_kid, step, updated_at, row_mac FROM jwk_rotations WHERE remote = ? "
                             "AND set_name = ?"));
    q.addBindValue(remote);
    q.addBindValue(setName);
    exec(q, StoreTr::tr("reading the rotation"));
    if (!q.next()) {
        return std::nullopt;
    }
    bool authentic = false;
    for (int i = 0; i < m_store.secret().macKeys().size() && !authentic; ++i) {
        authentic = mac(i, remote, setName, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toLongLong()) == q.value(4).toByteArray();
    }
    if (!authentic) {
        // An edited old_kid could make "retire" delete the key Hydra signs with.
        throw StoreError(
            StoreError::Kind::Tampered,
            StoreTr::tr("the staged rotation of %1 on %2 was changed without the system secret: the store "
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

void StagedRotations::clear(const QString& remote, const QString& setName)
{
    Transaction tx(m_store.db(), m_store.dialect().beginWrite, StoreTr::tr("clearing the rotation"));
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM jwk_rotations WHERE remote = ? AND set_name = ?"));
    q.addBindValue(remote);
    q.addBindValue(setName);
    exec(q, StoreTr::tr("clearing the rotation"));
    tx.commit();
}

void StagedRotations::reseal(Legacy accept)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT id, remote, set_name, new_kid, old_kid, step, row_mac, updated_at FROM "
                             "jwk_rotations"),
              StoreTr::tr("reading the store"));
    QList<QPair<qint64, QByteArray>> updates;
    while (q.next()) {
        const auto fields = [&](int index) {
            return mac(index, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(7).toLongLong());
        };
        const auto fieldsBefore6 = [&](int index) {
            return macBeforeSchema6(index, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString());
        };
        // Re-sealed under the first secret only when it was authentic (or unsealed: a store before schema 4; or sealed
        // without its time: a store before schema 6).
        bool authentic = accept == Legacy::Unsealed && q.value(6).toByteArray().isEmpty();
        for (int i = 0; i < m_store.secret().macKeys().size() && !authentic; ++i) {
            authentic = fields(i) == q.value(6).toByteArray() ||
                        (accept != Legacy::None && fieldsBefore6(i) == q.value(6).toByteArray());
        }
        if (authentic) {
            updates.append({q.value(0).toLongLong(), fields(0)});
        }
    }
    q.finish();
    for (const auto& [id, sealed] : updates) {
        QSqlQuery u(m_store.db());
        u.prepare(QStringLiteral("UPDATE jwk_rotations SET row_mac = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(sealed));
        u.addBindValue(id);
        exec(u, StoreTr::tr("updating the store"));
    }
}

} // namespace jwk
