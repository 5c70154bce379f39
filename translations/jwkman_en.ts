<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileDialog</name>
    <message>
        <source>JWK Manager stores (*.sqlite);;All files (*)</source>
        <translation>JWK Manager stores (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>jwk::AboutDialog</name>
    <message>
        <source>JWK Manager %1
Qt %2 (built with %3)
%4</source>
        <translation>JWK Manager %1
Qt %2 (built with %3)
%4</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Store: %1
System secret: %2</source>
        <translation>Store: %1
System secret: %2</translation>
    </message>
    <message>
        <source>About JWK Manager</source>
        <translation>About JWK Manager</translation>
    </message>
    <message>
        <source>JWK Manager</source>
        <translation>JWK Manager</translation>
    </message>
    <message>
        <source>Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra keeps them.</source>
        <translation>Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra keeps them.</translation>
    </message>
    <message>
        <source>System secret</source>
        <translation>System secret</translation>
    </message>
    <message>
        <source>Show System Secret…</source>
        <translation>Show System Secret…</translation>
    </message>
    <message>
        <source>Show the system secret for a backup</source>
        <translation>Show the system secret for a backup</translation>
    </message>
    <message>
        <source>Show the System Secret</source>
        <translation>Show the System Secret</translation>
    </message>
    <message>
        <source>The system secret decrypts every key in this store. Show it now to keep a backup in a safe place? Anyone who sees it and has a copy of the store can read your private keys.</source>
        <translation>The system secret decrypts every key in this store. Show it now to keep a backup in a safe place? Anyone who sees it and has a copy of the store can read your private keys.</translation>
    </message>
</context>
<context>
    <name>jwk::AlgorithmModel</name>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature</source>
        <translation>RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature</translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-384</source>
        <translation>RSASSA-PKCS1-v1_5 with SHA-384</translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-512</source>
        <translation>RSASSA-PKCS1-v1_5 with SHA-512</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-256: the modern RSA signature</source>
        <translation>RSASSA-PSS with SHA-256: the modern RSA signature</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-384</source>
        <translation>RSASSA-PSS with SHA-384</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-512</source>
        <translation>RSASSA-PSS with SHA-512</translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)</source>
        <translation>RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)</translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-256: key encryption for JWE</source>
        <translation>RSAES-OAEP with SHA-256: key encryption for JWE</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement for JWE, direct</source>
        <translation>ECDH-ES key agreement for JWE, direct</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-128 key wrap</source>
        <translation>ECDH-ES key agreement with AES-128 key wrap</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-192 key wrap</source>
        <translation>ECDH-ES key agreement with AES-192 key wrap</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-256 key wrap</source>
        <translation>ECDH-ES key agreement with AES-256 key wrap</translation>
    </message>
    <message>
        <source>HMAC with SHA-256: a shared secret for JWS</source>
        <translation>HMAC with SHA-256: a shared secret for JWS</translation>
    </message>
    <message>
        <source>HMAC with SHA-384</source>
        <translation>HMAC with SHA-384</translation>
    </message>
    <message>
        <source>HMAC with SHA-512</source>
        <translation>HMAC with SHA-512</translation>
    </message>
    <message>
        <source>AES-128 key wrap for JWE</source>
        <translation>AES-128 key wrap for JWE</translation>
    </message>
    <message>
        <source>AES-192 key wrap for JWE</source>
        <translation>AES-192 key wrap for JWE</translation>
    </message>
    <message>
        <source>AES-256 key wrap for JWE</source>
        <translation>AES-256 key wrap for JWE</translation>
    </message>
    <message>
        <source>AES-128-GCM content encryption (or A128GCMKW key wrap)</source>
        <translation>AES-128-GCM content encryption (or A128GCMKW key wrap)</translation>
    </message>
    <message>
        <source>AES-192-GCM content encryption</source>
        <translation>AES-192-GCM content encryption</translation>
    </message>
    <message>
        <source>AES-256-GCM content encryption</source>
        <translation>AES-256-GCM content encryption</translation>
    </message>
    <message>
        <source>A shared content-encryption key used directly (size follows the "enc" in use)</source>
        <translation>A shared content-encryption key used directly (size follows the "enc" in use)</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bits</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <source>OKP %1</source>
        <translation>OKP %1</translation>
    </message>
    <message>
        <source>Symmetric, %1 bits</source>
        <translation>Symmetric, %1 bits</translation>
    </message>
    <message>
        <source>%1
Ory Hydra can generate keys for this algorithm too.</source>
        <translation>%1
Ory Hydra can generate keys for this algorithm too.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>What it is for</translation>
    </message>
    <message>
        <source>ECDSA on P-256 with SHA-256: small, fast signatures</source>
        <translation>ECDSA on P-256 with SHA-256: small, fast signatures</translation>
    </message>
    <message>
        <source>ECDSA on P-384 with SHA-384</source>
        <translation>ECDSA on P-384 with SHA-384</translation>
    </message>
    <message>
        <source>ECDSA on P-521 with SHA-512</source>
        <translation>ECDSA on P-521 with SHA-512</translation>
    </message>
    <message>
        <source>EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448</source>
        <translation>EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448</translation>
    </message>
    <message>
        <source>EdDSA on Ed25519, fully specified (RFC 9864)</source>
        <translation>EdDSA on Ed25519, fully specified (RFC 9864)</translation>
    </message>
    <message>
        <source>EdDSA on Ed448, fully specified (RFC 9864)</source>
        <translation>EdDSA on Ed448, fully specified (RFC 9864)</translation>
    </message>
</context>
<context>
    <name>jwk::Algorithms</name>
    <message>
        <source>"%1" is not a JOSE algorithm JWK Manager knows</source>
        <translation>"%1" is not a JOSE algorithm JWK Manager knows</translation>
    </message>
    <message>
        <source>%1 needs a %2 key, not %3</source>
        <translation>%1 needs a %2 key, not %3</translation>
    </message>
    <message>
        <source>%1 needs curve %2, not %3</source>
        <translation>%1 needs curve %2, not %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 needs a %2-bit key, not %3 bits</source>
        <translation>%1 needs a %2-bit key, not %3 bits</translation>
    </message>
    <message>
        <source>%1 needs a at least %2-bit key, not %3 bits</source>
        <translation>%1 needs a at least %2-bit key, not %3 bits</translation>
    </message>
</context>
<context>
    <name>jwk::Certificate</name>
    <message>
        <source>the data is not a DER X.509 certificate</source>
        <translation>the data is not a DER X.509 certificate</translation>
    </message>
    <message>
        <source>could not make the certificate (%1): %2</source>
        <translation>could not make the certificate (%1): %2</translation>
    </message>
