#!/usr/bin/env bash
# The sync benchmark: pull 100 key sets of 10 RSA keys each from the fake Hydra admin API on loopback, with
# HydraAdminClient (all requests queued at once, a bounded number in flight), side by side in the same run with
# curl fetching the same 100 URLs in ONE process (sequentially over one kept-alive connection, and with
# --parallel at the same bound). Also times `jwkman-cli remote pull --url ... --set bench-0 ... --set bench-99
# --yes` end to end (into a fresh store, then again with nothing to change). Prints one table.
#
#   1. fake-hydra --sets 100 --keys 10 --rsa-bits 2048 (tests/hydra) serves /admin/keys/bench-0 ... bench-99.
#   2. jwkman-sync-bench (tests/bench/sync_bench.cpp): in-process rounds, each GETs all 100 sets and parses them
#      into JWK Sets (every key validated); the first round warms up and is left out. Also run as a whole process
#      (start-up, one round, exit) to compare with curl's whole process like for like.
#   3. curl -s -o /dev/null ... URL1 ... URL100 (one process), and the same with --parallel --parallel-max K.
#   4. jwkman-sync-bench --raw: a bare QNetworkAccessManager fetching the same URLs at the same bound without
#      parsing anything, in-process rounds and as a whole process: the floor Qt's HTTP stack sets for any client.
#
# Target (reported, not asserted): HydraAdminClient within 2x of curl.
#
# Usage: tests/bench/run-sync-bench.sh [--build-dir DIR] [--runs N] [--in-flight K] [--sets N] [--keys M]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=""
runs=11
inflight=4
sets=100
keys=10
while (($#)); do
    case "$1" in
    --build-dir) build=$2; shift ;;
    --runs) runs=$2; shift ;;
    --in-flight) inflight=$2; shift ;;
    --sets) sets=$2; shift ;;
    --keys) keys=$2; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-sync-bench: unknown argument $1" >&2; exit 64 ;;
    esac
    shift
done
if [[ -z "$build" ]]; then
    for candidate in "$root/build-remote" "$root/build"; do
        if [[ -f "$candidate/CMakeCache.txt" ]]; then
            build=$candidate
            break
        fi
    done
fi
if [[ -z "$build" || ! -f "$build/CMakeCache.txt" ]]; then
    echo "run-sync-bench: no configured build directory; configure one first, e.g." >&2
    echo "  cmake -S $root -B $root/build-remote -G Ninja -DJWKMAN_BUILD_GUI=OFF" >&2
    exit 1
fi
cmake --build "$build" --target fake-hydra jwkman-sync-bench jwkman-cli >&2
fake="$build/tests/hydra/fake-hydra"
bench="$build/tests/bench/jwkman-sync-bench"
cli="$build/app/jwkman-cli"
command -v curl >/dev/null || { echo "run-sync-bench: curl is missing" >&2; exit 1; }

work=$(mktemp -d)
. "$here/fake-hydra.sh"
cleanup() {
    stop_fake_hydra
    rm -rf "$work"
}
trap cleanup EXIT

start_fake_hydra "$fake" "$work" --sets "$sets" --keys "$keys" --rsa-bits 2048

urls=()
outs=()
set_args=()
for ((i = 0; i < sets; i++)); do
    urls+=("$url/admin/keys/bench-$i")
    outs+=(-o /dev/null)
    set_args+=(--set "bench-$i")
done

now_ns() { date +%s%N; }
# median and minimum of the numbers on standard input
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f\n", m, v[1] }'; }

