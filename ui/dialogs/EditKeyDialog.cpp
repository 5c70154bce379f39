#include "dialogs/EditKeyDialog.h"

#include "keys/Algorithms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jwk {

EditKeyDialog::EditKeyDialog(const KeyInfo& key, const std::optional<JsonWebKey>& publicKey,
                             const QStringList& otherKids, QWidget* parent)
    : QDialog(parent)
    , m_key(key)
    , m_publicKey(publicKey)
    , m_otherKids(otherKids)
{
    setObjectName(QStringLiteral("EditKeyDialog"));
    setWindowTitle(tr("Edit Key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Key %1 (%2) in set %3").arg(key.kid, key.typeDescription(), key.setName), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_kidEdit = new QLineEdit(key.kid, this);
    m_kidEdit->setObjectName(QStringLiteral("kidLineEdit"));
    m_kidEdit->setMaxLength(255);
    auto* kidLabel = new QLabel(tr("Key &ID (kid):"), this);
    kidLabel->setBuddy(m_kidEdit);
    form->addRow(kidLabel, m_kidEdit);

    m_algCombo = new QComboBox(this);
    m_algCombo->setObjectName(QStringLiteral("algComboBox"));
    m_algCombo->addItem(tr("(none)"), QString());
    for (const auto& a : algorithms()) {
        // Only algorithms that fit this key are offered.
        if (!m_publicKey || algorithmMismatch(a.name, *m_publicKey).isEmpty()) {
            m_algCombo->addItem(a.name, a.name);
        }
    }
    const int algIndex = m_algCombo->findData(key.alg);
    if (algIndex < 0 && !key.alg.isEmpty()) {
        m_algCombo->addItem(key.alg, key.alg); // keep what is there, even if it does not fit: the check says so
    }
    m_algCombo->setCurrentIndex(std::max(0, m_algCombo->findData(key.alg)));
    auto* algLabel = new QLabel(tr("&Algorithm (alg):"), this);
    algLabel->setBuddy(m_algCombo);
    form->addRow(algLabel, m_algCombo);

    m_useCombo = new QComboBox(this);
    m_useCombo->setObjectName(QStringLiteral("useComboBox"));
    m_useCombo->addItem(tr("(none)"), QString());
    m_useCombo->addItem(tr("sig (signatures)"), QStringLiteral("sig"));
    m_useCombo->addItem(tr("enc (encryption)"), QStringLiteral("enc"));
    m_useCombo->setCurrentIndex(std::max(0, m_useCombo->findData(key.use)));
    auto* useLabel = new QLabel(tr("&Use:"), this);
    useLabel->setBuddy(m_useCombo);
    form->addRow(useLabel, m_useCombo);
    layout->addLayout(form);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kidEdit, &QLineEdit::textChanged, this, &EditKeyDialog::validate);
    connect(m_algCombo, &QComboBox::currentIndexChanged, this, &EditKeyDialog::validate);
    connect(m_useCombo, &QComboBox::currentIndexChanged, this, &EditKeyDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

QString EditKeyDialog::kid() const
{
    return m_kidEdit->text().trimmed();
}

QString EditKeyDialog::alg() const
{
    return m_algCombo->currentData().toString();
}

QString EditKeyDialog::use() const
{
    return m_useCombo->currentData().toString();
}

QString EditKeyDialog::problem() const
{
    const QString k = kid();
    if (k.isEmpty()) {
        return tr("The key ID must not be empty.");
    }
    for (const QChar c : k) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return tr("The key ID must not contain control characters.");
        }
    }
    if (k != m_key.kid && m_otherKids.contains(k)) {
        return tr("Key set %1 has a key with this ID already.").arg(m_key.setName);
    }
    if (!alg().isEmpty()) {
        if (m_publicKey) {
            const QString mismatch = algorithmMismatch(alg(), *m_publicKey);
            if (!mismatch.isEmpty()) {
                return tr("%1 does not fit this key: %2").arg(alg(), mismatch);
            }
        }
        const AlgorithmInfo* info = findAlgorithm(alg());
        if (info && !use().isEmpty() && info->use != use()) {
            return tr("%1 is an algorithm for \u201c%2\u201d, not \u201c%3\u201d.").arg(alg(), info->use, use());
        }
    }
    return {};
}

void EditKeyDialog::validate()
{
    const QString p = problem();
    m_problemLabel->setText(p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

} // namespace jwk
