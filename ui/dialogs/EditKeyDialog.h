#pragma once
// Changes a key's kid, alg and use, checking them before anything is written: the kid must be new in its set, the alg
// must fit the key (type, curve, size) and agree with the use.

#include "store/KeyStore.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace jwk {

class EditKeyDialog : public QDialog
{
    Q_OBJECT

public:
    EditKeyDialog(const KeyInfo& key, const std::optional<JsonWebKey>& publicKey, const QStringList& otherKids,
                  QWidget* parent = nullptr);

    QString kid() const;
    QString alg() const;
    QString use() const;
    // Why the values cannot be saved; empty when they can.
    QString problem() const;

    QLineEdit* kidEdit() const { return m_kidEdit; }
    QComboBox* algCombo() const { return m_algCombo; }
    QComboBox* useCombo() const { return m_useCombo; }

private:
    void validate();

    KeyInfo m_key;
    std::optional<JsonWebKey> m_publicKey;
    QStringList m_otherKids;
    QLineEdit* m_kidEdit = nullptr;
    QComboBox* m_algCombo = nullptr;
    QComboBox* m_useCombo = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jwk
