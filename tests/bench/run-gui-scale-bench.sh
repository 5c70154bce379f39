#!/usr/bin/env bash
# Runs jwkman-gui-scale-bench (the desktop window on a big store, issue #18) at 1,000, 10,000 and 100,000 P-256
# keys, in one set and spread over 100 sets, offscreen, and prints one table per layout with a column per size and
# "met"/"MISSED" against the targets (window shown <= 1 s, search keystroke <= 50 ms, no stall over 50 ms while
# selecting, scrolling and clicking, peak memory <= 300 MB). Figures are reported, never asserted.
#
# Usage: tests/bench/run-gui-scale-bench.sh [--build-dir DIR] [--dir STORES] [--sizes "1000 10000 100000"]
#                                           [--sets "1 100"] [--max-pages P] [--runs R] [--bench BINARY]
#   --dir STORES  where the stores are made once and kept between runs (default: $TMPDIR/jwkman-gui-scale); the
#                 store of 100,000 keys takes about a minute to make the first time
#   --max-pages P scroll at most P pages one by one, then jump to the end (default 0: every page)
#   --runs R      run each size R times and report the median of each figure (default 3: on a shared machine one
#                 run can catch another process's burst)
#   --bench BIN   run this jwkman-gui-scale-bench (e.g. a copy built from an older commit) instead of building one
#
# The benchmark itself runs without nice: it measures waiting times, and a lowered priority would measure the load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build"
stores="${TMPDIR:-/tmp}/jwkman-gui-scale"
sizes="1000 10000 100000"
layouts="1 100"
max_pages=0
bench=""
runs=3
while (($#)); do
    case "$1" in
    --build-dir) build=$2; shift ;;
    --dir) stores=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --sets) layouts=$2; shift ;;
    --max-pages) max_pages=$2; shift ;;
    --bench) bench=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-gui-scale-bench: unknown argument $1" >&2; exit 64 ;;
    esac
    shift
done

if [[ -z "$bench" ]]; then
    nice cmake --build "$build" --target jwkman-gui-scale-bench >&2
    bench="$build/tests/bench/jwkman-gui-scale-bench"
fi
tsv=$(mktemp)
trap 'rm -f "$tsv"' EXIT
export QT_QPA_PLATFORM=offscreen
for sets in $layouts; do
    for n in $sizes; do
        for ((run = 1; run <= runs; run++)); do
            echo "run-gui-scale-bench: $n keys in $sets set(s), run $run of $runs ..." >&2
            # Exit code 2: a target was missed; the table says which.
            "$bench" --dir "$stores" --keys "$n" --sets "$sets" --max-pages "$max_pages" --tsv "$tsv" >&2 || [[ $? == 2 ]]
        done
    done
done

# One table per layout: a row per measure, a column per size, the median of the runs judged against the target.
awk -F'\t' -v sizes="$sizes" -v runs="$runs" '
    BEGIN { ns = split(sizes, size, " ") }
    function median(list,   n, x, i, j, t) {
        n = split(list, x, " ")
        for (i = 2; i <= n; i++) { t = x[i]; for (j = i - 1; j > 0 && x[j] + 0 > t + 0; j--) x[j + 1] = x[j]; x[j + 1] = t }
        return n % 2 ? x[(n + 1) / 2] : sprintf("%.1f", (x[n / 2] + x[n / 2 + 1]) / 2)
    }
    {
        key = $1 SUBSEP $3
        if (!(key in seen)) { seen[key] = 1; order[$1, ++count[$1]] = $3 }
        samples[$1, $3, $2] = samples[$1, $3, $2] " " $4; target[$1, $3] = $5
        if (!($1 in layout)) { layout[$1] = 1; layouts[++nl] = $1 }
    }
    END {
        for (k in samples) {
            split(k, part, SUBSEP)
            value[k] = median(samples[k])
            t = target[part[1], part[2]]
            if (t != "") {
                limit = t; gsub(/[^0-9.]/, "", limit)
                verdict[k] = value[k] + 0 <= limit + 0 ? "met" : "MISSED"
            }
        }
        printf "\n(median of %d run(s) per size)\n", runs
        for (l = 1; l <= nl; l++) {
            s = layouts[l]
            printf "\n### P-256 private keys in %s\n\n| measure |", (s == 1 ? "one set" : s " sets")
            for (i = 1; i <= ns; i++) printf " %s keys |", size[i]
            printf " target |\n|---|"
            for (i = 1; i <= ns; i++) printf "---:|"
            printf "---|\n"
            for (m = 1; m <= count[s]; m++) {
                metric = order[s, m]
                printf "| %s |", metric
                for (i = 1; i <= ns; i++) {
                    v = value[s, metric, size[i]]
                    d = verdict[s, metric, size[i]]
                    printf " %s%s |", (v == "" ? "-" : v), (d == "" ? "" : " " d)
                }
                printf " %s |\n", target[s, metric]
            }
        }
    }' "$tsv"
