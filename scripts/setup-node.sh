#!/usr/bin/env bash
# Installs the npm packages that tests and benchmarks run next to jwkman (tests/node/package.json: npm jose, the
# exact versions in tests/node/package-lock.json) into tests/node/node_modules. Idempotent: prints nothing and does
# nothing when the installed tree already matches the lock file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../tests/node"

if ! command -v npm >/dev/null 2>&1; then
    echo "setup-node: npm is not installed; run scripts/setup.sh (it installs Debian's nodejs and npm)." >&2
    exit 1
fi
# npm writes node_modules/.package-lock.json after a complete install; equal to the lock's packages, nothing to do.
if [[ -f node_modules/.package-lock.json ]] &&
    node -e '
        const fs = require("fs");
        const want = JSON.parse(fs.readFileSync("package-lock.json")).packages;
        const have = JSON.parse(fs.readFileSync("node_modules/.package-lock.json")).packages;
        for (const [k, v] of Object.entries(want)) {
            if (k && (!have[k] || have[k].version !== v.version || have[k].integrity !== v.integrity)) process.exit(1);
        }' 2>/dev/null; then
    exit 0
fi
echo "setup-node: installing npm packages from tests/node/package-lock.json"
npm ci --no-audit --no-fund --loglevel=error
