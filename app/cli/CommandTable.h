#pragma once
// Every jwkman-cli command in one table: name, synopsis, description, options and handler, and the same for the
// subcommands of `remote`. The overview (--help), the help of each command, the usage errors and the man page
// (packaging/make-man-page.cmake runs help2man over --help and `help COMMAND`) are all made from it.

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <functional>

namespace jwk {
class KeyStore;
}

namespace jwk::cli {

struct Command
{
    QString name;
    QString synopsis; // what the command takes, without --store: "keys SET"
    bool onStore;     // takes --store PATH: added to its options, and its synopsis in the help shows it
    QString description;
    std::function<void(QCommandLineParser&)> addOptions; // beyond --compact and --help (and --store with onStore)
    std::function<int(const QCommandLineParser&)> run;
};

struct RemoteSubcommand
{
    QString name;
    QString synopsis; // "remote push NAME SET [KID] [--yes]"
    QString note;     // beside the synopsis in the help
    std::function<int(const QCommandLineParser&, KeyStore&)> run;
};

const QList<Command>& commands();
const Command* findCommand(const QString& name);
const QList<RemoteSubcommand>& remoteSubcommands();
// What a usage error of the command (or of "remote SUB") quotes: its synopsis, on one line ("keys SET").
QString usageOf(const QString& command);
// A usage error quoting it: "usage: jwkman-cli keys SET".
[[noreturn]] void usageErrorFor(const QString& command);

// The overview (jwkman-cli --help) and the help of one command.
QString overview();
QString helpSynopsis(const Command& command); // with [--store PATH] for a command on the store
QString commandHelp(const Command& command);
// --compact, --help, --store for a command on the store, and the command's own options.
void addCommandOptions(QCommandLineParser& parser, const Command& command);

} // namespace jwk::cli
