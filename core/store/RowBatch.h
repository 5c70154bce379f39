#pragma once
// Rows of one table sent to the database many at a time: one INSERT of up to kMaxRows rows instead of one statement
// per row. On PostgreSQL each statement is a round trip to the server: an import of 100,000 keys made 200,000 of
// them (a key row and its audit entry each), 35 s of a 35.4 s import (issue #18). Statements are prepared once per
// row count (kMaxRows, then the rest in powers of two), through the store's cache of prepared statements.
// Nothing is sent by the destructor: a caller flushes before its transaction commits, and an error (thrown) rolls
// the whole transaction back, the rows still waiting here included.

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace jwk {

class RowBatch
{
public:
    // 128 rows of 16 columns are 2,048 parameters: under SQLite's limit (32,766 since 3.32; Debian 12 has 3.40) and
    // PostgreSQL's (65,535). On PostgreSQL 128 rows a statement imported 100,000 keys in 10.7 s, 32 rows in 12.2 s.
    static constexpr int kMaxRows = 128;
    using Prepare = std::function<QSqlQuery&(const QString& sql)>;

    // `insert`: "INSERT INTO table (a, b, c)"; `what` names the work in an error ("storing keys in ...").
    RowBatch(QString insert, int columns, QString what, Prepare prepare);

    // One row's values, in the columns' order. Sent when kMaxRows are waiting.
    void add(const QList<QVariant>& row);
    // Sends every row still waiting.
    void flush();
    // Drops the rows still waiting (those of a part rolled back to its savepoint).
    void discard() { m_values.clear(); }
    qsizetype waiting() const { return m_values.size() / m_columns; }

private:
    void send(int rows); // the first `rows` waiting rows, as one statement
    QString m_insert;
    int m_columns;
    QString m_what;
    Prepare m_prepare;
    QList<QVariant> m_values; // the waiting rows' values, row after row
};

} // namespace jwk
