#!/usr/bin/env bash
# The team store next to the file store: 10,000 EC P-256 keys imported (jwkman-cli import, one transaction), listed
# (jwkman-cli keys), exported public and private, and re-encrypted under a new system secret (rotate-secret) on SQLite
# and on PostgreSQL, and a bare psql \copy of the same jwk_keys rows into a table of the same shape (what the server
# alone costs for the rows). Usage: run-pgstore-bench.sh BUILD_DIR [N]
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
declare -A took
for kind in sqlite pg; do
    store=$work/bench.sqlite
    [[ $kind == pg ]] && store=$url
    export SECRETS_SYSTEM=bench-secret-0123456789abcdef
    took[$kind,import]=$(ms "$cli" import --set bench --store "$store" "$work/keys.jwks")
    took[$kind,list]=$(ms "$cli" keys bench --store "$store")
    took[$kind,public]=$(ms "$cli" export bench --store "$store" --out "$work/out.jwks")
    took[$kind,private]=$(ms "$cli" export bench --private --store "$store" --out "$work/out.jwks")
    cmp -s <(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["keys"]))' "$work/out.jwks") <(echo "$n") ||
        { echo "run-pgstore-bench: the $kind private export does not hold $n keys" >&2; exit 1; }
    export SECRETS_SYSTEM="bench-secret-new-0123456789abcd,bench-secret-0123456789abcdef"
    took[$kind,rotate]=$(ms "$cli" rotate-secret --store "$store")
done
"$PGBIN/psql" -q -d bench -c "\\copy (SELECT * FROM jwk_keys) TO '$work/rows.copy'"
"$PGBIN/psql" -q -d bench -c "CREATE TABLE bare (LIKE jwk_keys)"
copy=$(ms "$PGBIN/psql" -q -d bench -c "\\copy bare FROM '$work/rows.copy'")
rows=$("$PGBIN/psql" -qtA -d bench -c "SELECT COUNT(*) FROM bare")
printf '| %-42s | %8s |\n' "$n EC P-256 keys (jwkman-cli, whole process)" "ms"
for kind in sqlite pg; do
    name=SQLite
    [[ $kind == pg ]] && name=PostgreSQL
    printf '| %-42s | %8s |\n' "$name: import (one transaction)" "${took[$kind,import]}"
    printf '| %-42s | %8s |\n' "$name: keys (list)" "${took[$kind,list]}"
    printf '| %-42s | %8s |\n' "$name: export, public" "${took[$kind,public]}"
    printf '| %-42s | %8s |\n' "$name: export, private" "${took[$kind,private]}"
    printf '| %-42s | %8s |\n' "$name: rotate-secret" "${took[$kind,rotate]}"
done
printf '| %-42s | %8s |\n' "PostgreSQL: psql \\copy of the $rows rows" "$copy"
