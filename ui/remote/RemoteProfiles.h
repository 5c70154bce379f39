#pragma once
// The remote Hydra endpoints saved in the store, as the desktop app edits them: add, edit (a rename included) and
// remove a profile through its dialog, pick the remote a main-window action works on, and list a profile's tracked
// sets with their rotation states. No network; while a RemoteController operation runs, profiles are not changed.

#include "remote/RemoteSetModel.h"
#include "store/KeyStore.h"

#include <QObject>

#include <optional>

namespace jwk {

class RemoteController;

class RemoteProfiles : public QObject
{
    Q_OBJECT

public:
    // Works on the store of `controller`, with dialogs over its dialog parent.
    explicit RemoteProfiles(RemoteController* controller);

    // The profile named `name`; a missing one or a read failure is shown (std::nullopt).
    std::optional<RemoteProfile> load(const QString& name);
    // The remote a main-window action works on: the only one, or the one the person picks (empty: none).
    QString choose(const QString& title);
    // The tracked sets with their rotation states (not fetched yet).
    QList<RemoteSetState> initialStates(const QString& remote) const;
    // The remote worked on last; offered first.
    QString lastRemote() const { return m_lastRemote; }
    void setLastRemote(const QString& name) { m_lastRemote = name; }

public Q_SLOTS:
    void add();
    void edit(const QString& name);
    void remove(const QString& name);

Q_SIGNALS:
    void changed(const QString& current);
    void statusMessage(const QString& text);

private:
    RemoteController* m_controller;
    QString m_lastRemote;
};

} // namespace jwk
