#pragma once
// The ui's translation contexts for code that speaks for another class: the main window's controllers and action
// table keep the context jwk::MainWindow, the remote texts jwk::RemoteController, and so on, so that their
// translations stay where translators know them. lupdate reads a context from Q_DECLARE_TR_FUNCTIONS, which it does
// not expand from a macro, so each is written out here once instead of a `struct Tr` or a
// QCoreApplication::translate("…") in every file: MainWindowTr::tr("Export") is tr("Export") in jwk::MainWindow.

#include <QCoreApplication>

namespace jwk {

struct MainWindowTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::MainWindow)
};

struct RemoteControllerTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::RemoteController)
};

struct StoreOpenerTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::StoreOpener)
};

// The undo commands (UndoCommands.h); the context keeps its first name.
struct UndoCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::StoreCommands)
};

} // namespace jwk
