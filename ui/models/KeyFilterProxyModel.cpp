#include "models/KeyFilterProxyModel.h"

#include "models/KeyModel.h"

namespace jwk {

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // collation is slow over 10,000 rows; kids and names are mostly ASCII
    setDynamicSortFilter(true);
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms) {
        return;
    }
    // Qt 6.4 has no begin/endFilterChange: invalidateFilter() is the way to re-run the filter.
    m_terms = terms;
    invalidateFilter();
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty()) {
        return true;
    }
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(KeyModel::SearchRole).toString();
    for (const auto& term : m_terms) {
        if (!haystack.contains(term)) {
            return false;
        }
    }
    return true;
}

} // namespace jwk
