#include "widgets/KeyDetailsWidget.h"

#include "Icons.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "keys/Certificate.h"
#include "keys/JwkError.h"
#include "keys/KeyLint.h"
#include "models/CertificateChainModel.h"
#include "models/FindingModel.h"
#include "usecases/KeyDisclosure.h"
#include "widgets/ElidedLineEdit.h"
#include "widgets/WrappingItemDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jwk {
namespace {

QPlainTextEdit* makeTextView(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setUndoRedoEnabled(false);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setWordWrapMode(QTextOption::WrapAnywhere);
    // Drops belong to the window (import), not to a read-only view.
    edit->setAcceptDrops(false);
    edit->viewport()->setAcceptDrops(false);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel* makeValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QToolButton* makeCopyButton(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(text);
    button->setIcon(Icons::icon(QStringLiteral("copy")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

KeyDetailsWidget::KeyDetailsWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("KeyDetailsWidget"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(tr("Select a key to see it here."), m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("noKeyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_stack->addWidget(m_emptyLabel);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    // A kid has no spaces to wrap at: a frameless read-only line, shortened in the middle with "…" when it does not fit
    // and whole once focused (to select and copy).
    m_titleLabel = new ElidedLineEdit(page);
    m_titleLabel->setObjectName(QStringLiteral("keyTitleLineEdit"));
    m_titleLabel->setAccessibleName(tr("Key ID"));
    {
        QPalette palette = m_titleLabel->palette();
        palette.setBrush(QPalette::Base, Qt::NoBrush);
        m_titleLabel->setPalette(palette);
    }
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel = makeValueLabel(page, QStringLiteral("keySubtitleLabel"));
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_subtitleLabel);
    header->addLayout(titles, 1);
    m_showPrivateButton = new QToolButton(page);
    m_showPrivateButton->setObjectName(QStringLiteral("showPrivateButton"));
    m_showPrivateButton->setCheckable(true);
    m_showPrivateButton->setText(tr("Show &private"));
    m_showPrivateButton->setAccessibleName(tr("Show private key material"));
    m_showPrivateButton->setToolTip(tr("Decrypt the key and show its private members until another key is "
                                       "selected"));
    m_showPrivateButton->setIcon(Icons::icon(QStringLiteral("reveal")));
    m_showPrivateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->addWidget(m_showPrivateButton, 0, Qt::AlignTop);
    layout->addLayout(header);
    connect(m_showPrivateButton, &QToolButton::toggled, this, [this](bool on) {
        m_showPrivateButton->setText(on ? tr("Hide &private") : tr("Show &private"));
        if (on != isShowingPrivate()) {
            setShowPrivate(on);
        }
    });

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_tabs->setAccessibleName(tr("Key details"));
    layout->addWidget(m_tabs, 1);

    // JWK
    auto* jwkPage = new QWidget(m_tabs);
    auto* jwkLayout = new QVBoxLayout(jwkPage);
    auto* jwkBar = new QHBoxLayout;
    m_jwkNoteLabel = makeValueLabel(jwkPage, QStringLiteral("jwkNoteLabel"));
    jwkBar->addWidget(m_jwkNoteLabel, 1);
    m_copyJwkButton = makeCopyButton(jwkPage, QStringLiteral("copyJwkButton"), tr("Copy"));
    m_copyJwkButton->setToolTip(tr("Copy the JWK as shown"));
    jwkBar->addWidget(m_copyJwkButton);
    jwkLayout->addLayout(jwkBar);
    m_jwkEdit = makeTextView(jwkPage, QStringLiteral("jwkTextEdit"), tr("JSON Web Key"));
    jwkLayout->addWidget(m_jwkEdit);
    m_tabs->addTab(jwkPage, tr("&JWK"));
    connect(m_copyJwkButton, &QToolButton::clicked, this, [this] {
        Q_EMIT copyRequested(m_jwkEdit->toPlainText(), isShowingPrivate(),
                             isShowingPrivate() ? tr("private JWK") : tr("public JWK"));
    });

    // PEM
    auto* pemPage = new QWidget(m_tabs);
    auto* pemLayout = new QVBoxLayout(pemPage);
    auto* pemBar = new QHBoxLayout;
    auto* formatLabel = new QLabel(tr("Form&at:"), pemPage);
    m_pemFormatCombo = new QComboBox(pemPage);
    m_pemFormatCombo->setObjectName(QStringLiteral("pemFormatComboBox"));
    m_pemFormatCombo->setAccessibleName(tr("PEM format"));
    formatLabel->setBuddy(m_pemFormatCombo);
    pemBar->addWidget(formatLabel);
    pemBar->addWidget(m_pemFormatCombo, 1);
    m_copyPemButton = makeCopyButton(pemPage, QStringLiteral("copyPemButton"), tr("Copy"));
    m_copyPemButton->setToolTip(tr("Copy the PEM as shown"));
    pemBar->addWidget(m_copyPemButton);
    pemLayout->addLayout(pemBar);
    m_pemEdit = makeTextView(pemPage, QStringLiteral("pemTextEdit"), tr("PEM"));
    // PEM has 64-character lines of its own: wrapping them again would make it look broken.
    m_pemEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    pemLayout->addWidget(m_pemEdit);
    m_tabs->addTab(pemPage, tr("PE&M"));
    connect(m_pemFormatCombo, &QComboBox::currentIndexChanged, this, &KeyDetailsWidget::updatePem);
    connect(m_copyPemButton, &QToolButton::clicked, this, [this] {
        const auto format = static_cast<KeyFormat>(m_pemFormatCombo->currentData().toInt());
        const bool secret = keyFormatInfo(format).privateMaterial && isShowingPrivate();
        Q_EMIT copyRequested(m_pemEdit->toPlainText(), secret, ExportDialog::formatLabel(keyFormatInfo(format)));
    });

    // Certificate
    auto* certPage = new QWidget(m_tabs);
    auto* certLayout = new QVBoxLayout(certPage);
    auto* form = new QFormLayout;
    m_certSubjectLabel = makeValueLabel(certPage, QStringLiteral("certSubjectLabel"));
    m_certIssuerLabel = makeValueLabel(certPage, QStringLiteral("certIssuerLabel"));
    m_certValidityLabel = makeValueLabel(certPage, QStringLiteral("certValidityLabel"));
    m_certSansLabel = makeValueLabel(certPage, QStringLiteral("certSansLabel"));
    m_certSerialLabel = makeValueLabel(certPage, QStringLiteral("certSerialLabel"));
    m_certSerialLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certFingerprintLabel = makeValueLabel(certPage, QStringLiteral("certFingerprintLabel"));
    m_certFingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Subject:"), m_certSubjectLabel);
    form->addRow(tr("Issuer:"), m_certIssuerLabel);
    form->addRow(tr("Validity:"), m_certValidityLabel);
    form->addRow(tr("Subject alternative names:"), m_certSansLabel);
    form->addRow(tr("Serial number:"), m_certSerialLabel);
    form->addRow(tr("SHA-256 fingerprint:"), m_certFingerprintLabel);
    certLayout->addLayout(form);
    auto* chainLabel = new QLabel(tr("Ch&ain (leaf first):"), certPage);
    certLayout->addWidget(chainLabel);
    m_chain = new CertificateChainModel(this);
    m_chainView = new QTreeView(certPage);
    m_chainView->setObjectName(QStringLiteral("chainTreeView"));
    m_chainView->setAccessibleName(tr("Certificate chain"));
    m_chainView->setRootIsDecorated(false);
    m_chainView->setUniformRowHeights(true);
    m_chainView->setModel(m_chain);
    m_chainView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_chainView->header()->resizeSection(CertificateChainModel::SubjectColumn, 170);
    m_chainView->header()->resizeSection(CertificateChainModel::IssuerColumn, 150);
    chainLabel->setBuddy(m_chainView);
    certLayout->addWidget(m_chainView, 1);
    m_tabs->addTab(certPage, tr("&Certificate"));

    // Checks
    m_findings = new FindingModel(this);
    m_findingsView = new QTreeView(m_tabs);
    m_findingsView->setObjectName(QStringLiteral("findingsTreeView"));
    m_findingsView->setAccessibleName(tr("Checks"));
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setModel(m_findings);
    m_findingsView->header()->setSectionResizeMode(FindingModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_findingsView->header()->setStretchLastSection(true);
    // Findings are sentences: wrapped at the column's width, never cut off.
    new WrappingItemDelegate(m_findingsView);
    m_tabs->addTab(m_findingsView, tr("Check&s"));

    m_stack->addWidget(page);
    fillPemFormats();
    showKey(std::nullopt);
}

KeyDetailsWidget::~KeyDetailsWidget()
{
    hidePrivate();
}

void KeyDetailsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // The tinted icons follow the palette; ask the buttons to repaint with the new one.
        for (auto* button : findChildren<QToolButton*>()) {
            button->setIcon(button->icon());
        }
    }
    QWidget::changeEvent(event);
}

void KeyDetailsWidget::fillPemFormats()
{
    m_pemFormatCombo->clear();
    for (const auto& f : keyFormats()) {
        // The PEM tab: no binary form, no JSON one, and not the password-protected JWE (Export writes it).
        if (f.binary || f.id == KeyFormat::JwkPublic || f.id == KeyFormat::JwkPrivate ||
            f.id == KeyFormat::JwksPublic || f.id == KeyFormat::JwksPrivate || f.id == KeyFormat::JweJwk) {
            continue;
        }
        // Every entry has an icon's room (an empty one for public formats), so that the names line up.
        QPixmap blank(m_pemFormatCombo->iconSize());
        blank.fill(Qt::transparent);
        m_pemFormatCombo->addItem(f.privateMaterial ? Icons::icon(QStringLiteral("private")) : QIcon(blank),
                                  ExportDialog::formatLabel(f), static_cast<int>(f.id));
    }
}

void KeyDetailsWidget::setStore(KeyStore* store)
{
    m_store = store;
    showKey(std::nullopt);
}

void KeyDetailsWidget::setText(QPlainTextEdit* edit, const QString& text)
{
    // Overwrite what the document held before it is replaced: it may have been private material.
    edit->document()->clear();
    edit->setPlainText(text);
}

void KeyDetailsWidget::hidePrivate()
{
    m_privateKey.reset();
    m_encryptedFormatDone.reset();
    wipe(m_encryptedPem);
    if (m_showPrivateButton) {
        const QSignalBlocker blocker(m_showPrivateButton);
        m_showPrivateButton->setChecked(false);
        m_showPrivateButton->setText(tr("Show &private"));
    }
}

void KeyDetailsWidget::showKey(const std::optional<KeyInfo>& key)
{
    const bool wasShowing = isShowingPrivate();
    hidePrivate();
    m_info = key;
    m_publicJson = {};
    m_publicError.clear();
    m_publicKey.reset();
    if (!m_info || !m_store) {
        setText(m_jwkEdit, QString());
        setText(m_pemEdit, QString());
        m_stack->setCurrentIndex(0);
        if (wasShowing) {
            Q_EMIT showPrivateChanged(false);
        }
        return;
    }
    try {
        m_publicJson = m_store->publicJwk(m_info->setName, m_info->kid);
        if (m_info->kty != QStringLiteral("oct")) {
            m_publicKey = JsonWebKey::fromJson(m_publicJson);
        }
    } catch (const std::exception& e) {
        m_publicKey.reset();
        m_publicError = QString::fromUtf8(e.what());
    }
    m_titleLabel->setFullText(m_info->kid);
    QStringList facts{m_info->typeDescription()};
    if (!m_info->alg.isEmpty()) {
        facts << m_info->alg;
    }
    if (!m_info->use.isEmpty()) {
        facts << m_info->use;
    }
    facts << tr("set %1").arg(m_info->setName);
    m_subtitleLabel->setText(facts.join(QStringLiteral(" · ")));
    m_showPrivateButton->setEnabled(m_info->hasPrivate && m_info->decryptable);
    m_showPrivateButton->setToolTip(!m_info->hasPrivate    ? tr("This key has no private part")
                                    : !m_info->decryptable ? tr("This key is encrypted under a system secret that "
                                                                "is not configured")
                                                           : tr("Decrypt the key and show its private members until "
                                                                "another key is selected"));
    m_stack->setCurrentIndex(1);
    updateJwk();
    updatePem();
    updateCertificate();
    updateChecks();
    if (wasShowing) {
        Q_EMIT showPrivateChanged(false);
    }
}

bool KeyDetailsWidget::setShowPrivate(bool show)
{
    if (!show) {
        const bool was = isShowingPrivate();
        hidePrivate();
        updateJwk();
        updatePem();
        if (was) {
            Q_EMIT showPrivateChanged(false);
        }
        return true;
    }
    if (!m_info || !m_store || !m_info->hasPrivate) {
        hidePrivate();
        return false;
    }
    // Like copying and exporting, showing private material on screen goes into the audit log (the use case records
    // it; a log that cannot be written does not hide the key, it is said beside it).
    QString auditProblem;
    try {
        DisclosedKey disclosed = discloseKey(*m_store, {m_info->setName, m_info->kid}, Disclosure::Shown,
                                             QStringLiteral("private members shown in the desktop app"));
        m_privateKey = std::move(disclosed.key);
        auditProblem = disclosed.auditProblem;
    } catch (const std::exception& e) {
        hidePrivate();
        m_jwkNoteLabel->setText(tr("The key cannot be shown: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    {
        const QSignalBlocker blocker(m_showPrivateButton);
        m_showPrivateButton->setChecked(true);
        m_showPrivateButton->setText(tr("Hide &private"));
    }
    updateJwk();
    updatePem();
    updateChecks();
    if (!auditProblem.isEmpty()) {
        m_jwkNoteLabel->setText(tr("Private key shown; the audit log could not record it: %1").arg(auditProblem));
    }
    Q_EMIT showPrivateChanged(true);
    return true;
}

void KeyDetailsWidget::updateJwk()
{
    if (!m_info) {
        return;
    }
    if (m_privateKey) {
        SecureBytes json = m_privateKey->toJson(true, JsonFormat::Indented);
        QString text = QString::fromUtf8(json.constChars(), static_cast<qsizetype>(json.size()));
        setText(m_jwkEdit, text);
        wipe(text);
        m_jwkNoteLabel->setText(tr("Private key shown. It is hidden again when you select another key."));
        return;
    }
    if (!m_publicError.isEmpty()) {
        // Tampered, or under a secret that is not configured: nothing is shown as this key's public form.
        setText(m_jwkEdit, QString());
        m_jwkNoteLabel->setText(m_publicError);
        return;
    }
    if (m_publicKey) {
        setText(m_jwkEdit, QString::fromUtf8(toJsonBytes(m_publicKey->publicMembers(), JsonFormat::Indented)));
        m_jwkNoteLabel->setText(m_info->hasPrivate ? tr("Public key. Use \u201cShow private\u201d to see the private "
                                                        "members.")
                                                   : tr("Public key."));
    } else {
        setText(m_jwkEdit, QString::fromUtf8(toJsonBytes(m_publicJson, JsonFormat::Indented)));
        m_jwkNoteLabel->setText(tr("A symmetric key has no public form: its metadata is shown. Use \u201cShow "
                                   "private\u201d to see the secret."));
    }
}

void KeyDetailsWidget::setPemFormat(KeyFormat format)
{
    const int index = m_pemFormatCombo->findData(static_cast<int>(format));
    if (index >= 0) {
        m_pemFormatCombo->setCurrentIndex(index);
    }
}

void KeyDetailsWidget::updatePem()
{
    if (!m_info) {
        return;
    }
    const bool oct = m_info->kty == QStringLiteral("oct");
    m_tabs->setTabEnabled(PemTab, !oct);
    m_tabs->setTabToolTip(PemTab, oct ? tr("A symmetric key has no PEM form") : QString());
    if (oct || m_pemFormatCombo->currentIndex() < 0) {
        setText(m_pemEdit, QString());
        return;
    }
    // Formats this key cannot take (SEC1 for RSA ...) stay listed but disabled, with the reason.
    const JsonWebKey* sample = m_privateKey ? &*m_privateKey : (m_publicKey ? &*m_publicKey : nullptr);
    if (sample) {
        for (int i = 0; i < m_pemFormatCombo->count(); ++i) {
            const auto f = static_cast<KeyFormat>(m_pemFormatCombo->itemData(i).toInt());
            QString reason = ExportDialog::formatProblem(*sample, f);
            if (keyFormatInfo(f).privateMaterial && !m_info->hasPrivate) {
                reason = tr("only the public key is stored");
            }
            m_pemFormatCombo->setItemData(i, reason.isEmpty() ? QVariant() : QVariant(reason), Qt::ToolTipRole);
            m_pemFormatCombo->setItemData(i, reason.isEmpty() ? QVariant() : QVariant(0), Qt::UserRole - 1);
        }
    }
    const auto format = static_cast<KeyFormat>(m_pemFormatCombo->currentData().toInt());
    const KeyFormatInfo& info = keyFormatInfo(format);
    if (info.privateMaterial && !m_privateKey) {
        setText(m_pemEdit, m_info->hasPrivate ? tr("The private key is hidden. Use \u201cShow private\u201d to see "
                                                   "it in this format.")
                                              : tr("Only the public key is stored."));
        m_copyPemButton->setEnabled(false);
        return;
    }
    const JsonWebKey* key = m_privateKey ? &*m_privateKey : (m_publicKey ? &*m_publicKey : nullptr);
    if (!key) {
        setText(m_pemEdit, QString());
        m_copyPemButton->setEnabled(false);
        return;
    }
    const QString unavailable = formatUnavailableReason(*key, format);
    if (!unavailable.isEmpty()) {
        setText(m_pemEdit, tr("Not available for this key: %1").arg(unavailable));
        m_copyPemButton->setEnabled(false);
        return;
    }
    if (info.encrypted) {
        // Asking for a passphrase is part of choosing the format; ask once per showing.
        if (m_encryptedFormatDone != format) {
            try {
                DialogPassphraseProvider passphrases(this);
                SecureBytes pem = exportKey(*key, format, &passphrases);
                wipe(m_encryptedPem);
                m_encryptedPem = QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size()));
                m_encryptedFormatDone = format;
            } catch (const JwkError& e) {
                setText(m_pemEdit,
                        e.kind() == JwkError::Kind::Cancelled ? tr("No passphrase was given.") : e.message());
                m_copyPemButton->setEnabled(false);
                return;
            }
        }
        setText(m_pemEdit, m_encryptedPem);
        m_copyPemButton->setEnabled(true);
        return;
    }
    try {
        SecureBytes pem = exportKey(*key, format);
        QString text = QString::fromLatin1(pem.constChars(), static_cast<qsizetype>(pem.size()));
        setText(m_pemEdit, text);
        wipe(text);
        m_copyPemButton->setEnabled(true);
    } catch (const JwkError& e) {
        setText(m_pemEdit, e.message());
        m_copyPemButton->setEnabled(false);
    }
}

void KeyDetailsWidget::updateCertificate()
{
    QList<Certificate> chain;
    QString problem;
    if (m_publicKey) {
        try {
            for (const QByteArray& der : m_publicKey->certificateChain()) {
                chain << Certificate::fromDer(der);
            }
        } catch (const JwkError& e) {
            problem = e.message();
        }
    }
    m_chain->setChain(chain);
    m_tabs->setTabVisible(CertificateTab, !chain.isEmpty() || !problem.isEmpty());
    if (chain.isEmpty()) {
        m_certSubjectLabel->setText(problem);
        for (QLabel* l :
             {m_certIssuerLabel, m_certValidityLabel, m_certSansLabel, m_certSerialLabel, m_certFingerprintLabel}) {
            l->clear();
        }
        return;
    }
    const Certificate& leaf = chain.first();
    const QLocale locale;
    m_certSubjectLabel->setText(leaf.subject());
    m_certIssuerLabel->setText(leaf.issuer());
    QString validity = tr("from %1\nuntil %2")
                           .arg(locale.toString(leaf.notBefore().toLocalTime(), QLocale::ShortFormat),
                                locale.toString(leaf.notAfter().toLocalTime(), QLocale::ShortFormat));
    if (leaf.isExpired()) {
        validity += QStringLiteral(" (%1)").arg(tr("expired"));
    } else if (leaf.isNotYetValid()) {
        validity += QStringLiteral(" (%1)").arg(tr("not yet valid"));
    }
    m_certValidityLabel->setText(validity);
    const QStringList sans = leaf.subjectAltNames();
    m_certSansLabel->setText(sans.isEmpty() ? tr("none") : sans.join(QStringLiteral(", ")));
    // Hex bytes as certificate viewers and `openssl x509 -fingerprint` show them, 16 to a line so nothing is cut off.
    const auto bytes = [](const QByteArray& raw) {
        QStringList lines;
        for (qsizetype i = 0; i < raw.size(); i += 16) {
            lines << QString::fromLatin1(raw.mid(i, 16).toHex(':').toUpper());
        }
        return lines.join(u'\n');
    };
    const QString serial = leaf.serialNumber();
    m_certSerialLabel->setText(bytes(
        QByteArray::fromHex((serial.size() % 2 ? QStringLiteral("0") : QString()).toLatin1() + serial.toLatin1())));
    m_certFingerprintLabel->setText(bytes(QByteArray::fromBase64(
        leaf.x5tS256().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

void KeyDetailsWidget::updateChecks()
{
    const JsonWebKey* key = m_privateKey ? &*m_privateKey : (m_publicKey ? &*m_publicKey : nullptr);
    if (!key) {
        m_findings->setFindings(
            {{LintFinding::Severity::Info, tr("A symmetric key is checked when it is shown with \u201cShow "
                                              "private\u201d.")}});
        return;
    }
    QList<LintFinding> findings = lintKey(*key);
    if (findings.isEmpty()) {
        findings << LintFinding{LintFinding::Severity::Info, tr("No problems found.")};
    }
    m_findings->setFindings(findings);
}

QString KeyDetailsWidget::jwkText() const
{
    return m_jwkEdit->toPlainText();
}

QString KeyDetailsWidget::pemText() const
{
    return m_pemEdit->toPlainText();
}

std::optional<JsonWebKey> KeyDetailsWidget::publicKey() const
{
    return m_publicKey;
}

} // namespace jwk
