#include "ImportJob.h"

#include "dialogs/PassphraseDialog.h"

#include <QWidget>

namespace jwk {

// Runs on the worker: the passphrase dialog opens on the UI thread while the worker waits (or until cancel()).
class ImportJob::WorkerPassphrases : public PassphraseProvider
{
public:
    WorkerPassphrases(WorkerJob* job, QPointer<QWidget> dialogParent)
        : m_job(job)
        , m_dialogParent(std::move(dialogParent))
    {
    }
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override
    {
        auto answer = m_job->askUi<std::optional<SecureBytes>>(
            [parent = m_dialogParent, what, purpose, attempt](std::function<void(std::optional<SecureBytes>)> reply) {
                reply(PassphraseDialog::ask(parent, what, purpose, attempt));
            });
        return answer ? std::move(*answer) : std::nullopt;
    }

private:
    WorkerJob* m_job;
    QPointer<QWidget> m_dialogParent;
};

ImportJob::ImportJob(QWidget* dialogParent, QObject* parent)
    : WorkerJob(parent)
    , m_dialogParent(dialogParent)
{
}

void ImportJob::start(const QList<ImportSource>& sources, const QString& storePath, const SystemSecret& secret,
                      const QString& setName)
{
    if (isRunning()) {
        return;
    }
    m_sources = sources;
    m_results.clear();
    m_added = {};
    m_origins.clear();
    m_storeError.clear();
    struct Outcome
    {
        QList<ImportResult> results;
        AddKeysResult added;
        QMap<QString, QString> origins;
        QString storeError;
    };
    auto outcome = std::make_shared<Outcome>();
    WorkerJob::start(
        QStringLiteral("jwkman-import"),
        [this, sources, storePath, secret, setName, outcome, dialogParent = m_dialogParent] {
            WorkerPassphrases passphrases(this, dialogParent);
            const std::atomic_bool& cancel = *cancelFlag();
            QList<JsonWebKey> keys;
            for (const auto& source : sources) {
                if (cancel) {
                    break;
                }
                ImportResult result = source.path.isEmpty() ? importKeys(source.data, source.name, &passphrases)
                                                            : importFile(source.path, &passphrases);
                for (const auto& k : result.keys) {
                    keys << k.key;
                    outcome->origins.insert(k.key.kid().isEmpty() ? k.key.thumbprint() : k.key.kid(), k.origin);
                }
                result.keys.clear(); // the keys stay on this thread; only what happened goes back
                outcome->results << std::move(result);
            }
            if (!keys.isEmpty() && !cancel) {
                try {
                    // Its own connection, on this thread; closed before the results go back.
                    const auto store = KeyStore::open(storePath, secret);
                    outcome->added = store->addKeys(setName, keys, AuditLog::Action::Imported);
                } catch (const std::exception& e) {
                    outcome->storeError = QString::fromUtf8(e.what());
                }
            }
        },
        [this, outcome] {
            m_results = std::move(outcome->results);
            m_added = std::move(outcome->added);
            m_origins = std::move(outcome->origins);
            m_storeError = std::move(outcome->storeError);
            Q_EMIT finished();
        });
}

} // namespace jwk
