#include "MainWindow.h"

#include "Appearance.h"
#include "Clipboard.h"
#include "FileDialog.h"
#include "Icons.h"
#include "ImportJob.h"
#include "InputDialog.h"
#include "MessageBox.h"
#include "remote/RemoteController.h"
#include "Settings.h"
#include "WorkerJob.h"
#include "UndoCommands.h"
#include "StoreOpener.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/EditKeyDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "remote/RemoteDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TrashDialog.h"
#include "keys/JsonWebKeySet.h"
#include "keys/JwkError.h"
#include "keys/KeyFileWriter.h"
#include "keys/KeyFormats.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyModel.h"
#include "models/KeySetModel.h"
#include "store/HydraDefaults.h"
#include "widgets/FirstRunWidget.h"
#include "widgets/KeyDetailsWidget.h"
#include "remote/RemoteWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jwk {
namespace {

// The platform's standard binding, or ours where the platform has none (Quit has none on some desktops).
QKeySequence standardOr(QKeySequence::StandardKey key, const QString& fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QKeySequence(fallback) : bindings.first();
}

QString suggestedFileName(const QString& base, const KeyFormatInfo& format)
{
    QString name = base;
    for (QChar& c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20) {
            c = QLatin1Char('_');
        }
    }
    return QStringLiteral("%1.%2").arg(name.isEmpty() ? QStringLiteral("keys") : name, format.extension);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<KeyStore> store, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Qt adds the application's display name ("JWK Manager") unless the title ends with it already.
    setWindowTitle(tr("JWK Manager"));
    setWindowIcon(Icons::appIcon());
    setAcceptDrops(true);

    m_setModel = new KeySetModel(this);
    m_keyModel = new KeyModel(this);
    m_proxy = new KeyFilterProxyModel(this);
    m_proxy->setSourceModel(m_keyModel);
    m_undoStack = new QUndoStack(this);
    m_importJob = new ImportJob(this, this);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::finishImport);
    m_hydra = new WorkerJob(this);
    m_remote = new RemoteController(this, this);
    connect(m_remote, &RemoteController::storeChanged, this, &MainWindow::reloadFromStore);
    connect(m_remote, &RemoteController::keyStored, this, [this](const QString& set, const QString& kid) {
        selectSet(set);
        selectKey(set, kid);
    });
    connect(m_remote, &RemoteController::statusMessage, this, [this](const QString& text) { showStatus(text, 8000); });
    connect(m_remote, &RemoteController::busyChanged, this, [this] { updateActions(); });

    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();

    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(QStringLiteral("clipboardCountdownLabel"));
    m_clipboardLabel->hide();
    statusBar()->addPermanentWidget(m_clipboardLabel);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);
    connect(Clipboard::instance(), &Clipboard::secretCountdown, this, [this](int seconds) {
        m_clipboardLabel->setVisible(seconds > 0);
        m_clipboardLabel->setText(tr("Clipboard clears in %n s", nullptr, seconds));
    });
    connect(Clipboard::instance(), &Clipboard::secretCleared, this,
            [this] { showStatus(tr("The private key material was cleared from the clipboard.")); });

    connect(m_setModel, &KeySetModel::readFailed, this, [this](const QString& message) { showStatus(message, 10000); });
    connect(m_setModel, &KeySetModel::filesDropped, this, [this](const QList<QUrl>& urls, const QString& setName) {
        QStringList paths;
        for (const QUrl& url : urls) {
            if (url.isLocalFile()) {
                paths << url.toLocalFile();
            }
        }
        // Dropped on "All keys" (or between sets): ask which set, whatever is selected.
        const QString target = setName.isEmpty() ? chooseImportSet(QString(), true) : setName;
        if (!target.isEmpty()) {
            importFiles(paths, target);
        }
    });

    restoreWindowState();
    setStore(std::move(store));
}

MainWindow::~MainWindow()
{
    // Close dialogs and stop workers before the store they use goes away.
    m_details->showKey(std::nullopt);
    delete m_importJob;
    m_importJob = nullptr;
    delete m_hydra;
    m_hydra = nullptr;
    delete m_remoteDialog;
    delete m_remote; // cancels remote work and waits for its worker
    m_remote = nullptr;
}

QAction* MainWindow::makeAction(const QString& objectName, const QString& text, const QString& icon,
                                const QKeySequence& shortcut, void (MainWindow::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::icon(icon));
    }
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    if (slot) {
        connect(action, &QAction::triggered, this, slot);
    }
    addAction(action); // shortcuts work even with the menu bar hidden
    return action;
}

