#!/usr/bin/python3
"""Interop of the password-protected JWK (compact JWE, PBES2) with python3-jwcrypto, both ways:

- jwcrypto decrypts what `jwkman-cli convert --to jwe` writes (PBES2-HS512+A256KW, A256GCM, p2c 600,000, cty) for
  every key type, and the plaintext is our private JWK (a JWK Set for a set, cty jwk-set+json);
- jwkman-cli decrypts what jwcrypto writes with each of the three PBES2 algorithms and six content encryptions
  (jwcrypto always writes p2c 8192), and reads the same key;
- a wrong passphrase is exit 2 with "wrong passphrase" for both.

Usage: /usr/bin/python3 test_pbes2.py /path/to/jwkman-cli
"""

import base64
import json
import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import interop_common as ic  # noqa: E402
from interop_common import KINDS, for_kinds  # noqa: E402

from jwcrypto import jwe, jwk  # noqa: E402

ALGS = ["PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW"]
ENCS = ["A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM", "A192GCM", "A256GCM"]


def password_key(password=ic.PASSPHRASE):
    return jwk.JWK(kty="oct", k=base64.urlsafe_b64encode(password.encode()).decode().rstrip("="))


def jwcrypto_decrypt(compact, password=ic.PASSPHRASE):
    token = jwe.JWE()
    token.allowed_algs = ALGS + ENCS
    token.deserialize(compact.strip(), key=password_key(password))
    return token


@for_kinds(KINDS)
class JwcryptoReadsOurJwe(unittest.TestCase):
    def check_decrypts(self, kind):
        key = ic.our_key(kind)
        compact = ic.cli_text("convert", "--to", "jwe", "--passphrase-file", ic.passphrase_file(), key)
        token = jwcrypto_decrypt(compact)
        header = token.jose_header
        self.assertEqual(header["alg"], "PBES2-HS512+A256KW")
        self.assertEqual(header["enc"], "A256GCM")
        self.assertEqual(header["p2c"], 600000)
        self.assertEqual(len(ic.b64url_decode(header["p2s"])), 16)
        self.assertEqual(header["cty"], "jwk+json")
        self.assertEqual(json.loads(token.payload), ic.load_json(ic.read(key)))


class JwcryptoReadsOurJwkSet(unittest.TestCase):
    def test_set(self):
        keys = [ic.load_json(ic.read(ic.our_key(k))) for k in ("p256", "ed25519", "oct")]
        jwks = ic.write("three.jwks", json.dumps({"keys": keys}))
        compact = ic.cli_text("convert", "--to", "jwe", "--passphrase-file", ic.passphrase_file(), jwks)
        token = jwcrypto_decrypt(compact)
        self.assertEqual(token.jose_header["cty"], "jwk-set+json")
        self.assertEqual(json.loads(token.payload)["keys"], keys)

    def test_wrong_passphrase(self):
        compact = ic.cli_text("convert", "--to", "jwe", "--passphrase-file", ic.passphrase_file(), ic.our_key("p256"))
        with self.assertRaises(Exception):
            jwcrypto_decrypt(compact, "not the passphrase")


class WeReadJwcryptoJwe(unittest.TestCase):
    """Every alg x enc that jwcrypto writes, decrypted by jwkman-cli."""

    def test_matrix(self):
        source = ic.load_json(ic.read(ic.our_key("rsa2048")))
        plaintext = json.dumps(source).encode()
        wrong = ic.write("wrong-passphrase.txt", "not the passphrase\n")
        for alg in ALGS:
            for enc in ENCS:
                with self.subTest(alg=alg, enc=enc):
                    token = jwe.JWE(plaintext, protected={"alg": alg, "enc": enc, "cty": "jwk+json"})
                    token.allowed_algs = ALGS + ENCS
                    token.add_recipient(password_key())
                    compact = token.serialize(compact=True)
                    self.assertEqual(json.loads(ic.b64url_decode(compact.split(".")[0]))["p2c"], 8192)
                    out = ic.cli_text("convert", "--to", "jwk", "--compact", "--passphrase-file",
                                      ic.passphrase_file(), "-", input=compact)
                    self.assertEqual(json.loads(out), source)
                    err = ic.run([ic.CLI, "convert", "--to", "jwk", "--passphrase-file", wrong, "-"],
                                 input=compact, code=2)
                    self.assertEqual(err, b"")


if __name__ == "__main__":
    ic.main()
