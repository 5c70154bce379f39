// jwkman-cli: JWK Manager for scripts and CI. The exit status is part of the interface: 0 success, 2 invalid
// input (one line on stderr says what is wrong), 64 usage error.

#include "CliContext.h"
#include "keys/ProcessHardening.h"
#include "store/KeyStore.h"
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

QString overview()
{
    QString text = QStringLiteral("Usage: jwkman-cli COMMAND [OPTIONS] [ARGS]\n\n"
                                  "JWK Manager on the command line: JSON Web Keys (RSA, EC, OKP, oct), RFC 7638 "
                                  "thumbprints,\nJWK <-> PEM/DER conversion.\n\nCommands:\n");
    for (const auto& c : commands()) {
        text += QStringLiteral("  %1\n").arg(c.synopsis);
    }
    text += QStringLiteral("\n  help COMMAND     Show the help of a command.\n"
                           "  --version        Show the version.\n\n"
                           "Input is a file or - for standard input: JWK, JWK Set, PEM or DER, detected "
                           "automatically.\nExit status: 0 success, 2 invalid input, 64 usage error.\n");
    return text;
}

const Command* findCommand(const QString& name)
{
    for (const auto& c : commands()) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

QString commandHelp(const Command& command)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    command.addOptions(parser);
    QString options = parser.helpText();
    // QCommandLineParser's first line is "Usage: <app> [options] ...": replace it with the synopsis.
    const qsizetype firstBreak = options.indexOf(QLatin1Char('\n'));
    options = options.mid(firstBreak + 1).trimmed();
    return QStringLiteral("Usage: jwkman-cli %1\n\n%2\n\n%3\n").arg(command.synopsis, command.description, options);
}

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "jwkman-cli: %s\n", jwk::escapeControlCharacters(message.simplified()).toUtf8().constData());
    return code;
}

} // namespace

int main(int argc, char* argv[])
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jwkman-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("jwkman"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JWKMAN_VERSION));
    registerKeyCommands();
    registerStoreCommands();
    registerRemoteCommands();

    const QStringList args = QCoreApplication::arguments();
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
    addCommonOptions(parser);
    command->addOptions(parser);
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(args.at(0));
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