void MainWindow::createActions()
{
    m_newSetAction = makeAction(QStringLiteral("newSetAction"), tr("&New Key Set\u2026"), QStringLiteral("new-set"),
                                QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::newKeySet);
    m_generateAction = makeAction(QStringLiteral("generateAction"), tr("&Generate Key\u2026"),
                                  QStringLiteral("generate"), QKeySequence(tr("Ctrl+G")), &MainWindow::generateKey);
    m_hydraAction =
        makeAction(QStringLiteral("hydraDefaultsAction"), tr("Create &Hydra's Default Sets\u2026"),
                   QStringLiteral("hydra"), QKeySequence(tr("Ctrl+Shift+H")), &MainWindow::createHydraDefaults);
    m_importAction = makeAction(QStringLiteral("importAction"), tr("&Import\u2026"), QStringLiteral("import"),
                                QKeySequence(tr("Ctrl+I")), &MainWindow::importFromFileDialog);
    m_pasteAction = makeAction(QStringLiteral("pasteAction"), tr("&Paste Keys"), QStringLiteral("paste"),
                               standardOr(QKeySequence::Paste, QStringLiteral("Ctrl+V")), &MainWindow::pasteKeys);
    m_exportAction = makeAction(QStringLiteral("exportAction"), tr("&Export Keys\u2026"), QStringLiteral("export"),
                                QKeySequence(tr("Ctrl+E")), &MainWindow::exportSelection);
    m_exportSetAction =
        makeAction(QStringLiteral("exportSetAction"), tr("Export Key &Set\u2026"), QStringLiteral("export"),
                   QKeySequence(tr("Ctrl+Shift+E")), &MainWindow::exportCurrentSet);
    m_settingsAction = makeAction(QStringLiteral("settingsAction"), tr("Se&ttings\u2026"), QStringLiteral("settings"),
                                  QKeySequence(tr("Ctrl+,")), &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = makeAction(QStringLiteral("quitAction"), tr("&Quit"), QStringLiteral("quit"),
                              standardOr(QKeySequence::Quit, QStringLiteral("Ctrl+Q")), nullptr);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(standardOr(QKeySequence::Undo, QStringLiteral("Ctrl+Z")));
    m_undoAction->setIcon(Icons::icon(QStringLiteral("undo")));
    addAction(m_undoAction);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(standardOr(QKeySequence::Redo, QStringLiteral("Ctrl+Shift+Z")));
    m_redoAction->setIcon(Icons::icon(QStringLiteral("redo")));
    addAction(m_redoAction);

    m_copyJwkAction = makeAction(QStringLiteral("copyJwkAction"), tr("Copy Public &JWK"), QStringLiteral("copy"),
                                 QKeySequence(tr("Ctrl+Shift+J")), &MainWindow::copyPublicJwk);
    m_copyPemAction = makeAction(QStringLiteral("copyPemAction"), tr("Copy Public &PEM"), QStringLiteral("copy-pem"),
                                 QKeySequence(tr("Ctrl+Shift+C")), &MainWindow::copyPublicPem);
    m_copyThumbprintAction =
        makeAction(QStringLiteral("copyThumbprintAction"), tr("Copy &Thumbprint"), QStringLiteral("thumbprint"),
                   QKeySequence(tr("Ctrl+Shift+T")), &MainWindow::copyThumbprint);
    // Private material has no shortcut on purpose: copying it takes a deliberate trip through the menu.
    m_copyPrivateJwkAction = makeAction(QStringLiteral("copyPrivateJwkAction"), tr("Copy Private JWK"),
                                        QStringLiteral("private"), QKeySequence(), &MainWindow::copyPrivateJwk);
    m_copyPrivatePemAction = makeAction(QStringLiteral("copyPrivatePemAction"), tr("Copy Private PEM (PKCS#8)"),
                                        QStringLiteral("private"), QKeySequence(), &MainWindow::copyPrivatePem);
    m_findAction = makeAction(QStringLiteral("findAction"), tr("&Find"), QStringLiteral("search"),
                              standardOr(QKeySequence::Find, QStringLiteral("Ctrl+F")), nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    m_editKeyAction = makeAction(QStringLiteral("editKeyAction"), tr("&Edit Key\u2026"), QStringLiteral("edit"),
                                 QKeySequence(tr("F2")), &MainWindow::editKey);
    m_renameSetAction = makeAction(QStringLiteral("renameSetAction"), tr("&Rename Key Set\u2026"),
                                   QStringLiteral("rename"), QKeySequence(tr("Shift+F2")), &MainWindow::renameSet);
    m_deleteAction = makeAction(QStringLiteral("deleteAction"), tr("&Delete"), QStringLiteral("delete"),
                                standardOr(QKeySequence::Delete, QStringLiteral("Del")), &MainWindow::deleteSelection);
    m_deleteSetAction = makeAction(QStringLiteral("deleteSetAction"), tr("Delete Key Se&t"), QStringLiteral("delete"),
                                   QKeySequence(tr("Shift+Del")), nullptr);
    connect(m_deleteSetAction, &QAction::triggered, this, [this] {
        m_setView->setFocus();
        deleteSelection();
    });
    m_showPrivateAction = makeAction(QStringLiteral("showPrivateAction"), tr("Show &Private Key"),
                                     QStringLiteral("reveal"), QKeySequence(tr("Ctrl+Shift+P")), nullptr);
    m_showPrivateAction->setCheckable(true);
    connect(m_showPrivateAction, &QAction::triggered, this, [this](bool on) { m_details->setShowPrivate(on); });
    m_trashAction = makeAction(QStringLiteral("trashAction"), tr("&Trash\u2026"), QStringLiteral("trash"),
                               QKeySequence(tr("Ctrl+Shift+Del")), &MainWindow::showTrash);
    m_aboutAction = makeAction(QStringLiteral("aboutAction"), tr("&About JWK Manager"), QStringLiteral("about"),
                               QKeySequence(tr("F1")), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = makeAction(QStringLiteral("aboutQtAction"), tr("About &Qt"), QString(), QKeySequence(), nullptr);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_remotesAction = makeAction(QStringLiteral("remotesAction"), tr("&Remote Endpoints\u2026"),
                                 QStringLiteral("hydra"), QKeySequence(tr("Ctrl+Shift+R")), &MainWindow::showRemotes);
    m_addRemoteAction = makeAction(QStringLiteral("addRemoteAction"), tr("&Add Remote\u2026"),
                                   QStringLiteral("new-set"), QKeySequence(tr("Ctrl+Alt+N")), nullptr);
    connect(m_addRemoteAction, &QAction::triggered, this, [this] {
        showRemotes();
        m_remote->addRemote();
    });
    m_pullAction = makeAction(QStringLiteral("pullAction"), tr("&Pull from Remote\u2026"), QStringLiteral("import"),
                              QKeySequence(tr("Ctrl+Shift+L")), &MainWindow::pullFromRemote);
    m_pushKeyAction =
        makeAction(QStringLiteral("pushKeyAction"), tr("Push Selected &Key\u2026"), QStringLiteral("export"),
                   QKeySequence(tr("Ctrl+Shift+U")), &MainWindow::pushKeyToRemote);
    m_pushSetAction = makeAction(QStringLiteral("pushSetAction"), tr("Push Key &Set\u2026"), QStringLiteral("export"),
                                 QKeySequence(tr("Ctrl+Alt+U")), &MainWindow::pushSetToRemote);
    m_generateRemoteAction =
        makeAction(QStringLiteral("generateRemoteAction"), tr("&Generate on Server\u2026"), QStringLiteral("generate"),
                   QKeySequence(tr("Ctrl+Alt+G")), &MainWindow::generateOnRemote);
    m_rotateAction = makeAction(QStringLiteral("rotateAction"), tr("R&otate Key Set (Next Step)\u2026"),
                                QStringLiteral("signing"), QKeySequence(tr("Ctrl+Alt+R")), &MainWindow::rotateOnRemote);

    // Status tips and tool tips carry the shortcut, so that the toolbar teaches it too.
    for (QAction* a : findChildren<QAction*>()) {
        if (!a->shortcut().isEmpty()) {
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->iconText(), a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newSetAction);
    file->addAction(m_generateAction);
    file->addAction(m_hydraAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportSetAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_pasteAction);
    edit->addSeparator();
    edit->addAction(m_copyJwkAction);
    edit->addAction(m_copyPemAction);
    edit->addAction(m_copyThumbprintAction);
    m_copyPrivateMenu = edit->addMenu(Icons::icon(QStringLiteral("private")), tr("Copy Pri&vate"));
    m_copyPrivateMenu->setObjectName(QStringLiteral("copyPrivateMenu"));
    m_copyPrivateMenu->addAction(m_copyPrivateJwkAction);
    m_copyPrivateMenu->addAction(m_copyPrivatePemAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu* key = menuBar()->addMenu(tr("&Key"));
    key->addAction(m_generateAction);
    key->addAction(m_editKeyAction);
    key->addAction(m_showPrivateAction);
    key->addSeparator();
    key->addAction(m_renameSetAction);
    key->addSeparator();
    key->addAction(m_deleteAction);
    key->addAction(m_deleteSetAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_trashAction);

    QMenu* remote = menuBar()->addMenu(tr("&Remote"));
    remote->setObjectName(QStringLiteral("remoteMenu"));
    remote->addAction(m_remotesAction);
    remote->addAction(m_addRemoteAction);
    remote->addSeparator();
    remote->addAction(m_pullAction);
    remote->addAction(m_pushKeyAction);
    remote->addAction(m_pushSetAction);
    remote->addAction(m_generateRemoteAction);
    remote->addSeparator();
    remote->addAction(m_rotateAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    // Context menus: the same actions where the pointer is.
    m_keyView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_keyView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_copyJwkAction);
        menu.addAction(m_copyPemAction);
        menu.addAction(m_copyThumbprintAction);
        menu.addMenu(m_copyPrivateMenu);
        menu.addSeparator();
        menu.addAction(m_exportAction);
        menu.addAction(m_editKeyAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_keyView->viewport()->mapToGlobal(pos));
    });
    m_setView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_setView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_newSetAction);
        menu.addAction(m_generateAction);
        menu.addAction(m_importAction);
        menu.addSeparator();
        menu.addAction(m_renameSetAction);
        menu.addAction(m_exportSetAction);
        menu.addSeparator();
        menu.addAction(m_deleteSetAction);
        menu.exec(m_setView->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_newSetAction);
    bar->addAction(m_generateAction);
    bar->addAction(m_importAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_copyJwkAction);
    bar->addAction(m_copyPemAction);
    bar->addAction(m_copyThumbprintAction);
    bar->addSeparator();
    bar->addAction(m_deleteAction);
    // Short labels under the icons; the menus keep the long ones.
    m_newSetAction->setIconText(tr("New Set"));
    m_generateAction->setIconText(tr("Generate"));
    m_importAction->setIconText(tr("Import"));
    m_exportAction->setIconText(tr("Export"));
    m_copyJwkAction->setIconText(tr("Copy JWK"));
    m_copyPemAction->setIconText(tr("Copy PEM"));
    m_copyThumbprintAction->setIconText(tr("Thumbprint"));
    m_deleteAction->setIconText(tr("Delete"));
    for (QAction* a : bar->actions()) {
        if (!a->shortcut().isEmpty()) {
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                              a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_searchEdit);
}

void MainWindow::createCentralWidget()
{
    m_stack = new QStackedWidget(this);
    m_firstRun = new FirstRunWidget(m_stack);
    connect(m_firstRun, &FirstRunWidget::createHydraDefaultsRequested, this, &MainWindow::createHydraDefaults);
    connect(m_firstRun, &FirstRunWidget::importRequested, this, &MainWindow::importFromFileDialog);
    connect(m_firstRun, &FirstRunWidget::generateRequested, this, &MainWindow::generateKey);
    m_stack->addWidget(m_firstRun);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search kid, alg, type, thumbprint, set (%1)")
                                         .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchEdit->setAccessibleName(tr("Search keys"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_searchEdit->setMinimumWidth(320);
    m_searchEdit->setAcceptDrops(false); // files dropped here are for import, like anywhere on the window
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Searching covers every set, as KeePassXC searches every group.
        const bool all = !text.trimmed().isEmpty() || currentSetName().isEmpty();
        if (all != m_loadedAll) {
            loadKeys();
        }
        m_proxy->setSearchText(text);
        updateActions();
    });

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_setView = new QTreeView(m_splitter);
    m_setView->setObjectName(QStringLiteral("setTreeView"));
    m_setView->setAccessibleName(tr("Key sets"));
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
    m_setView->header()->setSectionResizeMode(KeySetModel::CountColumn, QHeaderView::ResizeToContents);
    m_setView->header()->setStretchLastSection(false);
    m_setView->setMinimumWidth(200);
    m_setView->setHeaderHidden(true); // names and counts speak for themselves, as in KeePassXC's group list
    connect(m_setView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadKeys();
        updateActions();
    });

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
    m_keyView->setAccessibleName(tr("Keys"));
    m_keyView->setRootIsDecorated(false);
    m_keyView->setUniformRowHeights(true); // 10,000 rows scroll without measuring each
    m_keyView->setAlternatingRowColors(true);
    m_keyView->setSortingEnabled(true);
    m_keyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_keyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyView->setModel(m_proxy);
    m_keyView->sortByColumn(KeyModel::CreatedColumn, Qt::DescendingOrder);
    m_keyView->setAllColumnsShowFocus(true);
    QHeaderView* header = m_keyView->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed starting widths: measuring 10,000 rows to fit the contents would stall the first paint.
    header->resizeSection(KeyModel::KidColumn, 125);
    header->resizeSection(KeyModel::TypeColumn, 95);
    header->resizeSection(KeyModel::AlgColumn, 75);
    header->resizeSection(KeyModel::UseColumn, 45);
    header->resizeSection(KeyModel::ThumbprintColumn, 90);
    header->resizeSection(KeyModel::CreatedColumn, 118);
    header->resizeSection(KeyModel::RoleColumn, 95);
    header->resizeSection(KeyModel::SetColumn, 160);
    middleLayout->addWidget(m_keyView, 1);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentKeyChanged);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_keyView, &QTreeView::doubleClicked, this, [this] { m_details->tabs()->setFocus(); });

    m_details = new KeyDetailsWidget(m_splitter);
    m_details->setMinimumWidth(320);
    connect(m_details, &KeyDetailsWidget::showPrivateChanged, this,
            [this](bool shown) { m_showPrivateAction->setChecked(shown); });
    connect(
        m_details, &KeyDetailsWidget::copyRequested, this,
        [this](const QString& text, bool secret, const QString& what) { copyText(text, secret, what, currentKey()); });

    m_splitter->addWidget(m_setView);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({210, 640, 470});
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    setTabOrder(m_searchEdit, m_setView);
    setTabOrder(m_setView, m_keyView);
    setTabOrder(m_keyView, m_details);
}