</context>
<context>
    <name>jwk::CertificateChainModel</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>not signed by the next certificate</source>
        <translation>not signed by the next certificate</translation>
    </message>
    <message>
        <source>valid, self-signed</source>
        <translation>valid, self-signed</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>jwk::CustomHeaders</name>
    <message>
        <source>a header has no name: write it as "Name: value"</source>
        <translation>a header has no name: write it as "Name: value"</translation>
    </message>
    <message>
        <source>the header name "%1" has a character a header name cannot have (letters, digits and !#$%&amp;'*+-.^_`|~ only)</source>
        <translation>the header name "%1" has a character a header name cannot have (letters, digits and !#$%&amp;'*+-.^_`|~ only)</translation>
    </message>
    <message>
        <source>the header %1 cannot be set as a custom header: give the bearer token as the token (jwkman-cli: --token-file FILE)</source>
        <translation>the header %1 cannot be set as a custom header: give the bearer token as the token (jwkman-cli: --token-file FILE)</translation>
    </message>
    <message>
        <source>the header %1 cannot be set as a custom header: the client sets it itself</source>
        <translation>the header %1 cannot be set as a custom header: the client sets it itself</translation>
    </message>
    <message>
        <source>the value of the header %1 has a control character (%2): a header value is one line of text</source>
        <translation>the value of the header %1 has a control character (%2): a header value is one line of text</translation>
    </message>
    <message>
        <source>a header is written as "Name: value"; this one has no name before a colon</source>
        <translation>a header is written as "Name: value"; this one has no name before a colon</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>jwk::EditKeyDialog</name>
    <message>
        <source>Edit Key</source>
        <translation>Edit Key</translation>
    </message>
    <message>
        <source>Key %1 (%2) in set %3</source>
        <translation>Key %1 (%2) in set %3</translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation>Key &amp;ID (kid):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Algorithm (alg):</source>
        <translation>&amp;Algorithm (alg):</translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation>sig (signatures)</translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation>enc (encryption)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Use:</translation>
    </message>
    <message>
        <source>The key ID must not be empty.</source>
        <translation>The key ID must not be empty.</translation>
    </message>
    <message>
        <source>The key ID must not contain control characters.</source>
        <translation>The key ID must not contain control characters.</translation>
    </message>
    <message>
        <source>Key set %1 has a key with this ID already.</source>
        <translation>Key set %1 has a key with this ID already.</translation>
    </message>
    <message>
        <source>%1 does not fit this key: %2</source>
        <translation>%1 does not fit this key: %2</translation>
    </message>
    <message>
        <source>%1 is an algorithm for “%2”, not “%3”.</source>
        <translation>%1 is an algorithm for “%2”, not “%3”.</translation>
    </message>
</context>
<context>
    <name>jwk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Include private keys</source>
        <translation>&amp;Include private keys</translation>
    </message>
    <message>
        <source>Write the private key material too. The file is readable by you only.</source>
        <translation>Write the private key material too. The file is readable by you only.</translation>
    </message>
    <message>
        <source>Only public keys are stored for this selection</source>
        <translation>Only public keys are stored for this selection</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export Private Keys?</source>
        <translation>Export Private Keys?</translation>
    </message>
    <message>
        <source>The file will hold private key material: anyone who reads it can sign or decrypt as you. It is written readable by you only. Export the private keys?</source>
        <translation>The file will hold private key material: anyone who reads it can sign or decrypt as you. It is written readable by you only. Export the private keys?</translation>
    </message>
    <message>
        <source>Include Private Keys</source>
        <translation>Include Private Keys</translation>
    </message>
    <message>
        <source>several keys go into a JWK Set</source>
        <translation>several keys go into a JWK Set</translation>
    </message>
    <message>
        <source>a symmetric key has only JWK forms</source>
        <translation>a symmetric key has only JWK forms</translation>
    </message>
    <message>
        <source>Private key material will be written. The file gets owner-only permissions (0600).</source>
        <translation>Private key material will be written. The file gets owner-only permissions (0600).</translation>
    </message>
    <message>
        <source>Only public keys will be written.</source>
        <translation>Only public keys will be written.</translation>
    </message>
    <message>
        <source>a symmetric key has no PEM or DER form</source>
        <translation>a symmetric key has no PEM or DER form</translation>
    </message>
    <message>
        <source>PKCS#1 holds RSA keys only</source>
        <translation>PKCS#1 holds RSA keys only</translation>
    </message>
    <message>
        <source>SEC1 holds EC keys only</source>
        <translation>SEC1 holds EC keys only</translation>
    </message>
</context>
<context>
    <name>jwk::FindingModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>jwk::FirstRunWidget</name>
    <message>
        <source>Your key store is empty</source>
        <translation>Your key store is empty</translation>
    </message>
    <message>
        <source>Keys live in key sets, as in Ory Hydra. Start with one of these:</source>
        <translation>Keys live in key sets, as in Ory Hydra. Start with one of these:</translation>
    </message>
    <message>
        <source>Create Hydra's default key sets</source>
        <translation>Create Hydra's default key sets</translation>
    </message>
    <message>
        <source>hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key</source>
        <translation>hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>Import keys</translation>
    </message>
    <message>
        <source>PEM, DER, JWK or JWK Set files, and certificates</source>
        <translation>PEM, DER, JWK or JWK Set files, and certificates</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Generate a key</translation>
    </message>
    <message>
        <source>RSA, EC, EdDSA or a symmetric key for any JOSE algorithm</source>
        <translation>RSA, EC, EdDSA or a symmetric key for any JOSE algorithm</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
</context>
<context>
    <name>jwk::FormatLabels</name>
    <message>
        <source>JWK (public key)</source>
        <translation>JWK (public key)</translation>
    </message>
    <message>
        <source>JWK (with private key)</source>
        <translation>JWK (with private key)</translation>
    </message>
    <message>
        <source>JWK Set (public keys)</source>
        <translation>JWK Set (public keys)</translation>
    </message>
    <message>
        <source>JWK Set (with private keys)</source>
        <translation>JWK Set (with private keys)</translation>
    </message>
    <message>
        <source>SPKI PEM (public key)</source>
        <translation>SPKI PEM (public key)</translation>
    </message>
    <message>
        <source>PKCS#8 PEM (private key)</source>
        <translation>PKCS#8 PEM (private key)</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 PEM (private key, passphrase)</source>
        <translation>Encrypted PKCS#8 PEM (private key, passphrase)</translation>
    </message>
    <message>
        <source>PKCS#1 PEM (RSA private key)</source>
        <translation>PKCS#1 PEM (RSA private key)</translation>
    </message>
    <message>
        <source>PKCS#1 PEM (RSA public key)</source>
        <translation>PKCS#1 PEM (RSA public key)</translation>
    </message>
    <message>
        <source>SEC1 PEM (EC private key)</source>
        <translation>SEC1 PEM (EC private key)</translation>
    </message>
    <message>
        <source>SPKI DER (public key)</source>
        <translation>SPKI DER (public key)</translation>
    </message>
    <message>
        <source>PKCS#8 DER (private key)</source>
        <translation>PKCS#8 DER (private key)</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 DER (private key, passphrase)</source>
        <translation>Encrypted PKCS#8 DER (private key, passphrase)</translation>
    </message>
    <message>
        <source>PKCS#1 DER (RSA private key)</source>
        <translation>PKCS#1 DER (RSA private key)</translation>
    </message>
    <message>
        <source>PKCS#1 DER (RSA public key)</source>
        <translation>PKCS#1 DER (RSA public key)</translation>
    </message>
    <message>
        <source>SEC1 DER (EC private key)</source>
        <translation>SEC1 DER (EC private key)</translation>
    </message>
</context>
<context>
    <name>jwk::GenerateKeyDialog</name>
    <message>
        <source>Generate Key</source>
        <translation>Generate Key</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithm:</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Thumbprint</source>
        <translation>&amp;Thumbprint</translation>
    </message>
    <message>
        <source>The key's RFC 7638 thumbprint: the same key always gets the same kid</source>
        <translation>The key's RFC 7638 thumbprint: the same key always gets the same kid</translation>
    </message>
    <message>
        <source>&amp;UUID</source>
        <translation>&amp;UUID</translation>
    </message>
    <message>
        <source>A random UUID, as Ory Hydra makes them</source>
        <translation>A random UUID, as Ory Hydra makes them</translation>
    </message>
    <message>
        <source>&amp;Own:</source>
        <translation>&amp;Own:</translation>
    </message>
    <message>
        <source>Own key ID</source>
        <translation>Own key ID</translation>
    </message>
    <message>
        <source>Key ID (kid):</source>
        <translation>Key ID (kid):</translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation>sig (signatures)</translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation>enc (encryption)</translation>
    </message>
    <message>
        <source>none (leave out “use”)</source>
        <translation>none (leave out “use”)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Use:</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>A new name creates the set</source>
        <translation>A new name creates the set</translation>
    </message>
    <message>
        <source>Key s&amp;et:</source>
        <translation>Key s&amp;et:</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>Generation progress</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message numerus="yes">
        <source>Searching for primes… (%n candidate(s) tested)</source>
        <translation><numerusform>Searching for primes… (%n candidate tested)</numerusform><numerusform>Searching for primes… (%n candidates tested)</numerusform></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The key could not be generated: %1</source>
        <translation>The key could not be generated: %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation>&amp;Curve:</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Key size</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Curve</translation>
    </message>
    <message>
        <source>Choose an algorithm.</source>
        <translation>Choose an algorithm.</translation>
    </message>
    <message>
        <source>Name the key set to put the key in.</source>
        <translation>Name the key set to put the key in.</translation>
    </message>
    <message>
        <source>Enter the key ID, or let it be the thumbprint or a UUID.</source>
        <translation>Enter the key ID, or let it be the thumbprint or a UUID.</translation>
    </message>
    <message>
        <source>Generating an RSA key of %1 bits. This can take a few seconds…</source>
        <translation>Generating an RSA key of %1 bits. This can take a few seconds…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>jwk::HydraAdminClient</name>
    <message>
        <source>the %1 is empty: Hydra's admin API cannot address it</source>
        <translation>the %1 is empty: Hydra's admin API cannot address it</translation>
    </message>
    <message>
        <source>the %1 "%2" cannot be addressed in Hydra's URL paths (it names another resource after URL normalisation)</source>
        <translation>the %1 "%2" cannot be addressed in Hydra's URL paths (it names another resource after URL normalisation)</translation>
    </message>
    <message>
        <source>key set name</source>
        <translation>key set name</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the answer is not %3: %4</source>
        <translation>%1: HTTP %2, but the answer is not %3: %4</translation>
    </message>
    <message>
        <source>a JWK Set</source>
        <translation>a JWK Set</translation>
    </message>
    <message>
        <source>a JWK</source>
        <translation>a JWK</translation>
    </message>
    <message>
        <source>; Hydra says: %1</source>
        <translation>; Hydra says: %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3: the server redirects to %4; give the admin URL that answers directly</source>
        <translation>%1: HTTP %2 %3: the server redirects to %4; give the admin URL that answers directly</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source> (%1 attempts)</source>
        <translation> (%1 attempts)</translation>
    </message>
    <message>
        <source>%1: the answer grew past %2 MiB and was cut off; no key set is that large, so the server (or something in between) is misbehaving</source>
        <translation>%1: the answer grew past %2 MiB and was cut off; no key set is that large, so the server (or something in between) is misbehaving</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s%3</source>
        <translation>%1: no answer within %2 s%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the connection broke off before the whole answer arrived: %3%4</source>
        <translation>%1: HTTP %2, but the connection broke off before the whole answer arrived: %3%4</translation>
    </message>
    <message>
        <source>%1: could not reach the server: %2%3</source>
        <translation>%1: could not reach the server: %2%3</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (after %1 attempts)</translation>
    </message>
    <message>
        <source>the extra CA certificates of remote "%1" are not PEM certificates</source>
        <translation>the extra CA certificates of remote "%1" are not PEM certificates</translation>
    </message>
    <message>
        <source>the client certificate or key of remote "%1" cannot be read (PEM, RSA or EC)</source>
        <translation>the client certificate or key of remote "%1" cannot be read (PEM, RSA or EC)</translation>
    </message>
    <message>
        <source>. If the server requires a client certificate, it may not accept this one: check that a CA the server trusts issued it</source>
        <translation>. If the server requires a client certificate, it may not accept this one: check that a CA the server trusts issued it</translation>
    </message>
    <message>
        <source>the client key of remote "%1" does not belong to its client certificate</source>
        <translation>the client key of remote "%1" does not belong to its client certificate</translation>
    </message>
    <message>
        <source>%1: the TLS connection failed: %2. If the server uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)</source>
        <translation>%1: the TLS connection failed: %2. If the server uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)</translation>
    </message>
    <message>
        <source>. If the server requires a client certificate (mutual TLS), add one to the remote (Client certificate and key; jwkman-cli: --client-cert FILE --client-key FILE)</source>
        <translation>. If the server requires a client certificate (mutual TLS), add one to the remote (Client certificate and key; jwkman-cli: --client-cert FILE --client-key FILE)</translation>
    </message>
    <message>
        <source>%1: the server announced an answer of %2 bytes, more than the %3 MiB allowed, and it was refused unread; no key set is that large, so the server (or something in between) is misbehaving</source>
        <translation>%1: the server announced an answer of %2 bytes, more than the %3 MiB allowed, and it was refused unread; no key set is that large, so the server (or something in between) is misbehaving</translation>
    </message>
    <message>
        <source>an unreadable number of</source>
        <translation>an unreadable number of</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the whole answer did not arrive within %3 s (%4 bytes came); the server or the network is too slow: try again, or give a longer time-out%5</source>
        <translation>%1: HTTP %2, but the whole answer did not arrive within %3 s (%4 bytes came); the server or the network is too slow: try again, or give a longer time-out%5</translation>
    </message>
    <message>
        <source>%1: not sent: %2; correct the custom headers of the remote</source>
        <translation>%1: not sent: %2; correct the custom headers of the remote</translation>
    </message>
</context>
<context>
    <name>jwk::HydraDefaults</name>
    <message>
        <source>key set "%1" is in the trash; restore it or empty the trash before making Hydra's default sets. Nothing was generated.</source>
        <translation>key set "%1" is in the trash; restore it or empty the trash before making Hydra's default sets. Nothing was generated.</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>key generation was cancelled</translation>
    </message>
    <message>
        <source>generating RSA 4096 for %1</source>
        <translation>generating RSA 4096 for %1</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>generated %1</translation>
    </message>
