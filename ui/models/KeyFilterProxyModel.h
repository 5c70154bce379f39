#pragma once
// Search over the key table: every word of the search text must occur in the key's kid, alg, kty, type,
// thumbprint or set name (case-insensitive). Sorts by KeyModel::SortRole so that dates and sizes sort right.

#include <QSortFilterProxyModel>

namespace jwk {

class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit KeyFilterProxyModel(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace jwk
