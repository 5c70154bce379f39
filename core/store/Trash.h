#pragma once
// The store's trash: deleted keys and key sets stay restorable until the trash is emptied. Deleting and restoring a
// key or a whole set are one move each way, each in its own transaction with its audit entry.

#include <QDateTime>
#include <QList>
#include <QString>

namespace jwk {

class KeyStore;

struct TrashEntry
{
    QString setName;
    QString kid; // empty for a whole set
    QDateTime deleted;
    int keyCount = 0; // for a set
};

class Trash
{
public:
    explicit Trash(KeyStore& store)
        : m_store(store)
    {
    }

    // Throw StoreError NotFound when there is no such live key or set (deleting) or nothing of it in the trash
    // (restoring).
    void deleteKey(const QString& setName, const QString& kid);
    void deleteSet(const QString& setName);
    void restoreKey(const QString& setName, const QString& kid);
    void restoreSet(const QString& setName);
    // Sets first, then keys of live sets; newest deletion first.
    QList<TrashEntry> entries() const;
    // Purges everything in the trash; returns the number of keys purged.
    int empty();

private:
    enum class Direction { ToTrash, Back };
    // The one transaction behind the four moves: a key (kid given) or a whole set, into the trash or back out.
    void move(const QString& setName, const QString& kid, Direction direction);

    KeyStore& m_store;
};

} // namespace jwk