</context>
<context>
    <name>jwk::ImportSummaryDialog</name>
    <message>
        <source>No key was imported</source>
        <translation>No key was imported</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s) into %1</source>
        <translation><numerusform>Imported %n key into %1</numerusform><numerusform>Imported %n keys into %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation><numerusform>%n skipped as duplicate</numerusform><numerusform>%n skipped as duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>Import Summary</source>
        <translation>Import Summary</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Import details</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
    <message>
        <source>Skipped: already in the set (%1)</source>
        <translation>Skipped: already in the set (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Failed (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>jwk::JsonWebKey</name>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>member "%1" is missing</source>
        <translation>member "%1" is missing</translation>
    </message>
    <message>
        <source>member "%1" must be a string, not %2</source>
        <translation>member "%1" must be a string, not %2</translation>
    </message>
    <message>
        <source>member "%1" is not base64url without padding</source>
        <translation>member "%1" is not base64url without padding</translation>
    </message>
    <message>
        <source>member "%1" is empty</source>
        <translation>member "%1" is empty</translation>
    </message>
    <message>
        <source>member "%1" has a leading zero octet; RFC 7518 requires the minimum number of octets</source>
        <translation>member "%1" has a leading zero octet; RFC 7518 requires the minimum number of octets</translation>
    </message>
    <message>
        <source>member "key_ops" must be an array of strings, not %1</source>
        <translation>member "key_ops" must be an array of strings, not %1</translation>
    </message>
    <message>
        <source>member "key_ops" must contain only strings</source>
        <translation>member "key_ops" must contain only strings</translation>
    </message>
    <message>
        <source>member "key_ops" lists "%1" twice</source>
        <translation>member "key_ops" lists "%1" twice</translation>
    </message>
    <message>
        <source>member "x5c" cannot belong to an oct key</source>
        <translation>member "x5c" cannot belong to an oct key</translation>
    </message>
    <message>
        <source>member "x5c" must be a non-empty array of base64 certificates</source>
        <translation>member "x5c" must be a non-empty array of base64 certificates</translation>
    </message>
    <message>
        <source>member "x5c" entry %1 is not standard base64 (RFC 7517 §4.7)</source>
        <translation>member "x5c" entry %1 is not standard base64 (RFC 7517 §4.7)</translation>
    </message>
    <message>
        <source>member "%1" must be %2 octets, not %3</source>
        <translation>member "%1" must be %2 octets, not %3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>member "%1" occurs twice in one object: a JWK must name each member once</source>
        <translation>member "%1" occurs twice in one object: a JWK must name each member once</translation>
    </message>
    <message>
        <source>a JWK must be a JSON object</source>
        <translation>a JWK must be a JSON object</translation>
    </message>
    <message>
        <source>multi-prime RSA keys (member "oth") are not supported</source>
        <translation>multi-prime RSA keys (member "oth") are not supported</translation>
    </message>
    <message>
        <source>member "kty" is empty</source>
        <translation>member "kty" is empty</translation>
    </message>
    <message>
        <source>member "kty": key type "%1" is not supported (RSA, EC, OKP and oct are)</source>
        <translation>member "kty": key type "%1" is not supported (RSA, EC, OKP and oct are)</translation>
    </message>
    <message>
        <source>member "%1" does not belong to a key of kty %2</source>
        <translation>member "%1" does not belong to a key of kty %2</translation>
    </message>
    <message>
        <source>member "d" is missing but other private RSA members are present</source>
        <translation>member "d" is missing but other private RSA members are present</translation>
    </message>
    <message>
        <source>member "%1" is missing: RFC 7518 §6.3.2 requires all of p, q, dp, dq and qi when any of them is present</source>
        <translation>member "%1" is missing: RFC 7518 §6.3.2 requires all of p, q, dp, dq and qi when any of them is present</translation>
    </message>
    <message>
        <source>member "n": an RSA modulus must be odd</source>
        <translation>member "n": an RSA modulus must be odd</translation>
    </message>
    <message>
        <source>member "crv": curve "%1" is not supported for kty %2 (%3)</source>
        <translation>member "crv": curve "%1" is not supported for kty %2 (%3)</translation>
    </message>
    <message>
        <source>P-256, P-384 and P-521 are</source>
        <translation>P-256, P-384 and P-521 are</translation>
    </message>
    <message>
        <source>Ed25519, Ed448, X25519 and X448 are</source>
        <translation>Ed25519, Ed448, X25519 and X448 are</translation>
    </message>
    <message>
        <source>member "%1" must be %2 octets for %3, not %4</source>
        <translation>member "%1" must be %2 octets for %3, not %4</translation>
    </message>
    <message>
        <source>member "d" must be %1 octets for %2, not %3</source>
        <translation>member "d" must be %1 octets for %2, not %3</translation>
    </message>
    <message>
        <source>member "k" is missing</source>
        <translation>member "k" is missing</translation>
    </message>
    <message>
        <source>member "%1" is key material and cannot be set on its own</source>
        <translation>member "%1" is key material and cannot be set on its own</translation>
    </message>
    <message>
        <source>member "%1" is key material and cannot be removed on its own</source>
        <translation>member "%1" is key material and cannot be removed on its own</translation>
    </message>
    <message>
        <source>an oct key is symmetric: it has no public form</source>
        <translation>an oct key is symmetric: it has no public form</translation>
    </message>
    <message>
        <source>the digest for the thumbprint is unavailable</source>
        <translation>the digest for the thumbprint is unavailable</translation>
    </message>
    <message>
        <source>member "%1" (%2 octets) is not below the modulus "n" (%3 octets): it cannot belong to this RSA key</source>
        <translation>member "%1" (%2 octets) is not below the modulus "n" (%3 octets): it cannot belong to this RSA key</translation>
    </message>
</context>
<context>
    <name>jwk::JsonWebKeySet</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>member "%1" occurs twice in one object: a JWK must name each member once</source>
        <translation>member "%1" occurs twice in one object: a JWK must name each member once</translation>
    </message>
    <message>
        <source>a JWK Set must be a JSON object with a "keys" array</source>
        <translation>a JWK Set must be a JSON object with a "keys" array</translation>
    </message>
    <message>
        <source>member "keys" is missing: a JWK Set holds its keys in a "keys" array</source>
        <translation>member "keys" is missing: a JWK Set holds its keys in a "keys" array</translation>
    </message>
    <message>
        <source>member "keys" must be an array</source>
        <translation>member "keys" must be an array</translation>
    </message>
    <message>
        <source>keys[%1]: a JWK must be a JSON object</source>
        <translation>keys[%1]: a JWK must be a JSON object</translation>
    </message>
    <message>
        <source>keys[%1] skipped: %2</source>
        <translation>keys[%1] skipped: %2</translation>
    </message>
    <message>
        <source>keys[%1]: %2</source>
        <translation>keys[%1]: %2</translation>
    </message>
    <message>
        <source>kid "%1" is used by more than one key in the set</source>
        <translation>kid "%1" is used by more than one key in the set</translation>
    </message>
</context>
<context>
    <name>jwk::KeyAdmission</name>
    <message>
        <source>the kid has %1 characters; at most 255 are stored (as in Hydra)</source>
        <translation>the kid has %1 characters; at most 255 are stored (as in Hydra)</translation>
    </message>
    <message>
        <source>the kid contains a control character (U+%1)</source>
        <translation>the kid contains a control character (U+%1)</translation>
    </message>
</context>
<context>
    <name>jwk::KeyDetailsWidget</name>
    <message>
        <source>Select a key to see it here.</source>
        <translation>Select a key to see it here.</translation>
    </message>
    <message>
        <source>Show &amp;private</source>
        <translation>Show &amp;private</translation>
    </message>
    <message>
        <source>Show private key material</source>
        <translation>Show private key material</translation>
    </message>
    <message>
        <source>Decrypt the key and show its private members until another key is selected</source>
        <translation>Decrypt the key and show its private members until another key is selected</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Key details</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the JWK as shown</source>
        <translation>Copy the JWK as shown</translation>
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation>JSON Web Key</translation>
    </message>
    <message>
        <source>&amp;JWK</source>
        <translation>&amp;JWK</translation>
    </message>
    <message>
        <source>private JWK</source>
        <translation>private JWK</translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation>public JWK</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PEM format</source>
        <translation>PEM format</translation>
    </message>
    <message>
        <source>Copy the PEM as shown</source>
        <translation>Copy the PEM as shown</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>P&amp;EM</source>
        <translation>P&amp;EM</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Subject alternative names:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>C&amp;hain (leaf first):</source>
        <translation>C&amp;hain (leaf first):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certificate chain</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>set %1</translation>
    </message>
    <message>
        <source>This key has no private part</source>
        <translation>This key has no private part</translation>
    </message>
    <message>
        <source>This key is encrypted under a system secret that is not configured</source>
        <translation>This key is encrypted under a system secret that is not configured</translation>
    </message>
    <message>
        <source>The key cannot be shown: %1</source>
        <translation>The key cannot be shown: %1</translation>
    </message>
    <message>
        <source>Private key shown. It is hidden again when you select another key.</source>
        <translation>Private key shown. It is hidden again when you select another key.</translation>
    </message>
    <message>
        <source>Public key. Use “Show private” to see the private members.</source>
        <translation>Public key. Use “Show private” to see the private members.</translation>
    </message>
    <message>
        <source>Public key.</source>
        <translation>Public key.</translation>
    </message>
    <message>
        <source>A symmetric key has no public form: its metadata is shown. Use “Show private” to see the secret.</source>
        <translation>A symmetric key has no public form: its metadata is shown. Use “Show private” to see the secret.</translation>
    </message>
    <message>
        <source>A symmetric key has no PEM form</source>
        <translation>A symmetric key has no PEM form</translation>
    </message>
    <message>
        <source>only the public key is stored</source>
        <translation>only the public key is stored</translation>
    </message>
    <message>
        <source>The private key is hidden. Use “Show private” to see it in this format.</source>
        <translation>The private key is hidden. Use “Show private” to see it in this format.</translation>
    </message>
    <message>
        <source>Only the public key is stored.</source>
        <translation>Only the public key is stored.</translation>
    </message>
    <message>
        <source>Not available for this key: %1</source>
        <translation>Not available for this key: %1</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No passphrase was given.</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>from %1
until %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A symmetric key is checked when it is shown with “Show private”.</source>
        <translation>A symmetric key is checked when it is shown with “Show private”.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Hide &amp;private</source>
        <translation>Hide &amp;private</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Private key shown; the audit log could not record it: %1</source>
        <translation>Private key shown; the audit log could not record it: %1</translation>
    </message>
</context>
<context>
    <name>jwk::KeyFileWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 was not written: it could not be made readable by you only (%2)</source>
        <translation>%1 was not written: it could not be made readable by you only (%2)</translation>
    </message>
    <message>
        <source>%1 was not written: it is a symbolic link, and JWK Manager does not write key files through links; give the path of the file itself or remove the link</source>
        <translation>%1 was not written: it is a symbolic link, and JWK Manager does not write key files through links; give the path of the file itself or remove the link</translation>
    </message>
    <message>
        <source>%1 was not written: it could not be made readable by all (%2)</source>
        <translation>%1 was not written: it could not be made readable by all (%2)</translation>
    </message>
</context>
<context>
    <name>jwk::KeyFormats</name>
    <message>
        <source>an oct key is symmetric: it has no PEM or DER form</source>
        <translation>an oct key is symmetric: it has no PEM or DER form</translation>
    </message>
    <message>
        <source>an oct key is symmetric: it has no public form</source>
        <translation>an oct key is symmetric: it has no public form</translation>
    </message>
    <message>
        <source>%1 needs the private key, and this key is public only</source>
        <translation>%1 needs the private key, and this key is public only</translation>
    </message>
    <message>
        <source>PKCS#1 holds RSA keys only; use SPKI or PKCS#8 for %1</source>
        <translation>PKCS#1 holds RSA keys only; use SPKI or PKCS#8 for %1</translation>
    </message>
    <message>
        <source>SEC1 holds EC private keys only; use PKCS#8 for %1</source>
        <translation>SEC1 holds EC private keys only; use PKCS#8 for %1</translation>
    </message>
    <message>
        <source>OpenSSL cannot write this key as %1 %2 (%3)</source>
        <translation>OpenSSL cannot write this key as %1 %2 (%3)</translation>
    </message>
    <message>
        <source>OpenSSL cannot write this key as PKCS#8 (%1)</source>
        <translation>OpenSSL cannot write this key as PKCS#8 (%1)</translation>
    </message>
    <message>
        <source>the key could not be encrypted (%1)</source>
        <translation>the key could not be encrypted (%1)</translation>
    </message>
    <message>
        <source>the encrypted key could not be written (%1)</source>
        <translation>the encrypted key could not be written (%1)</translation>
    </message>
    <message>
        <source>an encrypted export needs a passphrase</source>
        <translation>an encrypted export needs a passphrase</translation>
    </message>
    <message>
        <source>the passphrase is empty; an encrypted export needs a real one</source>
        <translation>the passphrase is empty; an encrypted export needs a real one</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>unknown export format</translation>
    </message>
</context>
<context>
    <name>jwk::KeyGenerator</name>
    <message>
        <source>OpenSSL cannot generate RSA %1 keys: %2</source>
        <translation>OpenSSL cannot generate RSA %1 keys: %2</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>key generation was cancelled</translation>
    </message>
    <message>
        <source>RSA key generation failed: %1</source>
        <translation>RSA key generation failed: %1</translation>
    </message>
    <message>
        <source>%1 key generation failed: %2</source>
        <translation>%1 key generation failed: %2</translation>
    </message>
    <message>
        <source>unknown algorithm "%1"; known: %2</source>
        <translation>unknown algorithm "%1"; known: %2</translation>
    </message>
    <message>
        <source>use must be "sig" or "enc", not "%1"</source>
        <translation>use must be "sig" or "enc", not "%1"</translation>
    </message>
    <message>
        <source>%1 takes no curve</source>
        <translation>%1 takes no curve</translation>
    </message>
    <message>
        <source>%1 uses curve %2: a size in bits does not apply</source>
        <translation>%1 uses curve %2: a size in bits does not apply</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused (asked for %1)</source>
        <translation>RSA keys under 2048 bits are refused (asked for %1)</translation>
    </message>
    <message>
        <source>RSA key size must be a multiple of 8 from 2048 to 16384, not %1</source>
        <translation>RSA key size must be a multiple of 8 from 2048 to 16384, not %1</translation>
    </message>
    <message>
        <source>%1 takes the curves %2, not "%3"</source>
        <translation>%1 takes the curves %2, not "%3"</translation>
    </message>
    <message>
        <source>%1 cannot use a %2-bit key (default %3)</source>
        <translation>%1 cannot use a %2-bit key (default %3)</translation>
    </message>
    <message>
        <source>the random number generator failed</source>
        <translation>the random number generator failed</translation>
    </message>
</context>
<context>
    <name>jwk::KeyImporter</name>
    <message>
        <source>PEM block %1 has a malformed BEGIN line</source>
        <translation>PEM block %1 has a malformed BEGIN line</translation>
    </message>
    <message>
        <source>PEM block %1 has an empty label</source>
        <translation>PEM block %1 has an empty label</translation>
    </message>
    <message>
        <source>PEM block %1 (%2) has no END line: the data is truncated</source>
        <translation>PEM block %1 (%2) has no END line: the data is truncated</translation>
    </message>
    <message>
        <source>PEM block %1 (%2) has a malformed END line: the data is truncated</source>
        <translation>PEM block %1 (%2) has a malformed END line: the data is truncated</translation>
    </message>
    <message>
        <source>PEM block %1 begins as "%2" but ends as "%3"</source>
        <translation>PEM block %1 begins as "%2" but ends as "%3"</translation>
    </message>
    <message>
        <source>%1, block %2 (%3)</source>
        <translation>%1, block %2 (%3)</translation>
    </message>
    <message>
        <source>the input is %1 MiB; JWK Manager reads at most %2 MiB of key material</source>
        <translation>the input is %1 MiB; JWK Manager reads at most %2 MiB of key material</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>the input is empty</translation>
    </message>
    <message>
        <source>not a key: expected a JWK or JWK Set (JSON), PEM or DER</source>
        <translation>not a key: expected a JWK or JWK Set (JSON), PEM or DER</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>member "%1" occurs twice in one object: a JWK must name each member once</source>
        <translation>member "%1" occurs twice in one object: a JWK must name each member once</translation>
    </message>
    <message>
        <source>%1, keys[%2]</source>
        <translation>%1, keys[%2]</translation>
    </message>
    <message>
        <source>the JWK Set holds no keys</source>
        <translation>the JWK Set holds no keys</translation>
    </message>
    <message>
        <source>the JWK Set holds no usable key (%1)</source>
        <translation>the JWK Set holds no usable key (%1)</translation>
    </message>
    <message>
        <source>the block is labelled "%1" but does not hold that structure</source>
        <translation>the block is labelled "%1" but does not hold that structure</translation>
    </message>
    <message>
        <source>%1 is not a JOSE key type; convert it to PKCS#8 first</source>
        <translation>%1 is not a JOSE key type; convert it to PKCS#8 first</translation>
    </message>
    <message>
        <source>a PEM block labelled "%1" is not a key or a certificate</source>
        <translation>a PEM block labelled "%1" is not a key or a certificate</translation>
    </message>
    <message>
        <source>no PEM block found</source>
        <translation>no PEM block found</translation>
    </message>
    <message>
        <source>the certificate could not be decoded (%1)</source>
        <translation>the certificate could not be decoded (%1)</translation>
    </message>
    <message>
        <source>the key could not be decoded%1: the data is corrupt or truncated</source>
        <translation>the key could not be decoded%1: the data is corrupt or truncated</translation>
    </message>
    <message>
        <source>the key is encrypted and no passphrase was given</source>
        <translation>the key is encrypted and no passphrase was given</translation>
    </message>
    <message>
        <source>wrong passphrase: the key could not be decrypted</source>
        <translation>wrong passphrase: the key could not be decrypted</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation>standard input could not be read</translation>
    </message>
    <message>
        <source>is a folder, not a key file</source>
        <translation>is a folder, not a key file</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is %1 MiB; JWK Manager reads at most %2 MiB of key material</source>
        <translation>is %1 MiB; JWK Manager reads at most %2 MiB of key material</translation>
    </message>
    <message>
        <source>the encrypted key is damaged: its encryption parameters cannot be read</source>
        <translation>the encrypted key is damaged: its encryption parameters cannot be read</translation>
    </message>
    <message>
        <source>the key is encrypted with %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: re-encrypt the key with fewer (e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</source>
        <translation>the key is encrypted with %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: re-encrypt the key with fewer (e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</translation>
    </message>
    <message>
        <source>the encrypted key could not be decoded: the data is corrupt or truncated</source>
        <translation>the encrypted key could not be decoded: the data is corrupt or truncated</translation>
    </message>
</context>
<context>
    <name>jwk::KeyLint</name>
    <message>
        <source>RSA %1 is too small: use at least 2048 bits</source>
        <translation>RSA %1 is too small: use at least 2048 bits</translation>
    </message>
    <message>
        <source>RSA %1 is fine for short-lived keys; long-lived keys should have 3072 bits or more</source>
        <translation>RSA %1 is fine for short-lived keys; long-lived keys should have 3072 bits or more</translation>
    </message>
    <message>
        <source>no "kid": verifiers cannot pick this key out of a set</source>
        <translation>no "kid": verifiers cannot pick this key out of a set</translation>
    </message>
    <message>
        <source>no "alg": Hydra signs with the key's alg, and a key without one breaks signing</source>
        <translation>no "alg": Hydra signs with the key's alg, and a key without one breaks signing</translation>
    </message>
    <message>
        <source>"alg" does not fit the key: %1</source>
        <translation>"alg" does not fit the key: %1</translation>
    </message>
    <message>
        <source>"use" is "%1"; registered values are "sig" and "enc"</source>
        <translation>"use" is "%1"; registered values are "sig" and "enc"</translation>
    </message>
    <message>
        <source>"use": "%1" contradicts "key_ops" entry "%2" (RFC 7517 §4.3)</source>
        <translation>"use": "%1" contradicts "key_ops" entry "%2" (RFC 7517 §4.3)</translation>
    </message>
    <message>
        <source>the x5c leaf certificate</source>
        <translation>the x5c leaf certificate</translation>
    </message>
    <message>
        <source>x5c certificate %1</source>
        <translation>x5c certificate %1</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3</source>
        <translation>%1 (%2) expired on %3</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid before %3</source>
        <translation>%1 (%2) is not valid before %3</translation>
    </message>
    <message>
        <source>the x5c leaf certificate holds a different key than the JWK</source>
        <translation>the x5c leaf certificate holds a different key than the JWK</translation>
    </message>
    <message>
        <source>"x5t" is not the SHA-1 thumbprint of the x5c leaf certificate</source>
        <translation>"x5t" is not the SHA-1 thumbprint of the x5c leaf certificate</translation>
    </message>
    <message>
        <source>"x5t#S256" is not the SHA-256 thumbprint of the x5c leaf certificate</source>
        <translation>"x5t#S256" is not the SHA-256 thumbprint of the x5c leaf certificate</translation>
    </message>
    <message>
        <source>x5c certificate %1 did not issue the certificate before it</source>
        <translation>x5c certificate %1 did not issue the certificate before it</translation>
    </message>
    <message>
        <source>x5c entry %1 is not a usable certificate: %2</source>
        <translation>x5c entry %1 is not a usable certificate: %2</translation>
    </message>
    <message>
        <source>"use" is "%1" but %2 is for signatures</source>
        <translation>"use" is "%1" but %2 is for signatures</translation>
    </message>
    <message>
        <source>"use" is "%1" but %2 is for encryption</source>
        <translation>"use" is "%1" but %2 is for encryption</translation>
    </message>
</context>
<context>
    <name>jwk::KeyModel</name>
    <message>
        <source>signing</source>
        <translation>signing</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public only</source>
        <translation>public only</translation>
    </message>
    <message>
        <source>cannot decrypt</source>
        <translation>cannot decrypt</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256): %1</source>
        <translation>RFC 7638 thumbprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>The newest private key of the set: the one Hydra signs with</source>
        <translation>The newest private key of the set: the one Hydra signs with</translation>
    </message>
    <message>
        <source>A private key that is not the newest: Hydra publishes it but does not sign with it</source>
        <translation>A private key that is not the newest: Hydra publishes it but does not sign with it</translation>
    </message>
    <message>
        <source>Only the public key is stored</source>
        <translation>Only the public key is stored</translation>
    </message>
    <message>
        <source>Encrypted under a system secret that is not configured</source>
        <translation>Encrypted under a system secret that is not configured</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256), shortened</source>
        <translation>RFC 7638 thumbprint (SHA-256), shortened</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Key ID (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>The thumbprint of a symmetric key is a hash of its secret and is not shown</source>
        <translation>The thumbprint of a symmetric key is a hash of its secret and is not shown</translation>
    </message>
    <message>
        <source>Its stored facts were changed without the system secret: it is not used. Restore the store from a backup, or delete the key and import it again.</source>
        <translation>Its stored facts were changed without the system secret: it is not used. Restore the store from a backup, or delete the key and import it again.</translation>
    </message>
</context>
<context>
    <name>jwk::KeySetModel</name>
    <message>
        <source>All keys</source>
        <translation>All keys</translation>
    </message>
    <message numerus="yes">
        <source>%1, Hydra key set, %n key(s)</source>
        <translation><numerusform>%1, Hydra key set, %n key</numerusform><numerusform>%1, Hydra key set, %n keys</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n key(s)</source>
        <translation><numerusform>%1, %n key</numerusform><numerusform>%1, %n keys</numerusform></translation>
    </message>
    <message>
        <source>Every key of every set</source>
        <translation>Every key of every set</translation>
    </message>
    <message>
        <source>A key set Ory Hydra uses</source>
        <translation>A key set Ory Hydra uses</translation>
    </message>
    <message>
        <source>No private key: Hydra could not sign with this set</source>
        <translation>No private key: Hydra could not sign with this set</translation>
    </message>
    <message>
        <source>Signs with %1</source>
        <translation>Signs with %1</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>jwk::KeyStore</name>
    <message>
        <source>the system secret (%1) does not open the store %2: it was encrypted under another secret. Set SECRETS_SYSTEM=new,old with the secret the store was made with among the list (the first encrypts, all decrypt), then run `jwkman-cli rotate-secret` to move it to the new one. Nothing was changed.</source>
        <translation>the system secret (%1) does not open the store %2: it was encrypted under another secret. Set SECRETS_SYSTEM=new,old with the secret the store was made with among the list (the first encrypts, all decrypt), then run `jwkman-cli rotate-secret` to move it to the new one. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the store's file name</source>
        <translation>%1 is a folder; give the store's file name</translation>
    </message>
    <message>
        <source>the folder %1 for the store cannot be created</source>
        <translation>the folder %1 for the store cannot be created</translation>
    </message>
    <message>
        <source>the store %1 cannot be opened: %2</source>
        <translation>the store %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>opening the store</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer JWK Manager (schema %2, this one knows %3); update JWK Manager</source>
        <translation>the store %1 was written by a newer JWK Manager (schema %2, this one knows %3); update JWK Manager</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a JWK Manager store</source>
        <translation>%1 is an SQLite database but not a JWK Manager store</translation>
    </message>
    <message>
        <source>creating the store</source>
        <translation>creating the store</translation>
    </message>
    <message>
        <source>reading the store</source>
        <translation>reading the store</translation>
    </message>
    <message>
        <source>the store %1 has no secret verifier; it is damaged</source>
        <translation>the store %1 has no secret verifier; it is damaged</translation>
    </message>
    <message>
        <source>updating the store</source>
        <translation>updating the store</translation>
    </message>
    <message>
        <source>listing key sets</source>
        <translation>listing key sets</translation>
    </message>
    <message>
        <source>key set name</source>
        <translation>key set name</translation>
    </message>
    <message>
        <source>creating key set "%1"</source>
        <translation>creating key set "%1"</translation>
    </message>
    <message>
        <source>a key set named "%1" is in the trash; restore it or empty the trash first</source>
        <translation>a key set named "%1" is in the trash; restore it or empty the trash first</translation>
    </message>
    <message>
        <source>a key set named "%1" exists already</source>
        <translation>a key set named "%1" exists already</translation>
    </message>
    <message>
        <source>renaming key set "%1"</source>
        <translation>renaming key set "%1"</translation>
    </message>
    <message>
        <source>there is no key set "%1"</source>
        <translation>there is no key set "%1"</translation>
    </message>
    <message>
        <source>updating key set "%1"</source>
        <translation>updating key set "%1"</translation>
    </message>
    <message>
        <source>listing keys</source>
        <translation>listing keys</translation>
    </message>
    <message>
        <source>there is no key "%1" in key set "%2"</source>
        <translation>there is no key "%1" in key set "%2"</translation>
    </message>
    <message>
        <source>key "%1" in key set "%2" cannot be decrypted with the configured system secret(s): it was encrypted under another secret. Add that secret to SECRETS_SYSTEM after the current one.</source>
        <translation>key "%1" in key set "%2" cannot be decrypted with the configured system secret(s): it was encrypted under another secret. Add that secret to SECRETS_SYSTEM after the current one.</translation>
    </message>
    <message>
        <source>key "%1" in key set "%2" decrypts to something that is not a JWK: the row was tampered with</source>
        <translation>key "%1" in key set "%2" decrypts to something that is not a JWK: the row was tampered with</translation>
    </message>
    <message>
        <source>key "%1" in key set "%2" holds the encrypted data of another key: the row was moved or swapped</source>
        <translation>key "%1" in key set "%2" holds the encrypted data of another key: the row was moved or swapped</translation>
    </message>
    <message>
        <source>storing key "%1"</source>
        <translation>storing key "%1"</translation>
    </message>
    <message>
        <source>updating the key set</source>
        <translation>updating the key set</translation>
    </message>
    <message>
        <source>adding keys to "%1"</source>
        <translation>adding keys to "%1"</translation>
    </message>
    <message>
        <source>adding keys</source>
        <translation>adding keys</translation>
    </message>
    <message>
        <source>key set "%1" is in the trash; restore it first</source>
        <translation>key set "%1" is in the trash; restore it first</translation>
    </message>
    <message>
        <source>reading key set "%1"</source>
        <translation>reading key set "%1"</translation>
    </message>
    <message>
        <source>%1: the set holds this key already (same thumbprint)</source>
        <translation>%1: the set holds this key already (same thumbprint)</translation>
    </message>
    <message>
        <source>%1: a key with this kid is in the trash; restore it or empty the trash first</source>
        <translation>%1: a key with this kid is in the trash; restore it or empty the trash first</translation>
    </message>
    <message>
        <source>%1: the set has a different key with this kid</source>
        <translation>%1: the set has a different key with this kid</translation>
    </message>
    <message>
        <source>replacing key sets</source>
        <translation>replacing key sets</translation>
    </message>
    <message>
        <source>replacing key set "%1"</source>
        <translation>replacing key set "%1"</translation>
    </message>
    <message>
        <source>kid "%1" occurs twice in key set "%2"</source>
        <translation>kid "%1" occurs twice in key set "%2"</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>updating key "%1"</source>
        <translation>updating key "%1"</translation>
    </message>
    <message>
        <source>key set "%1" has a key with kid "%2" already</source>
        <translation>key set "%1" has a key with kid "%2" already</translation>
    </message>
    <message>
        <source>deleting key "%1"</source>
        <translation>deleting key "%1"</translation>
    </message>
    <message>
        <source>deleting key set "%1"</source>
        <translation>deleting key set "%1"</translation>
    </message>
    <message>
        <source>restoring key "%1"</source>
        <translation>restoring key "%1"</translation>
    </message>
    <message>
        <source>the trash holds no key "%1" of key set "%2"</source>
        <translation>the trash holds no key "%1" of key set "%2"</translation>
    </message>
    <message>
        <source>restoring key set "%1"</source>
        <translation>restoring key set "%1"</translation>
    </message>
    <message>
        <source>the trash holds no key set "%1"</source>
        <translation>the trash holds no key set "%1"</translation>
    </message>
    <message>
        <source>emptying the trash</source>
        <translation>emptying the trash</translation>
    </message>
    <message>
        <source>re-encrypting the store</source>
        <translation>re-encrypting the store</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>writing the audit log</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>remote name</source>
        <translation>remote name</translation>
    </message>
    <message>
        <source>saving remote "%1"</source>
        <translation>saving remote "%1"</translation>
    </message>
    <message>
        <source>the credentials of remote "%1" cannot be decrypted with the configured system secret(s)</source>
        <translation>the credentials of remote "%1" cannot be decrypted with the configured system secret(s)</translation>
    </message>
    <message>
        <source>listing remotes</source>
        <translation>listing remotes</translation>
    </message>
    <message>
        <source>reading remote "%1"</source>
        <translation>reading remote "%1"</translation>
    </message>
    <message>
        <source>removing remote "%1"</source>
        <translation>removing remote "%1"</translation>
    </message>
    <message>
        <source>there is no remote "%1"</source>
        <translation>there is no remote "%1"</translation>
    </message>
    <message>
        <source>saving the rotation of "%1"</source>
        <translation>saving the rotation of "%1"</translation>
    </message>
    <message>
        <source>saving the rotation</source>
        <translation>saving the rotation</translation>
    </message>
    <message>
        <source>reading the rotation</source>
        <translation>reading the rotation</translation>
    </message>
    <message>
        <source>clearing the rotation</source>
        <translation>clearing the rotation</translation>
    </message>
    <message>
        <source>%1: the store is in use by another process (waited 5 s); try again when it is done</source>
        <translation>%1: the store is in use by another process (waited 5 s); try again when it is done</translation>
    </message>
    <message>
        <source>%1: the store is read-only; nothing was changed</source>
        <translation>%1: the store is read-only; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the store could not be written (the disk may be full or a file size limit reached); nothing was changed</source>
        <translation>%1: the store could not be written (the disk may be full or a file size limit reached); nothing was changed</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed</source>
        <translation>%1: the disk is full; nothing was changed</translation>
    </message>
    <message>
        <source>%1: the name exists already</source>
        <translation>%1: the name exists already</translation>
    </message>
    <message>
        <source>the %1 must not be empty</source>
        <translation>the %1 must not be empty</translation>
    </message>
    <message>
        <source>the %1 has %2 characters; at most 255 are stored (as in Hydra)</source>
        <translation>the %1 has %2 characters; at most 255 are stored (as in Hydra)</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>the %1 contains a control character</translation>
    </message>
    <message>
        <source>the disk holding the store %1 is full (%2 KiB free, at least %3 KiB are needed to open it); free some space and try again. Nothing was changed.</source>
        <translation>the disk holding the store %1 is full (%2 KiB free, at least %3 KiB are needed to open it); free some space and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>A staged rotation of %1 on %2 is in progress: finish it before renaming the remote. Nothing was saved.</source>
        <translation>A staged rotation of %1 on %2 is in progress: finish it before renaming the remote. Nothing was saved.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>the store</translation>
    </message>
    <message>
        <source>the store %1 cannot be created: %2</source>
        <translation>the store %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>key "%1" of key set "%2" cannot be stored: %3</source>
        <translation>key "%1" of key set "%2" cannot be stored: %3</translation>
    </message>
    <message>
        <source>moving the replaced key "%1" to the trash</source>
        <translation>moving the replaced key "%1" to the trash</translation>
    </message>
    <message>
        <source>remote "%1" was changed without the system secret (its URL, CA or client certificate, tracked sets or timeout differ from its encrypted record): the store file was tampered with. It is not used and no request was made; remove it (jwkman-cli remote remove) and add it again.</source>
        <translation>remote "%1" was changed without the system secret (its URL, CA or client certificate, tracked sets or timeout differ from its encrypted record): the store file was tampered with. It is not used and no request was made; remove it (jwkman-cli remote remove) and add it again.</translation>
    </message>
    <message>
        <source>the staged rotation of %1 on %2 was changed without the system secret: the store file was tampered with. It is not continued; check the remote set (jwkman-cli remote diff) and start a new rotation.</source>
        <translation>the staged rotation of %1 on %2 was changed without the system secret: the store file was tampered with. It is not continued; check the remote set (jwkman-cli remote diff) and start a new rotation.</translation>
    </message>
    <message>
        <source>the clear columns of key "%1" in key set "%2" (its order, public part, thumbprint or whether it is private) were changed without the system secret: the store file was tampered with. Nothing was read from it; restore the store from a backup, or delete the key (jwkman-cli delete) and import it again.</source>
        <translation>the clear columns of key "%1" in key set "%2" (its order, public part, thumbprint or whether it is private) were changed without the system secret: the store file was tampered with. Nothing was read from it; restore the store from a backup, or delete the key (jwkman-cli delete) and import it again.</translation>
    </message>
    <message>
        <source>key "%1" in key set "%2" is under a system secret that is not configured, so nothing about it can be trusted here. Add that secret to SECRETS_SYSTEM after the current one.</source>
        <translation>key "%1" in key set "%2" is under a system secret that is not configured, so nothing about it can be trusted here. Add that secret to SECRETS_SYSTEM after the current one.</translation>
    </message>
</context>
<context>
    <name>jwk::MainWindow</name>
    <message>
        <source>JWK Manager</source>
        <translation>JWK Manager</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation><numerusform>Clipboard clears in %n s</numerusform><numerusform>Clipboard clears in %n s</numerusform></translation>
    </message>
    <message>
        <source>The private key material was cleared from the clipboard.</source>
        <translation>The private key material was cleared from the clipboard.</translation>
    </message>
    <message>
        <source>&amp;New Key Set…</source>
        <translation>&amp;New Key Set…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>&amp;Generate Key…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Create &amp;Hydra's Default Sets…</source>
        <translation>Create &amp;Hydra's Default Sets…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Paste Keys</source>
        <translation>&amp;Paste Keys</translation>
    </message>
    <message>
        <source>&amp;Export Keys…</source>
        <translation>&amp;Export Keys…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Key &amp;Set…</source>
        <translation>Export Key &amp;Set…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Copy Public &amp;JWK</source>
        <translation>Copy Public &amp;JWK</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Copy Public &amp;PEM</source>
        <translation>Copy Public &amp;PEM</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;Thumbprint</source>
        <translation>Copy &amp;Thumbprint</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>&amp;Edit Key…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Rename Key Set…</source>
        <translation>&amp;Rename Key Set…</translation>
    </message>
    <message>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete Key Se&amp;t</source>
        <translation>Delete Key Se&amp;t</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Show &amp;Private Key</source>
        <translation>Show &amp;Private Key</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;About JWK Manager</source>
        <translation>&amp;About JWK Manager</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copy Pri&amp;vate</source>
        <translation>Copy Pri&amp;vate</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>New Set</source>
        <translation>New Set</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Copy JWK</source>
        <translation>Copy JWK</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>Copy PEM</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Search kid, alg, type, thumbprint, set (%1)</source>
        <translation>Search kid, alg, type, thumbprint, set (%1)</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Search keys</translation>
    </message>
    <message>
        <source>Key sets</source>
        <translation>Key sets</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>No store</translation>
    </message>
    <message numerus="yes">
        <source>All keys (%n)</source>
        <translation><numerusform>All keys (%n)</numerusform><numerusform>All keys (%n)</numerusform></translation>
    </message>
    <message>
        <source>Search in all key sets</source>
        <translation>Search in all key sets</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), no signing key</source>
        <translation><numerusform>%1: %n key, no signing key</numerusform><numerusform>%1: %n keys, no signing key</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), signs with %2</source>
        <translation><numerusform>%1: %n key, signs with %2</numerusform><numerusform>%1: %n keys, signs with %2</numerusform></translation>
    </message>
    <message>
        <source>New Key Set</source>
        <translation>New Key Set</translation>
    </message>
    <message>
        <source>Name of the new key set:</source>
        <translation>Name of the new key set:</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Created key set %1.</translation>
    </message>
    <message>
        <source>Rename Key Set</source>
        <translation>Rename Key Set</translation>
    </message>
    <message>
        <source>New name for key set %1:</source>
        <translation>New name for key set %1:</translation>
    </message>
    <message>
        <source>Ory Hydra looks for key set %1 by this name. Rename it anyway?</source>
        <translation>Ory Hydra looks for key set %1 by this name. Rename it anyway?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Delete Key Set</source>
        <translation>Delete Key Set</translation>
    </message>
    <message>
        <source>Moved key set %1 to the trash. %2 restores it.</source>
        <translation>Moved key set %1 to the trash. %2 restores it.</translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation>Delete Keys</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) to the trash. %1 restores them.</source>
        <translation><numerusform>Moved %n key to the trash. %1 restores them.</numerusform><numerusform>Moved %n keys to the trash. %1 restores them.</numerusform></translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Edit Key</translation>
    </message>
    <message>
        <source>Saved key %1.</source>
        <translation>Saved key %1.</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Generate Key</translation>
    </message>
    <message>
        <source>The new key was not stored: %1</source>
        <translation>The new key was not stored: %1</translation>
    </message>
    <message>
        <source>Generated %1 key %2 in %3.</source>
        <translation>Generated %1 key %2 in %3.</translation>
    </message>
    <message>
        <source>Hydra's Default Sets</source>
        <translation>Hydra's Default Sets</translation>
    </message>
    <message>
        <source>Hydra's key sets exist already and each holds keys: %1.</source>
        <translation>Hydra's key sets exist already and each holds keys: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Generating an RSA 4096 key for %n key set(s)…</source>
        <translation><numerusform>Generating an RSA 4096 key for %n key set…</numerusform><numerusform>Generating an RSA 4096 key for %n key sets…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Generating an RSA 4096 key for %1 (%2 of %3)…</source>
        <translation>Generating an RSA 4096 key for %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Creating Hydra's default sets was cancelled; nothing was stored.</source>
        <translation>Creating Hydra's default sets was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>dropped text</translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation>Import Keys</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)</source>
        <translation>Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no keys to paste.</source>
        <translation>The clipboard holds no keys to paste.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Import into which key set? A new name creates the set.</source>
        <translation>Import into which key set? A new name creates the set.</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>An import is running; try again when it is done.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation><numerusform>Importing %n item into %1…</numerusform><numerusform>Importing %n items into %1…</numerusform></translation>
    </message>
    <message>
        <source>%1: skipped, no passphrase was given</source>
        <translation>%1: skipped, no passphrase was given</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>Key Cannot Be Read</source>
        <translation>Key Cannot Be Read</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation><numerusform>%n selected key</numerusform><numerusform>%n selected keys</numerusform></translation>
    </message>
    <message>
        <source>Key set %1 holds no keys.</source>
        <translation>Key set %1 holds no keys.</translation>
    </message>
    <message numerus="yes">
        <source>key set %1 (%n key(s))</source>
        <translation><numerusform>key set %1 (%n key)</numerusform><numerusform>key set %1 (%n keys)</numerusform></translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;All files (*)</translation>
    </message>
    <message>
        <source>none of these keys has a public form (symmetric keys have none)</source>
        <translation>none of these keys has a public form (symmetric keys have none)</translation>
    </message>
    <message>
        <source>several keys can only be exported as a JWK Set</source>
        <translation>several keys can only be exported as a JWK Set</translation>
    </message>
    <message>
        <source>cancelled: no passphrase was given</source>
        <translation>cancelled: no passphrase was given</translation>
    </message>
    <message>
        <source>Exported private key material to %1 (readable by you only).</source>
        <translation>Exported private key material to %1 (readable by you only).</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>The keys were not exported: %1</source>
        <translation>The keys were not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard is cleared in %n s.</source>
        <translation><numerusform>Copied the %1. The clipboard is cleared in %n s.</numerusform><numerusform>Copied the %1. The clipboard is cleared in %n s.</numerusform></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Copied the %1.</translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation>public JWK</translation>
    </message>
    <message>
        <source>public PEM</source>
        <translation>public PEM</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <source>private JWK</source>
        <translation>private JWK</translation>
    </message>
    <message>
        <source>private PEM</source>
        <translation>private PEM</translation>
    </message>
    <message>
        <source>Opened the store %1.</source>
        <translation>Opened the store %1.</translation>
    </message>
    <message>
        <source>The new language applies when JWK Manager is started again.</source>
        <translation>The new language applies when JWK Manager is started again.</translation>
    </message>
    <message numerus="yes">
        <source>Move key set %1 with %n key(s) to the trash? %2 brings it back.</source>
        <translation><numerusform>Move key set %1 with %n key to the trash? %2 brings it back.</numerusform><numerusform>Move key set %1 with %n keys to the trash? %2 brings it back.</numerusform></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new store opens when JWK Manager is started again: keys are being written to the current one.</source>
        <translation>The new store opens when JWK Manager is started again: keys are being written to the current one.</translation>
    </message>
    <message>
        <source>Copy Private JWK</source>
        <translation>Copy Private JWK</translation>
    </message>
    <message>
        <source>Copy Private PEM (PKCS#8)</source>
        <translation>Copy Private PEM (PKCS#8)</translation>
    </message>
    <message>
        <source>&amp;Remote Endpoints…</source>
        <translation>&amp;Remote Endpoints…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Add Remote…</source>
        <translation>&amp;Add Remote…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Pull from Remote…</source>
        <translation>&amp;Pull from Remote…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Push Selected &amp;Key…</source>
        <translation>Push Selected &amp;Key…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Push Key &amp;Set…</source>
        <translation>Push Key &amp;Set…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>&amp;Generate on Server…</source>
        <translation>&amp;Generate on Server…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation>Ctrl+Alt+G</translation>
    </message>
    <message>
        <source>R&amp;otate Key Set (Next Step)…</source>
        <translation>R&amp;otate Key Set (Next Step)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>Pull from Remote</source>
        <translation>Pull from Remote</translation>
    </message>
    <message>
        <source>Push Selected Key</source>
        <translation>Push Selected Key</translation>
    </message>
    <message>
        <source>Push Key Set</source>
        <translation>Push Key Set</translation>
    </message>
    <message>
        <source>Generate on Server</source>
        <translation>Generate on Server</translation>
    </message>
    <message>
        <source>Rotate Key Set</source>
        <translation>Rotate Key Set</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s); a key was changed without the system secret, so the signing key is not known</source>
        <translation><numerusform>%1: %n key; a key was changed without the system secret, so the signing key is not known</numerusform><numerusform>%1: %n keys; a key was changed without the system secret, so the signing key is not known</numerusform></translation>
    </message>
</context>
<context>
    <name>jwk::OpenSslKey</name>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>%1 is not a valid key%2</source>
        <translation>%1 is not a valid key%2</translation>
    </message>
    <message>
        <source>the RSA key has no modulus or exponent</source>
        <translation>the RSA key has no modulus or exponent</translation>
    </message>
    <message>
        <source>member "n": an RSA modulus of %1 bits is not usable (512 to 16384 bits)</source>
        <translation>member "n": an RSA modulus of %1 bits is not usable (512 to 16384 bits)</translation>
    </message>
    <message>
        <source>member "e" is not a valid RSA public exponent (odd, at least 3, below n)</source>
        <translation>member "e" is not a valid RSA public exponent (odd, at least 3, below n)</translation>
    </message>
    <message>
        <source>member "n" has the small factor %1: it is not an RSA modulus</source>
        <translation>member "n" has the small factor %1: it is not an RSA modulus</translation>
    </message>
    <message>
        <source>the RSA private members do not match the public key (or p, q, dp, dq, qi are inconsistent)</source>
        <translation>the RSA private members do not match the public key (or p, q, dp, dq, qi are inconsistent)</translation>
    </message>
    <message>
        <source>the RSA private exponent "d" does not match "n" and "e"</source>
        <translation>the RSA private exponent "d" does not match "n" and "e"</translation>
    </message>
    <message>
        <source>OpenSSL could not take the RSA parameters</source>
        <translation>OpenSSL could not take the RSA parameters</translation>
    </message>
    <message>
        <source>the RSA key</source>
        <translation>the RSA key</translation>
    </message>
    <message>
        <source>curve "%1" is not supported</source>
        <translation>curve "%1" is not supported</translation>
    </message>
    <message>
        <source>members "x" and "y" are not a point on %1</source>
        <translation>members "x" and "y" are not a point on %1</translation>
    </message>
    <message>
        <source>members "x" and "y" are not a valid point on %1</source>
        <translation>members "x" and "y" are not a valid point on %1</translation>
    </message>
    <message>
        <source>member "d" does not match the public point "x", "y"</source>
        <translation>member "d" does not match the public point "x", "y"</translation>
    </message>
    <message>
        <source>member "x" is not a point on %1</source>
        <translation>member "x" is not a point on %1</translation>
    </message>
    <message>
        <source>member "x" is a point of small order on %1: not a usable public key</source>
        <translation>member "x" is a point of small order on %1: not a usable public key</translation>
    </message>
    <message>
        <source>the %1 key</source>
        <translation>the %1 key</translation>
    </message>
    <message>
        <source>member "x" is a point of small order on %1: a key agreement with it gives an all-zero secret</source>
        <translation>member "x" is a point of small order on %1: a key agreement with it gives an all-zero secret</translation>
    </message>
    <message>
        <source>member "d" does not match the public key "x"</source>
        <translation>member "d" does not match the public key "x"</translation>
    </message>
    <message>
        <source>an oct key is symmetric and has no PEM or DER form</source>
        <translation>an oct key is symmetric and has no PEM or DER form</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>EC with explicit parameters</source>
        <translation>EC with explicit parameters</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unknown key type</translation>
    </message>
    <message>
        <source>the key could not be read: its encoding is damaged or of an unknown type</source>
        <translation>the key could not be read: its encoding is damaged or of an unknown type</translation>
    </message>
    <message>
        <source>the RSA key has no public modulus or exponent</source>
        <translation>the RSA key has no public modulus or exponent</translation>
    </message>
    <message>
        <source>multi-prime RSA keys (more than two primes) are not supported</source>
        <translation>multi-prime RSA keys (more than two primes) are not supported</translation>
    </message>
    <message>
        <source>EC keys with explicit curve parameters are not supported; use a named curve (P-256, P-384, P-521)</source>
        <translation>EC keys with explicit curve parameters are not supported; use a named curve (P-256, P-384, P-521)</translation>
    </message>
    <message>
        <source>EC curve %1 is not supported by JOSE (P-256, P-384 and P-521 are)</source>
        <translation>EC curve %1 is not supported by JOSE (P-256, P-384 and P-521 are)</translation>
    </message>
    <message>
        <source>the EC key has no public point</source>
        <translation>the EC key has no public point</translation>
    </message>
    <message>
        <source>the %1 key has no public key</source>
        <translation>the %1 key has no public key</translation>
    </message>
    <message>
        <source>%1 keys cannot be expressed as a JWK (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 and X448 can)</source>
        <translation>%1 keys cannot be expressed as a JWK (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 and X448 can)</translation>
    </message>
</context>
<context>
    <name>jwk::PassphraseDialog</name>
    <message>
        <source>Passphrase Needed</source>
        <translation>Passphrase Needed</translation>
    </message>
    <message>
        <source>Choose a Passphrase</source>
        <translation>Choose a Passphrase</translation>
    </message>
    <message>
        <source>The passphrase was wrong. Try again, or skip this item.

%1</source>
        <translation>The passphrase was wrong. Try again, or skip this item.

%1</translation>
    </message>
    <message>
        <source>This item is encrypted. Enter its passphrase to import it, or skip it.

%1</source>
        <translation>This item is encrypted. Enter its passphrase to import it, or skip it.

%1</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot be read again.</source>
        <translation>Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot be read again.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Decrypt</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation><numerusform>Use at least %n character.</numerusform><numerusform>Use at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteController</name>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>There is no remote named %1.</source>
        <translation>There is no remote named %1.</translation>
    </message>
    <message>
        <source>No remote Hydra endpoint is set up yet. Add one with Remote › Add Remote.</source>
        <translation>No remote Hydra endpoint is set up yet. Add one with Remote › Add Remote.</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>Remote:</translation>
    </message>
    <message>
        <source>Saved remote %1.</source>
        <translation>Saved remote %1.</translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation>Remove Remote</translation>
    </message>
    <message>
        <source>Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it is forgotten here; nothing changes on the server.</source>
        <translation>Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it is forgotten here; nothing changes on the server.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removed remote %1.</source>
        <translation>Removed remote %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Another remote operation is still running.</source>
        <translation>Another remote operation is still running.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelled. %1</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 was cancelled.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Fetch from %1</source>
        <translation>Fetch from %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n key set(s) from %1…</source>
        <translation><numerusform>Reading %n key set from %1…</numerusform><numerusform>Reading %n key sets from %1…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Read %n key set(s) from %1.</source>
        <translation><numerusform>Read %n key set from %1.</numerusform><numerusform>Read %n key sets from %1.</numerusform></translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Pull from %1</translation>
    </message>
    <message>
        <source>%1 is not on the server: it stays here as it is.</source>
        <translation>%1 is not on the server: it stays here as it is.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed.</source>
        <translation>%1: %2 added, %3 removed, %4 changed.</translation>
    </message>
    <message>
        <source>%1 will have no signing key here (now: %2).</source>
        <translation>%1 will have no signing key here (now: %2).</translation>
    </message>
    <message>
        <source>The signing key of %1 here becomes %2 (now: %3).</source>
        <translation>The signing key of %1 here becomes %2 (now: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The local copy matches %1: nothing to pull.</source>
        <translation>The local copy matches %1: nothing to pull.</translation>
    </message>
    <message numerus="yes">
        <source>Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. Keys removed here go to the trash.</source>
        <translation><numerusform>Pulling replaces the local keys of %n key set with what %1 holds, in one step. Keys removed here go to the trash.</numerusform><numerusform>Pulling replaces the local keys of %n key sets with what %1 holds, in one step. Keys removed here go to the trash.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Apply Pull</source>
        <translation>&amp;Apply Pull</translation>
    </message>
    <message>
        <source>Storing the pulled keys…</source>
        <translation>Storing the pulled keys…</translation>
    </message>
    <message>
        <source>Pulled %1 from %2.</source>
        <translation>Pulled %1 from %2.</translation>
    </message>
    <message>
        <source>Push Key to %1</source>
        <translation>Push Key to %1</translation>
    </message>
    <message>
        <source>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, because it holds private material, the key Hydra signs with.</source>
        <translation>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, because it holds private material, the key Hydra signs with.</translation>
    </message>
    <message>
        <source>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it holds no private part, so Hydra keeps signing with its current key.</source>
        <translation>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it holds no private part, so Hydra keeps signing with its current key.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Sending key %1 to %2…</source>
        <translation>Sending key %1 to %2…</translation>
    </message>
    <message>
        <source>Sent key %1 to %2 on %3.</source>
        <translation>Sent key %1 to %2 on %3.</translation>
    </message>
    <message>
        <source>Push Key Set to %1</source>
        <translation>Push Key Set to %1</translation>
    </message>
    <message>
        <source>Reading key set %1 from %2…</source>
        <translation>Reading key set %1 from %2…</translation>
    </message>
    <message>
        <source>%1 holds no keys here: pushing it deletes every key of %1 on %2.</source>
        <translation>%1 holds no keys here: pushing it deletes every key of %1 on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are sent, oldest first.</source>
        <translation><numerusform>%n key are sent, oldest first.</numerusform><numerusform>%n keys are sent, oldest first.</numerusform></translation>
    </message>
    <message>
        <source>None of them holds private material: Hydra has no signing key in %1 after this.</source>
        <translation>None of them holds private material: Hydra has no signing key in %1 after this.</translation>
    </message>
    <message>
        <source>%1 is sent last, so it is the newest key and the key Hydra signs with.</source>
        <translation>%1 is sent last, so it is the newest key and the key Hydra signs with.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) only on the server are deleted there: %1.</source>
        <translation><numerusform>%n key only on the server are deleted there: %1.</numerusform><numerusform>%n keys only on the server are deleted there: %1.</numerusform></translation>
    </message>
    <message>
        <source>%1 is not on the server yet: it is created.</source>
        <translation>%1 is not on the server yet: it is created.</translation>
    </message>
    <message>
        <source>Pushing replaces the whole key set %1 on %2 with the keys here.</source>
        <translation>Pushing replaces the whole key set %1 on %2 with the keys here.</translation>
    </message>
    <message>
        <source>&amp;Push Set</source>
        <translation>&amp;Push Set</translation>
    </message>
    <message>
        <source>Sending key set %1…</source>
        <translation>Sending key set %1…</translation>
    </message>
    <message numerus="yes">
        <source>Sent key set %1 to %2 (%n key(s)).</source>
        <translation><numerusform>Sent key set %1 to %2 (%n key).</numerusform><numerusform>Sent key set %1 to %2 (%n keys).</numerusform></translation>
    </message>
    <message>
        <source>Yes, delete every key of %1 on %2</source>
        <translation>Yes, delete every key of %1 on %2</translation>
    </message>
    <message>
        <source>Generate on %1</source>
        <translation>Generate on %1</translation>
    </message>
    <message>
        <source>Hydra on %1 generates an %2 key…</source>
        <translation>Hydra on %1 generates an %2 key…</translation>
    </message>
    <message>
        <source>Hydra on %1 generated %2 key %3 in %4; it is stored here too.</source>
        <translation>Hydra on %1 generated %2 key %3 in %4; it is stored here too.</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Delete on %1</translation>
    </message>
    <message>
        <source>Delete the whole key set %1 on %2? Every key in it is deleted on the server for good. The copy here stays.</source>
        <translation>Delete the whole key set %1 on %2? Every key in it is deleted on the server for good. The copy here stays.</translation>
    </message>
    <message>
        <source>Delete key %1 from key set %2 on %3? It is deleted on the server for good; if it is the signing key, the next newest private key signs. The copy here stays.</source>
        <translation>Delete key %1 from key set %2 on %3? It is deleted on the server for good; if it is the signing key, the next newest private key signs. The copy here stays.</translation>
    </message>
    <message>
        <source>Delete on Server</source>
        <translation>Delete on Server</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Deleting key set %1 on %2…</source>
        <translation>Deleting key set %1 on %2…</translation>
    </message>
    <message>
        <source>Deleting key %1 on %2…</source>
        <translation>Deleting key %1 on %2…</translation>
    </message>
    <message>
        <source>Deleted key set %1 on %2.</source>
        <translation>Deleted key set %1 on %2.</translation>
    </message>
    <message>
        <source>Deleted key %1 of %2 on %3.</source>
        <translation>Deleted key %1 of %2 on %3.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Rotation, Step 1 of 3: Publish</source>
        <translation>Rotation, Step 1 of 3: Publish</translation>
    </message>
    <message>
        <source>Rotation, Step 2 of 3: Activate</source>
        <translation>Rotation, Step 2 of 3: Activate</translation>
    </message>
    <message>
        <source>Rotation, Step 3 of 3: Retire</source>
        <translation>Rotation, Step 3 of 3: Retire</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>The private part of %1 is sent to %2 on %3: it becomes the newest private key and so the key Hydra signs with. %4 stays published for verification until you retire it.</source>
        <translation>The private part of %1 is sent to %2 on %3: it becomes the newest private key and so the key Hydra signs with. %4 stays published for verification until you retire it.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>There was no old key: this only completes the rotation of %1.</source>
        <translation>There was no old key: this only completes the rotation of %1.</translation>
    </message>
    <message>
        <source>%1 is deleted from %2 on %3 and moved to the local trash. Retire it only when every token it signed has expired.</source>
        <translation>%1 is deleted from %2 on %3 and moved to the local trash. Retire it only when every token it signed has expired.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Rotating key set %1 on %2…</source>
        <translation>Rotating key set %1 on %2…</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>the old key</translation>
    </message>
    <message>
        <source>Now on the server: no such key set.</source>
        <translation>Now on the server: no such key set.</translation>
    </message>
    <message numerus="yes">
        <source>Now on the server: %n key(s), signing key %1.</source>
        <translation><numerusform>Now on the server: %n key, signing key %1.</numerusform><numerusform>Now on the server: %n keys, signing key %1.</numerusform></translation>
    </message>
    <message>
        <source>In detail: %1.</source>
        <translation>In detail: %1.</translation>
    </message>
    <message>
        <source>Only the public part of the new key goes to %1 on %2: verifiers can fetch it before it signs. Activate it (step 2) once they have had time to.</source>
        <translation>Only the public part of the new key goes to %1 on %2: verifiers can fetch it before it signs. Activate it (step 2) once they have had time to.</translation>
    </message>
    <message>
        <source>%1: an invalid key from the server is skipped: %2</source>
        <translation>%1: an invalid key from the server is skipped: %2</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteDialog</name>
    <message>
        <source>Remote Endpoints</source>
        <translation>Remote Endpoints</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteGenerateDialog</name>
    <message>
        <source>Generate on the Server</source>
        <translation>Generate on the Server</translation>
    </message>
    <message>
        <source>Hydra on %1 generates the key and sends it back with its private part; it is stored here too, encrypted. In a set Hydra signs with, the new key becomes the signing key at once.</source>
        <translation>Hydra on %1 generates the key and sends it back with its private part; it is stored here too, encrypted. In a set Hydra signs with, the new key becomes the signing key at once.</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>Key &amp;set:</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithm:</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>empty: Hydra makes a UUID</source>
        <translation>empty: Hydra makes a UUID</translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation>Key &amp;ID (kid):</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation>sig (signatures)</translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation>enc (encryption)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Use:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Name the key set Hydra should generate the key in.</source>
        <translation>Name the key set Hydra should generate the key in.</translation>
    </message>
</context>
<context>
    <name>jwk::RemotePlanDialog</name>
    <message>
        <source>Keys this changes</source>
        <translation>Keys this changes</translation>
    </message>
</context>
<context>
    <name>jwk::RemotePlanModel</name>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public only</source>
        <translation>public only</translation>
    </message>
    <message>
        <source>here %1, on the server %2</source>
        <translation>here %1, on the server %2</translation>
    </message>
    <message>
        <source>; becomes the signing key here</source>
        <translation>; becomes the signing key here</translation>
    </message>
    <message>
        <source>sent %1 of %2, %3</source>
        <translation>sent %1 of %2, %3</translation>
    </message>
    <message>
        <source>; the signing key</source>
        <translation>; the signing key</translation>
    </message>
    <message>
        <source>on the server only: deleted there</source>
        <translation>on the server only: deleted there</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>signing key</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>deleted on the server</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>on the server</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thumbprint here</source>
        <translation>Thumbprint here</translation>
    </message>
    <message>
        <source>Thumbprint on the server</source>
        <translation>Thumbprint on the server</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>kept private here; the server has only its public part</source>
        <translation>kept private here; the server has only its public part</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteProfileDialog</name>
    <message>
        <source>Edit Remote</source>
        <translation>Edit Remote</translation>
    </message>
    <message>
        <source>Add Remote</source>
        <translation>Add Remote</translation>
    </message>
    <message>
        <source>An Ory Hydra admin endpoint (the admin port, without /admin). Keys travel over https with full certificate verification; plain http only to this computer.</source>
        <translation>An Ory Hydra admin endpoint (the admin port, without /admin). Keys travel over https with full certificate verification; plain http only to this computer.</translation>
    </message>
    <message>
        <source>Remote name</source>
        <translation>Remote name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Admin URL</translation>
    </message>
    <message>
        <source>&amp;Admin URL:</source>
        <translation>&amp;Admin URL:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Public URL</translation>
    </message>
    <message>
        <source>optional, e.g. https://auth.example.com</source>
        <translation>optional, e.g. https://auth.example.com</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Public URL:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>saved; type to replace</source>
        <translation>saved; type to replace</translation>
    </message>
    <message>
        <source>optional (Ory Network: an API key)</source>
        <translation>optional (Ory Network: an API key)</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer &amp;token:</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Custom headers</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s) saved; type to replace</source>
        <translation><numerusform>%n header saved; type to replace</numerusform><numerusform>%n headers saved; type to replace</numerusform></translation>
    </message>
    <message>
        <source>optional, one per line: Name: value</source>
        <translation>optional, one per line: Name: value</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>Custom &amp;headers:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Extra &amp;CA file:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Extra CA file</translation>
    </message>
    <message>
        <source>CA Certificates (PEM)</source>
        <translation>CA Certificates (PEM)</translation>
    </message>
    <message>
        <source>saved; choose a file to replace</source>
        <translation>saved; choose a file to replace</translation>
    </message>
    <message>
        <source>optional, PEM; trusted in addition to the system's CAs</source>
        <translation>optional, PEM; trusted in addition to the system's CAs</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient certificate:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>Client Certificate (PEM)</source>
        <translation>Client Certificate (PEM)</translation>
    </message>
    <message>
        <source>optional, PEM, for mutual TLS</source>
        <translation>optional, PEM, for mutual TLS</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client &amp;key:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>Client Key (PEM)</source>
        <translation>Client Key (PEM)</translation>
    </message>
    <message>
        <source>the client certificate's private key, PEM</source>
        <translation>the client certificate's private key, PEM</translation>
    </message>
    <message>
        <source>&amp;Forget the saved token, headers, CA file and client certificate</source>
        <translation>&amp;Forget the saved token, headers, CA file and client certificate</translation>
    </message>
    <message>
        <source>Tracked key sets</source>
        <translation>Tracked key sets</translation>
    </message>
    <message>
        <source>Hydra cannot list its key sets: name the ones to pull and push, one per line.</source>
        <translation>Hydra cannot list its key sets: name the ones to pull and push, one per line.</translation>
    </message>
    <message>
        <source>Tracked key &amp;sets:</source>
        <translation>Tracked key &amp;sets:</translation>
    </message>
    <message>
        <source>Time-out in seconds</source>
        <translation>Time-out in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;ime-out:</source>
        <translation>T&amp;ime-out:</translation>
    </message>
    <message>
        <source>Plain http to this computer (loopback): allowed, but unencrypted.</source>
        <translation>Plain http to this computer (loopback): allowed, but unencrypted.</translation>
    </message>
    <message>
        <source>https, the server's certificate verified in full.</source>
        <translation>https, the server's certificate verified in full.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.cer *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Give the remote a name.</source>
        <translation>Give the remote a name.</translation>
    </message>
    <message>
        <source>There is a remote named %1 already.</source>
        <translation>There is a remote named %1 already.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Mutual TLS needs both the client certificate and its private key.</source>
        <translation>Mutual TLS needs both the client certificate and its private key.</translation>
    </message>
    <message>
        <source>Name at least one key set to track: Hydra has no list of its sets.</source>
        <translation>Name at least one key set to track: Hydra has no list of its sets.</translation>
    </message>
    <message>
        <source>Custom headers: %1.</source>
        <translation>Custom headers: %1.</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteProfileModel</name>
    <message>
        <source>bearer token</source>
        <translation>bearer token</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>header %1</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>client certificate</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>http, loopback only (unencrypted)</source>
        <translation>http, loopback only (unencrypted)</translation>
    </message>
    <message>
        <source>https</source>
        <translation>https</translation>
    </message>
    <message>
        <source>Plain http: allowed only because %1 is this computer (loopback). Nothing is encrypted.</source>
        <translation>Plain http: allowed only because %1 is this computer (loopback). Nothing is encrypted.</translation>
    </message>
    <message>
        <source>https with full certificate verification</source>
        <translation>https with full certificate verification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Admin URL</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Tracked key sets</source>
        <translation>Tracked key sets</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSetModel</name>
    <message>
        <source>signing key</source>
        <translation>signing key</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public only</source>
        <translation>public only</translation>
    </message>
    <message>
        <source>%1; not here</source>
        <translation>%1; not here</translation>
    </message>
    <message>
        <source>%1; differs from here</source>
        <translation>%1; differs from here</translation>
    </message>
    <message>
        <source>rotation: %1 published, activate next</source>
        <translation>rotation: %1 published, activate next</translation>
    </message>
    <message>
        <source>rotation: %1 signs, retire %2 next</source>
        <translation>rotation: %1 signs, retire %2 next</translation>
    </message>
    <message>
        <source>(no old key)</source>
        <translation>(no old key)</translation>
    </message>
    <message>
        <source>rotation complete</source>
        <translation>rotation complete</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>not fetched yet</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>not on the server</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), no signing key</source>
        <translation><numerusform>%n key, no signing key</numerusform><numerusform>%n keys, no signing key</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), signs with %1</source>
        <translation><numerusform>%n key, signs with %1</numerusform><numerusform>%n keys, signs with %1</numerusform></translation>
    </message>
    <message>
        <source>; differs from the local copy</source>
        <translation>; differs from the local copy</translation>
    </message>
    <message>
        <source>; same as the local copy</source>
        <translation>; same as the local copy</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256): %1</source>
        <translation>RFC 7638 thumbprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>Key set / kid</source>
        <translation>Key set / kid</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256)</source>
        <translation>Thumbprint (SHA-256)</translation>
    </message>
    <message>
        <source>%1; private here</source>
        <translation>%1; private here</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSync</name>
    <message>
        <source>%1 is an oct key and %2 is a set Hydra signs tokens with: Hydra does not sign with symmetric keys, and a symmetric key in a published set breaks /.well-known/jwks.json</source>
        <translation>%1 is an oct key and %2 is a set Hydra signs tokens with: Hydra does not sign with symmetric keys, and a symmetric key in a published set breaks /.well-known/jwks.json</translation>
    </message>
    <message>
        <source>%1 has no "alg": Hydra takes the JWS algorithm from it, so signing with this key fails</source>
        <translation>%1 has no "alg": Hydra takes the JWS algorithm from it, so signing with this key fails</translation>
    </message>
    <message>
        <source>%1: "alg" does not fit the key: %2</source>
        <translation>%1: "alg" does not fit the key: %2</translation>
    </message>
    <message>
        <source>the rotation step was not confirmed; nothing changed here or on %1</source>
        <translation>the rotation step was not confirmed; nothing changed here or on %1</translation>
    </message>
    <message>
        <source>key set "%1" is empty here: pushing it would delete every key of the remote set; confirm that explicitly</source>
        <translation>key set "%1" is empty here: pushing it would delete every key of the remote set; confirm that explicitly</translation>
    </message>
    <message>
        <source>Hydra generates only %1 keys, not "%2"; make the key here and push it instead</source>
        <translation>Hydra generates only %1 keys, not "%2"; make the key here and push it instead</translation>
    </message>
    <message>
        <source>Hydra answered the generation with %1 keys instead of one</source>
        <translation>Hydra answered the generation with %1 keys instead of one</translation>
    </message>
    <message>
        <source>Hydra generated key %1, but it could not be stored here: %2</source>
        <translation>Hydra generated key %1, but it could not be stored here: %2</translation>
    </message>
    <message>
        <source>a rotation of %1 on %2 is in progress (key %3 %4); continue it with the next step</source>
        <translation>a rotation of %1 on %2 is in progress (key %3 %4); continue it with the next step</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>activated</translation>
    </message>
    <message>
        <source>%1 on %2 has no private key, so Hydra would generate its own RS256 key to sign with as soon as it needs one: a public key cannot wait there. Push a private key instead (jwkman-cli remote push)</source>
        <translation>%1 on %2 has no private key, so Hydra would generate its own RS256 key to sign with as soon as it needs one: a public key cannot wait there. Push a private key instead (jwkman-cli remote push)</translation>
    </message>
    <message>
        <source>generate a new %1 key, keep it here and publish only its public part to %2 on %3; %4 keeps signing until you activate the new key</source>
        <translation>generate a new %1 key, keep it here and publish only its public part to %2 on %3; %4 keeps signing until you activate the new key</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>%1 (the new key %2 was not published and is in the local trash)</source>
        <translation>%1 (the new key %2 was not published and is in the local trash)</translation>
    </message>
    <message>
        <source>published the public key %1 (%2) to %3; %4 keeps signing until you activate</source>
        <translation>published the public key %1 (%2) to %3; %4 keeps signing until you activate</translation>
    </message>
    <message>
        <source>no published key waits for activation in %1 on %2; start with --step publish</source>
        <translation>no published key waits for activation in %1 on %2; start with --step publish</translation>
    </message>
    <message>
        <source>push the private key %1 to %2 on %3: it becomes the newest key and signs from now on</source>
        <translation>push the private key %1 to %2 on %3: it becomes the newest key and signs from now on</translation>
    </message>
    <message>
        <source> (its public part is no longer in the remote set, so verifiers have not been able to fetch it in advance)</source>
        <translation> (its public part is no longer in the remote set, so verifiers have not been able to fetch it in advance)</translation>
    </message>
    <message>
        <source>activated %1: it signs in %2 now; retire %3 when tokens signed by it have expired</source>
        <translation>activated %1: it signs in %2 now; retire %3 when tokens signed by it have expired</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>no activated rotation of %1 on %2 to retire; run --step activate first</source>
        <translation>no activated rotation of %1 on %2 to retire; run --step activate first</translation>
    </message>
    <message>
        <source>finish the rotation of %1 on %2 (there is no old key to delete)</source>
        <translation>finish the rotation of %1 on %2 (there is no old key to delete)</translation>
    </message>
    <message>
        <source>delete %1 from %2 on %3 and move it to the local trash; tokens it signed no longer verify</source>
        <translation>delete %1 from %2 on %3 and move it to the local trash; tokens it signed no longer verify</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>rotation of %1 complete (there was no old key)</source>
        <translation>rotation of %1 complete (there was no old key)</translation>
    </message>
    <message>
        <source>retired %1 from %2 (and moved it to the local trash)</source>
        <translation>retired %1 from %2 (and moved it to the local trash)</translation>
    </message>
    <message>
        <source>the server sent this kid more than once</source>
        <translation>the server sent this kid more than once</translation>
    </message>
    <message>
        <source>the new key %1 of %2 is public only here, so it cannot sign: activating it would leave %3 without a usable signer. Nothing was pushed; restore its private key (jwkman-cli trash, restore) or start a new rotation.</source>
        <translation>the new key %1 of %2 is public only here, so it cannot sign: activating it would leave %3 without a usable signer. Nothing was pushed; restore its private key (jwkman-cli trash, restore) or start a new rotation.</translation>
    </message>
    <message>
        <source>%1 accepted the private key %2, but %3 does not sign with it now (its signer is %4); the rotation stays at "published". Check the remote set (jwkman-cli remote diff) and run --step activate again.</source>
        <translation>%1 accepted the private key %2, but %3 does not sign with it now (its signer is %4); the rotation stays at "published". Check the remote set (jwkman-cli remote diff) and run --step activate again.</translation>
    </message>
    <message>
        <source>%1 on %2 signs with %3, not with the activated key %4: retiring %5 now could delete the key Hydra signs with. Nothing was deleted; run --step activate again, or check the remote set.</source>
        <translation>%1 on %2 signs with %3, not with the activated key %4: retiring %5 now could delete the key Hydra signs with. Nothing was deleted; run --step activate again, or check the remote set.</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>the old key</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteWidget</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Pull…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Push &amp;Key…</source>
        <translation>Push &amp;Key…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Push &amp;Set…</source>
        <translation>Push &amp;Set…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>&amp;Generate on Server…</source>
        <translation>&amp;Generate on Server…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Delete on Server…</source>
        <translation>&amp;Delete on Server…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotate…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Remote Hydra admin endpoints</source>
        <translation>&amp;Remote Hydra admin endpoints</translation>
    </message>
    <message>
        <source>Remote endpoints</source>
        <translation>Remote endpoints</translation>
    </message>
    <message>
        <source>Key sets on the remote</source>
        <translation>Key sets on the remote</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>&amp;Key sets</source>
        <translation>&amp;Key sets</translation>
    </message>
    <message>
        <source>&amp;Key sets tracked on %1</source>
        <translation>&amp;Key sets tracked on %1</translation>
    </message>
    <message>
        <source>&amp;Delete Set on Server…</source>
        <translation>&amp;Delete Set on Server…</translation>
    </message>
    <message>
        <source>&amp;Delete Key on Server…</source>
        <translation>&amp;Delete Key on Server…</translation>
    </message>
    <message>
        <source>&amp;Rotate: Activate…</source>
        <translation>&amp;Rotate: Activate…</translation>
    </message>
    <message>
        <source>&amp;Rotate: Retire…</source>
        <translation>&amp;Rotate: Retire…</translation>
    </message>
    <message>
        <source>&amp;Rotate: Publish…</source>
        <translation>&amp;Rotate: Publish…</translation>
    </message>
    <message>
        <source>Push Key</source>
        <translation>Push Key</translation>
    </message>
    <message>
        <source>Key set %1 holds no keys here to push.</source>
        <translation>Key set %1 holds no keys here to push.</translation>
    </message>
    <message>
        <source>Key of %1 to send to %2:</source>
        <translation>Key of %1 to send to %2:</translation>
    </message>
