"""JWT interop both ways (issue #16): tokens jwkman-cli signs (`jwt sign --key`) are verified by python3-jwcrypto, the
latchset `jose` CLI (RSA, EC and oct only: v11 has no OKP) and npm jose (tests/node/jwt-interop.mjs; Ed25519 but
not Ed448, which npm jose 6 refuses); tokens each of
them signs are verified by `jwkman-cli jwt verify` (exit 0, valid, the claims as signed), and fail with
bad-signature (exit 3) against another key of the same kind.

Usage: /usr/bin/python3 test_jwt.py /path/to/jwkman-cli
"""

import json
import os
import shutil
import subprocess
import unittest

import interop_common as ic
from jwcrypto import jwk as jjwk
from jwcrypto import jwt as jjwt

NODE_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node", "jwt-interop.mjs")
NODE_MODULES = os.path.join(os.path.dirname(NODE_SCRIPT), "node_modules", "jose")
HAVE_NODE = shutil.which("node") is not None and os.path.isdir(NODE_MODULES)
HAVE_JOSE = shutil.which("jose") is not None

KINDS = [k for k in ic.KINDS if k.jws_alg]
CLAIMS = {"iss": "https://hydra.example", "sub": "interop", "aud": "api", "scope": "openid"}


def public_file(kind):
    ours = ic.our_key(kind)
    if not kind.asymmetric:
        return ours
    p = ic.path("ours-%s.pub.jwk" % kind.name)
    if not os.path.exists(p):
        ic.write("ours-%s.pub.jwk" % kind.name, ic.cli("public", ours))
    return p


def other_public_file(kind):
    p = ic.path("other-%s.jwk" % kind.name)
    if not os.path.exists(p):
        ic.write("other-%s.jwk" % kind.name, ic.cli("generate", *kind.generate))
    return p


def our_token(kind):
    claims = ic.write("claims.json", json.dumps({"scope": "openid"}))
    return ic.cli_text("jwt", "sign", "--key", ic.our_key(kind), "--claims", claims, "--iss", CLAIMS["iss"],
                       "--sub", CLAIMS["sub"], "--aud", CLAIMS["aud"], "--exp-in", "600").strip()


def we_verify(test, kind, token):
    out = json.loads(ic.cli("jwt", "verify", "--key", public_file(kind), "--iss", CLAIMS["iss"], "--aud",
                            CLAIMS["aud"], "-", input=token))
    test.assertTrue(out["valid"], out)
    test.assertEqual(out["problems"], [])
    for k, v in CLAIMS.items():
        test.assertEqual(out["claims"][k], v)
    # Another key of the same kind: bad-signature, exit 3 (an oct key without kid: every key fitting is tried).
    bad = json.loads(ic.cli("jwt", "verify", "--key", other_public_file(kind), "-", input=token, code=3))
    codes = [p["code"] for p in bad["problems"]]
    test.assertTrue("bad-signature" in codes or "unknown-kid" in codes, bad)


def node(*args, code=0):
    return ic.run(["node", NODE_SCRIPT] + list(args), code=code)


class Jwcrypto(unittest.TestCase):
    def check(self, kind):
        # Ours -> jwcrypto.
        token = our_token(kind)
        key = jjwk.JWK.from_json(ic.read(public_file(kind)))
        verified = jjwt.JWT(jwt=token, key=key, algs=[kind.jws_alg])
        claims = json.loads(verified.claims)
        self.assertEqual(claims["sub"], "interop")
        self.assertEqual(claims["exp"] - claims["iat"], 600)
        # jwcrypto -> ours.
        private = jjwk.JWK.from_json(ic.read(ic.our_key(kind)))
        t = jjwt.JWT(header={"alg": kind.jws_alg, "kid": private.get("kid")}, claims=CLAIMS)
        t.make_signed_token(private)
        we_verify(self, kind, t.serialize())


class JoseCli(unittest.TestCase):
    def check(self, kind):
        self.assertTrue(HAVE_JOSE, "the jose CLI is not installed (scripts/setup.sh installs it)")
        token = ic.write("ours-%s.jwt" % kind.name, our_token(kind))
        payload = json.loads(ic.run(["jose", "jws", "ver", "-i", token, "-k", public_file(kind), "-O-"]))
        self.assertEqual(payload["iss"], CLAIMS["iss"])
        ic.run(["jose", "jws", "ver", "-i", token, "-k", other_public_file(kind), "-O-"], code=1)
        claims = ic.write("claims-jose.json", json.dumps(CLAIMS))
        theirs = ic.run(["jose", "jws", "sig", "-I", claims, "-k", ic.our_key(kind), "-c"]).decode().strip()
        we_verify(self, kind, theirs)


class NpmJose(unittest.TestCase):
    def check(self, kind):
        self.assertTrue(HAVE_NODE, "node or tests/node/node_modules/jose is missing (run scripts/setup-node.sh)")
        token = ic.write("ours-%s.node.jwt" % kind.name, our_token(kind))
        claims = json.loads(node("verify", public_file(kind), token))
        self.assertEqual(claims["aud"], "api")
        node("verify", other_public_file(kind), token, code=1)
        claims_file = ic.write("claims-node.json", json.dumps(CLAIMS))
        theirs = node("sign", ic.our_key(kind), claims_file).decode().strip()
        we_verify(self, kind, theirs)


for _kind in KINDS:
    for _cls in (Jwcrypto, JoseCli, NpmJose):
        if _cls is JoseCli and not _kind.jose:
            continue  # jose v11 has no OKP
        if _cls is NpmJose and _kind.crv == "Ed448":
            continue  # npm jose 6 signs and verifies EdDSA on Ed25519 only ("crv" and algorithm name mismatch)

        def _test(self, _k=_kind):
            self.check(_k)

        _test.__name__ = "test_%s" % _kind.name
        _test.__doc__ = "%s both ways with %s (%s)" % (_cls.__name__, _kind.name, _kind.jws_alg)
        setattr(_cls, _test.__name__, _test)


if __name__ == "__main__":
    ic.main()
