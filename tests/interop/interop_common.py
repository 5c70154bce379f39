"""Shared helpers of the interoperability tests: the key types, running jwkman-cli and the reference tools,
and an RFC 7638 thumbprint computed here from python3-cryptography key objects (independent of jwkman).

Every test script is run as  /usr/bin/python3 test_X.py /path/to/jwkman-cli  (Debian's python3, which sees
python3-jwcrypto and python3-cryptography); it exits non-zero when a test fails.
"""

import atexit
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x448, x25519

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Kind:
    """One key type covered by the interop tests."""

    name: str  # used in test names
    generate: tuple  # jwkman-cli generate arguments
    kty: str
    crv: str = ""
    jws_alg: str = ""  # the JWS algorithm of the generated key
    jwcrypto_generate: dict = field(default_factory=dict)  # JWK.generate(**...)
    genpkey: tuple = ()  # openssl genpkey arguments; empty for oct
    # jwcrypto 1.1 cannot read X25519/X448 PEM (JWK.from_pem raises "Unknown key object"); it can write it.
    jwcrypto_reads_pem: bool = True
    # The jose CLI (v11) has no OKP support: `jose jwk thp` prints a wrong thumbprint for OKP keys.
    jose: bool = False
    jose_template: str = ""  # jose jwk gen -i TEMPLATE

    @property
    def asymmetric(self):
        return self.kty != "oct"


KINDS = [
    Kind("rsa2048", ("--alg", "RS256", "--bits", "2048"), "RSA", "", "RS256", {"kty": "RSA", "size": 2048},
         ("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"), jose=True, jose_template='{"alg":"RS256"}'),
    Kind("p256", ("--alg", "ES256"), "EC", "P-256", "ES256", {"kty": "EC", "crv": "P-256"},
         ("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"), jose=True, jose_template='{"alg":"ES256"}'),
    Kind("p384", ("--alg", "ES384"), "EC", "P-384", "ES384", {"kty": "EC", "crv": "P-384"},
         ("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"), jose=True, jose_template='{"alg":"ES384"}'),
    Kind("p521", ("--alg", "ES512"), "EC", "P-521", "ES512", {"kty": "EC", "crv": "P-521"},
         ("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521"), jose=True, jose_template='{"alg":"ES512"}'),
    Kind("ed25519", ("--alg", "EdDSA", "--crv", "Ed25519"), "OKP", "Ed25519", "EdDSA",
         {"kty": "OKP", "crv": "Ed25519"}, ("-algorithm", "ED25519",)),
    Kind("ed448", ("--alg", "EdDSA", "--crv", "Ed448"), "OKP", "Ed448", "EdDSA",
         {"kty": "OKP", "crv": "Ed448"}, ("-algorithm", "ED448",)),
    Kind("x25519", ("--alg", "ECDH-ES", "--crv", "X25519"), "OKP", "X25519", "",
         {"kty": "OKP", "crv": "X25519"}, ("-algorithm", "X25519",), jwcrypto_reads_pem=False),
    Kind("x448", ("--alg", "ECDH-ES", "--crv", "X448"), "OKP", "X448", "",
         {"kty": "OKP", "crv": "X448"}, ("-algorithm", "X448",), jwcrypto_reads_pem=False),
    Kind("oct", ("--alg", "HS256",), "oct", "", "HS256", {"kty": "oct", "size": 256},
         jose=True, jose_template='{"alg":"HS256"}'),
]
KINDS_BY_NAME = {k.name: k for k in KINDS}
ASYMMETRIC = [k for k in KINDS if k.asymmetric]

CLI = None  # path of jwkman-cli, set by main()
_WORK = None


def workdir():
    """A scratch directory for the whole run, removed at exit."""
    global _WORK
    if _WORK is None:
        _WORK = tempfile.mkdtemp(prefix="jwkman-interop-")
        atexit.register(shutil.rmtree, _WORK, True)
    return _WORK


def path(name):
    return os.path.join(workdir(), name)


