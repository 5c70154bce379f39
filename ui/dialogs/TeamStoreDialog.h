#pragma once
// File › Open Team Store…: a team store on PostgreSQL (issue 17 part 1) as a person names it: host, port, database,
// user, TLS mode (with verify-ca and verify-full the CA file the server's certificate is checked against), the
// password (never shown, never in the URL or the settings) and "Remember password in the keychain"; when SECRETS_SYSTEM
// is not set, the team's system secret, entered once and kept in the keychain for this store. Recent team stores (their
// URLs only) are offered. Open connects on a worker thread (TeamStoreOpening: openTeamStore) with a busy indicator;
// Cancel abandons the attempt and changes nothing; an error says in words what is wrong and what to do. Once the store
// opens, what is to be remembered is kept (TeamStoreCredentials) and the dialog is accepted: takeStore() hands the
// store, opened anew on the UI thread, to the window.

#include "store/KeyStore.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace jwk {

class TeamStoreDialog : public QDialog
{
    Q_OBJECT

public:
    // `url`: the fields start from this store (the one last open, a recent one; empty: the most recent one);
    // `notice`: why the dialog is shown (the store last open did not open), above the fields.
    explicit TeamStoreDialog(QWidget* parent = nullptr, const QString& url = QString(),
                             const QString& notice = QString());
    ~TeamStoreDialog() override;

    // The store that opened (after accepted()); null before or once taken.
    std::unique_ptr<KeyStore> takeStore();
    bool isBusy() const;

    // Starts opening (Open, Enter). Cancel / Esc while it runs abandons the attempt; otherwise closes.
    void accept() override;
    void reject() override;

    // For tests and screenshots.
    QComboBox* recentCombo() const { return m_recent; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* tlsCombo() const { return m_tls; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QPushButton* caBrowseButton() const { return m_browse; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberCheck() const { return m_remember; }
    QLineEdit* secretEdit() const { return m_secret; }
    QCheckBox* keepSecretCheck() const { return m_keepSecret; }
    QPushButton* openButton() const { return m_openButton; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    // An attempt ended: opened (the dialog is accepted right after), failed (the error was shown) or abandoned.
    void attemptFinished(bool opened);

private:
    void fillFrom(const QString& url);
    void updateTlsFields();
    void updateKeptHints();
    void chooseCaFile();
    void setBusy(bool busy, const QString& status);
    void fail(const QString& message, const QString& details = QString());
    void finish(const QString& url, const QString& password, bool typedSecret);
    QString currentUrl() const; // the URL the fields name, or empty

    QLabel* m_notice;
    QComboBox* m_recent;
    QLabel* m_recentLabel;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLineEdit* m_secret = nullptr;     // null when SECRETS_SYSTEM is set
    QCheckBox* m_keepSecret = nullptr; // null when SECRETS_SYSTEM is set
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_openButton;

    std::unique_ptr<KeyStore> m_store;
    int m_attempt = 0; // the attempt whose outcome counts; a cancelled one's is dropped
    bool m_busy = false;
};

} // namespace jwk
