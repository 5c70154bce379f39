#include "Appearance.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace jwk {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xc7);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

struct SystemLook
{
    QString style;
    QPalette palette;
    bool saved = false;
    QString scheme;        // the setting applied last: "", "light" or "dark"
    int portalScheme = -1; // the desktop's preference: 0 none, 1 dark, 2 light; -1 unknown
    bool watching = false;
};

SystemLook& systemLook()
{
    static SystemLook look;
    return look;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyLook()
{
    const SystemLook& look = systemLook();
    const bool dark = look.scheme == QStringLiteral("dark") ||
                      (look.scheme.isEmpty() && look.portalScheme == 1 && !isDark(look.palette));
    const bool light = look.scheme == QStringLiteral("light") ||
                       (look.scheme.isEmpty() && look.portalScheme == 2 && isDark(look.palette));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (light) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (QApplication::style()->name() != look.style) {
            QApplication::setStyle(QStyleFactory::create(look.style));
        }
        QApplication::setPalette(look.palette);
    }
}

// The freedesktop settings portal's org.freedesktop.appearance color-scheme, which GNOME, KDE and other desktops
// set, and which Qt 6.4 does not read yet. Read once without blocking the start, then followed as it changes.
const char kPortalService[] = "org.freedesktop.portal.Desktop";
const char kPortalPath[] = "/org/freedesktop/portal/desktop";
const char kPortalInterface[] = "org.freedesktop.portal.Settings";
const char kAppearance[] = "org.freedesktop.appearance";
const char kColorScheme[] = "color-scheme";

int schemeValue(QVariant value)
{
    // Read answers a variant in a variant (older portals) or a variant; SettingChanged a variant.
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = qvariant_cast<QDBusVariant>(value).variant();
    }
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok && scheme <= 2 ? static_cast<int>(scheme) : -1;
}

} // namespace

class PortalSchemeWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    // SettingChanged(s namespace, s key, v value)
    void settingChanged(const QDBusMessage& message)
    {
        const QVariantList args = message.arguments();
        if (args.size() == 3 && args.at(0).toString() == QLatin1String(kAppearance) &&
            args.at(1).toString() == QLatin1String(kColorScheme)) {
            systemLook().portalScheme = schemeValue(args.at(2));
            applyLook();
        }
    }
};

namespace {

void watchPortal()
{
    SystemLook& look = systemLook();
    if (look.watching) {
        return;
    }
    look.watching = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    auto* watcher = new PortalSchemeWatcher(qApp);
    bus.connect(QString::fromLatin1(kPortalService), QString::fromLatin1(kPortalPath),
                QString::fromLatin1(kPortalInterface), QStringLiteral("SettingChanged"), watcher,
                SLOT(settingChanged(QDBusMessage)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(QString::fromLatin1(kPortalService), QString::fromLatin1(kPortalPath),
                                       QString::fromLatin1(kPortalInterface), QStringLiteral("Read"));
    read << QString::fromLatin1(kAppearance) << QString::fromLatin1(kColorScheme);
    auto* pending = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), watcher);
    QObject::connect(pending, &QDBusPendingCallWatcher::finished, watcher, [](QDBusPendingCallWatcher* call) {
        const QDBusMessage reply = call->reply();
        call->deleteLater();
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            systemLook().portalScheme = schemeValue(reply.arguments().constFirst());
            applyLook();
        }
    });
}

} // namespace

void applyColourScheme(const QString& scheme)
{
    SystemLook& look = systemLook();
    if (!look.saved) {
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.saved = true;
    }
    look.scheme = scheme == QStringLiteral("dark") || scheme == QStringLiteral("light") ? scheme : QString();
    applyLook();
    if (look.scheme.isEmpty()) {
        watchPortal();
    }
}

QString installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* app = new QTranslator(qApp);
    QString used = QStringLiteral("en");
    // English is a translation too: it carries the plural forms ("1 key", "2 keys"). A system locale we have no
    // translation for (or "C") gets English.
    if (app->load(locale, QStringLiteral("jwkman"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        app->load(QStringLiteral("jwkman_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        used = app->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete app;
    }
    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto* qt = new QTranslator(qApp);
    if (used != QStringLiteral("en") && qt->load(QLocale(used), QStringLiteral("qtbase"), QStringLiteral("_"),
                                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    if (used != QStringLiteral("en")) {
        QLocale::setDefault(QLocale(used));
    }
    return used;
}

} // namespace jwk

#include "Appearance.moc"
