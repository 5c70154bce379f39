#pragma once
// Every message box of the app goes through here so that tests can answer it (the shape of KeePassXC's
// MessageBox): setNextAnswer() queues answers; in test mode an unanswered box returns its default button at once
// instead of blocking. The last text shown is kept for tests to check.

#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>

namespace jwk {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    using Labels = QMap<Button, QString>;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok,
                           const Labels& labels = {}, const QString& details = QString());
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok, const Labels& labels = {});
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::No,
                           const Labels& labels = {});

    // Test hooks.
    static void setTestMode(bool on);
    static void setNextAnswer(Button button);
    // Called as each box is about to show (answered or not), while what it would cover is still on screen.
    static void setShowObserver(std::function<void()> observer);
    static void clearAnswers();
    static QString lastTitle();
    static QString lastText();
    static int shownCount();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton, const Labels& labels, const QString& details);
};

} // namespace jwk
