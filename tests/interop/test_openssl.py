#!/usr/bin/python3
"""Interop with the `openssl` CLI (OpenSSL 3) for every asymmetric key type (RSA, EC P-256/384/521, Ed25519,
Ed448, X25519, X448):

- `openssl pkey -pubout` of our PKCS#8 PEM equals our `convert --to pem-public` (and DER forms);
- our PKCS#8 PEM/DER are what OpenSSL itself writes for the key (canonical), and pass `openssl pkey -check`;
- keys from `openssl genpkey` (PEM, DER, traditional, encrypted) are imported by us with the right members;
- our encrypted PKCS#8 (PEM and DER) is decrypted by `openssl pkey -passin` and has the documented parameters;
- our SEC1 is read by `openssl ec`, our PKCS#1 by `openssl rsa -traditional`, and theirs by us.

Reference thumbprints are computed by the test itself (RFC 7638) from python3-cryptography's view of the
OpenSSL-written key, not by jwkman.

Usage: /usr/bin/python3 test_openssl.py /path/to/jwkman-cli
"""

import base64
import hashlib
import os
import re
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402

import interop_common as ic  # noqa: E402
from interop_common import ASYMMETRIC, KINDS, for_kinds, only  # noqa: E402


def openssl(*args, input=None, code=0):
    return ic.run(["openssl"] + list(args), input=input, code=code)


def reference_private_members(key):
    """The private members of a python3-cryptography private key, as RFC 7518/8037 write them."""
    if isinstance(key, rsa.RSAPrivateKey):
        n = key.private_numbers()
        return {"d": ic.b64url(ic.int_bytes(n.d)), "p": ic.b64url(ic.int_bytes(n.p)),
                "q": ic.b64url(ic.int_bytes(n.q)), "dp": ic.b64url(ic.int_bytes(n.dmp1)),
                "dq": ic.b64url(ic.int_bytes(n.dmq1)), "qi": ic.b64url(ic.int_bytes(n.iqmp))}
    if isinstance(key, ec.EllipticCurvePrivateKey):
        size = (key.curve.key_size + 7) // 8
        return {"d": ic.b64url(ic.int_bytes(key.private_numbers().private_value, size))}
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return {"d": ic.b64url(raw)}


def genpkey(kind):
    return openssl("genpkey", *kind.genpkey)