void MainWindow::restoreWindowState()
{
    Settings& s = Settings::instance();
    const QByteArray geometry = s.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1320, 820);
    }
    restoreState(s.value(Settings::Key::WindowState).toByteArray());
    const QByteArray splitter = s.value(Settings::Key::SplitterState).toByteArray();
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
    const QByteArray header = s.value(Settings::Key::KeyHeaderState).toByteArray();
    if (!header.isEmpty()) {
        m_keyView->header()->restoreState(header);
    }
}

void MainWindow::saveWindowState()
{
    Settings& s = Settings::instance();
    s.setValue(Settings::Key::WindowGeometry, saveGeometry());
    s.setValue(Settings::Key::WindowState, saveState());
    s.setValue(Settings::Key::SplitterState, m_splitter->saveState());
    s.setValue(Settings::Key::KeyHeaderState, m_keyView->header()->saveState());
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    Clipboard::instance()->clearCopiedSecret();
    m_details->showKey(std::nullopt);
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

void MainWindow::setStore(std::unique_ptr<KeyStore> store)
{
    m_undoStack->clear();
    m_details->showKey(std::nullopt);
    m_keyModel->clear();
    m_store = std::move(store);
    m_setModel->setStore(m_store.get());
    m_details->setStore(m_store.get());
    m_remote->setStore(m_store.get());
    if (m_remoteDialog) {
        m_remoteDialog->remoteWidget()->reload();
    }
    m_loadedSet.clear();
    m_loadedAll = false;
    if (m_store) {
        m_storeLabel->setText(QFileInfo(m_store->path()).fileName());
        m_storeLabel->setToolTip(AboutDialog::storeText(m_store.get()));
        m_firstRun->setStoreLocation(m_store->path());
        // Start on the first real set (or on "All keys" when there is none).
        const int row = m_setModel->rowCount() > 1 ? 1 : 0;
        if (m_setModel->rowCount() > 0) {
            // reloadFromStore() below lists the keys: once is enough for a store of 10,000.
            const QSignalBlocker blocker(m_setView->selectionModel());
            m_setView->setCurrentIndex(m_setModel->index(row, 0));
        }
    } else {
        m_storeLabel->setText(tr("No store"));
    }
    reloadFromStore();
}

void MainWindow::reloadFromStore()
{
    const QString set = currentSetName();
    const auto key = currentKey();
    m_setModel->refresh();
    const int row = m_setModel->rowOf(set);
    {
        const QSignalBlocker blocker(m_setView->selectionModel());
        m_setView->setCurrentIndex(m_setModel->index(row >= 0 ? row : std::min(1, m_setModel->rowCount() - 1), 0));
    }
    loadKeys();
    if (key) {
        selectKey(key->setName, key->kid);
    }
    const bool empty = !m_store || m_setModel->sets().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_firstRun) : m_splitter);
    updateActions();
}

