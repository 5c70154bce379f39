#!/usr/bin/python3
"""Builds Ory Hydra databases for jwkman's hydra-db tests: the hydra_jwk table exactly as Hydra's migrations leave it
(persistence/sql/migrations: 20220210000001000000_nid.sqlite.up.sql for SQLite; for PostgreSQL the jwk table of
20190200000004, pk renamed pk_deprecated and a UUID pk by 20211011000001, nid by 20220210000001000066, the unique index
of ...069), with rows encrypted as Hydra encrypts them (aead/aesgcm.go): AES-256-GCM under SHA-256 of the secret
string, a 12-byte nonce, no associated data, stored as URL-safe base64 with padding of nonce || ciphertext || tag.

The keys are fixed (hydra_keys.json, made once by `generate-keys`); the nonces come from a seeded generator, so the
same command always writes the same database.

  make_hydra_db.py sqlite PATH [--clean] [--extra-column] [--trust-grant] [--networks]
  make_hydra_db.py postgres [--clean] [--extra-column] [--trust-grant] [--networks]   (SQL on standard output)
  make_hydra_db.py generate-keys FILE
  make_hydra_db.py decrypt SECRET     (keydata values on standard input, one a line: prints the kid of each, as Hydra
                                       reads it with that one secret, or "-" when it does not open)

Rows (created_at, then pk, is Hydra's order; the newest private key of a set is its signer):
  hydra.openid.id-token  k-id-1 RSA (oldest secret), k-id-2 EC (older secret), then two EC keys created at the same
                         second: b-tie (pk 1...) and a-tie (pk f...): by pk, a-tie is the newest and the signer.
  hydra.jwt.access-token at-1 EC private (older secret), at-2 EC public only, newer (current secret): signer at-1.
  app.enc                enc-1 EC (current secret), lost-1 under a secret not in SECRETS_SYSTEM (left out by --clean).
--extra-column adds a column Hydra does not have; --trust-grant adds a jwt-bearer trust grant naming k-id-2;
--networks puts app.enc into a second network.
"""
import base64
import hashlib
import json
import random
import sqlite3
import sys
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SECRETS = ["current-secret-0123456789abcdef", "older-secret-0123456789abcdef", "oldest-secret-0123456789abcdef"]
LOST = "lost-secret-0123456789abcdef-xyz"
NETWORK = "b2f8c6a4-3d1e-4f5a-9b7c-1e2d3c4b5a69"
NETWORK2 = "c3a9d7b5-4e2f-4a6b-8c8d-2f3e4d5c6b7a"

# (sid, kid, key name in hydra_keys.json, public only, secret, created_at, pk)
ROWS = [
    ("hydra.openid.id-token", "k-id-1", "rsa", False, SECRETS[2], "2024-01-01 09:00:00",
     "5d1c0a7e-0000-4000-8000-000000000001"),
    ("hydra.openid.id-token", "k-id-2", "ec1", False, SECRETS[1], "2024-02-01 09:00:00",
     "5d1c0a7e-0000-4000-8000-000000000002"),
    ("hydra.openid.id-token", "a-tie", "ec2", False, SECRETS[0], "2024-03-01 10:00:00",
     "f0000000-0000-4000-8000-000000000003"),
    ("hydra.openid.id-token", "b-tie", "ec3", False, SECRETS[0], "2024-03-01 10:00:00",
     "10000000-0000-4000-8000-000000000004"),
    ("hydra.jwt.access-token", "at-1", "ec4", False, SECRETS[1], "2024-01-15 12:00:00",
     "6e2d1b8f-0000-4000-8000-000000000005"),
    ("hydra.jwt.access-token", "at-2", "ec5", True, SECRETS[0], "2024-04-15 12:00:00",
     "6e2d1b8f-0000-4000-8000-000000000006"),
    ("app.enc", "enc-1", "ec6", False, SECRETS[0], "2024-05-01 08:00:00", "7f3e2c90-0000-4000-8000-000000000007"),
    ("app.enc", "lost-1", "ec7", False, LOST, "2024-05-02 08:00:00", "7f3e2c90-0000-4000-8000-000000000008"),
]

