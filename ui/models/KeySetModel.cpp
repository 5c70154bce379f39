#include "models/KeySetModel.h"

#include "Icons.h"
#include "usecases/HydraDefaults.h"

#include <QLocale>
#include <QMimeData>

namespace jwk {

KeySetModel::KeySetModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void KeySetModel::setStore(const KeyStore* store, bool read)
{
    // Another store: no row of the last one stays (and "All keys" comes or goes with the store).
    beginResetModel();
    m_store = store;
    m_sets.clear();
    m_total = 0;
    m_due = {};
    endResetModel();
    if (read) {
        refresh();
    }
}

void KeySetModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

bool KeySetModel::isDue(const QString& name) const
{
    const DueEntry* e = m_due.find(name);
    return e && e->needsAttention();
}

QString KeySetModel::dueText(const QString& name) const
{
    const DueEntry* e = m_due.find(name);
    if (!e) {
        return {};
    }
    const QString every = tr("every %n day(s)", nullptr, e->rotateEveryDays);
    if (!e->dueAt.isValid()) {
        return e->signerUnknown ? tr("Rotation overdue: a key was changed without the system secret, so the signing "
                                     "key is not known (%1)")
                                      .arg(every)
                                : tr("Rotation overdue: the set has a rotation policy (%1) but no private key to "
                                     "sign with")
                                      .arg(every);
    }
    const QString when = QLocale().toString(e->dueAt.toLocalTime(), QLocale::ShortFormat);
    switch (e->status) {
    case DueStatus::Overdue:
        return tr("Rotation overdue since %1 (%2)").arg(when, every);
    case DueStatus::DueSoon:
        return tr("Rotation due on %1 (%2)").arg(when, every);
    case DueStatus::Ok:
        break;
    }
    return tr("Next rotation due on %1 (%2)").arg(when, every);
}

void KeySetModel::refresh()
{
    QList<KeySetInfo> sets;
    DueReport due;
    if (m_store) {
        try {
            sets = m_store->keySets();
        } catch (const std::exception& e) {
            // Keep showing what was there; the window says what went wrong.
            Q_EMIT readFailed(QString::fromUtf8(e.what()));
            return;
        }
        try {
            due = rotationDue(*m_store, m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
        } catch (const std::exception& e) {
            // A tampered policy: the sets are shown without badges, and the window says why.
            Q_EMIT readFailed(QString::fromUtf8(e.what()));
        }
    }
    apply(sets, due);
}

void KeySetModel::refresh(const StoreListing& listing)
{
    DueReport due;
    if (m_store) {
        try {
            due = rotationDue(*m_store, listing, m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
        } catch (const std::exception& e) {
            Q_EMIT readFailed(QString::fromUtf8(e.what()));
        }
    }
    apply(listing.sets, due);
}

void KeySetModel::apply(const QList<KeySetInfo>& sets, const DueReport& due)
{
    int total = 0;
    for (const auto& s : sets) {
        total += s.keyCount;
    }
    // Same names in the same order: update in place so that views keep their selection and scroll position.
    bool sameNames = sets.size() == m_sets.size();
    for (qsizetype i = 0; sameNames && i < sets.size(); ++i) {
        sameNames = sets[i].name == m_sets[i].name;
    }
    if (sameNames) {
        m_sets = sets;
        m_total = total;
        m_due = due;
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_sets = sets;
    m_total = total;
    m_due = due;
    endResetModel();
}

bool KeySetModel::isHydraSet(const QString& name)
{
    return HydraDefaults::setNames().contains(name);
}

int KeySetModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_store ? static_cast<int>(m_sets.size()) + 1 : 0;
}

int KeySetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeySetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool all = index.row() == 0;
    const KeySetInfo* set = all ? nullptr : &m_sets[index.row() - 1];
    const QString name = all ? QString() : set->name;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return all ? tr("All keys") : name;
        }
        return all ? m_total : set->keyCount;
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            const int count = all ? m_total : set->keyCount;
            const QString label = all ? tr("All keys") : name;
            const QString text = isHydraSet(name) ? tr("%1, Hydra key set, %n key(s)", nullptr, count).arg(label)
                                                  : tr("%1, %n key(s)", nullptr, count).arg(label);
            return isDue(name) ? text + QStringLiteral(", ") + dueText(name) : text;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == CountColumn) {
            // The badge of a set due for rotation, beside its count.
            const DueEntry* e = all ? nullptr : m_due.find(name);
            if (e && e->status == DueStatus::Overdue) {
                return Icons::icon(QStringLiteral("error"));
            }
            if (e && e->status == DueStatus::DueSoon) {
                return Icons::icon(QStringLiteral("warning"));
            }
            return {};
        }
        if (index.column() != NameColumn) {
            return {};
        }
        if (all) {
            return Icons::icon(QStringLiteral("all-keys"));
        }
        return Icons::icon(isHydraSet(name) ? QStringLiteral("hydra") : QStringLiteral("key-set"));
    case Qt::ToolTipRole: {
        if (all) {
            return tr("Every key of every set");
        }
        QStringList lines;
        if (isHydraSet(name)) {
            lines << tr("A key set Ory Hydra uses");
        }
        if (!set->description.isEmpty()) {
            lines << set->description;
        }
        lines << (set->signingKid.isEmpty() ? tr("No private key: Hydra could not sign with this set")
                                            : tr("Signs with %1").arg(set->signingKid));
        if (const QString due = dueText(name); !due.isEmpty()) {
            lines << due;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SetNameRole:
        return name;
    case IsAllKeysRole:
        return all;
    case IsHydraSetRole:
        return isHydraSet(name);
    case DueStatusRole: {
        const DueEntry* e = all ? nullptr : m_due.find(name);
        return e ? static_cast<int>(e->status) : -1;
    }
    default:
        return {};
    }
}

QVariant KeySetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Key set");
    case CountColumn:
        return tr("Keys");
    default:
        return {};
    }
}

Qt::ItemFlags KeySetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid()) {
        f |= Qt::ItemIsDropEnabled;
    }
    return f;
}

QStringList KeySetModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions KeySetModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool KeySetModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return data && data->hasUrls();
}

bool KeySetModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    // Dropped between rows or on empty space: no particular set.
    const QString setName = parent.isValid() ? parent.siblingAtColumn(0).data(SetNameRole).toString() : QString();
    Q_EMIT filesDropped(data->urls(), setName);
    return true;
}

int KeySetModel::rowOf(const QString& name) const
{
    if (name.isEmpty()) {
        return m_store ? 0 : -1;
    }
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        if (m_sets[i].name == name) {
            return static_cast<int>(i) + 1;
        }
    }
    return -1;
}

QStringList KeySetModel::setNames() const
{
    QStringList names;
    for (const auto& s : m_sets) {
        names << s.name;
    }
    return names;
}

} // namespace jwk
