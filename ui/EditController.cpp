#include "EditController.h"

#include "InputDialog.h"
#include "MessageBox.h"
#include "TrContexts.h"
#include "UndoCommands.h"
#include "WindowActions.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/TrashDialog.h"
#include "models/KeySetModel.h"
#include "usecases/SignerChange.h"
#include "widgets/KeyStoreWidget.h"

#include <QTreeView>
#include <QUndoStack>

namespace jwk {
namespace {

QString undoShortcut()
{
    return WindowActions::shortcut(ActionId::Undo).toString(QKeySequence::NativeText);
}

} // namespace

EditController::EditController(KeyStoreWidget* view, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
    , m_undoStack(undoStack)
{
}

StoreCommandContext EditController::commandContext()
{
    return {m_view->store(), [this] { m_view->reload(); },
            [this](const QString& m) { MessageBox::critical(m_window, MainWindowTr::tr("Undo"), m); },
            [this](const QString& m) { Q_EMIT statusMessage(m, 5000); }};
}

// --- sets

bool EditController::acceptSetName(const QString& title, const QString& name)
{
    const QString caveat = KeyStore::setNameWarning(name);
    if (caveat.isEmpty()) {
        return true;
    }
    // The name works here and with newer Hydra versions: the person decides, and keeping it is not the default.
    return MessageBox::warning(m_window, title, MainWindowTr::tr("Use this name? Note: %1.").arg(caveat),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                               {{QMessageBox::Yes, MainWindowTr::tr("Use This Name")}}) == QMessageBox::Yes;
}

void EditController::newKeySet()
{
    bool ok = false;
    const QString name = InputDialog::getText(m_window, MainWindowTr::tr("New Key Set"),
                                              MainWindowTr::tr("Name of the new key set:"), QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || !acceptSetName(MainWindowTr::tr("New Key Set"), name)) {
        return;
    }
    if (m_view->storeCall(MainWindowTr::tr("New Key Set"), [&] { m_view->store()->createKeySet(name); })) {
        m_view->reload();
        m_view->selectSet(name);
        Q_EMIT statusMessage(MainWindowTr::tr("Created key set %1.").arg(name), 5000);
    }
}

void EditController::renameSet()
{
    const QString old = m_view->currentSetName();
    if (old.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString name = InputDialog::getText(m_window, MainWindowTr::tr("Rename Key Set"),
                                              MainWindowTr::tr("New name for key set %1:").arg(old), old, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == old) {
        return;
    }
    if (KeySetModel::isHydraSet(old)) {
        const auto answer = MessageBox::warning(
            m_window, MainWindowTr::tr("Rename Key Set"),
            MainWindowTr::tr("Ory Hydra looks for key set %1 by this name. Rename it anyway?").arg(old),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (!acceptSetName(MainWindowTr::tr("Rename Key Set"), name)) {
        return;
    }
    if (m_view->storeCall(MainWindowTr::tr("Rename Key Set"), [&] { m_view->store()->renameKeySet(old, name); })) {
        m_undoStack->push(new RenameSetCommand(commandContext(), old, name));
        m_view->reload();
        m_view->selectSet(name);
    }
}

// --- delete, undo, trash

QStringList EditController::signerChangesOnDelete(const KeyStore& store, const QList<QPair<QString, QString>>& ids)
{
    QStringList sets;
    for (const auto& id : ids) {
        if (!sets.contains(id.first)) {
            sets << id.first;
        }
    }
    QStringList changes;
    for (const auto& set : sets) {
        QStringList kids;
        for (const auto& id : ids) {
            if (id.first == set) {
                kids << id.second;
            }
        }
        if (const SignerChange change = signerChangeOnDelete(store, set, kids); change.changes()) {
            changes << change.text();
        }
    }
    return changes;
}

void EditController::deleteCurrentSet()
{
    m_view->setView()->setFocus();
    deleteSelection();
}

void EditController::deleteSelection()
{
    KeyStore* store = m_view->store();
    if (!store) {
        return;
    }
    const StoreCommandContext context = commandContext();
    const QList<KeyInfo> keys = m_view->selectedKeys();
    // Delete acts on what has focus: the key set list deletes its set; anywhere else, the selected keys. With no key
    // selected nothing is deleted (a search with no row picked must not reach for the set highlighted beside it).
    const bool setFocused = m_view->setView()->hasFocus();
    if (!setFocused && keys.isEmpty()) {
        Q_EMIT statusMessage(MainWindowTr::tr("Nothing to delete: select keys, or a key set in the list of sets."),
                             5000);
        return;
    }
    if (setFocused) {
        const QString set = m_view->currentSetName();
        if (set.isEmpty()) {
            return;
        }
        const KeySetModel* sets = m_view->setModel();
        const int count = sets->sets().value(sets->rowOf(set) - 1).keyCount;
        if (count > 0) {
            const auto answer = MessageBox::question(
                m_window, MainWindowTr::tr("Delete Key Set"),
                MainWindowTr::tr("Move key set %1 with %n key(s) to the trash? %2 brings it back.", nullptr, count)
                    .arg(set, undoShortcut()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, MainWindowTr::tr("Move to Trash")}});
            if (answer != QMessageBox::Yes) {
                return;
            }
        }
        if (m_view->storeCall(MainWindowTr::tr("Delete Key Set"), [&] { store->trash().deleteSet(set); })) {
            m_undoStack->push(new DeleteSetCommand(context, set));
            m_view->reload();
            Q_EMIT statusMessage(
                MainWindowTr::tr("Moved key set %1 to the trash. %2 restores it.").arg(set, undoShortcut()), 10000);
        }
        return;
    }
    QList<QPair<QString, QString>> ids;
    for (const auto& k : keys) {
        ids << qMakePair(k.setName, k.kid);
    }
    // Trashing a signer changes what Hydra signs with: said, and confirmed (Cancel the default).
    if (const QStringList changes = signerChangesOnDelete(*store, ids); !changes.isEmpty()) {
        const auto answer =
            MessageBox::question(m_window, MainWindowTr::tr("Delete Signing Key"),
                                 MainWindowTr::tr("Move %n key(s) to the trash?", nullptr, ids.size()) +
                                     QStringLiteral("\n\n") + changes.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                     MainWindowTr::tr("%1 brings them back.").arg(undoShortcut()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                 {{QMessageBox::Yes, MainWindowTr::tr("Move to Trash")}});
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    QList<QPair<QString, QString>> done;
    const bool ok = m_view->storeCall(MainWindowTr::tr("Delete Keys"), [&] {
        for (const auto& id : ids) {
            store->trash().deleteKey(id.first, id.second);
            done << id;
        }
    });
    if (!done.isEmpty()) {
        m_undoStack->push(new DeleteKeysCommand(context, done));
    }
    m_view->reload();
    if (ok) {
        // Exactly what went: the kid and its set for one key, the number and the set (or sets) for several.
        QStringList sets;
        for (const auto& id : done) {
            if (!sets.contains(id.first)) {
                sets << id.first;
            }
        }
        Q_EMIT statusMessage(
            done.size() == 1
                ? MainWindowTr::tr("Moved key %1 of %2 to the trash. %3 restores it.")
                      .arg(done.first().second, done.first().first, undoShortcut())
                : MainWindowTr::tr("Moved %n key(s) of %1 to the trash. %2 restores them.", nullptr, done.size())
                      .arg(sets.join(QStringLiteral(", ")), undoShortcut()),
            10000);
    }
}

void EditController::showTrash()
{
    if (!m_view->store()) {
        return;
    }
    auto* dialog = new TrashDialog(m_view->store(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrashDialog::storeChanged, this, [this] {
        // Undoing a delete needs the trash: after restoring or emptying by hand the history no longer holds.
        m_undoStack->clear();
        m_view->reload();
    });
    dialog->open();
}

// --- edit

void EditController::editKey()
{
    const auto key = m_view->currentKey();
    KeyStore* store = m_view->store();
    if (!key || !store) {
        return;
    }
    QStringList kids;
    try {
        for (const auto& k : store->keys(key->setName)) {
            kids << k.kid;
        }
    } catch (const std::exception&) {
    }
    auto* dialog = new EditKeyDialog(*key, m_view->loadPublic(*key), kids, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
        const EditKeyCommand::Metadata before{key->kid, key->alg, key->use};
        const EditKeyCommand::Metadata after{dialog->kid(), dialog->alg(), dialog->use()};
        if (before.kid == after.kid && before.alg == after.alg && before.use == after.use) {
            return;
        }
        if (m_view->storeCall(MainWindowTr::tr("Edit Key"), [&] {
                m_view->store()->updateKeyMetadata(key->setName, before.kid, after.kid, after.alg, after.use);
            })) {
            m_undoStack->push(new EditKeyCommand(commandContext(), key->setName, before, after));
            m_view->reload(); // the set too: its header names the signer, whose kid may be the one edited
            m_view->selectKey(key->setName, after.kid);
            Q_EMIT statusMessage(MainWindowTr::tr("Saved key %1.").arg(after.kid), 5000);
        }
    });
    dialog->open();
}

} // namespace jwk
