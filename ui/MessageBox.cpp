#include "MessageBox.h"

#include <QAbstractButton>
#include <QIcon>
#include <QList>

#include <functional>

namespace jwk {
namespace {

struct State
{
    bool testMode = false;
    QList<MessageBox::Button> answers;
    QString lastTitle;
    QString lastText;
    int shown = 0;
    std::function<void()> onShow;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton, const Labels& labels, const QString& details)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    ++s.shown;
    if (s.onShow) {
        s.onShow(); // a test looks at the screen as the box would appear on it
    }
    if (!s.answers.isEmpty()) {
        return s.answers.takeFirst();
    }
    if (s.testMode) {
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (QAbstractButton* button = box.button(it.key())) {
            button->setText(it.value());
            // The style's icon says "yes" or "no" (a red "no" on "Keep Signer"); a button that says what it does
            // needs none.
            button->setIcon(QIcon());
        }
    }
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton, const Labels& labels, const QString& details)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton, labels, details);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton, const Labels& labels)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton, labels, QString());
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton, {}, QString());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton, const Labels& labels)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, labels, QString());
}

void MessageBox::setShowObserver(std::function<void()> observer)
{
    state().onShow = std::move(observer);
}

void MessageBox::setTestMode(bool on)
{
    state().testMode = on;
}

void MessageBox::setNextAnswer(Button button)
{
    state().answers.append(button);
}

void MessageBox::clearAnswers()
{
    state().answers.clear();
}

QString MessageBox::lastTitle()
{
    return state().lastTitle;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

int MessageBox::shownCount()
{
    return state().shown;
}

} // namespace jwk
