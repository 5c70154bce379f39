#pragma once
// The desktop app's main window.

#include <QMainWindow>

class QLabel;

namespace jwk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The text of the About box: the app's, Qt's and OpenSSL's versions.
    static QString aboutText();

private Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    QLabel* m_titleLabel = nullptr;
    QLabel* m_placeholderLabel = nullptr;
};

} // namespace jwk