@for_kinds(ASYMMETRIC)
class OpensslReadsOurKeys(unittest.TestCase):
    def check_public_pem_equals_pkey_pubout(self, kind):
        """`openssl pkey -in our.pem -pubout` equals our `convert --to pem-public` (PEM and DER)"""
        ours = ic.our_key(kind)
        pem = ic.write("ours-%s.pem" % kind.name, ic.cli("convert", "--to", "pem", ours))
        self.assertEqual(openssl("pkey", "-in", pem, "-pubout"), ic.cli("convert", "--to", "pem-public", ours))
        self.assertEqual(openssl("pkey", "-in", pem, "-pubout", "-outform", "DER"),
                         ic.cli("convert", "--to", "der-public", ours))
        # From our public JWK as well.
        public = ic.cli("public", ours)
        self.assertEqual(ic.cli("convert", "--to", "pem", "-", input=public),
                         ic.cli("convert", "--to", "pem-public", ours))

    def check_pkcs8_is_canonical(self, kind):
        """our PKCS#8 PEM/DER equal what `openssl pkey`/`openssl pkcs8` re-encode, and pass `openssl pkey -check`"""
        ours = ic.our_key(kind)
        pem_bytes = ic.cli("convert", "--to", "pem", ours)
        pem = ic.write("ours-%s.pem" % kind.name, pem_bytes)
        self.assertEqual(openssl("pkey", "-in", pem), pem_bytes)
        self.assertEqual(openssl("pkcs8", "-topk8", "-nocrypt", "-in", pem, "-outform", "DER"),
                         ic.cli("convert", "--to", "der", ours))
        self.assertIn(b"Key is valid", openssl("pkey", "-in", pem, "-check", "-noout"))
        # The members are the ones python3-cryptography reads from the PEM.
        key = serialization.load_pem_private_key(pem_bytes, None)
        our_json = ic.load_json(ic.read(ours))
        self.assertEqual({m: our_json[m] for m in ic.REQUIRED[kind.kty]}, ic.reference_public_members(key))
        for name, value in reference_private_members(key).items():
            self.assertEqual(our_json[name], value, name)

    def check_encrypted_pkcs8(self, kind):
        """`openssl pkey -passin` decrypts our encrypted PKCS#8 (PEM and DER); PBES2/PBKDF2-SHA256/AES-256-CBC"""
        ours = ic.our_key(kind)
        pw = ic.passphrase_file()
        plain = ic.cli("convert", "--to", "pem", ours)
        enc_pem = ic.write("ours-%s.enc.pem" % kind.name,
                           ic.cli("convert", "--to", "pem", "--encrypt", "--passphrase-file", pw, ours))
        self.assertTrue(ic.read(enc_pem).startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n"))
        self.assertEqual(openssl("pkey", "-in", enc_pem, "-passin", "file:" + pw), plain)
        enc_der = ic.write("ours-%s.enc.der" % kind.name,
                           ic.cli("convert", "--to", "der", "--encrypt", "--passphrase-file", pw, ours))
        self.assertEqual(openssl("pkey", "-inform", "DER", "-in", enc_der, "-passin", "file:" + pw), plain)
        # A wrong passphrase is refused by OpenSSL.
        wrong = ic.write("wrong-passphrase.txt", "not the passphrase\n")
        openssl("pkey", "-in", enc_pem, "-passin", "file:" + wrong, code=1)
        # The parameters the CLI help promises: PBES2, PBKDF2 with HMAC-SHA256, 600000 iterations, AES-256-CBC.
        asn1 = openssl("asn1parse", "-in", enc_pem).decode()
        for name in ("PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc"):
            self.assertRegex(asn1, r":%s\b" % re.escape(name))
        self.assertIn(":0927C0", asn1)  # INTEGER 600000
        self.assertEqual(re.findall(r"prim: OBJECT\s+:(\S+)", asn1), ["PBES2", "PBKDF2", "hmacWithSHA256",
                                                                       "aes-256-cbc"])

    @only(lambda k: k.kty == "EC")
    def check_sec1_read_by_openssl_ec(self, kind):
        """our SEC1 is read by `openssl ec`, which writes it back unchanged and derives our public key"""
        ours = ic.our_key(kind)
        sec1_bytes = ic.cli("convert", "--to", "sec1", ours)
        self.assertTrue(sec1_bytes.startswith(b"-----BEGIN EC PRIVATE KEY-----\n"), sec1_bytes[:40])
        sec1 = ic.write("ours-%s.sec1.pem" % kind.name, sec1_bytes)
        self.assertEqual(openssl("ec", "-in", sec1), sec1_bytes)
        openssl("ec", "-in", sec1, "-check", "-noout")  # exit status 0: "EC Key valid." (on stderr)
        self.assertEqual(openssl("ec", "-in", sec1, "-pubout"), ic.cli("convert", "--to", "pem-public", ours))
        # Named curve, as JOSE requires: the parameters are the curve's OID, not explicit.
        text = openssl("ec", "-in", sec1, "-noout", "-text").decode()
        self.assertRegex(text, r"NIST CURVE: %s" % kind.crv)

    @only(lambda k: k.kty == "RSA")
    def check_pkcs1_read_by_openssl_rsa(self, kind):
        """our PKCS#1 (private and public) is read by `openssl rsa`, which writes the same bytes"""
        ours = ic.our_key(kind)
        pkcs1_bytes = ic.cli("convert", "--to", "pkcs1", ours)
        self.assertTrue(pkcs1_bytes.startswith(b"-----BEGIN RSA PRIVATE KEY-----\n"), pkcs1_bytes[:40])
        pkcs1 = ic.write("ours-%s.pkcs1.pem" % kind.name, pkcs1_bytes)
        self.assertEqual(openssl("rsa", "-in", pkcs1, "-traditional"), pkcs1_bytes)
        self.assertIn(b"RSA key ok", openssl("rsa", "-in", pkcs1, "-check", "-noout"))
        self.assertEqual(openssl("rsa", "-in", pkcs1, "-pubout"), ic.cli("convert", "--to", "pem-public", ours))
        public = ic.write("ours-%s.pub.jwk" % kind.name, ic.cli("public", ours))
        pkcs1_pub_bytes = ic.cli("convert", "--to", "pkcs1", public)
        self.assertTrue(pkcs1_pub_bytes.startswith(b"-----BEGIN RSA PUBLIC KEY-----\n"), pkcs1_pub_bytes[:40])
        pkcs1_pub = ic.write("ours-%s.pkcs1.pub.pem" % kind.name, pkcs1_pub_bytes)
        self.assertEqual(openssl("rsa", "-RSAPublicKey_in", "-in", pkcs1_pub, "-RSAPublicKey_out"), pkcs1_pub_bytes)
        self.assertEqual(openssl("rsa", "-RSAPublicKey_in", "-in", pkcs1_pub, "-pubout"),
                         ic.cli("convert", "--to", "pem-public", ours))

    @only(lambda k: k.kty != "EC")
    def check_sec1_refused_for_non_ec(self, kind):
        """`convert --to sec1` of a non-EC key is refused with exit status 2"""
        ic.cli("convert", "--to", "sec1", ic.our_key(kind), code=2)

    @only(lambda k: k.kty != "RSA")
    def check_pkcs1_refused_for_non_rsa(self, kind):
        """`convert --to pkcs1` of a non-RSA key is refused with exit status 2"""
        ic.cli("convert", "--to", "pkcs1", ic.our_key(kind), code=2)


@for_kinds(ASYMMETRIC)
class WeReadOpensslKeys(unittest.TestCase):
    def check_genpkey(self, kind):
        """we import an `openssl genpkey` key: members and thumbprint computed from it independently"""
        pem_bytes = genpkey(kind)
        pem = ic.write("openssl-%s.pem" % kind.name, pem_bytes)
        key = serialization.load_pem_private_key(pem_bytes, None)
        public = ic.reference_public_members(key)
        ours = ic.load_json(ic.cli("convert", "--to", "jwk", pem))
        self.assertEqual({m: ours[m] for m in ic.REQUIRED[kind.kty]}, public)
        for name, value in reference_private_members(key).items():
            self.assertEqual(ours[name], value, name)
        for h in ic.HASHES:
            with self.subTest(hash=h):
                self.assertEqual(ic.cli_text("thumbprint", "--hash", h, pem).strip(), ic.rfc7638(public, h))
        # We write back exactly what OpenSSL wrote, and the same public key.
        self.assertEqual(ic.cli("convert", "--to", "pem", pem), pem_bytes)
        self.assertEqual(ic.cli("convert", "--to", "pem-public", pem), openssl("pkey", "-in", pem, "-pubout"))

    def check_genpkey_other_encodings(self, kind):
        """we import OpenSSL's SPKI PEM/DER, PKCS#8 DER and `openssl pkey -outform DER` of a genpkey key"""
        pem = ic.write("openssl-%s.pem" % kind.name, genpkey(kind))
        expected = ic.rfc7638(ic.reference_public_members(serialization.load_pem_private_key(ic.read(pem), None)))
        forms = {
            "spki-pem": openssl("pkey", "-in", pem, "-pubout"),
            "spki-der": openssl("pkey", "-in", pem, "-pubout", "-outform", "DER"),
            "pkcs8-der": openssl("pkcs8", "-topk8", "-nocrypt", "-in", pem, "-outform", "DER"),
            # Traditional (PKCS#1, SEC1) DER for RSA and EC, PKCS#8 for the others.
            "pkey-der": openssl("pkey", "-in", pem, "-outform", "DER"),
        }
        for form, data in forms.items():
            with self.subTest(form=form):
                path = ic.write("openssl-%s.%s" % (kind.name, form), data)
                self.assertEqual(ic.cli_text("thumbprint", path).strip(), expected)
                self.assertEqual(ic.cli_text("thumbprint", "-", input=data).strip(), expected)
        # Private DER forms keep the private key.
        for form in ("pkcs8-der", "pkey-der"):
            with self.subTest(form=form, private=True):
                self.assertEqual(ic.cli("convert", "--to", "pem", "-", input=forms[form]), ic.read(pem))

    def check_openssl_encrypted_pkcs8(self, kind):
        """we decrypt PKCS#8 that OpenSSL encrypted (PBES2 AES-256-CBC; PEM and DER) with the passphrase file"""
        pem = ic.write("openssl-%s.pem" % kind.name, genpkey(kind))
        pw = ic.passphrase_file()
        expected = ic.rfc7638(ic.reference_public_members(serialization.load_pem_private_key(ic.read(pem), None)))
        for outform in ("PEM", "DER"):
            with self.subTest(form=outform):
                enc = ic.write("openssl-%s.enc.%s" % (kind.name, outform.lower()),
                               openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", pem, "-passout", "file:" + pw,
                                       "-outform", outform))
                self.assertEqual(ic.cli_text("thumbprint", "--passphrase-file", pw, enc).strip(), expected)
                self.assertEqual(ic.cli("convert", "--to", "pem", "--passphrase-file", pw, enc), ic.read(pem))
                wrong = ic.write("wrong-passphrase.txt", "not the passphrase\n")
                ic.cli("thumbprint", "--passphrase-file", wrong, enc, code=2)

    @only(lambda k: k.kty == "EC")
    def check_openssl_sec1(self, kind):
        """we import the SEC1 PEM `openssl ec` writes, and write the same SEC1 back"""
        pem = ic.write("openssl-%s.pem" % kind.name, genpkey(kind))
        sec1_bytes = openssl("ec", "-in", pem)
        self.assertTrue(sec1_bytes.startswith(b"-----BEGIN EC PRIVATE KEY-----\n"))
        sec1 = ic.write("openssl-%s.sec1.pem" % kind.name, sec1_bytes)
        self.assertEqual(ic.cli("convert", "--to", "pem", sec1), ic.read(pem))
        self.assertEqual(ic.cli("convert", "--to", "sec1", sec1), sec1_bytes)

    @only(lambda k: k.kty == "RSA")
    def check_openssl_pkcs1(self, kind):
        """we import the PKCS#1 PEM `openssl rsa -traditional` writes (private and public), and write it back"""
        pem = ic.write("openssl-%s.pem" % kind.name, genpkey(kind))
        pkcs1_bytes = openssl("rsa", "-in", pem, "-traditional")
        self.assertTrue(pkcs1_bytes.startswith(b"-----BEGIN RSA PRIVATE KEY-----\n"))
        pkcs1 = ic.write("openssl-%s.pkcs1.pem" % kind.name, pkcs1_bytes)
        self.assertEqual(ic.cli("convert", "--to", "pem", pkcs1), ic.read(pem))
        self.assertEqual(ic.cli("convert", "--to", "pkcs1", pkcs1), pkcs1_bytes)
        pub_bytes = openssl("rsa", "-in", pem, "-RSAPublicKey_out")
        self.assertTrue(pub_bytes.startswith(b"-----BEGIN RSA PUBLIC KEY-----\n"))
        pub = ic.write("openssl-%s.pkcs1.pub.pem" % kind.name, pub_bytes)
        self.assertEqual(ic.cli("convert", "--to", "pem-public", pub), openssl("pkey", "-in", pem, "-pubout"))
        self.assertEqual(ic.cli("convert", "--to", "pkcs1", pub), pub_bytes)

    @only(lambda k: k.kty == "RSA")
    def check_openssl_legacy_encrypted_pkcs1(self, kind):
        """we decrypt a legacy encrypted PKCS#1 PEM (Proc-Type/DEK-Info) written by `openssl rsa -aes256`"""
        pem = ic.write("openssl-%s.pem" % kind.name, genpkey(kind))
        pw = ic.passphrase_file()
        enc = ic.write("openssl-%s.legacy.pem" % kind.name,
                       openssl("rsa", "-in", pem, "-traditional", "-aes256", "-passout", "file:" + pw))
        self.assertIn(b"DEK-Info: AES-256-CBC", ic.read(enc))
        self.assertEqual(ic.cli("convert", "--to", "pem", "--passphrase-file", pw, enc), ic.read(pem))


