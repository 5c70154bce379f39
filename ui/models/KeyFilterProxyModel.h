#pragma once
// The key table as the key list shows it: the keys of one set (or of every set), narrowed by a search where every word
// must occur in the key's kid, alg, kty, type, thumbprint or set name (case-insensitive), sorted by a column as
// KeyModel::SortRole orders it (dates by the store's sequence, types by kty, size and curve).
//
// Made for 100,000 keys: the sort order is kept for all keys and a filter is one pass over it (a search that only
// grows, as typing does, looks only at the rows still shown), with one layout change and the selection kept. A
// QSortFilterProxyModel removed filtered rows range by range and compared QVariants while sorting, which took
// seconds at that size.

#include <QAbstractProxyModel>
#include <QStringList>

namespace jwk {

class KeyModel;

class KeyFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit KeyFilterProxyModel(QObject* parent = nullptr);

    // The source must be a KeyModel.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // Only the keys of set `setName` (empty: of every set) that hold every word of `searchText`.
    void setFilter(const QString& setName, const QString& searchText);
    void setSearchText(const QString& text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    QString setName() const { return m_setName; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    bool lessThan(int left, int right) const;
    void sortAll();                            // m_sorted from the sort column
    QList<int> filtered(bool onlyShown) const; // the rows the filter keeps, in the sort order
    void setRows(QList<int> rows);             // m_rows and m_proxyRow
    void changeRows(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint); // a layout change
    void beginSourceChange();
    void endSourceChange();

    const KeyModel* m_keys = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QString m_setName;
    QStringList m_terms;
    QList<QByteArray> m_needles;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sorted;   // every source row, in the sort order
    QList<int> m_rows;     // proxy row -> source row
    QList<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
};

} // namespace jwk
