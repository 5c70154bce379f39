#include "remote/RemotePlanModel.h"

#include "Icons.h"

namespace jwk {

RemotePlanModel::RemotePlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RemotePlanModel::setRows(const QList<PlanRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

namespace {

QString privacy(bool isPrivate)
{
    return isPrivate ? RemotePlanModel::tr("private") : RemotePlanModel::tr("public only");
}

} // namespace

QList<PlanRow> RemotePlanModel::pullRows(const QList<SetDiff>& diffs)
{
    QList<PlanRow> rows;
    for (const auto& diff : diffs) {
        for (const auto& change : diff.changes) {
            PlanRow row;
            row.setName = diff.setName;
            row.kid = change.kid;
            row.localThumbprint = change.localThumbprint;
            row.remoteThumbprint = change.remoteThumbprint;
            switch (change.kind) {
            case KeyChange::Kind::Added:
                row.kind = PlanRow::Kind::Added;
                row.note = privacy(change.remotePrivate);
                break;
            case KeyChange::Kind::Removed:
                row.kind = PlanRow::Kind::Removed;
                row.note = privacy(change.localPrivate);
                break;
            case KeyChange::Kind::Changed:
                row.kind = PlanRow::Kind::Changed;
                row.note = change.localPrivate == change.remotePrivate
                               ? privacy(change.remotePrivate)
                               : tr("here %1, on the server %2")
                                     .arg(privacy(change.localPrivate), privacy(change.remotePrivate));
                break;
            case KeyChange::Kind::Unchanged:
                if (!change.keptLocalPrivate) {
                    continue;
                }
                // Shown so that nobody wonders: the pull keeps the private key here.
                row.kind = PlanRow::Kind::Kept;
                row.note = tr("kept private here; the server has only its public part");
                break;
            }
            if (!diff.remoteSigner.isEmpty() && change.kid == diff.remoteSigner &&
                change.kind != KeyChange::Kind::Removed) {
                row.note += tr("; becomes the signing key here");
            }
            rows << row;
        }
    }
    return rows;
}

QList<PlanRow> RemotePlanModel::pushSetRows(const PushSetPlan& plan)
{
    QList<PlanRow> rows;
    int n = 0;
    for (const auto& key : plan.send) {
        PlanRow row;
        row.kind = PlanRow::Kind::Sent;
        row.setName = plan.setName;
        row.kid = key.kid();
        row.localThumbprint = key.thumbprint();
        ++n;
        row.note = tr("sent %1 of %2, %3").arg(n).arg(plan.send.size()).arg(privacy(key.isPrivate()));
        if (key.kid() == plan.intendedSigner) {
            row.note += tr("; the signing key");
        }
        rows << row;
    }
    for (const auto& kid : plan.remoteDeletions) {
        PlanRow row;
        row.kind = PlanRow::Kind::Deleted;
        row.setName = plan.setName;
        row.kid = kid;
        row.note = tr("on the server only: deleted there");
        rows << row;
    }
    return rows;
}

QList<PlanRow> RemotePlanModel::remoteStateRows(const SetDiff& remote)
{
    QList<PlanRow> rows;
    for (const auto& key : remote.remoteKeys) {
        PlanRow row;
        row.kind = PlanRow::Kind::Kept;
        row.setName = remote.setName;
        row.kid = key.kid();
        row.remoteThumbprint = key.thumbprint();
        row.note = key.kid() == remote.remoteSigner ? tr("signing key") : privacy(key.isPrivate());
        rows << row;
    }
    return rows;
}

QString RemotePlanModel::kindText(PlanRow::Kind kind)
{
    switch (kind) {
    case PlanRow::Kind::Added:
        return tr("added");
    case PlanRow::Kind::Removed:
        return tr("removed");
    case PlanRow::Kind::Changed:
        return tr("changed");
    case PlanRow::Kind::Sent:
        return tr("sent");
    case PlanRow::Kind::Deleted:
        return tr("deleted on the server");
    case PlanRow::Kind::Kept:
        return tr("on the server");
    }
    return {};
}

int RemotePlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RemotePlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemotePlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SetColumn:
            return row.setName;
        case KidColumn:
            return row.kid;
        case ChangeColumn:
            return kindText(row.kind);
        case LocalColumn:
            return row.localThumbprint;
        case RemoteColumn:
            return row.remoteThumbprint;
        case NoteColumn:
            return row.note;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ChangeColumn) {
            switch (row.kind) {
            case PlanRow::Kind::Removed:
            case PlanRow::Kind::Deleted:
                return Icons::icon(QStringLiteral("delete"));
            case PlanRow::Kind::Changed:
                return Icons::icon(QStringLiteral("warning"));
            case PlanRow::Kind::Added:
                return Icons::icon(QStringLiteral("import"));
            case PlanRow::Kind::Sent:
                return Icons::icon(QStringLiteral("export"));
            case PlanRow::Kind::Kept:
                return Icons::icon(QStringLiteral("key"));
            }
        }
        return {};
    case KindRole:
        return static_cast<int>(row.kind);
    default:
        return {};
    }
}

QVariant RemotePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SetColumn:
        return tr("Key set");
    case KidColumn:
        return tr("Key ID");
    case ChangeColumn:
        return tr("Change");
    case LocalColumn:
        return tr("Thumbprint here");
    case RemoteColumn:
        return tr("Thumbprint on the server");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace jwk
