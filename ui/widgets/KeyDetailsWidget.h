#pragma once
// The right-hand pane: one key in tabs. JWK shows the public key; its private members appear only after an explicit
// "Show private", which is undone whenever another key is selected. PEM writes the key in any text form of the core's
// format table (private forms likewise only after "Show private"). Certificate shows x5c, Checks the lint findings.

#include "keys/KeyFormats.h"
#include "store/KeyStore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace jwk {

class CertificateChainModel;
class ElidedLineEdit;
class FindingModel;

class KeyDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    enum Tab { JwkTab, PemTab, CertificateTab, ChecksTab };

    explicit KeyDetailsWidget(QWidget* parent = nullptr);
    ~KeyDetailsWidget() override;

    void setStore(KeyStore* store); // not const: showing private material is audited
    // Shows the key (nothing is decrypted); nullopt shows an empty pane.
    void showKey(const std::optional<KeyInfo>& key);
    const std::optional<KeyInfo>& key() const { return m_info; }

    // Decrypts the key and shows its private members; false (with the reason shown) when it cannot be decrypted.
    bool setShowPrivate(bool show);
    bool isShowingPrivate() const { return m_privateKey.has_value(); }

    QTabWidget* tabs() const { return m_tabs; }
    QString jwkText() const;
    QString pemText() const;
    void setPemFormat(KeyFormat format);
    FindingModel* findingModel() const { return m_findings; }
    CertificateChainModel* chainModel() const { return m_chain; }

Q_SIGNALS:
    void showPrivateChanged(bool shown);
    // The person pressed a tab's Copy button; `secret` when the text holds private material.
    void copyRequested(const QString& text, bool secret, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void hidePrivate();
    void updateJwk();
    void updatePem();
    void updateCertificate();
    void updateChecks();
    void fillPemFormats();
    void setText(QPlainTextEdit* edit, const QString& text);
    std::optional<JsonWebKey> publicKey() const;

    KeyStore* m_store = nullptr;
    std::optional<KeyInfo> m_info;
    QJsonObject m_publicJson;
    QString m_publicError; // why the store gave no public form (tampered, unknown secret)
    std::optional<JsonWebKey> m_publicKey;
    std::optional<JsonWebKey> m_privateKey;
    std::optional<KeyFormat> m_encryptedFormatDone; // the encrypted PEM made for this showing, if any
    QString m_encryptedPem;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    ElidedLineEdit* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QToolButton* m_showPrivateButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_jwkEdit = nullptr;
    QLabel* m_jwkNoteLabel = nullptr;
    QToolButton* m_copyJwkButton = nullptr;
    QComboBox* m_pemFormatCombo = nullptr;
    QPlainTextEdit* m_pemEdit = nullptr;
    QToolButton* m_copyPemButton = nullptr;
    QLabel* m_certSubjectLabel = nullptr;
    QLabel* m_certIssuerLabel = nullptr;
    QLabel* m_certValidityLabel = nullptr;
    QLabel* m_certSansLabel = nullptr;
    QLabel* m_certSerialLabel = nullptr;
    QLabel* m_certFingerprintLabel = nullptr;
    QTreeView* m_chainView = nullptr;
    CertificateChainModel* m_chain = nullptr;
    QTreeView* m_findingsView = nullptr;
    FindingModel* m_findings = nullptr;
};

} // namespace jwk
