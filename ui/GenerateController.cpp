#include "GenerateController.h"

#include "MessageBox.h"
#include "TrContexts.h"
#include "WorkerJob.h"
#include "dialogs/GenerateKeyDialog.h"
#include "keys/JwkError.h"
#include "models/KeySetModel.h"
#include "usecases/HydraDefaults.h"
#include "usecases/KeyGeneration.h"
#include "widgets/KeyStoreWidget.h"

#include <QProgressDialog>

namespace jwk {

GenerateController::GenerateController(KeyStoreWidget* view, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
{
    m_hydraJob = new WorkerJob(this);
}

GenerateController::~GenerateController()
{
    delete m_hydraJob; // cancels the generation and waits for its worker
}

bool GenerateController::isBusy() const
{
    return m_hydraJob->isRunning();
}

void GenerateController::generateKey()
{
    if (!m_view->store()) {
        return;
    }
    auto* dialog = new GenerateKeyDialog(m_view->setModel()->setNames(), m_view->currentSetName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString set = dialog->targetSet();
        const JsonWebKey key = dialog->generatedKey();
        if (!m_view->store()) {
            return;
        }
        QString kid;
        try {
            kid = addGeneratedKey(*m_view->store(), set, key);
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Conflict) {
                MessageBox::warning(
                    m_window, MainWindowTr::tr("Generate Key"),
                    MainWindowTr::tr("The new key was not stored: %1").arg(QString::fromUtf8(e.what())));
            } else {
                MessageBox::critical(m_window, MainWindowTr::tr("Generate Key"), QString::fromUtf8(e.what()));
            }
            return;
        }
        m_view->reload();
        m_view->selectSet(set);
        m_view->selectKey(set, kid);
        Q_EMIT statusMessage(MainWindowTr::tr("Generated %1 key %2 in %3.").arg(key.typeDescription(), kid, set), 5000);
        Q_EMIT keyGenerated(set, kid);
    });
    dialog->open();
}

void GenerateController::createHydraDefaults()
{
    KeyStore* store = m_view->store();
    if (!store || m_hydraJob->isRunning()) {
        return;
    }
    QStringList missing;
    if (!m_view->storeCall(MainWindowTr::tr("Hydra's Default Sets"),
                           [&] { missing = HydraDefaults::missingSets(*store); })) {
        return;
    }
    if (missing.isEmpty()) {
        MessageBox::information(m_window, MainWindowTr::tr("Hydra's Default Sets"),
                                MainWindowTr::tr("Hydra's key sets exist already and each holds keys: %1.")
                                    .arg(HydraDefaults::setNames().join(QStringLiteral(", "))));
        return;
    }
    auto* progress = new QProgressDialog(
        MainWindowTr::tr("Generating an RSA 4096 key for %n key set(s)\u2026", nullptr, missing.size()),
        MainWindowTr::tr("Cancel"), 0, static_cast<int>(missing.size()), m_window);
    progress->setObjectName(QStringLiteral("hydraProgressDialog"));
    progress->setWindowTitle(MainWindowTr::tr("Hydra's Default Sets"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    m_hydraProgress = progress;
    connect(progress, &QProgressDialog::canceled, m_hydraJob, &WorkerJob::cancel);
    const auto finish = [this] {
        if (m_hydraProgress) {
            m_hydraProgress->close();
        }
        Q_EMIT hydraDefaultsFinished();
    };
    const auto showProgress = [this, missing](int done, int total) {
        if (m_hydraProgress) {
            m_hydraProgress->setValue(done);
            m_hydraProgress->setLabelText(MainWindowTr::tr("Generating an RSA 4096 key for %1 (%2 of %3)\u2026")
                                              .arg(missing.value(std::min<int>(done, total - 1)))
                                              .arg(std::min(done + 1, total))
                                              .arg(total));
        }
    };
    struct Outcome
    {
        QList<HydraDefaultKey> keys;
        bool failed = false;
        QString message;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    progress->open();
    WorkerJob* job = m_hydraJob;
    job->start(
        QStringLiteral("jwkman-hydra-defaults"),
        [job, missing, outcome, showProgress] {
            try {
                outcome->keys = HydraDefaults::generate(
                    missing,
                    [job, showProgress](int done, int total, const QString&) {
                        job->post([showProgress, done, total] { showProgress(done, total); });
                    },
                    job->cancelFlag());
            } catch (const JwkError& e) {
                outcome->failed = true;
                outcome->message = e.message();
                outcome->cancelled = e.kind() == JwkError::Kind::Cancelled;
            } catch (const std::exception& e) {
                outcome->failed = true;
                outcome->message = QString::fromUtf8(e.what());
            }
        },
        [this, finish, outcome] {
            if (outcome->failed) {
                finish();
                if (outcome->cancelled) {
                    Q_EMIT statusMessage(
                        MainWindowTr::tr("Creating Hydra's default sets was cancelled; nothing was stored."), 5000);
                } else {
                    MessageBox::critical(m_window, MainWindowTr::tr("Hydra's Default Sets"), outcome->message);
                }
                return;
            }
            QStringList filled;
            m_view->storeCall(MainWindowTr::tr("Hydra's Default Sets"),
                              [&] { filled = HydraDefaults::store(*m_view->store(), outcome->keys); });
            outcome->keys.clear(); // the private keys go now
            finish();
            m_view->reload();
            if (!filled.isEmpty()) {
                m_view->selectSet(filled.first());
            }
            Q_EMIT statusMessage(MainWindowTr::tr("Created %1.").arg(filled.join(QStringLiteral(", "))), 8000);
        });
}

} // namespace jwk
