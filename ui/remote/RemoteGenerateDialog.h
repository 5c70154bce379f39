#pragma once
// Asks what Hydra should generate on the server: the key set, one of the algorithms Hydra's POST accepts
// (RS256/384/512, PS256/384/512, ES256/384/512, EdDSA), an optional kid (Hydra makes a UUID) and the use.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace jwk {

class RemoteGenerateDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteGenerateDialog(const QString& remoteName, const QStringList& sets, const QString& currentSet,
                         QWidget* parent = nullptr);

    QString setName() const;
    QString alg() const;
    QString kid() const;
    QString use() const;
    // The algorithms offered: those Hydra generates.
    static QStringList hydraAlgorithms();

    void accept() override;

private:
    QComboBox* m_setCombo = nullptr;
    QComboBox* m_algCombo = nullptr;
    QLineEdit* m_kidEdit = nullptr;
    QComboBox* m_useCombo = nullptr;
};

} // namespace jwk
