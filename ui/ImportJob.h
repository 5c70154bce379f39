#pragma once
// Reads files and pasted data through the core's one import path (importFile / importKeys) and adds the keys to the
// store, all on a worker thread, so that a JWK Set of thousands of keys never freezes the window. The worker opens
// its own connection to the store (a QSqlDatabase connection belongs to one thread). Passphrases are asked on the UI
// thread while the worker waits.

#include "WorkerJob.h"
#include "keys/KeyImporter.h"
#include "store/KeyStore.h"

#include <QMap>
#include <QPointer>

namespace jwk {

struct ImportSource
{
    QString path;    // a file, or
    QByteArray data; // pasted or dropped bytes
    QString name;    // for people: the file name or "clipboard"
};

class ImportJob : public WorkerJob
{
    Q_OBJECT

public:
    explicit ImportJob(QWidget* dialogParent, QObject* parent = nullptr);

    // Imports `sources` into the set `setName` of the store at `storePath`, opened with `secret`.
    void start(const QList<ImportSource>& sources, const QString& storePath, const SystemSecret& secret,
               const QString& setName);
    // Valid after finished(): one result per source, in order.
    const QList<ImportResult>& results() const { return m_results; }
    const QList<ImportSource>& sources() const { return m_sources; }
    const AddKeysResult& added() const { return m_added; }
    // kid (or thumbprint for keys without one) -> where the key came from
    const QMap<QString, QString>& origins() const { return m_origins; }
    QString storeError() const { return m_storeError; }

Q_SIGNALS:
    void finished();

private:
    class WorkerPassphrases;

    QPointer<QWidget> m_dialogParent;
    QList<ImportSource> m_sources;
    QList<ImportResult> m_results;
    AddKeysResult m_added;
    QMap<QString, QString> m_origins;
    QString m_storeError;
};

} // namespace jwk
