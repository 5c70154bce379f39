#include "store/JwksSnapshots.h"

#include "store/KeyStore.h"
#include "store/RowSeal.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"

#include <QMap>

namespace jwk {
using namespace storesql;

QByteArray JwksSnapshots::mac(int secretIndex, const QString& source, const QString& kid, const QString& thumbprint,
                              qint64 firstSeen, qint64 lastSeen) const
{
    const QByteArray first = QByteArray::number(firstSeen);
    const QByteArray last = QByteArray::number(lastSeen);
    return rowseal::mac(m_store.secret().macKeys().at(secretIndex),
                        {QByteArrayView("jwks-snapshot"), source.toUtf8(), kid.toUtf8(), thumbprint.toUtf8(),
                         QByteArrayView(first), QByteArrayView(last)});
}

bool JwksSnapshots::has(const QString& source) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM jwk_jwks_snapshots WHERE source = ?"));
    q.addBindValue(source);
    exec(q, StoreTr::tr("reading the recorded JWKS"));
    return q.next() && q.value(0).toLongLong() > 0;
}

QList<SnapshotKey> JwksSnapshots::load(const QString& source) const
{
    return rows(source, false);
}

QList<SnapshotKey> JwksSnapshots::rows(const QString& source, bool skipTampered) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kid, thumbprint, first_seen, last_seen, row_mac FROM jwk_jwks_snapshots WHERE "
                             "source = ? ORDER BY first_seen, kid, thumbprint"));
    q.addBindValue(source);
    exec(q, StoreTr::tr("reading the recorded JWKS"));
    QList<SnapshotKey> keys;
    while (q.next()) {
        SnapshotKey k{q.value(0).toString(), q.value(1).toString(), fromMs(q.value(2)), fromMs(q.value(3))};
        const QByteArray sealed = q.value(4).toByteArray();
        bool authentic = false;
        for (int i = 0; i < m_store.secret().macKeys().size() && !authentic; ++i) {
            authentic = mac(i, source, k.kid, k.thumbprint, q.value(2).toLongLong(), q.value(3).toLongLong()) == sealed;
        }
        if (!authentic && skipTampered) {
            continue;
        }
        if (!authentic) {
            throw StoreError(StoreError::Kind::Tampered,
                             StoreTr::tr("the recorded JWKS of %1 was changed without the system secret: the store "
                                         "file was tampered with, so what changed since the last audit and how old "
                                         "the keys are cannot be told. Record it afresh (audit --record) after "
                                         "checking the published keys by hand.")
                                 .arg(source));
        }
        keys.append(k);
    }
    return keys;
}

void JwksSnapshots::record(const QString& source, const QList<QPair<QString, QString>>& keys, const QDateTime& at)
{
    Transaction tx(m_store.db(), m_store.dialect().beginWrite, StoreTr::tr("recording the JWKS of %1").arg(source));
    // First-seen times of the keys recorded before (only authentic rows count: load() throws otherwise).
    QMap<QPair<QString, QString>, QDateTime> firstSeen;
    for (const auto& k : rows(source, true)) {
        firstSeen.insert({k.kid, k.thumbprint}, k.firstSeen);
    }
    QSqlQuery del(m_store.db());
    del.prepare(QStringLiteral("DELETE FROM jwk_jwks_snapshots WHERE source = ?"));
    del.addBindValue(source);
    exec(del, StoreTr::tr("recording the JWKS"));
    const qint64 now = at.toMSecsSinceEpoch();
    QSet<QPair<QString, QString>> seen;
    for (const auto& key : keys) {
        if (seen.contains(key)) {
            continue; // a duplicate entry of the JWKS: one row
        }
        seen.insert(key);
        const QDateTime before = firstSeen.value(key);
        const qint64 first = before.isValid() ? std::min(before.toMSecsSinceEpoch(), now) : now;
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO jwk_jwks_snapshots (source, kid, thumbprint, first_seen, last_seen, "
                                 "row_mac) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(source);
        q.addBindValue(text(key.first));
        q.addBindValue(text(key.second));
        q.addBindValue(first);
        q.addBindValue(now);
        q.addBindValue(QString::fromLatin1(mac(0, source, text(key.first), text(key.second), first, now)));
        exec(q, StoreTr::tr("recording the JWKS"));
    }
    tx.commit();
}

QStringList JwksSnapshots::sources() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT source FROM jwk_jwks_snapshots ORDER BY source"));
    exec(q, StoreTr::tr("reading the recorded JWKS"));
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

void JwksSnapshots::reseal()
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    execQuery(q,
              QStringLiteral("SELECT id, source, kid, thumbprint, first_seen, last_seen, row_mac FROM "
                             "jwk_jwks_snapshots"),
              StoreTr::tr("reading the store"));
    QList<QPair<qint64, QByteArray>> updates;
    while (q.next()) {
        const auto fields = [&](int index) {
            return mac(index, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toLongLong(), q.value(5).toLongLong());
        };
        bool authentic = false;
        for (int i = 0; i < m_store.secret().macKeys().size() && !authentic; ++i) {
            authentic = fields(i) == q.value(6).toByteArray();
        }
        if (authentic) {
            updates.append({q.value(0).toLongLong(), fields(0)});
        }
    }
    q.finish();
    for (const auto& [id, sealed] : updates) {
        QSqlQuery u(m_store.db());
        u.prepare(QStringLiteral("UPDATE jwk_jwks_snapshots SET row_mac = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(sealed));
        u.addBindValue(id);
        exec(u, StoreTr::tr("updating the store"));
    }
}

} // namespace jwk
