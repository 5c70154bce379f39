#!/usr/bin/python3
"""The python3-jwcrypto side of the jwkman benchmark: the same operations, in-process, timed with timeit, on the
keys jwkman-bench wrote (--keys-dir), so both sides work on the very same key material.

  thumbprint   JWK.thumbprint() (SHA-256)
  jwk-parse    JWK.from_json(private JWK text)
  jwk->pkcs8   export_to_pem(private_key=True) of a parsed JWK, its cached cryptography key dropped first
  jwk->spki    export_to_pem() of a parsed public JWK, its cached cryptography key dropped first
  pkcs8->jwk   JWK.from_pem(PKCS#8 PEM)      (not X25519/X448: jwcrypto 1.1 cannot read them)
  spki->jwk    JWK.from_pem(SPKI PEM)        (idem)
  generate     JWK.generate(...)

jwcrypto caches the cryptography key object inside a JWK; jwkman's exportKey converts the JWK members every
time, so the cache is cleared before each jwcrypto export to time the same work.

Usage: /usr/bin/python3 bench_jwcrypto.py KEYS_DIR [--quick] [--scale F] [--only generate|convert] [KEY...]
Prints TSV: op, key, impl, us_per_op, iterations, relative_standard_error.
"""

import argparse
import math
import os
import sys
import time
import timeit

from jwcrypto import jwk

GENERATE = {
    "rsa2048": {"kty": "RSA", "size": 2048},
    "rsa3072": {"kty": "RSA", "size": 3072},
    "rsa4096": {"kty": "RSA", "size": 4096},
    "p256": {"kty": "EC", "crv": "P-256"},
    "p384": {"kty": "EC", "crv": "P-384"},
    "p521": {"kty": "EC", "crv": "P-521"},
    "ed25519": {"kty": "OKP", "crv": "Ed25519"},
    "ed448": {"kty": "OKP", "crv": "Ed448"},
    "x25519": {"kty": "OKP", "crv": "X25519"},
    "x448": {"kty": "OKP", "crv": "X448"},
    "oct": {"kty": "oct", "size": 256},
}
CONVERT = ["rsa2048", "rsa4096", "p256", "p384", "p521", "ed25519", "ed448", "x25519", "x448", "oct"]
NO_PEM_IMPORT = {"x25519", "x448"}


def measure(fn, budget, min_rounds):
    """Batches of about 20 ms (one call for slow ones) until the budget is spent; mean µs/op and the relative
    standard error of the per-batch values."""
    timer = timeit.Timer(fn)
    number, t = 1, timer.timeit(1)  # warm-up and first estimate
    if t < 0.02:
        number = max(1, int(0.02 / max(t, 1e-7)))
    per_op, total, ops = [], 0.0, 0
    start = time.perf_counter()
    while len(per_op) < min_rounds or time.perf_counter() - start < budget:
        t = timer.timeit(number)
        per_op.append(t / number * 1e6)
        total += t
        ops += number
    mean = sum(per_op) / len(per_op)
    rse = 0.0
    if len(per_op) > 1:
        var = sum((v - mean) ** 2 for v in per_op) / (len(per_op) - 1)
        rse = math.sqrt(var / len(per_op)) / mean
    return total / ops * 1e6, ops, rse


def emit(op, key, impl, result):
    us, n, rse = result
    print("%s\t%s\t%s\t%.3f\t%d\t%.4f" % (op, key, impl, us, n, rse), flush=True)


def bench_convert(keys_dir, name, budget, min_rounds):
    with open(os.path.join(keys_dir, name + ".jwk"), "rb") as f:
        text = f.read()
    key = jwk.JWK.from_json(text)
    emit("thumbprint", name, "jwcrypto JWK.thumbprint", measure(key.thumbprint, budget, min_rounds))
    emit("jwk-parse", name, "jwcrypto JWK.from_json", measure(lambda: jwk.JWK.from_json(text), budget, min_rounds))
    if name == "oct":
        return
    with open(os.path.join(keys_dir, name + ".pem"), "rb") as f:
        pkcs8 = f.read()
    with open(os.path.join(keys_dir, name + ".pub.pem"), "rb") as f:
        spki = f.read()
    if key.export_to_pem(private_key=True, password=None) != pkcs8:
        sys.exit("bench_jwcrypto: jwcrypto's PKCS#8 of %s differs from jwkman's" % name)
    public = jwk.JWK(**key.export_public(as_dict=True))

    def to_pkcs8():
        key._cache_pri_k = None
        key._cache_pub_k = None
        return key.export_to_pem(private_key=True, password=None)

    def to_spki():
        public._cache_pub_k = None
        return public.export_to_pem()

    emit("jwk->pkcs8", name, "jwcrypto export_to_pem(private)", measure(to_pkcs8, budget, min_rounds))
    emit("jwk->spki", name, "jwcrypto export_to_pem(public)", measure(to_spki, budget, min_rounds))
    if name in NO_PEM_IMPORT:
        return
    emit("pkcs8->jwk", name, "jwcrypto JWK.from_pem", measure(lambda: jwk.JWK.from_pem(pkcs8), budget, min_rounds))
    emit("spki->jwk", name, "jwcrypto JWK.from_pem", measure(lambda: jwk.JWK.from_pem(spki), budget, min_rounds))


def bench_generate(name, scale, quick):
    budget, min_rounds = 0.5 * scale, (3 if quick else 5)
    if name == "rsa2048":
        budget, min_rounds = 8.0 * scale, (3 if quick else 10)
    elif name == "rsa3072":
        budget, min_rounds = 10.0 * scale, (2 if quick else 5)
    elif name == "rsa4096":
        budget, min_rounds = 12.0 * scale, (2 if quick else 4)
    params = GENERATE[name]
    emit("generate", name, "jwcrypto JWK.generate", measure(lambda: jwk.JWK.generate(**params), budget, min_rounds))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys_dir")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", choices=("generate", "convert"))
    parser.add_argument("keys", nargs="*")
    args = parser.parse_intermixed_args()
    scale = args.scale / (10 if args.quick else 1)
    wanted = args.keys or list(GENERATE)
    for name in wanted:
        if name not in GENERATE:
            sys.exit("bench_jwcrypto: unknown key %r" % name)
    if args.only in (None, "convert"):
        for name in CONVERT:
            if name in wanted:
                bench_convert(args.keys_dir, name, 0.6 * scale, 3 if args.quick else 5)
    if args.only in (None, "generate"):
        for name in GENERATE:
            if name in wanted:
                bench_generate(name, scale, args.quick)


if __name__ == "__main__":
    main()
