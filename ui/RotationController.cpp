#include "RotationController.h"

#include "InputDialog.h"
#include "MessageBox.h"
#include "TrContexts.h"
#include "dialogs/RotationPolicyDialog.h"
#include "remote/RemoteController.h"
#include "remote/SavedRemotes.h"
#include "usecases/RotationDue.h"
#include "widgets/KeyStoreWidget.h"

namespace jwk {

RotationController::RotationController(KeyStoreWidget* view, RemoteController* remote, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_remote(remote)
    , m_window(window)
{
}

void RotationController::editPolicy()
{
    const QString set = m_view->currentSetName();
    KeyStore* store = m_view->store();
    if (set.isEmpty() || !store) {
        return;
    }
    std::optional<RotationPolicy> current;
    if (!m_view->storeCall(MainWindowTr::tr("Rotation Policy"), [&] { current = store->policies().find(set); })) {
        return; // a tampered row: the message says how to set it again (Clear here after a restore of the store)
    }
    auto* dialog = new RotationPolicyDialog(set, current, suggestedPolicy(set), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, set] {
        const RotationPolicy policy = dialog->policy();
        if (!m_view->storeCall(MainWindowTr::tr("Rotation Policy"),
                               [&] { m_view->store()->policies().save(policy); })) {
            return;
        }
        m_view->reload();
        const QString text =
            policy.isEmpty()
                ? MainWindowTr::tr("Cleared the rotation policy of %1.").arg(set)
                : MainWindowTr::tr("Rotation policy of %1: %2, %3.")
                      .arg(set,
                           policy.rotateEveryDays
                               ? MainWindowTr::tr("rotate every %n day(s)", nullptr, *policy.rotateEveryDays)
                               : MainWindowTr::tr("no rotation period"),
                           policy.overlapDays
                               ? MainWindowTr::tr("publish %n day(s) before activating", nullptr, *policy.overlapDays)
                               : MainWindowTr::tr("no overlap"));
        Q_EMIT statusMessage(text, 8000);
    });
    dialog->open();
}

void RotationController::rotateNow()
{
    const QString set = m_view->currentSetName();
    KeyStore* store = m_view->store();
    if (set.isEmpty() || !store || m_remote->isBusy()) {
        return;
    }
    const QString title = MainWindowTr::tr("Rotate Now");
    QStringList tracking;
    if (!m_view->storeCall(title, [&] {
            for (const auto& profile : SavedRemotes(*store).list()) {
                if (profile.trackedSets.contains(set)) {
                    tracking << profile.name;
                }
            }
        })) {
        return;
    }
    if (tracking.isEmpty()) {
        MessageBox::information(m_window, title,
                                MainWindowTr::tr("No remote tracks key set %1, so there is nowhere to rotate it. Add "
                                                 "it to a remote's tracked sets (Remote \u203a Remote Endpoints), or "
                                                 "use Remote \u203a Rotate Key Set to pick a remote.")
                                    .arg(set));
        return;
    }
    QString remote = tracking.first();
    if (tracking.size() > 1) {
        bool ok = false;
        remote = InputDialog::getItem(
            m_window, title, MainWindowTr::tr("Key set %1 is tracked by several remotes. Rotate it on:").arg(set),
            tracking, tracking.first(), false, &ok);
        if (!ok || !tracking.contains(remote)) {
            return;
        }
    }
    // The next step of the staged rotation there: it reads the remote set and asks before it changes anything.
    m_remote->rotate(remote, set);
}

} // namespace jwk
