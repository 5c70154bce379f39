#!/usr/bin/python3
"""Joins the TSV results of run-bench.sh (jwkman-bench, bench_jwcrypto.py, the CLI loops) into one table:
operation, key, jwkman µs/op, reference, reference µs/op, ratio (jwkman ÷ reference: below 1 jwkman is faster),
and the target where there is one. Targets are reported, not asserted.

Usage: /usr/bin/python3 bench_table.py RESULTS.tsv...
"""

import sys

KEYS = ["rsa2048", "rsa3072", "rsa4096", "p256", "p384", "p521", "ed25519", "ed448", "x25519", "x448", "oct"]
CONVERSIONS = ["thumbprint", "jwk-parse", "jwk->pkcs8", "jwk->spki", "pkcs8->jwk", "spki->jwk"]

# Each section: title, ops, jwkman impl prefix, reference impl prefixes (the fastest of them is the reference; None
# for jwkman-only rows), target (a function of the key giving the largest ratio that meets it, or None), the target's
# text, and whether to show keys without a reference. The targets are issue #14's.
PEERS = ["npm jose", "jwcrypto"]
HEADLINE = {"rsa2048", "p256", "ed25519"}
GEN_TARGET = lambda key: 1.05 if key.startswith("rsa") else (None if key == "oct" else 1.25)

SECTIONS = [
    ("Conversion per key, in-process: jwkman vs the fastest peer, min(npm jose, python3-jwcrypto) "
     "(target: faster than the fastest, ratio < 1.0; aim 0.5)",
     ["spki->jwk", "pkcs8->jwk", "jwk->spki", "jwk->pkcs8"], "jwkman", PEERS,
     lambda key: 1.0 if key in HEADLINE else None, "<1.0", True),
    ("Thumbprint per key, in-process: jwkman vs the fastest peer (context)",
     ["thumbprint"], "jwkman", PEERS, None, "", True),
    ("Conversion per key, in-process: jwkman vs the bare OpenSSL PEM call (context: the PEM step alone, no JWK, "
     "no key checks)",
     ["spki->jwk", "pkcs8->jwk", "jwk->spki", "jwk->pkcs8"], "jwkman", ["OpenSSL"], None, "", False),
    ("Generation, in-process: jwkman generateKey() (the key, its JWK and thumbprint kid) vs OpenSSL's own "
     "EVP_PKEY_Q_keygen() (target: at most 25% on top for EC and OKP, 5% for RSA)",
     ["generate"], "jwkman generateKey", ["OpenSSL"], GEN_TARGET, "", True),
    ("Generation, in-process: jwkman generateKey() vs OpenSSL's EVP_PKEY_generate() with a context kept from key to "
     "key, as generateKey keeps one (context: the JWK and kid work alone on top of the same generation)",
     ["generate"], "jwkman generateKey", ["kept context"], None, "", False),
    ("Generation, in-process: jwkman vs python3-jwcrypto JWK.generate() (context)",
     ["generate"], "jwkman generateKey", ["jwcrypto"], None, "", False),
    ("Breakdown, jwkman only: EVP_PKEY -> JWK, and JWK -> EVP_PKEY with the key checks that every export and "
     "import runs",
     ["evp->jwk", "jwk->evp", "jwk->evp-public"], "jwkman", None, None, "", True),
    ("Whole process, paired medians (what a script waits for): jwkman-cli vs openssl / jose "
     "(target: at most 1.2x)",
     ["startup-whole", "convert-whole", "thumbprint-whole"], "jwkman-cli", ["openssl", "jose"],
     lambda key: 1.2, "<=1.2", True),
    ("Generation, one process per key, net of start-up: jwkman-cli generate vs openssl genpkey (context)",
     ["generate-cli"], "jwkman-cli generate (net)", ["openssl genpkey (net)"], None, "", True),
    ("Bulk, whole process: a PEM bundle of mixed keys (RSA, EC, OKP; public and private) to one JWK Set: "
     "jwkman-cli convert vs one node process with npm jose (target: at least 2x faster, ratio <= 0.5)",
     ["bulk-convert"], "jwkman-cli", ["node"], lambda key: 0.5, "<=0.5", True),
]
# Absolute targets: op, impl prefix, largest µs, text.
ABSOLUTE = [("bulk-import", "jwkman-cli import", 2e6,
             "Bulk import of the same bundle into a new store, whole process (target: at most 2 s)")]
NO_TARGET = {"jwk-parse"}  # parsing alone is not one of the targeted operations
MISSING = {
    ("jwcrypto", "x25519"): "jwcrypto 1.1 cannot read X25519/X448 PEM",
    ("jwcrypto", "x448"): "jwcrypto 1.1 cannot read X25519/X448 PEM",
    ("openssl genpkey (net)", "oct"): "openssl genpkey makes no oct keys",
}


