#pragma once
// The desktop app's main window: the frame around a KeyStoreWidget (key sets, keys, the selected key). It holds the
// menus, the toolbar, the status bar and the window's state, and wires the actions of WindowActions to the
// controllers that carry them out: EditController, GenerateController, ImportController, ExportController and
// RemoteController. Drops on the window go to the import controller, the one way in for keys.

#include "store/KeyStore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QUndoStack;

namespace jwk {

class EditController;
class ExportController;
class GenerateController;
class ImportController;
class KeyStoreWidget;
class RemoteController;
class RemoteDialog;
class PublishedKeysDialog;
class HydraDbWindow;
class TokenWindow;
class TeamStoreDialog;
class RotationController;
class SingleInstance;
class StoreWatcher;
class WindowActions;
class DueNotice;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<KeyStore> store = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setStore(std::unique_ptr<KeyStore> store);
    // The claim on the store this window has (one window per store); files another start hands over are imported
    // here, and the window comes forward.
    void adoptInstance(std::unique_ptr<SingleInstance> instance);
    StoreWatcher* storeWatcher() const { return m_watcher; }
    KeyStore* store() const { return m_store.get(); }

    KeyStoreWidget* keyStoreWidget() const { return m_view; }
    WindowActions* actions() const { return m_actions; }
    QUndoStack* undoStack() const { return m_undoStack; }
    EditController* editController() const { return m_edit; }
    GenerateController* generateController() const { return m_generate; }
    ImportController* importController() const { return m_import; }
    ExportController* exportController() const { return m_export; }
    RemoteController* remoteController() const { return m_remote; }
    RotationController* rotationController() const { return m_rotation; }
    DueNotice* dueNotice() const { return m_dueNotice; }
    RemoteDialog* remoteDialog() const;
    // The Published Keys dialog opened last (non-modal; null once closed).
    PublishedKeysDialog* publishedKeysDialog() const;
    // File › Open Hydra Database… (non-modal, one at a time; null once closed).
    HydraDbWindow* hydraDbWindow() const;
    // The Token window (Ctrl+J), one per main window; null until first opened.
    TokenWindow* tokenWindow() const;
    // File › Open Team Store… (Ctrl+Shift+O; window-modal, one at a time; null once closed).
    TeamStoreDialog* teamStoreDialog() const;

public Q_SLOTS:
    void showSettings();
    void showAbout();
    void showRemotes();
    void pullFromRemote();
    void pushKeyToRemote();
    void pushSetToRemote();
    void generateOnRemote();
    void rotateOnRemote();
    // Published Keys of a remote (chosen like the other remote actions), and the same for any URL.
    void showPublishedKeys();
    void auditUrl();
    void openHydraDatabase();
    void showTokenWindow();
    void openTeamStore();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void showStatus(const QString& text, int timeoutMs = 5000);
    void bringForwardAndImport(const QStringList& files);
    void storeChangedElsewhere();
    // Shows `store` (opened by Open Team Store…) in this window, unless another window has it already.
    void switchToTeamStore(std::unique_ptr<KeyStore> store);

    std::unique_ptr<KeyStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    WindowActions* m_actions = nullptr;
    KeyStoreWidget* m_view = nullptr;
    EditController* m_edit = nullptr;
    GenerateController* m_generate = nullptr;
    ImportController* m_import = nullptr;
    ExportController* m_export = nullptr;
    RemoteController* m_remote = nullptr;
    RotationController* m_rotation = nullptr;
    DueNotice* m_dueNotice = nullptr;
    QPointer<RemoteDialog> m_remoteDialog;
    QPointer<PublishedKeysDialog> m_publishedDialog;
    QPointer<HydraDbWindow> m_hydraDbWindow;
    QPointer<TokenWindow> m_tokenWindow;
    QPointer<TeamStoreDialog> m_teamStoreDialog;
    QLabel* m_clipboardLabel = nullptr;
    QLabel* m_storeLabel = nullptr;
    StoreWatcher* m_watcher = nullptr;
    std::unique_ptr<SingleInstance> m_instance;
};

} // namespace jwk
