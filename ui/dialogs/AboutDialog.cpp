#include "dialogs/AboutDialog.h"

#include "Icons.h"
#include "MessageBox.h"
#include "store/KeyStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace jwk {

QString AboutDialog::versionsText()
{
    return tr("JWK Manager %1\nQt %2 (built with %3)\n%4")
        .arg(QStringLiteral(JWKMAN_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

QString AboutDialog::storeText(const KeyStore* store)
{
    if (!store) {
        return tr("No store is open.");
    }
    return tr("Store: %1\nSystem secret: %2").arg(store->path(), store->secret().locationDescription());
}

AboutDialog::AboutDialog(const KeyStore* store, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About JWK Manager"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::appIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("JWK Manager").toHtmlEscaped(),
                            tr("Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra "
                               "keeps them.")
                                .toHtmlEscaped()));
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto* versions = new QLabel(versionsText(), this);
    versions->setObjectName(QStringLiteral("versionsLabel"));
    versions->setTextFormat(Qt::PlainText);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(versions);
    auto* storeLabel = new QLabel(storeText(store), this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    storeLabel->setTextFormat(Qt::PlainText);
    storeLabel->setWordWrap(true);
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(storeLabel);

    // The system secret, for a backup: only on an explicit request, after a warning, and never copied for the
    // person (they select it themselves).
    auto* secretField = new QLineEdit(this);
    secretField->setObjectName(QStringLiteral("secretField"));
    secretField->setAccessibleName(tr("System secret"));
    secretField->setReadOnly(true);
    secretField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    secretField->hide();
    layout->addWidget(secretField);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (store) {
        auto* showSecret = buttons->addButton(tr("Show System Secret…"), QDialogButtonBox::ActionRole);
        showSecret->setObjectName(QStringLiteral("showSecretButton"));
        showSecret->setAccessibleName(tr("Show the system secret for a backup"));
        connect(showSecret, &QPushButton::clicked, this, [this, store, secretField, showSecret] {
            const auto answer = MessageBox::question(
                this, tr("Show the System Secret"),
                tr("The system secret decrypts every key in this store. Show it now to keep a backup in a safe "
                   "place? Anyone who sees it and has a copy of the store can read your private keys."));
            if (answer != QMessageBox::Yes) {
                return;
            }
            secretField->setText(QString::fromUtf8(store->secret().secrets().first().view()));
            secretField->show();
            showSecret->setEnabled(false);
        });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

} // namespace jwk
