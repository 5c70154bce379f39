#!/usr/bin/python3
"""Interop with python3-jwcrypto (1.1): it reads our JWKs and PEMs (PKCS#8, SPKI, encrypted PKCS#8) and agrees on
RFC 7638 thumbprints; we read its JWKs and PEM exports and agree on thumbprints and members.

jwcrypto 1.1 cannot read X25519/X448 PEM (JWK.from_pem: "Unknown key object"); for those only JWK input to
jwcrypto is used, while its PEM export is still read by us.

Usage: /usr/bin/python3 test_jwcrypto.py /path/to/jwkman-cli
"""

import json
import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cryptography.hazmat.primitives import hashes  # noqa: E402
from jwcrypto import jwk  # noqa: E402

import interop_common as ic  # noqa: E402
from interop_common import KINDS, for_kinds, only  # noqa: E402

JWCRYPTO_HASHES = {"sha256": hashes.SHA256(), "sha1": hashes.SHA1(), "sha384": hashes.SHA384(),
                   "sha512": hashes.SHA512()}
PRIVATE = {"RSA": ("d", "p", "q", "dp", "dq", "qi"), "EC": ("d",), "OKP": ("d",), "oct": ("k",)}


def key_members(members):
    """The key material of a JWK dict: required public members and private members, no metadata."""
    names = ic.REQUIRED[members["kty"]] + PRIVATE[members["kty"]]
    return {m: members[m] for m in names if m in members}


def jwcrypto_generate(kind):
    return jwk.JWK.generate(**kind.jwcrypto_generate)