bool MainWindow::isShowingFirstRun() const
{
    return m_stack->currentWidget() == m_firstRun;
}

QString MainWindow::currentSetName() const
{
    const QModelIndex index = m_setView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(KeySetModel::SetNameRole).toString() : QString();
}

bool MainWindow::selectSet(const QString& name)
{
    const int row = m_setModel->rowOf(name);
    if (row < 0) {
        return false;
    }
    m_setView->setCurrentIndex(m_setModel->index(row, 0));
    return true;
}

bool MainWindow::selectKey(const QString& setName, const QString& kid)
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

std::optional<KeyInfo> MainWindow::currentKey() const
{
    const QModelIndex index = m_proxy->mapToSource(m_keyView->currentIndex());
    if (!index.isValid() || !m_keyView->selectionModel()->isRowSelected(m_keyView->currentIndex().row())) {
        return std::nullopt;
    }
    return m_keyModel->keyAt(index.row());
}

QList<KeyInfo> MainWindow::selectedKeys() const
{
    QList<KeyInfo> keys;
    for (const QModelIndex& index : m_keyView->selectionModel()->selectedRows()) {
        keys << m_keyModel->keyAt(m_proxy->mapToSource(index).row());
    }
    return keys;
}

void MainWindow::loadKeys()
{
    const QString set = currentSetName();
    const bool all = set.isEmpty() || !m_searchEdit->text().trimmed().isEmpty();
    QList<KeyInfo> keys;
    if (m_store) {
        try {
            keys = all ? m_store->allKeys() : m_store->keys(set);
        } catch (const std::exception& e) {
            showStatus(QString::fromUtf8(e.what()));
        }
    }
    m_loadedSet = set;
    m_loadedAll = all;
    m_keyModel->setKeys(keys);
    m_keyView->setColumnHidden(KeyModel::SetColumn, !all);
    if (all) {
        m_keysTitleLabel->setText(m_searchEdit->text().trimmed().isEmpty() ? tr("All keys (%n)", nullptr, keys.size())
                                                                           : tr("Search in all key sets"));
    } else {
        const auto info = m_setModel->sets().value(m_setModel->rowOf(set) - 1);
        m_keysTitleLabel->setText(
            info.tampered ? tr("%1: %n key(s); a key was changed without the system secret, so the signing key is "
                               "not known",
                               nullptr, keys.size())
                                .arg(set)
            : info.signingKid.isEmpty()
                ? tr("%1: %n key(s), no signing key", nullptr, keys.size()).arg(set)
                : tr("%1: %n key(s), signs with %2", nullptr, keys.size()).arg(set, info.signingKid));
    }
    if (m_proxy->rowCount() > 0) {
        m_keyView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        currentKeyChanged();
    }
}

