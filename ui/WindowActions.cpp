#include "WindowActions.h"

#include "Icons.h"
#include "TrContexts.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace jwk {
namespace {

constexpr QKeyCombination NoKey = QKeyCombination::fromCombined(0);

bool haveStore(const ActionState& s)
{
    return s.haveStore;
}
bool isOct(const ActionState& s)
{
    return s.currentKey && s.currentKey->kty == QStringLiteral("oct");
}
bool canDecrypt(const ActionState& s)
{
    return s.currentKey && s.currentKey->hasPrivate && s.currentKey->decryptable;
}
bool remoteIdle(const ActionState& s)
{
    return s.haveStore && !s.remoteBusy;
}

struct ActionSpec
{
    ActionId id;
    const char* objectName;
    const char* text; // in the context jwk::MainWindow
    const char* icon;
    // The platform's binding where it has one (Quit has none on some desktops), else `keys`.
    QKeySequence::StandardKey standard;
    QKeyCombination keys;
    bool (*enabled)(const ActionState&); // nullptr: always enabled
};

// clang-format off
const ActionSpec actionTable[] = {
    {ActionId::NewSet, "newSetAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&New Key Set\u2026"), "new-set",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_N, haveStore},
    {ActionId::Generate, "generateAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Generate Key\u2026"), "generate",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::Key_G, haveStore},
    {ActionId::HydraDefaults, "hydraDefaultsAction",
     QT_TRANSLATE_NOOP("jwk::MainWindow", "Create &Hydra's Default Sets\u2026"), "hydra",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_H, haveStore},
    {ActionId::Import, "importAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Import\u2026"), "import",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::Key_I, [](const ActionState& s) { return s.haveStore && !s.importing; }},
    {ActionId::Paste, "pasteAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Paste Keys"), "paste",
     QKeySequence::Paste, Qt::CTRL | Qt::Key_V, [](const ActionState& s) { return s.haveStore && !s.importing; }},
    {ActionId::Export, "exportAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Export Keys\u2026"), "export",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::Key_E, [](const ActionState& s) { return s.selectedKeys > 0; }},
    {ActionId::ExportSet, "exportSetAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Export Key &Set\u2026"), "export",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_E, [](const ActionState& s) { return s.realSet; }},
    {ActionId::Settings, "settingsAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Se&ttings\u2026"), "settings",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::Key_Comma, nullptr},
    {ActionId::Quit, "quitAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Quit"), "quit",
     QKeySequence::Quit, Qt::CTRL | Qt::Key_Q, nullptr},
    {ActionId::Undo, "undoAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Undo"), "undo",
     QKeySequence::Undo, Qt::CTRL | Qt::Key_Z, nullptr},
    {ActionId::Redo, "redoAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Redo"), "redo",
     QKeySequence::Redo, Qt::CTRL | Qt::SHIFT | Qt::Key_Z, nullptr},
    {ActionId::CopyJwk, "copyJwkAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Copy Public &JWK"), "copy",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_J,
     [](const ActionState& s) { return s.currentKey && !isOct(s); }},
    {ActionId::CopyPem, "copyPemAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Copy Public &PEM"), "copy-pem",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_C,
     [](const ActionState& s) { return s.currentKey && !isOct(s); }},
    {ActionId::CopyThumbprint, "copyThumbprintAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Copy &Thumbprint"),
     "thumbprint", QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_T,
     [](const ActionState& s) { return s.currentKey.has_value(); }},
    // Private material has no shortcut on purpose: copying it takes a deliberate trip through the menu.
    {ActionId::CopyPrivateJwk, "copyPrivateJwkAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Copy Private JWK"),
     "private", QKeySequence::UnknownKey, NoKey, canDecrypt},
    {ActionId::CopyPrivatePem, "copyPrivatePemAction",
     QT_TRANSLATE_NOOP("jwk::MainWindow", "Copy Private PEM (PKCS#8)"), "private", QKeySequence::UnknownKey, NoKey,
     [](const ActionState& s) { return canDecrypt(s) && !isOct(s); }},
    {ActionId::Find, "findAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Find"), "search",
     QKeySequence::Find, Qt::CTRL | Qt::Key_F, nullptr},
    {ActionId::EditKey, "editKeyAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Edit Key\u2026"), "edit",
     QKeySequence::UnknownKey, QKeyCombination(Qt::Key_F2),
     [](const ActionState& s) { return s.currentKey && s.currentKey->decryptable; }},
    {ActionId::RenameSet, "renameSetAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Rename Key Set\u2026"), "rename",
     QKeySequence::UnknownKey, Qt::SHIFT | Qt::Key_F2, [](const ActionState& s) { return s.realSet; }},
    {ActionId::Delete, "deleteAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Delete"), "delete",
     QKeySequence::Delete, QKeyCombination(Qt::Key_Delete),
     [](const ActionState& s) { return s.selectedKeys > 0 || s.realSet; }},
    {ActionId::DeleteSet, "deleteSetAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Delete Key Se&t"), "delete",
     QKeySequence::UnknownKey, Qt::SHIFT | Qt::Key_Delete, [](const ActionState& s) { return s.realSet; }},
    {ActionId::ShowPrivate, "showPrivateAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Show &Private Key"), "reveal",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_P, canDecrypt},
    {ActionId::Trash, "trashAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Trash\u2026"), "trash",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_Delete, haveStore},
    {ActionId::About, "aboutAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&About JWK Manager"), "about",
     QKeySequence::UnknownKey, QKeyCombination(Qt::Key_F1), nullptr},
    {ActionId::AboutQt, "aboutQtAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "About &Qt"), "",
     QKeySequence::UnknownKey, NoKey, nullptr},
    {ActionId::Remotes, "remotesAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Remote Endpoints\u2026"), "hydra",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_R, remoteIdle},
    {ActionId::AddRemote, "addRemoteAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Add Remote\u2026"), "new-set",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_N, remoteIdle},
    {ActionId::Pull, "pullAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Pull from Remote\u2026"), "import",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_L, remoteIdle},
    {ActionId::PushKey, "pushKeyAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Push Selected &Key\u2026"), "export",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_U,
     [](const ActionState& s) { return remoteIdle(s) && s.currentKey.has_value(); }},
    {ActionId::PushSet, "pushSetAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Push Key &Set\u2026"), "export",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_U,
     [](const ActionState& s) { return remoteIdle(s) && s.realSet; }},
    {ActionId::GenerateRemote, "generateRemoteAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Generate on Server\u2026"),
     "generate", QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_G, remoteIdle},
    {ActionId::Rotate, "rotateAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "R&otate Key Set (Next Step)\u2026"),
     "signing", QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_R,
     [](const ActionState& s) { return remoteIdle(s) && s.realSet; }},
    {ActionId::PublishedKeys, "publishedKeysAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "P&ublished Keys\u2026"),
     "public", QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_K, haveStore},
    {ActionId::AuditUrl, "auditUrlAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Au&dit JWKS URL\u2026"), "search",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_A, nullptr},
    {ActionId::RotationPolicy, "rotationPolicyAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Rotation P&olicy\u2026"),
     "settings", QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_P, [](const ActionState& s) { return s.realSet; }},
    // Starts the staged rotation on the remote that tracks the set: it asks before each step, so no shortcut.
    {ActionId::RotateNow, "rotateNowAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Rotate No&w\u2026"), "signing",
     QKeySequence::UnknownKey, NoKey, [](const ActionState& s) { return remoteIdle(s) && s.realSet; }},
    {ActionId::DueFilter, "dueFilterAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Due for &Rotation"), "warning",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_D, haveStore},
    {ActionId::PublishClientKeys, "publishClientKeysAction",
     QT_TRANSLATE_NOOP("jwk::MainWindow", "Publish to OAuth2 &Client…"), "export", QKeySequence::UnknownKey,
     Qt::CTRL | Qt::ALT | Qt::Key_C, [](const ActionState& s) { return remoteIdle(s) && s.realSet; }},
    {ActionId::OpenHydraDb, "openHydraDbAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "Open Hydra &Database\u2026"),
     "hydra", QKeySequence::UnknownKey, Qt::CTRL | Qt::ALT | Qt::Key_H, haveStore},
    // The Token window decodes without a store; verifying and signing with stored keys need one.
    {ActionId::Tokens, "tokensAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&JWT Tokens\u2026"), "signing",
     QKeySequence::UnknownKey, Qt::CTRL | Qt::Key_J, nullptr},
    // Another store for the window: not while keys are being written to the one it shows.
    {ActionId::OpenTeamStore, "openTeamStoreAction", QT_TRANSLATE_NOOP("jwk::MainWindow", "&Open Team Store\u2026"),
     "key-set", QKeySequence::UnknownKey, Qt::CTRL | Qt::SHIFT | Qt::Key_O,
     [](const ActionState& s) { return !s.importing && !s.remoteBusy; }},
};
// clang-format on

