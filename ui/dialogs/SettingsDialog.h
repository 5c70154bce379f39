#pragma once
// The settings a person changes: where the store is, how long copied private material stays on the clipboard, the
// algorithm and kid mode the generate dialog starts with, the language and the colour scheme.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace jwk {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `openStore` is the store in use now (it may differ from the setting when --store was given).
    explicit SettingsDialog(const QString& openStore = QString(), QWidget* parent = nullptr);

    // Writes the values to Settings.
    void save();
    bool storeLocationChanged() const;
    bool languageChanged() const;

    QLineEdit* storeEdit() const { return m_storeEdit; }
    QSpinBox* clipboardTimeoutSpin() const { return m_timeoutSpin; }

private:
    QString m_initialStore;
    QString m_initialLanguage;
    QLineEdit* m_storeEdit = nullptr;
    QSpinBox* m_timeoutSpin = nullptr;
    QComboBox* m_algorithmCombo = nullptr;
    QComboBox* m_kidModeCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_schemeCombo = nullptr;
};

} // namespace jwk
