#include "MainWindow.h"

#include "Appearance.h"
#include "Clipboard.h"
#include "EditController.h"
#include "ExportController.h"
#include "GenerateController.h"
#include "Icons.h"
#include "ImportController.h"
#include "MessageBox.h"
#include "RotationController.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "StoreOpener.h"
#include "StoreWatcher.h"
#include "WindowActions.h"
#include "audit/PublishedKeysDialog.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/SettingsDialog.h"
#include "hydradb/HydraDbWindow.h"
#include "models/KeySetModel.h"
#include "remote/RemoteController.h"
#include "remote/RemoteDialog.h"
#include "remote/RemoteProfiles.h"
#include "remote/RemoteWidget.h"
#include "store/ServerLocation.h"
#include "token/TokenWindow.h"
#include "widgets/DueNotice.h"
#include "widgets/FirstRunWidget.h"
#include "widgets/KeyDetailsWidget.h"
#include "widgets/KeyStoreWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace jwk {

MainWindow::MainWindow(std::unique_ptr<KeyStore> store, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Qt adds the application's display name ("JWK Manager") unless the title ends with it already.
    setWindowTitle(tr("JWK Manager"));
    setWindowIcon(Icons::appIcon());
    setAcceptDrops(true);

    m_undoStack = new QUndoStack(this);
    m_actions = new WindowActions(this, m_undoStack);
    m_view = new KeyStoreWidget(m_actions, this);
    setCentralWidget(m_view);
    m_edit = new EditController(m_view, m_undoStack, this);
    m_generate = new GenerateController(m_view, this);
    m_import = new ImportController(m_view, this);
    m_export = new ExportController(m_view, this);
    m_remote = new RemoteController(this, this);
    m_rotation = new RotationController(m_view, m_remote, this);
    m_watcher = new StoreWatcher(this);
    connect(m_watcher, &StoreWatcher::changed, this, &MainWindow::storeChangedElsewhere);
    // Due dates move with the clock, not only with the store: a window left open judges them again every hour.
    auto* dueClock = new QTimer(this);
    dueClock->setInterval(std::chrono::hours(1));
    connect(dueClock, &QTimer::timeout, this, [this] {
        if (m_store && !m_import->isImporting() && !m_generate->isBusy() && !m_remote->isBusy()) {
            m_view->reload();
        }
    });
    dueClock->start();

    const auto status = [this](const QString& text, int timeoutMs) { showStatus(text, timeoutMs); };
    connect(m_view, &KeyStoreWidget::statusMessage, this, status);
    connect(m_edit, &EditController::statusMessage, this, status);
    connect(m_generate, &GenerateController::statusMessage, this, status);
    connect(m_import, &ImportController::statusMessage, this, status);
    connect(m_export, &ExportController::statusMessage, this, status);
    connect(m_rotation, &RotationController::statusMessage, this, status);
    connect(m_remote, &RemoteController::statusMessage, this, [this](const QString& text) { showStatus(text, 8000); });

    connect(m_view, &KeyStoreWidget::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &KeyStoreWidget::filesDropped, m_import, &ImportController::importDroppedOnSet);
    connect(m_view->details(), &KeyDetailsWidget::copyRequested, this,
            [this](const QString& text, bool secret, const QString& what) {
                m_export->copyText(text, secret, what, m_view->currentKey());
            });
    connect(m_view->firstRun(), &FirstRunWidget::createHydraDefaultsRequested, m_generate,
            &GenerateController::createHydraDefaults);
    connect(m_view->firstRun(), &FirstRunWidget::importRequested, m_import, &ImportController::importFromFileDialog);
    connect(m_view->firstRun(), &FirstRunWidget::generateRequested, m_generate, &GenerateController::generateKey);
    connect(m_import, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_remote, &RemoteController::busyChanged, this, &MainWindow::updateActions);
    connect(m_remote, &RemoteController::storeChanged, m_view, &KeyStoreWidget::reload);
    connect(m_remote, &RemoteController::keyStored, this, [this](const QString& set, const QString& kid) {
        m_view->selectSet(set);
        m_view->selectKey(set, kid);
    });

    connectActions();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreWindowState();
    setStore(std::move(store));
}

MainWindow::~MainWindow()
{
    // Close dialogs and stop workers before the store they use goes away.
    disconnect(m_view, nullptr, this, nullptr);
    m_view->details()->showKey(std::nullopt);
    delete m_import; // cancels an import and waits for its worker
    m_import = nullptr;
    delete m_generate;
    m_generate = nullptr;
    delete m_remoteDialog;
    delete m_tokenWindow;
    delete m_remote; // cancels remote work and waits for its worker
    m_remote = nullptr;
}

