#!/usr/bin/python3
"""Secret hygiene of the test suites: with every Qt logging category on, run every Qt Test suite that ctest knows
(tst_*: core, store, cli, remote, badinput, gui offscreen, ...) and the fuzz regression drivers (regress_*), and
search all they print, stdout and stderr, for private key material and secrets known to this runner:

- every private JWK member (d, p, q, dp, dq, qi, k) of every key in the test data (tests/data: any JSON file, at
  any depth, including the expected_jwk of each PEM file): base64url as stored, and the raw bytes as hex (also with any
  separators, as OpenSSL prints numbers) and as standard base64;
- the body of every PRIVATE KEY block of the test data's PEM files (the whole body, and each line after the first);
- the test data's passphrase and the test passphrases below;
- the system secrets (SECRETS_SYSTEM values and secrets given to KeyStore) and bearer tokens the suites use, read
  from their sources (string literals such as "first-secret-0123456789" or "ory_pat_..."). The runner sets no
  SECRETS_SYSTEM of its own: the suites set theirs, or test the paths without one.

Nothing may be found. The suites run with the logging rules "*=true" (every category, every level, debug included;
the project has no categories of its own, Qt's and the Qt-based libraries' are all on), QT_FORCE_STDERR_LOGGING=1
(never to the journal) and OpenSSL's errors as Qt reports them. The rules reach a Qt Test suite's own process
through JWKMAN_HYGIENE_LOGGING_RULES (tests/hygiene/LoggingHook.cpp, linked into each suite, prints a line that
proves it), not QT_LOGGING_RULES: the jwkman-cli processes a suite starts would inherit that and print log lines on
the standard error the suite checks (secret_hygiene.py holds jwkman-cli to the same rule with every category on).
The fuzz regression drivers get QT_LOGGING_RULES. One category family is off: qt.httpserver*, the
Qt HTTP server that only the fake Hydra (test scaffolding, tests/hydra) uses; it logs the requests it receives,
bearer token and pushed private keys included, which jwkman sends to Hydra by design.

Each suite must run to its end (a "Totals:" line): a suite that crashes or hangs is reported, since its output was
not all checked. Failed test functions are not this check's concern (their own ctest entry reports them).

usage: suite_hygiene.py CTEST BUILD_DIR TEST_DATA_DIR TESTS_SOURCE_DIR [NAME_REGEX]
       (a leak found is printed with the secret masked; the full output of each suite is kept in
       BUILD_DIR/tests/hygiene/suite-logs/)
"""
import base64
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "k")
# Passphrases the suites type or write into passphrase files (the vectors' own comes from pem/expected.json).
TEST_PASSPHRASES = ("correct horse", "incorrect horse", "correct horse battery", "long enough passphrase",
                    "long enough passphrasE", "the right passphrase", "not the passphrase")
LOGGING_RULES = "*=true;qt.httpserver*=false"
SUITE_TIMEOUT = 900


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


class Secrets:
    """What must never be printed: (needle, haystack kind, description). The description never holds the secret."""

    def __init__(self):
        self.items = {}

    def add(self, value, kind, what):
        if value and value not in self.items:
            self.items[value] = (kind, what)

    def add_member(self, b64u, what):
        if not isinstance(b64u, str) or len(b64u) < 8:
            return
        self.add(b64u, "text", what)
        try:
            raw = b64u_decode(b64u)
        except Exception:  # not base64url: still searched as text
            return
        if len(raw) >= 12:
            # OpenSSL prints numbers without leading zero octets and with any separators: hex is searched in the
            # output reduced to [0-9a-f].
            self.add(raw.hex().lstrip("0") if raw.hex().lstrip("0") else raw.hex(), "hex", what + " as hex")
            self.add(base64.b64encode(raw).decode().rstrip("="), "squashed", what + " as base64")

    def add_jwks_in(self, node, what):
        if isinstance(node, dict):
            if "kty" in node:
                for m in PRIVATE_MEMBERS:
                    if m in node:
                        self.add_member(node[m], f"{m} of {what}")
            for key, value in node.items():
                self.add_jwks_in(value, what)
        elif isinstance(node, list):
            for value in node:
                self.add_jwks_in(value, what)


def collect_secrets(vectors, sources):
    s = Secrets()
    vectors = Path(vectors)
    for path in sorted(vectors.rglob("*.json")):
        try:
            doc = json.loads(path.read_text())
        except (ValueError, UnicodeDecodeError):
            continue
        s.add_jwks_in(doc, str(path.relative_to(vectors)))
        if isinstance(doc, dict):
            for key in ("passphrase_for_encrypted_files", "passphrase"):
                if isinstance(doc.get(key), str):
                    s.add(doc[key], "text", f"passphrase in {path.name}")
            for entry in doc.get("entries", []) if isinstance(doc.get("entries"), list) else []:
                if isinstance(entry, dict) and isinstance(entry.get("passphrase"), str):
                    s.add(entry["passphrase"], "text", f"passphrase in {path.name}")
    block = re.compile(r"-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----\n(.*?)-----END \1-----", re.S)
    for path in sorted(vectors.rglob("*.pem")):
        text = path.read_text(errors="replace")
        for n, m in enumerate(block.finditer(text)):
            lines = [l.strip() for l in m.group(2).splitlines() if l.strip() and ":" not in l]
            what = f"PEM body of {path.relative_to(vectors)} block {n + 1}"
            s.add("".join(lines), "squashed", what)
            for i, line in enumerate(lines[1:], start=2):
                if len(line) >= 40:
                    s.add(line, "text", f"{what} line {i}")
    for p in TEST_PASSPHRASES:
        s.add(p, "text", "a test passphrase")
    # Secrets and tokens in the suites' sources: "first-secret-0123456789", "ory_pat_cli-T0KEN-never-printed", ...
    literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
    credential = re.compile(r"^(?=.*(?:secret|token|t0ken|never))[A-Za-z0-9_-]{14,}$", re.I)
    for path in sorted(Path(sources).rglob("*")):
        if path.suffix not in (".cpp", ".h", ".py") or "hygiene" in path.parts:
            continue
        for m in literal.finditer(path.read_text(errors="replace")):
            for part in m.group(1).replace("\\n", ",").replace('\\"', ",").split(","):
                part = part.strip()
                if part.startswith("Bearer "):
                    part = part[len("Bearer "):]
                words = re.split(r"[-_]", part)
                if credential.match(part) and len(words) >= 3 and not part.isupper():
                    s.add(part, "text", f"a secret literal in {path.relative_to(sources)}")
    return s


