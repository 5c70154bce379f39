// jwkman-cli: the commands on keys alone (generate without --set, public, thumbprint, convert, inspect, --version)
// run here, linked with QtCore and OpenSSL only; every other command runs in jwkman-cli-full, a module with the
// store and the network loaded on demand. A script that converts or thumbprints keys thus starts without loading
// QtSql, QtNetwork, QtKeychain and what they load (D-Bus, GSSAPI, Kerberos, systemd...): about two thirds of the
// start-up time before (issue #14). Both run the same cliMain (CliMain.cpp), so a command behaves alike in either.

#include "CliMain.h"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <dirent.h>
#include <sanitizer/lsan_interface.h>
#endif

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace {

// Commands that need the module are handed to it; when in doubt (a global option before the command, generate
// with anything that looks like --set or --store), the module takes it: it runs every command.
bool keysAlone(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    const std::string_view command = argv[1];
    if (command == "--version" || command == "-V") {
        return true;
    }
    if (command != "public" && command != "thumbprint" && command != "convert" && command != "inspect" &&
        command != "generate") {
        return false;
    }
    if (command == "generate") {
        for (int i = 2; i < argc; ++i) {
            const std::string_view arg = argv[i];
            for (std::string_view option : {"--set", "-set", "--store", "-store"}) {
                if (arg.substr(0, option.size()) == option) {
                    return false;
                }
            }
        }
    }
    return true;
}

std::string directoryOfExecutable()
{
    char path[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0) {
        return {};
    }
    path[n] = '\0';
    const char* slash = std::strrchr(path, '/');
    return slash ? std::string(path, static_cast<std::size_t>(slash - path)) : std::string();
}

// The sanitizer build only. LeakSanitizer's tracer can crash ("Tracer caught signal 11", "LeakSanitizer has
// encountered a fatal error", google/sanitizers #1353) when it suspends a thread that is still in its exit path,
// freeing its dynamic thread-local storage: Qt's network thread right after a remote command, whose libraries
// (QtNetwork, libssl) came with the module through dlopen, so their thread-local storage is dynamic. Seen once in
// CI, in tst_cli_remote. Here the leak check waits until this is the process's only thread (at most 2 s), then
// runs, before static destructors stop any more threads; the check at exit is then not run again.
void leakCheckWhenAlone()
{
#if defined(__SANITIZE_ADDRESS__)
    auto threads = [] {
        int count = 0;
        if (DIR* dir = opendir("/proc/self/task")) {
            while (const dirent* entry = readdir(dir)) {
                count += entry->d_name[0] != '.';
            }
            closedir(dir);
        }
        return count;
    };
    for (int waited = 0; waited < 2000 && threads() > 1; ++waited) {
        usleep(1000);
    }
    __lsan_do_leak_check();
#endif
}

int runFull(int argc, char* argv[])
{
    // Next to the program in a build tree; JWKMAN_CLI_MODULE_DIR (relative to the program) when installed.
    const std::string dir = directoryOfExecutable();
    std::string tried;
    for (const std::string& candidate :
         {dir + "/jwkman-cli-full.so", dir + "/" JWKMAN_CLI_MODULE_DIR "/jwkman-cli-full.so"}) {
        if (access(candidate.c_str(), R_OK) != 0) {
            tried += (tried.empty() ? "" : ", ") + candidate;
            continue;
        }
        void* module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            std::fprintf(stderr, "jwkman-cli: %s could not be loaded (%s); reinstall jwkman\n", candidate.c_str(),
                         dlerror());
            return 1;
        }
        using Entry = int (*)(int, char**);
        auto entry = reinterpret_cast<Entry>(dlsym(module, "jwkman_cli_main"));
        if (!entry) {
            std::fprintf(stderr, "jwkman-cli: %s is not jwkman-cli's module; reinstall jwkman\n", candidate.c_str());
            return 1;
        }
        const int status = entry(argc, argv); // the module stays loaded until the process ends
        leakCheckWhenAlone();
        return status;
    }
    std::fprintf(stderr, "jwkman-cli: the module jwkman-cli-full.so is missing (looked for %s); reinstall jwkman\n",
                 tried.c_str());
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    return keysAlone(argc, argv) ? jwk::cli::cliMain(argc, argv) : runFull(argc, argv);
}
