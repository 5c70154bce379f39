#!/usr/bin/env bash
# Runs the jwkman benchmark side by side with its references in one go and prints one table:
#
#   1. jwkman-bench (in-process, C++): jwkcore generation, thumbprint and JWK <-> PEM conversion per key, next to
#      OpenSSL's own in-process calls (EVP_PKEY_Q_keygen, PEM_write_bio_* / PEM_read_bio_*), interleaved.
#   2. bench_jwcrypto.py (in-process, python3-jwcrypto via timeit): the same operations on the same keys.
#   3. The CLIs, one process per operation, many invocations in one loop: `openssl genpkey` vs `jwkman-cli
#      generate`, `openssl pkey -pubout` vs `jwkman-cli convert --to pem-public`, `jose jwk thp` vs `jwkman-cli
#      thumbprint`. Process start-up is measured separately (`openssl version`, `jwkman-cli --version`,
#      `jose alg`, same loop) and subtracted: the "net" numbers are the per-invocation time minus the start-up
#      of that tool, so they still include provider loading, algorithm fetching and PEM/JSON output.
#
# Targets (reported, not asserted): thumbprint and conversion >= 10x faster per key than jwcrypto; generation
# within 10% of OpenSSL's own in-process generation of the same key.
#
# Usage: tests/bench/run-bench.sh [--quick] [--scale F] [--build-dir DIR] [--keep DIR] [KEY...]
#   --quick       about a tenth of the time budgets and loop counts (a smoke run; RSA numbers get noisy)
#   --scale F     multiply every time budget and loop count by F (e.g. 3 for steadier RSA numbers)
#   --build-dir   the CMake build directory (default: build-interop, then build, under the source tree)
#   --keep DIR    keep the raw TSV results and the keys in DIR
#   KEY           rsa2048 rsa3072 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct (default: all)
set -euo pipefail

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

echo "run-bench: 1/3 jwkman-bench (in-process jwkman and OpenSSL) ..." >&2
"$bench" --tsv "${quick[@]}" --scale "$scale" --keys-dir "$out/keys" "${keys[@]}" >"$out/jwkman.tsv"

echo "run-bench: 2/3 python3-jwcrypto (in-process) ..." >&2
"$python" "$here/bench_jwcrypto.py" "$out/keys" "${quick[@]}" --scale "$scale" "${keys[@]}" >"$out/jwcrypto.tsv"

