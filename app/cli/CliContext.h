#pragma once
// What every jwkman-cli command shares: the exact exit codes scripts rely on, output helpers that wipe what
// they print, and passphrase sources (a file, or the terminal).

#include "keys/JwkError.h"
#include "keys/PassphraseProvider.h"
#include "keys/SecureBytes.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace jwk {
class KeyStore;
}

namespace jwk::cli {

enum ExitCode : int { Ok = 0, Failure = 1, InvalidInput = 2, Usage = 64 };

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

struct Command
{
    QString name;
    QString synopsis;    // "thumbprint [--hash sha256|sha1|sha384|sha512] [FILE|-]"
    QString description; // one paragraph
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(const QCommandLineParser&)> run;
};

// The commands of each area register here (key commands; the store and remote commands add theirs).
QList<Command>& commands();
void registerKeyCommands();
void registerStoreCommands();
void registerRemoteCommands();

// --store PATH, and the store it names (StoreError on failure).
void storeOption(QCommandLineParser& parser);
std::unique_ptr<KeyStore> openStore(const QCommandLineParser& parser);

// Adds the options every command takes (--compact, --help).
void addCommonOptions(QCommandLineParser& parser);
bool compact(const QCommandLineParser& parser);

} // namespace jwk::cli
