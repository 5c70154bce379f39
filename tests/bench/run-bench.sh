#!/usr/bin/env bash
# Runs the jwkman benchmark side by side with its references in one go and prints one table:
#
#   1. jwkman-bench (in-process, C++): jwkcore generation, thumbprint and JWK <-> PEM conversion per key, next to
#      OpenSSL's own in-process calls (EVP_PKEY_Q_keygen, PEM_write_bio_* / PEM_read_bio_*), interleaved.
#   2. bench_jwcrypto.py (in-process, python3-jwcrypto via timeit): the same operations on the same keys.
#   3. tests/node/bench_jose.mjs (in-process, npm jose on node, installed by scripts/setup-node.sh): the same.
#   4. The CLIs, one process per operation: `openssl genpkey` vs `jwkman-cli generate` net of start-up, and whole
#      processes paired (alternately, medians): `jwkman-cli --version` vs `openssl version`, `jwkman-cli convert
#      --to pem-public` vs `openssl pkey -pubout`, `jwkman-cli thumbprint` vs `jose jwk thp`.
#   5. Bulk: a PEM bundle of 10,000 mixed keys (made by node's crypto; JWKMAN_BENCH_BULK_KEYS to change, 1,000 with
#      --quick) to one JWK Set by `jwkman-cli convert --to jwks` vs one node process with npm jose, and the bundle
#      imported into a new store by `jwkman-cli import`.
#
# Targets (issue #14; reported, not asserted, each row says "met" or "MISSED"): every conversion (SPKI/PKCS#8 to
# JWK and back, RSA-2048, P-256, Ed25519) faster than the fastest peer, min(npm jose, jwcrypto); whole-process CLI
# at most 1.2x openssl / jose; bulk conversion at least 2x faster than node + npm jose, the import at most 2 s;
# generation at most 25% on top of OpenSSL's own for EC and OKP keys, 5% for RSA.
#
# Usage: tests/bench/run-bench.sh [--quick] [--scale F] [--build-dir DIR] [--keep DIR] [KEY...]
#   --quick       about a tenth of the time budgets and loop counts (a smoke run; RSA numbers get noisy)
#   --scale F     multiply every time budget and loop count by F (e.g. 3 for steadier RSA numbers)
#   --build-dir   the CMake build directory (default: build-interop, then build, under the source tree)
#   --keep DIR    keep the raw TSV results and the keys in DIR
#   KEY           rsa2048 rsa3072 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct (default: all)
set -euo pipefail
export LC_ALL=C # $EPOCHREALTIME with a decimal point

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
python=/usr/bin/python3 # Debian's, which sees python3-jwcrypto

quick=()
scale=1
build=""
keep=""
keys=()
while (($#)); do
    case "$1" in
    --quick) quick=(--quick) ;;
    --scale) scale=$2; shift ;;
    --build-dir) build=$2; shift ;;
    --keep) keep=$2; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-bench: unknown option $1" >&2; exit 64 ;;
    *) keys+=("$1") ;;
    esac
    shift
done

if [[ -z "$build" ]]; then
    for candidate in "$root/build-interop" "$root/build"; do
        if [[ -f "$candidate/CMakeCache.txt" ]]; then
            build=$candidate
            break
        fi
    done
fi
if [[ -z "$build" || ! -f "$build/CMakeCache.txt" ]]; then
    echo "run-bench: no configured build directory; configure one first, e.g." >&2
    echo "  cmake -S $root -B $root/build-interop -G Ninja -DJWKMAN_BUILD_GUI=OFF" >&2
    exit 1
fi
bench="$build/tests/bench/jwkman-bench"
cli="$build/app/jwkman-cli"
if ! cmake --build "$build" --target jwkman-bench jwkman-cli >&2; then
    if [[ -x "$bench" && -x "$cli" ]]; then
        echo "run-bench: warning: the build failed; benchmarking the binaries already in $build" >&2
    else
        echo "run-bench: the build failed and $build has no jwkman-bench and jwkman-cli to run" >&2
        exit 1
    fi
