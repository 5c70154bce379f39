#pragma once
// The store's audit log: what happened to which key and when, never the material. An entry is written in the
// transaction of the change it records, so the log and the keys never disagree after a crash.

#include "store/RowBatch.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace jwk {

class KeyStore;

struct AuditEntry
{
    QDateTime at;
    QString action; // AuditLog::name()
    QString setName;
    QString kid;
    QString detail;
    QString actor; // who: the database user on a team store, the login name for an SQLite file ('' before schema 7)
    QString host;  // from where: the writing machine's host name
};

class AuditLog
{
public:
    enum class Action {
        Created,
        Imported,
        Generated,
        ExportedPrivate,
        CopiedPrivate,
        ShownPrivate, // private members shown on screen (desktop)
        Pushed,
        Pulled,
        Updated,
        Deleted,
        Restored,
        Purged,
        Reencrypted,
        SignedToken, // a token signed with a stored private key (the JWT workbench)
    };

    explicit AuditLog(KeyStore& store)
        : m_store(store)
    {
    }

    // One entry, in the transaction that is open (or on its own). Throws StoreError when it cannot be written.
    void record(Action action, const QString& setName, const QString& kid, const QString& detail = QString());
    // Entries sent many at a time (RowBatch), in the transaction that is open: add() as record() takes them, then
    // flush() before the transaction commits. Ids and order are record()'s.
    class Batch;
    Batch batch();
    // One entry per key ((set, kid) pairs), all in one transaction of their own: a bulk act is one flush to disk, not
    // one per key. Not for use inside an open transaction. Throws StoreError (and writes none) when it fails.
    void recordAll(Action action, const QList<QPair<QString, QString>>& keys, const QString& detail = QString());
    // The newest `limit` entries, newest first.
    QList<AuditEntry> entries(int limit = 1000) const;
    // "created", "imported", "exported-private", ...: the names scripts read (jwkman-cli, the audit table).
    static QString name(Action action);

private:
    // An entry's values, in the columns' order of its INSERT.
    QList<QVariant> row(Action action, const QString& setName, const QString& kid, const QString& detail) const;
    KeyStore& m_store;
};

class AuditLog::Batch
{
public:
    explicit Batch(AuditLog& log);
    void add(Action action, const QString& setName, const QString& kid, const QString& detail = QString());
    void flush() { m_rows.flush(); }
    void discard() { m_rows.discard(); }

private:
    AuditLog& m_log;
    RowBatch m_rows;
};

} // namespace jwk
