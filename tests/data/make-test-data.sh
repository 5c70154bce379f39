#!/usr/bin/env bash
# Makes jwkman's test data (tests/data): new keys and certificates in pem/valid/ with the openssl CLI, then
# make_test_data.py writes rfc/ and both expected.json, checking every value with the openssl CLI and
# python3-jwcrypto (see README.md). Run it by hand when the corpus should change, look at `git status tests/data`,
# run the tests and commit the result: the tests read the committed files, so a test run is always the same.
#   tests/data/make-test-data.sh           new PEM corpus (new keys), then everything else
#   tests/data/make-test-data.sh --rfc     keeps the PEM files, remakes rfc/ and both expected.json
#   tests/data/make-test-data.sh --check   makes nothing: the committed files are what the script would make
# Nothing is replaced unless every check passed. Needs openssl and Debian's /usr/bin/python3 with python3-jwcrypto
# (scripts/setup.sh installs both).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

python=/usr/bin/python3
# The passphrase of the encrypted files (make_test_data.py's PASSPHRASE; tests type it, so it is no secret).
passphrase="correct horse"
# Certificates are valid from now for 20 years (before 2050: UTCTime, as most certificates have).
days=7300

mode="${1:-new}"
case "$mode" in
new | --rfc) ;;
--check) exec "$python" make_test_data.py check . ;;
*)
    echo "usage: make-test-data.sh [--rfc | --check]" >&2
    exit 64
    ;;
esac

stage=$(mktemp -d "${TMPDIR:-/tmp}/jwkman-test-data.XXXXXX")
trap 'rm -rf "$stage"' EXIT
out="$stage/pem/valid"
mkdir -p "$out"

if [[ "$mode" == "--rfc" ]]; then
    cp pem/valid/*.pem "$out/"
else
    work="$stage/work"
    mkdir -p "$work"
    ossl() { openssl "$@" 2>"$work/last-error" || { cat "$work/last-error" >&2 && return 1; }; }

    # RSA 2048: PKCS#8, PKCS#1, encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), the legacy OpenSSL
    # encryption of PKCS#1 (Proc-Type/DEK-Info), SPKI, PKCS#1 public.
    ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/rsa2048_pkcs8_private.pem"
    ossl rsa -in "$out/rsa2048_pkcs8_private.pem" -traditional -out "$out/rsa2048_pkcs1_private.pem"
    ossl pkcs8 -topk8 -in "$out/rsa2048_pkcs8_private.pem" -v2 aes-256-cbc -v2prf hmacWithSHA256 \
        -passout "pass:$passphrase" -out "$out/rsa2048_pkcs8_encrypted.pem"
    ossl rsa -in "$out/rsa2048_pkcs8_private.pem" -traditional -aes256 -passout "pass:$passphrase" \
        -out "$out/rsa2048_pkcs1_encrypted_legacy.pem"
    ossl pkey -in "$out/rsa2048_pkcs8_private.pem" -pubout -out "$out/rsa2048_spki_public.pem"
    ossl rsa -in "$out/rsa2048_pkcs8_private.pem" -RSAPublicKey_out -out "$out/rsa2048_pkcs1_public.pem"

    # EC P-256, P-384, P-521: PKCS#8, SEC1 (named curve, with the public key), SPKI.
    for bits in 256 384 521; do
        key="$out/ec_p${bits}_pkcs8_private.pem"
        ossl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:P-$bits" -pkeyopt ec_param_enc:named_curve -out "$key"
        ossl ec -in "$key" -out "$out/ec_p${bits}_sec1_private.pem"
        ossl pkey -in "$key" -pubout -out "$out/ec_p${bits}_spki_public.pem"
    done

    # Ed25519 and X25519: PKCS#8, SPKI.
    for alg in ed25519 x25519; do
        ossl genpkey -algorithm "$alg" -out "$out/${alg}_pkcs8_private.pem"
        ossl pkey -in "$out/${alg}_pkcs8_private.pem" -pubout -out "$out/${alg}_spki_public.pem"
    done

    # Certificates: extensions from this file only (not the system's openssl.cnf).
    cat >"$work/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
[dn]
[self]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
basicConstraints = critical, CA:TRUE
[ca]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
[leaf]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
    serial() { echo "0x$(openssl rand -hex 16)"; }

    # A self-signed RSA 2048 certificate and its key (PKCS#8).
    ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/selfsigned_rsa2048_key.pem"
    ossl req -new -x509 -config "$work/openssl.cnf" -extensions self -key "$out/selfsigned_rsa2048_key.pem" \
        -subj "/CN=jwkman test self-signed" -set_serial "$(serial)" -days "$days" -sha256 \
        -out "$out/selfsigned_rsa2048_cert.pem"

    # A P-384 CA and a P-256 leaf it signed; their keys (PKCS#8); the chain, leaf first.
    ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$out/chain_ca_p384_key.pem"
    ossl req -new -x509 -config "$work/openssl.cnf" -extensions ca -key "$out/chain_ca_p384_key.pem" \
        -subj "/CN=jwkman test CA" -set_serial "$(serial)" -days "$days" -sha384 -out "$out/chain_ca_p384_cert.pem"
    ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out/chain_leaf_p256_key.pem"
    ossl req -new -config "$work/openssl.cnf" -key "$out/chain_leaf_p256_key.pem" -subj "/CN=jwkman test leaf" \
        -out "$work/leaf.csr"
    ossl x509 -req -in "$work/leaf.csr" -CA "$out/chain_ca_p384_cert.pem" -CAkey "$out/chain_ca_p384_key.pem" \
        -set_serial "$(serial)" -days "$days" -sha384 -extfile "$work/openssl.cnf" -extensions leaf \
        -out "$out/chain_leaf_p256_cert.pem"
    cat "$out/chain_leaf_p256_cert.pem" "$out/chain_ca_p384_cert.pem" >"$out/chain_2certs_leaf_then_ca.pem"

    # Four keys in one file: RSA PKCS#8 private, EC P-256 SPKI, Ed25519 PKCS#8 private, EC P-384 SEC1 private.
    cat "$out/rsa2048_pkcs8_private.pem" "$out/ec_p256_spki_public.pem" "$out/ed25519_pkcs8_private.pem" \
        "$out/ec_p384_sec1_private.pem" >"$out/bundle_4_keys.pem"
    rm -rf "$work"
fi

# rfc/, pem/expected.json and every check; then the staged files replace rfc/ and pem/.
"$python" make_test_data.py write "$stage"
chmod 644 "$out"/*.pem
rm -rf rfc pem
mv "$stage/rfc" "$stage/pem" .
"$python" make_test_data.py check .