static_assert(std::size(actionTable) == static_cast<size_t>(ActionId::Count), "one row per action");

const ActionSpec& spec(ActionId id)
{
    const ActionSpec& row = actionTable[static_cast<size_t>(id)];
    Q_ASSERT(row.id == id);
    return row;
}

} // namespace

QKeySequence WindowActions::shortcut(ActionId id)
{
    const ActionSpec& row = spec(id);
    if (row.standard != QKeySequence::UnknownKey) {
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(row.standard);
        if (!bindings.isEmpty()) {
            return bindings.first();
        }
    }
    return row.keys.toCombined() == 0 ? QKeySequence() : QKeySequence(row.keys);
}

WindowActions::WindowActions(QWidget* window, QUndoStack* undoStack)
    : QObject(window)
{
    for (const ActionSpec& row : actionTable) {
        const QString text = QCoreApplication::translate("jwk::MainWindow", row.text);
        // The actions are the window's children, as menus and tests expect to find them.
        QAction* action = row.id == ActionId::Undo   ? undoStack->createUndoAction(window, text)
                          : row.id == ActionId::Redo ? undoStack->createRedoAction(window, text)
                                                     : new QAction(text, window);
        action->setObjectName(QLatin1String(row.objectName));
        if (*row.icon) {
            action->setIcon(Icons::icon(QLatin1String(row.icon)));
        }
        const QKeySequence keys = shortcut(row.id);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
        }
        window->addAction(action); // shortcuts work even with the menu bar hidden
        m_actions[static_cast<size_t>(row.id)] = action;
    }
    (*this)[ActionId::Settings]->setMenuRole(QAction::PreferencesRole);
    (*this)[ActionId::Quit]->setMenuRole(QAction::QuitRole);
    (*this)[ActionId::About]->setMenuRole(QAction::AboutRole);
    (*this)[ActionId::AboutQt]->setMenuRole(QAction::AboutQtRole);
    (*this)[ActionId::ShowPrivate]->setCheckable(true);
    (*this)[ActionId::DueFilter]->setCheckable(true);

    m_copyPrivateMenu = new QMenu(MainWindowTr::tr("Copy Pri&vate"), window);
    m_copyPrivateMenu->setIcon(Icons::icon(QStringLiteral("private")));
    m_copyPrivateMenu->setObjectName(QStringLiteral("copyPrivateMenu"));
    m_copyPrivateMenu->addAction((*this)[ActionId::CopyPrivateJwk]);
    m_copyPrivateMenu->addAction((*this)[ActionId::CopyPrivatePem]);

    // Status tips and tool tips carry the shortcut, so that the toolbar teaches it too.
    for (QAction* a : m_actions) {
        if (!a->shortcut().isEmpty()) {
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->iconText(), a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
}

void WindowActions::update(const ActionState& state)
{
    for (const ActionSpec& row : actionTable) {
        if (row.enabled) {
            (*this)[row.id]->setEnabled(row.enabled(state));
        }
    }
    m_copyPrivateMenu->setEnabled(canDecrypt(state));
}

} // namespace jwk
