#pragma once
// The command line of jwkman-cli, from argv to the exit status (CliMain.cpp).

namespace jwk::cli {

int cliMain(int argc, char* argv[]);

} // namespace jwk::cli
