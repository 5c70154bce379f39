#pragma once
// The main window's actions in one table (WindowActions.cpp): for each its id, object name, text, icon, shortcut and
// the rule that enables it. MainWindow puts them into its menus and toolbar, KeyStoreWidget into its context menus;
// update() enables them all from one snapshot of what is selected and running. Shortcuts are key sequences, never
// text, so that menus show them in the person's language ("Strg+E").

#include "store/KeyStore.h"

#include <QKeySequence>
#include <QObject>

#include <array>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace jwk {

enum class ActionId {
    NewSet,
    Generate,
    HydraDefaults,
    Import,
    Paste,
    Export,
    ExportSet,
    Settings,
    Quit,
    Undo,
    Redo,
    CopyJwk,
    CopyPem,
    CopyThumbprint,
    CopyPrivateJwk,
    CopyPrivatePem,
    Find,
    EditKey,
    RenameSet,
    Delete,
    DeleteSet,
    ShowPrivate,
    Trash,
    About,
    AboutQt,
    Remotes,
    AddRemote,
    Pull,
    PushKey,
    PushSet,
    GenerateRemote,
    Rotate,
    PublishedKeys,
    AuditUrl,
    RotationPolicy,
    RotateNow,
    DueFilter,
    PublishClientKeys,
    OpenHydraDb,
    Tokens,
    OpenTeamStore,
    Count
};

// What the enabling rules look at.
struct ActionState
{
    bool haveStore = false;
    bool importing = false;
    bool remoteBusy = false;
    int selectedKeys = 0;
    std::optional<KeyInfo> currentKey;
    bool realSet = false; // a key set is selected, not "All keys"
};

class WindowActions : public QObject
{
    Q_OBJECT

public:
    // The actions are added to `window`, so that their shortcuts work even with the menu bar hidden; Undo and Redo
    // come from `undoStack`.
    WindowActions(QWidget* window, QUndoStack* undoStack);

    QAction* operator[](ActionId id) const { return m_actions[static_cast<size_t>(id)]; }
    // Edit › Copy Private, also in the key list's context menu.
    QMenu* copyPrivateMenu() const { return m_copyPrivateMenu; }
    // The shortcut of an action: the platform's standard binding where it has one, else ours.
    static QKeySequence shortcut(ActionId id);

    void update(const ActionState& state);

private:
    std::array<QAction*, static_cast<size_t>(ActionId::Count)> m_actions{};
    QMenu* m_copyPrivateMenu = nullptr;
};

} // namespace jwk
