#include "Settings.h"

#include <QCoreApplication>

namespace jwk {
namespace {

struct SettingInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const QList<SettingInfo>& table()
{
    static const QList<SettingInfo> settings = {
        {Settings::Key::StoreLocation, "store/location", QString()},
        {Settings::Key::RecentTeamStores, "store/recentTeamStores", QStringList()},
        {Settings::Key::ClipboardTimeout, "security/clipboardTimeout", 10},
        {Settings::Key::DefaultAlgorithm, "generate/defaultAlgorithm", QStringLiteral("ES256")},
        {Settings::Key::KidMode, "generate/kidMode", QStringLiteral("thumbprint")},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ColourScheme, "ui/colourScheme", QStringLiteral("system")},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::SplitterState, "window/splitter", QByteArray()},
        {Settings::Key::KeyHeaderState, "window/keyHeader", QByteArray()},
        {Settings::Key::LastDirectory, "window/lastDirectory", QString()},
    };
    return settings;
}

const SettingInfo& info(Settings::Key key)
{
    for (const auto& s : table()) {
        if (s.key == key) {
            return s;
        }
    }
    Q_UNREACHABLE();
}

QString& overrideFile()
{
    static QString path;
    return path;
}

} // namespace

Settings::Settings()
{
    if (!overrideFile().isEmpty()) {
        m_settings = std::make_unique<QSettings>(overrideFile(), QSettings::IniFormat);
    } else {
        m_settings = std::make_unique<QSettings>();
    }
}

Settings& Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::useFile(const QString& path)
{
    overrideFile() = path;
    auto& self = instance();
    self.m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const SettingInfo& s = info(key);
    QVariant v = m_settings->value(QString::fromLatin1(s.name), s.defaultValue);
    if (s.defaultValue.isValid() && v.metaType() != s.defaultValue.metaType() &&
        v.canConvert(s.defaultValue.metaType())) {
        v.convert(s.defaultValue.metaType());
    }
    return v;
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::addRecentTeamStore(const QString& url)
{
    QStringList recent = recentTeamStores();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    setValue(Key::RecentTeamStores, recent);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace jwk