# Every URL answers 200 with a JWK Set of $keys keys (checked once, outside the timing).
codes=$(curl -s -w '%{http_code}\n' "${outs[@]}" "${urls[@]}" | sort | uniq -c | awk '{ print $2 ":" $1 }')
[[ "$codes" == "200:$sets" ]] || { echo "run-sync-bench: curl got $codes" >&2; exit 1; }
n=$(curl -s "${urls[0]}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["keys"]))')
[[ "$n" == "$keys" ]] || { echo "run-sync-bench: bench-0 has $n keys, not $keys" >&2; exit 1; }
bytes=$(curl -s "${urls[@]}" | wc -c)

# Interleaved runs, so that drift hits every client alike.
: >"$work/inproc" >"$work/proc" >"$work/curl_seq" >"$work/curl_par" >"$work/raw_inproc" >"$work/raw_proc"
"$bench" --url "$url" --sets "$sets" --keys "$keys" --in-flight "$inflight" --rounds 2 >/dev/null # warm-up
for ((r = 0; r < runs; r++)); do
    "$bench" --url "$url" --sets "$sets" --keys "$keys" --in-flight "$inflight" --rounds 4 |
        awk 'NR > 2 { print $2 }' >>"$work/inproc"
    t0=$(now_ns)
    "$bench" --url "$url" --sets "$sets" --keys "$keys" --in-flight "$inflight" --rounds 1 >/dev/null
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/proc"
    "$bench" --raw --url "$url" --sets "$sets" --in-flight "$inflight" --rounds 4 |
        awk 'NR > 2 { print $2 }' >>"$work/raw_inproc"
    t0=$(now_ns)
    "$bench" --raw --url "$url" --sets "$sets" --in-flight "$inflight" --rounds 1 >/dev/null
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/raw_proc"
    t0=$(now_ns)
    curl -s "${outs[@]}" "${urls[@]}"
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/curl_seq"
    t0=$(now_ns)
    curl -s --parallel --parallel-max "$inflight" "${outs[@]}" "${urls[@]}" 2>/dev/null # (its meter ignores -s)
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/curl_par"
done

# jwkman-cli remote pull of all sets into a fresh store, then again (nothing to change).
: >"$work/cli_fresh" >"$work/cli_again"
cli_runs=$(((runs + 1) / 2))
for ((r = 0; r < cli_runs; r++)); do
    store="$work/store-$r.sqlite"
    t0=$(now_ns)
    JWKMAN_SECRET_BACKEND=file JWKMAN_STORE="$store" "$cli" remote pull --url "$url" "${set_args[@]}" --yes \
        --compact >"$work/pull.json" 2>"$work/pull.err" || { cat "$work/pull.err" >&2; exit 1; }
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/cli_fresh"
    t0=$(now_ns)
    JWKMAN_SECRET_BACKEND=file JWKMAN_STORE="$store" "$cli" remote pull --url "$url" "${set_args[@]}" --yes \
        --compact >"$work/pull2.json" 2>"$work/pull.err" || { cat "$work/pull.err" >&2; exit 1; }
    t1=$(now_ns)
    echo "scale=3; ($t1 - $t0) / 1000000" | bc >>"$work/cli_again"
done
stored=$(JWKMAN_SECRET_BACKEND=file JWKMAN_STORE="$work/store-0.sqlite" "$cli" sets --compact 2>/dev/null |
    python3 -c 'import json,sys; print(sum(s["keys"] for s in json.load(sys.stdin)))' 2>/dev/null || echo "?")

read -r seq_med seq_min < <(stats <"$work/curl_seq")
read -r par_med par_min < <(stats <"$work/curl_par")
read -r in_med in_min < <(stats <"$work/inproc")
read -r proc_med proc_min < <(stats <"$work/proc")
read -r raw_in_med raw_in_min < <(stats <"$work/raw_inproc")
read -r raw_proc_med raw_proc_min < <(stats <"$work/raw_proc")
read -r fresh_med fresh_min < <(stats <"$work/cli_fresh")
read -r again_med again_min < <(stats <"$work/cli_again")
best_curl=$(echo "if ($seq_med < $par_med) $seq_med else $par_med" | bc)

echo
echo "Sync benchmark: $sets sets x $keys RSA-2048 keys (private JWKs, $((bytes / 1024)) KiB in all) from fake-hydra on $url"
echo "$(nproc) CPUs, $runs runs interleaved; HydraAdminClient and curl --parallel with at most $inflight requests in flight"
echo
printf '%-58s %10s %10s %10s %9s\n' "client" "median ms" "best ms" "req/s" "vs curl"
printf '%-58s %10s %10s %10s %9s\n' "$(printf '%.0s-' {1..58})" "----------" "----------" "----------" "---------"
row() { # label median best
    local rps ratio
    rps=$(echo "scale=0; $sets * 1000 / $2" | bc)
    ratio=$(echo "scale=2; $2 / $best_curl" | bc)
    printf '%-58s %10.2f %10.2f %10s %8sx\n' "$1" "$2" "$3" "$rps" "$ratio"
}
row "curl, $sets URLs in one process, sequential (keep-alive)" "$seq_med" "$seq_min"
row "curl --parallel --parallel-max $inflight, one process" "$par_med" "$par_min"
row "QNetworkAccessManager alone, in-process round (no parsing)" "$raw_in_med" "$raw_in_min"
row "HydraAdminClient, in-process round (parse + validate)" "$in_med" "$in_min"
row "QNetworkAccessManager alone, whole process (no parsing)" "$raw_proc_med" "$raw_proc_min"
row "jwkman-sync-bench whole process (start, 1 round, exit)" "$proc_med" "$proc_min"
row "jwkman-cli remote pull --url ... --set x$sets --yes (fresh)" "$fresh_med" "$fresh_min"
row "jwkman-cli remote pull again (nothing to change)" "$again_med" "$again_min"
echo
echo "jwkman-cli stored $stored keys in the fresh store (expected $((sets * keys)))."
in_ratio=$(echo "scale=2; $in_med / $best_curl" | bc)
proc_ratio=$(echo "scale=2; $proc_med / $best_curl" | bc)
raw_ratio=$(echo "scale=2; $raw_proc_med / $best_curl" | bc)
verdict() { [[ $(echo "$1 <= 2" | bc) == 1 ]] && echo "met" || echo "NOT met"; }
echo "Target within 2x of curl (medians, against the faster curl):"
echo "  HydraAdminClient round in-process: ${in_ratio}x ($(verdict "$in_ratio"));" \
    "whole process incl. start-up and first connection: ${proc_ratio}x ($(verdict "$proc_ratio"))."
echo "Qt's floor: a bare QNetworkAccessManager that parses nothing takes ${raw_ratio}x curl's time as a whole process."
