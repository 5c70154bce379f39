#pragma once
// The desktop app's main window: key sets on the left, the keys of the selected set in the middle, the selected key
// on the right. Every way keys come in (import dialog, drops on the window or on a set, paste, command line) goes
// through importFiles()/importData() and so through the core's one import path.

#include "dialogs/ImportSummaryDialog.h"
#include "keys/KeyFormats.h"
#include "store/KeyStore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace jwk {

class FirstRunWidget;
class ImportJob;
class KeyDetailsWidget;
class KeyFilterProxyModel;
class KeyModel;
class KeySetModel;
class RemoteController;
class RemoteDialog;
class WorkerJob;
struct ImportSource;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<KeyStore> store = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setStore(std::unique_ptr<KeyStore> store);
    KeyStore* store() const { return m_store.get(); }

    // The one way in for keys. An empty setName imports into the selected set, or asks which.
    void importFiles(const QStringList& paths, const QString& setName = QString());
    void importData(const QByteArray& data, const QString& sourceName, const QString& setName = QString());
    bool isImporting() const;
    ImportSummaryDialog* lastImportSummary() const { return m_lastSummary; }

    // Writes `keys` in `format` to `path`; an empty string on success, else the reason (also shown).
    QString writeExport(const QList<KeyInfo>& keys, KeyFormat format, const QString& path);

    QString currentSetName() const; // empty for "All keys"
    bool selectSet(const QString& name);
    bool selectKey(const QString& setName, const QString& kid);
    std::optional<KeyInfo> currentKey() const;
    QList<KeyInfo> selectedKeys() const;

    KeySetModel* setModel() const { return m_setModel; }
    KeyModel* keyModel() const { return m_keyModel; }
    KeyFilterProxyModel* keyProxy() const { return m_proxy; }
    QTreeView* setView() const { return m_setView; }
    QTreeView* keyView() const { return m_keyView; }
    KeyDetailsWidget* details() const { return m_details; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    bool isShowingFirstRun() const;
    RemoteController* remoteController() const { return m_remote; }
    RemoteDialog* remoteDialog() const;

public Q_SLOTS:
    void newKeySet();
    void generateKey();
    void createHydraDefaults();
    void importFromFileDialog();
    void pasteKeys();
    void exportSelection();
    void exportCurrentSet();
    void copyPublicJwk();
    void copyPublicPem();
    void copyThumbprint();
    void copyPrivateJwk();
    void copyPrivatePem();
    void deleteSelection();
    void renameSet();
    void editKey();
    void showTrash();
    void showSettings();
    void showAbout();
    void reloadFromStore();
    void showRemotes();
    void pullFromRemote();
    void pushKeyToRemote();
    void pushSetToRemote();
    void generateOnRemote();
    void rotateOnRemote();

Q_SIGNALS:
    void importFinished();
    void keyGenerated(const QString& setName, const QString& kid);
    void hydraDefaultsFinished();
    void exportFinished(const QString& path, const QString& error);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void restoreWindowState();
    void saveWindowState();
    QAction* makeAction(const QString& objectName, const QString& text, const QString& icon,
                        const QKeySequence& shortcut, void (MainWindow::*slot)());
    void updateActions();
    void loadKeys();
    void currentKeyChanged();
    void startImport(const QList<ImportSource>& sources, const QString& setName);
    void finishImport();
    QString chooseImportSet(const QString& proposed, bool ask = false);
    void openExportDialog(const QList<KeyInfo>& keys, const QString& what);
    void copyText(const QString& text, bool secret, const QString& what, const std::optional<KeyInfo>& key);
    std::optional<JsonWebKey> loadPrivate(const KeyInfo& key);
    std::optional<JsonWebKey> loadPublic(const KeyInfo& key);
    bool storeCall(const QString& what, const std::function<void()>& call);
    void showStatus(const QString& text, int timeoutMs = 5000);
    static QList<QUrl> localFileUrls(const QMimeData* mime);
    static bool isImportable(const QMimeData* mime);

    std::unique_ptr<KeyStore> m_store;
    KeySetModel* m_setModel = nullptr;
    KeyModel* m_keyModel = nullptr;
    KeyFilterProxyModel* m_proxy = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ImportJob* m_importJob = nullptr;
    QString m_importSet;
    WorkerJob* m_hydra = nullptr; // makes Hydra's default sets
    QPointer<QProgressDialog> m_hydraProgress;
    RemoteController* m_remote = nullptr;
    QPointer<RemoteDialog> m_remoteDialog;
    QPointer<ImportSummaryDialog> m_lastSummary;
    QString m_loadedSet;
    bool m_loadedAll = false;

    QStackedWidget* m_stack = nullptr;
    FirstRunWidget* m_firstRun = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_setView = nullptr;
    QTreeView* m_keyView = nullptr;
    QLabel* m_keysTitleLabel = nullptr;
    KeyDetailsWidget* m_details = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_clipboardLabel = nullptr;
    QLabel* m_storeLabel = nullptr;

    QAction* m_newSetAction = nullptr;
    QAction* m_generateAction = nullptr;
    QAction* m_hydraAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportSetAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_copyJwkAction = nullptr;
    QAction* m_copyPemAction = nullptr;
    QAction* m_copyThumbprintAction = nullptr;
    QAction* m_copyPrivateJwkAction = nullptr;
    QAction* m_copyPrivatePemAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_editKeyAction = nullptr;
    QAction* m_renameSetAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_deleteSetAction = nullptr;
    QAction* m_showPrivateAction = nullptr;
    QAction* m_trashAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_remotesAction = nullptr;
    QAction* m_addRemoteAction = nullptr;
    QAction* m_pullAction = nullptr;
    QAction* m_pushKeyAction = nullptr;
    QAction* m_pushSetAction = nullptr;
    QAction* m_generateRemoteAction = nullptr;
    QAction* m_rotateAction = nullptr;
    QMenu* m_copyPrivateMenu = nullptr;
};

} // namespace jwk
