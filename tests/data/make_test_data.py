#!/usr/bin/python3
# The derived half of jwkman's test data (README.md beside this file says what is here and how to remake it).
#
#   /usr/bin/python3 tests/data/make_test_data.py write ROOT    make-test-data.sh runs this once it has made
#                                                               ROOT/pem/valid/*.pem with the openssl CLI
#   /usr/bin/python3 tests/data/make_test_data.py check [ROOT]  makes nothing; ROOT defaults to this folder
#
# `write` writes rfc/*.json (the RFC keys as the RFCs print them), rfc/pem_export/ (their SPKI and PKCS#8 PEM),
# rfc/expected.json and pem/expected.json into ROOT. `check` computes the same and compares it, byte for byte,
# with what ROOT holds (the ctest test `test_data` runs it). Any disagreement below fails either command:
# - RFC keys: the openssl CLI checks every private key (pkey -check) and derives its public members, which must be
#   the RFC's; the X25519/X448 keys come out of the RFC 7748 private keys, the Ed25519 key out of RFC 8032's.
# - RFC thumbprints: hashlib over the RFC 7638 canonical JSON and python3-jwcrypto's JWK.thumbprint() agree, and
#   the two thumbprints printed in RFCs (RFC 7638 section 3.1, RFC 8037 A.3) come out.
# - RFC PEM: the openssl CLI (from DER built by `openssl asn1parse -genconf` out of the RFC's numbers) and
#   python3-jwcrypto's export_to_pem() give the same bytes.
# - PEM corpus: the expected JWK is read from the numbers `openssl pkey -text` prints, and python3-jwcrypto's
#   JWK.from_pem() gives the same members (python3-jwcrypto 1.1 reads no X25519 PEM: for X25519 the other way
#   round only); python3-jwcrypto's export_to_pem() of the expected JWK is the PEM `openssl pkey` makes of the
#   file; certificates chain (openssl verify) and carry the public key of their key files.
#
# Run it with Debian's /usr/bin/python3, which sees python3-jwcrypto and python3-cryptography.

import base64
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from jwcrypto import jwk as jwcrypto_jwk
except ImportError:
    sys.exit("make_test_data.py: python3-jwcrypto is missing: run with Debian's /usr/bin/python3 "
             "(apt-get install python3-jwcrypto)")

# The passphrase of the encrypted PEM files (make-test-data.sh uses the same).
PASSPHRASE = "correct horse"

# ---------------------------------------------------------------------------------------------------------------
# The RFC keys, as RFC 7517 (section 3, A.1-A.3, B, C.1), RFC 7638 (3.1) and RFC 8037 (A.1, A.2, A.6, A.7) print
# them, members in the RFC's order.

RSA_2011_04_29_N = (
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3o"
    "knjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHz"
    "u6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8"
    "awapJzKnqDKgw")
RSA_2011_04_29_PRIVATE = {
    "d": "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvx"
         "T0_YSfqijwp3RTzlBaCxWp4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_cPVY3i07a3t8MN6TNwm0dSawm9v47UiCl3"
         "Sk5ZiG7xojPLu4sbg1U2jx4IBTNBznbJSzFHK66jT8bgkuqsk0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0Y6m"
         "qnOYtqc0X4jfcKoAC8Q",
    "p": "83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj"
         "7XOuVIYQyqVWlWEh6dN36GVZYk93N8Bc9vY41xy8B9RzzOGVQzXvNEvn7O0nVbfs",
    "q": "3dfOR9cuYq-0S-mkFLzgItgMEfFzB2q3hWehMuG0oCuqnb3vobLyumqjVZQO1dIrdwgTnCdpYzBcOfW5r370AFXjiWft_NGEiovonizhKpo"
         "9VVS78TzFgxkIdrecRezsZ-1kYd_s1qDbxtkDEgfAITAG9LUnADun4vIcb6yelxk",
    "dp": "G4sPXkc6Ya9y8oJW9_ILj4xuppu0lzi_H7VTkS8xj5SdX3coE0oimYwxIi2emTAue0UOa5dpgFGyBJ4c8tQ2VF402XRugKDTP8akYhFo5t"
          "AA77Qe_NmtuYZc3C3m3I24G2GvR5sSDxUyAN2zq8Lfn9EUms6rY3Ob8YeiKkTiBj0",
    "dq": "s9lAH9fggBsoFR8Oac2R_E2gw282rT2kGOAhvIllETE1efrA6huUUvMfBcMpn8lqeW6vzznYY5SSQF7pMdC_agI3nG8Ibp1BUb0JUiraRN"
          "qUfLhcQb_d9GF4Dh7e74WbRsobRonujTYN1xCaP6TO61jvWrX-L18txXw494Q_cgk",
    "qi": "GyM_p6JrXySiz1toFgKbWV-JdI3jQ4ypu9rbMWx3rQJBfmt0FoYzgUIZEVFEcOqwemRN81zoDAaa-Bk0KWNGDjJHZDdDmFhW3AN7lI-pux"
          "k_mHZGJ11rxyR8O55XLSe3SPmRfKwZI6yU24ZxvQKFYItdldUKGzO6Ia6zTKhAVRU",
}
EC_1 = {"kty": "EC", "crv": "P-256", "x": "MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",
        "y": "4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"}
EC_1_D = "870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE"
HMAC_KEY = {"kty": "oct",
            "k": "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
            "kid": "HMAC key used in JWS spec Appendix A.1 example"}
