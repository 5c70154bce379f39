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
    <name>jwk::CoreMessages</name>
    <message>
        <source>the set holds this key already (same thumbprint)</source>
        <translation>the set holds this key already (same thumbprint)</translation>
    </message>
    <message>
        <source>the set has a different key with this kid</source>
        <translation>the set has a different key with this kid</translation>
    </message>
    <message>
        <source>a key with this kid is in the trash; restore it or empty the trash first</source>
        <translation>a key with this kid is in the trash; restore it or empty the trash first</translation>
    </message>
    <message>
        <source>not a key: expected a JWK or JWK Set (JSON), PEM or DER</source>
        <translation>not a key: expected a JWK or JWK Set (JSON), PEM or DER</translation>
    </message>
    <message>
        <source>no PEM block found</source>
        <translation>no PEM block found</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>the input is empty</translation>
    </message>
    <message>
        <source>the JWK Set holds no keys</source>
        <translation>the JWK Set holds no keys</translation>
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
        <source>is a folder, not a key file</source>
        <translation>is a folder, not a key file</translation>
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