echo "run-bench: 3/3 command-line tools (one process per operation) ..." >&2
# The loop counts, scaled; at least 2.
count() {
    local n=$1
    [[ ${#quick[@]} -gt 0 ]] && n=$((n / 10))
    n=$(awk -v n="$n" -v s="$scale" 'BEGIN { n = int(n * s); print (n < 2 ? 2 : n) }')
    echo "$n"
}
# time_loop N CMD...: µs per invocation of CMD (its output discarded), as a float.
time_loop() {
    local n=$1 start end i
    shift
    "$@" >/dev/null 2>&1 || { echo "run-bench: failed: $*" >&2; exit 1; }
    start=$(date +%s%N)
    for ((i = 0; i < n; i++)); do
        "$@" >/dev/null 2>&1
    done
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%.3f", (e - s) / 1000 / n }'
}
cli_tsv="$out/cli.tsv"
: >"$cli_tsv"
# row OP KEY IMPL US N STARTUP_US: writes the net time (US - STARTUP_US) and the gross one.
row() {
    awk -v op="$1" -v key="$2" -v impl="$3" -v us="$4" -v n="$5" -v st="$6" \
        'BEGIN { printf "%s\t%s\t%s (net)\t%.3f\t%d\t0\n%s\t%s\t%s (gross)\t%.3f\t%d\t0\n",
                 op, key, impl, us - st, n, op, key, impl, us, n }' >>"$cli_tsv"
}
want() {
    local k
    [[ ${#keys[@]} -eq 0 ]] && return 0
    for k in "${keys[@]}"; do [[ "$k" == "$1" ]] && return 0; done
    return 1
}

n_start=$(count 300)
# Start-up, measured twice (before and after) and averaged, since the machine's load drifts.
st_openssl_a=$(time_loop "$n_start" openssl version)
st_cli_a=$(time_loop "$n_start" "$cli" --version)
st_jose_a=$(time_loop "$n_start" jose alg)

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
declare -A gen_count=([rsa2048]=30 [rsa3072]=10 [rsa4096]=5)
declare -A startup
gen_rows=()
for key in rsa2048 rsa3072 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct; do
    want "$key" || continue
    n=$(count "${gen_count[$key]:-200}")
    # shellcheck disable=SC2086 # the argument strings are meant to split
    ours=$(time_loop "$n" "$cli" generate ${generate_args[$key]})
    gen_rows+=("generate-cli $key jwkman-cli $ours $n")
    if [[ -n "${genpkey_args[$key]:-}" ]]; then
        # shellcheck disable=SC2086
        theirs=$(time_loop "$n" openssl genpkey ${genpkey_args[$key]})
        gen_rows+=("generate-cli $key openssl $theirs $n")
    fi
done

conv_rows=()
for key in rsa2048 rsa4096 p256 p384 p521 ed25519 ed448 x25519 x448 oct; do
    want "$key" || continue
    n=$(count 200)
    if [[ -f "$out/keys/$key.pem" ]]; then
        [[ $key == rsa4096 ]] && n=$(count 20)
        ours=$(time_loop "$n" "$cli" convert --to pem-public "$out/keys/$key.pem")
        theirs=$(time_loop "$n" openssl pkey -in "$out/keys/$key.pem" -pubout)
        conv_rows+=("pkcs8->spki-cli $key jwkman-cli $ours $n" "pkcs8->spki-cli $key openssl $theirs $n")
    fi
    case $key in
    rsa* | p* | oct)
        # jose v11 has no OKP support; its thumbprints of OKP keys are wrong.
        n=$(count 200)
        ours=$(time_loop "$n" "$cli" thumbprint "$out/keys/$key.jwk")
        theirs=$(time_loop "$n" jose jwk thp -i "$out/keys/$key.jwk")
        conv_rows+=("thumbprint-cli $key jwkman-cli $ours $n" "thumbprint-cli $key jose $theirs $n")
        ;;
    esac
done

st_openssl_b=$(time_loop "$n_start" openssl version)
st_cli_b=$(time_loop "$n_start" "$cli" --version)
st_jose_b=$(time_loop "$n_start" jose alg)
avg() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (a + b) / 2 }'; }
startup[openssl]=$(avg "$st_openssl_a" "$st_openssl_b")
startup[jwkman-cli]=$(avg "$st_cli_a" "$st_cli_b")
startup[jose]=$(avg "$st_jose_a" "$st_jose_b")
printf 'startup\t-\topenssl version\t%s\t%d\t0\n' "${startup[openssl]}" "$((2 * n_start))" >>"$cli_tsv"
printf 'startup\t-\tjwkman-cli --version\t%s\t%d\t0\n' "${startup[jwkman-cli]}" "$((2 * n_start))" >>"$cli_tsv"
printf 'startup\t-\tjose alg\t%s\t%d\t0\n' "${startup[jose]}" "$((2 * n_start))" >>"$cli_tsv"

declare -A label=(
    [generate-cli/jwkman-cli]="jwkman-cli generate"
    [generate-cli/openssl]="openssl genpkey"
    [pkcs8->spki-cli/jwkman-cli]="jwkman-cli convert --to pem-public"
    [pkcs8->spki-cli/openssl]="openssl pkey -pubout"
    [thumbprint-cli/jwkman-cli]="jwkman-cli thumbprint"
    [thumbprint-cli/jose]="jose jwk thp"
)
for r in "${gen_rows[@]}" "${conv_rows[@]}"; do
    read -r op key tool us n <<<"$r"
    row "$op" "$key" "${label[$op/$tool]}" "$us" "$n" "${startup[$tool]}"
done

"$python" "$here/bench_table.py" "$out/jwkman.tsv" "$out/jwcrypto.tsv" "$cli_tsv"
if [[ -n "$keep" ]]; then
    echo "run-bench: raw results and keys kept in $out" >&2
fi
