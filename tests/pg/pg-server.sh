#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: tests/pg/pg-server.sh start|stop ENVFILE
#
#   start  initdb into a new temporary directory, start the server on a free loopback port (127.0.0.1 only, its
#          Unix socket inside that directory), and write ENVFILE (0600) with what a test needs to reach it:
#            PGHOST, PGPORT, PGUSER (a superuser "jwkman"), JWKMAN_TEST_PGPASSWORD (random, scram-sha-256 over TCP;
#            the tests hand it over as PGPASSWORD or ~/.pgpass), JWKMAN_TEST_PGDIR (data and socket), PGBIN.
#          An ENVFILE whose server still answers is kept as it is (a second start is a no-op).
#   stop   stop that server (immediate shutdown: its data is thrown away) and remove its directory and ENVFILE.
#
# PostgreSQL refuses to run as root: as root the server runs as Debian's "postgres" user (made by the postgresql
# package), otherwise as the calling user. The ctest fixture "pg" (tests/pg/CMakeLists.txt) calls start and stop.
set -euo pipefail
action=${1:-}
envfile=${2:-}
if [[ -z "$action" || -z "$envfile" ]]; then
    echo "usage: $0 start|stop ENVFILE" >&2
    exit 64
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$pgbin" || ! -x "$pgbin/pg_ctl" ]]; then
    echo "pg-server: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl); run scripts/setup.sh." >&2
    exit 1
fi

as_server=()
if ((EUID == 0)); then
    as_server=(runuser -u postgres --)
fi

if [[ "$action" == "stop" ]]; then
    [[ -f "$envfile" ]] || exit 0
    dir=$(sed -n 's/^JWKMAN_TEST_PGDIR=//p' "$envfile")
    if [[ -n "$dir" && -d "$dir/data" ]]; then
        # Immediate: the data is thrown away, so no shutdown checkpoint (it took 30-45 s after a suite that made
        # twenty databases).
        "${as_server[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$envfile"
    exit 0
fi
[[ "$action" == "start" ]] || { echo "pg-server: unknown action $action" >&2; exit 64; }

if [[ -f "$envfile" ]]; then
    # shellcheck disable=SC1090
    (set -a; . "$envfile"; "$PGBIN/pg_isready" -q -h "$PGHOST" -p "$PGPORT") && exit 0
    "$0" stop "$envfile"
fi

dir=$(mktemp -d /tmp/jwkman-pg.XXXXXX)
chmod 0755 "$dir"
password=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
umask 077
printf '%s\n' "$password" >"$dir/pwfile"
if ((EUID == 0)); then
    chown -R postgres: "$dir"
fi
"${as_server[@]}" "$pgbin/initdb" -D "$dir/data" -U jwkman --pwfile="$dir/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
rm -f "$dir/pwfile"

# A free port: bind 0, read it, let it go (the server binds it a moment later; a clash makes the start fail loudly).
for attempt in 1 2 3; do
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if "${as_server[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60" start >/dev/null; then
        break
    fi
    if ((attempt == 3)); then
        echo "pg-server: the server did not start; its log:" >&2
        cat "$dir/server.log" >&2
        exit 1
    fi
done

tmp=$(mktemp "$envfile.XXXXXX")
cat >"$tmp" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=jwkman
JWKMAN_TEST_PGPASSWORD=$password
JWKMAN_TEST_PGDIR=$dir
PGBIN=$pgbin
ENV
chmod 0600 "$tmp"
mv -f "$tmp" "$envfile"
