#include "InputDialog.h"

#include <QInputDialog>
#include <QList>
#include <optional>

namespace jwk {
namespace {

QList<std::optional<QString>>& answers()
{
    static QList<std::optional<QString>> queued;
    return queued;
}

} // namespace

void InputDialog::setNextText(const QString& text)
{
    answers().append(text);
}

void InputDialog::setNextCancel()
{
    answers().append(std::nullopt);
}

QString InputDialog::getText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok)
{
    if (!answers().isEmpty()) {
        const auto answer = answers().takeFirst();
        *ok = answer.has_value();
        return answer.value_or(QString());
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
}

QString InputDialog::getItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                             const QString& current, bool editable, bool* ok)
{
    if (!answers().isEmpty()) {
        const auto answer = answers().takeFirst();
        *ok = answer.has_value();
        return answer.value_or(QString());
    }
    const int index = std::max(0, static_cast<int>(items.indexOf(current)));
    QString value = QInputDialog::getItem(parent, title, label, items, index, editable, ok);
    return value.trimmed();
}

} // namespace jwk