class Certificates(unittest.TestCase):
    def test_self_signed_certificate(self):
        """we import an `openssl req -x509` certificate: its public key, with x5c, x5t and x5t#S256 of it"""
        kind = ic.KINDS_BY_NAME["p256"]
        pem = ic.write("openssl-cert-key.pem", genpkey(kind))
        cert = ic.write("openssl-cert.pem", openssl("req", "-x509", "-new", "-key", pem, "-subj", "/CN=interop.test",
                                                    "-days", "30"))
        expected = ic.rfc7638(ic.reference_public_members(serialization.load_pem_private_key(ic.read(pem), None)))
        self.assertEqual(ic.cli_text("thumbprint", cert).strip(), expected)
        self.assertEqual(ic.cli("convert", "--to", "pem-public", cert), openssl("pkey", "-in", pem, "-pubout"))
        der = openssl("x509", "-in", cert, "-outform", "DER")
        public = ic.load_json(ic.cli("public", cert))
        # x5c is standard base64 DER (RFC 7517 4.7); x5t#S256 the base64url SHA-256 of it, x5t the SHA-1.
        self.assertEqual([base64.b64decode(c) for c in public["x5c"]], [der])
        self.assertEqual(public["x5t#S256"], ic.b64url(hashlib.sha256(der).digest()))
        self.assertEqual(public["x5t"], ic.b64url(hashlib.sha1(der).digest()))


if __name__ == "__main__":
    ic.main()
