#pragma once
// What is in the store's trash: whole key sets and single keys, newest first, for restoring or purging.

#include "store/KeyStore.h"

#include <QAbstractTableModel>

namespace jwk {

class TrashModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, KindColumn, DeletedColumn, ColumnCount };

    explicit TrashModel(QObject* parent = nullptr);
    void setStore(const KeyStore* store);
    void refresh();
    const TrashEntry& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    const KeyStore* m_store = nullptr;
    QList<TrashEntry> m_entries;
};

} // namespace jwk
