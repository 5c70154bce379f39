#pragma once
// Adds or edits a remote Ory Hydra endpoint: name, admin URL, optional public URL, a bearer token or custom headers,
// an extra CA file, an optional client certificate and key for mutual TLS, the key sets to track and the time-out.
// Accepting checks the transport (plain http only to loopback, refused with TransportPolicy's reason) and reads the
// files; the dialog does not save. Saved credentials are never shown again: left empty, they are kept.

#include "remote/RemoteProfile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jwk {

class RemoteProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: edit that profile; else add a new one. `takenNames`: names of the other profiles.
    RemoteProfileDialog(const std::optional<RemoteProfile>& existing, const QStringList& takenNames,
                        QWidget* parent = nullptr);
    ~RemoteProfileDialog() override;

    // Valid after accept().
    const RemoteProfile& profile() const { return m_profile; }
    QString originalName() const { return m_existing ? m_existing->name : QString(); }

    void accept() override;

private:
    // Builds the profile from the fields; an empty string, or the problem (also shown).
    QString buildProfile(RemoteProfile& profile) const;
    void updateTransportLabel();
    void browse(QLineEdit* edit, const QString& caption);

    std::optional<RemoteProfile> m_existing;
    QStringList m_takenNames;
    RemoteProfile m_profile;

    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLabel* m_transportLabel = nullptr;
    QLineEdit* m_publicUrlEdit = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QPlainTextEdit* m_headersEdit = nullptr;
    QLineEdit* m_caEdit = nullptr;
    QLineEdit* m_clientCertEdit = nullptr;
    QLineEdit* m_clientKeyEdit = nullptr;
    QCheckBox* m_forgetCheck = nullptr;
    QPlainTextEdit* m_setsEdit = nullptr;
    QSpinBox* m_timeoutSpin = nullptr;
};

} // namespace jwk
