#include "models/TrashModel.h"

#include "Icons.h"

#include <QLocale>

namespace jwk {

TrashModel::TrashModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrashModel::setStore(const KeyStore* store)
{
    m_store = store;
    refresh();
}

void TrashModel::refresh()
{
    QList<TrashEntry> entries;
    if (m_store) {
        try {
            entries = m_store->trash().entries();
        } catch (const std::exception& e) {
            Q_EMIT readFailed(QString::fromUtf8(e.what()));
            return;
        }
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TrashModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TrashModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TrashEntry& e = m_entries[index.row()];
    const bool isSet = e.kid.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn:
            return isSet ? e.setName : QStringLiteral("%1 / %2").arg(e.setName, e.kid);
        case KindColumn:
            return isSet ? tr("Key set with %n key(s)", nullptr, e.keyCount) : tr("Key");
        case DeletedColumn:
            return QLocale().toString(e.deleted.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::DecorationRole && index.column() == ItemColumn) {
        return Icons::icon(isSet ? QStringLiteral("key-set") : QStringLiteral("key"));
    }
    return {};
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case DeletedColumn:
        return tr("Deleted");
    }
    return {};
}

} // namespace jwk
