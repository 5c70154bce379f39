#!/usr/bin/env bash
# Launches JWK Manager under Xvfb (with openbox, so that dialogs have their frames and titles) with a prepared store
# and saves screenshots (PNG) of the main window, the Checks tab, an empty key set, a search without hits, the empty
# trash, the generate dialog, the question before an import changes the signer, the import summary, the remote view
# and a pull's difference. Usage: tests/gui/screenshots.sh [OUT_DIR] [BUILD_DIR]
# Needs Xvfb, xdotool, openbox and ImageMagick's import (scripts/setup.sh installs them). SIZE=1920x1080 sets the
# screen (default 1366x768; the main window is maximised on it); SCHEME=dark and LANG=de_DE.UTF-8 give the dark
# palette and the German interface.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(realpath -m "${1:-$root/build/screenshots}")"
build="$(realpath -m "${2:-${BUILD_DIR:-$root/build}}")"
app="$build/app/jwkman"
cli="$build/app/jwkman-cli"
pems="${JWKMAN_TEST_DATA_DIR:-$root/tests/data}/pem/valid"
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (bash scripts/setup.sh)" >&2; exit 1; }
done
[[ -x "$app" && -x "$cli" ]] || { echo "screenshots: build first ($app)" >&2; exit 1; }
mkdir -p "$out"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A person's machine of its own: settings, secret and store in the temporary folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" JWKMAN_SECRET_BACKEND=file
unset SECRETS_SYSTEM JWKMAN_STORE
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if [[ "${SCHEME:-}" == dark ]]; then
    mkdir -p "$XDG_CONFIG_HOME/jwkman" && printf '[ui]\ncolourScheme=dark\n' >"$XDG_CONFIG_HOME/jwkman/jwkman.conf"
fi
store="$work/demo.sqlite"
"$cli" hydra-defaults --store "$store" >/dev/null 2>&1
for alg in ES256 EdDSA PS256 ES384; do
    "$cli" generate --alg "$alg" >"$work/k.jwk"
    "$cli" import --set api.example.com "$work/k.jwk" --store "$store" >/dev/null 2>&1
done
"$cli" import --set tls.example.com "$pems/chain_2certs_leaf_then_ca.pem" --store "$store" >/dev/null
"$cli" import --set partners "$pems/rsa2048_spki_public.pem" "$pems/ec_p256_spki_public.pem" \
    --store "$store" >/dev/null

size="${SIZE:-1366x768}"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
    pids+=($!)
    sleep 0.5
fi
german() { [[ "${LANG:-}" == de* || "${LANGUAGE:-}" == de* ]]; }
# The main window as a person has it: maximised on the screen.
maximise() {
    local w
    w=$(xdotool search --sync --onlyvisible --name '^JWK Manager$' | head -1)
    xdotool windowsize "$w" 100% 100% windowmove "$w" 0 0
    xdotool windowactivate --sync "$w" 2>/dev/null || xdotool windowfocus "$w"
    echo "$w"
}

shoot() { # shoot NAME: the whole screen, the app's windows are alone on it
    sleep 0.5
    import -window root "$out/$1.png"
    echo "screenshots: $out/$1.png"
}

"$app" --store "$store" >"$work/app.log" 2>&1 &
pids+=($!)
main=$(maximise)
shoot main-window

# The Checks tab of the first key (Alt+S, Alt+F in German).
if german; then xdotool key alt+f; else xdotool key alt+s; fi
shoot checks-tab

# A new, empty key set (Ctrl+Shift+N): its list says what to do.
xdotool key ctrl+shift+n
sleep 1
xdotool type --delay 20 "staging"
xdotool key Return
shoot empty-set

# A search without hits (Ctrl+F).
xdotool key ctrl+f
xdotool type --delay 20 "no-such-kid"
shoot search-without-hits
xdotool key ctrl+a BackSpace Escape

# The trash, empty (Ctrl+Shift+Delete).
xdotool key ctrl+shift+Delete
xdotool search --sync --onlyvisible --name 'Trash|Papierkorb' >/dev/null
shoot trash-empty
xdotool key Escape

xdotool key ctrl+g
xdotool search --sync --onlyvisible --name 'Generate Key|ssel erzeugen' >/dev/null
shoot generate-dialog
xdotool key Escape
kill "${pids[-1]}" && wait "${pids[-1]}" 2>/dev/null || true

# Files given on the command line go through the same import path as drops: a new key, a JWK Set whose keys
# the set holds already (duplicates by thumbprint), and a file that is no key.
printf 'not a key\n' >"$work/notes.txt"
"$cli" export api.example.com --out "$work/api-public.jwks" --store "$store" >/dev/null
"$app" --store "$store" "$pems/ed25519_pkcs8_private.pem" "$work/api-public.jwks" "$work/notes.txt" \
    >>"$work/app.log" 2>&1 &
pids+=($!)
# The new private key would sign api.example.com: asked first (Keep Signer is the default).
xdotool search --sync --onlyvisible --name 'Signing Key|Signaturschl' >/dev/null
shoot signer-question
xdotool key Return
xdotool search --sync --onlyvisible --name 'Import Summary|bersicht' >/dev/null
shoot import-summary
kill "${pids[-1]}" && wait "${pids[-1]}" 2>/dev/null || true

# The remote view (Ctrl+Shift+R) on the fake Ory Hydra of the tests, fetched (F5): one set the same on both sides,
# one that differs (a key only here). Skipped when the build has no fake-hydra.
hydra="$build/tests/hydra/fake-hydra"
if [[ -x "$hydra" ]]; then
    "$hydra" >"$work/hydra.url" 2>>"$work/app.log" &
    pids+=($!)
    for _ in $(seq 50); do [[ -s "$work/hydra.url" ]] && break; sleep 0.1; done
    url="$(head -1 "$work/hydra.url")"
    "$cli" remote add local-hydra "$url" --set hydra.openid.id-token --set api.example.com --store "$store" >/dev/null
    "$cli" remote push local-hydra hydra.openid.id-token --yes --store "$store" >/dev/null 2>&1
    "$cli" remote push local-hydra api.example.com --yes --store "$store" >/dev/null 2>&1
    "$cli" generate --alg ES256 >"$work/k.jwk"
    "$cli" import --set api.example.com "$work/k.jwk" --store "$store" >/dev/null 2>&1
    "$app" --store "$store" >>"$work/app.log" 2>&1 &
    pids+=($!)
    main=$(maximise)
    xdotool key ctrl+shift+r
    remote=$(timeout 20 xdotool search --sync --onlyvisible --name 'Remote Endpoints|Remote-Endpunkte' | head -1)
    xdotool windowmove "$remote" 120 80
    xdotool windowactivate --sync "$remote" 2>/dev/null || xdotool windowfocus "$remote"
    xdotool key F5
    shoot remote-view
    # Pull (Ctrl+Shift+L): the difference, shown before anything changes.
    xdotool key ctrl+shift+l
    pull=$(timeout 20 xdotool search --sync --onlyvisible --name 'Pull from|Von .* holen' | head -1)
    xdotool windowmove "$pull" 200 160
    shoot remote-pull
    xdotool key Escape
fi