void MainWindow::connectActions()
{
    const WindowActions& a = *m_actions;
    const auto on = [this, &a](ActionId id, auto* receiver, auto slot) {
        connect(a[id], &QAction::triggered, receiver, slot);
    };
    on(ActionId::NewSet, m_edit, &EditController::newKeySet);
    on(ActionId::Generate, m_generate, &GenerateController::generateKey);
    on(ActionId::HydraDefaults, m_generate, &GenerateController::createHydraDefaults);
    on(ActionId::Import, m_import, &ImportController::importFromFileDialog);
    on(ActionId::Paste, m_import, &ImportController::pasteKeys);
    on(ActionId::Export, m_export, &ExportController::exportSelection);
    on(ActionId::ExportSet, m_export, &ExportController::exportCurrentSet);
    on(ActionId::Settings, this, &MainWindow::showSettings);
    on(ActionId::Quit, this, &QWidget::close);
    on(ActionId::CopyJwk, m_export, &ExportController::copyPublicJwk);
    on(ActionId::CopyPem, m_export, &ExportController::copyPublicPem);
    on(ActionId::CopyThumbprint, m_export, &ExportController::copyThumbprint);
    on(ActionId::CopyPrivateJwk, m_export, &ExportController::copyPrivateJwk);
    on(ActionId::CopyPrivatePem, m_export, &ExportController::copyPrivatePem);
    on(ActionId::EditKey, m_edit, &EditController::editKey);
    on(ActionId::RenameSet, m_edit, &EditController::renameSet);
    on(ActionId::Delete, m_edit, &EditController::deleteSelection);
    on(ActionId::DeleteSet, m_edit, &EditController::deleteCurrentSet);
    on(ActionId::Trash, m_edit, &EditController::showTrash);
    on(ActionId::About, this, &MainWindow::showAbout);
    on(ActionId::AboutQt, qApp, &QApplication::aboutQt);
    on(ActionId::Remotes, this, &MainWindow::showRemotes);
    on(ActionId::Pull, this, &MainWindow::pullFromRemote);
    on(ActionId::PushKey, this, &MainWindow::pushKeyToRemote);
    on(ActionId::PushSet, this, &MainWindow::pushSetToRemote);
    on(ActionId::GenerateRemote, this, &MainWindow::generateOnRemote);
    on(ActionId::Rotate, this, &MainWindow::rotateOnRemote);
    on(ActionId::PublishedKeys, this, &MainWindow::showPublishedKeys);
    on(ActionId::AuditUrl, this, &MainWindow::auditUrl);
    on(ActionId::OpenHydraDb, this, &MainWindow::openHydraDatabase);
    on(ActionId::Tokens, this, &MainWindow::showTokenWindow);
    on(ActionId::OpenTeamStore, this, &MainWindow::openTeamStore);
    on(ActionId::RotationPolicy, m_rotation, &RotationController::editPolicy);
    on(ActionId::RotateNow, m_rotation, &RotationController::rotateNow);
    connect(a[ActionId::DueFilter], &QAction::toggled, m_view, &KeyStoreWidget::setDueFilter);
    connect(a[ActionId::PublishClientKeys], &QAction::triggered, this,
            [this] { m_remote->publishSetToClient(m_view->currentSetName()); });
    connect(a[ActionId::Find], &QAction::triggered, this, [this] {
        m_view->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_view->searchEdit()->selectAll();
    });
    connect(a[ActionId::ShowPrivate], &QAction::triggered, this,
            [this](bool on) { m_view->details()->setShowPrivate(on); });
    connect(m_view->details(), &KeyDetailsWidget::showPrivateChanged, a[ActionId::ShowPrivate], &QAction::setChecked);
    connect(a[ActionId::AddRemote], &QAction::triggered, this, [this] {
        showRemotes();
        m_remote->profiles()->add();
    });
}

