#include "widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace jwk {

EmptyState::EmptyState(QAbstractItemView* view, std::function<QString()> text, std::function<bool()> isEmpty)
    : QObject(view)
    , m_model(view->model())
    , m_viewport(view->viewport())
    , m_text(std::move(text))
    , m_isEmpty(std::move(isEmpty))
    , m_label(new QLabel(view->viewport()))
{
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyState"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents); // drops and clicks reach the view beneath
    m_label->hide();
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = m_model;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    update();
}

void EmptyState::update()
{
    const bool empty = m_model && (m_model->rowCount() == 0 || (m_isEmpty && m_isEmpty()));
    if (empty) {
        m_label->setText(m_text());
        place();
    }
    m_label->setVisible(empty && !m_label->text().isEmpty());
}

bool EmptyState::isShown() const
{
    return !m_label->isHidden();
}

QString EmptyState::text() const
{
    return isShown() ? m_label->text() : QString();
}

void EmptyState::place()
{
    if (!m_viewport) {
        return;
    }
    const QRect area = m_viewport->rect().adjusted(24, 24, -24, -24);
    m_label->setGeometry(area);
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize) {
        place();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jwk
