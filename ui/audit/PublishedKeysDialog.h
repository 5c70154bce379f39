#pragma once
// Published Keys: what a JWKS URL really publishes, as `jwkman-cli audit` sees it (core/usecases/JwksAudit): its
// findings, the differences with what it should publish (the remote's admin API, the local copies of the published
// sets, or any local set), what changed since the last remembered check and how old the keys are. For a remote (its
// public URL's /.well-known/jwks.json) or for any URL typed in (Audit URL…). Checks on demand (F5) and, when asked,
// every few minutes; a failed check is said in the dialog, never in a box that would pile up on an interval.

#include "remote/RemoteProfile.h"
#include "usecases/JwksAudit.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace jwk {

class JwksCheck;
class KeyStore;

class PublishedKeysDialog : public QDialog
{
    Q_OBJECT
public:
    // For a remote: its public URL's JWKS, compared with its admin API by default. Without one: a URL to type in.
    PublishedKeysDialog(KeyStore* store, const std::optional<RemoteProfile>& remote, QWidget* parent = nullptr);
    ~PublishedKeysDialog() override;
    // Opens the dialog for a remote (deleted on close) and starts its first check.
    static PublishedKeysDialog* openForRemote(KeyStore* store, const RemoteProfile& remote, QWidget* parent);

    void setUrl(const QString& url);
    // Starts a check (does nothing while one runs).
    void checkNow();
    bool isChecking() const;
    // The last complete check (none before the first, or after a failure of the first).
    const std::optional<JwksAuditReport>& lastReport() const { return m_report; }

    // For tests and screenshots.
    QLineEdit* urlEdit() const { return m_urlEdit; }
    QComboBox* compareBox() const { return m_compareBox; }
    QTreeWidget* findingsView() const { return m_findings; }
    QTreeWidget* differencesView() const { return m_differences; }
    QTreeWidget* keysView() const { return m_keys; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* checkButton() const { return m_checkButton; }
    QSpinBox* intervalBox() const { return m_interval; }

Q_SIGNALS:
    void checked();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum Compare { Nothing, AdminApi, LocalCopies, LocalSet, AdminAndLocal };
    QString sourceLabel() const;
    QStringList publishedSets() const;
    // The published sets' local copies (none when the store holds none of them).
    std::optional<JwksComparison> compareWithLocalCopies(const JwksAuditReport& report) const;
    void checkFinished();
    void showReport();
    void setBusy(bool busy);
    void intervalChanged(int minutes);

    KeyStore* m_store;
    std::optional<RemoteProfile> m_remote;
    JwksCheck* m_check;
    QTimer* m_timer;
    std::optional<JwksAuditReport> m_report;
    // With AdminAndLocal: the comparison with the local copies, beside the report's own with the admin API.
    std::optional<JwksComparison> m_localComparison;
    QUrl m_checkedUrl;

    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_extraSets = nullptr;
    QComboBox* m_compareBox = nullptr;
    QCheckBox* m_remember = nullptr;
    QSpinBox* m_maxAge = nullptr;
    QSpinBox* m_interval = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_findings = nullptr;
    QTreeWidget* m_differences = nullptr;
    QTreeWidget* m_keys = nullptr;
};

} // namespace jwk
