#pragma once
// The changes a person makes to the sets and keys of the store from the main window: a new set, renaming a set,
// editing a key's metadata, moving keys or a set to the trash, and the trash itself. Each change is made once and
// then pushed onto the undo stack (UndoCommands.h), so that Ctrl+Z takes it back.

#include <QObject>

class QUndoStack;
class QWidget;

namespace jwk {

class KeyStore;
class KeyStoreWidget;
struct StoreCommandContext;

class EditController : public QObject
{
    Q_OBJECT

public:
    // Changes the store of `view` and pushes the changes onto `undoStack`; dialogs open over `window`.
    EditController(KeyStoreWidget* view, QUndoStack* undoStack, QWidget* window);

public Q_SLOTS:
    void newKeySet();
    void renameSet();
    void editKey();
    // The selected keys, or the selected set when the set list has the focus (or no key is selected).
    void deleteSelection();
    void deleteCurrentSet();
    void showTrash();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);

private:
    // Asks before a set gets a name Hydra up to v2.3 cannot address; true to go on.
    bool acceptSetName(const QString& title, const QString& name);
    StoreCommandContext commandContext();
    // What trashing `ids` (set, kid) does to the signers of their sets, one line per set whose signer changes.
    static QStringList signerChangesOnDelete(const KeyStore& store, const QList<QPair<QString, QString>>& ids);

    KeyStoreWidget* m_view;
    QWidget* m_window;
    QUndoStack* m_undoStack;
};

} // namespace jwk
