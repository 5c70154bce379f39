#include "remote/RemoteGenerateDialog.h"

#include "MessageBox.h"
#include "keys/Algorithms.h"
#include "models/AlgorithmModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jwk {

QStringList RemoteGenerateDialog::hydraAlgorithms()
{
    QStringList names;
    for (const auto& a : algorithms()) {
        if (a.hydraGenerates) {
            names << a.name;
        }
    }
    return names;
}

RemoteGenerateDialog::RemoteGenerateDialog(const QString& remoteName, const QStringList& sets,
                                           const QString& currentSet, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RemoteGenerateDialog"));
    setWindowTitle(tr("Generate on the Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Hydra on %1 generates the key and sends it back with its private part; it is "
                                "stored here too, encrypted. In a set Hydra signs with, the new key becomes the "
                                "signing key at once.")
                                 .arg(remoteName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_setCombo = new QComboBox(this);
    m_setCombo->setObjectName(QStringLiteral("setComboBox"));
    m_setCombo->setAccessibleName(tr("Key set"));
    m_setCombo->setEditable(true);
    m_setCombo->addItems(sets);
    m_setCombo->setCurrentText(currentSet.isEmpty() ? sets.value(0) : currentSet);
    auto* setLabel = new QLabel(tr("Key &set:"), this);
    setLabel->setBuddy(m_setCombo);
    form->addRow(setLabel, m_setCombo);

    m_algCombo = new QComboBox(this);
    m_algCombo->setObjectName(QStringLiteral("algComboBox"));
    m_algCombo->setAccessibleName(tr("Algorithm"));
    for (const auto& a : algorithms()) {
        if (a.hydraGenerates) {
            m_algCombo->addItem(QStringLiteral("%1 \u2013 %2").arg(a.name, AlgorithmModel::translatedDescription(a)),
                                a.name);
        }
    }
    auto* algLabel = new QLabel(tr("&Algorithm:"), this);
    algLabel->setBuddy(m_algCombo);
    form->addRow(algLabel, m_algCombo);

    m_kidEdit = new QLineEdit(this);
    m_kidEdit->setObjectName(QStringLiteral("kidLineEdit"));
    m_kidEdit->setAccessibleName(tr("Key ID"));
    m_kidEdit->setMaxLength(255);
    m_kidEdit->setPlaceholderText(tr("empty: Hydra makes a UUID"));
    auto* kidLabel = new QLabel(tr("Key &ID (kid):"), this);
    kidLabel->setBuddy(m_kidEdit);
    form->addRow(kidLabel, m_kidEdit);

    m_useCombo = new QComboBox(this);
    m_useCombo->setObjectName(QStringLiteral("useComboBox"));
    m_useCombo->setAccessibleName(tr("Use"));
    m_useCombo->addItem(tr("sig (signatures)"), QStringLiteral("sig"));
    m_useCombo->addItem(tr("enc (encryption)"), QStringLiteral("enc"));
    auto* useLabel = new QLabel(tr("&Use:"), this);
    useLabel->setBuddy(m_useCombo);
    form->addRow(useLabel, m_useCombo);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    generate->setObjectName(QStringLiteral("generateButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString RemoteGenerateDialog::setName() const
{
    return m_setCombo->currentText().trimmed();
}

QString RemoteGenerateDialog::alg() const
{
    return m_algCombo->currentData().toString();
}

QString RemoteGenerateDialog::kid() const
{
    return m_kidEdit->text().trimmed();
}

QString RemoteGenerateDialog::use() const
{
    return m_useCombo->currentData().toString();
}

void RemoteGenerateDialog::accept()
{
    if (setName().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Name the key set Hydra should generate the key in."));
        return;
    }
    QDialog::accept();
}

} // namespace jwk
