#pragma once
// The keys of one set (or of all sets) as a table: kid, type, alg, use, a short thumbprint, when it was created,
// its role (signing, private, public only, cannot decrypt) and its set. Built from KeyStore::listing() (or keys()),
// which reads only the public facts stored in clear: listing never decrypts. The key list holds every key of the store
// here and shows one set of them through KeyFilterProxyModel, so choosing a set reads nothing again.

#include "models/KeySearchIndex.h"
#include "store/KeyStore.h"

#include <QAbstractTableModel>

#include <memory>

namespace jwk {

class KeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KidColumn,
        TypeColumn,
        AlgColumn,
        UseColumn,
        ThumbprintColumn,
        CreatedColumn,
        RoleColumn,
        SetColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts right (dates, sizes)
        SearchRole,                  // kid, alg, kty, type, thumbprint and set name, lower case
        SetNameRole,
        KidRole,
        ThumbprintRole,
        KeyRoleRole, // jwk::KeyRole as int
    };

    explicit KeyModel(QObject* parent = nullptr);

    void setKeys(const QList<KeyInfo>& keys);
    void clear();
    const QList<KeyInfo>& keys() const { return m_keys; }
    const KeyInfo& keyAt(int row) const { return m_keys.at(row); }
    int rowOf(const QString& setName, const QString& kid) const;
    // What a search looks at, kept until the next setKeys(). For many keys it is built on a worker thread as soon as
    // they are set, so that the first keystroke does not wait for it; for a few, on the first search.
    const KeySearchIndex& searchIndex() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleLabel(KeyRole role);
    static QString shortThumbprint(const QString& thumbprint);

private:
    QList<KeyInfo> m_keys;
    // Filtering 100,000 rows must not allocate per keystroke, and showing them must not wait for a search nobody made.
    mutable KeySearchIndex m_search;
    struct PendingIndex;
    mutable std::shared_ptr<PendingIndex> m_pending; // being built on a worker thread
};

} // namespace jwk
