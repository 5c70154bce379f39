#pragma once
// Every setting of the desktop app in one table: its key in QSettings, its default and whether it belongs to the
// person (Roaming) or to this machine's window layout (Local). Read and written only through this class so that a
// default is never repeated at a call site (the shape of KeePassXC's Config).

#include <QSettings>
#include <QVariant>

#include <memory>

namespace jwk {

class Settings
{
public:
    enum class Key {
        StoreLocation,    // empty: KeyStore::resolvePath("") ($JWKMAN_STORE or the data location)
        RecentTeamStores, // team store URLs opened last, newest first (never a password: ServerLocation::url())
        ClipboardTimeout, // seconds until copied private material is cleared; 0 never clears (not advised)
        DefaultAlgorithm, // preselected in the generate dialog
        KidMode,          // "thumbprint" or "uuid"
        Language,         // "" follows the system, else "en" or "de"
        ColourScheme,     // "system", "light" or "dark"
        WindowGeometry,
        WindowState,
        SplitterState,
        KeyHeaderState,
        LastDirectory,
    };

    static Settings& instance();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    int clipboardTimeout() const { return value(Key::ClipboardTimeout).toInt(); }
    QString storeLocation() const { return value(Key::StoreLocation).toString(); }
    QString defaultAlgorithm() const { return value(Key::DefaultAlgorithm).toString(); }
    QString kidMode() const { return value(Key::KidMode).toString(); }
    QString language() const { return value(Key::Language).toString(); }
    QString colourScheme() const { return value(Key::ColourScheme).toString(); }
    QStringList recentTeamStores() const { return value(Key::RecentTeamStores).toStringList(); }
    // Puts `url` first in the recent team stores (at most 8 kept).
    void addRecentTeamStore(const QString& url);

    void sync();

    // Tests point the settings at a file of their own so that they never read or write the person's.
    static void useFile(const QString& path);

private:
    Settings();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jwk
