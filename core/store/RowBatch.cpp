#include "store/RowBatch.h"

#include "store/StoreSql.h"

#include <QSqlQuery>
#include <QStringList>

namespace jwk {

RowBatch::RowBatch(QString insert, int columns, QString what, Prepare prepare)
    : m_insert(std::move(insert))
    , m_columns(columns)
    , m_what(std::move(what))
    , m_prepare(std::move(prepare))
{
    m_values.reserve(static_cast<qsizetype>(kMaxRows) * columns);
}

void RowBatch::add(const QList<QVariant>& row)
{
    Q_ASSERT(row.size() == m_columns);
    m_values.append(row);
    if (waiting() >= kMaxRows) {
        send(kMaxRows);
    }
}

void RowBatch::flush()
{
    // The rest in powers of two (16, 8, 4, 2, 1): a handful of statements, each prepared once per store.
    for (int rows = kMaxRows; rows >= 1; rows /= 2) {
        while (waiting() >= rows) {
            send(rows);
        }
    }
}

void RowBatch::send(int rows)
{
    QStringList marks(m_columns, QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples(rows, tuple);
    QSqlQuery& q = m_prepare(m_insert + QStringLiteral(" VALUES ") + tuples.join(QStringLiteral(", ")));
    const qsizetype count = static_cast<qsizetype>(rows) * m_columns;
    for (qsizetype i = 0; i < count; ++i) {
        q.addBindValue(m_values.at(i));
    }
    storesql::exec(q, m_what);
    m_values.remove(0, count);
}

} // namespace jwk