void MainWindow::currentKeyChanged()
{
    m_details->showKey(currentKey());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool haveStore = m_store != nullptr;
    const auto key = currentKey();
    const int selected = static_cast<int>(m_keyView->selectionModel()->selectedRows().size());
    const bool realSet = !currentSetName().isEmpty();
    const bool oct = key && key->kty == QStringLiteral("oct");
    const bool canDecrypt = key && key->hasPrivate && key->decryptable;
    for (QAction* a : {m_newSetAction, m_generateAction, m_hydraAction, m_importAction, m_pasteAction, m_trashAction}) {
        a->setEnabled(haveStore);
    }
    m_importAction->setEnabled(haveStore && !isImporting());
    m_pasteAction->setEnabled(haveStore && !isImporting());
    m_exportAction->setEnabled(selected > 0);
    m_exportSetAction->setEnabled(realSet);
    m_copyJwkAction->setEnabled(key && !oct);
    m_copyPemAction->setEnabled(key && !oct);
    m_copyThumbprintAction->setEnabled(key.has_value());
    m_copyPrivateJwkAction->setEnabled(canDecrypt);
    m_copyPrivatePemAction->setEnabled(canDecrypt && !oct);
    m_copyPrivateMenu->setEnabled(canDecrypt);
    m_editKeyAction->setEnabled(key && key->decryptable);
    m_showPrivateAction->setEnabled(canDecrypt);
    m_renameSetAction->setEnabled(realSet);
    m_deleteAction->setEnabled(selected > 0 || realSet);
    m_deleteSetAction->setEnabled(realSet);
    const bool remoteIdle = haveStore && m_remote && !m_remote->isBusy();
    for (QAction* a : {m_remotesAction, m_addRemoteAction, m_pullAction, m_generateRemoteAction}) {
        a->setEnabled(remoteIdle);
    }
    m_pushKeyAction->setEnabled(remoteIdle && key.has_value());
    m_pushSetAction->setEnabled(remoteIdle && realSet);
    m_rotateAction->setEnabled(remoteIdle && realSet);
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

bool MainWindow::storeCall(const QString& what, const std::function<void()>& call)
{
    if (!m_store) {
        return false;
    }
    try {
        call();
        return true;
    } catch (const std::exception& e) {
        MessageBox::critical(this, what, QString::fromUtf8(e.what()));
        return false;
    }
}

// --- sets

void MainWindow::newKeySet()
{
    bool ok = false;
    const QString name =
        InputDialog::getText(this, tr("New Key Set"), tr("Name of the new key set:"), QString(), &ok).trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    if (storeCall(tr("New Key Set"), [&] { m_store->createKeySet(name); })) {
        reloadFromStore();
        selectSet(name);
        showStatus(tr("Created key set %1.").arg(name));
    }
}

void MainWindow::renameSet()
{
    const QString old = currentSetName();
    if (old.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString name =
        InputDialog::getText(this, tr("Rename Key Set"), tr("New name for key set %1:").arg(old), old, &ok).trimmed();
    if (!ok || name.isEmpty() || name == old) {
        return;
    }
    if (KeySetModel::isHydraSet(old)) {
        const auto answer = MessageBox::warning(
            this, tr("Rename Key Set"), tr("Ory Hydra looks for key set %1 by this name. Rename it anyway?").arg(old),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (storeCall(tr("Rename Key Set"), [&] { m_store->renameKeySet(old, name); })) {
        m_undoStack->push(
            new RenameSetCommand({m_store.get(), [this] { reloadFromStore(); },
                                  [this](const QString& m) { MessageBox::critical(this, tr("Undo"), m); }},
                                 old, name));
        reloadFromStore();
        selectSet(name);
    }
}

// --- delete, undo, trash

void MainWindow::deleteSelection()
{
    if (!m_store) {
        return;
    }
    const StoreCommandContext context{m_store.get(), [this] { reloadFromStore(); },
                                      [this](const QString& m) { MessageBox::critical(this, tr("Undo"), m); }};
    const QList<KeyInfo> keys = selectedKeys();
    const bool setFocused = m_setView->hasFocus() || keys.isEmpty();
    if (setFocused) {
        const QString set = currentSetName();
        if (set.isEmpty()) {
            return;
        }
        const int count = m_setModel->sets().value(m_setModel->rowOf(set) - 1).keyCount;
        if (count > 0) {
            const auto answer = MessageBox::question(
                this, tr("Delete Key Set"),
                tr("Move key set %1 with %n key(s) to the trash? %2 brings it back.", nullptr, count)
                    .arg(set, m_undoAction->shortcut().toString(QKeySequence::NativeText)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, {{QMessageBox::Yes, tr("Move to Trash")}});
            if (answer != QMessageBox::Yes) {
                return;
            }
        }
        if (storeCall(tr("Delete Key Set"), [&] { m_store->deleteKeySet(set); })) {
            m_undoStack->push(new DeleteSetCommand(context, set));
            reloadFromStore();
            showStatus(tr("Moved key set %1 to the trash. %2 restores it.")
                           .arg(set, m_undoAction->shortcut().toString(QKeySequence::NativeText)),
                       10000);
        }
        return;
    }
    QList<QPair<QString, QString>> ids;
    for (const auto& k : keys) {
        ids << qMakePair(k.setName, k.kid);
    }
    QList<QPair<QString, QString>> done;
    const bool ok = storeCall(tr("Delete Keys"), [&] {
        for (const auto& id : ids) {
            m_store->deleteKey(id.first, id.second);
            done << id;
        }
    });
    if (!done.isEmpty()) {
        m_undoStack->push(new DeleteKeysCommand(context, done));
    }
    reloadFromStore();
    if (ok) {
        showStatus(tr("Moved %n key(s) to the trash. %1 restores them.", nullptr, done.size())
                       .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)),
                   10000);
    }
}

void MainWindow::showTrash()
{
    if (!m_store) {
        return;
    }
    auto* dialog = new TrashDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrashDialog::storeChanged, this, [this] {
        // Undoing a delete needs the trash: after restoring or emptying by hand the history no longer holds.
        m_undoStack->clear();
        reloadFromStore();
    });
    dialog->open();
}

// --- edit

void MainWindow::editKey()
{
    const auto key = currentKey();
    if (!key || !m_store) {
        return;
    }
    QStringList kids;
    try {
        for (const auto& k : m_store->keys(key->setName)) {
            kids << k.kid;
        }
    } catch (const std::exception&) {
    }
    auto* dialog = new EditKeyDialog(*key, loadPublic(*key), kids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
        const EditKeyCommand::Metadata before{key->kid, key->alg, key->use};
        const EditKeyCommand::Metadata after{dialog->kid(), dialog->alg(), dialog->use()};
        if (before.kid == after.kid && before.alg == after.alg && before.use == after.use) {
            return;
        }
        if (storeCall(tr("Edit Key"),
                      [&] { m_store->updateKeyMetadata(key->setName, before.kid, after.kid, after.alg, after.use); })) {
            m_undoStack->push(
                new EditKeyCommand({m_store.get(), [this] { reloadFromStore(); },
                                    [this](const QString& m) { MessageBox::critical(this, tr("Undo"), m); }},
                                   key->setName, before, after));
            loadKeys();
            selectKey(key->setName, after.kid);
            showStatus(tr("Saved key %1.").arg(after.kid));
        }
    });
    dialog->open();
}

// --- generate

void MainWindow::generateKey()
{
    if (!m_store) {
        return;
    }
    auto* dialog = new GenerateKeyDialog(m_setModel->setNames(), currentSetName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString set = dialog->targetSet();
        const JsonWebKey key = dialog->generatedKey();
        AddKeysResult result;
        if (!storeCall(tr("Generate Key"),
                       [&] { result = m_store->addKeys(set, {key}, KeyStore::Audit::Generated); })) {
            return;
        }
        if (result.added.isEmpty()) {
            MessageBox::warning(
                this, tr("Generate Key"),
                tr("The new key was not stored: %1").arg((result.failed + result.skipped).join(QLatin1Char('\n'))));
            return;
        }
        const QString kid = result.added.first();
        reloadFromStore();
        selectSet(set);
        selectKey(set, kid);
        showStatus(tr("Generated %1 key %2 in %3.").arg(key.typeDescription(), kid, set));
        Q_EMIT keyGenerated(set, kid);
    });
    dialog->open();
}

