#pragma once
// The remote a jwkman-cli remote command talks to: a saved profile (NAME) or a one-off --url, with the connection
// options of the command line on top (token, headers, CA, client certificate, timeout, sets), and the transport
// rule checked (https, or http to loopback only).

#include "remote/RemoteProfile.h"

#include <QCommandLineParser>
#include <QStringList>

namespace jwk {
class KeyStore;
}

namespace jwk::cli {

// Authentication and trust options, shared by `remote add` and one-off --url commands.
void applyConnectionOptions(RemoteProfile& profile, const QCommandLineParser& p);
// An input error unless the admin and public URLs may be used (TransportPolicy.h).
void requireTransport(const RemoteProfile& profile);

// The remote a command names: NAME (the first argument after the subcommand) or --url URL.
struct Target
{
    RemoteProfile profile;
    QStringList args; // the positional arguments after NAME
};

// `command` ("remote push") names the synopsis a usage error quotes. The arguments after NAME (or --url) must number
// minArgs to maxArgs: checked first, so that a usage error comes before any lookup of the remote.
Target resolveTarget(const QCommandLineParser& p, KeyStore& store, const QString& command, int minArgs, int maxArgs);

} // namespace jwk::cli
