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
// Runs `sql` on `q` (not prepared), throwing as throwSql does: on PostgreSQL a failed statement aborts the transaction,
// so none may fail unnoticed (a lost serialization race must reach KeyStore::retrying).
void execQuery(QSqlQuery& q, const QString& sql, const QString& what);
void execSql(QSqlDatabase db, const QString& sql, const QString& what);
// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' for "none".
QString text(const QString& s);
QByteArray compactJson(const QJsonObject& o);
// Names of sets, kids and remotes: not empty, at most 255 characters (as in Hydra), no control characters.
void validateName(const QString& name, const char* what);
// A name for a key set made here (created, renamed, or made by an import): validateName(), and not "." or "..", which
// Hydra's admin API can never address (URL normalisation turns /admin/keys/.. into another path). Sets that exist
// already keep their names.
void validateNewSetName(const QString& name);
// What a person should know before naming a set so; empty when nothing. A "/" (as in the issuer-URL sets of Hydra's
// trust grants) is percent-encoded in the admin API's paths, which Hydra up to v2.3 does not route (it matches the
// decoded path): such a set can be kept and used here, but pushing it to those versions fails.
QString newSetNameWarning(const QString& name);

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
