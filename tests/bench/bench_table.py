#!/usr/bin/python3
"""Joins the TSV results of run-bench.sh (jwkman-bench, bench_jwcrypto.py, the CLI loops) into one table:
operation, key, jwkman µs/op, reference, reference µs/op, ratio (jwkman ÷ reference: below 1 jwkman is faster),
and the target where there is one. Targets are reported, not asserted.

Usage: /usr/bin/python3 bench_table.py RESULTS.tsv...
"""

import sys

KEYS = ["rsa2048", "rsa3072", "rsa4096", "p256", "p384", "p521", "ed25519", "ed448", "x25519", "x448", "oct"]
CONVERSIONS = ["thumbprint", "jwk-parse", "jwk->pkcs8", "jwk->spki", "pkcs8->jwk", "spki->jwk"]

# (title, ops, jwkman impl prefix, reference impl prefix or None for jwkman-only rows, target ratio or None,
#  target text, show keys without a reference)
SECTIONS = [
    ("Generation, in-process: jwkman generateKey() vs OpenSSL's own EVP_PKEY_Q_keygen() "
     "(oct: RAND_priv_bytes); jwkman also builds the JWK and its thumbprint kid",
     ["generate"], "jwkman generateKey", "OpenSSL", 1.10, "<=1.10", True),
    ("Generation, in-process: jwkman vs python3-jwcrypto JWK.generate() (context)",
     ["generate"], "jwkman generateKey", "jwcrypto", None, "", False),
    ("Generation, one process per key, net of start-up: jwkman-cli generate vs openssl genpkey",
     ["generate-cli"], "jwkman-cli generate (net)", "openssl genpkey (net)", None, "", True),
    ("Thumbprint and conversion per key, in-process: jwkman vs python3-jwcrypto "
     "(target: >=10x faster, ratio <=0.10)",
     CONVERSIONS, "jwkman", "jwcrypto", 0.10, "<=0.10", True),
    ("Conversion per key, in-process: jwkman vs the bare OpenSSL PEM call (context: the PEM step alone, no JWK, "
     "no key checks)",
     CONVERSIONS, "jwkman", "OpenSSL", None, "", False),
    ("Breakdown, jwkman only: EVP_PKEY -> JWK, and JWK -> EVP_PKEY with the key checks that every export and "
     "import runs",
     ["evp->jwk", "jwk->evp", "jwk->evp-public"], "jwkman", None, None, "", True),
    ("Command line, one process per operation, net of start-up",
     ["pkcs8->spki-cli", "thumbprint-cli"], "jwkman-cli", "", None, "", True),
]
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
    widths = [15, 8, 17, 41, 17, 10, 14]

    def line(cells):
        out.append("  ".join(str(c).ljust(w) if i in (0, 1, 3, 6) else str(c).rjust(w)
                             for i, (c, w) in enumerate(zip(cells, widths))).rstrip())

    met = missed = 0
    for title, ops, ours_prefix, ref_prefix, target, target_text, show_missing in SECTIONS:
        body = []
        for op in ops:
            for key in KEYS:
                ours = [r for r in rows if r["op"] == op and r["key"] == key and r["impl"].startswith(ours_prefix)
                        and not r["impl"].endswith("(gross)")]
                if not ours:
                    continue
                o = ours[0]
                if ref_prefix is None:
                    body.append((op, key, fmt_us(o["us"], o["rse"]), o["impl"], "", "", ""))
                    continue
                refs = [r for r in rows if r["op"] == op and r["key"] == key and r["impl"].startswith(ref_prefix)
                        and r not in ours and not r["impl"].endswith("(gross)")]
                if not refs:
                    if show_missing:
                        body.append((op, key, fmt_us(o["us"], o["rse"]), "(none: %s)" % MISSING.get(
                            (ref_prefix, key), "no reference for this key"), "", "", ""))
                    continue
                for r in refs:
                    if o["us"] <= 0 or r["us"] <= 0:  # a net CLI time within the start-up noise
                        body.append((op, key, fmt_us(o["us"], o["rse"]), r["impl"], fmt_us(r["us"], r["rse"]),
                                     "n/a", "(noise)"))
                        continue
                    ratio = o["us"] / r["us"]
                    verdict = ""
                    if target is not None and op not in NO_TARGET:
                        ok = ratio <= target
                        met += ok
                        missed += not ok
                        verdict = "%s %s" % (target_text, "met" if ok else "MISSED")
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
