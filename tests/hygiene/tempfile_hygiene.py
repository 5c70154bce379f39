#!/usr/bin/python3
"""Temporary files never hold private material: every file jwkman-cli creates while it writes private material
(a new store and its generated secret file, an import, a generated key, a private export, a secret rotation) is
watched with strace. A file may only be created under its final name (the store, SQLite's own -wal, -shm and
-journal beside it, the secret file, the export) or as an unnamed O_TMPFILE that is linked to its final name when
complete (QSaveFile on Linux), so no named temporary file with private material ever exists, not even for a moment,
and a killed process leaves none. The run fails on any other file created anywhere.

usage: tempfile_hygiene.py JWKMAN_CLI
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv[1]
OPEN_RE = re.compile(r'\b(?:open|openat|creat)\((?:AT_FDCWD|\d+), "([^"]*)", ([A-Z_|]+)')
CREAT_RE = re.compile(r'\bcreat\("([^"]*)"')
LINK_RE = re.compile(r'\blinkat\([^,]+, "[^"]*", (?:AT_FDCWD|\d+), "([^"]*)"')
RENAME_RE = re.compile(r'\brename(?:at2?)?\((?:(?:AT_FDCWD|\d+), )?"([^"]*)", (?:(?:AT_FDCWD|\d+), )?"([^"]*)"')


class TempfileHygiene(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not shutil.which("strace"):
            raise RuntimeError("strace is missing (Debian package strace; scripts/setup.sh installs it)")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.store = os.path.join(cls.dir, "store.sqlite")
        cls.out = os.path.join(cls.dir, "out")
        os.mkdir(cls.out)
        cls.env = dict(os.environ, JWKMAN_SECRET_BACKEND="file", QT_QPA_PLATFORM="offscreen")
        cls.env.pop("SECRETS_SYSTEM", None)
        cls.env.pop("JWKMAN_STORE", None)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def traced(self, args, allowed, env=None):
        """Runs jwkman-cli under strace; returns the files it created by name. Fails on a name not in `allowed`."""
        log = os.path.join(self.dir, "strace.log")
        cmd = ["strace", "-f", "-qq", "-o", log, "-e",
               "trace=open,openat,creat,linkat,rename,renameat,renameat2", CLI] + args
        env = dict(env or self.env)
        if "ASAN_OPTIONS" in env:
            # LeakSanitizer cannot run under ptrace; the leak checks happen in every other run of jwkman-cli.
            env["ASAN_OPTIONS"] += ":detect_leaks=0"
        run = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr.decode(errors="replace"))
        created, unnamed, linked = set(), 0, set()
        with open(log, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "= -1" in line:
                    continue  # a failed call created nothing
                m = OPEN_RE.search(line)
                if m and "O_TMPFILE" in m.group(2):
                    unnamed += 1
                    self.assertTrue(m.group(1).startswith(self.dir), "an unnamed file outside the work folder: " + line)
                    continue
                if m and "O_CREAT" in m.group(2):
                    created.add(os.path.normpath(m.group(1)))
                    continue
                m = CREAT_RE.search(line)
                if m:
                    created.add(os.path.normpath(m.group(1)))
                    continue
                m = LINK_RE.search(line)
                if m:
                    linked.add(os.path.normpath(m.group(1)))
                    continue
                m = RENAME_RE.search(line)
                if m:
                    # a file renamed into place was first written under another name
                    self.fail("a file was written under a temporary name and renamed: " + line.strip())
        os.remove(log)
        unexpected = sorted((created | linked) - {os.path.normpath(p) for p in allowed})
        self.assertEqual(unexpected, [], "files created under names other than their final ones")
        return created | linked, unnamed

    def store_files(self):
        return [self.store + s for s in ("", "-wal", "-shm", "-journal", ".lock")] + [
            os.path.join(self.dir, "store.secret")]

    def test_1_new_store_secret_and_generated_keys(self):
        names, unnamed = self.traced(
            ["generate", "--alg", "ES256", "--set", "s", "--kid", "k1", "--store", self.store], self.store_files())
        # the generated system secret went through an unnamed file linked to its final name
        self.assertIn(os.path.join(self.dir, "store.secret"), names)
        self.assertGreaterEqual(unnamed, 1)
        self.assertEqual(os.stat(os.path.join(self.dir, "store.secret")).st_mode & 0o777, 0o600)
        self.traced(["generate", "--alg", "RS256", "--set", "s", "--kid", "k2", "--store", self.store],
                    self.store_files())

    def test_2_import(self):
        key = os.path.join(self.dir, "key.jwk")
        run = subprocess.run([CLI, "generate", "--alg", "EdDSA", "--crv", "Ed25519", "--kid", "k3"], env=self.env,
                             stdout=subprocess.PIPE, check=True)
        with open(key, "wb") as f:
            f.write(run.stdout)
        self.traced(["import", "--set", "s", "--store", self.store, key], self.store_files())

    def test_3_private_export(self):
        target = os.path.join(self.out, "s.jwks")
        names, unnamed = self.traced(["export", "s", "--private", "--out", target, "--store", self.store],
                                     self.store_files() + [target])
        self.assertIn(target, names)
        self.assertGreaterEqual(unnamed, 1)
        self.assertEqual(os.stat(target).st_mode & 0o777, 0o600)
        self.assertEqual(sorted(os.listdir(self.out)), ["s.jwks"])
        with open(target) as f:
            self.assertIn('"d"', f.read())

    def test_4_secret_rotation(self):
        with open(os.path.join(self.dir, "store.secret")) as f:
            old = f.read().strip()
        env = dict(self.env, SECRETS_SYSTEM="a-new-system-secret-for-rotation," + old)
        self.traced(["rotate-secret", "--store", self.store], self.store_files(), env=env)
        self.assertEqual(sorted(os.listdir(self.out)), ["s.jwks"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
