// jwkman-cli: JWK Manager for scripts and CI. The exit status is part of the interface: 0 success, 2 invalid
// input (one line on stderr says what is wrong), 64 usage error.
// cliMain is the whole command line: jwkman-cli runs it for the commands on keys alone, jwkman-cli-full (the module
// with the store and the network) for every command (see main.cpp).

#include "CliMain.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "keys/ProcessHardening.h"
#include "store/StoreError.h"
#include "text/TextEscape.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <openssl/crypto.h>

using namespace jwk::cli;

namespace {

QString versionText()
{
    return QStringLiteral("jwkman-cli %1 (Qt %2, %3)\n")
        .arg(QStringLiteral(JWKMAN_VERSION), QString::fromLatin1(qVersion()),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

// Global options may stand before the command (`jwkman-cli --store PATH sets`): they are taken out of `args` and
// handed to the command's parser as if they followed the command, so that both orders parse alike, and an option the
// command does not take is the same usage error in either place.
QStringList takeGlobalOptions(QStringList& args)
{
    QStringList globals;
    qsizetype i = 1;
    while (i < args.size()) {
        const QString& arg = args.at(i);
        // "--store PATH", "--store=PATH", and single-dash words ("-store"), as the command's parser reads them.
        const QString word = arg.startsWith(QStringLiteral("--")) ? arg.mid(2) : arg.mid(1);
        const QString name = word.section(QLatin1Char('='), 0, 0);
        const QCommandLineOption* option = nullptr;
        for (const auto& o : globalOptions()) {
            if (arg.startsWith(QLatin1Char('-')) && o.names().contains(name)) {
                option = &o;
            }
        }
        if (!option) {
            break;
        }
        globals << arg;
        ++i;
        if (!option->valueName().isEmpty() && !word.contains(QLatin1Char('=')) && i < args.size()) {
            globals << args.at(i++);
        }
    }
    args.remove(1, i - 1);
    return globals;
}

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "jwkman-cli: %s\n", jwk::escapeControlCharacters(message.simplified()).toUtf8().constData());
    return code;
}

} // namespace

int jwk::cli::cliMain(int argc, char* argv[])
{
    // Before any key is read, like the desktop app: no core file holds a private key, and other processes of the
    // same user cannot read this one's memory.
    if (const QString problem = jwk::disableCoreDumps(); !problem.isEmpty()) {
        std::fprintf(stderr, "jwkman-cli: core dumps could not be turned off: %s\n", problem.toLocal8Bit().constData());
    }
    // A store that cannot grow (a file size limit) must fail a write with an error the store reports, not kill
    // the process between a commit and its checkpoint.
    std::signal(SIGXFSZ, SIG_IGN);
    // No OpenSSL cleanup at exit: Qt's HTTP thread is detached, and its OpenSSL thread state is freed when it has
    // ended, which can be after main() returns; OpenSSL's atexit cleanup racing with that leaked the state (found by
    // LeakSanitizer in tst_cli_remote, one run in ten under load). The process ends anyway.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#if defined(JWKMAN_CLI_KEYS_ONLY)
    // The commands on keys alone need no application object (no event loop, no settings or store paths named after
    // the application): making one (its event dispatcher, the C library's locale files) was a tenth of this
    // program's start-up (issue #14). The arguments are decoded as QCoreApplication::arguments() decodes them.
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
#else
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jwkman-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("jwkman"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JWKMAN_VERSION));

    QStringList args = QCoreApplication::arguments();
#endif
    const QStringList globals = takeGlobalOptions(args);
    if (args.size() < 2 && !globals.isEmpty()) {
        return fail(
            Usage,
            QStringLiteral("no command after \"%1\"; see jwkman-cli --help").arg(globals.join(QLatin1Char(' '))));
    }
    if (args.size() < 2) {
        std::fputs(overview().toUtf8().constData(), stderr);
        return Usage;
    }
    const QString first = args.at(1);
    if (first == QStringLiteral("--version") || first == QStringLiteral("-V")) {
        writeOut(versionText());
        return Ok;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")) {
        writeOut(overview());
        return Ok;
    }
    if (first == QStringLiteral("help")) {
        if (args.size() == 2) {
            writeOut(overview());
            return Ok;
        }
        const Command* command = findCommand(args.at(2));
        if (!command || args.size() > 3) {
            return fail(
                Usage,
                QStringLiteral("no command \"%1\"; see jwkman-cli --help").arg(args.mid(2).join(QLatin1Char(' '))));
        }
        writeOut(commandHelp(*command));
        return Ok;
    }
    const Command* command = findCommand(first);
    if (!command) {
        return fail(Usage, QStringLiteral("unknown command \"%1\"; see jwkman-cli --help").arg(first));
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addCommandOptions(parser, *command);
    const QStringList commandArgs = QStringList{args.at(0)} + globals + args.mid(2);
    if (!parser.parse(commandArgs)) {
        return fail(Usage, QStringLiteral("%1 (see jwkman-cli help %2)").arg(parser.errorText(), command->name));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(commandHelp(*command));
        return Ok;
    }
    try {
        return command->run(parser);
    } catch (const CliExit& e) {
        return fail(e.code, e.message);
    } catch (const jwk::StoreError& e) {
        const bool io = e.kind() == jwk::StoreError::Kind::Io || e.kind() == jwk::StoreError::Kind::Busy;
        return fail(io ? Failure : InvalidInput, e.message());
    } catch (const jwk::JwkError& e) {
        return fail(e.kind() == jwk::JwkError::Kind::Internal ? Failure : InvalidInput, e.message());
    } catch (const std::exception& e) {
        return fail(Failure, QString::fromLocal8Bit(e.what()));
    }
}
