#include "UndoCommands.h"

#include "TrContexts.h"

namespace jwk {
namespace {

QString deleteKeysText(const QList<QPair<QString, QString>>& keys)
{
    if (keys.size() == 1) {
        return UndoCommandsTr::tr("Delete Key %1").arg(keys.first().second);
    }
    const int n = static_cast<int>(keys.size());
    return UndoCommandsTr::tr("Delete %n Key(s)", nullptr, n);
}

} // namespace

StoreCommand::StoreCommand(StoreCommandContext context, const QString& text)
    : m_context(std::move(context))
{
    setText(text);
}

void StoreCommand::redo()
{
    if (m_done) {
        m_done = false; // QUndoStack::push() calls redo(): the change is made already
        return;
    }
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::run(bool forward)
{
    try {
        forward ? apply() : revert();
        if (m_context.done) {
            m_context.done((forward ? UndoCommandsTr::tr("Redone: %1") : UndoCommandsTr::tr("Undone: %1")).arg(text()));
        }
    } catch (const std::exception& e) {
        if (m_context.failed) {
            m_context.failed(QString::fromUtf8(e.what()));
        }
    }
    if (m_context.changed) {
        m_context.changed();
    }
}

DeleteKeysCommand::DeleteKeysCommand(StoreCommandContext context, QList<QPair<QString, QString>> keys)
    : StoreCommand(context, deleteKeysText(keys))
    , m_store(context.store)
    , m_keys(std::move(keys))
{
}

void DeleteKeysCommand::apply()
{
    for (const auto& [set, kid] : m_keys) {
        m_store->trash().deleteKey(set, kid);
    }
}

void DeleteKeysCommand::revert()
{
    for (auto it = m_keys.rbegin(); it != m_keys.rend(); ++it) {
        m_store->trash().restoreKey(it->first, it->second);
    }
}

DeleteSetCommand::DeleteSetCommand(StoreCommandContext context, QString setName)
    : StoreCommand(context, UndoCommandsTr::tr("Delete Key Set %1").arg(setName))
    , m_store(context.store)
    , m_setName(std::move(setName))
{
}

void DeleteSetCommand::apply()
{
    m_store->trash().deleteSet(m_setName);
}

void DeleteSetCommand::revert()
{
    m_store->trash().restoreSet(m_setName);
}

RenameSetCommand::RenameSetCommand(StoreCommandContext context, QString oldName, QString newName)
    : StoreCommand(context, UndoCommandsTr::tr("Rename Key Set %1").arg(oldName))
    , m_store(context.store)
    , m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
{
}

void RenameSetCommand::apply()
{
    m_store->renameKeySet(m_oldName, m_newName);
}

void RenameSetCommand::revert()
{
    m_store->renameKeySet(m_newName, m_oldName);
}

EditKeyCommand::EditKeyCommand(StoreCommandContext context, QString setName, Metadata before, Metadata after)
    : StoreCommand(context, UndoCommandsTr::tr("Edit Key %1").arg(before.kid))
    , m_store(context.store)
    , m_setName(std::move(setName))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditKeyCommand::apply()
{
    m_store->updateKeyMetadata(m_setName, m_before.kid, m_after.kid, m_after.alg, m_after.use);
}

void EditKeyCommand::revert()
{
    m_store->updateKeyMetadata(m_setName, m_after.kid, m_before.kid, m_before.alg, m_before.use);
}

} // namespace jwk
