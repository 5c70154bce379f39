#!/usr/bin/python3
"""Interop with the latchset `jose` CLI (v11), for RSA, EC and oct keys only: jose v11 has no OKP support and
prints wrong thumbprints for OKP keys, so Ed25519/Ed448/X25519/X448 are not tested against it.

- `jose jwk thp` of our keys equals our `thumbprint` (S1, S256, S384, S512);
- keys made by `jose jwk gen` are imported by us with the thumbprint `jose jwk thp` reports;
- `jose jwk pub` of our key equals our `public` (compared as JSON objects);
- jose considers our JWK -> PEM -> JWK round trip the same key (`jose jwk eql`);
- jose signs with our private JWK and verifies with our public JWK.

Usage: /usr/bin/python3 test_jose.py /path/to/jwkman-cli
"""

import json
import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import interop_common as ic  # noqa: E402
from interop_common import KINDS, for_kinds, only  # noqa: E402

JOSE_KINDS = [k for k in KINDS if k.jose]
JOSE_HASHES = {"sha1": "S1", "sha256": "S256", "sha384": "S384", "sha512": "S512"}
# Private operations: `jose jwk pub` and jwkman's public form drop them from key_ops (jwcrypto keeps them).
PRIVATE_OPS = {"sign", "decrypt", "unwrapKey", "deriveKey", "deriveBits"}


def jose(*args, input=None, code=0):
    return ic.run(["jose"] + list(args), input=input, code=code)


def jose_thp(path, alg="S256"):
    return jose("jwk", "thp", "-i", path, "-a", alg).decode().split()


@for_kinds(JOSE_KINDS)
class JoseReadsOurKeys(unittest.TestCase):
    def check_thumbprint(self, kind):
        """`jose jwk thp` of our private JWK equals our thumbprint, for every hash"""
        ours = ic.our_key(kind)
        for name, alg in JOSE_HASHES.items():
            with self.subTest(hash=name):
                self.assertEqual(jose_thp(ours, alg), ic.cli_text("thumbprint", "--hash", name, ours).split())

    @only(lambda k: k.asymmetric)
    def check_public_thumbprint(self, kind):
        """`jose jwk thp` of our public JWK equals our thumbprint"""
        public = ic.write("ours-%s.pub.jwk" % kind.name, ic.cli("public", ic.our_key(kind)))
        self.assertEqual(jose_thp(public), ic.cli_text("thumbprint", ic.our_key(kind)).split())

    @only(lambda k: k.asymmetric)
    def check_pub_equals_our_public(self, kind):
        """`jose jwk pub` of our key equals our `public` output (as JSON objects)"""
        ours = ic.our_key(kind)
        self.assertEqual(ic.load_json(jose("jwk", "pub", "-i", ours)), ic.load_json(ic.cli("public", ours)))

    @only(lambda k: k.asymmetric)
    def check_pem_round_trip_same_key(self, kind):
        """jose: our JWK -> PKCS#8 PEM -> JWK (and -> SPKI -> JWK) is the same key (`jose jwk eql`)"""
        ours = ic.our_key(kind)
        back = ic.write("ours-%s.back.jwk" % kind.name,
                        ic.cli("convert", "--to", "jwk", "-", input=ic.cli("convert", "--to", "pem", ours)))
        jose("jwk", "eql", "-i", ours, "-i", back)
        public = ic.write("ours-%s.pub.jwk" % kind.name, ic.cli("public", ours))
        back_public = ic.write("ours-%s.back.pub.jwk" % kind.name,
                               ic.cli("convert", "--to", "jwk", "-",
                                      input=ic.cli("convert", "--to", "pem-public", ours)))
        jose("jwk", "eql", "-i", public, "-i", back_public)
        # And a different key is not equal, so eql is not vacuous.
        other = ic.write("ours-%s.other.jwk" % kind.name, ic.cli("generate", *kind.generate))
        jose("jwk", "eql", "-i", ours, "-i", other, code=1)

    def check_jose_signs_with_our_key(self, kind):
        """jose signs with our private JWK and verifies with our public JWK (or the same oct key)"""
        ours = ic.our_key(kind)
        verify_key = ours if not kind.asymmetric else ic.write("ours-%s.pub.jwk" % kind.name,
                                                               ic.cli("public", ours))
        payload = ic.write("payload.txt", "interop payload\n")
        jws = jose("jws", "sig", "-I", payload, "-k", ours, "-c")
        header = json.loads(ic.b64url_decode(jws.split(b".")[0].decode()))
        self.assertEqual(header["alg"], kind.jws_alg)
        signed = ic.write("jose-%s.jws" % kind.name, jws)
        self.assertEqual(jose("jws", "ver", "-i", signed, "-k", verify_key, "-O-"), b"interop payload\n")
        # A different key does not verify it.
        other = ic.write("ours-%s.other.jwk" % kind.name, ic.cli("generate", *kind.generate))
        jose("jws", "ver", "-i", signed, "-k", other, "-O-", code=1)


# Templates for `jose jwk gen`: the JOSE_KINDS ones plus other sizes.
TEMPLATES = [(k.name, k.jose_template) for k in JOSE_KINDS] + [
    ("rsa3072", '{"kty":"RSA","bits":3072}'),
    ("oct512", '{"kty":"oct","bytes":64}'),
    ("a128kw", '{"alg":"A128KW"}'),
]


class WeReadJoseKeys(unittest.TestCase):
    def _check(self, name, template):
        generated = jose("jwk", "gen", "-i", template)
        path = ic.write("jose-%s.jwk" % name, generated)
        theirs = ic.load_json(generated)
        for hname, alg in JOSE_HASHES.items():
            with self.subTest(hash=hname):
                self.assertEqual(ic.cli_text("thumbprint", "--hash", hname, path).split(), jose_thp(path, alg))
        # Imported unchanged (jose writes key_ops, which we keep).
        self.assertEqual(ic.load_json(ic.cli("convert", "--to", "jwk", path)), theirs)
        if theirs["kty"] == "oct":
            ic.cli("public", path, code=2)  # an oct key has no public form
            return
        ours_public = ic.load_json(ic.cli("public", path))
        jose_public = ic.load_json(jose("jwk", "pub", "-i", path))
        # Both drop the private operations from key_ops: the public forms are equal, key_ops included.
        self.assertEqual(ours_public, jose_public)
        self.assertFalse(set(ours_public.get("key_ops", [])) & PRIVATE_OPS)
        # Their key through our PEM is the same key for jose.
        back = ic.write("jose-%s.back.jwk" % name,
                        ic.cli("convert", "--to", "jwk", "-", input=ic.cli("convert", "--to", "pem", path)))
        jose("jwk", "eql", "-i", path, "-i", back)


for _name, _template in TEMPLATES:
    def _test(self, _n=_name, _t=_template):
        self._check(_n, _t)
    _test.__name__ = "test_jose_generated__%s" % _name
    _test.__doc__ = "we import `jose jwk gen -i %s`: same thumbprints as `jose jwk thp`, same members" % _template
    setattr(WeReadJoseKeys, _test.__name__, _test)


class Sets(unittest.TestCase):
    def test_jwks_thumbprints(self):
        """`jose jwk thp` of a JWK Set of our RSA, EC and oct keys equals ours, line by line"""
        keys = [ic.load_json(ic.read(ic.our_key(k))) for k in JOSE_KINDS]
        path = ic.write("ours-jose.jwks", json.dumps({"keys": keys}))
        self.assertEqual(jose_thp(path), ic.cli_text("thumbprint", path).split())
        self.assertEqual(len(jose_thp(path)), len(keys))


if __name__ == "__main__":
    ic.main()