void MainWindow::createMenus()
{
    const WindowActions& a = *m_actions;
    const auto add = [&a](QMenu* menu, std::initializer_list<ActionId> ids) {
        for (ActionId id : ids) {
            menu->addAction(a[id]);
        }
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, {ActionId::NewSet, ActionId::Generate, ActionId::HydraDefaults});
    file->addSeparator();
    add(file, {ActionId::OpenTeamStore, ActionId::OpenHydraDb});
    file->addSeparator();
    add(file, {ActionId::Import, ActionId::Export, ActionId::ExportSet});
    file->addSeparator();
    add(file, {ActionId::Settings});
    file->addSeparator();
    add(file, {ActionId::Quit});

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, {ActionId::Undo, ActionId::Redo});
    edit->addSeparator();
    add(edit, {ActionId::Paste});
    edit->addSeparator();
    add(edit, {ActionId::CopyJwk, ActionId::CopyPem, ActionId::CopyThumbprint});
    edit->addMenu(a.copyPrivateMenu());
    edit->addSeparator();
    add(edit, {ActionId::Find});

    QMenu* key = menuBar()->addMenu(tr("&Key"));
    add(key, {ActionId::Generate, ActionId::EditKey, ActionId::ShowPrivate});
    key->addSeparator();
    add(key, {ActionId::RenameSet});
    key->addSeparator();
    add(key, {ActionId::RotationPolicy, ActionId::RotateNow});
    key->addSeparator();
    add(key, {ActionId::Delete, ActionId::DeleteSet});
    key->addSeparator();
    add(key, {ActionId::Tokens});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    add(view, {ActionId::DueFilter});
    view->addSeparator();
    add(view, {ActionId::Trash});

    QMenu* remote = menuBar()->addMenu(tr("&Remote"));
    remote->setObjectName(QStringLiteral("remoteMenu"));
    add(remote, {ActionId::Remotes, ActionId::AddRemote});
    remote->addSeparator();
    add(remote, {ActionId::Pull, ActionId::PushKey, ActionId::PushSet, ActionId::GenerateRemote});
    remote->addSeparator();
    add(remote, {ActionId::Rotate, ActionId::PublishClientKeys});
    remote->addSeparator();
    add(remote, {ActionId::PublishedKeys, ActionId::AuditUrl});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, {ActionId::About, ActionId::AboutQt});
}

void MainWindow::createToolBar()
{
    const WindowActions& a = *m_actions;
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setIconSize(QSize(22, 22));
    for (ActionId id : {ActionId::NewSet, ActionId::Generate, ActionId::Import, ActionId::Export}) {
        bar->addAction(a[id]);
    }
    bar->addSeparator();
    for (ActionId id : {ActionId::CopyJwk, ActionId::CopyPem, ActionId::CopyThumbprint}) {
        bar->addAction(a[id]);
    }
    bar->addSeparator();
    bar->addAction(a[ActionId::Delete]);
    // Short labels under the icons; the menus keep the long ones.
    a[ActionId::NewSet]->setIconText(tr("New Set"));
    a[ActionId::Generate]->setIconText(tr("Generate"));
    a[ActionId::Import]->setIconText(tr("Import"));
    a[ActionId::Export]->setIconText(tr("Export"));
    a[ActionId::CopyJwk]->setIconText(tr("Copy JWK"));
    a[ActionId::CopyPem]->setIconText(tr("Copy PEM"));
    a[ActionId::CopyThumbprint]->setIconText(tr("Thumbprint"));
    a[ActionId::Delete]->setIconText(tr("Delete"));
    for (QAction* action : bar->actions()) {
        if (!action->shortcut().isEmpty()) {
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                              action->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_view->searchEdit());
}

void MainWindow::createStatusBar()
{
    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(QStringLiteral("clipboardCountdownLabel"));
    m_clipboardLabel->hide();
    statusBar()->addPermanentWidget(m_clipboardLabel);
    // Sets due for rotation are said here, not in a box at every start; a click lists only them.
    m_dueNotice = new DueNotice(m_view->setModel(), (*m_actions)[ActionId::DueFilter], this);
    statusBar()->addPermanentWidget(m_dueNotice);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);
    connect(Clipboard::instance(), &Clipboard::secretCountdown, this, [this](int seconds) {
        m_clipboardLabel->setVisible(seconds > 0);
        m_clipboardLabel->setText(tr("Clipboard clears in %n s", nullptr, seconds));
    });
    connect(Clipboard::instance(), &Clipboard::secretCleared, this,
            [this] { showStatus(tr("The private key material was cleared from the clipboard.")); });
}

void MainWindow::restoreWindowState()
{
    Settings& s = Settings::instance();
    const QByteArray geometry = s.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // The first start: 1320×820, or less on a smaller screen (a 1366×768 laptop keeps room for its panel).
        QSize size(1320, 820);
        if (const QScreen* shown = screen()) {
            size = size.boundedTo(shown->availableGeometry().size() * 0.92);
        }
        resize(size);
    }
    restoreState(s.value(Settings::Key::WindowState).toByteArray());
    m_view->restoreLayout();
}

