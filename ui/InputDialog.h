#pragma once
// Asks a person for a line of text or a choice, with test hooks like MessageBox: setNextText() answers the next
// question without showing it, setNextCancel() declines it.

#include <QString>
#include <QStringList>

class QWidget;

namespace jwk {

class InputDialog
{
public:
    // Empty optional-like result: `ok` is false when the person cancelled.
    static QString getText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok);
    static QString getItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                           const QString& current, bool editable, bool* ok);

    static void setNextText(const QString& text);
    static void setNextCancel();
};

} // namespace jwk
