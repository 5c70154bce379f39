#pragma once
// The Token window's Signing tab: a stored private key (the set's signer, as Hydra chooses it, or another private
// key of the set), an algorithm (the key's own by default), a claims editor (a JSON object) and an expiry; Sign makes
// the token with the core's TokenSigning (audited as signed-token) and shows it; Copy puts it on the clipboard, only
// when asked, marked as a secret for clipboard managers and cleared after the settings' time-out.

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace jwk {

class KeyStore;

class TokenSignTab : public QWidget
{
    Q_OBJECT
public:
    TokenSignTab(KeyStore* store, const QString& currentSet, QWidget* parent = nullptr);

    QComboBox* setBox() const { return m_set; }
    QComboBox* keyBox() const { return m_key; }
    QComboBox* algBox() const { return m_alg; }
    QPlainTextEdit* claimsEdit() const { return m_claims; }
    QSpinBox* expiresBox() const { return m_expires; }
    QPushButton* signButton() const { return m_signButton; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPlainTextEdit* signedView() const { return m_signed; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    void sign();
    void copy();

Q_SIGNALS:
    void tokenSigned(const QString& token);

private:
    void fillKeys();

    KeyStore* m_store;
    QComboBox* m_set = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_alg = nullptr;
    QPlainTextEdit* m_claims = nullptr;
    QSpinBox* m_expires = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPlainTextEdit* m_signed = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace jwk
