#!/usr/bin/env bash
# Sets up the machine, builds, and runs the whole test suite with ctest. Extra arguments go to ctest.
# Exits with ctest's status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir="${BUILD_DIR:-build}"

# The tests read the shared vectors in place; find where this build looks for them.
vectors_dir=""
if [[ -f "$build_dir/CMakeCache.txt" ]]; then
    vectors_dir=$(sed -n 's/^JWKMAN_VECTORS_DIR:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
fi
if [[ -z "$vectors_dir" ]]; then
    vectors_dir="${JWKMAN_VECTORS_DIR:-$PWD/../shared/vectors}"
fi
if [[ ! -d "$vectors_dir" ]]; then
    echo "test: the shared test vectors are missing: $vectors_dir is not a directory." >&2
    echo "test: put shared/ beside the repository (../shared/vectors) or set JWKMAN_VECTORS_DIR before the first build." >&2
    exit 1
fi

bash scripts/setup.sh
bash scripts/build.sh

exec ctest --test-dir "$build_dir" --output-on-failure "$@"
