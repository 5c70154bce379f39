#include "remote/RemoteDialog.h"

#include "Icons.h"
#include "remote/RemoteController.h"
#include "remote/RemoteWidget.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace jwk {

RemoteDialog::RemoteDialog(RemoteController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("RemoteDialog"));
    setWindowTitle(tr("Remote Endpoints"));
    setWindowIcon(Icons::icon(QStringLiteral("hydra")));
    auto* layout = new QVBoxLayout(this);
    m_widget = new RemoteWidget(controller, this);
    layout->addWidget(m_widget, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 620);
}

void RemoteDialog::reject()
{
    if (m_controller->isBusy()) {
        return;
    }
    QDialog::reject();
}

void RemoteDialog::showEvent(QShowEvent* event)
{
    m_controller->setDialogParent(this);
    QDialog::showEvent(event);
}

void RemoteDialog::hideEvent(QHideEvent* event)
{
    if (m_controller->dialogParent() == this) {
        m_controller->setDialogParent(nullptr);
    }
    QDialog::hideEvent(event);
}

} // namespace jwk
