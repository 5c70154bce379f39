// Smoke test of the desktop app's main window, run offscreen.

#include "MainWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QtTest>

using jwk::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleNamesAppAndVersion()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("JWK Manager")));
        QVERIFY(window.windowTitle().contains(QStringLiteral(JWKMAN_VERSION)));
    }

    void centralWidgetShowsNameAndPlaceholder()
    {
        MainWindow window;
        auto* title = window.findChild<QLabel*>(QStringLiteral("titleLabel"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("JWK Manager " JWKMAN_VERSION));
        auto* placeholder = window.findChild<QLabel*>(QStringLiteral("placeholderLabel"));
        QVERIFY(placeholder);
        QCOMPARE(placeholder->text(), QStringLiteral("Key sets will appear here."));
    }

    void menusHaveQuitAndAbout()
    {
        MainWindow window;
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcuts(), QKeySequence::keyBindings(QKeySequence::Quit));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("aboutAction")));
    }

    void aboutNamesVersions()
    {
        const QString text = MainWindow::aboutText();
        QVERIFY(text.contains(QStringLiteral(JWKMAN_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("OpenSSL 3")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
