#!/usr/bin/env bash
# Configures (once) and builds jwkman with Ninja. BUILD_DIR selects the build directory (default: build).
# JWKMAN_TEST_DATA_DIR, when set, is passed to CMake on the first configure (default: tests/data).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir="${BUILD_DIR:-build}"

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake_args=(-S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if [[ -n "${JWKMAN_TEST_DATA_DIR:-}" ]]; then
        cmake_args+=("-DJWKMAN_TEST_DATA_DIR=$JWKMAN_TEST_DATA_DIR")
    fi
    cmake "${cmake_args[@]}"
fi

ninja -C "$build_dir"