fi
for tool in openssl jose; do
    command -v "$tool" >/dev/null || { echo "run-bench: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
"$python" -c 'import jwcrypto' 2>/dev/null || { echo "run-bench: python3-jwcrypto is missing" >&2; exit 1; }

if [[ -n "$keep" ]]; then
    mkdir -p "$keep"
    out=$(cd "$keep" && pwd)
else
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out/keys"

echo "run-bench: 1/5 jwkman-bench (in-process jwkman and OpenSSL) ..." >&2
"$bench" --tsv "${quick[@]}" --scale "$scale" --keys-dir "$out/keys" "${keys[@]}" >"$out/jwkman.tsv"

echo "run-bench: 2/5 python3-jwcrypto (in-process) ..." >&2
"$python" "$here/bench_jwcrypto.py" "$out/keys" "${quick[@]}" --scale "$scale" "${keys[@]}" >"$out/jwcrypto.tsv"

echo "run-bench: 3/5 npm jose (in-process, node) ..." >&2
bash "$root/scripts/setup-node.sh" >&2
node "$root/tests/node/bench_jose.mjs" convert "$out/keys" "${quick[@]}" --scale "$scale" "${keys[@]}" >"$out/jose.tsv"

echo "run-bench: 4/5 command-line tools (one process per operation) ..." >&2
# The loop counts, scaled; at least 2.
count() {
    local n=$1
    [[ ${#quick[@]} -gt 0 ]] && n=$((n / 10))
    n=$(awk -v n="$n" -v s="$scale" 'BEGIN { n = int(n * s); print (n < 2 ? 2 : n) }')
    echo "$n"
}
cli_tsv="$out/cli.tsv"
: >"$cli_tsv"
# cli_pair OP KEY LABEL TOOL N CMD...: runs CMD and TOOL's start-up command (openssl version, jwkman-cli
# --version, jose alg) alternately N times, timing each invocation with $EPOCHREALTIME (no extra process), and
# writes the medians: gross (CMD), start-up, and net = gross - start-up. Alternating makes both see the same load.
cli_pair() {
    local op=$1 key=$2 label=$3 tool=$4 n=$5 i t0 t1 t2 samples=""
    shift 5
    local -a base
    case $tool in
    openssl) base=(openssl version) ;;
    jwkman-cli) base=("$cli" --version) ;;
    jose) base=(jose alg) ;;
    esac
    "$@" >/dev/null 2>&1 || { echo "run-bench: failed: $*" >&2; exit 1; }
    "${base[@]}" >/dev/null 2>&1
    for ((i = 0; i < n; i++)); do
        t0=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        t1=$EPOCHREALTIME
        "${base[@]}" >/dev/null 2>&1
        t2=$EPOCHREALTIME
        samples+="$t0 $t1 $t2"$'\n'
    done
    printf '%s' "$samples" | awk -v op="$op" -v key="$key" -v impl="$label" -v tool="$tool" '
        function median(x, n,   i, j, t) {
            for (i = 2; i <= n; i++) { t = x[i]; for (j = i - 1; j > 0 && x[j] > t; j--) x[j + 1] = x[j]; x[j + 1] = t }
            return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
        }
        { a[NR] = ($2 - $1) * 1e6; b[NR] = ($3 - $2) * 1e6 }
        END {
            g = median(a, NR); s = median(b, NR)
            printf "%s\t%s\t%s (net)\t%.3f\t%d\t0\n", op, key, impl, g - s, NR
            printf "%s\t%s\t%s (gross)\t%.3f\t%d\t0\n", op, key, impl, g, NR
            printf "startup\t%s/%s\t%s\t%.3f\t%d\t0\n", op, key, tool, s, NR
        }' >>"$cli_tsv"
}
# pair OP KEY N LABEL_A LABEL_B -- CMD_A... -- CMD_B...: runs A and B alternately N times and writes the median
# whole-process time of each (what a script waits for), for the ratio A/B.
pair() {
    local op=$1 key=$2 n=$3 label_a=$4 label_b=$5 i t0 t1 t2 samples=""
    shift 5
    [[ $1 == -- ]] && shift
    local -a a=() b=()
    while [[ $1 != -- ]]; do a+=("$1"); shift; done
    shift
    b=("$@")
    "${a[@]}" >/dev/null 2>&1 || { echo "run-bench: failed: ${a[*]}" >&2; exit 1; }
    "${b[@]}" >/dev/null 2>&1 || { echo "run-bench: failed: ${b[*]}" >&2; exit 1; }
    for ((i = 0; i < n; i++)); do
        t0=$EPOCHREALTIME
        "${a[@]}" >/dev/null 2>&1
        t1=$EPOCHREALTIME
        "${b[@]}" >/dev/null 2>&1
        t2=$EPOCHREALTIME
        samples+="$t0 $t1 $t2"$'\n'
    done
    printf '%s' "$samples" | awk -v op="$op" -v key="$key" -v la="$label_a" -v lb="$label_b" '
        function median(x, n,   i, j, t) {
            for (i = 2; i <= n; i++) { t = x[i]; for (j = i - 1; j > 0 && x[j] > t; j--) x[j + 1] = x[j]; x[j + 1] = t }
            return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
        }
        { a[NR] = ($2 - $1) * 1e6; b[NR] = ($3 - $2) * 1e6 }
        END {
            printf "%s\t%s\t%s\t%.3f\t%d\t0\n", op, key, la, median(a, NR), NR
            printf "%s\t%s\t%s\t%.3f\t%d\t0\n", op, key, lb, median(b, NR), NR
        }' >>"$cli_tsv"
}
want() {
    local k
    [[ ${#keys[@]} -eq 0 ]] && return 0
    for k in "${keys[@]}"; do [[ "$k" == "$1" ]] && return 0; done
    return 1
}

declare -A genpkey_args=(
    [rsa2048]="-algorithm RSA -pkeyopt rsa_keygen_bits:2048"
    [rsa3072]="-algorithm RSA -pkeyopt rsa_keygen_bits:3072"
    [rsa4096]="-algorithm RSA -pkeyopt rsa_keygen_bits:4096"
    [p256]="-algorithm EC -pkeyopt ec_paramgen_curve:P-256"
    [p384]="-algorithm EC -pkeyopt ec_paramgen_curve:P-384"
    [p521]="-algorithm EC -pkeyopt ec_paramgen_curve:P-521"
    [ed25519]="-algorithm ED25519"
    [ed448]="-algorithm ED448"
    [x25519]="-algorithm X25519"
    [x448]="-algorithm X448"
)
declare -A generate_args=(
    [rsa2048]="--alg RS256 --bits 2048"
    [rsa3072]="--alg RS256 --bits 3072"
    [rsa4096]="--alg RS256 --bits 4096"
    [p256]="--alg ES256"
    [p384]="--alg ES384"
    [p521]="--alg ES512"
    [ed25519]="--alg EdDSA --crv Ed25519"
    [ed448]="--alg EdDSA --crv Ed448"
    [x25519]="--alg ECDH-ES --crv X25519"
    [x448]="--alg ECDH-ES --crv X448"
    [oct]="--alg HS256"
)
declare -A gen_count=([rsa2048]=30 [rsa3072]=12 [rsa4096]=6)
for key in rsa2048 rsa3072 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct; do
    want "$key" || continue
    n=$(count "${gen_count[$key]:-200}")
    # shellcheck disable=SC2086 # the argument strings are meant to split
    cli_pair generate-cli "$key" "jwkman-cli generate" jwkman-cli "$n" "$cli" generate ${generate_args[$key]}
    if [[ -n "${genpkey_args[$key]:-}" ]]; then
        # shellcheck disable=SC2086
        cli_pair generate-cli "$key" "openssl genpkey" openssl "$n" openssl genpkey ${genpkey_args[$key]}
    fi
done
for key in rsa2048 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct; do
    want "$key" || continue
    if [[ -f "$out/keys/$key.pem" ]]; then
        n=$(count 200)
        [[ $key == rsa4096 ]] && n=$(count 20)
        cli_pair "pkcs8->spki-cli" "$key" "jwkman-cli convert --to pem-public" jwkman-cli "$n" \
            "$cli" convert --to pem-public "$out/keys/$key.pem"
        cli_pair "pkcs8->spki-cli" "$key" "openssl pkey -pubout" openssl "$n" \
            openssl pkey -in "$out/keys/$key.pem" -pubout
    fi
    case $key in
    rsa* | p* | oct)
        # jose v11 has no OKP support; its thumbprints of OKP keys are wrong.
        n=$(count 200)
        [[ $key == rsa4096 ]] && n=$(count 20)
        cli_pair thumbprint-cli "$key" "jwkman-cli thumbprint" jwkman-cli "$n" "$cli" thumbprint "$out/keys/$key.jwk"
        cli_pair thumbprint-cli "$key" "jose jwk thp" jose "$n" jose jwk thp -i "$out/keys/$key.jwk"
        ;;
    esac
done

# Whole processes, paired: what a script waits for.
pair startup-whole - "$(count 200)" "jwkman-cli --version" "openssl version" -- "$cli" --version -- openssl version
for key in rsa2048 p256 ed25519; do
    want "$key" || continue
    [[ -f "$out/keys/$key.pem" ]] || continue
    pair "convert-whole" "$key" "$(count 200)" "jwkman-cli convert --to pem-public" "openssl pkey -pubout" \
        -- "$cli" convert --to pem-public "$out/keys/$key.pem" -- openssl pkey -in "$out/keys/$key.pem" -pubout
    case $key in
    rsa* | p*) # jose v11 has no OKP support
        pair "thumbprint-whole" "$key" "$(count 200)" "jwkman-cli thumbprint" "jose jwk thp" \
            -- "$cli" thumbprint "$out/keys/$key.jwk" -- jose jwk thp -i "$out/keys/$key.jwk"
        ;;
    esac
done

echo "run-bench: 5/5 bulk: a PEM bundle of mixed keys to one JWK Set, and into a store ..." >&2
bulk_count=${JWKMAN_BENCH_BULK_KEYS:-10000}
[[ ${#quick[@]} -gt 0 ]] && bulk_count=1000
if [[ ! -f "$out/bundle-$bulk_count.pem" ]]; then
    node "$root/tests/node/bench_jose.mjs" make-bundle "$out/bundle-$bulk_count.pem" "$out/bundle-$bulk_count.algs" \
        "$bulk_count"
fi
bulk_runs=$(count 5)
((bulk_runs > 5)) && bulk_runs=5
pair bulk-convert "$bulk_count" "$bulk_runs" "jwkman-cli convert --to jwks" "node + npm jose" \
    -- "$cli" convert --to jwks "$out/bundle-$bulk_count.pem" \
    -- node "$root/tests/node/bench_jose.mjs" bulk "$out/bundle-$bulk_count.pem" "$out/bundle-$bulk_count.algs" /dev/null
import_samples=""
for ((i = 0; i < bulk_runs; i++)); do
    rm -rf "$out/store"
    mkdir -p "$out/store"
    t0=$EPOCHREALTIME
    SECRETS_SYSTEM=benchmark-secret-benchmark-secret JWKMAN_SECRET_BACKEND=file \
        "$cli" --store "$out/store/keys.db" import --set bulk "$out/bundle-$bulk_count.pem" >/dev/null 2>&1 ||
        { echo "run-bench: the bulk import failed" >&2; exit 1; }
    t1=$EPOCHREALTIME
    import_samples+="$t0 $t1"$'\n'
done
printf '%s' "$import_samples" | awk -v key="$bulk_count" '
    { a[NR] = ($2 - $1) * 1e6 }
    END { for (i = 2; i <= NR; i++) { t = a[i]; for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
          printf "bulk-import\t%s\tjwkman-cli import\t%.3f\t%d\t0\n", key, NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, NR }' \
    >>"$cli_tsv"

"$python" "$here/bench_table.py" "$out/jwkman.tsv" "$out/jwcrypto.tsv" "$out/jose.tsv" "$cli_tsv"
if [[ -n "$keep" ]]; then
    echo "run-bench: raw results and keys kept in $out" >&2
fi
