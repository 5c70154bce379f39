#include "widgets/KeyStoreWidget.h"

#include "Icons.h"
#include "MessageBox.h"
#include "Settings.h"
#include "TrContexts.h"
#include "WindowActions.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "widgets/EmptyState.h"
#include "widgets/FirstRunWidget.h"
#include "widgets/KeyDetailsWidget.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace jwk {

KeyStoreWidget::KeyStoreWidget(const WindowActions* actions, QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("keyStoreWidget"));
    m_setModel = new KeySetModel(this);
    m_keyModel = new KeyModel(this);
    m_proxy = new KeyFilterProxyModel(this);
    m_proxy->setSourceModel(m_keyModel);
    connect(m_setModel, &KeySetModel::readFailed, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, 10000); });
    connect(m_setModel, &KeySetModel::filesDropped, this, &KeyStoreWidget::filesDropped);

    m_firstRun = new FirstRunWidget(this);
    addWidget(m_firstRun);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    const QString placeholder = MainWindowTr::tr("Search kid, alg, type, thumbprint, set (%1)")
                                    .arg(WindowActions::shortcut(ActionId::Find).toString(QKeySequence::NativeText));
    m_searchEdit->setPlaceholderText(placeholder);
    m_searchEdit->setAccessibleName(MainWindowTr::tr("Search keys"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    // Wide enough for the whole hint in any language, with the search icon and the clear button beside it.
    m_searchEdit->setMinimumWidth(std::max(320, m_searchEdit->fontMetrics().horizontalAdvance(placeholder) + 64));
    m_searchEdit->setAcceptDrops(false); // files dropped here are for import, like anywhere on the window
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Searching covers every set, as KeePassXC searches every group.
        const bool all = !text.trimmed().isEmpty() || currentSetName().isEmpty();
        if (all != m_loadedAll) {
            showSelectedSet();
        } else {
            m_proxy->setSearchText(text);
            if (!currentKey() && m_proxy->rowCount() > 0) {
                // The key shown was filtered out: the first one found is shown instead.
                m_keyView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                       QItemSelectionModel::Rows);
            }
            keySelectionChanged();
        }
        m_keysEmpty->update(); // "no key matches" names what was typed, keystroke by keystroke
        if (!text.trimmed().isEmpty()) {
            m_keysTitleLabel->setText(searchTitle());
        }
        Q_EMIT selectionChanged();
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_setView = new QTreeView(m_splitter);
    m_setView->setObjectName(QStringLiteral("setTreeView"));
    m_setView->setAccessibleName(MainWindowTr::tr("Key sets"));
    m_setView->setRootIsDecorated(false);
    m_setView->setUniformRowHeights(true);
    m_setView->setModel(m_setModel);
    m_setView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_setView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_setView->setAcceptDrops(true);
    m_setView->setDropIndicatorShown(true);
    m_setView->setDragDropMode(QAbstractItemView::DropOnly);
    m_setView->setDefaultDropAction(Qt::CopyAction);
    m_setView->header()->setSectionResizeMode(KeySetModel::NameColumn, QHeaderView::Stretch);
    // The count is as wide as its numbers (ResizeToContents would count the hidden header's "Schlüssel" too), and a
    // long set name keeps both ends: "hydra.jwt.acc…ss-token".
    m_setView->header()->setSectionResizeMode(KeySetModel::CountColumn, QHeaderView::Fixed);
    m_setView->setTextElideMode(Qt::ElideMiddle);
    m_setView->header()->setStretchLastSection(false);
    m_setView->setMinimumWidth(200);
    m_setView->setHeaderHidden(true); // names and counts speak for themselves, as in KeePassXC's group list
    connect(m_setView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedSet();
        Q_EMIT selectionChanged();
    });
    m_setsEmpty = new EmptyState(
        m_setView,
        [] {
            return MainWindowTr::tr("No key set is due for rotation.\nView \u203a Due for Rotation shows every set "
                                    "again.");
        },
        [this] {
            if (!m_dueFilter) {
                return false;
            }
            for (const auto& set : m_setModel->sets()) {
                if (m_setModel->isDue(set.name)) {
                    return false;
                }
            }
            return true;
        });
    // A reset shows every row again: the filter hides them anew.
    connect(m_setModel, &QAbstractItemModel::modelReset, this, &KeyStoreWidget::applyDueFilter);

    auto* middle = new QWidget(m_splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_keysTitleLabel = new QLabel(middle);
    m_keysTitleLabel->setObjectName(QStringLiteral("keysTitleLabel"));
    m_keysTitleLabel->setTextFormat(Qt::PlainText);
    m_keysTitleLabel->setContentsMargins(4, 2, 4, 2);
    middleLayout->addWidget(m_keysTitleLabel);
    m_keyView = new QTreeView(middle);
    m_keyView->setObjectName(QStringLiteral("keyTreeView"));
    m_keyView->setAccessibleName(MainWindowTr::tr("Keys"));
    m_keyView->setRootIsDecorated(false);
    m_keyView->setUniformRowHeights(true); // 100,000 rows scroll without measuring each
    m_keyView->setAlternatingRowColors(true);
    m_keyView->setSortingEnabled(true);
    m_keyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_keyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyView->setModel(m_proxy);
    m_keysEmpty = new EmptyState(m_keyView, [this] { return emptyKeysText(); });
    m_keyView->sortByColumn(KeyModel::CreatedColumn, Qt::DescendingOrder);
    m_keyView->setAllColumnsShowFocus(true);
    QHeaderView* header = m_keyView->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed starting widths: measuring 100,000 rows to fit the contents would stall the first paint.
    header->resizeSection(KeyModel::KidColumn, 125);
    header->resizeSection(KeyModel::TypeColumn, 95);
    header->resizeSection(KeyModel::AlgColumn, 75);
    header->resizeSection(KeyModel::UseColumn, 45);
    header->resizeSection(KeyModel::ThumbprintColumn, 90);
    header->resizeSection(KeyModel::CreatedColumn, 118);
    // The role column fits its longest word in the language shown (German "Signaturschlüssel"), with its icon.
    int roleWidth = 95;
    for (const KeyRole role :
         {KeyRole::Signing, KeyRole::Private, KeyRole::PublicOnly, KeyRole::CannotDecrypt, KeyRole::Tampered}) {
        roleWidth = std::max(roleWidth, m_keyView->fontMetrics().horizontalAdvance(KeyModel::roleLabel(role)) + 40);
    }
    header->resizeSection(KeyModel::RoleColumn, roleWidth);
    header->resizeSection(KeyModel::SetColumn, 160);
    // No column narrower than its title in the language shown (German "Fingerabdruck", "Algorithmus").
    for (int column = 0; column < m_keyModel->columnCount(); ++column) {
        const QString title = m_keyModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(
            column, std::max(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 28));
    }
    // In all keys and in search results the set says where each key is: it comes first, where it is seen.
    header->moveSection(header->visualIndex(KeyModel::SetColumn), 0);
    middleLayout->addWidget(m_keyView, 1);
    // The details follow the current row once it is also selected. A mouse press moves the current row before it
    // selects it (keyboard and code do it the other way round), so both signals lead to the same check.
    connect(m_keyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeyStoreWidget::keySelectionChanged);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyStoreWidget::keySelectionChanged);
    connect(m_keyView, &QTreeView::doubleClicked, this, [this] { m_details->tabs()->setFocus(); });

    m_details = new KeyDetailsWidget(m_splitter);
    m_details->setMinimumWidth(320);

    m_splitter->addWidget(m_setView);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({210, 640, 470});
    addWidget(m_splitter);

    setTabOrder(m_searchEdit, m_setView);
    setTabOrder(m_setView, m_keyView);
    setTabOrder(m_keyView, m_details);
    showContextMenus(actions);
}

