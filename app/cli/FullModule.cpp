// jwkman-cli-full: every command of jwkman-cli, with the store (QtSql, QtKeychain) and the network (QtNetwork).
// jwkman-cli loads it with dlopen for the commands that need more than keys (main.cpp); this is its one entry.

#include "CliMain.h"

extern "C" __attribute__((visibility("default"))) int jwkman_cli_main(int argc, char* argv[])
{
    return jwk::cli::cliMain(argc, argv);
}