SQLITE_SCHEMA = """
CREATE TABLE networks (id CHAR(36) NOT NULL PRIMARY KEY, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL);
CREATE TABLE "hydra_jwk" (
    sid             VARCHAR(255) NOT NULL,
    kid             VARCHAR(255) NOT NULL,
    nid             CHAR(36)     NOT NULL,
    version         INTEGER      DEFAULT 0 NOT NULL,
    keydata         TEXT         NOT NULL,
    created_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    pk              TEXT         PRIMARY KEY,
    pk_deprecated   INTEGER      NULL DEFAULT NULL,
    CHECK (nid != '00000000-0000-0000-0000-000000000000')
);
CREATE UNIQUE INDEX hydra_jwk_sid_kid_nid_key ON hydra_jwk (sid, kid, nid);
CREATE TABLE "hydra_oauth2_trusted_jwt_bearer_issuer" (
    id         VARCHAR(36) PRIMARY KEY,
    issuer     VARCHAR(255) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    scope      TEXT         NOT NULL,
    key_set    varchar(255) NOT NULL,
    key_id     varchar(255) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expires_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    nid        CHAR(36)     NOT NULL,
    UNIQUE (issuer, subject, key_id, nid),
    FOREIGN KEY (key_set, key_id, nid) REFERENCES hydra_jwk (sid, kid, nid) ON DELETE CASCADE
);
"""

POSTGRES_SCHEMA = """
CREATE TABLE networks (id UUID NOT NULL PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE hydra_jwk (
    sid varchar(255) NOT NULL,
    kid varchar(255) NOT NULL,
    version int NOT NULL DEFAULT 0,
    keydata text NOT NULL,
    created_at timestamp NOT NULL DEFAULT NOW(),
    pk_deprecated SERIAL
);
ALTER TABLE hydra_jwk ADD COLUMN pk UUID;
ALTER TABLE hydra_jwk ADD PRIMARY KEY (pk);
ALTER TABLE hydra_jwk ADD COLUMN "nid" UUID;
ALTER TABLE hydra_jwk ADD CONSTRAINT hydra_jwk_nid_fk_idx FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;
CREATE UNIQUE INDEX hydra_jwk_sid_kid_nid_key ON hydra_jwk (sid ASC, kid ASC, nid ASC);
CREATE TABLE hydra_oauth2_trusted_jwt_bearer_issuer (
    id UUID PRIMARY KEY,
    issuer VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    scope TEXT NOT NULL,
    key_set varchar(255) NOT NULL,
    key_id varchar(255) NOT NULL,
    created_at TIMESTAMP DEFAULT NOW() NOT NULL,
    expires_at TIMESTAMP DEFAULT NOW() NOT NULL,
    nid UUID,
    UNIQUE (issuer, subject, key_id, nid),
    FOREIGN KEY (key_set, key_id, nid) REFERENCES hydra_jwk(sid, kid, nid) ON DELETE CASCADE
);
"""


def b64u(n: int, length: int) -> str:
    return base64.urlsafe_b64encode(n.to_bytes(length, "big")).rstrip(b"=").decode()