A128KW_KEY = {"kty": "oct", "alg": "A128KW", "k": "GawgguFyGrWKav7AX4VKUg"}
X5C_CERT = (
    "MIIDQjCCAiqgAwIBAgIGATz/FuLiMA0GCSqGSIb3DQEBBQUAMGIxCzAJBgNVBAYTAlVTMQswCQYDVQQIEwJDTzEPMA0GA1UEBxMGRGVudmVy"
    "MRwwGgYDVQQKExNQaW5nIElkZW50aXR5IENvcnAuMRcwFQYDVQQDEw5CcmlhbiBDYW1wYmVsbDAeFw0xMzAyMjEyMzI5MTVaFw0xODA4MTQy"
    "MjI5MTVaMGIxCzAJBgNVBAYTAlVTMQswCQYDVQQIEwJDTzEPMA0GA1UEBxMGRGVudmVyMRwwGgYDVQQKExNQaW5nIElkZW50aXR5IENvcnAu"
    "MRcwFQYDVQQDEw5CcmlhbiBDYW1wYmVsbDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAL64zn8/QnHYMeZ0LncoXaEde1fiLm1j"
    "HjmQsF/449IYALM9if6amFtPDy2yvz3YlRij66s5gyLCyO7ANuVRJx1NbgizcAblIgjtdf/u3WG7K+IiZhtELto/A7Fck9Ws6SQvzRvOE8uS"
    "irYbgmj6He4iO8NCyvaK0jIQRMMGQwsU1quGmFgHIXPLfnpnfajr1rVTAwtgV5LEZ4Iel+W1GC8ugMhyr4/p1MtcIM42EA8BzE6ZQqC7VPqP"
    "vEjZ2dbZkaBhPbiZAS3YeYBRDWm1p1OZtWamT3cEvqqPpnjL1XyW+oyVVkaZdklLQp2Btgt9qr21m42f4wTw+Xrp6rCKNb0CAwEAATANBgkq"
    "hkiG9w0BAQUFAAOCAQEAh8zGlfSlcI0o3rYDPBB07aXNswb4ECNIKG0CETTUxmXl9KUL+9gGlqCz5iWLOgWsnrcKcY0vXPG9J1r9AqBNTqNg"
    "Hq2G03X09266X5CpOe1zFo+Owb1zxtp3PehFdfQJ610CDLEaS9V9Rqp17hCyybEpOGVwe8fnk+fbEL2Bo3UPGrpsHzUoaGpDftmWssZkhpBJ"
    "KVMJyf/RuP2SmmaIzmnw9JiSlYhzo4tpzd5rFXhjRbg4zW9C+2qok+2+qDM1iJ684gPHMIY8aLWrdgQTxkumGmTqgawR+N5MDtdPTEQ0XfIB"
    "c2cJEUyMTY5MPvACWpkA6SdS4xSvdXK3IVfOWA==")

