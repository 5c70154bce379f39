#include "store/StoreSql.h"
#include "store/SqlDialect.h"
#include "store/StoreTr.h"

#include <QJsonDocument>

namespace jwk::storesql {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

namespace {

// PostgreSQL reports a SQLSTATE (five characters; SQLite's codes are numbers below 10000).
[[noreturn]] void throwServerSql(const QString& state, const QString& text, const QString& what)
{
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01")) {
        throw StoreError(StoreError::Kind::Busy,
                         StoreTr::tr("%1: someone else changed the store at the same moment; nothing was changed. "
                                     "Reload and try again")
                             .arg(what),
                         true);
    }
    if (state == QStringLiteral("55P03")) {
        throw StoreError(StoreError::Kind::Busy,
                         StoreTr::tr("%1: another session is writing to the team store (waited 10 s); try again "
                                     "when it is done")
                             .arg(what));
    }
    if (state == QStringLiteral("23505")) {
        throw StoreError(StoreError::Kind::Conflict, StoreTr::tr("%1: the name exists already").arg(what));
    }
    if (state == QStringLiteral("53100")) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("%1: the database server's disk is full; nothing was changed").arg(what));
    }
    if (state == QStringLiteral("25006") || state == QStringLiteral("42501")) {
        throw StoreError(
            StoreError::Kind::Io,
            StoreTr::tr("%1: the database user may not write the store (%2); nothing was changed").arg(what, text));
    }
    if (state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P"))) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("%1: the connection to the database server was lost (%2); nothing was changed. "
                                     "Check that the server is running and open the store again")
                             .arg(what, text));
    }
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, text));
}

} // namespace

[[noreturn]] void throwSql(const QSqlError& error, const QString& what)
{
    const QString text = error.text();
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) { // a SQLSTATE; SQLite's result codes have at most four digits
        throwServerSql(state, text, what);
    }
    if (text.contains(QStringLiteral("server closed the connection")) ||
        text.contains(QStringLiteral("no connection to the server")) ||
        text.contains(QStringLiteral("terminating connection"))) {
        throwServerSql(QStringLiteral("08006"), text.trimmed(), what);
    }
    const QString lower = text.toLower();
    if (lower.contains(QStringLiteral("locked")) || lower.contains(QStringLiteral("busy"))) {
        throw StoreError(StoreError::Kind::Busy,
                         StoreTr::tr("%1: the store is in use by another process (waited 5 s); try again when it "
                                     "is done")
                             .arg(what));
    }
    if (lower.contains(QStringLiteral("readonly")) || lower.contains(QStringLiteral("read-only"))) {
        throw StoreError(StoreError::Kind::Io,
                         StoreTr::tr("%1: the store is read-only; nothing was changed").arg(what));
    }
    if (lower.contains(QStringLiteral("disk i/o error"))) {
        // EFBIG (a file size limit) and other write failures: the transaction is rolled back.
        throw StoreError(StoreError::Kind::Io, StoreTr::tr("%1: the store could not be written (the disk may be full "
                                                           "or a file size limit reached); nothing was changed")
                                                   .arg(what));
    }
    if (lower.contains(QStringLiteral("full"))) {
        throw StoreError(StoreError::Kind::Io, StoreTr::tr("%1: the disk is full; nothing was changed").arg(what));
    }
    if (lower.contains(QStringLiteral("unique"))) {
        throw StoreError(StoreError::Kind::Conflict, StoreTr::tr("%1: the name exists already").arg(what));
    }
    throw StoreError(StoreError::Kind::Io, QStringLiteral("%1: %2").arg(what, text));
}

void exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec()) {
        throwSql(q.lastError(), what);
    }
}

void execQuery(QSqlQuery& q, const QString& sql, const QString& what)
{
    if (!q.exec(sql)) {
        throwSql(q.lastError(), what);
    }
}

void execSql(QSqlDatabase db, const QString& sql, const QString& what)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        throwSql(q.lastError(), what);
    }
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void validateName(const QString& name, const char* what)
{
    if (name.trimmed().isEmpty()) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         StoreTr::tr("the %1 must not be empty").arg(StoreTr::tr(what)));
    }
    if (name.size() > 255) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         StoreTr::tr("the %1 has %2 characters; at most 255 are stored (as in Hydra)")
                             .arg(StoreTr::tr(what))
                             .arg(name.size()));
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            throw StoreError(StoreError::Kind::InvalidInput,
                             StoreTr::tr("the %1 contains a control character").arg(StoreTr::tr(what)));
        }
    }
}

void validateNewSetName(const QString& name)
{
    validateName(name, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    if (name == QStringLiteral(".") || name == QStringLiteral("..")) {
        throw StoreError(StoreError::Kind::InvalidInput,
                         StoreTr::tr("a key set cannot be called \"%1\": Hydra's admin API cannot address it (the URL "
                                     "path would name another resource); choose another name")
                             .arg(name));
    }
}

QString newSetNameWarning(const QString& name)
{
    if (!name.contains(u'/')) {
        return {};
    }
    return StoreTr::tr(
               "the key set name \"%1\" contains \"/\": Hydra up to v2.3 cannot address such a set in its admin "
               "API (it matches /admin/keys/{set} after decoding, so the slash splits the name), and pushing or "
               "pulling the set fails there; newer Hydra versions address it")
        .arg(name);
}

Transaction::Transaction(QSqlDatabase db, const QString& beginSql, QString what)
    : m_db(std::move(db))
    , m_what(std::move(what))
{
    // One statement, or several separated by ";" (a dialect's BEGIN and the lock it takes).
    for (const QString& sql : beginSql.split(u';', Qt::SkipEmptyParts)) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            const QSqlError error = q.lastError();
            if (sql != beginSql) {
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            }
            m_done = true;
            throwSql(error, m_what);
        }
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    // Others watching the store (the desktop's StoreWatcher) hear of this write when, and only if, it commits.
    if (const QString notify = SqlDialect::forDriver(m_db.driverName()).notifyChange; !notify.isEmpty()) {
        QSqlQuery n(m_db);
        if (!n.exec(notify)) {
            throwSql(n.lastError(), m_what); // the destructor rolls back
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_done = true;
        throwSql(error, m_what);
    }
    m_done = true;
}

} // namespace jwk::storesql
