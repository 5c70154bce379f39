#!/usr/bin/env bash
# Sets up the machine, builds, and launches the JWK Manager desktop app. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_dir="${BUILD_DIR:-build}"

bash scripts/setup.sh
bash scripts/build.sh

app="$build_dir/app/jwkman"
if [[ ! -x "$app" ]]; then
    echo "run-app: $app was not built (is JWKMAN_BUILD_GUI off?)" >&2
    exit 1
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-app: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "run-app: JWK Manager is a desktop app and needs one; the build is at $app." >&2
    echo "run-app: run this script from a graphical session, or use ./$build_dir/app/jwkman-cli on a headless machine." >&2
    exit 1
fi

exec "$app" "$@"