</context>
<context>
    <name>jwk::SecretCipher</name>
    <message>
        <source>SHA-256 is unavailable</source>
        <translation>SHA-256 is unavailable</translation>
    </message>
    <message>
        <source>the store cipher could not be set up</source>
        <translation>the store cipher could not be set up</translation>
    </message>
    <message>
        <source>encryption failed: %1</source>
        <translation>encryption failed: %1</translation>
    </message>
</context>
<context>
    <name>jwk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Store location</translation>
    </message>
    <message>
        <source>Empty: $JWKMAN_STORE, else the default location</source>
        <translation>Empty: $JWKMAN_STORE, else the default location</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the store</source>
        <translation>Browse for the store</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation>Choose the Key Store</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Clipboard timeout in seconds</translation>
    </message>
    <message>
        <source>Copied private key material is cleared from the clipboard after this time</source>
        <translation>Copied private key material is cleared from the clipboard after this time</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>Clear &amp;clipboard after:</translation>
    </message>
    <message>
        <source>Default algorithm</source>
        <translation>Default algorithm</translation>
    </message>
    <message>
        <source>Default &amp;algorithm:</source>
        <translation>Default &amp;algorithm:</translation>
    </message>
    <message>
        <source>Thumbprint (RFC 7638)</source>
        <translation>Thumbprint (RFC 7638)</translation>
    </message>
    <message>
        <source>Random UUID (as Hydra)</source>
        <translation>Random UUID (as Hydra)</translation>
    </message>
    <message>
        <source>Key ID for new keys</source>
        <translation>Key ID for new keys</translation>
    </message>
    <message>
        <source>&amp;Key ID for new keys:</source>
        <translation>&amp;Key ID for new keys:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olours:</translation>
    </message>
    <message>
        <source>A new language applies when JWK Manager is started again.</source>
        <translation>A new language applies when JWK Manager is started again.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>In use now: %1</translation>
    </message>
