#include "ImportJob.h"

#include "MessageBox.h"
#include "TrContexts.h"
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

namespace {

// Asked on the UI thread when the import would make a new signer in a set that has one. Keeping the signer is the
// default: a key that signs at once meets clients that do not know its kid yet.
std::optional<KeyPlacement> askSignerChoice(QWidget* parent, const SignerChange& change)
{
    const auto answer = MessageBox::question(
        parent, MainWindowTr::tr("Import Keys: Signing Key"),
        MainWindowTr::tr("%1\n\nHydra signs with the newest private key of a set. Keep %2 signing and add the "
                         "imported keys below it, or let the new key sign from now on?")
            .arg(change.text(), change.before->kid),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
        {{QMessageBox::Yes, MainWindowTr::tr("New Key Signs")}, {QMessageBox::No, MainWindowTr::tr("Keep Signer")}});
    if (answer == QMessageBox::Cancel) {
        return std::nullopt;
    }
    return answer == QMessageBox::Yes ? KeyPlacement::Newest : KeyPlacement::BelowSigner;
}

} // namespace

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
    m_signerChange = {};
    m_declined = false;
    m_keptSigner.clear();
    struct Outcome
    {
        QList<ImportResult> results;
        AddKeysResult added;
        QMap<QString, QString> origins;
        QString storeError;
        SignerChange signerChange;
        bool declined = false;
        QString keptSigner;
    };
    auto outcome = std::make_shared<Outcome>();
    WorkerJob::start(
        QStringLiteral("jwkman-import"),
        [this, sources, storePath, secret, setName, outcome, dialogParent = m_dialogParent] {
            WorkerPassphrases passphrases(this, dialogParent);
            KeyImportRequest request;
            request.sources = sources;
            request.setName = setName;
            request.passphrases = &passphrases;
            request.cancel = cancelFlag();
            request.wantOrigins = true;
            request.confirmSigner = [this, dialogParent](const SignerChange& predicted) -> std::optional<KeyPlacement> {
                const auto choice = askUi<std::optional<KeyPlacement>>(
                    [parent = dialogParent, predicted](std::function<void(std::optional<KeyPlacement>)> reply) {
                        reply(askSignerChoice(parent, predicted));
                    });
                return choice ? *choice : std::nullopt; // none: cancelled, or the window went away
            };
            try {
                // Its own connection, on this thread; closed before the results go back.
                const auto store = KeyStore::open(storePath, secret);
                KeyImportOutcome done = importIntoSet(*store, request);
                outcome->results = std::move(done.results);
                outcome->added = std::move(done.added);
                outcome->origins = std::move(done.origins);
                outcome->signerChange = std::move(done.signer);
                outcome->declined = done.declined;
                outcome->keptSigner = std::move(done.keptSigner);
            } catch (const std::exception& e) {
                outcome->storeError = QString::fromUtf8(e.what());
            }
        },
        [this, outcome] {
            m_results = std::move(outcome->results);
            m_added = std::move(outcome->added);
            m_origins = std::move(outcome->origins);
            m_storeError = std::move(outcome->storeError);
            m_signerChange = std::move(outcome->signerChange);
            m_declined = outcome->declined;
            m_keptSigner = std::move(outcome->keptSigner);
            Q_EMIT finished();
        });
}

} // namespace jwk