def write(name, data):
    p = path(name)
    with open(p, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return p


def read(p):
    with open(p, "rb") as f:
        return f.read()


def passphrase_file():
    p = path("passphrase.txt")
    if not os.path.exists(p):
        write("passphrase.txt", PASSPHRASE + "\n")
    return p


class CommandFailed(AssertionError):
    pass


def run(argv, input=None, code=0):
    """Runs a command; returns its stdout (bytes). Fails with the command and its stderr when the exit status is
    not `code` (None: any)."""
    if isinstance(input, str):
        input = input.encode()
    proc = subprocess.run([str(a) for a in argv], input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if code is not None and proc.returncode != code:
        raise CommandFailed("%s exited with %d (expected %d): %s" % (
            " ".join(str(a) for a in argv), proc.returncode, code, proc.stderr.decode(errors="replace").strip()))
    return proc.stdout


def cli(*args, input=None, code=0):
    return run([CLI] + list(args), input=input, code=code)


def cli_text(*args, input=None, code=0):
    return cli(*args, input=input, code=code).decode()


_generated = {}


def our_key(kind):
    """Path of a private JWK jwkman-cli generated for `kind` (one per kind and run)."""
    if isinstance(kind, str):
        kind = KINDS_BY_NAME[kind]
    if kind.name not in _generated:
        _generated[kind.name] = write("ours-%s.jwk" % kind.name, cli("generate", *kind.generate))
    return _generated[kind.name]


def load_json(data):
    return json.loads(data.decode() if isinstance(data, bytes) else data)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def int_bytes(n, length=None):
    if length is None:
        length = max(1, (n.bit_length() + 7) // 8)
    return n.to_bytes(length, "big")


_CURVES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}


def reference_public_members(key):
    """The RFC 7638 required members of a python3-cryptography public (or private) key, computed here."""
    if hasattr(key, "public_key"):
        key = key.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        nums = key.public_numbers()
        return {"kty": "RSA", "n": b64url(int_bytes(nums.n)), "e": b64url(int_bytes(nums.e))}
    if isinstance(key, ec.EllipticCurvePublicKey):
        nums = key.public_numbers()
        size = (key.curve.key_size + 7) // 8
        return {"kty": "EC", "crv": _CURVES[key.curve.name], "x": b64url(int_bytes(nums.x, size)),
                "y": b64url(int_bytes(nums.y, size))}
    for cls, crv in ((ed25519.Ed25519PublicKey, "Ed25519"), (ed448.Ed448PublicKey, "Ed448"),
                     (x25519.X25519PublicKey, "X25519"), (x448.X448PublicKey, "X448")):
        if isinstance(key, cls):
            raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            return {"kty": "OKP", "crv": crv, "x": b64url(raw)}
    raise TypeError("unsupported key %r" % key)


REQUIRED = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y"), "OKP": ("crv", "kty", "x"), "oct": ("k", "kty")}
HASHES = {"sha256": hashlib.sha256, "sha1": hashlib.sha1, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def rfc7638(members, hash="sha256"):
    """RFC 7638 thumbprint of a JWK given as a dict, computed here."""
    required = {m: members[m] for m in REQUIRED[members["kty"]]}
    canonical = json.dumps(required, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return b64url(HASHES[hash](canonical.encode()).digest())


def load_pem_any(data, password=None):
    """python3-cryptography key from PEM, private or public."""
    if b"PUBLIC KEY" in data:
        return serialization.load_pem_public_key(data)
    return serialization.load_pem_private_key(data, password=password.encode() if password else None)


def for_kinds(kinds):
    """Class decorator: each method check_NAME(self, kind) becomes one test per kind, test_NAME__KIND, so the
    unittest summary counts (and names) every key type separately. only(...) narrows a check to some kinds."""

    def decorate(cls):
        for attr in list(vars(cls)):
            if not attr.startswith("check_"):
                continue
            method = getattr(cls, attr)
            keep = getattr(method, "kind_filter", lambda k: True)
            for kind in (k for k in kinds if keep(k)):
                def test(self, _method=method, _kind=kind):
                    _method(self, _kind)
                test.__name__ = "test_%s__%s" % (attr[len("check_"):], kind.name)
                test.__doc__ = "%s (%s)" % ((method.__doc__ or attr).strip().splitlines()[0], kind.name)
                setattr(cls, test.__name__, test)
        return cls

    return decorate


def only(predicate):
    """Restricts a check_ method to the kinds for which predicate(kind) is true."""

    def decorate(method):
        method.kind_filter = predicate
        return method

    return decorate


def main():
    global CLI
    if len(sys.argv) < 2 or not os.access(sys.argv[1], os.X_OK):
        sys.stderr.write("usage: %s /path/to/jwkman-cli [unittest options]\n" % sys.argv[0])
        sys.exit(64)
    CLI = os.path.abspath(sys.argv[1])
    argv = [sys.argv[0]] + sys.argv[2:]
    unittest.main(module="__main__", argv=argv, verbosity=2)
