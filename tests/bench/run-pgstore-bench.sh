#!/usr/bin/env bash
# The team store next to the file store: 10,000 EC P-256 keys imported (jwkman-cli import, one transaction) and
# listed (jwkman-cli keys) on SQLite and on PostgreSQL, and a bare psql \copy of the same jwk_keys rows into a table
# of the same shape (what the server alone costs for the rows). Usage: run-pgstore-bench.sh BUILD_DIR [N]
# A throw-away server of its own (tests/pg/pg-server.sh); nothing is asserted, the times are printed.
set -euo pipefail
build=${1:?usage: run-pgstore-bench.sh BUILD_DIR [N]}
n=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/jwkman-cli"
work=$(mktemp -d /tmp/jwkman-pgbench.XXXXXX)
trap 'bash "$here/../pg/pg-server.sh" stop "$work/server.env"; rm -rf "$work"' EXIT
bash "$here/../pg/pg-server.sh" start "$work/server.env"
set -a; . "$work/server.env"; set +a
export PGPASSWORD=$JWKMAN_TEST_PGPASSWORD SECRETS_SYSTEM=bench-secret-0123456789abcdef JWKMAN_SECRET_BACKEND=file
"$PGBIN/psql" -q -d postgres -c "CREATE DATABASE bench"
url="postgresql://$PGUSER@$PGHOST:$PGPORT/bench"

/usr/bin/python3 - "$n" >"$work/keys.jwks" <<'PY'
import sys, json, base64
from cryptography.hazmat.primitives.asymmetric import ec
def b64(i, size): return base64.urlsafe_b64encode(i.to_bytes(size, "big")).rstrip(b"=").decode()
keys = []
for i in range(int(sys.argv[1])):
    k = ec.generate_private_key(ec.SECP256R1()); p = k.private_numbers()
    keys.append({"kty": "EC", "crv": "P-256", "kid": "k%05d" % i, "alg": "ES256", "use": "sig",
                 "x": b64(p.public_numbers.x, 32), "y": b64(p.public_numbers.y, 32), "d": b64(p.private_value, 32)})
json.dump({"keys": keys}, sys.stdout)
PY

ms() { local s=$(date +%s%N); "$@" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); }
sqlite_import=$(ms "$cli" import --set bench --store "$work/bench.sqlite" "$work/keys.jwks")
sqlite_list=$(ms "$cli" keys bench --store "$work/bench.sqlite")
pg_import=$(ms "$cli" import --set bench --store "$url" "$work/keys.jwks")
pg_list=$(ms "$cli" keys bench --store "$url")
"$PGBIN/psql" -q -d bench -c "\\copy (SELECT * FROM jwk_keys) TO '$work/rows.copy'"
"$PGBIN/psql" -q -d bench -c "CREATE TABLE bare (LIKE jwk_keys)"
copy=$(ms "$PGBIN/psql" -q -d bench -c "\\copy bare FROM '$work/rows.copy'")
rows=$("$PGBIN/psql" -qtA -d bench -c "SELECT COUNT(*) FROM bare")
printf '| %-42s | %8s |\n' "$n EC P-256 keys (jwkman-cli, whole process)" "ms"
printf '| %-42s | %8s |\n' "SQLite: import (one transaction)" "$sqlite_import"
printf '| %-42s | %8s |\n' "SQLite: keys (list)" "$sqlite_list"
printf '| %-42s | %8s |\n' "PostgreSQL: import (one transaction)" "$pg_import"
printf '| %-42s | %8s |\n' "PostgreSQL: keys (list)" "$pg_list"
printf '| %-42s | %8s |\n' "PostgreSQL: psql \\copy of the $rows rows" "$copy"