def generate_keys(path: str) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    keys = {}
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pn, pv = k.public_key().public_numbers(), k.private_numbers()
    size = 256
    keys["rsa"] = {"kty": "RSA", "n": b64u(pn.n, size), "e": b64u(pn.e, 3), "d": b64u(pv.d, size),
                   "p": b64u(pv.p, size // 2), "q": b64u(pv.q, size // 2), "dp": b64u(pv.dmp1, size // 2),
                   "dq": b64u(pv.dmq1, size // 2), "qi": b64u(pv.iqmp, size // 2)}
    for i in range(1, 8):
        k = ec.generate_private_key(ec.SECP256R1())
        n = k.private_numbers()
        keys["ec%d" % i] = {"kty": "EC", "crv": "P-256", "x": b64u(n.public_numbers.x, 32),
                            "y": b64u(n.public_numbers.y, 32), "d": b64u(n.private_value, 32)}
    Path(path).write_text(json.dumps(keys, indent=1, sort_keys=True) + "\n")


def plaintext(material: dict, kid: str, public_only: bool, rsa: bool, enc: bool) -> bytes:
    # go-jose's JSONWebKey.MarshalJSON: use, kty, kid, crv/n/e, alg, key members.
    jwk = {"use": "enc" if enc else "sig", "kty": material["kty"], "kid": kid}
    for name in ("crv", "n", "e"):
        if name in material:
            jwk[name] = material[name]
    jwk["alg"] = "RS256" if rsa else ("ECDH-ES" if enc else "ES256")
    for name in ("x", "y"):
        if name in material:
            jwk[name] = material[name]
    if not public_only:
        for name in ("d", "p", "q", "dp", "dq", "qi"):
            if name in material:
                jwk[name] = material[name]
    return json.dumps(jwk, separators=(",", ":")).encode()


def encrypt(secret: str, data: bytes, rng: random.Random) -> str:
    key = hashlib.sha256(secret.encode()).digest()
    nonce = bytes(rng.getrandbits(8) for _ in range(12))
    return base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, data, None)).decode()


def decrypt(secret: str, keydata: str):
    """Hydra's Decrypt (aead/aesgcm.go) with one secret: the kid of the JWK inside, None when it does not open."""
    from cryptography.exceptions import InvalidTag

    raw = base64.urlsafe_b64decode(keydata)
    try:
        plain = AESGCM(hashlib.sha256(secret.encode()).digest()).decrypt(raw[:12], raw[12:], None)
    except InvalidTag:
        return None
    return json.loads(plain)["kid"]


def rows(args):
    keys = json.loads((Path(__file__).parent / "hydra_keys.json").read_text())
    rng = random.Random(17)
    out = []
    for n, (sid, kid, name, public_only, secret, created, pk) in enumerate(ROWS, start=1):
        if "--clean" in args and secret == LOST:
            continue
        nid = NETWORK2 if "--networks" in args and sid == "app.enc" else NETWORK
        data = plaintext(keys[name], kid, public_only, name == "rsa", sid == "app.enc")
        out.append((sid, kid, nid, 0, encrypt(secret, data, rng), created, pk, n))
    return out


def networks(args):
    return [NETWORK, NETWORK2] if "--networks" in args else [NETWORK]


def grant(args):
    if "--trust-grant" not in args:
        return None
    return ("3a7b9c1d-0000-4000-8000-0000000000aa", "https://issuer.example", "alice", "openid",
            "hydra.openid.id-token", "k-id-2", "2024-06-01 00:00:00", "2099-01-01 00:00:00", NETWORK)


def write_sqlite(path: str, args) -> None:
    Path(path).unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SQLITE_SCHEMA)
    if "--extra-column" in args:
        db.execute("ALTER TABLE hydra_jwk ADD COLUMN rotated_by TEXT NULL")
    for nid in networks(args):
        db.execute("INSERT INTO networks VALUES (?, '2024-01-01 00:00:00', '2024-01-01 00:00:00')", (nid,))
    for r in rows(args):
        db.execute("INSERT INTO hydra_jwk (sid, kid, nid, version, keydata, created_at, pk, pk_deprecated) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r)
    if grant(args):
        db.execute("INSERT INTO hydra_oauth2_trusted_jwt_bearer_issuer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", grant(args))
    db.commit()
    db.close()


def quote(v) -> str:
    return str(v) if isinstance(v, int) else "'" + str(v).replace("'", "''") + "'"


def postgres_sql(args) -> str:
    sql = [POSTGRES_SCHEMA]
    if "--extra-column" in args:
        sql.append("ALTER TABLE hydra_jwk ADD COLUMN rotated_by TEXT NULL;")
    for nid in networks(args):
        sql.append("INSERT INTO networks VALUES ('%s', '2024-01-01 00:00:00', '2024-01-01 00:00:00');" % nid)
    for r in rows(args):
        sql.append("INSERT INTO hydra_jwk (sid, kid, nid, version, keydata, created_at, pk) VALUES (%s);"
                   % ", ".join(quote(v) for v in r[:7]))
    if grant(args):
        sql.append("INSERT INTO hydra_oauth2_trusted_jwt_bearer_issuer VALUES (%s);"
                   % ", ".join(quote(v) for v in grant(args)))
    return "\n".join(sql) + "\n"


def main(argv) -> int:
    if len(argv) >= 3 and argv[1] == "sqlite":
        write_sqlite(argv[2], argv[3:])
    elif len(argv) >= 2 and argv[1] == "postgres":
        sys.stdout.write(postgres_sql(argv[2:]))
    elif len(argv) == 3 and argv[1] == "decrypt":
        for line in sys.stdin.read().split():
            print(decrypt(argv[2], line) or "-")
    elif len(argv) == 3 and argv[1] == "generate-keys":
        generate_keys(argv[2])
    else:
        sys.stderr.write(__doc__)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
