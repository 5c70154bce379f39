#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test jwkman, only those that are missing.
# Then installs the npm packages the tests and benchmarks run next to jwkman (scripts/setup-node.sh).
# Idempotent: prints nothing when everything is already installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libssl-dev libgl-dev openssl
    python3-jwcrypto python3-cryptography jose
    xvfb xauth imagemagick clang-format
    qt6-svg-dev libqt6svg6 xdotool
    clang libclang-rt-14-dev curl
    help2man appstream desktop-file-utils dpkg-dev file
    dbus-daemon strace
    qt6-translations-l10n openbox
    postgresql libqt6sql6-psql
)
# Node.js and npm run npm jose next to jwkman. A machine that has them already (e.g. from NodeSource) keeps its own.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "setup: installing missing packages: ${missing[*]}"
    sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "setup: not root and sudo is not available; install these packages first: ${missing[*]}" >&2
            exit 1
        fi
    fi

    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

bash scripts/setup-node.sh