void KeyStoreWidget::showContextMenus(const WindowActions* actions)
{
    // The same actions where the pointer is.
    m_keyView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_keyView, &QWidget::customContextMenuRequested, this, [this, actions](const QPoint& pos) {
        const WindowActions& a = *actions;
        QMenu menu(window());
        menu.addAction(a[ActionId::CopyJwk]);
        menu.addAction(a[ActionId::CopyPem]);
        menu.addAction(a[ActionId::CopyThumbprint]);
        menu.addMenu(a.copyPrivateMenu());
        menu.addSeparator();
        menu.addAction(a[ActionId::Export]);
        menu.addAction(a[ActionId::EditKey]);
        menu.addSeparator();
        menu.addAction(a[ActionId::Delete]);
        menu.exec(m_keyView->viewport()->mapToGlobal(pos));
    });
    m_setView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_setView, &QWidget::customContextMenuRequested, this, [this, actions](const QPoint& pos) {
        const WindowActions& a = *actions;
        QMenu menu(window());
        menu.addAction(a[ActionId::NewSet]);
        menu.addAction(a[ActionId::Generate]);
        menu.addAction(a[ActionId::Import]);
        menu.addSeparator();
        menu.addAction(a[ActionId::RenameSet]);
        menu.addAction(a[ActionId::ExportSet]);
        menu.addAction(a[ActionId::PublishClientKeys]);
        menu.addSeparator();
        menu.addAction(a[ActionId::RotationPolicy]);
        menu.addAction(a[ActionId::RotateNow]);
        menu.addSeparator();
        menu.addAction(a[ActionId::DeleteSet]);
        menu.exec(m_setView->viewport()->mapToGlobal(pos));
    });
}