def discover(ctest, build_dir, name_filter):
    out = subprocess.run([ctest, "--test-dir", build_dir, "--show-only=json-v1"], capture_output=True, check=True,
                         text=True).stdout
    suites = []
    for t in json.loads(out)["tests"]:
        name = t["name"]
        if not re.match(r"^(tst_|regress_)", name) or not re.search(name_filter, name):
            continue
        props = {p["name"]: p["value"] for p in t.get("properties", [])}
        env = props.get("ENVIRONMENT", [])
        suites.append({"name": name, "command": t.get("command") or [name + " (not built)"], "cwd": props.get("WORKING_DIRECTORY", build_dir),
                       "env": dict(e.split("=", 1) for e in (env if isinstance(env, list) else [env]))})
    return suites


def run_suite(suite, log_dir):
    env = dict(os.environ)
    env.update(suite["env"])
    env.update(QT_FORCE_STDERR_LOGGING="1", QT_QPA_PLATFORM="offscreen", JWKMAN_SECRET_BACKEND="file")
    command = list(suite["command"])
    if suite["name"].startswith("tst_"):
        # The suite's own process only (tests/hygiene/LoggingHook.cpp); no limit on the messages Qt Test prints.
        env["JWKMAN_HYGIENE_LOGGING_RULES"] = LOGGING_RULES
        command += ["-maxwarnings", "0"]
    else:
        env["QT_LOGGING_RULES"] = LOGGING_RULES
    start = time.monotonic()
    if not os.path.exists(command[0]):
        return suite["name"], "", None, 0.0
    try:
        p = subprocess.run(command, cwd=suite["cwd"], env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=SUITE_TIMEOUT)
        out, err, code = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = e.stdout or b"", (e.stderr or b"") + b"\n[timed out]", None
    text = out.decode(errors="replace") + "\n" + err.decode(errors="replace")
    (log_dir / f"{suite['name']}.log").write_text(text)
    return suite["name"], text, code, time.monotonic() - start


def find_leaks(text, secrets):
    squashed = re.sub(r"\s+", "", text)
    hexonly = re.sub(r"[^0-9a-f]", "", text.lower())
    found = []
    for value, (kind, what) in secrets.items.items():
        if kind == "text":
            hit = value in text
        elif kind == "squashed":
            hit = value in squashed
        else:
            hit = value in hexonly
        if hit:
            line = next((l for l in text.splitlines() if kind == "text" and value in l), "")
            for other, (other_kind, _) in secrets.items.items():
                if other_kind == "text" and other in line:
                    line = line.replace(other, "<SECRET>")
            found.append((what, line[:200]))
    return found


def main():
    if len(sys.argv) not in (5, 6):
        print(__doc__)
        return 64
    ctest, build_dir, vectors, sources = sys.argv[1:5]
    name_filter = sys.argv[5] if len(sys.argv) == 6 else "."
    secrets = collect_secrets(vectors, sources)
    kinds = {}
    for kind, _ in secrets.items.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"searching for {len(secrets.items)} secrets ({kinds})")
    if len(secrets.items) < 100:
        print("too few secrets found: are the vectors and the sources where they should be?")
        return 1
    suites = discover(ctest, build_dir, name_filter)
    names = [s["name"] for s in suites]
    print(f"{len(suites)} suites: {' '.join(names)}")
    if not any(n.startswith("tst_") for n in names):
        print("no Qt Test suite registered with ctest in " + build_dir)
        return 1
    log_dir = Path(build_dir) / "tests" / "hygiene" / "suite-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    problems = []
    jobs = int(os.environ.get("JWKMAN_HYGIENE_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, text, code, seconds in pool.map(lambda s: run_suite(s, log_dir), suites):
            leaks = find_leaks(text, secrets)
            finished = name.startswith("regress_") or "Totals:" in text
            logging_on = name.startswith("regress_") or "jwkman.hygiene: logging rules applied" in text or \
                "logging rules applied: " + LOGGING_RULES in text
            print(f"{name}: exit {code}, {len(text.splitlines())} lines, {seconds:.1f} s, "
                  f"{len(leaks)} leak(s){'' if finished else ', DID NOT RUN TO ITS END'}"
                  f"{'' if logging_on or not text else ', LOGGING WAS NOT ON'}")
            for what, line in leaks:
                problems.append(f"{name}: {what}")
                print(f"  LEAK {what}: {line}")
            if not text:
                problems.append(f"{name}: not built")
            elif not logging_on:
                problems.append(f"{name}: the logging rules did not take effect (no LoggingHook line)")
            elif not finished or code is None:
                problems.append(f"{name}: did not run to its end (exit {code}); its output was not all checked")
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  " + p)
        return 1
    print(f"no secret in the output of {len(suites)} suites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
