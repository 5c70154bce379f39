#pragma once
// The rows of a remote change shown before it is made: the difference of a pull (each key added, removed or
// changed, by kid and thumbprint on both sides), the keys a whole-set push sends (in order, the signer last) and
// the remote keys it deletes, or the remote state a rotation step starts from. Only public facts, no key material.

#include "remote/RemoteSync.h"

#include <QAbstractTableModel>

namespace jwk {

struct PlanRow
{
    enum class Kind { Added, Removed, Changed, Sent, Deleted, Kept };
    Kind kind = Kind::Kept;
    QString setName;
    QString kid;
    QString localThumbprint;
    QString remoteThumbprint;
    QString note; // "signing key", "private", ...
};

class RemotePlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SetColumn, KidColumn, ChangeColumn, LocalColumn, RemoteColumn, NoteColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit RemotePlanModel(QObject* parent = nullptr);

    void setRows(const QList<PlanRow>& rows);
    const QList<PlanRow>& rows() const { return m_rows; }
    // Every key of the diffs that is not unchanged (a pull).
    static QList<PlanRow> pullRows(const QList<SetDiff>& diffs);
    // The keys sent, oldest first and the intended signer last, then the remote keys deleted (a whole-set push).
    static QList<PlanRow> pushSetRows(const PushSetPlan& plan);
    // The remote keys, newest first, with their roles (before a rotation step).
    static QList<PlanRow> remoteStateRows(const SetDiff& remote);
    static QString kindText(PlanRow::Kind kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanRow> m_rows;
};

} // namespace jwk
