#include "remote/RemoteProfiles.h"

#include "InputDialog.h"
#include "MessageBox.h"
#include "TrContexts.h"
#include "remote/RemoteController.h"
#include "remote/RemoteProfileDialog.h"
#include "remote/SavedRemotes.h"

namespace jwk {

RemoteProfiles::RemoteProfiles(RemoteController* controller)
    : QObject(controller)
    , m_controller(controller)
{
}

std::optional<RemoteProfile> RemoteProfiles::load(const QString& name)
{
    if (!m_controller->store()) {
        return std::nullopt;
    }
    try {
        const auto profile = SavedRemotes(*m_controller->store()).find(name);
        if (!profile) {
            MessageBox::critical(m_controller->dialogParent(), RemoteControllerTr::tr("Remote"),
                                 RemoteControllerTr::tr("There is no remote named %1.").arg(name));
        }
        return profile;
    } catch (const std::exception& e) {
        MessageBox::critical(m_controller->dialogParent(), RemoteControllerTr::tr("Remote"),
                             QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

QString RemoteProfiles::choose(const QString& title)
{
    if (!m_controller->store()) {
        return {};
    }
    QStringList names;
    try {
        for (const auto& r : SavedRemotes(*m_controller->store()).list()) {
            names << r.name;
        }
    } catch (const std::exception& e) {
        MessageBox::critical(m_controller->dialogParent(), title, QString::fromUtf8(e.what()));
        return {};
    }
    if (names.isEmpty()) {
        MessageBox::information(
            m_controller->dialogParent(), title,
            RemoteControllerTr::tr("No remote Hydra endpoint is set up yet. Add one with Remote \u203a Add Remote."));
        return {};
    }
    if (names.size() == 1) {
        return names.first();
    }
    bool ok = false;
    const QString name = InputDialog::getItem(m_controller->dialogParent(), title, RemoteControllerTr::tr("Remote:"),
                                              names, m_lastRemote, false, &ok);
    return ok && names.contains(name) ? name : QString();
}

QList<RemoteSetState> RemoteProfiles::initialStates(const QString& remote) const
{
    QList<RemoteSetState> states;
    if (!m_controller->store()) {
        return states;
    }
    try {
        const auto profile = SavedRemotes(*m_controller->store()).find(remote);
        if (!profile) {
            return states;
        }
        for (const auto& set : profile->trackedSets) {
            RemoteSetState state;
            state.setName = set;
            state.rotation = m_controller->store()->rotations().find(remote, set);
            states << state;
        }
    } catch (const std::exception&) {
        // The profile list reports read failures; an empty view is enough here.
    }
    return states;
}

void RemoteProfiles::add()
{
    edit(QString());
}

void RemoteProfiles::edit(const QString& name)
{
    if (!m_controller->store() || m_controller->isBusy()) {
        return;
    }
    std::optional<RemoteProfile> existing;
    QStringList taken;
    try {
        for (const auto& r : SavedRemotes(*m_controller->store()).list()) {
            if (r.name == name) {
                existing = r;
            } else {
                taken << r.name;
            }
        }
    } catch (const std::exception& e) {
        MessageBox::critical(m_controller->dialogParent(), RemoteControllerTr::tr("Remote"),
                             QString::fromUtf8(e.what()));
        return;
    }
    if (!name.isEmpty() && !existing) {
        return;
    }
    auto* dialog = new RemoteProfileDialog(existing, taken, m_controller->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RemoteProfile profile = dialog->profile();
        const QString original = dialog->originalName();
        try {
            SavedRemotes(*m_controller->store())
                .save(profile,
                      original); // a rename in one step; refused during a staged rotation
        } catch (const std::exception& e) {
            MessageBox::critical(m_controller->dialogParent(), dialog->windowTitle(), QString::fromUtf8(e.what()));
            return;
        }
        m_lastRemote = profile.name;
        Q_EMIT changed(profile.name);
        Q_EMIT statusMessage(RemoteControllerTr::tr("Saved remote %1.").arg(profile.name));
    });
    dialog->open();
}

void RemoteProfiles::remove(const QString& name)
{
    if (!m_controller->store() || m_controller->isBusy() || name.isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        m_controller->dialogParent(), RemoteControllerTr::tr("Remove Remote"),
        RemoteControllerTr::tr(
            "Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it "
            "is forgotten here; nothing changes on the server.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, RemoteControllerTr::tr("Remove")}});
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        SavedRemotes(*m_controller->store()).remove(name);
    } catch (const std::exception& e) {
        MessageBox::critical(m_controller->dialogParent(), RemoteControllerTr::tr("Remove Remote"),
                             QString::fromUtf8(e.what()));
        return;
    }
    if (m_lastRemote == name) {
        m_lastRemote.clear();
    }
    Q_EMIT changed(QString());
    Q_EMIT statusMessage(RemoteControllerTr::tr("Removed remote %1.").arg(name));
}

} // namespace jwk
