#include "CliContext.h"

#include "CommandTable.h"
#ifndef JWKMAN_CLI_KEYS_ONLY
#include "store/KeyStore.h"
#endif
#include "store/StoreLocation.h"
#include "text/TextEscape.h"

#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace jwk::cli {

void usageError(const QString& message)
{
    throw CliExit{Usage, message};
}

void inputError(const QString& message)
{
    throw CliExit{InvalidInput, message};
}

void writeOut(const SecureBytes& bytes)
{
    if (bytes.size() && std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
        throw CliExit{Failure, QStringLiteral("could not write to standard output")};
    }
    std::fflush(stdout);
}

void writeOut(const QByteArray& bytes)
{
    if (!bytes.isEmpty() && std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) !=
                                static_cast<size_t>(bytes.size())) {
        throw CliExit{Failure, QStringLiteral("could not write to standard output")};
    }
    std::fflush(stdout);
}

void writeOut(const QString& text)
{
    writeOut(text.toUtf8());
}

void warn(const QString& message)
{
    // Kids, set names, certificate names and server text reach these lines: no control character reaches the terminal.
    std::fprintf(stderr, "jwkman-cli: warning: %s\n", escapeControlCharacters(message).toUtf8().constData());
}

void note(const QString& message)
{
    std::fprintf(stderr, "jwkman-cli: %s\n", escapeControlCharacters(message).toUtf8().constData());
}

SecureBytes readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw CliExit{InvalidInput,
                      QStringLiteral("passphrase file %1 cannot be read: %2").arg(path, file.errorString())};
    }
    QByteArray data = file.read(64 * 1024);
    SecureBytes passphrase;
    qsizetype end = data.indexOf('\n');
    if (end < 0) {
        end = data.size();
    }
    if (end > 0 && data[end - 1] == '\r') {
        --end;
    }
    passphrase.append(data.constData(), static_cast<std::size_t>(end));
    wipe(data);
    if (passphrase.isEmpty()) {
        throw CliExit{InvalidInput, QStringLiteral("passphrase file %1 is empty").arg(path)};
    }
    return passphrase;
}

namespace {

// Prompts on the controlling terminal with echo off. None when there is no terminal.
std::optional<SecureBytes> promptTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    const QByteArray text = prompt.toUtf8();
    (void)!::write(fd, text.constData(), static_cast<size_t>(text.size()));
    termios old{};
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios noEcho = old;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &noEcho);
    }
    SecureBytes passphrase;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n' && c != '\r') {
        passphrase.append(c);
    }
    secureWipe(&c, 1);
    if (haveTermios) {
        tcsetattr(fd, TCSAFLUSH, &old);
    }
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (passphrase.isEmpty()) {
        return std::nullopt;
    }
    return passphrase;
}

} // namespace

bool askYesNo(const QString& question)
{
    if (!isatty(STDIN_FILENO)) {
        return false;
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const QByteArray text = (escapeControlCharacters(question) + QStringLiteral(" [y/N] ")).toUtf8();
    (void)!::write(fd, text.constData(), static_cast<size_t>(text.size()));
    QByteArray answer;
    char c = 0;
    while (answer.size() < 16 && ::read(fd, &c, 1) == 1 && c != '\n' && c != '\r') {
        answer.append(c);
    }
    ::close(fd);
    answer = answer.trimmed().toLower();
    return answer == "y" || answer == "yes";
}

CliPassphrase::CliPassphrase(const QString& passphraseFile)
{
    if (!passphraseFile.isEmpty()) {
        m_file = readPassphraseFile(passphraseFile);
        m_fromFile = true;
    }
}

std::optional<SecureBytes> CliPassphrase::passphrase(const QString& what, Purpose purpose, int attempt)
{
    if (m_fromFile) {
        if (attempt > 1) {
            return std::nullopt; // the file's passphrase was wrong: asking again gives the same answer
        }
        return m_file;
    }
    if (attempt > 3 || !isatty(STDIN_FILENO)) {
        return std::nullopt;
    }
    if (purpose == Purpose::Decrypt) {
        return promptTerminal(QStringLiteral("%1Passphrase for %2: ")
                                  .arg(attempt > 1 ? QStringLiteral("Wrong passphrase. ") : QString(), what));
    }
    // A new passphrase is typed twice: a typo would make the output unreadable.
    std::optional<SecureBytes> first = promptTerminal(QStringLiteral("New passphrase for %1: ").arg(what));
    if (!first) {
        return std::nullopt;
    }
    const std::optional<SecureBytes> again = promptTerminal(QStringLiteral("Repeat the passphrase: "));
    if (!again || !(*again == *first)) {
        warn(QStringLiteral("the passphrases differ"));
        return std::nullopt;
    }
    return first;
}

void storeOption(QCommandLineParser& parser)
{
    parser.addOption(globalOptions().at(1));
}

#ifndef JWKMAN_CLI_KEYS_ONLY
std::unique_ptr<KeyStore> openStore(const QCommandLineParser& parser)
{
    return KeyStore::open(KeyStore::resolvePath(parser.value(QStringLiteral("store"))));
}
#endif

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(globalOptions().at(0));
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

const QList<QCommandLineOption>& globalOptions()
{
    static const QList<QCommandLineOption> options = {
        {QStringLiteral("compact"), QStringLiteral("Print JSON on one line.")},
        {QStringLiteral("store"),
         QStringLiteral(
             "The store: an SQLite file, or a team store postgresql://[user@]host[:port]/dbname[?sslmode=...] "
             "(password from PGPASSWORD or ~/.pgpass, never the URL) (default: $JWKMAN_STORE, else %1).")
             .arg(defaultStorePath()),
         QStringLiteral("PATH")},
    };
    return options;
}

bool compact(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("compact"));
}

JsonFormat jsonFormat(const QCommandLineParser& parser)
{
    return compact(parser) ? JsonFormat::Compact : JsonFormat::Indented;
}

void printJson(const QJsonValue& value, const QCommandLineParser& parser)
{
    QByteArray out = toJsonBytes(value, jsonFormat(parser));
    out.append('\n');
    writeOut(out);
}

void printJson(SecureBytes json)
{
    json.append('\n');
    writeOut(json);
}

JsonPrinter::JsonPrinter(const QCommandLineParser& parser)
    : JsonStreamWriter(jsonFormat(parser), [](const SecureBytes& block) { writeOut(block); })
{
}

QStringList positionalArguments(const QCommandLineParser& parser, const QString& command, int min, int max)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < min || args.size() > max) {
        usageErrorFor(command);
    }
    return args;
}

} // namespace jwk::cli