RSA_2011_04_29 = {"kty": "RSA", "n": RSA_2011_04_29_N, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"}
RSA_2011_04_29_WITH_PRIVATE = {"kty": "RSA", "n": RSA_2011_04_29_N, "e": "AQAB", **RSA_2011_04_29_PRIVATE,
                               "alg": "RS256", "kid": "2011-04-29"}
EC_1_PUBLIC = {**EC_1, "use": "enc", "kid": "1"}
EC_1_PRIVATE = {**EC_1, "d": EC_1_D, "use": "enc", "kid": "1"}

# (file name without .json, JWK, what it is)
RFC_KEYS = [
    ("rfc7517_s3_ec_p256_public",
     {"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
      "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "kid": "Public key used in JWS spec Appendix A.3 example"},
     "RFC 7517 section 3 example JWK: EC P-256 public, the key of RFC 7515 A.3."),
    ("rfc7517_A1_ec_p256_public", EC_1_PUBLIC, "RFC 7517 A.1 key 1: EC P-256 public, use=enc, kid=1."),
    ("rfc7517_A1_rsa_public", RSA_2011_04_29,
     "RFC 7517 A.1 key 2: RSA 2048 public, alg=RS256, kid=2011-04-29 (the RFC 7638 example key)."),
    ("rfc7517_A2_ec_p256_private", EC_1_PRIVATE, "RFC 7517 A.2 key 1: EC P-256 private (d)."),
    ("rfc7517_A2_rsa_private", RSA_2011_04_29_WITH_PRIVATE,
     "RFC 7517 A.2 key 2: RSA 2048 private with CRT members; the thumbprint is that of its public members."),
    ("rfc7517_A3_oct_a128kw", A128KW_KEY, "RFC 7517 A.3 key 1: 128-bit AES key wrap key (alg A128KW)."),
    ("rfc7517_A3_oct_hmac", HMAC_KEY,
     "RFC 7517 A.3 key 2: 512-bit HMAC key (the RFC 7515 A.1 key); kid does not enter the thumbprint."),
    ("rfc7517_B_rsa_x5c",
     {"kty": "RSA", "use": "sig", "kid": "1b94c",
      "n": "vrjOfz9Ccdgx5nQudyhdoR17V-IubWMeOZCwX_jj0hgAsz2J_pqYW08PLbK_PdiVGKPrqzmDIsLI7sA25VEnHU1uCLNwBuUiCO11_-7dY"
           "bsr4iJmG0Qu2j8DsVyT1azpJC_NG84Ty5KKthuCaPod7iI7w0LK9orSMhBEwwZDCxTWq4aYWAchc8t-emd9qOvWtVMDC2BXksRngh6X5bU"
           "YLy6AyHKvj-nUy1wgzjYQDwHMTplCoLtU-o-8SNnZ1tmRoGE9uJkBLdh5gFENabWnU5m1ZqZPdwS-qo-meMvVfJb6jJVWRpl2SUtCnYG2C"
           "32qvbWbjZ_jBPD5eunqsIo1vQ",
      "e": "AQAB", "x5c": [X5C_CERT]},
     "RFC 7517 B: RSA 2048 public key with x5c (one self-signed certificate, CN=Brian Campbell, sha1WithRSA, "
     "valid 2013-02-21..2018-08-14, i.e. expired)."),
    ("rfc7517_C1_rsa_private",
     {"kty": "RSA", "kid": "juliet@capulet.lit", "use": "enc",
      "n": "t6Q8PWSi1dkJj9hTP8hNYFlvadM7DflW9mWepOJhJ66w7nyoK1gPNqFMSQRyO125Gp-TEkodhWr0iujjHVx7BcV0llS4w5ACGgPrcAd6Z"
           "cSR0-Iqom-QFcNP8Sjg086MwoqQU_LYywlAGZ21WSdS_PERyGFiNnj3QQlO8Yns5jCtLCRwLHL0Pb1fEv45AuRIuUfVcPySBWYnDyGxvjY"
           "GDSM-AqWS9zIQ2ZilgT-GqUmipg0XOC0Cc20rgLe2ymLHjpHciCKVAbY5-L32-lSeZO-Os6U15_aXrk9Gw8cPUaX1_I8sLGuSiVdt3C_Fn"
           "2PZ3Z8i744FPFGGcG1qs2Wz-Q",
      "e": "AQAB",
      "d": "GRtbIQmhOZtyszfgKdg4u_N-R_mZGU_9k7JQ_jn1DnfTuMdSNprTeaSTyWfSNkuaAwnOEbIQVy1IQbWVV25NY3ybc_IhUJtfri7bAXYER"
           "eWaCl3hdlPKXy9UvqPYGR0kIXTQRqns-dVJ7jahlI7LyckrpTmrM8dWBo4_PMaenNnPiQgO0xnuToxutRZJfJvG4Ox4ka3GORQd9CsCZ2v"
           "sUDmsXOfUENOyMqADC6p1M3h33tsurY15k9qMSpG9OX_IJAXmxzAh_tWiZOwk2K4yxH9tS3Lq1yX8C1EWmeRDkK2ahecG85-oLKQt5VEpW"
           "HKmjOi_gJSdSgqcN96X52esAQ",
      "p": "2rnSOV4hKSN8sS4CgcQHFbs08XboFDqKum3sc4h3GRxrTmQdl1ZK9uw-PIHfQP0FkxXVrx-WE-ZEbrqivH_2iCLUS7wAl6XvARt1KkIaU"
           "xPPSYB9yk31s0Q8UK96E3_OrADAYtAJs-M3JxCLfNgqh56HDnETTQhH3rCT5T3yJws",
      "q": "1u_RiFDP7LBYh3N4GXLT9OpSKYP0uQZyiaZwBtOCBNJgQxaj10RWjsZu0c6Iedis4S7B_coSKB0Kj9PaPaBzg-IySRvvcQuPamQu66riM"
           "hjVtG6TlV8CLCYKrYl52ziqK0E_ym2QnkwsUX7eYTB7LbAHRK9GqocDE5B0f808I4s",
      "dp": "KkMTWqBUefVwZ2_Dbj1pPQqyHSHjj90L5x_MOzqYAJMcLMZtbUtwKqvVDq3tbEo3ZIcohbDtt6SbfmWzggabpQxNxuBpoOOf_a_HgMXK"
            "_lhqigI4y_kqS1wY52IwjUn5rgRrJ-yYo1h41KR-vz2pYhEAeYrhttWtxVqLCRViD6c",
      "dq": "AvfS0-gRxvn0bwJoMSnFxYcK1WnuEjQFluMGfwGitQBWtfZ1Er7t1xDkbN9GQTB9yqpDoYaN06H7CFtrkxhJIBQaj6nkF5KKS3TQtQ5q"
            "CzkOkmxIe3KRbBymXxkb5qwUpX5ELD5xFc6FeiafWYY63TmmEAu_lRFCOJ3xDea-ots",
      "qi": "lSQi-w9CpyUReMErP1RsBLk7wNtOvs5EQpPqmuMvqW57NBUczScEoPwmUqqabu9V0-Py4dQ57_bapoKRu1R90bvuFnU63SHWEFglZQvJ"
            "DMeAvmj4sm-Fp0oYu_neotgQ0hzbI5gry7ajdYy9-2lNx_76aBZoOUu9HCJ-UsfSOI8"},
     "RFC 7517 C.1: plaintext RSA 2048 private key, kid juliet@capulet.lit."),
    ("rfc7638_3_1_rsa_public", RSA_2011_04_29,
     "RFC 7638 section 3.1 example JWK (the key of RFC 7517 A.1); canonical input {\"e\":\"AQAB\",\"kty\":\"RSA\","
     "\"n\":\"0vx7...\"}."),
    ("rfc8037_A1_ed25519_private",
     {"kty": "OKP", "crv": "Ed25519", "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
      "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
     "RFC 8037 A.1: Ed25519 private key (the RFC 8032 section 7.1 TEST 1 key)."),
    ("rfc8037_A2_ed25519_public",
     {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
     "RFC 8037 A.2: Ed25519 public key."),
    ("rfc8037_A6_x25519_bob_public",
     {"kty": "OKP", "crv": "X25519", "kid": "Bob", "x": "3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"},
     "RFC 8037 A.6: X25519 public key of 'Bob' (the RFC 7748 section 6.1 key)."),
    ("rfc8037_A7_x448_dave_public",
     {"kty": "OKP", "crv": "X448", "kid": "Dave",
      "x": "PreoKbDNIPW8_AtZm2_sz22kYnEHvbDU80W0MCfYuXL8PjT7QjKhPKcG3LV67D2uB73BxnvzNgk"},
     "RFC 8037 A.7: X448 public key of 'Dave' (the RFC 7748 section 6.2 key of Bob)."),
]

# (file name without .json, the keys in the RFC's order, what it is)
RFC_SETS = [
    ("rfc7517_A1_public_jwks", ["rfc7517_A1_ec_p256_public", "rfc7517_A1_rsa_public"], "RFC 7517 A.1 JWK Set"),
    ("rfc7517_A2_private_jwks", ["rfc7517_A2_ec_p256_private", "rfc7517_A2_rsa_private"], "RFC 7517 A.2 JWK Set"),
    ("rfc7517_A3_symmetric_jwks", ["rfc7517_A3_oct_a128kw", "rfc7517_A3_oct_hmac"], "RFC 7517 A.3 JWK Set"),
]

# The thumbprints printed in RFCs, and the files whose keys must have them.
PUBLISHED_THUMBPRINTS = [
    ("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", "RFC 7638 section 3.1",
     ["rfc7638_3_1_rsa_public", "rfc7517_A1_rsa_public", "rfc7517_A2_rsa_private"]),
    ("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",
     "RFC 8037 A.3 (hex 90facafea9b1556698540f70c0117a22ea37bd5cf3ed3c47093c1707282b4b89)",
     ["rfc8037_A2_ed25519_public", "rfc8037_A1_ed25519_private"]),
]

# Private keys the RFCs give for public keys above: the openssl CLI must derive exactly the RFC's public members.
RFC_PRIVATE_ORIGINS = {
    # RFC 7515 A.3.1: the private key of the RFC 7517 section 3 example.
    "rfc7517_s3_ec_p256_public": ("RFC 7515 A.3", "EC", "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"),
    # RFC 8032 section 7.1 TEST 1 SECRET KEY (RFC 8037 A.1 says so).
    "rfc8037_A1_ed25519_private": ("RFC 8032 section 7.1 TEST 1", "Ed25519",
                                   "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
    # RFC 7748 section 6.1: Bob's private key.
    "rfc8037_A6_x25519_bob_public": ("RFC 7748 section 6.1", "X25519",
                                     "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"),
    # RFC 7748 section 6.2: Bob's private key (Dave in RFC 8037 A.7).
    "rfc8037_A7_x448_dave_public": ("RFC 7748 section 6.2", "X448",
                                    "1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120bb5ee8972b0d3e2"
                                    "1374c9c921b09d1b0366f10b65173992d"),
}

# ---------------------------------------------------------------------------------------------------------------
# The PEM corpus that make-test-data.sh makes: (file under pem/, description). pem/expected.json lists them in
# this (file name) order.

PEM_FILES = [
    ("valid/bundle_4_keys.pem", "four PEM blocks in one file: RSA PKCS#8 private, EC P-256 SPKI, Ed25519 PKCS#8 "
                                "private, EC P-384 SEC1 private (the keys of rsa2048_*, ec_p256_*, ed25519_*, "
                                "ec_p384_*)"),
    ("valid/chain_2certs_leaf_then_ca.pem", "two certificates: the leaf (EC P-256, CN=jwkman test leaf) and the CA "
                                            "(EC P-384, CN=jwkman test CA) that signed it, leaf first"),
    ("valid/chain_ca_p384_cert.pem", "CA certificate of the chain (EC P-384, self-signed, CN=jwkman test CA)"),
    ("valid/chain_ca_p384_key.pem", "PKCS#8 private key of the chain's CA (EC P-384)"),
    ("valid/chain_leaf_p256_cert.pem", "leaf certificate of the chain (EC P-256, CN=jwkman test leaf, issued by "
                                       "CN=jwkman test CA)"),
    ("valid/chain_leaf_p256_key.pem", "PKCS#8 private key of the chain's leaf (EC P-256)"),
    ("valid/ec_p256_pkcs8_private.pem", "EC P-256 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/ec_p256_sec1_private.pem", "EC P-256 private key, SEC1 (EC PRIVATE KEY)"),
    ("valid/ec_p256_spki_public.pem", "EC P-256 public key, SPKI (PUBLIC KEY)"),
    ("valid/ec_p384_pkcs8_private.pem", "EC P-384 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/ec_p384_sec1_private.pem", "EC P-384 private key, SEC1 (EC PRIVATE KEY)"),
    ("valid/ec_p384_spki_public.pem", "EC P-384 public key, SPKI (PUBLIC KEY)"),
    ("valid/ec_p521_pkcs8_private.pem", "EC P-521 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/ec_p521_sec1_private.pem", "EC P-521 private key, SEC1 (EC PRIVATE KEY)"),
    ("valid/ec_p521_spki_public.pem", "EC P-521 public key, SPKI (PUBLIC KEY)"),
    ("valid/ed25519_pkcs8_private.pem", "Ed25519 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/ed25519_spki_public.pem", "Ed25519 public key, SPKI (PUBLIC KEY)"),
    ("valid/rsa2048_pkcs1_encrypted_legacy.pem", "RSA 2048 private key, PKCS#1 with the legacy OpenSSL encryption "
                                                 "(Proc-Type/DEK-Info, AES-256-CBC)"),
    ("valid/rsa2048_pkcs1_private.pem", "RSA 2048 private key, PKCS#1 (RSA PRIVATE KEY)"),
    ("valid/rsa2048_pkcs1_public.pem", "RSA 2048 public key, PKCS#1 (RSA PUBLIC KEY)"),
    ("valid/rsa2048_pkcs8_encrypted.pem", "RSA 2048 private key, encrypted PKCS#8 (PBES2, PBKDF2 with "
                                          "HMAC-SHA256, AES-256-CBC)"),
    ("valid/rsa2048_pkcs8_private.pem", "RSA 2048 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/rsa2048_spki_public.pem", "RSA 2048 public key, SPKI (PUBLIC KEY)"),
    ("valid/selfsigned_rsa2048_cert.pem", "self-signed certificate of an RSA 2048 key (CN=jwkman test self-signed)"),
    ("valid/selfsigned_rsa2048_key.pem", "PKCS#8 private key of the self-signed certificate (RSA 2048)"),
    ("valid/x25519_pkcs8_private.pem", "X25519 private key, PKCS#8 (PRIVATE KEY)"),
    ("valid/x25519_spki_public.pem", "X25519 public key, SPKI (PUBLIC KEY)"),
]

# Files that hold the same key (by thumbprint), and certificates and the key files of their keys.
SAME_KEY = [
    ["valid/rsa2048_pkcs8_private.pem", "valid/rsa2048_pkcs1_private.pem", "valid/rsa2048_pkcs8_encrypted.pem",
     "valid/rsa2048_pkcs1_encrypted_legacy.pem", "valid/rsa2048_spki_public.pem", "valid/rsa2048_pkcs1_public.pem",
     "valid/bundle_4_keys.pem#1"],
    ["valid/ec_p256_pkcs8_private.pem", "valid/ec_p256_sec1_private.pem", "valid/ec_p256_spki_public.pem",
     "valid/bundle_4_keys.pem#2"],
    ["valid/ed25519_pkcs8_private.pem", "valid/ed25519_spki_public.pem", "valid/bundle_4_keys.pem#3"],
    ["valid/ec_p384_pkcs8_private.pem", "valid/ec_p384_sec1_private.pem", "valid/ec_p384_spki_public.pem",
     "valid/bundle_4_keys.pem#4"],
    ["valid/ec_p521_pkcs8_private.pem", "valid/ec_p521_sec1_private.pem", "valid/ec_p521_spki_public.pem"],
    ["valid/x25519_pkcs8_private.pem", "valid/x25519_spki_public.pem"],
    ["valid/selfsigned_rsa2048_cert.pem", "valid/selfsigned_rsa2048_key.pem"],
    ["valid/chain_leaf_p256_cert.pem", "valid/chain_leaf_p256_key.pem", "valid/chain_2certs_leaf_then_ca.pem"],
    ["valid/chain_ca_p384_cert.pem", "valid/chain_ca_p384_key.pem"],
]

# ---------------------------------------------------------------------------------------------------------------

KEY_MEMBERS = {"kty", "crv", "n", "e", "d", "p", "q", "dp", "dq", "qi", "x", "y", "k"}
PRIVATE_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "k"}
THUMBPRINT_MEMBERS = {"RSA": ("e", "kty", "n"), "EC": ("crv", "kty", "x", "y"), "OKP": ("crv", "kty", "x"),
                      "oct": ("k", "kty")}
CURVES = {"P-256": ("prime256v1", 32), "P-384": ("secp384r1", 48), "P-521": ("secp521r1", 66)}
OKP_OIDS = {"X25519": "1.3.101.110", "X448": "1.3.101.111", "Ed25519": "1.3.101.112", "Ed448": "1.3.101.113"}


class DataError(Exception):
    pass


def fail(message):
    raise DataError(message)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def uint_bytes(value, size=0):
    return value.to_bytes(max(size, (value.bit_length() + 7) // 8, 1), "big")


def key_members(jwk):
    return {m: v for m, v in jwk.items() if m in KEY_MEMBERS}


def public_members(jwk):
    return {m: v for m, v in key_members(jwk).items() if m not in PRIVATE_MEMBERS}


def sorted_members(jwk):
    return {m: jwk[m] for m in sorted(jwk)}


def dumps(value):
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


def openssl(*args):
    p = subprocess.run(["openssl", *args], capture_output=True)
    if p.returncode != 0:
        fail("openssl %s: %s" % (" ".join(args), p.stderr.decode(errors="replace").strip()))
    return p.stdout


def thumbprint(jwk):
    """RFC 7638 by hand: the required members, sorted, no white space, SHA-256, base64url."""
    canonical = json.dumps({m: jwk[m] for m in THUMBPRINT_MEMBERS[jwk["kty"]]}, separators=(",", ":"),
                           sort_keys=True)
    return b64u(hashlib.sha256(canonical.encode()).digest())


def agreed_thumbprint(jwk, what):
    mine = thumbprint(jwk)
    theirs = jwcrypto_jwk.JWK(**key_members(jwk)).thumbprint()
    if mine != theirs:
        fail("%s: thumbprint %s here, %s by python3-jwcrypto" % (what, mine, theirs))
    return mine


class Work:
    """A scratch folder for the DER and PEM files the openssl CLI reads and writes."""

    def __init__(self, path):
        self.path = Path(path)
        self.count = 0

    def file(self, data, suffix):
        self.count += 1
        path = self.path / ("%d%s" % (self.count, suffix))
        path.write_bytes(data)
        return str(path)

    def genconf_der(self, conf):
        """DER built by `openssl asn1parse -genconf` from an ASN1_generate_nconf description."""
        conf_path = self.file(conf.encode(), ".cnf")
        out = conf_path[:-4] + ".der"
        openssl("asn1parse", "-genconf", conf_path, "-noout", "-out", out)
        return Path(out).read_bytes()


# --- the numbers openssl prints ---------------------------------------------------------------------------------

def parse_openssl_text(text):
    """`openssl pkey -text -noout` output as {field: value}; hex dumps become bytes."""
    fields = {}
    current = None
    for line in text.decode().splitlines():
        if not line.strip():
            continue
        if line.startswith(" ") and current is not None:
            fields[current] += line.strip()
            continue
        current = None
        m = re.match(r"^([A-Za-z0-9 -]+):\s*(.*)$", line)
        if not m:
            fail("unexpected openssl output line %r" % line)
        name, value = m.group(1).strip(), m.group(2).strip()
        fields[name] = value
        if value == "":
            current = name
    out = {}
    for name, value in fields.items():
        if re.fullmatch(r"([0-9a-f]{2}:)*[0-9a-f]{2}:?", value):
            out[name] = bytes.fromhex(value.replace(":", ""))
        else:
            out[name] = value
    return out


def jwk_from_openssl_text(text):
    """The JWK members of a key, from the numbers `openssl pkey -text` printed (not from any JOSE library)."""
    f = parse_openssl_text(text)
    first = text.decode().splitlines()[0]

    def integer(name):
        value = f[name]
        if isinstance(value, bytes):
            return int.from_bytes(value, "big")
        return int(value.split()[0])

    if "modulus" in f or "Modulus" in f:
        jwk = {"kty": "RSA", "n": b64u(uint_bytes(integer("modulus" if "modulus" in f else "Modulus"))),
               "e": b64u(uint_bytes(integer("publicExponent" if "publicExponent" in f else "Exponent")))}
        if "privateExponent" in f:
            for member, name in (("d", "privateExponent"), ("p", "prime1"), ("q", "prime2"), ("dp", "exponent1"),
                                 ("dq", "exponent2"), ("qi", "coefficient")):
                jwk[member] = b64u(uint_bytes(integer(name)))
        return jwk
    if "NIST CURVE" in f:
        crv = f["NIST CURVE"]
        size = CURVES[crv][1]
        pub = f["pub"]
        if len(pub) != 1 + 2 * size or pub[0] != 4:
            fail("EC point not uncompressed: %s" % pub.hex())
        jwk = {"kty": "EC", "crv": crv, "x": b64u(pub[1:1 + size]), "y": b64u(pub[1 + size:])}
        if "priv" in f:
            jwk["d"] = b64u(uint_bytes(int.from_bytes(f["priv"], "big"), size))
        return jwk
    m = re.match(r"^(ED25519|ED448|X25519|X448) (Private|Public)-Key:", first)
    if m:
        crv = {"ED25519": "Ed25519", "ED448": "Ed448", "X25519": "X25519", "X448": "X448"}[m.group(1)]
        jwk = {"kty": "OKP", "crv": crv, "x": b64u(f["pub"])}
        if "priv" in f:
            jwk["d"] = b64u(f["priv"])
        return jwk
    fail("unknown key in openssl output: %r" % first)


# --- DER for the RFC keys, built by the openssl CLI ----------------------------------------------------------------

def hexint(b64):
    return "INTEGER:0x" + unb64u(b64).hex()


def rfc_key_conf(jwk):
    """(asn1parse -genconf text, is private) of the DER of a key: PKCS#1 RSAPrivateKey, SEC1 ECPrivateKey, PKCS#8
    for OKP, or an SPKI for public keys."""
    kty = jwk["kty"]
    private = "d" in jwk
    if kty == "RSA" and private:
        conf = "asn1=SEQUENCE:k\n[k]\nv=INTEGER:0\n" + "".join(
            "%s=%s\n" % (m, hexint(jwk[m])) for m in ("n", "e", "d", "p", "q", "dp", "dq", "qi"))
    elif kty == "RSA":
        conf = ("asn1=SEQUENCE:spki\n[spki]\nalg=SEQUENCE:alg\npub=BITWRAP,SEQUENCE:rsa\n"
                "[alg]\noid=OID:rsaEncryption\nnull=NULL\n[rsa]\nn=%s\ne=%s\n" % (hexint(jwk["n"]), hexint(jwk["e"])))
    elif kty == "EC":
        curve = CURVES[jwk["crv"]][0]
        point = "04" + unb64u(jwk["x"]).hex() + unb64u(jwk["y"]).hex()
        if private:
            conf = ("asn1=SEQUENCE:k\n[k]\nv=INTEGER:1\nd=FORMAT:HEX,OCTETSTRING:%s\nparams=EXPLICIT:0,OID:%s\n"
                    "pub=EXPLICIT:1,FORMAT:HEX,BITSTRING:%s\n" % (unb64u(jwk["d"]).hex(), curve, point))
        else:
            conf = ("asn1=SEQUENCE:spki\n[spki]\nalg=SEQUENCE:alg\npub=FORMAT:HEX,BITSTRING:%s\n"
                    "[alg]\noid=OID:id-ecPublicKey\ncurve=OID:%s\n" % (point, curve))
    elif kty == "OKP":
        oid = OKP_OIDS[jwk["crv"]]
        if private:
            conf = ("asn1=SEQUENCE:k\n[k]\nv=INTEGER:0\nalg=SEQUENCE:alg\nkey=OCTWRAP,FORMAT:HEX,OCTETSTRING:%s\n"
                    "[alg]\noid=OID:%s\n" % (unb64u(jwk["d"]).hex(), oid))
        else:
            conf = ("asn1=SEQUENCE:spki\n[spki]\nalg=SEQUENCE:alg\npub=FORMAT:HEX,BITSTRING:%s\n"
                    "[alg]\noid=OID:%s\n" % (unb64u(jwk["x"]).hex(), oid))
    else:
        fail("no DER for kty %s" % kty)
    return conf, private


def rfc_pem_exports(work, name, jwk):
    """{file name: PEM} for rfc/pem_export/: SPKI of every asymmetric key, PKCS#8 of every private one."""
    conf, private = rfc_key_conf(jwk)
    der = work.file(work.genconf_der(conf), ".der")
    if private:
        check = openssl("pkey", "-inform", "DER", "-in", der, "-check", "-noout")
        if b"valid" not in check:
            fail("%s: openssl pkey -check: %s" % (name, check.decode()))
        text = openssl("pkey", "-inform", "DER", "-in", der, "-text", "-noout")
        spki = openssl("pkey", "-inform", "DER", "-in", der, "-pubout")
        pkcs8 = openssl("pkey", "-inform", "DER", "-in", der)
    else:
        openssl("pkey", "-pubin", "-inform", "DER", "-in", der, "-pubcheck", "-noout")
        text = openssl("pkey", "-pubin", "-inform", "DER", "-in", der, "-text", "-noout")
        spki = openssl("pkey", "-pubin", "-inform", "DER", "-in", der, "-pubout")
        pkcs8 = None
    # The key openssl holds is the RFC's (also its public members, derived from the private ones).
    if jwk_from_openssl_text(text) != key_members(jwk):
        fail("%s: openssl reads other numbers than the RFC's: %s" % (name, jwk_from_openssl_text(text)))
    theirs = jwcrypto_jwk.JWK(**key_members(jwk))
    if theirs.export_to_pem() != spki:
        fail("%s: SPKI PEM differs between openssl and python3-jwcrypto" % name)
    out = {name + ".spki.pem": spki}
    if private:
        if theirs.export_to_pem(private_key=True, password=None) != pkcs8:
            fail("%s: PKCS#8 PEM differs between openssl and python3-jwcrypto" % name)
        out[name + ".pkcs8.pem"] = pkcs8
    return out


def check_rfc_private_origin(work, name, jwk):
    """The public members of a key are what openssl derives from the private key another RFC gives for it."""
    where, kind, private = RFC_PRIVATE_ORIGINS[name]
    if kind == "EC":
        derived = dict(jwk, d=private)
        conf, _ = rfc_key_conf({"kty": "EC", "crv": jwk["crv"], "x": jwk["x"], "y": jwk["y"], "d": private})
        der = work.file(work.genconf_der(conf), ".der")
        openssl("pkey", "-inform", "DER", "-in", der, "-check", "-noout")
        # openssl recomputes the public point from d: drop the given one and compare.
        conf = conf.replace("\npub=EXPLICIT:1", "\n#pub=")
        der = work.file(work.genconf_der(conf), ".der")
        got = jwk_from_openssl_text(openssl("pkey", "-inform", "DER", "-in", der, "-text", "-noout"))
        if public_members(got) != public_members(derived):
            fail("%s: the %s private key gives %s" % (name, where, got))
        return
    if kind == "Ed25519" and jwk.get("d") != b64u(bytes.fromhex(private)):
        fail("%s: d is not the %s secret key" % (name, where))
    conf, _ = rfc_key_conf({"kty": "OKP", "crv": kind, "d": b64u(bytes.fromhex(private))})
    der = work.file(work.genconf_der(conf), ".der")
    got = jwk_from_openssl_text(openssl("pkey", "-inform", "DER", "-in", der, "-text", "-noout"))
    if got["x"] != jwk["x"]:
        fail("%s: the %s private key gives x=%s, not %s" % (name, where, got["x"], jwk["x"]))


def x5c_facts(work, name, jwk, spki):
    """The certificate of an x5c carries the JWK's key; returns (x5t, x5t#S256, notAfter)."""
    der = base64.b64decode(jwk["x5c"][0], validate=True)
    cert = work.file(der, ".der")
    if openssl("x509", "-inform", "DER", "-in", cert, "-noout", "-pubkey") != spki:
        fail("%s: the certificate's public key is not the JWK's" % name)
    not_after = openssl("x509", "-inform", "DER", "-in", cert, "-noout", "-enddate").decode().strip()
    return b64u(hashlib.sha1(der).digest()), b64u(hashlib.sha256(der).digest()), not_after.split("=", 1)[1]


def build_rfc(work):
    """{relative path: bytes} of everything under rfc/."""
    files = {}
    entries = []
    keys = {name: jwk for name, jwk, _ in RFC_KEYS}
    if len(keys) != len(RFC_KEYS):
        fail("two RFC keys with one name")
    thumbprints = {}
    for name, jwk, notes in sorted(RFC_KEYS, key=lambda k: k[0]):
        files["rfc/%s.json" % name] = dumps(jwk)
        thumbprints[name] = agreed_thumbprint(jwk, name)
        entry = {"file": "rfc/%s.json" % name, "kty": jwk["kty"]}
        if "crv" in jwk:
            entry["crv"] = jwk["crv"]
        entry["expected_thumbprint_sha256"] = thumbprints[name]
        for value, where, names in PUBLISHED_THUMBPRINTS:
            if name in names:
                entry["published_thumbprint"] = {"value": value, "where": where}
        checks = []
        if jwk["kty"] != "oct":
            exports = rfc_pem_exports(work, name, jwk)
            for file, pem in exports.items():
                files["rfc/pem_export/" + file] = pem
            checks.append("openssl and python3-jwcrypto export the same PEM (pem_export/)")
            if "d" in jwk:
                checks.append("openssl pkey -check: consistent")
        if name in RFC_PRIVATE_ORIGINS:
            check_rfc_private_origin(work, name, jwk)
            checks.append("x is what openssl derives from the private key of %s" % RFC_PRIVATE_ORIGINS[name][0]
                          if jwk["kty"] == "OKP" else
                          "x, y are what openssl derives from the private key of %s" % RFC_PRIVATE_ORIGINS[name][0])
        if "x5c" in jwk:
            x5t, x5t256, not_after = x5c_facts(work, name, jwk, exports[name + ".spki.pem"])
            if not not_after.endswith("2018 GMT"):
                fail("%s: the certificate should have expired in 2018, not %s" % (name, not_after))
            checks.append("the certificate carries n, e; notAfter %s; x5t=%s x5t#S256=%s" % (not_after, x5t, x5t256))
        entry["notes"] = notes + (" Checked: " + "; ".join(checks) + "." if checks else "")
        entries.append(entry)
    for value, where, names in PUBLISHED_THUMBPRINTS:
        for name in names:
            if thumbprints[name] != value:
                fail("%s: thumbprint %s, but %s prints %s" % (name, thumbprints[name], where, value))
    for name, members, what in RFC_SETS:
        files["rfc/%s.json" % name] = dumps({"keys": [keys[m] for m in members]})
        entries.append({"file": "rfc/%s.json" % name, "kty": [keys[m]["kty"] for m in members],
                        "expected_thumbprint_sha256": [thumbprints[m] for m in members],
                        "notes": "%s (%d keys); one thumbprint per key, in order: those of %s." %
                                 (what, len(members), ", ".join(m + ".json" for m in members))})
    files["rfc/expected.json"] = dumps(entries)
    return files


# --- the PEM corpus -------------------------------------------------------------------------------------------------

PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\n.*?-----END \1-----\n", re.S)


def pem_blocks(data, what):
    blocks = [(m.group(1).decode(), m.group(0)) for m in PEM_BLOCK.finditer(data)]
    if not blocks or b"".join(b for _, b in blocks) != data:
        fail("%s: not a sequence of PEM blocks and nothing else" % what)
    return blocks


def encrypted(label, block):
    return label == "ENCRYPTED PRIVATE KEY" or b"Proc-Type: 4,ENCRYPTED" in block


def read_block(work, label, block, what):
    """(JWK from openssl's numbers, private, certificate DER or None) of one PEM block."""
    path = work.file(block, ".pem")
    cert = None
    if label == "CERTIFICATE":
        cert = openssl("x509", "-in", path, "-outform", "DER")
        if cert != base64.b64decode(b"".join(block.splitlines()[1:-1]), validate=True):
            fail("%s: openssl's DER is not the PEM body" % what)
        spki = work.file(openssl("x509", "-in", path, "-noout", "-pubkey"), ".pem")
        text = openssl("pkey", "-pubin", "-in", spki, "-text", "-noout")
    elif label == "PUBLIC KEY":
        text = openssl("pkey", "-pubin", "-in", path, "-text", "-noout")
    elif label == "RSA PUBLIC KEY":
        spki = work.file(openssl("rsa", "-RSAPublicKey_in", "-in", path, "-pubout"), ".pem")
        text = openssl("pkey", "-pubin", "-in", spki, "-text", "-noout")
    elif label in ("PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"):
        text = openssl("pkey", "-in", path, "-passin", "pass:" + PASSPHRASE, "-text", "-noout")
    else:
        fail("%s: unexpected PEM label %s" % (what, label))
    jwk = sorted_members(jwk_from_openssl_text(text))
    return jwk, "d" in jwk, cert


def jwcrypto_agrees(work, label, block, jwk, private, what):
    """python3-jwcrypto reads the same JWK from the block, and writes the JWK as the PEM openssl makes of it."""
    if jwk["kty"] != "OKP" or jwk["crv"] not in ("X25519", "X448"):
        password = PASSPHRASE.encode() if encrypted(label, block) else None
        theirs = jwcrypto_jwk.JWK.from_pem(block, password=password).export(private_key=True, as_dict=True)
        if sorted_members(key_members(theirs)) != jwk:
            fail("%s: python3-jwcrypto reads %s, openssl %s" % (what, key_members(theirs), jwk))
    path = work.file(block, ".pem")
    if label == "CERTIFICATE":
        mine = openssl("x509", "-in", path, "-noout", "-pubkey")
    elif label == "RSA PUBLIC KEY":
        mine = openssl("rsa", "-RSAPublicKey_in", "-in", path, "-pubout")
    elif private:
        mine = openssl("pkey", "-in", path, "-passin", "pass:" + PASSPHRASE)
    else:
        mine = openssl("pkey", "-pubin", "-in", path, "-pubout")
    if jwcrypto_jwk.JWK(**jwk).export_to_pem(private_key=private, password=None) != mine:
        fail("%s: python3-jwcrypto writes the expected JWK as other PEM than openssl writes the file" % what)


def build_pem(work, root):
    """{relative path: bytes} of pem/expected.json, from the PEM files under root/pem/."""
    names = [f for f, _ in PEM_FILES]
    if names != sorted(names):
        fail("PEM_FILES is not sorted")
    present = sorted(str(p.relative_to(root / "pem")) for p in (root / "pem").rglob("*.pem"))
    if present != names:
        fail("pem/ holds %s, expected %s" % (sorted(set(present) ^ set(names)), "exactly PEM_FILES"))
    entries = []
    by_key = {}
    for file, description in PEM_FILES:
        data = (root / "pem" / file).read_bytes()
        blocks = pem_blocks(data, file)
        read = []
        for i, (label, block) in enumerate(blocks):
            what = "%s block %d" % (file, i + 1)
            jwk, private, cert = read_block(work, label, block, what)
            jwcrypto_agrees(work, label, block, jwk, private, what)
            read.append((label, block, jwk, private, cert))
        label, block, jwk, private, cert = read[0]
        thumb = agreed_thumbprint(jwk, file)
        entry = {"file": file, "description": description, "pem_labels": [r[0] for r in read],
                 "passphrase": PASSPHRASE if any(encrypted(r[0], r[1]) for r in read) else None,
                 "kty": jwk["kty"], "crv": jwk.get("crv"), "private": private, "expected_jwk": jwk,
                 "expected_public_jwk": public_members(jwk), "expected_thumbprint_sha256": thumb}
        certs = [r[4] for r in read if r[4] is not None]
        if certs:
            if len(certs) != len(read):
                fail("%s: certificates mixed with keys" % file)
            for i in range(1, len(read)):
                if read[i][2] == jwk:
                    fail("%s: two certificates of one key" % file)
            entry["x5c"] = [base64.b64encode(der).decode() for der in certs]
            entry["x5t"] = b64u(hashlib.sha1(certs[0]).digest())
            entry["x5t#S256"] = b64u(hashlib.sha256(certs[0]).digest())
        elif len(read) > 1:
            entry["blocks"] = [{"kty": r[2]["kty"], "crv": r[2].get("crv"), "private": r[3], "expected_jwk": r[2],
                                "expected_thumbprint_sha256": agreed_thumbprint(r[2], file)} for r in read]
            for i, r in enumerate(read):
                by_key["%s#%d" % (file, i + 1)] = public_members(r[2])
        by_key[file] = public_members(jwk)
        entries.append(entry)

    # The relations the tests count on: the same key where it should be, a different one everywhere else.
    groups = {}
    for group in SAME_KEY:
        keys = {json.dumps(by_key[f], sort_keys=True) for f in group}
        if len(keys) != 1:
            fail("these files should hold one key: %s" % ", ".join(group))
        groups[keys.pop()] = group
    if len(groups) != len(SAME_KEY) or set(groups) != {json.dumps(v, sort_keys=True) for v in by_key.values()}:
        fail("files that should hold different keys hold the same one (SAME_KEY)")
    # The leaf chains to the CA; the chain file is leaf then CA.
    pem = root / "pem" / "valid"
    verify = openssl("verify", "-CAfile", str(pem / "chain_ca_p384_cert.pem"), str(pem / "chain_leaf_p256_cert.pem"))
    if not verify.strip().endswith(b": OK"):
        fail("the leaf certificate does not chain to the CA: %s" % verify.decode())
    if (pem / "chain_2certs_leaf_then_ca.pem").read_bytes() != \
            (pem / "chain_leaf_p256_cert.pem").read_bytes() + (pem / "chain_ca_p384_cert.pem").read_bytes():
        fail("chain_2certs_leaf_then_ca.pem is not the leaf then the CA")

    expected = {
        "generated_by": "tests/data/make-test-data.sh (the openssl CLI), checked with python3-jwcrypto",
        "passphrase_for_encrypted_files": PASSPHRASE,
        "thumbprint": "RFC 7638, SHA-256, base64url, over the public key members",
        "entries": entries,
    }
    return {"pem/expected.json": dumps(expected)}


# --- write, check ---------------------------------------------------------------------------------------------------

def build(root):
    with tempfile.TemporaryDirectory(prefix="jwkman-test-data-") as scratch:
        work = Work(scratch)
        files = build_rfc(work)
        files.update(build_pem(work, root))
    return files


def main(argv):
    if len(argv) < 2 or argv[1] not in ("write", "check") or (argv[1] == "write" and len(argv) != 3):
        print("usage: make_test_data.py write ROOT | check [ROOT]", file=sys.stderr)
        return 64
    root = Path(argv[2] if len(argv) > 2 else Path(__file__).resolve().parent)
    try:
        files = build(root)
    except DataError as e:
        print("make_test_data.py: %s" % e, file=sys.stderr)
        return 1
    if argv[1] == "write":
        for rel, data in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print("make_test_data.py: wrote %d files under %s; every check passed" % (len(files), root))
        return 0
    problems = []
    for rel, data in sorted(files.items()):
        path = root / rel
        if not path.is_file():
            problems.append("missing: %s" % rel)
        elif path.read_bytes() != data:
            problems.append("differs from what the RFCs and the PEM files give: %s" % rel)
    on_disk = {str(p.relative_to(root)) for p in (root / "rfc").rglob("*") if p.is_file()}
    for rel in sorted(on_disk - set(files)):
        problems.append("not made by this script: %s" % rel)
    for p in problems:
        print("make_test_data.py: %s" % p, file=sys.stderr)
    if problems:
        return 1
    print("make_test_data.py: %d files agree with the RFCs, the openssl CLI and python3-jwcrypto" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
