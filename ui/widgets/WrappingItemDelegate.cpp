#include "widgets/WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace jwk {

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (opt.text.isEmpty()) {
        return size;
    }
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    // What the column leaves for the text: its width less the icon and the style's margins on both sides.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    int width = m_view->header()->sectionSize(index.column()) - 2 * margin;
    if (!opt.icon.isNull()) {
        width -= opt.decorationSize.width() + 2 * margin;
    }
    if (width <= 0) {
        return size;
    }
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, opt.text);
    size.setHeight(std::max(size.height(), text.height() + 2 * margin + 2));
    return size;
}

} // namespace jwk
