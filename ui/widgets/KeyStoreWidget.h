#pragma once
// The main window's view of a key store, as KeePassXC's DatabaseWidget is of a database: key sets on the left, the
// keys of the selected set (or of all sets, or the search's hits) in the middle, the selected key on the right, and
// the first-run page while the store holds no set. It owns the models and the selection and offers the key sets'
// and keys' context menus; what the actions do lives in the controllers (EditController, ImportController,
// ExportController, GenerateController, RemoteController).

#include "store/KeyStore.h"

#include <QStackedWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace jwk {

class EmptyState;
class FirstRunWidget;
class KeyDetailsWidget;
class KeyFilterProxyModel;
class KeyModel;
class KeySetModel;
class WindowActions;

class KeyStoreWidget : public QStackedWidget
{
    Q_OBJECT

public:
    // The context menus hold `actions`.
    KeyStoreWidget(const WindowActions* actions, QWidget* parent = nullptr);

    void setStore(KeyStore* store);
    KeyStore* store() const { return m_store; }

    QString currentSetName() const; // empty for "All keys"
    // View › Due for Rotation: only the sets overdue or due soon are listed (All keys too is hidden).
    void setDueFilter(bool on);
    bool dueFilter() const { return m_dueFilter; }
    EmptyState* setsEmptyState() const { return m_setsEmpty; }
    bool selectSet(const QString& name);
    bool selectKey(const QString& setName, const QString& kid);
    std::optional<KeyInfo> currentKey() const;
    QList<KeyInfo> selectedKeys() const;
    // How many keys are selected, from the selection's ranges (Ctrl+A over 100,000 keys is one range).
    int selectedKeyCount() const;
    bool isShowingFirstRun() const;

    // Runs a call into the store; a failure is shown to the person under `what`. False without a store.
    bool storeCall(const QString& what, const std::function<void()>& call);
    // The public JWK of `key` (none for oct keys); a failure goes to the status bar.
    std::optional<JsonWebKey> loadPublic(const KeyInfo& key);

    // The splitter's and the key list's layout, kept with the window's.
    void restoreLayout();
    void saveLayout() const;

    KeySetModel* setModel() const { return m_setModel; }
    KeyModel* keyModel() const { return m_keyModel; }
    KeyFilterProxyModel* keyProxy() const { return m_proxy; }
    QTreeView* setView() const { return m_setView; }
    QTreeView* keyView() const { return m_keyView; }
    EmptyState* keysEmptyState() const { return m_keysEmpty; }
    KeyDetailsWidget* details() const { return m_details; }
    FirstRunWidget* firstRun() const { return m_firstRun; }
    // The search field; the main window shows it in its toolbar.
    QLineEdit* searchEdit() const { return m_searchEdit; }

public Q_SLOTS:
    // Reads the sets and keys again (one read of the store: KeyStore::listing()), keeping the selection where it can.
    void reload();
    // Widens the set list to hold its longest name beside the counts and badges.
    void fitSidebar();
    // Lists the keys of the selected set (or of all sets while searching) and selects the first. Reads nothing: the
    // key model holds every key of the store since the last reload().
    void showSelectedSet();

Q_SIGNALS:
    // The selected set or keys changed: the actions' enabled state follows.
    void selectionChanged();
    void statusMessage(const QString& text, int timeoutMs);
    // Files dropped on a set in the list (on "All keys": an empty setName).
    void filesDropped(const QList<QUrl>& urls, const QString& setName);

private:
    QString searchTitle() const;   // the key list's title while searching
    QString emptyKeysText() const; // what the key list says when it shows no key
    void currentKeyChanged();      // shows the current key anew (after a reload)
    void keySelectionChanged();    // shows the current key when it changed
    void showContextMenus(const WindowActions* actions);
    // Hides the rows the due filter leaves out, and moves the current row off a hidden one.
    void applyDueFilter();

    KeyStore* m_store = nullptr;
    KeySetModel* m_setModel = nullptr;
    KeyModel* m_keyModel = nullptr;
    KeyFilterProxyModel* m_proxy = nullptr;
    bool m_loadedAll = false;
    bool m_newStore = false; // reload() starts on the first real set

    FirstRunWidget* m_firstRun = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_setView = nullptr;
    QTreeView* m_keyView = nullptr;
    EmptyState* m_keysEmpty = nullptr;
    EmptyState* m_setsEmpty = nullptr;
    bool m_dueFilter = false;
    QLabel* m_keysTitleLabel = nullptr;
    KeyDetailsWidget* m_details = nullptr;
    QLineEdit* m_searchEdit = nullptr;
};

} // namespace jwk
