#include "remote/RemoteSetModel.h"

#include "Icons.h"

#include <QHash>

namespace jwk {

RemoteSetState RemoteSetState::fromDiff(const SetDiff& diff)
{
    RemoteSetState state;
    state.setName = diff.setName;
    state.fetched = true;
    state.remoteMissing = diff.remoteMissing;
    state.differs = diff.hasChanges();
    state.remoteSigner = diff.remoteSigner;
    // Each kid's change, found once (a search of every change for each key took minutes for 100,000 keys).
    QHash<QString, const KeyChange*> changeOf;
    changeOf.reserve(diff.changes.size());
    for (const auto& change : diff.changes) {
        changeOf.insert(change.kid, &change);
    }
    for (const auto& key : diff.remoteKeys) {
        RemoteKeyRow row;
        row.kid = key.kid();
        row.type = key.typeDescription();
        row.alg = key.alg();
        row.use = key.use();
        row.thumbprint = key.thumbprint();
        row.isPrivate = key.isPrivate();
        row.isSigner = !diff.remoteSigner.isEmpty() && key.kid() == diff.remoteSigner;
        if (const KeyChange* change = changeOf.value(row.kid)) {
            row.change = change->kind;
            row.privateHere = change->keptLocalPrivate;
        }
        state.keys << row;
    }
    return state;
}

RemoteSetModel::RemoteSetModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void RemoteSetModel::setSets(const QList<RemoteSetState>& sets)
{
    beginResetModel();
    m_sets = sets;
    endResetModel();
}

void RemoteSetModel::updateSets(const QList<RemoteSetState>& fetched)
{
    // A reset: the children of a set change in number.
    beginResetModel();
    for (const auto& state : fetched) {
        const int row = rowOf(state.setName);
        if (row >= 0) {
            const auto rotation = m_sets[row].rotation;
            m_sets[row] = state;
            m_sets[row].rotation = rotation;
        } else {
            m_sets << state;
        }
    }
    endResetModel();
}

void RemoteSetModel::setRotation(const QString& setName, const std::optional<RotationState>& rotation)
{
    const int row = rowOf(setName);
    if (row < 0) {
        return;
    }
    m_sets[row].rotation = rotation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RemoteSetModel::rowOf(const QString& setName) const
{
    for (int i = 0; i < m_sets.size(); ++i) {
        if (m_sets[i].setName == setName) {
            return i;
        }
    }
    return -1;
}

QString RemoteSetModel::roleText(const RemoteKeyRow& key)
{
    QString role = key.isSigner ? tr("signing key") : key.isPrivate ? tr("private") : tr("public only");
    switch (key.change) {
    case KeyChange::Kind::Added:
        return tr("%1; not here").arg(role);
    case KeyChange::Kind::Changed:
        return tr("%1; differs from here").arg(role);
    default:
        return key.privateHere ? tr("%1; private here").arg(role) : role;
    }
}

QString RemoteSetModel::rotationText(const RotationState& rotation)
{
    switch (rotation.step) {
    case RotationState::Step::Published:
        return tr("rotation: %1 published, activate next").arg(rotation.newKid);
    case RotationState::Step::Activated:
        return tr("rotation: %1 signs, retire %2 next")
            .arg(rotation.newKid, rotation.oldKid.isEmpty() ? tr("(no old key)") : rotation.oldKid);
    case RotationState::Step::Retired:
        return tr("rotation complete");
    }
    return {};
}

QString RemoteSetModel::stateText(const RemoteSetState& set)
{
    QString text;
    if (!set.fetched) {
        text = tr("not fetched yet");
    } else if (set.remoteMissing) {
        text = tr("not on the server");
    } else {
        text = set.remoteSigner.isEmpty()
                   ? tr("%n key(s), no signing key", nullptr, static_cast<int>(set.keys.size()))
                   : tr("%n key(s), signs with %1", nullptr, static_cast<int>(set.keys.size())).arg(set.remoteSigner);
        text += set.differs ? tr("; differs from the local copy") : tr("; same as the local copy");
    }
    if (set.rotation) {
        text += QStringLiteral("; ") + rotationText(*set.rotation);
    }
    return text;
}

QModelIndex RemoteSetModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // internalId 0: a set; n > 0: a key of the set in row n - 1.
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row() + 1) : quintptr(0));
}

QModelIndex RemoteSetModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int RemoteSetModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_sets.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_sets.at(parent.row()).keys.size());
}

int RemoteSetModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant RemoteSetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const RemoteSetState& set = m_sets.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) {
                return set.setName;
            }
            if (index.column() == StateColumn) {
                return stateText(set);
            }
            return {};
        case Qt::ToolTipRole:
            return index.column() == StateColumn ? stateText(set) : QVariant();
        case Qt::DecorationRole:
            if (index.column() == NameColumn) {
                return Icons::icon(QStringLiteral("key-set"));
            }
            if (index.column() == StateColumn && set.fetched) {
                return Icons::icon(set.differs || set.remoteMissing ? QStringLiteral("warning") : QStringLiteral("ok"));
            }
            return {};
        case SetNameRole:
            return set.setName;
        case KidRole:
            return QString();
        default:
            return {};
        }
    }
    const RemoteSetState& set = m_sets.at(static_cast<int>(index.internalId() - 1));
    const RemoteKeyRow& key = set.keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return key.kid;
        case StateColumn:
            return roleText(key);
        case TypeColumn:
            return key.type;
        case AlgColumn:
            return key.alg;
        case UseColumn:
            return key.use;
        case ThumbprintColumn:
            return key.thumbprint;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            return Icons::icon(key.isSigner    ? QStringLiteral("signing")
                               : key.isPrivate ? QStringLiteral("private")
                                               : QStringLiteral("public"));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            return roleText(key);
        }
        return index.column() == ThumbprintColumn ? tr("RFC 7638 thumbprint (SHA-256): %1").arg(key.thumbprint)
                                                  : QVariant();
    case SetNameRole:
        return set.setName;
    case KidRole:
        return key.kid;
    default:
        return {};
    }
}

QVariant RemoteSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Key set / kid");
    case StateColumn:
        return tr("On the server");
    case TypeColumn:
        return tr("Type");
    case AlgColumn:
        return tr("Algorithm");
    case UseColumn:
        return tr("Use");
    case ThumbprintColumn:
        return tr("Thumbprint (SHA-256)");
    }
    return {};
}

} // namespace jwk
