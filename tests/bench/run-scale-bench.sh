#!/usr/bin/env bash
# The scale benchmark (issue #18): jwkman-cli at 1,000, 10,000 and 100,000 EC P-256 private keys in one set (made by
# python3-cryptography, cached under the work folder), on the file store (SQLite): import, listing (`keys`), public
# and private export, `rotate-secret`, and `remote pull` of the same set from tests/hydra's fake-hydra (`--jwks`) into
# an empty store; for each the whole-process time (median of --runs), the peak memory
# (/usr/bin/time's maximum resident set) and, with --flushes, the fsync/fdatasync calls (strace). Then the per-key
# cost of each size next to the 1,000-key one, and the issue's targets at 100,000 keys, met or MISSED. Nothing is
# asserted; the table is printed.
#
# Usage: tests/bench/run-scale-bench.sh [--build-dir DIR] [--work DIR] [--runs N] [--sizes "1000 10000 100000"]
#        [--flushes]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build"
work=/tmp/jwkman-scale-bench
runs=3
sizes="1000 10000 100000"
flushes=0
while (($#)); do
    case "$1" in
    --build-dir) build=$2; shift ;;
    --work) work=$2; shift ;;
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --flushes) flushes=1 ;;
    *) echo "run-scale-bench: unknown option $1" >&2; exit 64 ;;
    esac
    shift
done
cli="$build/app/jwkman-cli"
mkdir -p "$work"
export JWKMAN_SECRET_BACKEND=file
base_secret=scale-bench-secret-0123456789abcdef

make_keys() { # N FILE
    [[ -s "$2" ]] && return
    /usr/bin/python3 - "$1" >"$2.tmp" <<'PY'
import sys, json, base64
from cryptography.hazmat.primitives.asymmetric import ec
def b64(i, size): return base64.urlsafe_b64encode(i.to_bytes(size, "big")).rstrip(b"=").decode()
keys = []
for i in range(int(sys.argv[1])):
    p = ec.generate_private_key(ec.SECP256R1()).private_numbers()
    keys.append({"kty": "EC", "crv": "P-256", "kid": "k%06d" % i, "alg": "ES256", "use": "sig",
                 "x": b64(p.public_numbers.x, 32), "y": b64(p.public_numbers.y, 32), "d": b64(p.private_value, 32)})
json.dump({"keys": keys}, sys.stdout)
PY
    mv "$2.tmp" "$2"
}

