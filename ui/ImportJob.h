#pragma once
// Reads files and pasted data and adds their keys to the store through the core's import use case (importIntoSet:
// JWK Sets a chunk of keys at a time), all on a worker thread, so that a JWK Set of thousands of keys never freezes the
// window. The worker opens its own connection to the store (a QSqlDatabase connection belongs to one thread).
// Passphrases are asked on the UI thread while the worker waits, and so is the question whether a new private key
// should take over signing (Hydra signs with the newest private key of a set): the person may keep the signer and have
// the new keys added below it.

#include "WorkerJob.h"
#include "keys/KeyImporter.h"
#include "store/KeyStore.h"
#include "usecases/KeyImport.h"
#include "usecases/SignerChange.h"

#include <QMap>
#include <QPointer>

namespace jwk {

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
    // The set's signer before and after the import (before == after when it stayed).
    const SignerChange& signerChange() const { return m_signerChange; }
    // The person chose Cancel when asked whether the new key should sign: nothing was imported.
    bool declined() const { return m_declined; }
    // The person chose to keep the signer: its kid (the imported keys went below it); empty otherwise.
    QString keptSigner() const { return m_keptSigner; }

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
    SignerChange m_signerChange;
    bool m_declined = false;
    QString m_keptSigner;
};

} // namespace jwk