</context>
<context>
    <name>jwk::StoreCommands</name>
    <message>
        <source>Delete Key %1</source>
        <translation>Delete Key %1</translation>
    </message>
    <message>
        <source>Delete Key Set %1</source>
        <translation>Delete Key Set %1</translation>
    </message>
    <message>
        <source>Rename Key Set %1</source>
        <translation>Rename Key Set %1</translation>
    </message>
    <message>
        <source>Edit Key %1</source>
        <translation>Edit Key %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Key(s)</source>
        <translation><numerusform>Delete %n Key</numerusform><numerusform>Delete %n Keys</numerusform></translation>
    </message>
</context>
<context>
    <name>jwk::StoreFiles</name>
    <message>
        <source>the lock file %1 is a symbolic link; remove it (it holds nothing) and try again</source>
        <translation>the lock file %1 is a symbolic link; remove it (it holds nothing) and try again</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be opened: %2. Check that the store's folder is writable.</source>
        <translation>the lock file %1 cannot be opened: %2. Check that the store's folder is writable.</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be locked: %2</source>
        <translation>the lock file %1 cannot be locked: %2</translation>
    </message>
    <message>
        <source>another process has held the lock %1 for %2 seconds while creating or opening the store; try again when it has finished</source>
        <translation>another process has held the lock %1 for %2 seconds while creating or opening the store; try again when it has finished</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>%1 cannot be written: %2. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link; it is refused because whoever can change the link chooses what is read. Put the real file in its place.</source>
        <translation>%1 %2 is a symbolic link; it is refused because whoever can change the link chooses what is read. Put the real file in its place.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file</source>
        <translation>%1 %2 is not a regular file</translation>
    </message>
    <message>
        <source>%1 %2 belongs to another user (uid %3); only its owner may use it. Copy it to a file of your own with mode 0600.</source>
        <translation>%1 %2 belongs to another user (uid %3); only its owner may use it. Copy it to a file of your own with mode 0600.</translation>
    </message>
    <message>
        <source>%1 %2 can be read or written by others (mode %3); make it yours only with `chmod 600 %2` and check that nobody changed it</source>
        <translation>%1 %2 can be read or written by others (mode %3); make it yours only with `chmod 600 %2` and check that nobody changed it</translation>
    </message>
