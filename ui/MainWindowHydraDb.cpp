// MainWindow's part of File › Open Hydra Database…: one window at a time, and the store's view reloaded after an
// import from it (kept out of MainWindow.cpp, which holds the window itself).

#include "MainWindow.h"
#include "StoreWatcher.h"
#include "hydradb/HydraDbWindow.h"
#include "widgets/KeyStoreWidget.h"

namespace jwk {

void MainWindow::openHydraDatabase()
{
    if (m_hydraDbWindow) {
        m_hydraDbWindow->raise();
        m_hydraDbWindow->activateWindow();
        return;
    }
    m_hydraDbWindow = new HydraDbWindow(m_store.get(), this);
    m_hydraDbWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hydraDbWindow, &HydraDbWindow::storeChanged, this, [this] {
        m_watcher->watch(m_store.get()); // the import's own commit is no news from outside
        m_view->reload();
        showStatus(tr("Keys imported from Hydra's database."));
    });
    m_hydraDbWindow->show();
}

HydraDbWindow* MainWindow::hydraDbWindow() const
{
    return m_hydraDbWindow;
}

} // namespace jwk