void MainWindow::createHydraDefaults()
{
    if (!m_store || m_hydra->isRunning()) {
        return;
    }
    QStringList missing;
    if (!storeCall(tr("Hydra's Default Sets"), [&] { missing = HydraDefaults::missingSets(*m_store); })) {
        return;
    }
    if (missing.isEmpty()) {
        MessageBox::information(this, tr("Hydra's Default Sets"),
                                tr("Hydra's key sets exist already and each holds keys: %1.")
                                    .arg(HydraDefaults::setNames().join(QStringLiteral(", "))));
        return;
    }
    auto* progress =
        new QProgressDialog(tr("Generating an RSA 4096 key for %n key set(s)\u2026", nullptr, missing.size()),
                            tr("Cancel"), 0, static_cast<int>(missing.size()), this);
    progress->setObjectName(QStringLiteral("hydraProgressDialog"));
    progress->setWindowTitle(tr("Hydra's Default Sets"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    m_hydraProgress = progress;
    connect(progress, &QProgressDialog::canceled, m_hydra, &WorkerJob::cancel);
    const auto finish = [this] {
        if (m_hydraProgress) {
            m_hydraProgress->close();
        }
        Q_EMIT hydraDefaultsFinished();
    };
    struct Outcome
    {
        QList<HydraDefaultKey> keys;
        bool failed = false;
        QString message;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    WorkerJob* job = m_hydra;
    m_hydra->start(
        QStringLiteral("jwkman-hydra-defaults"),
        [this, job, missing, outcome] {
            try {
                outcome->keys = HydraDefaults::generate(
                    missing,
                    [this, job, missing](int done, int total, const QString&) {
                        job->post([this, missing, done, total] {
                            if (m_hydraProgress) {
                                m_hydraProgress->setValue(done);
                                m_hydraProgress->setLabelText(
                                    tr("Generating an RSA 4096 key for %1 (%2 of %3)\u2026")
                                        .arg(missing.value(std::min<int>(done, total - 1)))
                                        .arg(std::min(done + 1, total))
                                        .arg(total));
                            }
                        });
                    },
                    job->cancelFlag());
            } catch (const JwkError& e) {
                outcome->failed = true;
                outcome->message = e.message();
                outcome->cancelled = e.kind() == JwkError::Kind::Cancelled;
            } catch (const std::exception& e) {
                outcome->failed = true;
                outcome->message = QString::fromUtf8(e.what());
            }
        },
        [this, finish, outcome] {
            if (outcome->failed) {
                finish();
                if (outcome->cancelled) {
                    showStatus(tr("Creating Hydra's default sets was cancelled; nothing was stored."));
                } else {
                    MessageBox::critical(this, tr("Hydra's Default Sets"), outcome->message);
                }
                return;
            }
            QStringList filled;
            storeCall(tr("Hydra's Default Sets"), [&] { filled = HydraDefaults::store(*m_store, outcome->keys); });
            outcome->keys.clear(); // the private keys go now
            finish();
            reloadFromStore();
            if (!filled.isEmpty()) {
                selectSet(filled.first());
            }
            showStatus(tr("Created %1.").arg(filled.join(QStringLiteral(", "))), 8000);
        });
}

// --- import

bool MainWindow::isImporting() const
{
    return m_importJob && m_importJob->isRunning();
}

QList<QUrl> MainWindow::localFileUrls(const QMimeData* mime)
{
    QList<QUrl> urls;
    if (mime && mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                urls << url;
            }
        }
    }
    return urls;
}

bool MainWindow::isImportable(const QMimeData* mime)
{
    return mime && (!localFileUrls(mime).isEmpty() || (mime->hasText() && !mime->text().trimmed().isEmpty()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_store && isImportable(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_store && isImportable(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!m_store || !isImportable(mime)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const QList<QUrl> urls = localFileUrls(mime);
    if (!urls.isEmpty()) {
        QStringList paths;
        for (const QUrl& url : urls) {
            paths << url.toLocalFile();
        }
        importFiles(paths);
    } else {
        importData(mime->text().toUtf8(), tr("dropped text"));
    }
}

void MainWindow::importFromFileDialog()
{
    if (!m_store) {
        return;
    }
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Import Keys"),
        tr("Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)"));
    if (!paths.isEmpty()) {
        importFiles(paths);
    }
}

void MainWindow::pasteKeys()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    const QList<QUrl> urls = localFileUrls(mime);
    if (!urls.isEmpty()) {
        QStringList paths;
        for (const QUrl& url : urls) {
            paths << url.toLocalFile();
        }
        importFiles(paths);
        return;
    }
    if (!mime || mime->text().trimmed().isEmpty()) {
        showStatus(tr("The clipboard holds no keys to paste."));
        return;
    }
    QByteArray data = mime->text().toUtf8();
    importData(data, tr("clipboard"));
    wipe(data);
}

void MainWindow::importFiles(const QStringList& paths, const QString& setName)
{
    QList<ImportSource> sources;
    for (const QString& path : paths) {
        sources << ImportSource{path, {}, QFileInfo(path).fileName()};
    }
    if (!sources.isEmpty()) {
        startImport(sources, setName);
    }
}

void MainWindow::importData(const QByteArray& data, const QString& sourceName, const QString& setName)
{
    startImport({ImportSource{QString(), data, sourceName}}, setName);
}

QString MainWindow::chooseImportSet(const QString& proposed, bool ask)
{
    if (!proposed.isEmpty()) {
        return proposed;
    }
    if (!ask && !currentSetName().isEmpty()) {
        return currentSetName();
    }
    QStringList names = m_setModel->setNames();
    const QString fallback = tr("imported");
    if (!names.contains(fallback)) {
        names.prepend(fallback);
    }
    bool ok = false;
    const QString name =
        InputDialog::getItem(this, tr("Import Keys"), tr("Import into which key set? A new name creates the set."),
                             names, fallback, true, &ok);
    return ok ? name.trimmed() : QString();
}

void MainWindow::startImport(const QList<ImportSource>& sources, const QString& setName)
{
    if (!m_store) {
        return;
    }
    if (isImporting()) {
        showStatus(tr("An import is running; try again when it is done."));
        return;
    }
    const QString target = chooseImportSet(setName);
    if (target.isEmpty()) {
        return;
    }
    m_importSet = target;
    // Readers of the store see the worker's commit once it is done; flush our side first.
    m_importJob->start(sources, m_store->path(), m_store->secret(), target);
    showStatus(tr("Importing %n item(s) into %1\u2026", nullptr, sources.size()).arg(target), 0);
    updateActions();
}

void MainWindow::finishImport()
{
    ImportSummary summary;
    summary.setName = m_importSet;
    summary.cancelled = m_importJob->wasCancelled();
    for (const ImportResult& result : m_importJob->results()) {
        for (const ImportFailure& f : result.failures) {
            summary.failed << (f.skipped ? tr("%1: skipped, no passphrase was given").arg(f.origin)
                                         : QStringLiteral("%1: %2").arg(f.origin, f.reason));
        }
        summary.warnings << result.warnings;
    }
    const AddKeysResult& added = m_importJob->added();
    for (const QString& kid : added.added) {
        const QString origin = m_importJob->origins().value(kid);
        summary.imported << (origin.isEmpty() ? kid : tr("%1 (from %2)").arg(kid, origin));
    }
    // The core's reasons come translated from the core itself (its messages go through QCoreApplication::translate).
    summary.skipped << added.skipped;
    summary.failed << added.failed;
    if (!m_importJob->storeError().isEmpty()) {
        summary.failed << m_importJob->storeError();
    }
    reloadFromStore();
    if (!added.added.isEmpty()) {
        selectSet(m_importSet);
        selectKey(m_importSet, added.added.first());
    }
    showStatus(summary.headline(), 10000);
    if (m_lastSummary) {
        m_lastSummary->close();
    }
    auto* dialog = new ImportSummaryDialog(summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastSummary = dialog;
    dialog->open();
    updateActions();
    Q_EMIT importFinished();
}

// --- export

std::optional<JsonWebKey> MainWindow::loadPublic(const KeyInfo& key)
{
    if (!m_store || key.kty == QStringLiteral("oct")) {
        return std::nullopt;
    }
    try {
        return JsonWebKey::fromJson(m_store->publicJwk(key.setName, key.kid));
    } catch (const std::exception& e) {
        showStatus(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<JsonWebKey> MainWindow::loadPrivate(const KeyInfo& key)
{
    if (!m_store) {
        return std::nullopt;
    }
    try {
        return m_store->loadKey(key.setName, key.kid);
    } catch (const std::exception& e) {
        MessageBox::critical(this, tr("Key Cannot Be Read"), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

void MainWindow::exportSelection()
{
    const QList<KeyInfo> keys = selectedKeys();
    if (keys.isEmpty()) {
        return;
    }
    openExportDialog(keys, keys.size() == 1 ? tr("key %1").arg(keys.first().kid)
                                            : tr("%n selected key(s)", nullptr, keys.size()));
}

void MainWindow::exportCurrentSet()
{
    const QString set = currentSetName();
    if (set.isEmpty() || !m_store) {
        return;
    }
    QList<KeyInfo> keys;
    if (!storeCall(tr("Export"), [&] { keys = m_store->keys(set); })) {
        return;
    }
    if (keys.isEmpty()) {
        MessageBox::information(this, tr("Export"), tr("Key set %1 holds no keys.").arg(set));
        return;
    }
    openExportDialog(keys, tr("key set %1 (%n key(s))", nullptr, keys.size()).arg(set));
}

void MainWindow::openExportDialog(const QList<KeyInfo>& keys, const QString& what)
{
    bool anyPrivate = false;
    for (const auto& k : keys) {
        anyPrivate = anyPrivate || (k.hasPrivate && k.decryptable);
    }
    const std::optional<JsonWebKey> sample = keys.size() == 1 ? loadPublic(keys.first()) : std::nullopt;
    auto* dialog = new ExportDialog(what, static_cast<int>(keys.size()), anyPrivate, sample, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString base =
        keys.size() == 1 ? keys.first().kid : (currentSetName().isEmpty() ? QStringLiteral("keys") : currentSetName());
    connect(dialog, &QDialog::accepted, this, [this, dialog, keys, base] {
        const KeyFormat format = dialog->format();
        const QString path = FileDialog::getSaveFileName(
            this, tr("Export"), suggestedFileName(base, keyFormatInfo(format)),
            tr("%1 (*.%2);;All files (*)")
                .arg(ExportDialog::formatLabel(keyFormatInfo(format)), keyFormatInfo(format).extension));
        if (path.isEmpty()) {
            return;
        }
        writeExport(keys, format, path);
    });
    dialog->open();
}

QString MainWindow::writeExport(const QList<KeyInfo>& keys, KeyFormat format, const QString& path)
{
    const KeyFormatInfo& info = keyFormatInfo(format);
    QString error;
    SecureBytes content;
    try {
        if (format == KeyFormat::JwksPublic || format == KeyFormat::JwksPrivate) {
            JsonWebKeySet set;
            for (const auto& k : keys) {
                if (info.privateMaterial) {
                    set.append(m_store->loadKey(k.setName, k.kid));
                } else if (k.kty != QStringLiteral("oct")) {
                    set.append(JsonWebKey::fromJson(m_store->publicJwk(k.setName, k.kid)));
                }
            }
            if (set.isEmpty()) {
                throw JwkError(tr("none of these keys has a public form (symmetric keys have none)"));
            }
            content = set.toJson(info.privateMaterial);
        } else {
            if (keys.size() != 1) {
                throw JwkError(tr("several keys can only be exported as a JWK Set"));
            }
            const KeyInfo& k = keys.first();
            const JsonWebKey key = info.privateMaterial ? m_store->loadKey(k.setName, k.kid)
                                                        : JsonWebKey::fromJson(m_store->publicJwk(k.setName, k.kid));
            DialogPassphraseProvider passphrases(this);
            content = exportKey(key, format, &passphrases);
        }
        error = writeKeyFile(path, content, info.privateMaterial);
    } catch (const JwkError& e) {
        error = e.kind() == JwkError::Kind::Cancelled ? tr("cancelled: no passphrase was given") : e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    content.clear();
    if (error.isEmpty() && info.privateMaterial) {
        for (const auto& k : keys) {
            if (k.hasPrivate) {
                try {
                    m_store->audit(KeyStore::Audit::ExportedPrivate, k.setName, k.kid,
                                   QStringLiteral("%1 to %2").arg(info.name, path));
                } catch (const std::exception& e) {
                    showStatus(QString::fromUtf8(e.what()));
                }
            }
        }
    }
    if (error.isEmpty()) {
        showStatus(info.privateMaterial ? tr("Exported private key material to %1 (readable by you only).").arg(path)
                                        : tr("Exported to %1.").arg(path),
                   8000);
    } else {
        MessageBox::critical(this, tr("Export Failed"), tr("The keys were not exported: %1").arg(error));
    }
    Q_EMIT exportFinished(path, error);
    return error;
}

// --- copy

void MainWindow::copyText(const QString& text, bool secret, const QString& what, const std::optional<KeyInfo>& key)
{
    if (text.isEmpty()) {
        return;
    }
    const int timeout = Settings::instance().clipboardTimeout();
    Clipboard::instance()->setText(text, secret, timeout);
    if (secret) {
        if (key && m_store) {
            try {
                m_store->audit(KeyStore::Audit::CopiedPrivate, key->setName, key->kid, what);
            } catch (const std::exception& e) {
                showStatus(QString::fromUtf8(e.what()));
            }
        }
        showStatus(tr("Copied the %1. The clipboard is cleared in %n s.", nullptr, timeout).arg(what), 4000);
    } else {
        showStatus(tr("Copied the %1.").arg(what), 4000);
    }
}

void MainWindow::copyPublicJwk()
{
    const auto key = currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPublic(*key)) {
        copyText(QString::fromUtf8(toJsonBytes(jwk->publicMembers(), JsonFormat::Indented)), false, tr("public JWK"),
                 key);
    }
}

void MainWindow::copyPublicPem()
{
    const auto key = currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPublic(*key)) {
        try {
            const SecureBytes pem = exportKey(*jwk, KeyFormat::SpkiPem);
            copyText(QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size())), false, tr("public PEM"),
                     key);
        } catch (const JwkError& e) {
            showStatus(e.message());
        }
    }
}

void MainWindow::copyThumbprint()
{
    if (const auto key = currentKey()) {
        copyText(key->thumbprint, false, tr("thumbprint"), key);
    }
}

void MainWindow::copyPrivateJwk()
{
    const auto key = currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPrivate(*key)) {
        SecureBytes json = jwk->toJson(true, JsonFormat::Indented);
        QString text = QString::fromUtf8(json.constChars(), static_cast<qsizetype>(json.size()));
        copyText(text, true, tr("private JWK"), key);
        wipe(text);
    }
}

void MainWindow::copyPrivatePem()
{
    const auto key = currentKey();
    if (!key) {
        return;
    }
    if (const auto jwk = loadPrivate(*key)) {
        try {
            SecureBytes pem = exportKey(*jwk, KeyFormat::Pkcs8Pem);
            QString text = QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size()));
            copyText(text, true, tr("private PEM"), key);
            wipe(text);
        } catch (const JwkError& e) {
            showStatus(e.message());
        }
    }
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
        if (storeChanged && (isImporting() || m_hydra->isRunning())) {
            MessageBox::information(this, tr("Settings"),
                                    tr("The new store opens when JWK Manager is started again: keys are being "
                                       "written to the current one."));
        } else if (storeChanged) {
            const QString path = KeyStore::resolvePath(Settings::instance().storeLocation());
            if (auto store = openStoreWithDialogs(path, this, false)) {
                setStore(std::move(store));
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

// --- remote Hydra endpoints

RemoteDialog* MainWindow::remoteDialog() const
{
    return m_remoteDialog;
}

void MainWindow::showRemotes()
{
    if (!m_store) {
        return;
    }
    if (!m_remoteDialog) {
        m_remoteDialog = new RemoteDialog(m_remote, this);
    }
    if (const auto key = currentKey()) {
        m_remoteDialog->remoteWidget()->setLocalKeyHint(key->setName, key->kid);
    }
    m_remoteDialog->show();
    m_remoteDialog->raise();
    m_remoteDialog->activateWindow();
}

void MainWindow::pullFromRemote()
{
    const QString remote = m_remote->chooseRemote(tr("Pull from Remote"));
    if (!remote.isEmpty()) {
        m_remote->pull(remote);
    }
}

void MainWindow::pushKeyToRemote()
{
    const auto key = currentKey();
    if (!key) {
        return;
    }
    const QString remote = m_remote->chooseRemote(tr("Push Selected Key"));
    if (!remote.isEmpty()) {
        m_remote->pushKey(remote, key->setName, key->kid);
    }
}

void MainWindow::pushSetToRemote()
{
    const QString set = currentSetName();
    if (set.isEmpty()) {
        return;
    }
    const QString remote = m_remote->chooseRemote(tr("Push Key Set"));
    if (!remote.isEmpty()) {
        m_remote->pushSet(remote, set);
    }
}

void MainWindow::generateOnRemote()
{
    const QString remote = m_remote->chooseRemote(tr("Generate on Server"));
    if (!remote.isEmpty()) {
        m_remote->generate(remote, currentSetName());
    }
}

void MainWindow::rotateOnRemote()
{
    const QString set = currentSetName();
    if (set.isEmpty()) {
        return;
    }
    const QString remote = m_remote->chooseRemote(tr("Rotate Key Set"));
    if (!remote.isEmpty()) {
        m_remote->rotate(remote, set);
    }
}

} // namespace jwk
