#include "remote/ClientKeysDialog.h"

#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jwk {

ClientKeysDialog::ClientKeysDialog(const QString& setName, const QStringList& remotes, const QString& currentRemote,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ClientKeysDialog"));
    setWindowTitle(tr("Publish to OAuth2 Client"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The public keys of key set %1 become the keys an OAuth2 client of Hydra signs its "
                                "token requests with (private_key_jwt). Private parts never leave this computer. "
                                "Before anything changes you see which keys the client gains and loses.")
                                 .arg(setName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_remoteCombo = new QComboBox(this);
    m_remoteCombo->setObjectName(QStringLiteral("remoteComboBox"));
    m_remoteCombo->setAccessibleName(tr("Remote"));
    m_remoteCombo->addItems(remotes);
    if (remotes.contains(currentRemote)) {
        m_remoteCombo->setCurrentText(currentRemote);
    }
    auto* remoteLabel = new QLabel(tr("Re&mote:"), this);
    remoteLabel->setBuddy(m_remoteCombo);
    form->addRow(remoteLabel, m_remoteCombo);

    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientIdEdit->setAccessibleName(tr("Client ID"));
    m_clientIdEdit->setMaxLength(255);
    m_clientIdEdit->setPlaceholderText(tr("the client_id in Hydra"));
    auto* clientLabel = new QLabel(tr("Client &ID:"), this);
    clientLabel->setBuddy(m_clientIdEdit);
    form->addRow(clientLabel, m_clientIdEdit);
    layout->addLayout(form);

    m_keepCheck = new QCheckBox(tr("&Keep the client's existing keys"), this);
    m_keepCheck->setObjectName(QStringLiteral("keepExistingCheckBox"));
    m_keepCheck->setToolTip(tr("Add the set's keys and remove none: the overlap while a client moves to a new key"));
    layout->addWidget(m_keepCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* next = buttons->addButton(tr("Sho&w Changes\u2026"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("showChangesButton"));
    next->setDefault(true); // nothing changes yet: the changes are shown and confirmed next
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_clientIdEdit->setFocus();
    resize(500, sizeHint().height());
}

QString ClientKeysDialog::remote() const
{
    return m_remoteCombo->currentText();
}

QString ClientKeysDialog::clientId() const
{
    return m_clientIdEdit->text().trimmed();
}

bool ClientKeysDialog::keepExisting() const
{
    return m_keepCheck->isChecked();
}

void ClientKeysDialog::accept()
{
    if (remote().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Choose the remote Hydra endpoint the client is on."));
        return;
    }
    if (clientId().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Type the client's id (its client_id in Hydra)."));
        m_clientIdEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace jwk
