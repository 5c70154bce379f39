#pragma once
// The remote Ory Hydra endpoints saved in the store: name, admin URL, how it is reached (https, or plain http to
// loopback, marked), the key sets tracked and how the client authenticates (never the credentials themselves).

#include "remote/RemoteProfile.h"

#include <QAbstractTableModel>

namespace jwk {

class KeyStore;

class RemoteProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UrlColumn, TransportColumn, SetsColumn, AuthColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, PlainLoopbackRole };

    explicit RemoteProfileModel(QObject* parent = nullptr);
    void setStore(const KeyStore* store);
    void refresh();
    // For tests and views that do not read a store.
    void setProfiles(const QList<RemoteProfile>& profiles);

    const RemoteProfile& profileAt(int row) const { return m_profiles.at(row); }
    int rowOf(const QString& name) const;
    QStringList names() const;
    static QString authenticationText(const RemoteProfile& profile);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readFailed(const QString& message);

private:
    const KeyStore* m_store = nullptr;
    QList<RemoteProfile> m_profiles;
};

} // namespace jwk
