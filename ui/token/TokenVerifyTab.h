#pragma once
// The Token window's Verification tab: the source of keys (a set of the store, a remote's set, a JWKS URL), the
// claims expected (issuer, audience, leeway), and the verdict with every problem in words. Keys of the store are
// read at once; a remote or a URL is fetched on the event loop (HydraAdminClient: its transport rule, time-out and
// size bound, no redirects), with a busy bar and Cancel, and the window stays responsive.

#include "usecases/TokenVerification.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace jwk {

class HydraAdminClient;
class JwksCheck;
class KeyStore;
class TokenWindow;

class TokenVerifyTab : public QWidget
{
    Q_OBJECT
public:
    enum class Source { StoreSet = 0, RemoteSet = 1, JwksUrl = 2 };

    TokenVerifyTab(TokenWindow* window, KeyStore* store, const QString& currentSet);
    ~TokenVerifyTab() override;

    void setSource(Source source);
    bool isBusy() const { return m_busy; }
    // The verdict of the last verification; none before one, or when the keys could not be had.
    const std::optional<TokenVerification>& result() const { return m_result; }

    QComboBox* sourceBox() const { return m_source; }
    QComboBox* setBox() const { return m_set; }
    QComboBox* remoteBox() const { return m_remote; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* issuerEdit() const { return m_issuer; }
    QLineEdit* audienceEdit() const { return m_audience; }
    QSpinBox* leewayBox() const { return m_leeway; }
    QPushButton* verifyButton() const { return m_verifyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QLabel* verdictLabel() const { return m_verdict; }
    QPlainTextEdit* problemsView() const { return m_problems; }

public Q_SLOTS:
    void verify();
    void cancel();

Q_SIGNALS:
    void verified();

private:
    void sourceChanged();
    void updateButtons();
    void setBusy(bool busy);
    void finish(const TokenKeySource& source);
    void fail(const QString& message);
    TokenCheckOptions options() const;

    TokenWindow* m_window;
    KeyStore* m_store;
    QComboBox* m_source = nullptr;
    QLabel* m_setLabel = nullptr;
    QComboBox* m_set = nullptr;
    QLabel* m_remoteLabel = nullptr;
    QComboBox* m_remote = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_audience = nullptr;
    QSpinBox* m_leeway = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    std::unique_ptr<HydraAdminClient> m_client;
    JwksCheck* m_check = nullptr;
    bool m_busy = false;
    std::optional<TokenVerification> m_result;
};

} // namespace jwk
