// MainWindow's remote actions (pull, push, generate, rotate on a remote; the remote view; Published Keys and the
// JWKS audit) and its Token window, kept out of MainWindow.cpp, which holds the window itself.

#include "MainWindow.h"
#include "audit/PublishedKeysDialog.h"
#include "remote/RemoteController.h"
#include "remote/RemoteDialog.h"
#include "remote/RemoteProfiles.h"
#include "remote/RemoteWidget.h"
#include "token/TokenWindow.h"
#include "widgets/KeyStoreWidget.h"

namespace jwk {

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
    if (const auto key = m_view->currentKey()) {
        m_remoteDialog->remoteWidget()->setLocalKeyHint(key->setName, key->kid);
    }
    m_remoteDialog->show();
    m_remoteDialog->raise();
    m_remoteDialog->activateWindow();
}

void MainWindow::pullFromRemote()
{
    const QString remote = m_remote->profiles()->choose(tr("Pull from Remote"));
    if (!remote.isEmpty()) {
        m_remote->pull(remote);
    }
}

void MainWindow::pushKeyToRemote()
{
    const auto key = m_view->currentKey();
    if (!key) {
        return;
    }
    const QString remote = m_remote->profiles()->choose(tr("Push Selected Key"));
    if (!remote.isEmpty()) {
        m_remote->pushKey(remote, key->setName, key->kid);
    }
}

void MainWindow::pushSetToRemote()
{
    const QString set = m_view->currentSetName();
    if (set.isEmpty()) {
        return;
    }
    const QString remote = m_remote->profiles()->choose(tr("Push Key Set"));
    if (!remote.isEmpty()) {
        m_remote->pushSet(remote, set);
    }
}

void MainWindow::generateOnRemote()
{
    const QString remote = m_remote->profiles()->choose(tr("Generate on Server"));
    if (!remote.isEmpty()) {
        m_remote->generate(remote, m_view->currentSetName());
    }
}

void MainWindow::rotateOnRemote()
{
    const QString set = m_view->currentSetName();
    if (set.isEmpty()) {
        return;
    }
    const QString remote = m_remote->profiles()->choose(tr("Rotate Key Set"));
    if (!remote.isEmpty()) {
        m_remote->rotate(remote, set);
    }
}

void MainWindow::showPublishedKeys()
{
    const QString name = m_remote->profiles()->choose(tr("Published Keys"));
    if (name.isEmpty()) {
        return;
    }
    const auto profile = m_remote->profiles()->load(name);
    if (!profile) {
        return;
    }
    m_publishedDialog = PublishedKeysDialog::openForRemote(m_store.get(), *profile, this);
}

PublishedKeysDialog* MainWindow::publishedKeysDialog() const
{
    return m_publishedDialog;
}

void MainWindow::auditUrl()
{
    m_publishedDialog = new PublishedKeysDialog(m_store.get(), std::nullopt, this);
    m_publishedDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_publishedDialog->show();
}

TokenWindow* MainWindow::tokenWindow() const
{
    return m_tokenWindow;
}

void MainWindow::showTokenWindow()
{
    // Non-modal, kept while open so that a token pasted there stays; made again when the store changed.
    if (!m_tokenWindow) {
        m_tokenWindow = new TokenWindow(m_store.get(), m_view->currentSetName(), this);
        m_tokenWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_tokenWindow->show();
    m_tokenWindow->raise();
    m_tokenWindow->activateWindow();
}

} // namespace jwk
