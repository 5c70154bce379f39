#pragma once
// What a remote Hydra holds in the key sets a profile tracks, as last fetched: one row per set (on the server or
// not, its signing key, whether it differs from the local copy, a staged rotation in progress) with its keys as
// children, newest first, each with its role (the signing key, private, public only). Only public facts are kept:
// no key material is held by the model.

#include "remote/RemoteSync.h"
#include "store/KeyStore.h"

#include <QAbstractItemModel>

#include <optional>

namespace jwk {

struct RemoteKeyRow
{
    QString kid;
    QString type; // "RSA 2048"
    QString alg;
    QString use;
    QString thumbprint;
    bool isPrivate = false;
    bool isSigner = false;
    KeyChange::Kind change = KeyChange::Kind::Unchanged; // compared with the local copy
    bool privateHere = false;                            // public there, its private key here (a pull keeps it)
};

struct RemoteSetState
{
    QString setName;
    bool fetched = false;
    bool remoteMissing = false;
    bool differs = false;
    QString remoteSigner;
    QList<RemoteKeyRow> keys; // newest first
    std::optional<RotationState> rotation;

    // The remote half of a diff (planPull), key material dropped.
    static RemoteSetState fromDiff(const SetDiff& diff);
};

class RemoteSetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, TypeColumn, AlgColumn, UseColumn, ThumbprintColumn, ColumnCount };
    enum Role { SetNameRole = Qt::UserRole + 1, KidRole };

    explicit RemoteSetModel(QObject* parent = nullptr);

    // The tracked sets, not fetched yet (rotation states as the store has them).
    void setSets(const QList<RemoteSetState>& sets);
    // Replaces the state of the sets fetched (others keep theirs).
    void updateSets(const QList<RemoteSetState>& fetched);
    void setRotation(const QString& setName, const std::optional<RotationState>& rotation);
    const QList<RemoteSetState>& sets() const { return m_sets; }
    int rowOf(const QString& setName) const;
    static QString roleText(const RemoteKeyRow& key);
    static QString stateText(const RemoteSetState& set);
    static QString rotationText(const RotationState& rotation);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RemoteSetState> m_sets;
};

} // namespace jwk