void KeyStoreWidget::restoreLayout()
{
    Settings& s = Settings::instance();
    const QByteArray splitter = s.value(Settings::Key::SplitterState).toByteArray();
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
    const QByteArray header = s.value(Settings::Key::KeyHeaderState).toByteArray();
    if (!header.isEmpty()) {
        m_keyView->header()->restoreState(header);
        // A layout saved by a version that kept the set last.
        m_keyView->header()->moveSection(m_keyView->header()->visualIndex(KeyModel::SetColumn), 0);
    }
}

void KeyStoreWidget::saveLayout() const
{
    Settings& s = Settings::instance();
    s.setValue(Settings::Key::SplitterState, m_splitter->saveState());
    s.setValue(Settings::Key::KeyHeaderState, m_keyView->header()->saveState());
}

void KeyStoreWidget::setStore(KeyStore* store)
{
    m_details->showKey(std::nullopt);
    m_keyModel->clear();
    m_store = store;
    // reload() reads the sets and keys: once is enough for a store of 100,000.
    m_setModel->setStore(m_store, false);
    m_details->setStore(m_store);
    m_loadedAll = false;
    m_newStore = true;
    if (m_store) {
        m_firstRun->setStoreLocation(m_store->path());
    }
}

void KeyStoreWidget::fitSidebar()
{
    // The sidebar grows (never shrinks) to hold the longest name beside the count and a badge: a badge must not cut
    // "hydra.jwt.access-token" short. Before the window is shown (and its saved splitter restored) it waits.
    if (!m_splitter->isVisible()) {
        QTimer::singleShot(0, this, [this] {
            if (m_splitter->isVisible()) {
                fitSidebar();
            }
        });
        return;
    }
    int nameWidth = 0;
    for (int r = 0; r < m_setModel->rowCount(); ++r) {
        nameWidth = std::max(nameWidth, m_setView->fontMetrics().horizontalAdvance(
                                            m_setModel->index(r, KeySetModel::NameColumn).data().toString()));
    }
    const int needed = nameWidth + m_setView->iconSize().width() + m_setView->indentation() +
                       m_setView->header()->sectionSize(KeySetModel::CountColumn) + 24 + 2 * m_setView->frameWidth();
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes[0] > 0 && sizes[0] < needed) {
        const int grow = needed - sizes[0];
        sizes[0] += grow;
        sizes[1] = std::max(200, sizes[1] - grow);
        m_splitter->setSizes(sizes);
    }
}

