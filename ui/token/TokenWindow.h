#pragma once
// The Token window (Ctrl+J): the JWT workbench of the desktop. A token pasted into it is decoded at once (header,
// claims, and exp, nbf and iat in local time), verified against a set of the store, a remote's set or a JWKS URL
// (TokenVerifyTab: every problem in words, the network never blocking the window) and a new one signed with a
// stored key (TokenSignTab). Both tabs call the core's use cases (usecases/TokenVerification, TokenSigning), as
// jwkman-cli jwt does.

#include "jose/CompactJws.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace jwk {

class KeyStore;
class TokenSignTab;
class TokenVerifyTab;

class TokenWindow : public QDialog
{
    Q_OBJECT
public:
    // `store` may be null (no store open: only decoding and JWKS URLs). `currentSet`: the set selected in the main
    // window, chosen for verifying and signing.
    TokenWindow(KeyStore* store, const QString& currentSet, QWidget* parent = nullptr);
    ~TokenWindow() override;

    void setToken(const QString& token);
    // The token as parsed; none when the text is empty or malformed.
    const std::optional<jose::CompactJws>& token() const { return m_token; }

    QPlainTextEdit* tokenEdit() const { return m_tokenEdit; }
    QPlainTextEdit* decodedView() const { return m_decoded; }
    QLabel* tokenStatus() const { return m_status; }
    QTabWidget* tabs() const { return m_tabs; }
    TokenVerifyTab* verifyTab() const { return m_verify; }
    TokenSignTab* signTab() const { return m_sign; }

Q_SIGNALS:
    void tokenChanged();

private:
    void parseToken();
    QString decodedText(const jose::CompactJws& token) const;

    QPlainTextEdit* m_tokenEdit = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_decoded = nullptr;
    TokenVerifyTab* m_verify = nullptr;
    TokenSignTab* m_sign = nullptr;
    std::optional<jose::CompactJws> m_token;
};

} // namespace jwk