# One whole-process run: prints "SECONDS KB" (elapsed, maximum resident set).
measure() {
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>"$work/stderr.txt" ||
        { echo "run-scale-bench: failed: $* ($(cat "$work/stderr.txt"))" >&2; exit 1; }
    tail -1 "$work/time.txt"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
flush_count() { # the fsync and fdatasync calls of one run
    strace -f -c -e trace=fsync,fdatasync -o "$work/strace.txt" "$@" >/dev/null 2>&1 || true
    awk '$NF == "fsync" || $NF == "fdatasync" { n += $4 } END { print n + 0 }' "$work/strace.txt"
}

. "$here/fake-hydra.sh"
trap stop_fake_hydra EXIT

declare -A secs mem flush
ops="import keys export-public export-private rotate-secret remote-pull"
for n in $sizes; do
    keys="$work/keys-$n.jwks"
    make_keys "$n" "$keys"
    start_fake_hydra "$build/tests/hydra/fake-hydra" "$work" --jwks "big=$keys" # as the key set "big"
    export SECRETS_SYSTEM=$base_secret
    for op in $ops; do
        times=()
        for ((r = 0; r < runs; r++)); do
            store="$work/store-$n.sqlite"
            if [[ $op == import ]]; then
                rm -f "$store" "$store"-* "$work/store-$n.secret" "$work/store-$n.lock"
                cmd=("$cli" import --set big --store "$store" "$keys")
            elif [[ $op == keys ]]; then
                cmd=("$cli" keys big --store "$store")
            elif [[ $op == export-public ]]; then
                rm -f "$work/out.jwks"
                cmd=("$cli" export big --store "$store" --out "$work/out.jwks")
            elif [[ $op == export-private ]]; then
                rm -f "$work/out.jwks"
                cmd=("$cli" export big --private --store "$store" --out "$work/out.jwks")
            elif [[ $op == remote-pull ]]; then
                store="$work/pulled-$n.sqlite"
                rm -f "$store" "$store"-* "$work/pulled-$n.secret" "$work/pulled-$n.lock"
                cmd=("$cli" remote pull --url "$url" --set big --yes --store "$store")
            else
                # A new secret first and the one in use after it: every row re-encrypted under the new one.
                new_secret="scale-bench-secret-$n-$r-0123456789abcdef"
                export SECRETS_SYSTEM="$new_secret,$SECRETS_SYSTEM"
                cmd=("$cli" rotate-secret --store "$store")
            fi
            result=$(measure "${cmd[@]}")
            [[ $op == rotate-secret ]] && export SECRETS_SYSTEM=$new_secret
            times+=("${result% *}")
            mem[$op,$n]=${result#* }
        done
        secs[$op,$n]=$(printf '%s\n' "${times[@]}" | median)
        if ((flushes)); then
            [[ $op == import ]] && rm -f "$work/store-$n.sqlite" "$work/store-$n.sqlite"-*
            [[ $op == remote-pull ]] && rm -f "$work/pulled-$n.sqlite" "$work/pulled-$n.sqlite"-*
            [[ $op == export-* ]] && rm -f "$work/out.jwks"
            if [[ $op == rotate-secret ]]; then
                new_secret="scale-bench-secret-$n-flush-0123456789abcdef"
                export SECRETS_SYSTEM="$new_secret,$SECRETS_SYSTEM"
            fi
            flush[$op,$n]=$(flush_count "${cmd[@]}")
            [[ $op == rotate-secret ]] && export SECRETS_SYSTEM=$new_secret
        fi
    done
done

first=${sizes%% *}
printf '\n| %-16s |' "operation"
for n in $sizes; do printf ' %8s keys: s | MB | µs/key |' "$n"; done
((flushes)) && printf ' flushes |'
printf ' per key, largest / smallest |\n'
for op in $ops; do
    printf '| %-16s |' "$op"
    for n in $sizes; do
        printf ' %15s | %4s | %6s |' "${secs[$op,$n]}" "$((mem[$op,$n] / 1024))" \
            "$(awk -v s="${secs[$op,$n]}" -v n="$n" 'BEGIN { printf "%.0f", s * 1e6 / n }')"
    done
    if ((flushes)); then
        printf ' %7s |' "$(for n in $sizes; do printf '%s ' "${flush[$op,$n]}"; done)"
    fi
    last=${sizes##* }
    printf ' %.2fx |\n' "$(awk -v a="${secs[$op,$last]}" -v an="$last" -v b="${secs[$op,$first]}" -v bn="$first" \
        'BEGIN { printf "%.2f", (a / an) / (b / bn) }')"
done
if [[ " $sizes " == *" 100000 "* ]]; then
    input_mb=$(awk -v b="$(stat -c %s "$work/keys-100000.jwks")" 'BEGIN { printf "%.1f", b / 1048576 }')
    verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "MISSED") }'; }
    echo
    echo "Targets at 100,000 keys:"
    echo "  import ${secs[import,100000]} s (<= 8 s): $(verdict "${secs[import,100000]}" 8)"
    echo "  private export ${secs[export-private,100000]} s (<= 4 s): $(verdict "${secs[export-private,100000]}" 4)"
    echo "  listing ${secs[keys,100000]} s (<= 1 s): $(verdict "${secs[keys,100000]}" 1)"
    echo "  rotate-secret ${secs[rotate-secret,100000]} s (<= 10 s): $(verdict "${secs[rotate-secret,100000]}" 10)"
    base_mb=$((mem[import,$first] / 1024))
    limit_mb=$(awk -v i="$input_mb" -v b="$base_mb" 'BEGIN { printf "%.1f", 3 * i + b }')
    echo "Per key (100,000 against $first keys, <= 1.3x) and peak memory (<= 3 x ${input_mb} MB input + ${base_mb} MB" \
        "base = ${limit_mb} MB):"
    for op in $ops; do
        ratio=$(awk -v a="${secs[$op,100000]}" -v b="${secs[$op,$first]}" -v bn="$first" \
            'BEGIN { printf "%.2f", (a / 100000) / (b / bn) }')
        printf '  %-16s %5sx: %-6s %4s MB: %s\n' "$op" "$ratio" "$(verdict "$ratio" 1.3)" \
            "$((mem[$op,100000] / 1024))" "$(verdict "$((mem[$op,100000] / 1024))" "$limit_mb")"
    done
fi