void KeyStoreWidget::reload()
{
    const QString set = currentSetName();
    const auto key = currentKey();
    StoreListing listing;
    bool read = false;
    if (m_store) {
        try {
            listing = m_store->listing();
            read = true;
        } catch (const std::exception& e) {
            // The sets stay as they were; the window says what went wrong.
            Q_EMIT statusMessage(QString::fromUtf8(e.what()), 10000);
        }
    }
    if (read) {
        m_setModel->refresh(listing);
    }
    m_keyModel->setKeys(listing.keys);
    listing = {};
    int countWidth = 0;
    for (int r = 0; r < m_setModel->rowCount(); ++r) {
        const QString count = m_setModel->index(r, KeySetModel::CountColumn).data().toString();
        countWidth = std::max(countWidth, m_setView->fontMetrics().horizontalAdvance(count));
    }
    // The due badge sits beside the count.
    const bool badges = std::any_of(m_setModel->sets().begin(), m_setModel->sets().end(),
                                    [this](const KeySetInfo& s) { return m_setModel->isDue(s.name); });
    const int badgeWidth = badges ? m_setView->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6 : 0;
    const int countColumn = countWidth + 16 + badgeWidth;
    m_setView->header()->resizeSection(KeySetModel::CountColumn, countColumn);
    fitSidebar();
    // A new store starts on its first real set (or on "All keys" when there is none).
    const int row = m_newStore ? -1 : m_setModel->rowOf(set);
    m_newStore = false;
    {
        const QSignalBlocker blocker(m_setView->selectionModel());
        m_setView->setCurrentIndex(m_setModel->index(row >= 0 ? row : std::min(1, m_setModel->rowCount() - 1), 0));
    }
    applyDueFilter();
    showSelectedSet();
    if (key) {
        selectKey(key->setName, key->kid);
    }
    const bool empty = !m_store || m_setModel->sets().isEmpty();
    setCurrentWidget(empty ? static_cast<QWidget*>(m_firstRun) : m_splitter);
    Q_EMIT selectionChanged();
}

void KeyStoreWidget::setDueFilter(bool on)
{
    if (on == m_dueFilter) {
        return;
    }
    m_dueFilter = on;
    const QString before = currentSetName();
    applyDueFilter();
    if (currentSetName() != before) {
        showSelectedSet();
    }
    Q_EMIT selectionChanged();
}

void KeyStoreWidget::applyDueFilter()
{
    int firstShown = -1;
    for (int row = 0; row < m_setModel->rowCount(); ++row) {
        const QString name = m_setModel->index(row, 0).data(KeySetModel::SetNameRole).toString();
        const bool hidden = m_dueFilter && (row == 0 || !m_setModel->isDue(name));
        m_setView->setRowHidden(row, QModelIndex(), hidden);
        if (!hidden && firstShown < 0) {
            firstShown = row;
        }
    }
    const QModelIndex current = m_setView->currentIndex();
    if (current.isValid() && m_setView->isRowHidden(current.row(), QModelIndex())) {
        // The keys follow in the caller (setDueFilter, reload).
        const QSignalBlocker blocker(m_setView->selectionModel());
        if (firstShown >= 0) {
            m_setView->setCurrentIndex(m_setModel->index(firstShown, 0));
        } else {
            m_setView->selectionModel()->clear();
        }
    }
    m_setsEmpty->update();
}

bool KeyStoreWidget::isShowingFirstRun() const
{
    return currentWidget() == m_firstRun;
}

QString KeyStoreWidget::currentSetName() const
{
    const QModelIndex index = m_setView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(KeySetModel::SetNameRole).toString() : QString();
}

bool KeyStoreWidget::selectSet(const QString& name)
{
    const int row = m_setModel->rowOf(name);
    if (row < 0) {
        return false;
    }
    m_setView->setCurrentIndex(m_setModel->index(row, 0));
    return true;
}

bool KeyStoreWidget::selectKey(const QString& setName, const QString& kid)
{
    const int row = m_keyModel->rowOf(setName, kid);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_keyModel->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    m_keyView->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_keyView->scrollTo(index);
    return true;
}

std::optional<KeyInfo> KeyStoreWidget::currentKey() const
{
    const QModelIndex index = m_proxy->mapToSource(m_keyView->currentIndex());
    if (!index.isValid() || !m_keyView->selectionModel()->isRowSelected(m_keyView->currentIndex().row())) {
        return std::nullopt;
    }
    return m_keyModel->keyAt(index.row());
}

QList<KeyInfo> KeyStoreWidget::selectedKeys() const
{
    QList<KeyInfo> keys;
    for (const QModelIndex& index : m_keyView->selectionModel()->selectedRows()) {
        keys << m_keyModel->keyAt(m_proxy->mapToSource(index).row());
    }
    return keys;
}

int KeyStoreWidget::selectedKeyCount() const
{
    QList<std::pair<int, int>> spans;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (const QItemSelectionRange& range : m_keyView->selectionModel()->selection()) {
        if (range.left() != 0 || range.right() != lastColumn) {
            // Not whole rows (the view selects rows; something else made this): counted row by row.
            return static_cast<int>(m_keyView->selectionModel()->selectedRows().size());
        }
        spans.append({range.top(), range.bottom()});
    }
    std::sort(spans.begin(), spans.end());
    int count = 0;
    int covered = -1; // the last row counted
    for (const auto& [top, bottom] : spans) {
        if (bottom > covered) {
            count += bottom - std::max(top, covered + 1) + 1;
            covered = bottom;
        }
    }
    return count;
}

