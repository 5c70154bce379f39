#!/usr/bin/env bash
# Builds the .deb (cpack), installs it, runs the installed jwkman-cli (--version, and a generate / import /
# export round trip in a temporary store), checks what the package installed, then removes it again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${BUILD_DIR:-build}"

(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build_dir"/jwkman_*.deb | head -1)
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if dpkg-query -W -f='${Status}' jwkman 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq jwkman >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

passed=0
failed=0
check() {
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "package: ok: $what"
    else
        failed=$((failed + 1))
        echo "package: FAILED: $what"
    fi
}

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$deb" >/dev/null
check "dependencies are computed (libssl3, libqt6core6 in Depends)" \
    bash -c "dpkg-query -W -f='\${Depends}' jwkman | grep -q libssl3 && dpkg-query -W -f='\${Depends}' jwkman | grep -q libqt6core6"
check "jwkman-cli installed" test -x /usr/bin/jwkman-cli
check "jwkman installed" test -x /usr/bin/jwkman
check "desktop file installed" test -f /usr/share/applications/jwkman.desktop
check "metainfo installed and valid" appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.jwkman.jwkman.metainfo.xml
check "man page installed" test -f /usr/share/man/man1/jwkman-cli.1.gz
check "icon installed" test -f /usr/share/icons/hicolor/scalable/apps/jwkman.svg
check "--version" bash -c "/usr/bin/jwkman-cli --version | grep -q '^jwkman-cli '"

export JWKMAN_SECRET_BACKEND=file
store="$work/store.sqlite"
/usr/bin/jwkman-cli generate --alg ES256 > "$work/key.jwk"
/usr/bin/jwkman-cli import --set roundtrip --store "$store" "$work/key.jwk" > "$work/import.json"
check "import counted one key" grep -q '"imported": 1' "$work/import.json"
/usr/bin/jwkman-cli export roundtrip --private --out "$work/out.jwks" --store "$store"
check "private export is mode 0600" test "$(stat -c %a "$work/out.jwks")" = 600
check "round trip keeps the thumbprint" \
    test "$(/usr/bin/jwkman-cli thumbprint "$work/key.jwk")" = "$(/usr/bin/jwkman-cli thumbprint "$work/out.jwks")"
check "round trip keeps the private key" \
    test "$(/usr/bin/jwkman-cli convert --to pem "$work/key.jwk" | sha256sum)" = "$(/usr/bin/jwkman-cli convert --to pem "$work/out.jwks" | sha256sum)"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq jwkman >/dev/null
check "package removed" bash -c "! test -e /usr/bin/jwkman-cli"
echo "package: $passed passed, $failed failed"
((failed == 0))
