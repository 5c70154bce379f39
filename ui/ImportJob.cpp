#include "ImportJob.h"

#include "dialogs/PassphraseDialog.h"

#include <QWidget>

namespace jwk {

// Runs on the worker: posts the question to the UI thread and waits for the answer (or for cancel()).
class ImportJob::WorkerPassphrases : public PassphraseProvider
{
public:
    explicit WorkerPassphrases(ImportJob* job)
        : m_job(job)
    {
    }
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override
    {
        if (m_job->m_cancel) {
            return std::nullopt;
        }
        QMutexLocker locker(&m_job->m_mutex);
        m_job->m_hasAnswer = false;
        m_job->m_answer.reset();
        QMetaObject::invokeMethod(
            m_job,
            [job = m_job, what, purpose, attempt] { job->askOnUiThread(what, static_cast<int>(purpose), attempt); },
            Qt::QueuedConnection);
        while (!m_job->m_hasAnswer && !m_job->m_cancel) {
            m_job->m_answered.wait(&m_job->m_mutex);
        }
        if (m_job->m_cancel) {
            return std::nullopt;
        }
        std::optional<SecureBytes> answer = std::move(m_job->m_answer);
        m_job->m_answer.reset();
        return answer;
    }

private:
    ImportJob* m_job;
};

ImportJob::ImportJob(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancel = true;
    m_answered.wakeAll();
}

void ImportJob::askOnUiThread(const QString& what, int purpose, int attempt)
{
    std::optional<SecureBytes> answer;
    if (!m_cancel) {
        answer =
            PassphraseDialog::ask(m_dialogParent, what, static_cast<PassphraseProvider::Purpose>(purpose), attempt);
    }
    QMutexLocker locker(&m_mutex);
    m_answer = std::move(answer);
    m_hasAnswer = true;
    m_answered.wakeAll();
}

void ImportJob::start(const QList<ImportSource>& sources, const QString& storePath, const SystemSecret& secret,
                      const QString& setName)
{
    if (isRunning()) {
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_sources = sources;
    m_results.clear();
    m_added = {};
    m_origins.clear();
    m_storeError.clear();
    m_thread = QThread::create([this, storePath, secret, setName] {
        WorkerPassphrases passphrases(this);
        QList<ImportResult> results;
        QList<JsonWebKey> keys;
        QMap<QString, QString> origins;
        for (const auto& source : m_sources) {
            if (m_cancel) {
                break;
            }
            ImportResult result = source.path.isEmpty() ? importKeys(source.data, source.name, &passphrases)
                                                        : importFile(source.path, &passphrases);
            for (const auto& k : result.keys) {
                keys << k.key;
                origins.insert(k.key.kid().isEmpty() ? k.key.thumbprint() : k.key.kid(), k.origin);
            }
            result.keys.clear(); // the keys stay on this thread; only what happened goes back
            results << std::move(result);
        }
        AddKeysResult added;
        QString storeError;
        if (!keys.isEmpty() && !m_cancel) {
            try {
                // Its own connection, on this thread; closed before the results go back.
                const auto store = KeyStore::open(storePath, secret);
                added = store->addKeys(setName, keys, KeyStore::Audit::Imported);
            } catch (const std::exception& e) {
                storeError = QString::fromUtf8(e.what());
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, results, added, origins, storeError] {
                m_results = results;
                m_added = added;
                m_origins = origins;
                m_storeError = storeError;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("jwkman-import"));
    m_thread->start();
}

} // namespace jwk
