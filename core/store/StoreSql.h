#pragma once
// Small helpers shared by the store's SQL code: time stamps, errors for people, NOT NULL text, names.

#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace jwk::storesql {

qint64 nowMs();
QDateTime fromMs(const QVariant& v);
// SQL errors name tables and constraints, never bound values: safe to show.
[[noreturn]] void throwSql(const QSqlError& error, const QString& what);
void exec(QSqlQuery& q, const QString& what);
void execSql(QSqlDatabase db, const QString& sql, const QString& what);
// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' for "none".
QString text(const QString& s);
QByteArray compactJson(const QJsonObject& o);
// Names of sets, kids and remotes: not empty, at most 255 characters (as in Hydra), no control characters.
void validateName(const QString& name, const char* what);

// A write transaction that rolls back unless committed.
class Transaction
{
public:
    Transaction(QSqlDatabase db, const QString& beginSql, QString what);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    QString m_what;
    bool m_done = false;
};

} // namespace jwk::storesql
