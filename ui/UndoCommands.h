#pragma once
// The undoable changes to the store (Ctrl+Z): deleting keys or a set (to the trash), renaming a set and editing a
// key's metadata. Each is done once by the caller before it is pushed, so that a failure never enters the stack;
// undo and redo report failures (an emptied trash) through the `failed` callback.

#include "store/KeyStore.h"

#include <QUndoCommand>

#include <functional>

namespace jwk {

struct StoreCommandContext
{
    KeyStore* store = nullptr;
    std::function<void()> changed;                      // reload the views
    std::function<void(const QString& message)> failed; // tell the person
    std::function<void(const QString& message)> done;   // say what undo or redo did ("Undone: Delete Key k1")
};

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(StoreCommandContext context, const QString& text);
    void undo() final;
    void redo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    void run(bool forward);
    StoreCommandContext m_context;
    bool m_done = true; // the caller has applied it already
};

class DeleteKeysCommand : public StoreCommand
{
public:
    DeleteKeysCommand(StoreCommandContext context, QList<QPair<QString, QString>> keys);

protected:
    void apply() override;
    void revert() override;

private:
    KeyStore* m_store;
    QList<QPair<QString, QString>> m_keys; // (set, kid)
};

class DeleteSetCommand : public StoreCommand
{
public:
    DeleteSetCommand(StoreCommandContext context, QString setName);

protected:
    void apply() override;
    void revert() override;

private:
    KeyStore* m_store;
    QString m_setName;
};

class RenameSetCommand : public StoreCommand
{
public:
    RenameSetCommand(StoreCommandContext context, QString oldName, QString newName);

protected:
    void apply() override;
    void revert() override;

private:
    KeyStore* m_store;
    QString m_oldName;
    QString m_newName;
};

class EditKeyCommand : public StoreCommand
{
public:
    struct Metadata
    {
        QString kid;
        QString alg;
        QString use;
    };
    EditKeyCommand(StoreCommandContext context, QString setName, Metadata before, Metadata after);

protected:
    void apply() override;
    void revert() override;

private:
    KeyStore* m_store;
    QString m_setName;
    Metadata m_before;
    Metadata m_after;
};

} // namespace jwk
