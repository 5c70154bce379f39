#include "models/CertificateChainModel.h"

#include "Icons.h"

#include <QLocale>

namespace jwk {

CertificateChainModel::CertificateChainModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CertificateChainModel::setChain(QList<Certificate> chain)
{
    beginResetModel();
    m_chain = std::move(chain);
    endResetModel();
}

QString CertificateChainModel::status(int row) const
{
    const Certificate& c = m_chain.at(row);
    if (c.isExpired()) {
        return tr("expired");
    }
    if (c.isNotYetValid()) {
        return tr("not yet valid");
    }
    if (row + 1 < m_chain.size() && !c.isIssuedBy(m_chain.at(row + 1))) {
        return tr("not signed by the next certificate");
    }
    if (row + 1 == m_chain.size() && c.isSelfIssued()) {
        return tr("valid, self-signed");
    }
    return tr("valid");
}

int CertificateChainModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_chain.size());
}

int CertificateChainModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateChainModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Certificate& c = m_chain[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SubjectColumn:
            return c.subject();
        case IssuerColumn:
            return c.issuer();
        case NotAfterColumn:
            return QLocale().toString(c.notAfter().toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return status(index.row());
        }
    }
    if (role == Qt::DecorationRole && index.column() == SubjectColumn) {
        return Icons::icon(QStringLiteral("certificate"));
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        const bool ok = !c.isExpired() && !c.isNotYetValid() &&
                        (index.row() + 1 >= m_chain.size() || c.isIssuedBy(m_chain.at(index.row() + 1)));
        return Icons::icon(ok ? QStringLiteral("ok") : QStringLiteral("warning"));
    }
    return {};
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case NotAfterColumn:
        return tr("Valid until");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace jwk
