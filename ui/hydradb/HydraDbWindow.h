#pragma once
// File › Open Hydra Database…: Ory Hydra's own database as a person sees it (issue 17 part 2). A form for Hydra's DSN
// (its password in a field of its own, never shown, never kept) and Hydra's system secrets (SECRETS_SYSTEM, hidden
// too); Read fetches hydra_jwk on a worker thread (HydraDatabase::read, read-only) and shows the sets, their keys in
// the store's key view (newest first, Hydra's signer marked "signing", rows no secret opens as "cannot decrypt") and
// the "check" summary: which secret opens how many rows. "Import into Store…" copies the chosen sets (all when none
// is chosen) into the open store after a confirmation (Cancel by default), on a worker thread with a connection of
// its own (HydraDatabase::importInto). Nothing here writes to Hydra's database.

#include "store/KeyInfo.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace jwk {

class KeyModel;
class KeyStore;
class WorkerJob;

class HydraDbWindow : public QDialog
{
    Q_OBJECT

public:
    // `store` is the window's open store (import target); the DSN and the secrets start from the environment
    // variables DSN and SECRETS_SYSTEM when they are set.
    explicit HydraDbWindow(KeyStore* store, QWidget* parent = nullptr);
    ~HydraDbWindow() override;

    // Starts reading (does nothing while a task runs).
    void readDatabase();
    void importIntoStore();
    bool isBusy() const;

    // For tests and screenshots.
    QLineEdit* dsnEdit() const { return m_dsn; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* secretsEdit() const { return m_secrets; }
    QPushButton* readButton() const { return m_readButton; }
    QPushButton* importButton() const { return m_importButton; }
    QTableWidget* setsView() const { return m_sets; }
    QTableView* keysView() const { return m_keys; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* statusLabel() const { return m_status; }
    const QJsonObject& lastCheck() const { return m_check; }

Q_SIGNALS:
    void readFinished();
    void importFinished();
    // The store was changed by an import: the main window reloads.
    void storeChanged();

private:
    struct Input;
    std::optional<Input> input();
    void setBusy(bool busy, const QString& status);
    void showSets();
    void showKeysOfCurrentSet();
    QStringList chosenSets() const;
    void fail(const QString& title, const QString& message);

    KeyStore* m_store;
    WorkerJob* m_job;
    QLineEdit* m_dsn;
    QLineEdit* m_password;
    QLineEdit* m_secrets;
    QLineEdit* m_prefix;
    QPushButton* m_readButton;
    QPushButton* m_importButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_summary;
    QTableWidget* m_sets;
    QTableView* m_keys;
    KeyModel* m_keyModel;

    QString m_database; // what was read, for people (no password)
    QJsonObject m_check;
    QHash<QString, QList<KeyInfo>> m_keyInfos; // set -> its keys, newest first
    QHash<QString, QString> m_signers;
};

} // namespace jwk
