#pragma once
// The certificates of a key's x5c, leaf first: subject, issuer, validity and whether each is signed by the next.

#include "keys/Certificate.h"

#include <QAbstractTableModel>

namespace jwk {

class CertificateChainModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, IssuerColumn, NotAfterColumn, StatusColumn, ColumnCount };

    explicit CertificateChainModel(QObject* parent = nullptr);
    void setChain(QList<Certificate> chain);
    const QList<Certificate>& chain() const { return m_chain; }
    // For people: "valid", "expired", "not yet valid", "not signed by the next certificate".
    QString status(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Certificate> m_chain;
};

} // namespace jwk
