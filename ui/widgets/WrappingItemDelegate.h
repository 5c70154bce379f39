#pragma once
// Rows of sentences in a QTreeView (the Checks tab's findings): each row as tall as its text wrapped at its column's
// width, so nothing is cut off with "…". QTreeView asks a delegate for the height without the column's width; this one
// measures with it, and the view lays its rows out again when a column is resized.

#include <QStyledItemDelegate>

class QTreeView;

namespace jwk {

class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Installs itself on `view` (word wrap on, no eliding, rows of their own heights).
    explicit WrappingItemDelegate(QTreeView* view);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};

} // namespace jwk
