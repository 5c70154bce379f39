#pragma once
// What every jwkman-cli command shares: the exact exit codes scripts rely on, output helpers that wipe what
// they print, passphrase sources (a file, or the terminal), and the options every command takes.

#include "keys/JsonStreamWriter.h"
#include "keys/JsonWebKey.h"
#include "keys/JwkError.h"
#include "keys/PassphraseProvider.h"
#include "keys/SecureBytes.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace jwk {
class KeyStore;
}

namespace jwk::cli {

// Due: jwkman-cli due found a set overdue or due soon.
enum ExitCode : int { Ok = 0, Failure = 1, InvalidInput = 2, Due = 3, Usage = 64 };

// Thrown to leave a command with an exit code and a one-line message for stderr.
struct CliExit
{
    int code;
    QString message;
};

[[noreturn]] void usageError(const QString& message);
[[noreturn]] void inputError(const QString& message);

void writeOut(const SecureBytes& bytes);
void writeOut(const QByteArray& bytes);
void writeOut(const QString& text);
void warn(const QString& message);
// A note for people on stderr (what a command is about to do), not a warning.
void note(const QString& message);
// Asks a yes/no question on the controlling terminal when standard input is one; false (no) otherwise, or on any
// answer but y/yes.
bool askYesNo(const QString& question);

// Reads a passphrase file: its first line, without the line ending. Throws CliExit on error.
SecureBytes readPassphraseFile(const QString& path);

// Answers from --passphrase-file when given, else prompts on the terminal when there is one, else gives none.
class CliPassphrase : public PassphraseProvider
{
public:
    explicit CliPassphrase(const QString& passphraseFile);
    std::optional<SecureBytes> passphrase(const QString& what, Purpose purpose, int attempt) override;
    bool fromFile() const { return m_fromFile; }

private:
    std::optional<SecureBytes> m_file;
    bool m_fromFile = false;
};

// --store PATH, and the store it names (StoreError on failure).
void storeOption(QCommandLineParser& parser);
std::unique_ptr<KeyStore> openStore(const QCommandLineParser& parser);

// The options every command takes (--compact, --help).
void addCommonOptions(QCommandLineParser& parser);
// The options that may also stand before the command (`jwkman-cli --store PATH sets`): --store and --compact.
const QList<QCommandLineOption>& globalOptions();
bool compact(const QCommandLineParser& parser);
JsonFormat jsonFormat(const QCommandLineParser& parser);

// JSON on standard output, indented unless --compact, with a final line break.
void printJson(const QJsonValue& value, const QCommandLineParser& parser);
void printJson(SecureBytes json); // already formatted (keys): the line break is added

// JSON on standard output as it is written (JsonStreamWriter), byte for byte what printJson prints for the whole
// document: indented unless --compact, with a final line break (finish()).
class JsonPrinter : public JsonStreamWriter
{
public:
    explicit JsonPrinter(const QCommandLineParser& parser);
    void finish() { JsonStreamWriter::finish("\n"); }
};

// The positional arguments of a store command, or a usage error with its synopsis when there are fewer than
// `min` or more than `max`.
QStringList positionalArguments(const QCommandLineParser& parser, const QString& command, int min, int max);

} // namespace jwk::cli
