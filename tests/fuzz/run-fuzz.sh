#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 60), seeded with
# tests/data (carried in the repository) and the inputs in tests/fuzz/regressions/. New corpus entries stay in
# build-fuzz/corpus/<target>. A crash fails the run and leaves the input in build-fuzz/findings/: copy it into
# tests/fuzz/regressions/<target>/ once fixed, so that regress_<target> replays it in every test run.
#   tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds="${1:-60}"
shift || true
build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
test_data="${JWKMAN_TEST_DATA_DIR:-$PWD/tests/data}"
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(jwk import thumbprint store_row hydra_response audit token)
fi

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DJWKMAN_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
ninja -C "$build_dir" $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

mkdir -p "$build_dir/findings"
status=0
printf '%-16s %8s %12s %8s %8s %s\n' target seconds executions exec/s cov result
for t in "${targets[@]}"; do
    corpus="$build_dir/corpus/$t"
    mkdir -p "$corpus"
    seeds=("$test_data")
    [[ -d tests/fuzz/regressions/$t ]] && seeds+=("tests/fuzz/regressions/$t")
    log="$build_dir/findings/$t.log"
    set +e
    # ASan's leak checker stays on: a leak is a finding too.
    "$build_dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
        -timeout=10 -artifact_prefix="$build_dir/findings/$t-" "$corpus" "${seeds[@]}" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if ((rc != 0)); then
        result="FINDING (see $log)"
        status=1
    fi
    printf '%-16s %8s %12s %8s %8s %s\n' "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$result"
done
exit $status
