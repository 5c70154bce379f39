#pragma once
// Asks for the passphrase of an encrypted PEM (to read it) or for a new one (to write an encrypted PKCS#8), and is
// the desktop's answer to the core's PassphraseProvider. A wrong passphrase asks again, naming the item; "Skip"
// leaves the item out. Tests answer through setNextAnswers() (a missing value skips).

#include "keys/PassphraseProvider.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace jwk {

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& what, PassphraseProvider::Purpose purpose, int attempt, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // Shows the dialog (or takes the next test answer) on the calling (UI) thread.
    static std::optional<SecureBytes> ask(QWidget* parent, const QString& what, PassphraseProvider::Purpose purpose,
                                          int attempt);

    static void setNextAnswers(const QList<std::optional<QString>>& answers);
    static int askedCount();

private:
    void validate();
    SecureBytes takePassphrase();

    PassphraseProvider::Purpose m_purpose;
    QLabel* m_messageLabel = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Answers the core's questions with PassphraseDialog, on the UI thread.
class DialogPassphraseProvider : public PassphraseProvider
{
public:
    explicit DialogPassphraseProvider(QWidget* parent)
        : m_parent(parent)
    {
    }
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override
    {
        return PassphraseDialog::ask(m_parent, what, purpose, attempt);
    }

private:
    QWidget* m_parent;
};

} // namespace jwk
