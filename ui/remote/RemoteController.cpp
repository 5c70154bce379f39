#include "remote/RemoteController.h"

#include "InputDialog.h"
#include "MessageBox.h"
#include "remote/RemoteGenerateDialog.h"
#include "remote/RemoteJob.h"
#include "remote/RemotePlanDialog.h"
#include "remote/RemotePlanModel.h"
#include "remote/RemoteProfileDialog.h"
#include "remote/RemoteSync.h"
#include "remote/TransportPolicy.h"

#include <QProgressDialog>
#include <QPushButton>

namespace jwk {

struct RemoteController::Flow
{
    RemoteProfile profile;
    QString title;
    std::function<void()> then;
    bool declined = false; // the person said no while the worker waited
    int rotationStep = 0;  // 0 publish, 1 activate, 2 retire
    QString setName;
};

namespace {

QString bulleted(const QStringList& lines)
{
    QStringList out;
    for (const auto& line : lines) {
        out << QStringLiteral("\u2022 ") + line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

RemoteController::RemoteController(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_mainParent(dialogParent)
    , m_parent(dialogParent)
{
    qRegisterMetaType<QList<jwk::RemoteSetState>>();
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

std::optional<RemoteProfile> RemoteController::loadProfile(const QString& name)
{
    if (!m_store) {
        return std::nullopt;
    }
    try {
        const auto profile = m_store->remote(name);
        if (!profile) {
            MessageBox::critical(dialogParent(), tr("Remote"), tr("There is no remote named %1.").arg(name));
        }
        return profile;
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), tr("Remote"), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

QString RemoteController::chooseRemote(const QString& title)
{
    if (!m_store) {
        return {};
    }
    QStringList names;
    try {
        for (const auto& r : m_store->remotes()) {
            names << r.name;
        }
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), title, QString::fromUtf8(e.what()));
        return {};
    }
    if (names.isEmpty()) {
        MessageBox::information(dialogParent(), title,
                                tr("No remote Hydra endpoint is set up yet. Add one with Remote \u203a Add Remote."));
        return {};
    }
    if (names.size() == 1) {
        return names.first();
    }
    bool ok = false;
    const QString name = InputDialog::getItem(dialogParent(), title, tr("Remote:"), names, m_lastRemote, false, &ok);
    return ok && names.contains(name) ? name : QString();
}

QList<RemoteSetState> RemoteController::initialStates(const QString& remote) const
{
    QList<RemoteSetState> states;
    if (!m_store) {
        return states;
    }
    try {
        const auto profile = m_store->remote(remote);
        if (!profile) {
            return states;
        }
        for (const auto& set : profile->trackedSets) {
            RemoteSetState state;
            state.setName = set;
            state.rotation = m_store->rotation(remote, set);
            states << state;
        }
    } catch (const std::exception&) {
        // The profile list reports read failures; an empty view is enough here.
    }
    return states;
}

// --- profiles

void RemoteController::addRemote()
{
    editRemote(QString());
}

void RemoteController::editRemote(const QString& name)
{
    if (!m_store || m_busy) {
        return;
    }
    std::optional<RemoteProfile> existing;
    QStringList taken;
    try {
        for (const auto& r : m_store->remotes()) {
            if (r.name == name) {
                existing = r;
            } else {
                taken << r.name;
            }
        }
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), tr("Remote"), QString::fromUtf8(e.what()));
        return;
    }
    if (!name.isEmpty() && !existing) {
        return;
    }
    auto* dialog = new RemoteProfileDialog(existing, taken, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RemoteProfile profile = dialog->profile();
        const QString original = dialog->originalName();
        try {
            m_store->saveRemote(profile, original); // a rename in one step; refused during a staged rotation
        } catch (const std::exception& e) {
            MessageBox::critical(dialogParent(), dialog->windowTitle(), QString::fromUtf8(e.what()));
            return;
        }
        m_lastRemote = profile.name;
        Q_EMIT profilesChanged(profile.name);
        Q_EMIT statusMessage(tr("Saved remote %1.").arg(profile.name));
    });
    dialog->open();
}

void RemoteController::removeRemote(const QString& name)
{
    if (!m_store || m_busy || name.isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        dialogParent(), tr("Remove Remote"),
        tr("Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it "
           "is forgotten here; nothing changes on the server.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        m_store->removeRemote(name);
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), tr("Remove Remote"), QString::fromUtf8(e.what()));
        return;
    }
    if (m_lastRemote == name) {
        m_lastRemote.clear();
    }
    Q_EMIT profilesChanged(QString());
    Q_EMIT statusMessage(tr("Removed remote %1.").arg(name));
}

// --- running work

bool RemoteController::begin(const QString& remote, const QString& title)
{
    if (!m_store || m_busy || remote.isEmpty()) {
        return false;
    }
    const auto profile = loadProfile(remote);
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
    m_lastRemote = remote;
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
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
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
                                       const std::function<void(std::shared_ptr<QList<SetDiff>>)>& then)
{
    if (!begin(remote, title)) {
        return;
    }
    const QStringList sets = m_flow->profile.trackedSets;
    auto diffs = std::make_shared<QList<SetDiff>>();
    run(
        tr("Reading %n key set(s) from %1\u2026", nullptr, static_cast<int>(sets.size())).arg(remote),
        [sets, diffs](RemoteSync& sync, KeyStore&) { *diffs = sync.planPull(sets); }, [then, diffs] { then(diffs); });
}

void RemoteController::fetch(const QString& remote)
{
    readTrackedSets(remote, tr("Fetch from %1").arg(remote), [this, remote](std::shared_ptr<QList<SetDiff>> diffs) {
        QList<RemoteSetState> states;
        for (const auto& d : *diffs) {
            states << RemoteSetState::fromDiff(d);
        }
        Q_EMIT remoteFetched(remote, states);
        Q_EMIT statusMessage(tr("Read %n key set(s) from %1.", nullptr, static_cast<int>(states.size())).arg(remote));
        end();
    });
}

void RemoteController::pull(const QString& remote)
{
    readTrackedSets(remote, tr("Pull from %1").arg(remote), [this, remote](std::shared_ptr<QList<SetDiff>> diffs) {
        QList<RemoteSetState> states;
        QStringList lines;
        int applicable = 0;
        for (const auto& d : *diffs) {
            states << RemoteSetState::fromDiff(d);
            for (const auto& problem : d.invalidRemote) {
                lines << tr("%1: an invalid key from the server is skipped: %2").arg(d.setName, problem);
            }
            if (d.remoteMissing) {
                lines << tr("%1 is not on the server: it stays here as it is.").arg(d.setName);
                continue;
            }
            if (!d.hasChanges()) {
                continue;
            }
            ++applicable;
            lines << tr("%1: %2 added, %3 removed, %4 changed.")
                         .arg(d.setName)
                         .arg(d.count(KeyChange::Kind::Added))
                         .arg(d.count(KeyChange::Kind::Removed))
                         .arg(d.count(KeyChange::Kind::Changed));
            if (d.localSigner != d.remoteSigner) {
                lines << (d.remoteSigner.isEmpty()
                              ? tr("%1 will have no signing key here (now: %2).").arg(d.setName, d.localSigner)
                              : tr("The signing key of %1 here becomes %2 (now: %3).")
                                    .arg(d.setName, d.remoteSigner,
                                         d.localSigner.isEmpty() ? tr("none") : d.localSigner));
            }
        }
        Q_EMIT remoteFetched(remote, states);
        if (applicable == 0) {
            MessageBox::information(dialogParent(), m_flow->title,
                                    (QStringList{tr("The local copy matches %1: nothing to pull.").arg(remote)} + lines)
                                        .join(QLatin1Char('\n')));
            end();
            return;
        }
        const QString summary =
            tr("Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. Keys removed "
               "here go to the trash.",
               nullptr, applicable)
                .arg(remote) +
            QLatin1Char('\n') + bulleted(lines);
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
                    Q_EMIT statusMessage(
                        tr("Pulled %1 from %2.").arg(applied.join(QStringLiteral(", ")), m_flow->profile.name));
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
        const JsonWebKey key = m_store->loadKey(setName, kid);
        text = key.isPrivate()
                   ? tr("Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, because it "
                        "holds private material, the key Hydra signs with.")
                         .arg(kid, setName, remote)
                   : tr("Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it holds no "
                        "private part, so Hydra keeps signing with its current key.")
                         .arg(kid, setName, remote);
        const QStringList warnings = uploadWarnings(setName, key);
        if (!warnings.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("Warnings:") + QLatin1Char('\n') + bulleted(warnings);
        }
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
            QStringList lines;
            if (plan->send.isEmpty()) {
                lines << tr("%1 holds no keys here: pushing it deletes every key of %1 on %2.").arg(setName, remote);
            } else {
                lines << tr("%n key(s) are sent, oldest first.", nullptr, static_cast<int>(plan->send.size()));
                lines << (plan->intendedSigner.isEmpty()
                              ? tr("None of them holds private material: Hydra has no signing key in %1 after this.")
                                    .arg(setName)
                              : tr("%1 is sent last, so it is the newest key and the key Hydra signs with.")
                                    .arg(plan->intendedSigner));
            }
            if (!plan->remoteDeletions.isEmpty()) {
                lines << tr("%n key(s) only on the server are deleted there: %1.", nullptr,
                            static_cast<int>(plan->remoteDeletions.size()))
                             .arg(plan->remoteDeletions.join(QStringLiteral(", ")));
            }
            if (plan->remoteMissing) {
                lines << tr("%1 is not on the server yet: it is created.").arg(setName);
            }
            const QString summary =
                tr("Pushing replaces the whole key set %1 on %2 with the keys here.").arg(setName, remote) +
                QLatin1Char('\n') + bulleted(lines);
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
    const QString text =
        kid.isEmpty()
            ? tr("Delete the whole key set %1 on %2? Every key in it is deleted on the server for good. The copy "
                 "here stays.")
                  .arg(setName, remote)
            : tr("Delete key %1 from key set %2 on %3? It is deleted on the server for good; if it is the signing "
                 "key, the next newest private key signs. The copy here stays.")
                  .arg(kid, setName, remote);
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
        state = m_store->rotation(remote, setName);
    } catch (const std::exception& e) {
        MessageBox::critical(dialogParent(), tr("Rotate"), QString::fromUtf8(e.what()));
        return;
    }
    const int step = !state || state->step == RotationState::Step::Retired ? 0
                     : state->step == RotationState::Step::Published       ? 1
                                                                           : 2;
    const QString title = step == 0   ? tr("Rotation, Step 1 of 3: Publish")
                          : step == 1 ? tr("Rotation, Step 2 of 3: Activate")
                                      : tr("Rotation, Step 3 of 3: Retire");
    if (!begin(remote, title)) {
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
        [step, setName, report, job](RemoteSync& sync, KeyStore&) {
            sync.setRotationConfirm(
                [job](const SetDiff& before, const QString& action) { return job->confirm(before, action); });
            *report = step == 0   ? sync.rotatePublish(setName)
                      : step == 1 ? sync.rotateActivate(setName)
                                  : sync.rotateRetire(setName);
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
        state = m_store->rotation(remote, setName);
    } catch (const std::exception&) {
        // The step itself read it a moment ago; without it the text names no kids.
    }
    const QString newKid = state ? state->newKid : QString();
    const QString oldKid = state && !state->oldKid.isEmpty() ? state->oldKid : tr("the old key");
    const QString signer = before.remoteSigner.isEmpty() ? tr("no key") : before.remoteSigner;
    QString summary;
    QString actionText;
    switch (m_flow->rotationStep) {
    case 0:
        summary = tr("Only the public part of the new key goes to %1 on %2: verifiers can fetch it before it signs. "
                     "Activate it (step 2) once they have had time to.")
                      .arg(setName, remote);
        actionText = tr("&Publish");
        break;
    case 1:
        summary = tr("The private part of %1 is sent to %2 on %3: it becomes the newest private key and so the key "
                     "Hydra signs with. %4 stays published for verification until you retire it.")
                      .arg(newKid, setName, remote, oldKid);
        actionText = tr("&Activate");
        break;
    default:
        summary = state && state->oldKid.isEmpty()
                      ? tr("There was no old key: this only completes the rotation of %1.").arg(setName)
                      : tr("%1 is deleted from %2 on %3 and moved to the local trash. Retire it only when every token "
                           "it signed has expired.")
                            .arg(oldKid, setName, remote);
        actionText = tr("&Retire");
        break;
    }
    const QString now = before.remoteMissing ? tr("Now on the server: no such key set.")
                                             : tr("Now on the server: %n key(s), signing key %1.", nullptr,
                                                  static_cast<int>(before.remoteKeys.size()))
                                                   .arg(signer);
    summary = now + QLatin1Char('\n') + summary + QLatin1Char('\n') + tr("In detail: %1.").arg(action);
    auto* dialog = openPlan(
        summary, RemotePlanModel::remoteStateRows(before), actionText,
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
