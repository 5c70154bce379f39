#include "remote/RemoteController.h"

#include "MessageBox.h"
#include "remote/RemoteGenerateDialog.h"
#include "remote/RemoteJob.h"
#include "remote/RemoteMessages.h"
#include "remote/RemotePlanDialog.h"
#include "remote/RemotePlanModel.h"
#include "remote/RemoteProfiles.h"
#include "remote/RemoteSync.h"
#include "remote/TransportPolicy.h"

#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>

namespace jwk {

struct RemoteController::Flow
{
    RemoteProfile profile;
    QString title;
    std::function<void()> then;
    bool declined = false; // the person said no while the worker waited
    RotationStep rotationStep = RotationStep::Publish;
    QString setName;
};

RemoteController::RemoteController(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_mainParent(dialogParent)
    , m_parent(dialogParent)
{
    qRegisterMetaType<QList<jwk::RemoteSetState>>();
    m_profiles = new RemoteProfiles(this);
    connect(m_profiles, &RemoteProfiles::statusMessage, this, &RemoteController::statusMessage);
    m_job = new RemoteJob(this);
    connect(m_job, &RemoteJob::finished, this, &RemoteController::jobFinished);
    connect(m_job, &RemoteJob::confirmationNeeded, this, &RemoteController::confirmRotation);
}

RemoteController::~RemoteController()
{
    delete m_progress;
    delete m_job; // cancels and waits for the worker
    m_job = nullptr;
}

void RemoteController::setStore(KeyStore* store)
{
    m_store = store;
}

void RemoteController::setDialogParent(QWidget* parent)
{
    m_parent = parent ? parent : m_mainParent.data();
}

QWidget* RemoteController::dialogParent() const
{
    return m_parent ? m_parent.data() : m_mainParent.data();
}

QProgressDialog* RemoteController::progressDialog() const
{
    return m_progress;
}

RemotePlanDialog* RemoteController::planDialog() const
{
    return m_planDialog;
}

void RemoteController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

// --- running work

bool RemoteController::begin(const QString& remote, const QString& title)
{
    if (!m_store || m_busy || remote.isEmpty()) {
        return false;
    }
    const auto profile = m_profiles->load(remote);
    if (!profile) {
        return false;
    }
    const TransportCheck check = checkTransport(profile->adminUrl);
    if (!check.allowed) {
        MessageBox::critical(dialogParent(), title, check.reason);
        return false;
    }
    m_flow = std::make_unique<Flow>();
    m_flow->profile = *profile;
    m_flow->title = title;
    m_profiles->setLastRemote(remote);
    setBusy(true);
    return true;
}

void RemoteController::showProgress(const QString& label)
{
    delete m_progress;
    auto* progress = new QProgressDialog(label, tr("Cancel"), 0, 0, dialogParent());
    progress->setObjectName(QStringLiteral("remoteProgressDialog"));
    progress->setWindowTitle(m_flow ? m_flow->title : QString());
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Quick answers never flash a dialog; a slow server shows it with Cancel.
    progress->setMinimumDuration(300);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_job, &RemoteJob::cancel);
    m_progress = progress;
}

void RemoteController::run(const QString& label, const std::function<void(RemoteSync&, KeyStore&)>& task,
                           const std::function<void()>& then)
{
    m_flow->then = then;
    showProgress(label);
    if (!m_job->start(m_flow->profile, m_store->path(), m_store->secret(), task)) {
        delete m_progress;
        fail(tr("Another remote operation is still running."));
    }
}

void RemoteController::jobFinished(const QString& error, bool cancelled)
{
    // The progress goes before any answer shows: a deleteLater() would wait for the message box's own event loop to
    // end, and the person would face the progress above the error (issue 13, item 3).
    delete m_progress;
    m_progress = nullptr;
    if (!m_flow) {
        return;
    }
    if (cancelled) {
        MessageBox::information(dialogParent(), m_flow->title, tr("Cancelled. %1").arg(error));
        Q_EMIT statusMessage(tr("%1 was cancelled.").arg(m_flow->title));
        end();
        return;
    }
    if (!error.isEmpty() && m_flow->declined) {
        Q_EMIT statusMessage(tr("Nothing was changed."));
        end();
        return;
    }
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    const auto then = std::move(m_flow->then);
    m_flow->then = nullptr;
    if (then) {
        then();
    } else {
        end();
    }
}

void RemoteController::fail(const QString& message)
{
    MessageBox::critical(dialogParent(), m_flow ? m_flow->title : tr("Remote"), message);
    end();
}

void RemoteController::end(bool refetch)
{
    const QString remote = m_flow ? m_flow->profile.name : QString();
    m_flow.reset();
    setBusy(false);
    // The server changed: read it again for the remote view, when it is shown (else nobody looks at the state).
    const bool viewShown = m_parent && m_parent != m_mainParent && m_parent->isVisible();
    if (refetch && viewShown && !remote.isEmpty()) {
        fetch(remote);
        return;
    }
    Q_EMIT finished();
}

void RemoteController::cancel()
{
    m_job->cancel();
}

RemotePlanDialog* RemoteController::openPlan(const QString& summary, const QList<PlanRow>& rows, const QString& action,
                                             const std::function<void()>& onAccept,
                                             const std::function<void()>& onReject)
{
    auto* dialog = new RemotePlanDialog(m_flow->title, summary, rows, action, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, onAccept);
    if (onReject) {
        connect(dialog, &QDialog::rejected, this, onReject);
    } else {
        connect(dialog, &QDialog::rejected, this, [this] {
            Q_EMIT statusMessage(tr("Nothing was changed."));
            end();
        });
    }
    m_planDialog = dialog;
    return dialog;
}

// --- operations

void RemoteController::readTrackedSets(const QString& remote, const QString& title,
                                       const std::function<void(std::shared_ptr<PullPlan>)>& then)
{
    if (!begin(remote, title)) {
        return;
    }
    const QStringList sets = m_flow->profile.trackedSets;
    auto plan = std::make_shared<PullPlan>();
    run(
        tr("Reading %n key set(s) from %1\u2026", nullptr, static_cast<int>(sets.size())).arg(remote),
        [sets, plan](RemoteSync& sync, KeyStore&) { *plan = planPull(sync, sets); }, [then, plan] { then(plan); });
}

void RemoteController::fetch(const QString& remote)
{
    readTrackedSets(remote, tr("Fetch from %1").arg(remote), [this, remote](std::shared_ptr<PullPlan> plan) {
        QList<RemoteSetState> states;
        for (const auto& d : plan->diffs) {
            states << RemoteSetState::fromDiff(d);
        }
        Q_EMIT remoteFetched(remote, states);
        Q_EMIT statusMessage(tr("Read %n key set(s) from %1.", nullptr, static_cast<int>(states.size())).arg(remote));
        end();
    });
}

void RemoteController::pull(const QString& remote)
{
    readTrackedSets(remote, tr("Pull from %1").arg(remote), [this, remote](std::shared_ptr<PullPlan> plan) {
        QList<RemoteSetState> states;
        for (const auto& d : plan->diffs) {
            states << RemoteSetState::fromDiff(d);
        }
        int applicable = 0;
        const QStringList lines = remotemessages::pullLines(*plan, &applicable);
        // Moved, not copied: a set's keys are held as texts (KeyTexts), and a copy copies them (22 MB for 100,000).
        const auto diffs = std::make_shared<QList<SetDiff>>(std::move(plan->diffs));
        Q_EMIT remoteFetched(remote, states);
        if (applicable == 0) {
            MessageBox::information(dialogParent(), m_flow->title, remotemessages::pullNothingToDo(remote, lines));
            end();
            return;
        }
        const QString summary = remotemessages::pullSummary(remote, applicable, lines);
        auto* dialog = openPlan(summary, RemotePlanModel::pullRows(*diffs), tr("&Apply Pull"), [this, diffs] {
            run(
                tr("Storing the pulled keys\u2026"), [diffs](RemoteSync& sync, KeyStore&) { sync.applyPull(*diffs); },
                [this, diffs] {
                    QList<RemoteSetState> states;
                    QStringList applied;
                    for (const auto& d : *diffs) {
                        // After the pull the local copy is the remote one.
                        SetDiff same = diffKeySets(d.setName, d.remoteKeys, d.remoteKeys);
                        same.remoteMissing = d.remoteMissing;
                        states << RemoteSetState::fromDiff(same);
                        if (!d.remoteMissing && d.hasChanges()) {
                            applied << d.setName;
                        }
                    }
                    Q_EMIT remoteFetched(m_flow->profile.name, states);
                    Q_EMIT storeChanged();
                    Q_EMIT statusMessage(remotemessages::pulled(applied, m_flow->profile.name));
                    end();
                });
        });
        dialog->open();
    });
}

void RemoteController::pushKey(const QString& remote, const QString& setName, const QString& kid)
{
    if (setName.isEmpty() || kid.isEmpty() || !begin(remote, tr("Push Key to %1").arg(remote))) {
        return;
    }
    QString text;
    try {
        text = remotemessages::pushKeyQuestion(planPushKey(*m_store, setName, kid), remote);
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return;
    }
    const auto answer =
        MessageBox::question(dialogParent(), m_flow->title, text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel, {{QMessageBox::Yes, tr("Push")}});
    if (answer != QMessageBox::Yes) {
        Q_EMIT statusMessage(tr("Nothing was sent."));
        end();
        return;
    }
    run(
        tr("Sending key %1 to %2\u2026").arg(kid, remote),
        [setName, kid](RemoteSync& sync, KeyStore&) { sync.pushKey(setName, kid); },
        [this, setName, kid, remote] {
            Q_EMIT statusMessage(tr("Sent key %1 to %2 on %3.").arg(kid, setName, remote));
            end(true);
        });
}

void RemoteController::pushSet(const QString& remote, const QString& setName)
{
    if (setName.isEmpty() || !begin(remote, tr("Push Key Set to %1").arg(remote))) {
        return;
    }
    auto plan = std::make_shared<PushSetPlan>();
    run(
        tr("Reading key set %1 from %2\u2026").arg(setName, remote),
        [setName, plan](RemoteSync& sync, KeyStore&) { *plan = sync.planPushSet(setName); },
        [this, plan, remote, setName] {
            const QString summary = remotemessages::pushSetSummary(*plan, setName, remote);
            const bool empty = plan->send.isEmpty();
            auto* dialog = openPlan(summary, RemotePlanModel::pushSetRows(*plan), tr("&Push Set"), [this, plan, empty] {
                run(
                    tr("Sending key set %1\u2026").arg(plan->setName),
                    [plan, empty](RemoteSync& sync, KeyStore&) { sync.pushSet(*plan, empty); },
                    [this, plan] {
                        Q_EMIT statusMessage(
                            tr("Sent key set %1 to %2 (%n key(s)).", nullptr, static_cast<int>(plan->send.size()))
                                .arg(plan->setName, m_flow->profile.name));
                        *plan = PushSetPlan(); // the private keys go now, not with the last copy of the lambda
                        end(true);
                    });
            });
            dialog->hideSetColumn(true);
            dialog->setWarnings(plan->warnings);
            if (empty) {
                dialog->requireConfirmation(tr("Yes, delete every key of %1 on %2").arg(setName, remote));
            }
            dialog->open();
        });
}

void RemoteController::generate(const QString& remote, const QString& currentSet)
{
    if (!begin(remote, tr("Generate on %1").arg(remote))) {
        return;
    }
    QString set = currentSet;
    if (!m_flow->profile.trackedSets.contains(set)) {
        set = m_flow->profile.trackedSets.value(0);
    }
    auto* dialog = new RemoteGenerateDialog(remote, m_flow->profile.trackedSets, set, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { end(); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, remote] {
        const QString setName = dialog->setName();
        const QString alg = dialog->alg();
        const QString kid = dialog->kid();
        const QString use = dialog->use();
        auto stored = std::make_shared<QPair<QString, QString>>(); // kid, type
        run(
            tr("Hydra on %1 generates an %2 key\u2026").arg(remote, alg),
            [setName, alg, kid, use, stored](RemoteSync& sync, KeyStore&) {
                const JsonWebKey key = sync.generateRemote(setName, alg, kid, use);
                *stored = {key.kid(), key.typeDescription()};
            },
            [this, setName, stored, remote] {
                Q_EMIT storeChanged();
                Q_EMIT keyStored(setName, stored->first);
                Q_EMIT statusMessage(tr("Hydra on %1 generated %2 key %3 in %4; it is stored here too.")
                                         .arg(remote, stored->second, stored->first, setName));
                end(true);
            });
    });
    dialog->open();
}

void RemoteController::deleteRemote(const QString& remote, const QString& setName, const QString& kid)
{
    if (setName.isEmpty() || !begin(remote, tr("Delete on %1").arg(remote))) {
        return;
    }
    const QString text = remotemessages::deleteQuestion(remote, setName, kid);
    const auto answer = MessageBox::warning(dialogParent(), m_flow->title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                            QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete on Server")}});
    if (answer != QMessageBox::Yes) {
        Q_EMIT statusMessage(tr("Nothing was deleted."));
        end();
        return;
    }
    run(
        kid.isEmpty() ? tr("Deleting key set %1 on %2\u2026").arg(setName, remote)
                      : tr("Deleting key %1 on %2\u2026").arg(kid, remote),
        [setName, kid](RemoteSync& sync, KeyStore&) { sync.deleteRemote(setName, kid); },
        [this, setName, kid, remote] {
            Q_EMIT statusMessage(kid.isEmpty() ? tr("Deleted key set %1 on %2.").arg(setName, remote)
                                               : tr("Deleted key %1 of %2 on %3.").arg(kid, setName, remote));
            end(true);
        });
}

void RemoteController::rotate(const QString& remote, const QString& setName)
{
    if (setName.isEmpty() || !m_store || m_busy) {
        return;
    }
    std::optional<RotationState> state;
    try {
        state = m_store->rotations().find(remote, setName);
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), tr("Rotate"), QString::fromUtf8(e.what()));
        return;
    }
    const RotationStep step = RemoteSync::nextRotationStep(state);
    // Sooner than the set's policy's overlap after publishing: said and asked first (Cancel is the default); the step
    // itself refuses an early activation nobody allowed.
    bool allowEarly = false;
    if (step == RotationStep::Activate) {
        std::optional<EarlyActivation> early;
        try {
            early = earlyActivation(*m_store, remote, setName, QDateTime::currentDateTimeUtc());
        } catch (const std::exception& e) {
            MessageBox::critical(dialogParent(), tr("Rotate"), QString::fromUtf8(e.what()));
            return;
        }
        if (early) {
            const auto answer =
                MessageBox::warning(dialogParent(), remotemessages::rotationTitle(step),
                                    tr("%1\n\nActivate %2 now anyway? Otherwise try again after %3.")
                                        .arg(early->text(), early->newKid,
                                             QLocale().toString(early->earliest.toLocalTime(), QLocale::ShortFormat)),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                    {{QMessageBox::Yes, tr("Activate Early")}});
            if (answer != QMessageBox::Yes) {
                Q_EMIT statusMessage(tr("Not activated: %1 waits for the overlap of %2.").arg(early->newKid, setName));
                return;
            }
            allowEarly = true;
        }
    }
    if (!begin(remote, remotemessages::rotationTitle(step))) {
        return;
    }
    m_flow->rotationStep = step;
    m_flow->setName = setName;
    // The step reads the remote set and then asks (confirmRotation) before it changes anything, so the person
    // confirms exactly the state it acts on.
    auto report = std::make_shared<RemoteSync::RotationReport>();
    RemoteJob* job = m_job;
    run(
        tr("Reading key set %1 from %2\u2026").arg(setName, remote),
        [step, setName, report, job, allowEarly](RemoteSync& sync, KeyStore&) {
            sync.setRotationConfirm(
                [job](const SetDiff& before, const QString& action) { return job->confirm(before, action); });
            sync.setEarlyActivationConfirm([allowEarly](const EarlyActivation&) { return allowEarly; });
            *report = sync.rotate(step, setName);
        },
        [this, report, setName, remote] {
            Q_EMIT storeChanged();
            Q_EMIT rotationChanged(remote, setName);
            Q_EMIT statusMessage(report->summary);
            MessageBox::information(dialogParent(), m_flow->title, report->summary);
            end(true);
        });
}

void RemoteController::confirmRotation(const SetDiff& before, const QString& action)
{
    if (!m_flow || !m_store) {
        m_job->answer(false);
        return;
    }
    delete m_progress; // the question replaces the progress while the worker waits
    const QString remote = m_flow->profile.name;
    const QString setName = m_flow->setName;
    std::optional<RotationState> state;
    try {
        state = m_store->rotations().find(remote, setName);
    } catch (const std::exception&) {
        // The step itself read it a moment ago; without it the text names no kids.
    }
    const auto text = remotemessages::rotationPlan(m_flow->rotationStep, before, state, setName, remote, action);
    auto* dialog = openPlan(
        text.summary, RemotePlanModel::remoteStateRows(before), text.actionText,
        [this] {
            showProgress(tr("Rotating key set %1 on %2\u2026").arg(m_flow->setName, m_flow->profile.name));
            m_job->answer(true);
        },
        [this] {
            m_flow->declined = true;
            m_job->answer(false);
        });
    dialog->hideSetColumn(true);
    dialog->open();
}

} // namespace jwk
