#pragma once
// Edits a key set's rotation policy (store/RotationPolicies.h): rotate the signing key every N days, and at least M
// days between publishing a new key and activating it. Each number can be left unset; Clear Policy removes both.
// The values are checked as the store checks them (RotationPolicies::problem) before OK is enabled.

#include "store/RotationPolicies.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace jwk {

class RotationPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the set's policy now (none: it has none); `suggested`: what hydra-defaults suggests for the set, the
    // starting numbers when it has none.
    RotationPolicyDialog(const QString& setName, const std::optional<RotationPolicy>& current,
                         const std::optional<RotationPolicy>& suggested, QWidget* parent = nullptr);

    // The policy to keep (empty: clear it).
    RotationPolicy policy() const;
    QString problem() const;

    QCheckBox* rotateCheck() const { return m_rotateCheck; }
    QSpinBox* rotateDays() const { return m_rotateDays; }
    QCheckBox* overlapCheck() const { return m_overlapCheck; }
    QSpinBox* overlapDays() const { return m_overlapDays; }
    QPushButton* clearButton() const { return m_clearButton; }

private:
    void validate();

    QString m_setName;
    QCheckBox* m_rotateCheck = nullptr;
    QSpinBox* m_rotateDays = nullptr;
    QCheckBox* m_overlapCheck = nullptr;
    QSpinBox* m_overlapDays = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_clearButton = nullptr;
};

} // namespace jwk