def load(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 6:
                    continue
                op, key, impl, us, n, rse = parts
                rows.append({"op": op, "key": key, "impl": impl, "us": float(us), "n": int(n), "rse": float(rse)})
    return rows


def fmt_us(us, rse):
    text = "%.2f" % us if us < 100 else "%.0f" % us
    if rse >= 0.005:
        text += " ±%.0f%%" % (100 * rse)
    return text


def main():
    rows = load(sys.argv[1:])
    out = []
    header = ("operation", "key", "jwkman µs/op", "reference", "ref µs/op", "jwkman/ref", "target")
    widths = [16, 8, 17, 41, 17, 10, 14]

    def line(cells):
        out.append("  ".join(str(c).ljust(w) if i in (0, 1, 3, 6) else str(c).rjust(w)
                             for i, (c, w) in enumerate(zip(cells, widths))).rstrip())

    met = missed = 0
    keys_of = lambda op: [k for k in KEYS + sorted({r["key"] for r in rows if r["op"] == op} - set(KEYS))]
    for title, ops, ours_prefix, ref_prefixes, target, target_text, show_missing in SECTIONS:
        body = []
        for op in ops:
            for key in keys_of(op):
                ours = [r for r in rows if r["op"] == op and r["key"] == key and r["impl"].startswith(ours_prefix)
                        and not r["impl"].endswith("(gross)")]
                if not ours:
                    continue
                o = ours[0]
                if ref_prefixes is None:
                    body.append((op, key, fmt_us(o["us"], o["rse"]), o["impl"], "", "", ""))
                    continue
                refs = [r for r in rows if r["op"] == op and r["key"] == key and r not in ours
                        and any(r["impl"].startswith(p) for p in ref_prefixes) and not r["impl"].endswith("(gross)")]
                if not refs:
                    if show_missing:
                        body.append((op, key, fmt_us(o["us"], o["rse"]), "(none: %s)" % MISSING.get(
                            (ref_prefixes[0], key), "no reference for this key"), "", "", ""))
                    continue
                r = min(refs, key=lambda r: r["us"])
                if o["us"] <= 0 or r["us"] <= 0:  # a net CLI time within the start-up noise
                    body.append((op, key, fmt_us(o["us"], o["rse"]), r["impl"], fmt_us(r["us"], r["rse"]),
                                 "n/a", "(noise)"))
                    continue
                ratio = o["us"] / r["us"]
                verdict = ""
                limit = target(key) if target is not None and op not in NO_TARGET else None
                if limit is not None:
                    strict = target_text.startswith("<") and not target_text.startswith("<=")
                    ok = ratio < limit if strict else ratio <= limit
                    met += ok
                    missed += not ok
                    verdict = "%s%.2f %s" % ("<" if strict else "<=", limit, "met" if ok else "MISSED")
                body.append((op, key, fmt_us(o["us"], o["rse"]), r["impl"], fmt_us(r["us"], r["rse"]),
                             "%.3f" % ratio, verdict))
        if not body:
            continue
        out.append("")
        out.append(title)
        line(header)
        line(["-" * w for w in widths])
        for cells in body:
            line(cells)
    for op, prefix, limit, title in ABSOLUTE:
        found = [r for r in rows if r["op"] == op and r["impl"].startswith(prefix)]
        if not found:
            continue
        out.append("")
        out.append(title)
        for r in found:
            ok = r["us"] <= limit
            met += ok
            missed += not ok
            out.append("  %s keys: %.2f s (median of %d)  target <= %.0f s %s" % (
                r["key"], r["us"] / 1e6, r["n"], limit / 1e6, "met" if ok else "MISSED"))
    startup = [r for r in rows if r["op"] == "startup"]
    if startup:
        out.append("")
        out.append("Process start-up subtracted from the command-line numbers (median per invocation, measured "
                   "alternately with each operation):")
        for tool in sorted({r["impl"] for r in startup}):
            values = sorted(r["us"] for r in startup if r["impl"] == tool)
            out.append("  %-12s median %8.0f µs   (range over the operations %.0f to %.0f µs)" % (
                tool, values[len(values) // 2], values[0], values[-1]))
        out.append("  Gross per-invocation medians are in the raw cli.tsv (run-bench.sh --keep DIR).")
    out.append("")
    out.append("Targets: %d met, %d missed (reported, not asserted). ±: relative standard error of the mean." %
               (met, missed))
    try:
        print("\n".join(out))
    except BrokenPipeError:
        pass


if __name__ == "__main__":
    main()
