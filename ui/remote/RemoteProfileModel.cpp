#include "remote/RemoteProfileModel.h"

#include "Icons.h"
#include "remote/SavedRemotes.h"
#include "remote/TransportPolicy.h"
#include "store/KeyStore.h"

namespace jwk {

RemoteProfileModel::RemoteProfileModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RemoteProfileModel::setStore(const KeyStore* store)
{
    m_store = store;
    refresh();
}

void RemoteProfileModel::refresh()
{
    QList<RemoteProfile> profiles;
    if (m_store) {
        try {
            profiles = SavedRemotes(*m_store).list();
        } catch (const std::exception& e) {
            Q_EMIT readFailed(QString::fromUtf8(e.what()));
        }
    }
    setProfiles(profiles);
}

void RemoteProfileModel::setProfiles(const QList<RemoteProfile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int RemoteProfileModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == name) {
            return i;
        }
    }
    return -1;
}

QStringList RemoteProfileModel::names() const
{
    QStringList names;
    for (const auto& p : m_profiles) {
        names << p.name;
    }
    return names;
}

QString RemoteProfileModel::authenticationText(const RemoteProfile& profile)
{
    QStringList auth;
    if (!profile.bearerToken.isEmpty()) {
        auth << tr("bearer token");
    }
    for (const auto& header : profile.headers) {
        auth << tr("header %1").arg(QString::fromLatin1(header.first));
    }
    if (!profile.clientCertificatePem.isEmpty()) {
        auth << tr("client certificate");
    }
    return auth.isEmpty() ? tr("none") : auth.join(QStringLiteral(", "));
}

int RemoteProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int RemoteProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RemoteProfile& p = m_profiles[index.row()];
    const TransportCheck transport = checkTransport(p.adminUrl);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case UrlColumn:
            return p.adminUrl.toString(QUrl::RemoveUserInfo);
        case TransportColumn:
            if (!transport.allowed) {
                return tr("refused");
            }
            return transport.plainLoopback ? tr("http, loopback only (unencrypted)") : tr("https");
        case SetsColumn:
            return p.trackedSets.join(QStringLiteral(", "));
        case AuthColumn:
            return authenticationText(p);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TransportColumn || index.column() == UrlColumn) {
            if (!transport.allowed) {
                return transport.reason;
            }
            return transport.plainLoopback
                       ? tr("Plain http: allowed only because %1 is this computer (loopback). Nothing is encrypted.")
                             .arg(p.adminUrl.host())
                       : tr("https with full certificate verification");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            return Icons::icon(QStringLiteral("hydra"));
        }
        if (index.column() == TransportColumn) {
            return Icons::icon(!transport.allowed || transport.plainLoopback ? QStringLiteral("warning")
                                                                             : QStringLiteral("locked"));
        }
        break;
    case NameRole:
        return p.name;
    case PlainLoopbackRole:
        return transport.plainLoopback;
    default:
        break;
    }
    return {};
}

QVariant RemoteProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("Admin URL");
    case TransportColumn:
        return tr("Transport");
    case SetsColumn:
        return tr("Tracked key sets");
    case AuthColumn:
        return tr("Authentication");
    }
    return {};
}

} // namespace jwk
