#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWidget>

#include <openssl/crypto.h>

namespace jwk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("JWK Manager %1").arg(QStringLiteral(JWKMAN_VERSION)));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addStretch();

    m_titleLabel = new QLabel(tr("JWK Manager %1").arg(QStringLiteral(JWKMAN_VERSION)), central);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_placeholderLabel = new QLabel(tr("Key sets will appear here."), central);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholderLabel);

    layout->addStretch();
    setCentralWidget(central);

    createMenus();
    resize(800, 560);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcuts(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About JWK Manager"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

QString MainWindow::aboutText()
{
    return tr("<h3>JWK Manager %1</h3>"
              "<p>A desktop and command-line manager for JSON Web Keys.</p>"
              "<p>Qt %2<br>%3</p>")
        .arg(QStringLiteral(JWKMAN_VERSION), QString::fromLatin1(qVersion()),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About JWK Manager"), aboutText());
}

} // namespace jwk