</context>
<context>
    <name>jwk::StoreOpener</name>
    <message>
        <source>The system secret does not open this store. Start JWK Manager with the secret the store was made with (SECRETS_SYSTEM), or choose another store.</source>
        <translation>The system secret does not open this store. Start JWK Manager with the secret the store was made with (SECRETS_SYSTEM), or choose another store.</translation>
    </message>
    <message>
        <source>Another program is using the store. Try again when it is done.</source>
        <translation>Another program is using the store. Try again when it is done.</translation>
    </message>
    <message>
        <source>The store's file cannot be opened or written. Check that the folder exists and is writable, or choose another store.</source>
        <translation>The store's file cannot be opened or written. Check that the folder exists and is writable, or choose another store.</translation>
    </message>
    <message>
        <source>The store cannot be used.</source>
        <translation>The store cannot be used.</translation>
    </message>
    <message>
        <source>JWK Manager cannot open the key store
%1

%2</source>
        <translation>JWK Manager cannot open the key store
%1

%2</translation>
    </message>
    <message>
        <source>Key Store Cannot Be Opened</source>
        <translation>Key Store Cannot Be Opened</translation>
    </message>
    <message>
        <source>Choose Another Store…</source>
        <translation>Choose Another Store…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation>Choose the Key Store</translation>
    </message>
