#include "dialogs/TrashDialog.h"

#include "Icons.h"
#include "MessageBox.h"
#include "models/TrashModel.h"
#include "store/KeyStore.h"
#include "widgets/EmptyState.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace jwk {

TrashDialog::TrashDialog(KeyStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("TrashDialog"));
    setWindowTitle(tr("Trash"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Deleted keys and key sets stay here until the trash is emptied."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_model = new TrashModel(this);
    connect(m_model, &TrashModel::readFailed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Trash"), message); });
    m_model->setStore(store);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("trashTreeView"));
    m_view->setAccessibleName(tr("Trash"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setModel(m_model);
    new EmptyState(m_view, [] {
        return tr("The trash is empty.\nDeleted keys and key sets wait here, to be restored, until the trash is "
                  "emptied.");
    });
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setIcon(Icons::icon(QStringLiteral("restore")));
    m_emptyButton = buttons->addButton(tr("&Empty Trash\u2026"), QDialogButtonBox::DestructiveRole);
    m_emptyButton->setObjectName(QStringLiteral("emptyTrashButton"));
    m_emptyButton->setIcon(Icons::icon(QStringLiteral("delete")));
    // Return closes the dialog: neither restoring nor emptying is ever the default.
    m_restoreButton->setAutoDefault(false);
    m_emptyButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_emptyButton, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashDialog::updateButtons);
    updateButtons();
    resize(600, 400);
}

void TrashDialog::updateButtons()
{
    m_restoreButton->setEnabled(m_view->selectionModel()->hasSelection());
    m_emptyButton->setEnabled(m_model->rowCount() > 0);
}

void TrashDialog::restoreSelected()
{
    std::set<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows.insert(index.row());
    }
    QStringList problems;
    for (int row : rows) {
        const TrashEntry entry = m_model->entryAt(row);
        try {
            if (entry.kid.isEmpty()) {
                m_store->trash().restoreSet(entry.setName);
            } else {
                m_store->trash().restoreKey(entry.setName, entry.kid);
            }
        } catch (const std::exception& e) {
            problems << QString::fromUtf8(e.what());
        }
    }
    m_model->refresh();
    Q_EMIT storeChanged();
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Restore"),
                            tr("Some items could not be restored:\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
}

void TrashDialog::emptyTrash()
{
    const auto answer = MessageBox::question(
        this, tr("Empty Trash?"),
        tr("The %n item(s) in the trash will be deleted for good, with their private keys. "
           "This cannot be undone.",
           nullptr, m_model->rowCount()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Empty Trash")}});
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        m_store->trash().empty();
    } catch (const std::exception& e) {
        MessageBox::critical(this, tr("Empty Trash"), QString::fromUtf8(e.what()));
    }
    m_model->refresh();
    Q_EMIT storeChanged();
}

} // namespace jwk
