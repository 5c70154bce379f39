#include "dialogs/RotationPolicyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jwk {

RotationPolicyDialog::RotationPolicyDialog(const QString& setName, const std::optional<RotationPolicy>& current,
                                           const std::optional<RotationPolicy>& suggested, QWidget* parent)
    : QDialog(parent)
    , m_setName(setName)
{
    setObjectName(QStringLiteral("rotationPolicyDialog"));
    setWindowTitle(tr("Rotation Policy of %1").arg(setName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When the signing key of %1 is due for a new one, and how long a new key is published "
                                "before it signs. The key sets list marks sets that are due.")
                                 .arg(setName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    m_rotateCheck = new QCheckBox(tr("&Rotate the signing key every"), this);
    m_rotateCheck->setObjectName(QStringLiteral("rotateCheck"));
    m_rotateDays = new QSpinBox(this);
    m_rotateDays->setObjectName(QStringLiteral("rotateDaysSpin"));
    m_rotateDays->setRange(1, RotationPolicies::kMaxDays);
    m_rotateDays->setSuffix(tr(" days"));
    m_rotateDays->setAccessibleName(tr("Rotation period in days"));
    m_overlapCheck = new QCheckBox(tr("&Publish a new key at least"), this);
    m_overlapCheck->setObjectName(QStringLiteral("overlapCheck"));
    m_overlapDays = new QSpinBox(this);
    m_overlapDays->setObjectName(QStringLiteral("overlapDaysSpin"));
    m_overlapDays->setRange(0, RotationPolicies::kMaxDays);
    m_overlapDays->setSuffix(tr(" days before it signs"));
    m_overlapDays->setAccessibleName(tr("Overlap in days"));
    grid->addWidget(m_rotateCheck, 0, 0);
    grid->addWidget(m_rotateDays, 0, 1);
    grid->addWidget(m_overlapCheck, 1, 0);
    grid->addWidget(m_overlapDays, 1, 1);
    layout->addLayout(grid);
    auto* overlapNote = new QLabel(tr("A staged rotation asks before it activates a key sooner than that after "
                                      "publishing it, so that verifiers have fetched the new public key."),
                                   this);
    overlapNote->setWordWrap(true);
    overlapNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(overlapNote);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_clearButton = m_buttons->addButton(tr("C&lear Policy"), QDialogButtonBox::ResetRole);
    m_clearButton->setObjectName(QStringLiteral("clearPolicyButton"));
    m_clearButton->setEnabled(current.has_value());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_rotateCheck->setChecked(false);
        m_overlapCheck->setChecked(false);
        accept();
    });

    // The numbers now, else the suggestion, else a quarter and a week.
    const std::optional<RotationPolicy>& start = current ? current : suggested;
    m_rotateCheck->setChecked(current && current->rotateEveryDays);
    m_overlapCheck->setChecked(current && current->overlapDays);
    m_rotateDays->setValue(start && start->rotateEveryDays ? *start->rotateEveryDays : 90);
    m_overlapDays->setValue(start && start->overlapDays ? *start->overlapDays : 7);
    for (QCheckBox* box : {m_rotateCheck, m_overlapCheck}) {
        connect(box, &QCheckBox::toggled, this, &RotationPolicyDialog::validate);
    }
    for (QSpinBox* spin : {m_rotateDays, m_overlapDays}) {
        connect(spin, &QSpinBox::valueChanged, this, &RotationPolicyDialog::validate);
    }
    validate();
    m_rotateCheck->setFocus();
}

RotationPolicy RotationPolicyDialog::policy() const
{
    RotationPolicy p;
    p.setName = m_setName;
    if (m_rotateCheck->isChecked()) {
        p.rotateEveryDays = m_rotateDays->value();
    }
    if (m_overlapCheck->isChecked()) {
        p.overlapDays = m_overlapDays->value();
    }
    return p;
}

QString RotationPolicyDialog::problem() const
{
    return RotationPolicies::problem(policy());
}

void RotationPolicyDialog::validate()
{
    m_rotateDays->setEnabled(m_rotateCheck->isChecked());
    m_overlapDays->setEnabled(m_overlapCheck->isChecked());
    const QString why = problem();
    m_problemLabel->setText(why.isEmpty() ? QString() : why.left(1).toUpper() + why.mid(1) + QLatin1Char('.'));
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace jwk
