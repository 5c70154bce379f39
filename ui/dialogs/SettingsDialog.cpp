#include "dialogs/SettingsDialog.h"

#include "FileDialog.h"
#include "Settings.h"
#include "keys/Algorithms.h"
#include "store/KeyStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jwk {

SettingsDialog::SettingsDialog(const QString& openStore, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    Settings& settings = Settings::instance();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_initialStore = settings.storeLocation();
    auto* storeBox = new QWidget(this);
    auto* storeLayout = new QHBoxLayout(storeBox);
    storeLayout->setContentsMargins(0, 0, 0, 0);
    m_storeEdit = new QLineEdit(m_initialStore, storeBox);
    m_storeEdit->setObjectName(QStringLiteral("storeLineEdit"));
    m_storeEdit->setPlaceholderText(KeyStore::resolvePath(QString()));
    m_storeEdit->setAccessibleName(tr("Store location"));
    m_storeEdit->setToolTip(tr("Empty: $JWKMAN_STORE, else the default location"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), storeBox);
    browse->setObjectName(QStringLiteral("browseStoreButton"));
    browse->setAccessibleName(tr("Browse for the store"));
    storeLayout->addWidget(m_storeEdit, 1);
    storeLayout->addWidget(browse);
    auto* storeLabel = new QLabel(tr("&Store:"), this);
    storeLabel->setBuddy(m_storeEdit);
    form->addRow(storeLabel, storeBox);
    if (!openStore.isEmpty()) {
        auto* inUse = new QLabel(tr("In use now: %1").arg(openStore), this);
        inUse->setObjectName(QStringLiteral("storeInUseLabel"));
        inUse->setTextFormat(Qt::PlainText);
        inUse->setWordWrap(true);
        inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(QString(), inUse);
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString current = m_storeEdit->text().isEmpty() ? KeyStore::resolvePath(QString()) : m_storeEdit->text();
        const QString path = FileDialog::getSaveFileNameForStore(this, tr("Choose the Key Store"), current);
        if (!path.isEmpty()) {
            m_storeEdit->setText(path);
        }
    });

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("clipboardTimeoutSpinBox"));
    m_timeoutSpin->setRange(1, 600);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setValue(settings.clipboardTimeout());
    m_timeoutSpin->setAccessibleName(tr("Clipboard timeout in seconds"));
    m_timeoutSpin->setToolTip(tr("Copied private key material is cleared from the clipboard after this time"));
    auto* timeoutLabel = new QLabel(tr("Clear &clipboard after:"), this);
    timeoutLabel->setBuddy(m_timeoutSpin);
    form->addRow(timeoutLabel, m_timeoutSpin);

    m_algorithmCombo = new QComboBox(this);
    m_algorithmCombo->setObjectName(QStringLiteral("defaultAlgorithmComboBox"));
    m_algorithmCombo->addItems(algorithmNames());
    m_algorithmCombo->setCurrentText(settings.defaultAlgorithm());
    m_algorithmCombo->setAccessibleName(tr("Default algorithm"));
    auto* algLabel = new QLabel(tr("Default &algorithm:"), this);
    algLabel->setBuddy(m_algorithmCombo);
    form->addRow(algLabel, m_algorithmCombo);

    m_kidModeCombo = new QComboBox(this);
    m_kidModeCombo->setObjectName(QStringLiteral("kidModeComboBox"));
    m_kidModeCombo->addItem(tr("Thumbprint (RFC 7638)"), QStringLiteral("thumbprint"));
    m_kidModeCombo->addItem(tr("Random UUID (as Hydra)"), QStringLiteral("uuid"));
    m_kidModeCombo->setCurrentIndex(std::max(0, m_kidModeCombo->findData(settings.kidMode())));
    m_kidModeCombo->setAccessibleName(tr("Key ID for new keys"));
    auto* kidLabel = new QLabel(tr("&Key ID for new keys:"), this);
    kidLabel->setBuddy(m_kidModeCombo);
    form->addRow(kidLabel, m_kidModeCombo);

    m_initialLanguage = settings.language();
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("System language"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(m_initialLanguage)));
    m_languageCombo->setAccessibleName(tr("Language"));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    form->addRow(languageLabel, m_languageCombo);

    m_schemeCombo = new QComboBox(this);
    m_schemeCombo->setObjectName(QStringLiteral("colourSchemeComboBox"));
    m_schemeCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_schemeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_schemeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_schemeCombo->setCurrentIndex(std::max(0, m_schemeCombo->findData(settings.colourScheme())));
    m_schemeCombo->setAccessibleName(tr("Colours"));
    auto* schemeLabel = new QLabel(tr("C&olours:"), this);
    schemeLabel->setBuddy(m_schemeCombo);
    form->addRow(schemeLabel, m_schemeCombo);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language applies when JWK Manager is started again."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void SettingsDialog::save()
{
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::StoreLocation, m_storeEdit->text().trimmed());
    settings.setValue(Settings::Key::ClipboardTimeout, m_timeoutSpin->value());
    settings.setValue(Settings::Key::DefaultAlgorithm, m_algorithmCombo->currentText());
    settings.setValue(Settings::Key::KidMode, m_kidModeCombo->currentData());
    settings.setValue(Settings::Key::Language, m_languageCombo->currentData());
    settings.setValue(Settings::Key::ColourScheme, m_schemeCombo->currentData());
    settings.sync();
}

bool SettingsDialog::storeLocationChanged() const
{
    return m_storeEdit->text().trimmed() != m_initialStore;
}

bool SettingsDialog::languageChanged() const
{
    return m_languageCombo->currentData().toString() != m_initialLanguage;
}

} // namespace jwk
