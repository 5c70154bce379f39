// "Follow the system" colour scheme: Qt 6.4 does not read the desktop's dark preference, so the app asks the
// freedesktop settings portal (org.freedesktop.appearance color-scheme) and follows its SettingChanged signal.
// The test runs its own session bus (dbus-daemon) with a fake portal on it; the explicit light and dark settings
// ignore the portal.

#include "Appearance.h"

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>
#include <QProcess>
#include <QtTest>

namespace {

bool paletteIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

// The part of xdg-desktop-portal's org.freedesktop.portal.Settings the app uses.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    // The portal is another client of the bus, as xdg-desktop-portal is.
    static QDBusConnection connection()
    {
        return QDBusConnection::connectToBus(QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS")),
                                             QStringLiteral("fake-portal"));
    }
    uint scheme = 0;
    bool doubleWrapped = true; // as xdg-desktop-portal answers Read: a variant in a variant
    int reads = 0;

public Q_SLOTS:
    QDBusVariant Read(const QString& nameSpace, const QString& key)
    {
        ++reads;
        if (nameSpace != QStringLiteral("org.freedesktop.appearance") || key != QStringLiteral("color-scheme")) {
            return QDBusVariant(QVariant());
        }
        const QVariant value = QVariant::fromValue(scheme);
        return doubleWrapped ? QDBusVariant(QVariant::fromValue(QDBusVariant(value))) : QDBusVariant(value);
    }

public:
    void change(uint value)
    {
        scheme = value;
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                         QStringLiteral("org.freedesktop.portal.Settings"),
                                                         QStringLiteral("SettingChanged"));
        signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
               << QVariant::fromValue(QDBusVariant(QVariant::fromValue(value)));
        connection().send(signal);
    }
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the test's own session bus is not there");
        QVERIFY(!paletteIsDark()); // the offscreen platform's palette is light
        QDBusConnection portal = FakePortal::connection();
        QVERIFY(portal.isConnected());
        QVERIFY(portal.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &m_portal,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(portal.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }

    void followsThePortal()
    {
        // the desktop prefers dark: the app turns dark once the (asynchronous) answer is in
        m_portal.scheme = 1;
        jwk::applyColourScheme(QString());
        QTRY_VERIFY_WITH_TIMEOUT(paletteIsDark(), 5000);
        QCOMPARE(m_portal.reads, 1);

        // the desktop switches to "no preference", then back to dark: the app follows without a restart
        m_portal.change(0);
        QTRY_VERIFY_WITH_TIMEOUT(!paletteIsDark(), 5000);
        m_portal.change(1);
        QTRY_VERIFY_WITH_TIMEOUT(paletteIsDark(), 5000);

        // an explicit setting wins over the desktop's preference, in both directions
        jwk::applyColourScheme(QStringLiteral("light"));
        QVERIFY(!paletteIsDark());
        m_portal.change(1);
        QTest::qWait(200); // the signal must arrive and change nothing
        QVERIFY(!paletteIsDark());
        m_portal.change(0);
        jwk::applyColourScheme(QStringLiteral("dark"));
        QVERIFY(paletteIsDark());
        m_portal.change(2);
        QTest::qWait(200);
        QVERIFY(paletteIsDark());

        // back to following the system, which now prefers light
        jwk::applyColourScheme(QString());
        QVERIFY(!paletteIsDark());
        m_portal.change(1);
        QTRY_VERIFY_WITH_TIMEOUT(paletteIsDark(), 5000);
        m_portal.change(0);
        QTRY_VERIFY_WITH_TIMEOUT(!paletteIsDark(), 5000);
    }

private:
    FakePortal m_portal;
};

// A private session bus for the fake portal: the test never talks to (or depends on) the desktop's own bus.
int main(int argc, char* argv[])
{
    QProcess daemon;
    daemon.start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!daemon.waitForStarted(10000) || !daemon.waitForReadyRead(10000)) {
        std::fprintf(stderr, "tst_appearance: dbus-daemon (Debian package dbus-daemon) could not be started\n");
        return 1;
    }
    const QByteArray address = daemon.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    int status = 0;
    {
        QApplication app(argc, argv);
        TestAppearance test;
        status = QTest::qExec(&test, argc, argv);
    }
    daemon.terminate();
    daemon.waitForFinished(5000);
    return status;
}

#include "tst_appearance.moc"