@for_kinds(KINDS)
class JwcryptoReadsOurKeys(unittest.TestCase):
    def check_private_jwk(self, kind):
        """jwcrypto imports our private JWK: same members, same thumbprints (SHA-256/1/384/512)"""
        ours = ic.our_key(kind)
        our_json = ic.load_json(ic.read(ours))
        theirs = jwk.JWK.from_json(ic.read(ours))
        if kind.asymmetric:  # jwcrypto's has_private is false for oct keys
            self.assertTrue(theirs.has_private)
        self.assertEqual(json.loads(theirs.export(private_key=True)), our_json)
        for name, alg in JWCRYPTO_HASHES.items():
            with self.subTest(hash=name):
                ours_tp = ic.cli_text("thumbprint", "--hash", name, ours).strip()
                self.assertEqual(ours_tp, theirs.thumbprint(alg))
                self.assertEqual(ours_tp, ic.rfc7638(our_json, name))
        if kind.asymmetric:
            # The default kid of a generated key is its SHA-256 thumbprint.
            self.assertEqual(our_json["kid"], theirs.thumbprint())
        else:
            # ... except for an oct key, whose thumbprint is a hash of its secret: a random UUID, not the thumbprint.
            self.assertNotEqual(our_json["kid"], theirs.thumbprint())
            self.assertRegex(our_json["kid"], r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

    @only(lambda k: k.asymmetric)
    def check_public_jwk(self, kind):
        """our `public` equals jwcrypto's export_public() of our private key"""
        ours = ic.our_key(kind)
        public = ic.cli("public", ours)
        expected = json.loads(jwk.JWK.from_json(ic.read(ours)).export_public())
        self.assertEqual(ic.load_json(public), expected)
        theirs = jwk.JWK.from_json(public)
        self.assertFalse(theirs.has_private)
        self.assertEqual(theirs.thumbprint(), ic.cli_text("thumbprint", ours).strip())

    @only(lambda k: not k.asymmetric)
    def check_oct_has_no_public_form(self, kind):
        """`public` of an oct key is refused with exit status 2 (jwcrypto: export_public raises too)"""
        ic.cli("public", ic.our_key(kind), code=2)
        with self.assertRaises(Exception):
            jwk.JWK.from_json(ic.read(ic.our_key(kind))).export_public()

    @only(lambda k: k.asymmetric and k.jwcrypto_reads_pem)
    def check_pkcs8_pem(self, kind):
        """jwcrypto imports our PKCS#8 PEM: same private members and thumbprint"""
        ours = ic.our_key(kind)
        pem = ic.cli("convert", "--to", "pem", ours)
        self.assertTrue(pem.startswith(b"-----BEGIN PRIVATE KEY-----\n"), pem[:40])
        theirs = jwk.JWK.from_pem(pem)
        self.assertTrue(theirs.has_private)
        self.assertEqual(key_members(json.loads(theirs.export(private_key=True))),
                         key_members(ic.load_json(ic.read(ours))))
        self.assertEqual(theirs.thumbprint(), ic.cli_text("thumbprint", ours).strip())

    @only(lambda k: k.asymmetric and k.jwcrypto_reads_pem)
    def check_spki_pem(self, kind):
        """jwcrypto imports our SPKI PEM: public only, same thumbprint"""
        ours = ic.our_key(kind)
        pem = ic.cli("convert", "--to", "pem-public", ours)
        self.assertTrue(pem.startswith(b"-----BEGIN PUBLIC KEY-----\n"), pem[:40])
        theirs = jwk.JWK.from_pem(pem)
        self.assertFalse(theirs.has_private)
        self.assertEqual(theirs.thumbprint(), ic.cli_text("thumbprint", ours).strip())

    @only(lambda k: k.asymmetric)
    def check_pem_identical_to_jwcrypto_export(self, kind):
        """our PKCS#8 and SPKI PEM are byte for byte jwcrypto's export_to_pem() of the same JWK"""
        ours = ic.our_key(kind)
        theirs = jwk.JWK.from_json(ic.read(ours))
        self.assertEqual(ic.cli("convert", "--to", "pem", ours), theirs.export_to_pem(private_key=True, password=None))
        self.assertEqual(ic.cli("convert", "--to", "pem-public", ours), theirs.export_to_pem())

    @only(lambda k: k.asymmetric and k.jwcrypto_reads_pem)
    def check_encrypted_pkcs8_pem(self, kind):
        """jwcrypto decrypts our encrypted PKCS#8 with the passphrase, and refuses a wrong one"""
        ours = ic.our_key(kind)
        pem = ic.cli("convert", "--to", "pem", "--encrypt", "--passphrase-file", ic.passphrase_file(), ours)
        self.assertTrue(pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n"), pem[:40])
        theirs = jwk.JWK.from_pem(pem, password=ic.PASSPHRASE.encode())
        self.assertEqual(key_members(json.loads(theirs.export(private_key=True))),
                         key_members(ic.load_json(ic.read(ours))))
        self.assertEqual(theirs.thumbprint(), ic.cli_text("thumbprint", ours).strip())
        with self.assertRaises(Exception):
            jwk.JWK.from_pem(pem, password=b"not the passphrase")


@for_kinds(KINDS)
class WeReadJwcryptoKeys(unittest.TestCase):
    def check_jwk(self, kind):
        """we import a jwcrypto-generated private JWK: same members and thumbprints"""
        theirs = jwcrypto_generate(kind)
        exported = theirs.export(private_key=True)
        path = ic.write("jwcrypto-%s.jwk" % kind.name, exported)
        for name, alg in JWCRYPTO_HASHES.items():
            with self.subTest(hash=name):
                self.assertEqual(ic.cli_text("thumbprint", "--hash", name, path).strip(), theirs.thumbprint(alg))
        self.assertEqual(ic.load_json(ic.cli("convert", "--to", "jwk", path)), json.loads(exported))
        # From standard input as well.
        self.assertEqual(ic.cli_text("thumbprint", "-", input=exported).strip(), theirs.thumbprint())
        if kind.asymmetric:
            self.assertEqual(ic.load_json(ic.cli("public", path)), json.loads(theirs.export_public()))

    @only(lambda k: k.asymmetric)
    def check_pem(self, kind):
        """we import jwcrypto's PEM exports (PKCS#8, SPKI, encrypted PKCS#8): same key, same thumbprint"""
        theirs = jwcrypto_generate(kind)
        expected_tp = theirs.thumbprint()
        expected = key_members(json.loads(theirs.export(private_key=True)))
        private = ic.write("jwcrypto-%s.pem" % kind.name, theirs.export_to_pem(private_key=True, password=None))
        public = ic.write("jwcrypto-%s.pub.pem" % kind.name, theirs.export_to_pem())
        encrypted = ic.write("jwcrypto-%s.enc.pem" % kind.name,
                             theirs.export_to_pem(private_key=True, password=ic.PASSPHRASE.encode()))
        with self.subTest(form="pkcs8"):
            self.assertEqual(ic.cli_text("thumbprint", private).strip(), expected_tp)
            self.assertEqual(key_members(ic.load_json(ic.cli("convert", "--to", "jwk", private))), expected)
        with self.subTest(form="spki"):
            self.assertEqual(ic.cli_text("thumbprint", public).strip(), expected_tp)
            self.assertEqual(ic.load_json(ic.cli("public", public)), json.loads(theirs.export_public()))
        with self.subTest(form="encrypted pkcs8"):
            self.assertEqual(ic.cli_text("thumbprint", "--passphrase-file", ic.passphrase_file(), encrypted).strip(),
                             expected_tp)
            self.assertEqual(key_members(ic.load_json(ic.cli("convert", "--to", "jwk", "--passphrase-file",
                                                             ic.passphrase_file(), encrypted))), expected)
            # Without the passphrase (no terminal): refused with exit status 2.
            ic.cli("thumbprint", encrypted, code=2)


class Sets(unittest.TestCase):
    def test_our_jwks_in_jwcrypto(self):
        """a JWK Set of all our keys in jwcrypto: the same thumbprints, and ours in the set's order"""
        keys = [ic.load_json(ic.read(ic.our_key(k))) for k in KINDS]
        path = ic.write("ours-all.jwks", json.dumps({"keys": keys}))
        jwks = ic.cli("convert", "--to", "jwks", path)
        theirs = jwk.JWKSet()
        theirs.import_keyset(jwks)
        # jwcrypto keeps a set's keys in a Python set: compare without order.
        self.assertEqual(sorted(ic.cli_text("thumbprint", path).split()),
                         sorted(k.thumbprint() for k in theirs["keys"]))
        self.assertEqual(ic.cli_text("thumbprint", path).split(), [ic.rfc7638(k) for k in keys])
        # The public set of the asymmetric ones equals jwcrypto's public export.
        asym = ic.write("ours-asym.jwks", json.dumps({"keys": [k for k in keys if k["kty"] != "oct"]}))
        theirs = jwk.JWKSet.from_json(ic.read(asym))
        ours = ic.load_json(ic.cli("public", asym))["keys"]
        expected = json.loads(theirs.export(private_keys=False))["keys"]
        self.assertEqual(len(ours), len(expected))
        for key in ours:
            self.assertIn(key, expected)

    def test_jwcrypto_jwks_in_ours(self):
        """a jwcrypto JWK Set of every key type: our thumbprints equal jwcrypto's, in the set's order"""
        theirs = jwk.JWKSet()
        for kind in KINDS:
            theirs.add(jwcrypto_generate(kind))
        path = ic.write("jwcrypto-all.jwks", theirs.export(private_keys=True))
        exported = ic.load_json(ic.read(path))["keys"]  # in the set's order
        self.assertEqual(ic.cli_text("thumbprint", path).split(), [ic.rfc7638(k) for k in exported])
        self.assertEqual(sorted(ic.cli_text("thumbprint", path).split()),
                         sorted(k.thumbprint() for k in theirs["keys"]))


if __name__ == "__main__":
    ic.main()
