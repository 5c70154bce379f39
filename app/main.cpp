// jwkman: the JWK Manager desktop app.

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace {

// Private keys live in this process's memory: keep them out of core files and away from ptrace by other
// processes of the same user.
void disableCoreDumps()
{
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        std::perror("jwkman: setrlimit(RLIMIT_CORE)");
#ifdef __linux__
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        std::perror("jwkman: prctl(PR_SET_DUMPABLE)");
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jwkman"));
    QApplication::setApplicationDisplayName(QStringLiteral("JWK Manager"));
    QApplication::setOrganizationName(QStringLiteral("jwkman"));
    QApplication::setApplicationVersion(QStringLiteral(JWKMAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("jwkman"));

    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/jwkman-256.png"));
    icon.addFile(QStringLiteral(":/icons/jwkman-64.png"));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JWK Manager: a desktop manager for JSON Web Keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Key files to open (not used yet)."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    jwk::MainWindow window;
    window.show();
    return QApplication::exec();
}
