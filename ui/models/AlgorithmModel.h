#pragma once
// The algorithms the core can make keys for (jwk::algorithms()), for the generate dialog: name, key type, what it
// is for, and whether Ory Hydra generates such keys too.

#include "keys/Algorithms.h"

#include <QAbstractTableModel>

namespace jwk {

class AlgorithmModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KeyColumn, DescriptionColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit AlgorithmModel(QObject* parent = nullptr);
    const AlgorithmInfo& algorithmAt(int row) const { return algorithms().at(row); }
    int rowOf(const QString& name) const;
    static QString keyDescription(const AlgorithmInfo& info);
    static QString translatedDescription(const AlgorithmInfo& info);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace jwk
