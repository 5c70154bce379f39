#pragma once
// Asks where a key set's public keys go as an OAuth2 client's jwks (private_key_jwt): the remote, the client id, and
// whether the client keeps the keys it has (the overlap of a client key rotation). Nothing is read or sent here: the
// caller reads the client and shows which kids it gains and loses before anything changes.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace jwk {

class ClientKeysDialog : public QDialog
{
    Q_OBJECT

public:
    ClientKeysDialog(const QString& setName, const QStringList& remotes, const QString& currentRemote,
                     QWidget* parent = nullptr);

    QString remote() const;
    QString clientId() const;
    bool keepExisting() const;

    QComboBox* remoteComboBox() const { return m_remoteCombo; }
    QLineEdit* clientIdEdit() const { return m_clientIdEdit; }
    QCheckBox* keepExistingCheckBox() const { return m_keepCheck; }

    void accept() override;

private:
    QComboBox* m_remoteCombo = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QCheckBox* m_keepCheck = nullptr;
};

} // namespace jwk
