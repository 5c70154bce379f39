#include "remote/RemoteWidget.h"

#include "Icons.h"
#include "InputDialog.h"
#include "MessageBox.h"
#include "audit/PublishedKeysDialog.h"
#include "remote/RemoteController.h"
#include "remote/RemoteProfileModel.h"
#include "remote/RemoteProfiles.h"
#include "remote/RemoteSetModel.h"
#include "store/KeyStore.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jwk {
namespace {

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")));
    return button;
}

} // namespace

RemoteWidget::RemoteWidget(RemoteController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("RemoteWidget"));
    m_addAction = makeAction(QStringLiteral("addRemoteAction"), tr("&Add\u2026"), QStringLiteral("new-set"),
                             QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editAction = makeAction(QStringLiteral("editRemoteAction"), tr("&Edit\u2026"), QStringLiteral("edit"),
                              QKeySequence(Qt::Key_F2));
    m_removeAction = makeAction(QStringLiteral("removeRemoteAction"), tr("Re&move\u2026"), QStringLiteral("delete"),
                                QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_fetchAction =
        makeAction(QStringLiteral("fetchAction"), tr("&Fetch"), QStringLiteral("search"), QKeySequence(Qt::Key_F5));
    m_pullAction = makeAction(QStringLiteral("pullAction"), tr("&Pull\u2026"), QStringLiteral("import"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_pushKeyAction = makeAction(QStringLiteral("pushKeyAction"), tr("Push &Key\u2026"), QStringLiteral("export"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_pushSetAction = makeAction(QStringLiteral("pushSetAction"), tr("Push &Set\u2026"), QStringLiteral("export"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_generateAction = makeAction(QStringLiteral("generateRemoteAction"), tr("&Generate on Server\u2026"),
                                  QStringLiteral("generate"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_deleteAction = makeAction(QStringLiteral("deleteRemoteAction"), tr("&Delete on Server\u2026"),
                                QStringLiteral("delete"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_rotateAction = makeAction(QStringLiteral("rotateAction"), tr("&Rotate\u2026"), QStringLiteral("signing"),
                                QKeySequence(Qt::CTRL | Qt::Key_R));
    m_publishedAction = makeAction(QStringLiteral("publishedKeysAction"), tr("P&ublished Keys\u2026"),
                                   QStringLiteral("public"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));

    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* remotesLabel = new QLabel(tr("&Remote Hydra admin endpoints"), top);
    topLayout->addWidget(remotesLabel);
    m_profileModel = new RemoteProfileModel(this);
    m_profileView = new QTreeView(top);
    m_profileView->setObjectName(QStringLiteral("remoteProfileView"));
    m_profileView->setAccessibleName(tr("Remote endpoints"));
    m_profileView->setRootIsDecorated(false);
    m_profileView->setUniformRowHeights(true);
    m_profileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileView->setModel(m_profileModel);
    m_profileView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_profileView->header()->setStretchLastSection(true);
    remotesLabel->setBuddy(m_profileView);
    topLayout->addWidget(m_profileView, 1);
    auto* profileButtons = new QHBoxLayout;
    for (QAction* a : {m_addAction, m_editAction, m_removeAction, m_publishedAction}) {
        profileButtons->addWidget(toolButton(a, top));
    }
    profileButtons->addStretch(1);
    topLayout->addLayout(profileButtons);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_setsLabel = new QLabel(bottom);
    m_setsLabel->setObjectName(QStringLiteral("setsLabel"));
    bottomLayout->addWidget(m_setsLabel);
    m_setModel = new RemoteSetModel(this);
    m_setView = new QTreeView(bottom);
    m_setView->setObjectName(QStringLiteral("remoteSetView"));
    m_setView->setAccessibleName(tr("Key sets on the remote"));
    m_setView->setUniformRowHeights(true);
    m_setView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_setView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_setView->setModel(m_setModel);
    // The state of a set is a sentence: it gets a column of its own width (elided, whole in the line below the
    // view and in the tool tip), so that type, algorithm and thumbprint stay in sight.
    m_setView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_setView->header()->setSectionResizeMode(RemoteSetModel::StateColumn, QHeaderView::Interactive);
    m_setView->header()->resizeSection(RemoteSetModel::StateColumn, 300);
    m_setView->header()->setStretchLastSection(true);
    m_setsLabel->setBuddy(m_setView);
    bottomLayout->addWidget(m_setView, 1);
    m_stateLabel = new QLabel(bottom);
    m_stateLabel->setObjectName(QStringLiteral("setStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottomLayout->addWidget(m_stateLabel);
    auto* setButtons = new QHBoxLayout;
    for (QAction* a : {m_fetchAction, m_pullAction, m_pushKeyAction, m_pushSetAction, m_generateAction, m_deleteAction,
                       m_rotateAction}) {
        setButtons->addWidget(toolButton(a, bottom));
    }
    setButtons->addStretch(1);
    bottomLayout->addLayout(setButtons);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    connect(m_addAction, &QAction::triggered, m_controller->profiles(), &RemoteProfiles::add);
    connect(m_editAction, &QAction::triggered, this, [this] { m_controller->profiles()->edit(currentRemote()); });
    connect(m_removeAction, &QAction::triggered, this, [this] { m_controller->profiles()->remove(currentRemote()); });
    connect(m_fetchAction, &QAction::triggered, this, [this] { m_controller->fetch(currentRemote()); });
    connect(m_pullAction, &QAction::triggered, this, [this] { m_controller->pull(currentRemote()); });
    connect(m_pushKeyAction, &QAction::triggered, this, &RemoteWidget::pushKey);
    connect(m_pushSetAction, &QAction::triggered, this,
            [this] { m_controller->pushSet(currentRemote(), currentSet()); });
    connect(m_generateAction, &QAction::triggered, this,
            [this] { m_controller->generate(currentRemote(), currentSet()); });
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { m_controller->deleteRemote(currentRemote(), currentSet(), currentKid()); });
    connect(m_rotateAction, &QAction::triggered, this, [this] { m_controller->rotate(currentRemote(), currentSet()); });
    connect(m_publishedAction, &QAction::triggered, this, &RemoteWidget::showPublishedKeys);
    connect(m_profileView, &QTreeView::doubleClicked, m_editAction, &QAction::trigger);

    connect(m_profileModel, &RemoteProfileModel::readFailed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Remote"), message); });
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RemoteWidget::remoteChanged);
    connect(m_setView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RemoteWidget::updateActions);
    // Empty lists say what to do.
    new EmptyState(m_profileView, [this] {
        return tr("No Hydra admin endpoint yet.\nAdd one (%1): its admin URL, such as "
                  "https://hydra-admin.example.com:4445 (http only to this machine).")
            .arg(m_addAction->shortcut().toString(QKeySequence::NativeText));
    });
    auto* setsEmpty = new EmptyState(m_setView, [this] {
        const QString remote = currentRemote();
        return remote.isEmpty() ? tr("Select an endpoint above to see its key sets.")
                                : tr("No key sets of %1 here yet.\nFetch (%2) reads what its admin API holds.")
                                      .arg(remote, m_fetchAction->shortcut().toString(QKeySequence::NativeText));
    });
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentRowChanged, setsEmpty, &EmptyState::update);
    connect(m_controller, &RemoteController::busyChanged, this, &RemoteWidget::updateActions);
    connect(m_controller->profiles(), &RemoteProfiles::changed, this, [this](const QString& current) {
        reload();
        if (!current.isEmpty()) {
            selectRemote(current);
        }
    });
    connect(m_controller, &RemoteController::remoteFetched, this, &RemoteWidget::fetched);
    connect(m_controller, &RemoteController::rotationChanged, this, [this](const QString& remote, const QString&) {
        if (remote == m_shownRemote) {
            const QString set = currentSet();
            const QString kid = currentKid();
            for (const auto& state : m_controller->profiles()->initialStates(remote)) {
                m_setModel->setRotation(state.setName, state.rotation);
            }
            selectSet(set, kid);
            updateActions();
        }
    });
    reload();
}

QAction* RemoteWidget::makeAction(const QString& objectName, const QString& text, const QString& icon,
                                  const QKeySequence& shortcut)
{
    auto* action = new QAction(Icons::icon(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(action->iconText(), shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void RemoteWidget::reload()
{
    const QString current = currentRemote();
    m_profileModel->setStore(m_controller->store());
    if (!selectRemote(current) && m_profileModel->rowCount() > 0) {
        selectRemote(m_controller->profiles()->lastRemote()) || selectRemote(m_profileModel->profileAt(0).name);
    }
    remoteChanged();
}

bool RemoteWidget::selectRemote(const QString& name)
{
    const int row = m_profileModel->rowOf(name);
    if (name.isEmpty() || row < 0) {
        return false;
    }
    m_profileView->selectionModel()->setCurrentIndex(m_profileModel->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool RemoteWidget::selectSet(const QString& setName, const QString& kid)
{
    const int row = m_setModel->rowOf(setName);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_setModel->index(row, 0);
    if (!kid.isEmpty()) {
        const QModelIndex parent = index;
        for (int i = 0; i < m_setModel->rowCount(parent); ++i) {
            const QModelIndex child = m_setModel->index(i, 0, parent);
            if (child.data(RemoteSetModel::KidRole).toString() == kid) {
                index = child;
                m_setView->expand(parent);
                break;
            }
        }
    }
    m_setView->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString RemoteWidget::currentRemote() const
{
    const QModelIndex index = m_profileView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(RemoteProfileModel::NameRole).toString() : QString();
}

QString RemoteWidget::currentSet() const
{
    const QModelIndex index = m_setView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(RemoteSetModel::SetNameRole).toString() : QString();
}

QString RemoteWidget::currentKid() const
{
    const QModelIndex index = m_setView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(RemoteSetModel::KidRole).toString() : QString();
}

void RemoteWidget::setLocalKeyHint(const QString& setName, const QString& kid)
{
    m_hintSet = setName;
    m_hintKid = kid;
}

void RemoteWidget::remoteChanged()
{
    const QString remote = currentRemote();
    const QString set = remote == m_shownRemote ? currentSet() : QString();
    const QString kid = remote == m_shownRemote ? currentKid() : QString();
    m_shownRemote = remote;
    m_setModel->setSets(m_controller->profiles()->initialStates(remote));
    if (m_fetched.contains(remote)) {
        m_setModel->updateSets(m_fetched.value(remote));
    }
    m_setView->expandAll();
    if (!selectSet(set, kid) && m_setModel->rowCount() > 0) {
        selectSet(m_setModel->sets().first().setName);
    }
    m_setsLabel->setText(remote.isEmpty() ? tr("&Key sets") : tr("&Key sets tracked on %1").arg(remote));
    updateActions();
}

void RemoteWidget::fetched(const QString& remote, const QList<RemoteSetState>& sets)
{
    QList<RemoteSetState>& cached = m_fetched[remote];
    for (const auto& state : sets) {
        bool replaced = false;
        for (auto& c : cached) {
            if (c.setName == state.setName) {
                c = state;
                replaced = true;
            }
        }
        if (!replaced) {
            cached << state;
        }
    }
    if (remote == m_shownRemote) {
        const QString set = currentSet();
        const QString kid = currentKid();
        m_setModel->setSets(m_controller->profiles()->initialStates(remote));
        m_setModel->updateSets(cached);
        m_setView->expandAll();
        if (!selectSet(set, kid)) {
            selectSet(set);
        }
        updateActions();
    }
}

void RemoteWidget::showPublishedKeys()
{
    const auto profile = m_controller->profiles()->load(currentRemote());
    if (!profile) {
        return;
    }
    PublishedKeysDialog::openForRemote(m_controller->store(), *profile, window());
}

void RemoteWidget::updateActions()
{
    const bool idle = m_controller->store() && !m_controller->isBusy();
    const bool remote = idle && !currentRemote().isEmpty();
    const bool set = remote && !currentSet().isEmpty();
    m_addAction->setEnabled(idle);
    for (QAction* a : {m_editAction, m_removeAction, m_fetchAction, m_pullAction, m_generateAction}) {
        a->setEnabled(remote);
    }
    m_publishedAction->setEnabled(m_controller->store() && !currentRemote().isEmpty()); // reads only: also while busy
    for (QAction* a : {m_pushKeyAction, m_pushSetAction, m_deleteAction, m_rotateAction}) {
        a->setEnabled(set);
    }
    const int setRow = m_setModel->rowOf(currentSet());
    m_stateLabel->setText(setRow < 0 ? QString()
                                     : QStringLiteral("%1: %2").arg(
                                           currentSet(), RemoteSetModel::stateText(m_setModel->sets().at(setRow))));
    m_deleteAction->setText(currentKid().isEmpty() ? tr("&Delete Set on Server\u2026")
                                                   : tr("&Delete Key on Server\u2026"));
    std::optional<RotationState> rotation;
    if (set) {
        const int row = m_setModel->rowOf(currentSet());
        rotation = row >= 0 ? m_setModel->sets().at(row).rotation : std::nullopt;
    }
    // The step the Rotate action takes next is the one RemoteSync takes (the CLI's `remote rotate` asks the same).
    switch (RemoteSync::nextRotationStep(rotation)) {
    case RotationStep::Publish:
        m_rotateAction->setText(tr("&Rotate: Publish\u2026"));
        break;
    case RotationStep::Activate:
        m_rotateAction->setText(tr("&Rotate: Activate\u2026"));
        break;
    case RotationStep::Retire:
        m_rotateAction->setText(tr("&Rotate: Retire\u2026"));
        break;
    }
}

void RemoteWidget::pushKey()
{
    const QString remote = currentRemote();
    const QString set = currentSet();
    KeyStore* store = m_controller->store();
    if (remote.isEmpty() || set.isEmpty() || !store) {
        return;
    }
    QStringList items;
    QStringList kids;
    QString current;
    try {
        for (const auto& key : store->keys(set)) {
            const QString item =
                QStringLiteral("%1 (%2, %3)").arg(key.kid, key.typeDescription(), keyRoleName(key.role));
            items << item;
            kids << key.kid;
            if ((set == m_hintSet && key.kid == m_hintKid) || key.kid == currentKid()) {
                current = item;
            }
        }
    } catch (const std::exception& e) {
        MessageBox::critical(this, tr("Push Key"), QString::fromUtf8(e.what()));
        return;
    }
    if (items.isEmpty()) {
        MessageBox::information(this, tr("Push Key"), tr("Key set %1 holds no keys here to push.").arg(set));
        return;
    }
    bool ok = false;
    const QString chosen = InputDialog::getItem(this, tr("Push Key"), tr("Key of %1 to send to %2:").arg(set, remote),
                                                items, current, false, &ok);
    if (!ok) {
        return;
    }
    // The answer may be the item shown or, from a test hook, the kid itself.
    const qsizetype index = items.indexOf(chosen);
    const QString kid = index >= 0 ? kids.at(index) : chosen;
    if (!kids.contains(kid)) {
        return;
    }
    m_controller->pushKey(remote, set, kid);
}

} // namespace jwk
