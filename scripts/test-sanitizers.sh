#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/, or ASAN_BUILD_DIR) and runs the
# whole test suite there (extra arguments go to ctest). Any report fails the run: ASan aborts, UBSan halts on the
# first error, LeakSanitizer is on. Every instrumented process, the suites and each jwkman-cli they start, also writes
# its report to a file under <build dir>/sanitizer-reports/, so that a report of a child process whose failure a test
# did not look at still fails the run; the reports are printed at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${ASAN_BUILD_DIR:-build-asan}"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJWKMAN_SANITIZE=ON >/dev/null
fi
ninja -C "$build_dir"
reports="$PWD/$build_dir/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$reports/asan:log_exe_name=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
status=0
ctest --test-dir "$build_dir" --output-on-failure "$@" || status=1
found=0
for f in "$reports"/*; do
    [[ -e "$f" ]] || continue
    if grep -qE "ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: [A-Za-z]+Sanitizer" "$f"; then
        echo "== sanitizer report: $(basename "$f")"
        cat "$f"
        found=1
    else
        echo "== sanitizer note (not a report): $(basename "$f")"
        cat "$f"
    fi
done
if ((found)); then
    echo "== sanitizers: reports found (above)"
    status=1
elif ((status == 0)); then
    echo "== sanitizers: the whole suite passed, no report"
fi
exit $status
