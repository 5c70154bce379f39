#include "widgets/ElidedLineEdit.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOptionFrame>

namespace jwk {

ElidedLineEdit::ElidedLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setFrame(false);
    setAcceptDrops(false);
}

void ElidedLineEdit::setFullText(const QString& text)
{
    m_full = text;
    setToolTip(text);
    updateShown();
}

void ElidedLineEdit::updateShown()
{
    if (hasFocus()) {
        if (text() != m_full) {
            setText(m_full);
        }
        return;
    }
    // The room the text has: the contents minus the line edit's own margins (as QLineEdit lays its text out).
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect room = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    const int width =
        room.width() - 2 * 2 - textMargins().left() - textMargins().right(); // QLineEdit's horizontal margin
    const QString shown = fontMetrics().horizontalAdvance(m_full) <= width
                              ? m_full
                              : fontMetrics().elidedText(m_full, Qt::ElideMiddle, std::max(width, 0));
    if (text() != shown) {
        setText(shown);
    }
    setCursorPosition(0);
}

void ElidedLineEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    updateShown();
}

void ElidedLineEdit::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    updateShown();
}

void ElidedLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    updateShown();
}

void ElidedLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateShown();
    }
}

} // namespace jwk
