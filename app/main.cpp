// jwkman: the JWK Manager desktop app.

#include "Appearance.h"
#include "Clipboard.h"
#include "Icons.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "StoreOpener.h"
#include "keys/ProcessHardening.h"
#include "store/KeyStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <openssl/crypto.h>

#include <csignal>
#include <cstdio>

// JWKMAN_STARTUP_TIMING=1 prints, once, how long after the start of main() the main window was first painted
// (the GUI benchmark reads it).
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer& sinceStart)
        : m_sinceStart(sinceStart)
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            std::fprintf(stderr, "jwkman: first paint %lld ms after start\n",
                         static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stderr);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const QElapsedTimer& m_sinceStart;
};

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Private keys live in this process's memory: keep them out of core files and away from ptrace by other
    // processes of the same user.
    if (const QString problem = jwk::disableCoreDumps(); !problem.isEmpty()) {
        std::fprintf(stderr, "jwkman: core dumps could not be turned off: %s\n", problem.toLocal8Bit().constData());
    }
    // No OpenSSL cleanup at exit: Qt's network threads free their OpenSSL thread state when they end, which can be
    // after main() returns (the same race jwkman-cli avoids).
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    std::signal(SIGXFSZ, SIG_IGN); // a full store fails its write with an error instead of killing the app

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jwkman"));
    QApplication::setApplicationDisplayName(QStringLiteral("JWK Manager"));
    QApplication::setOrganizationName(QStringLiteral("jwkman"));
    QApplication::setApplicationVersion(QStringLiteral(JWKMAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("jwkman"));
    QApplication::setWindowIcon(jwk::Icons::appIcon());

    jwk::Settings& settings = jwk::Settings::instance();
    jwk::installTranslations(settings.language());
    jwk::applyColourScheme(settings.colourScheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "JWK Manager: a desktop manager for JSON Web Keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringList{QStringLiteral("store")},
        QCoreApplication::translate("main", "The key store to open (default: the setting, $JWKMAN_STORE, or %1).")
            .arg(jwk::KeyStore::defaultPath()),
        QStringLiteral("PATH"));
    parser.addOption(storeOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Key or certificate files to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString explicitPath = parser.isSet(storeOption) ? parser.value(storeOption) : settings.storeLocation();
    const QString storePath = jwk::KeyStore::resolvePath(explicitPath);
    QStringList files;
    for (const QString& arg : parser.positionalArguments()) {
        files << QFileInfo(arg).absoluteFilePath();
    }

    // One window per store: when one is open already, it takes the files (and comes forward), and this start ends.
    auto instance = std::make_unique<jwk::SingleInstance>(storePath);
    QString instanceProblem;
    switch (instance->start(files, 5000, &instanceProblem)) {
    case jwk::SingleInstance::Role::HandedOver:
        return 0;
    case jwk::SingleInstance::Role::Alone:
        std::fprintf(stderr, "jwkman: %s; opening a window of its own.\n", instanceProblem.toLocal8Bit().constData());
        break;
    case jwk::SingleInstance::Role::Primary:
        break;
    }

    std::unique_ptr<jwk::KeyStore> store = jwk::openStoreWithDialogs(storePath, nullptr, true);
    if (!store) {
        return 1;
    }
    if (jwk::SingleInstance::socketPath(store->path()) != jwk::SingleInstance::socketPath(storePath)) {
        // Open Team Store… at the start (the store last open did not open) chose another store: the claim is on it.
        instance = std::make_unique<jwk::SingleInstance>(store->path());
        if (instance->start(files, 5000, &instanceProblem) == jwk::SingleInstance::Role::HandedOver) {
            return 0;
        }
    }

    jwk::MainWindow window(std::move(store));
    window.adoptInstance(std::move(instance));
    FirstPaintReporter reporter(sinceStart);
    if (qEnvironmentVariableIntValue("JWKMAN_STARTUP_TIMING") == 1) {
        window.installEventFilter(&reporter);
    }
    window.show();

    if (!files.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, files] { window.importController()->importFiles(files); });
    }
    const int status = QApplication::exec();
    jwk::Clipboard::instance()->clearCopiedSecret();
    return status;
}