</context>
<context>
    <name>jwk::SystemSecret</name>
    <message>
        <source>SECRETS_SYSTEM has an unterminated quote; write it as comma-separated values or as a JSON array of strings</source>
        <translation>SECRETS_SYSTEM has an unterminated quote; write it as comma-separated values or as a JSON array of strings</translation>
    </message>
    <message>
        <source>no session bus</source>
        <translation>no session bus</translation>
    </message>
    <message>
        <source>the random number generator failed</source>
        <translation>the random number generator failed</translation>
    </message>
    <message>
        <source>no system secret is configured</source>
        <translation>no system secret is configured</translation>
    </message>
    <message>
        <source>system secret %1 of %2 has %3 characters; each secret needs at least %4 (as in Ory Hydra)</source>
        <translation>system secret %1 of %2 has %3 characters; each secret needs at least %4 (as in Ory Hydra)</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM starts with '[' but is not a JSON array of strings</source>
        <translation>SECRETS_SYSTEM starts with '[' but is not a JSON array of strings</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM must be a JSON array of strings</source>
        <translation>SECRETS_SYSTEM must be a JSON array of strings</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM is set but holds no secret</source>
        <translation>SECRETS_SYSTEM is set but holds no secret</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be read: %2</source>
        <translation>the secret file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>the system secret of the store %1 is missing: it is not in SECRETS_SYSTEM, not in the secret service and there is no file %2. Set SECRETS_SYSTEM to the store's secret (from your backup) or restore that file.</source>
        <translation>the system secret of the store %1 is missing: it is not in SECRETS_SYSTEM, not in the secret service and there is no file %2. Set SECRETS_SYSTEM to the store's secret (from your backup) or restore that file.</translation>
    </message>
    <message>
        <source>environment variable SECRETS_SYSTEM (%1 secret; the first encrypts)</source>
        <translation>environment variable SECRETS_SYSTEM (%1 secret; the first encrypts)</translation>
    </message>
    <message>
        <source>environment variable SECRETS_SYSTEM (%1 secrets; the first encrypts)</source>
        <translation>environment variable SECRETS_SYSTEM (%1 secrets; the first encrypts)</translation>
    </message>
    <message>
        <source>desktop secret service (QtKeychain), service "%1", key "%2"</source>
        <translation>desktop secret service (QtKeychain), service "%1", key "%2"</translation>
    </message>
    <message>
        <source>given by the caller</source>
        <translation>given by the caller</translation>
    </message>
    <message>
        <source>the secret file</source>
        <translation>the secret file</translation>
    </message>
    <message>
        <source>the secret file %1 is larger than 64 KiB; it is not a system secret</source>
        <translation>the secret file %1 is larger than 64 KiB; it is not a system secret</translation>
    </message>
    <message>
        <source>the secret service accepted the new system secret for %1 but does not return it (%2); the store was not created</source>
        <translation>the secret service accepted the new system secret for %1 but does not return it (%2); the store was not created</translation>
    </message>
    <message>
        <source>the secret file %1 vanished right after it was written</source>
        <translation>the secret file %1 vanished right after it was written</translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>file %1 (mode %2)</translation>
    </message>
