#pragma once
// The Alt+letter mnemonics of a window as a person meets them, for the tests that check no letter leads to two places.

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiMap>
#include <QStringList>
#include <QTabBar>
#include <QToolButton>

namespace jwk::test {

// The Alt+letter mnemonics a person can press in `window` as it is now: the menu bar's titles, and the visible buttons,
// check boxes, labels with a buddy, tab titles and group boxes. Letter → where it is, lower case.
inline QMultiMap<QChar, QString> mnemonicsOf(QWidget* window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString& text, const QString& where) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i; // "&&" is a literal ampersand
                    continue;
                }
                found.insert(text.at(i + 1).toLower(), where + QStringLiteral(" \"") + text + u'"');
                return;
            }
        }
    };
    if (auto* main = qobject_cast<QMainWindow*>(window); main && main->menuBar()) {
        for (QAction* menu : main->menuBar()->actions()) {
            add(menu->text(), QStringLiteral("menu"));
        }
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !qobject_cast<QToolButton*>(button)) {
            add(button->text(), QStringLiteral("button"));
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (bar->isVisibleTo(window)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i)) {
                    add(bar->tabText(i), QStringLiteral("tab"));
                }
            }
        }
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(window)) {
            add(box->title(), QStringLiteral("group"));
        }
    }
    return found;
}

// The letters that lead to more than one place, with the places.
inline QStringList clashes(const QMultiMap<QChar, QString>& mnemonics)
{
    QStringList out;
    for (const QChar letter : mnemonics.uniqueKeys()) {
        const QStringList places = mnemonics.values(letter);
        if (places.size() > 1) {
            out << QStringLiteral("Alt+%1: %2").arg(letter.toUpper(), places.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace jwk::test