void KeyStoreWidget::showSelectedSet()
{
    const QString set = currentSetName();
    const bool all = set.isEmpty() || !m_searchEdit->text().trimmed().isEmpty();
    m_loadedAll = all;
    m_proxy->setFilter(all ? QString() : set, m_searchEdit->text());
    const int count = m_proxy->rowCount();
    m_keyView->setColumnHidden(KeyModel::SetColumn, !all);
    if (all) {
        m_keysTitleLabel->setText(m_searchEdit->text().trimmed().isEmpty()
                                      ? MainWindowTr::tr("All keys (%n)", nullptr, count)
                                      : searchTitle());
    } else {
        const auto info = m_setModel->sets().value(m_setModel->rowOf(set) - 1);
        m_keysTitleLabel->setText(
            info.tampered
                ? MainWindowTr::tr("%1: %n key(s); a key was changed without the system secret, so the signing key is "
                                   "not known",
                                   nullptr, count)
                      .arg(set)
            : info.signingKid.isEmpty()
                ? MainWindowTr::tr("%1: %n key(s), no signing key", nullptr, count).arg(set)
                : MainWindowTr::tr("%1: %n key(s), signs with %2", nullptr, count).arg(set, info.signingKid));
    }
    if (count > 0) {
        m_keyView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_keyView->scrollToTop();
        keySelectionChanged(); // also when the first row was current already
    } else {
        m_keyView->selectionModel()->clear();
        currentKeyChanged();
    }
}

QString KeyStoreWidget::emptyKeysText() const
{
    const QString search = m_searchEdit->text().trimmed();
    if (!search.isEmpty()) {
        return MainWindowTr::tr(
                   "No key matches \u201c%1\u201d.\nThe search looks at the kid, alg, type, thumbprint and "
                   "key set of every key.")
            .arg(search);
    }
    const QString set = currentSetName();
    const auto shortcut = [](ActionId id) { return WindowActions::shortcut(id).toString(QKeySequence::NativeText); };
    if (!set.isEmpty()) {
        return MainWindowTr::tr(
                   "Key set %1 has no keys.\nGenerate one (%2), import files (%3), or drop key files here.")
            .arg(set, shortcut(ActionId::Generate), shortcut(ActionId::Import));
    }
    return MainWindowTr::tr("No keys yet.\nGenerate one (%1), import files (%2), or drop key files here.")
        .arg(shortcut(ActionId::Generate), shortcut(ActionId::Import));
}

QString KeyStoreWidget::searchTitle() const
{
    // What the search found, not what it searched: "4 keys found in all key sets" over four rows.
    return MainWindowTr::tr("%n key(s) found in all key sets", nullptr, m_proxy->rowCount());
}

void KeyStoreWidget::currentKeyChanged()
{
    m_details->showKey(currentKey());
    Q_EMIT selectionChanged();
}

void KeyStoreWidget::keySelectionChanged()
{
    const std::optional<KeyInfo> key = currentKey();
    const std::optional<KeyInfo>& shown = m_details->key();
    const bool same =
        key.has_value() == shown.has_value() && (!key || (key->setName == shown->setName && key->kid == shown->kid));
    if (!same) {
        m_details->showKey(key); // the same key again keeps what the pane shows (private members, the tab)
    }
    Q_EMIT selectionChanged();
}

bool KeyStoreWidget::storeCall(const QString& what, const std::function<void()>& call)
{
    if (!m_store) {
        return false;
    }
    try {
        call();
        return true;
    } catch (const std::exception& e) {
        MessageBox::critical(window(), what, QString::fromUtf8(e.what()));
        return false;
    }
}

std::optional<JsonWebKey> KeyStoreWidget::loadPublic(const KeyInfo& key)
{
    if (!m_store || key.kty == QStringLiteral("oct")) {
        return std::nullopt;
    }
    try {
        return JsonWebKey::fromJson(m_store->publicJwk(key.setName, key.kid));
    } catch (const std::exception& e) {
        Q_EMIT statusMessage(QString::fromUtf8(e.what()), 5000);
        return std::nullopt;
    }
}

} // namespace jwk
