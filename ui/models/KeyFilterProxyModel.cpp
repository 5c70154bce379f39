#include "models/KeyFilterProxyModel.h"

#include "models/KeyModel.h"
#include "models/KeySearchIndex.h"

#include <algorithm>
#include <numeric>

namespace jwk {
namespace {

int compareText(const QString& a, const QString& b)
{
    // Not locale-aware: collation is slow over 100,000 rows, and kids and names are mostly ASCII.
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void KeyFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const auto& c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_keys = qobject_cast<const KeyModel*>(sourceModel);
    Q_ASSERT(!sourceModel || m_keys);
    if (m_keys) {
        const auto begin = [this] { beginSourceChange(); };
        const auto end = [this] { endSourceChange(); };
        m_connections << connect(m_keys, &QAbstractItemModel::modelAboutToBeReset, this, begin)
                      << connect(m_keys, &QAbstractItemModel::modelReset, this, end)
                      << connect(m_keys, &QAbstractItemModel::layoutAboutToBeChanged, this, begin)
                      << connect(m_keys, &QAbstractItemModel::layoutChanged, this, end)
                      << connect(m_keys, &QAbstractItemModel::rowsAboutToBeInserted, this, begin)
                      << connect(m_keys, &QAbstractItemModel::rowsInserted, this, end)
                      << connect(m_keys, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin)
                      << connect(m_keys, &QAbstractItemModel::rowsRemoved, this, end)
                      << connect(m_keys, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                        const QList<int>& roles) {
                                     // Shown again as they are; the order and the filter follow at the next change.
                                     int first = -1;
                                     int last = -1;
                                     for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                                         const int p = m_proxyRow.value(row, -1);
                                         if (p >= 0) {
                                             first = first < 0 ? p : std::min(first, p);
                                             last = std::max(last, p);
                                         }
                                     }
                                     if (first >= 0) {
                                         Q_EMIT dataChanged(index(first, topLeft.column()),
                                                            index(last, bottomRight.column()), roles);
                                     }
                                 })
                      << connect(m_keys, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    sortAll();
    setRows(filtered(false));
    endResetModel();
}

void KeyFilterProxyModel::beginSourceChange()
{
    beginResetModel();
}

void KeyFilterProxyModel::endSourceChange()
{
    sortAll();
    setRows(filtered(false));
    endResetModel();
}

void KeyFilterProxyModel::setFilter(const QString& setName, const QString& searchText)
{
    const QStringList terms = searchText.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms && setName == m_setName) {
        return;
    }
    // Typing on: every old word is still within a new one, in the same set, so only the rows shown can stay.
    bool narrowing = setName == m_setName && terms.size() >= m_terms.size();
    for (qsizetype i = 0; narrowing && i < m_terms.size(); ++i) {
        narrowing = terms[i].contains(m_terms[i]);
    }
    m_setName = setName;
    m_terms = terms;
    m_needles = KeySearchIndex::needles(terms);
    changeRows(filtered(narrowing), QAbstractItemModel::NoLayoutChangeHint);
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    setFilter(m_setName, text);
}

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    changeRows(filtered(false), QAbstractItemModel::VerticalSortHint);
}

bool KeyFilterProxyModel::lessThan(int left, int right) const
{
    const KeyInfo& a = m_keys->keyAt(left);
    const KeyInfo& b = m_keys->keyAt(right);
    switch (m_sortColumn) {
    case KeyModel::KidColumn:
        return compareText(a.kid, b.kid) < 0;
    case KeyModel::TypeColumn:
        // Grouped by kty, then by size, then by curve (KeyModel::SortRole).
        if (const int c = compareText(a.kty, b.kty)) {
            return c < 0;
        }
        if (a.sizeBits != b.sizeBits) {
            return a.sizeBits < b.sizeBits;
        }
        return compareText(a.crv, b.crv) < 0;
    case KeyModel::AlgColumn:
        return compareText(a.alg, b.alg) < 0;
    case KeyModel::UseColumn:
        return compareText(a.use, b.use) < 0;
    case KeyModel::ThumbprintColumn:
        return compareText(a.thumbprint, b.thumbprint) < 0;
    case KeyModel::CreatedColumn:
        return a.sequence < b.sequence; // the store's order: newer is higher, even within the same millisecond
    case KeyModel::RoleColumn:
        return static_cast<int>(a.role) < static_cast<int>(b.role);
    case KeyModel::SetColumn:
        return compareText(a.setName, b.setName) < 0;
    }
    return left < right;
}

void KeyFilterProxyModel::sortAll()
{
    const int count = m_keys ? m_keys->rowCount() : 0;
    m_sorted.resize(count);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= KeyModel::ColumnCount || count < 2) {
        return;
    }
    // Stable, as QSortFilterProxyModel is: equal keys keep the store's order.
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return lessThan(a, b); });
    } else {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return lessThan(b, a); });
    }
}

QList<int> KeyFilterProxyModel::filtered(bool onlyShown) const
{
    if (!m_keys) {
        return {};
    }
    const QList<int>& candidates = onlyShown ? m_rows : m_sorted;
    if (m_setName.isEmpty() && m_needles.isEmpty()) {
        return candidates;
    }
    const KeySearchIndex* index = m_needles.isEmpty() ? nullptr : &m_keys->searchIndex();
    QList<int> rows;
    rows.reserve(candidates.size());
    for (const int row : candidates) {
        if ((m_setName.isEmpty() || m_keys->keyAt(row).setName == m_setName) &&
            (!index || index->matches(row, m_needles))) {
            rows.append(row);
        }
    }
    return rows;
}

void KeyFilterProxyModel::setRows(QList<int> rows)
{
    m_rows = std::move(rows);
    m_proxyRow.fill(-1, m_keys ? m_keys->rowCount() : 0);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_proxyRow[m_rows[i]] = static_cast<int>(i);
    }
}

void KeyFilterProxyModel::changeRows(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    // std::equal, not QList's ==: that passes an empty list's null data to memcmp (undefined behaviour).
    if (std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend())) {
        return; // nothing a view would show differently
    }
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // The selection and the current row follow their keys; a key filtered out leaves them.
    const QModelIndexList before = persistentIndexList();
    QList<int> sources;
    sources.reserve(before.size());
    for (const QModelIndex& index : before) {
        sources << (index.isValid() ? m_rows.value(index.row(), -1) : -1);
    }
    setRows(std::move(rows));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sources[i] >= 0 ? m_proxyRow.value(sources[i], -1) : -1;
        after << (row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

QModelIndex KeyFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex KeyFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex KeyFilterProxyModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int KeyFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KeyFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_keys ? 0 : m_keys->columnCount();
}

bool KeyFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant KeyFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_keys) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < m_rows.size() ? m_keys->headerData(m_rows[section], orientation, role)
                                                       : QVariant();
    }
    return m_keys->headerData(section, orientation, role);
}

QModelIndex KeyFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_keys || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size()) {
        return {};
    }
    return m_keys->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex KeyFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_keys || !sourceIndex.isValid() || sourceIndex.model() != m_keys) {
        return {};
    }
    const int row = m_proxyRow.value(sourceIndex.row(), -1);
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

} // namespace jwk
