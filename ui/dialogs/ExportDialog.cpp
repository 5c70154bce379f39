#include "dialogs/ExportDialog.h"

#include "Icons.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace jwk {
namespace {

// The labels of the core's format table, marked here for translation (the core's table is shared with the CLI).
[[maybe_unused]] const char* const kFormatLabels[] = {
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "JWK (public key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "JWK (with private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "JWK Set (public keys)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "JWK Set (with private keys)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "SPKI PEM (public key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#8 PEM (private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "Encrypted PKCS#8 PEM (passphrase)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#1 PEM (RSA private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#1 PEM (RSA public key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "SEC1 PEM (EC private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "SPKI DER (public key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#8 DER (private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "Encrypted PKCS#8 DER (passphrase)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#1 DER (RSA private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#1 DER (RSA public key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "SEC1 DER (EC private key)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "JWK (password-protected JWE)"),
    QT_TRANSLATE_NOOP("jwk::FormatLabels", "PKCS#12"),
};

} // namespace

QString ExportDialog::formatLabel(const KeyFormatInfo& format)
{
    return QCoreApplication::translate("jwk::FormatLabels", format.label.toUtf8().constData());
}

ExportDialog::ExportDialog(const QString& what, int keyCount, bool anyPrivate, const std::optional<JsonWebKey>& sample,
                           QWidget* parent)
    : QDialog(parent)
    , m_keyCount(keyCount)
    , m_anyPrivate(anyPrivate)
    , m_sample(sample)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Export %1").arg(what), this);
    title->setObjectName(QStringLiteral("exportWhatLabel"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatComboBox"));
    m_formatCombo->setAccessibleName(tr("Format"));
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    form->addRow(formatLabel, m_formatCombo);
    m_privateCheck = new QCheckBox(tr("&Include private keys"), this);
    m_privateCheck->setObjectName(QStringLiteral("includePrivateCheckBox"));
    m_privateCheck->setEnabled(anyPrivate);
    m_privateCheck->setToolTip(anyPrivate ? tr("Write the private key material too. The file is readable by you only.")
                                          : tr("Only public keys are stored for this selection"));
    form->addRow(QString(), m_privateCheck);
    layout->addLayout(form);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("exportNoteLabel"));
    m_noteLabel->setWordWrap(true);
    layout->addWidget(m_noteLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_privateCheck, &QCheckBox::clicked, this, [this](bool on) {
        m_privateCheck->setChecked(false);
        setIncludePrivate(on);
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this, exportButton] {
        exportButton->setEnabled(m_formatCombo->currentIndex() >= 0);
        updateNote();
    });
    fillFormats();
    setTabOrder(m_formatCombo, m_privateCheck);
    resize(480, sizeHint().height());
}

void ExportDialog::setIncludePrivate(bool include)
{
    if (include && !m_privateCheck->isChecked()) {
        const auto answer = MessageBox::question(
            this, tr("Export Private Keys?"),
            tr("The file will hold private key material: anyone who reads it can sign or decrypt as you. It is "
               "written readable by you only. Export the private keys?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, {{QMessageBox::Yes, tr("Include Private Keys")}});
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    m_privateCheck->setChecked(include && m_anyPrivate);
    fillFormats();
}

void ExportDialog::fillFormats()
{
    const bool wantPrivate = m_privateCheck->isChecked();
    const KeyFormat previous = m_formatCombo->currentIndex() >= 0
                                   ? static_cast<KeyFormat>(m_formatCombo->currentData().toInt())
                                   : (wantPrivate ? KeyFormat::JwksPrivate : KeyFormat::JwksPublic);
    m_formatCombo->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_formatCombo->model());
    for (const auto& f : keyFormats()) {
        if (f.privateMaterial != wantPrivate) {
            continue;
        }
        // The password-protected JWE holds one JWK, or a JWK Set for several keys.
        const bool isSet = f.id == KeyFormat::JwksPublic || f.id == KeyFormat::JwksPrivate || f.id == KeyFormat::JweJwk;
        QString reason;
        if (m_keyCount != 1 && !isSet) {
            reason = tr("several keys go into a JWK Set");
        } else if (m_sample && !isSet) {
            reason = formatProblem(*m_sample, f.id);
        } else if (!m_sample && m_keyCount == 1 && !isSet) {
            reason = tr("a symmetric key has only JWK forms");
            if (f.id == KeyFormat::JwkPrivate) {
                reason.clear();
            }
        }
        m_formatCombo->addItem(QStringLiteral("%1 (.%2)").arg(formatLabel(f), f.extension), static_cast<int>(f.id));
        const int row = m_formatCombo->count() - 1;
        if (f.privateMaterial) {
            m_formatCombo->setItemIcon(row, Icons::icon(QStringLiteral("private")));
        }
        if (!reason.isEmpty()) {
            m_formatCombo->setItemData(row, reason, Qt::ToolTipRole);
            if (model) {
                model->item(row)->setEnabled(false);
            }
        }
    }
    if (!selectFormat(previous)) {
        selectFormat(wantPrivate ? KeyFormat::JwksPrivate : KeyFormat::JwksPublic);
    }
    updateNote();
}

void ExportDialog::updateNote()
{
    const bool wantPrivate = m_privateCheck->isChecked();
    const KeyFormat chosen = m_formatCombo->currentIndex() >= 0 ? format() : KeyFormat::JwksPublic;
    if (wantPrivate && (chosen == KeyFormat::JweJwk || chosen == KeyFormat::Pkcs12)) {
        m_noteLabel->setText(chosen == KeyFormat::JweJwk
                                 ? tr("The JWK (a JWK Set for several keys) is encrypted with a passphrase you choose "
                                      "next (PBES2-HS512+A256KW, A256GCM, 600,000 PBKDF2 iterations). The file gets "
                                      "owner-only permissions (0600).")
                                 : tr("The key and its certificate chain are encrypted with a passphrase you choose "
                                      "next (AES-256-CBC, PBKDF2, SHA-256 MAC). The file gets owner-only permissions "
                                      "(0600)."));
    } else {
        m_noteLabel->setText(wantPrivate ? tr("Private key material will be written. The file gets owner-only "
                                              "permissions (0600).")
                                         : tr("Only public keys will be written."));
    }
    // A longer note (the protected forms) takes another line: the dialog grows rather than crowd its buttons.
    if (isVisible() && layout()) {
        const int needed =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->sizeHint().height();
        if (needed > height()) {
            resize(width(), needed);
        }
    }
}

bool ExportDialog::selectFormat(KeyFormat format)
{
    const int index = m_formatCombo->findData(static_cast<int>(format));
    auto* model = qobject_cast<QStandardItemModel*>(m_formatCombo->model());
    if (index < 0 || (model && !model->item(index)->isEnabled())) {
        return false;
    }
    m_formatCombo->setCurrentIndex(index);
    return true;
}

QString ExportDialog::formatProblem(const JsonWebKey& key, KeyFormat format)
{
    const KeyFormatInfo& info = keyFormatInfo(format);
    if (!info.privateMaterial || key.isPrivate()) {
        return formatUnavailableReason(key, format);
    }
    if (format == KeyFormat::JweJwk) {
        return {};
    }
    const bool jwkForm = format == KeyFormat::JwkPrivate || format == KeyFormat::JwksPrivate;
    if (key.type() == KeyType::Oct && !jwkForm) {
        return tr("a symmetric key has no PEM or DER form");
    }
    if (info.rsaOnly && key.type() != KeyType::RSA) {
        return tr("PKCS#1 holds RSA keys only");
    }
    if (info.ecOnly && key.type() != KeyType::EC) {
        return tr("SEC1 holds EC keys only");
    }
    return {};
}

KeyFormat ExportDialog::format() const
{
    return static_cast<KeyFormat>(m_formatCombo->currentData().toInt());
}

bool ExportDialog::includePrivate() const
{
    return m_privateCheck->isChecked();
}

} // namespace jwk