void MainWindow::saveWindowState()
{
    Settings& s = Settings::instance();
    s.setValue(Settings::Key::WindowGeometry, saveGeometry());
    s.setValue(Settings::Key::WindowState, saveState());
    m_view->saveLayout();
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    Clipboard::instance()->clearCopiedSecret();
    m_view->details()->showKey(std::nullopt);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Icons are tinted with the palette's text colour: make views and tool buttons repaint them.
        for (QAction* a : findChildren<QAction*>()) {
            a->setIcon(a->icon());
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_store && ImportController::isImportable(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_store && ImportController::isImportable(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_store || !ImportController::isImportable(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_import->importDropped(event->mimeData());
}

void MainWindow::setStore(std::unique_ptr<KeyStore> store)
{
    m_undoStack->clear();
    delete m_tokenWindow;   // it reads the store it was opened with
    delete m_hydraDbWindow; // it imports into the store it was opened with
    std::unique_ptr<KeyStore> old = std::exchange(m_store, std::move(store));
    m_view->setStore(m_store.get());
    m_remote->setStore(m_store.get());
    m_watcher->watch(m_store.get());
    old.reset(); // nothing refers to it any more
    if (m_remoteDialog) {
        m_remoteDialog->remoteWidget()->reload();
    }
    if (m_store && m_store->isTeamStore()) {
        // A team store is named by its database and server, in the title and the status bar alike.
        const QString where = ServerLocation::parse(m_store->path()).description();
        m_storeLabel->setText(tr("Team store: %1").arg(where));
        m_storeLabel->setToolTip(AboutDialog::storeText(m_store.get()));
        setWindowTitle(tr("JWK Manager \u2014 team store %1").arg(where));
    } else if (m_store) {
        m_storeLabel->setText(QFileInfo(m_store->path()).fileName());
        m_storeLabel->setToolTip(AboutDialog::storeText(m_store.get()));
        setWindowTitle(tr("JWK Manager"));
    } else {
        m_storeLabel->setText(tr("No store"));
        setWindowTitle(tr("JWK Manager"));
    }
    m_view->reload();
}

void MainWindow::adoptInstance(std::unique_ptr<SingleInstance> instance)
{
    m_instance = std::move(instance); // the claim on the store shown before is released
    if (m_instance) {
        connect(m_instance.get(), &SingleInstance::filesReceived, this, &MainWindow::bringForwardAndImport);
    }
}

void MainWindow::bringForwardAndImport(const QStringList& files)
{
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
    if (!files.isEmpty()) {
        m_import->importFiles(files);
    }
}

void MainWindow::storeChangedElsewhere()
{
    // This window's own workers write through connections of their own and reload when they are done; a change seen
    // while one runs is theirs (or is shown by their reload).
    if (m_import->isImporting() || m_generate->isBusy() || m_remote->isBusy() ||
        (m_hydraDbWindow && m_hydraDbWindow->isBusy())) {
        return;
    }
    m_view->reload();
    showStatus(tr("The store was changed outside this window; the view is up to date."), 8000);
}

void MainWindow::updateActions()
{
    ActionState state;
    state.haveStore = m_store != nullptr;
    state.importing = m_import && m_import->isImporting();
    state.remoteBusy = !m_remote || m_remote->isBusy();
    state.currentKey = m_view->currentKey();
    state.selectedKeys = m_view->selectedKeyCount();
    state.realSet = !m_view->currentSetName().isEmpty();
    m_actions->update(state);
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

// --- settings, about

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_store ? m_store->path() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool storeChanged = dialog->storeLocationChanged();
        dialog->save();
        applyColourScheme(Settings::instance().colourScheme());
        if (storeChanged && (m_import->isImporting() || m_generate->isBusy())) {
            MessageBox::information(this, tr("Settings"),
                                    tr("The new store opens when JWK Manager is started again: keys are being "
                                       "written to the current one."));
        } else if (storeChanged) {
            const QString path = KeyStore::resolvePath(Settings::instance().storeLocation());
            // One window per store: a store open in another window is shown there.
            auto instance = std::make_unique<SingleInstance>(path);
            if (instance->start({}, 3000) == SingleInstance::Role::HandedOver) {
                MessageBox::information(this, tr("Settings"),
                                        tr("The store %1 is open in another JWK Manager window, which was brought "
                                           "forward.")
                                            .arg(path));
            } else if (auto store = openStoreWithDialogs(path, this, false)) {
                setStore(std::move(store));
                adoptInstance(std::move(instance));
                showStatus(tr("Opened the store %1.").arg(path));
            }
        }
        if (dialog->languageChanged()) {
            showStatus(tr("The new language applies when JWK Manager is started again."), 8000);
        }
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace jwk
