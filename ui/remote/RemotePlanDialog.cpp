#include "remote/RemotePlanDialog.h"

#include "Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jwk {

RemotePlanDialog::RemotePlanDialog(const QString& title, const QString& summary, const QList<PlanRow>& rows,
                                   const QString& actionText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RemotePlanDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(summary, this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryLabel);

    m_model = new RemotePlanModel(this);
    m_model->setRows(rows);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("planTreeView"));
    m_view->setAccessibleName(tr("Keys this changes"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setVisible(!rows.isEmpty());
    // A column no row fills (thumbprints here before a rotation, say) only pushes the notes out of sight.
    for (int column :
         {int(RemotePlanModel::LocalColumn), int(RemotePlanModel::RemoteColumn), int(RemotePlanModel::NoteColumn)}) {
        bool empty = true;
        for (int row = 0; row < m_model->rowCount() && empty; ++row) {
            empty = m_model->index(row, column).data().toString().isEmpty();
        }
        m_view->setColumnHidden(column, empty && !rows.isEmpty());
    }
    layout->addWidget(m_view, 1);

    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->hide();
    layout->addWidget(m_warningsLabel);

    m_confirmCheck = new QCheckBox(this);
    m_confirmCheck->setObjectName(QStringLiteral("confirmCheckBox"));
    m_confirmCheck->hide();
    layout->addWidget(m_confirmCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_actionButton = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_actionButton->setObjectName(QStringLiteral("actionButton"));
    // Cancel is the default: Enter never changes a server by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_actionButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmCheck, &QCheckBox::toggled, m_actionButton, &QPushButton::setEnabled);
    resize(rows.isEmpty() ? 520 : 900, rows.isEmpty() ? sizeHint().height() : 420);
}

void RemotePlanDialog::setWarnings(const QStringList& warnings)
{
    m_warningsLabel->setVisible(!warnings.isEmpty());
    QStringList lines;
    for (const auto& w : warnings) {
        lines << QStringLiteral("\u26a0 ") + w;
    }
    m_warningsLabel->setText(lines.join(QLatin1Char('\n')));
}

void RemotePlanDialog::requireConfirmation(const QString& text)
{
    m_confirmCheck->setText(text);
    m_confirmCheck->setChecked(false);
    m_confirmCheck->show();
    m_actionButton->setEnabled(false);
}

void RemotePlanDialog::hideSetColumn(bool hide)
{
    m_view->setColumnHidden(RemotePlanModel::SetColumn, hide);
}

QString RemotePlanDialog::summary() const
{
    return m_summaryLabel->text();
}

QString RemotePlanDialog::warningsText() const
{
    return m_warningsLabel->text();
}

} // namespace jwk
