#!/usr/bin/python3
"""A bulk command flushes to disk a bounded number of times, whatever the number of keys (issue 18): importing a JWK
Set of 400 private keys and exporting it with its private keys (one audit entry per key, written in one transaction)
are each watched with strace, counting fsync and fdatasync. One flush per key would be 400 or more; the bound here
is 12, a store's own work (the write-ahead log, its checkpoint, the export file) with room to spare.

usage: bulk_flushes.py JWKMAN_CLI
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv[1]
KEYS = 400
BOUND = 12


def make_jwks(path):
    # Keys made by python3-cryptography (Debian's), not by the program under test.
    from cryptography.hazmat.primitives.asymmetric import ec
    import base64

    def b64(n, size):
        return base64.urlsafe_b64encode(n.to_bytes(size, "big")).rstrip(b"=").decode()

    keys = []
    for i in range(KEYS):
        priv = ec.generate_private_key(ec.SECP256R1())
        nums = priv.private_numbers()
        keys.append({"kty": "EC", "crv": "P-256", "kid": "k%d" % i, "alg": "ES256", "use": "sig",
                     "x": b64(nums.public_numbers.x, 32), "y": b64(nums.public_numbers.y, 32),
                     "d": b64(nums.private_value, 32)})
    with open(path, "w") as f:
        json.dump({"keys": keys}, f)


class BulkFlushes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not shutil.which("strace"):
            raise RuntimeError("strace is missing (Debian package strace; scripts/setup.sh installs it)")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.store = os.path.join(cls.dir, "store.sqlite")
        cls.jwks = os.path.join(cls.dir, "keys.jwks")
        make_jwks(cls.jwks)
        cls.env = dict(os.environ, JWKMAN_SECRET_BACKEND="file", SECRETS_SYSTEM="bulk-flushes-secret-0123456789abc")
        cls.env.pop("JWKMAN_STORE", None)
        # The store exists before the counted runs: its creation is not what is measured.
        cls.run_cli(["add-set", "other"])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def run_cli(cls, args):
        r = subprocess.run([CLI] + args + ["--store", cls.store], env=cls.env, capture_output=True, timeout=300)
        if r.returncode != 0:
            raise AssertionError("%s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
        return r

    def flushes(self, args):
        log = os.path.join(self.dir, "strace.log")
        env = dict(self.env)
        if "ASAN_OPTIONS" in env:
            # LeakSanitizer cannot run under ptrace (strace): the sanitizer build runs this without it.
            env["ASAN_OPTIONS"] += ":detect_leaks=0"
        r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=fsync,fdatasync", "-o", log, CLI] + args +
                           ["--store", self.store], env=env, capture_output=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        with open(log) as f:
            calls = [line for line in f if "fsync(" in line or "fdatasync(" in line]
        return len(calls), r

    def test_1_import(self):
        n, r = self.flushes(["import", "--set", "bulk", self.jwks])
        self.assertEqual(json.loads(r.stdout)["imported"], KEYS)
        self.assertLessEqual(n, BOUND, "import of %d keys: %d flushes" % (KEYS, n))

    def test_2_private_export(self):
        out = os.path.join(self.dir, "private.jwks")
        n, _ = self.flushes(["export", "bulk", "--private", "--out", out])
        with open(out) as f:
            self.assertEqual(len(json.load(f)["keys"]), KEYS)
        self.assertLessEqual(n, BOUND, "private export of %d keys: %d flushes" % (KEYS, n))
        # Still one audit entry per key, each naming its key.
        import sqlite3
        db = sqlite3.connect(self.store)
        try:
            kids = {row[0] for row in db.execute(
                "SELECT kid FROM jwk_audit WHERE action = 'exported-private' AND set_name = 'bulk'")}
        finally:
            db.close()
        self.assertEqual(kids, {"k%d" % i for i in range(KEYS)})


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
