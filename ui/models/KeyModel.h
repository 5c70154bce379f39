#pragma once
// The keys of one set (or of all sets) as a table: kid, type, alg, use, a short thumbprint, when it was created,
// its role (signing, private, public only, cannot decrypt) and its set. Built from KeyStore::keys(), which reads
// only the public facts stored in clear: listing never decrypts, so 10,000 keys list at once.

#include "store/KeyStore.h"

#include <QAbstractTableModel>

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

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleLabel(KeyRole role);
    static QString shortThumbprint(const QString& thumbprint);

private:
    QList<KeyInfo> m_keys;
    // One per key, built on the first search and kept: filtering 10,000 rows must not allocate per keystroke, and
    // listing them must not pay for a search nobody made.
    mutable QStringList m_search;
    const QString& searchText(int row) const;
};

} // namespace jwk
