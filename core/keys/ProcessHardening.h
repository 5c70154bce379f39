#pragma once
// What jwkman and jwkman-cli do first, before they read any key: private keys live in the process's memory, so no
// core file may hold them and other processes of the same user may not read them (ptrace, /proc/PID/mem).

#include <QString>

namespace jwk {

// RLIMIT_CORE to 0 (soft and hard) and, on Linux, PR_SET_DUMPABLE to 0 (which also makes /proc/PID root-owned).
// Returns an empty string on success, else what could not be done and why, for the caller to print.
QString disableCoreDumps();

} // namespace jwk