</context>
<context>
    <name>jwk::TransportPolicy</name>
    <message>
        <source>"%1" is not a valid URL; give one such as https://hydra.example.com:4445</source>
        <translation>"%1" is not a valid URL; give one such as https://hydra.example.com:4445</translation>
    </message>
    <message>
        <source>the URL carries a user name or password; use a token file or a header instead</source>
        <translation>the URL carries a user name or password; use a token file or a header instead</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2: keys would cross the network unencrypted. Use https (plain http is allowed only to loopback: 127.0.0.1, ::1, localhost)</source>
        <translation>%1 uses plain http to %2: keys would cross the network unencrypted. Use https (plain http is allowed only to loopback: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the URL scheme "%1" is not supported; use https</source>
        <translation>the URL scheme "%1" is not supported; use https</translation>
    </message>
</context>
<context>
    <name>jwk::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted keys and key sets stay here until the trash is emptied.</source>
        <translation>Deleted keys and key sets stay here until the trash is emptied.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Some items could not be restored:
%1</source>
        <translation>Some items could not be restored:
%1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>Empty Trash?</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) in the trash will be deleted for good, with their private keys. This cannot be undone.</source>
        <translation><numerusform>The %n item in the trash will be deleted for good, with their private keys. This cannot be undone.</numerusform><numerusform>The %n items in the trash will be deleted for good, with their private keys. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Empty Trash</translation>
    </message>
</context>
<context>
    <name>jwk::TrashModel</name>
    <message numerus="yes">
        <source>Key set with %n key(s)</source>
        <translation><numerusform>Key set with %n key</numerusform><numerusform>Key set with %n keys</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>JWK Manager: a desktop manager for JSON Web Keys.</source>
        <translation>JWK Manager: a desktop manager for JSON Web Keys.</translation>
    </message>
    <message>
        <source>The key store to open (default: the setting, $JWKMAN_STORE, or %1).</source>
        <translation>The key store to open (default: the setting, $JWKMAN_STORE, or %1).</translation>
    </message>
    <message>
        <source>Key or certificate files to import.</source>
        <translation>Key or certificate files to import.</translation>
    </message>
</context>
</TS>
