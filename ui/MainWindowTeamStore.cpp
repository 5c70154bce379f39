// MainWindow's part of File › Open Team Store…: the dialog (one at a time), and the window switched to the team store
// it opened: one window per store (SingleInstance), the store remembered as the one to open at the next start (its URL
// only), the title and status bar naming it (setStore). Kept out of MainWindow.cpp, which holds the window itself.

#include "GenerateController.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "dialogs/TeamStoreDialog.h"
#include "hydradb/HydraDbWindow.h"
#include "remote/RemoteController.h"
#include "store/ServerLocation.h"

namespace jwk {

void MainWindow::openTeamStore()
{
    if (m_teamStoreDialog) {
        m_teamStoreDialog->raise();
        m_teamStoreDialog->activateWindow();
        return;
    }
    if (m_import->isImporting() || m_generate->isBusy() || m_remote->isBusy() ||
        (m_hydraDbWindow && m_hydraDbWindow->isBusy())) {
        MessageBox::information(this, tr("Open Team Store"),
                                tr("Keys are being written to the store this window shows. Open the team store when "
                                   "that is done."));
        return;
    }
    const QString current = m_store && m_store->isTeamStore() ? m_store->path() : QString();
    m_teamStoreDialog = new TeamStoreDialog(this, current);
    m_teamStoreDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_teamStoreDialog, &QDialog::accepted, this,
            [this, dialog = m_teamStoreDialog.data()] { switchToTeamStore(dialog->takeStore()); });
    m_teamStoreDialog->open();
}

TeamStoreDialog* MainWindow::teamStoreDialog() const
{
    return m_teamStoreDialog;
}

void MainWindow::switchToTeamStore(std::unique_ptr<KeyStore> store)
{
    if (!store) {
        return;
    }
    const QString url = store->path();
    const QString description = ServerLocation::parse(url).description();
    if (m_store && m_store->path() == url) {
        // The same store again (another password, say): this window keeps its claim on it.
        setStore(std::move(store));
    } else {
        // One window per store: a store open in another window is shown there.
        auto instance = std::make_unique<SingleInstance>(url);
        if (instance->start({}, 3000) == SingleInstance::Role::HandedOver) {
            MessageBox::information(this, tr("Open Team Store"),
                                    tr("The team store %1 is open in another JWK Manager window, which was brought "
                                       "forward.")
                                        .arg(description));
            return;
        }
        setStore(std::move(store));
        adoptInstance(std::move(instance));
    }
    // Opened again at the next start (the password from the keychain, or asked for).
    Settings::instance().setValue(Settings::Key::StoreLocation, url);
    Settings::instance().sync();
    showStatus(tr("Opened the team store %1.").arg(description), 8000);
}

} // namespace jwk
