#pragma once
// Chooses how to export a key, a selection or a set: the forms come from the core's format table. Public forms are
// offered first; "Include private keys" adds the private ones, after a confirmation.

#include "keys/KeyFormats.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace jwk {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `what` names the scope for people ("key abc", "3 keys", "key set x"). `sample` is the one key exported
    // (public form) when there is one; several keys can only go into a JWK Set.
    ExportDialog(const QString& what, int keyCount, bool anyPrivate, const std::optional<JsonWebKey>& sample,
                 QWidget* parent = nullptr);

    KeyFormat format() const;
    bool includePrivate() const;
    // Ticks "Include private keys" (asking for confirmation, as a click does).
    void setIncludePrivate(bool include);
    bool selectFormat(KeyFormat format);

    // Why `key` cannot be written in `format` judged by its type alone (a private form of a public key that has a
    // private part in the store is fine); empty when it can.
    static QString formatProblem(const JsonWebKey& key, KeyFormat format);
    // The table's label for people, in their language.
    static QString formatLabel(const KeyFormatInfo& format);

private:
    void fillFormats();
    void updateNote();

    int m_keyCount;
    bool m_anyPrivate;
    std::optional<JsonWebKey> m_sample;
    QCheckBox* m_privateCheck = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QLabel* m_noteLabel = nullptr;
};

} // namespace jwk
