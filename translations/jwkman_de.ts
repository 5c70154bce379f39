<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FileDialog</name>
    <message>
        <source>JWK Manager stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::AboutDialog</name>
    <message>
        <source>JWK Manager %1
Qt %2 (built with %3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1
System secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About JWK Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::AlgorithmModel</name>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-256: the modern RSA signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-256: key encryption for JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-521</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed448</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDH-ES key agreement for JWE, direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-128 key wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-192 key wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-256 key wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC with SHA-256: a shared secret for JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC with SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC with SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-128 key wrap for JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-192 key wrap for JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256 key wrap for JWE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-128-GCM content encryption (or A128GCMKW key wrap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-192-GCM content encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM content encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared content-encryption key used directly (size follows the &quot;enc&quot; in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric, %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Ory Hydra can generate keys for this algorithm too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::CertificateChainModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by the next certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::EditKeyDialog</name>
    <message>
        <source>Edit Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 (%2) in set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm (alg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set %1 has a key with this ID already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit this key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an algorithm for “%2”, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the private key material too. The file is readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only public keys are stored for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Private Keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold private key material: anyone who reads it can sign or decrypt as you. It is written readable by you only. Export the private keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Private Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several keys go into a JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symmetric key has only JWK forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key material will be written. The file gets owner-only permissions (0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only public keys will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symmetric key has no PEM or DER form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#1 holds RSA keys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC1 holds EC keys only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::FindingModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::FirstRunWidget</name>
    <message>
        <source>Your key store is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys live in key sets, as in Ory Hydra. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Hydra&apos;s default key sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM, DER, JWK or JWK Set files, and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA, EC, EdDSA or a symmetric key for any JOSE algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::GenerateKeyDialog</name>
    <message>
        <source>Generate Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s RFC 7638 thumbprint: the same key always gets the same kid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random UUID, as Ory Hydra makes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID (kid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (leave out “use”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name creates the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key s&amp;et:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching for primes… (%n candidate(s) tested)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key set to put the key in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key ID, or let it be the thumbprint or a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating an RSA key of %1 bits. This can take a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::ImportSummaryDialog</name>
    <message>
        <source>No key was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: already in the set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::KeyDetailsWidget</name>
    <message>
        <source>Select a key to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show private key material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt the key and show its private members until another key is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JWK as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PEM as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hain (leaf first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has no private part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is encrypted under a system secret that is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key shown. It is hidden again when you select another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key. Use “Show private” to see the private members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symmetric key has no public form: its metadata is shown. Use “Show private” to see the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symmetric key has no PEM form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the public key is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is hidden. Use “Show private” to see it in this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symmetric key is checked when it is shown with “Show private”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::KeyFileWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: it could not be made readable by you only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::KeyModel</name>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest private key of the set: the one Hydra signs with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key that is not the newest: Hydra publishes it but does not sign with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public key is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted under a system secret that is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256), shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::KeySetModel</name>
    <message>
        <source>All keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, Hydra key set, %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every key of every set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key set Ory Hydra uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key: Hydra could not sign with this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::MainWindow</name>
    <message>
        <source>JWK Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The private key material was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Key Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Hydra&apos;s Default Sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Key &amp;Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Public &amp;JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Public &amp;PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Private JWK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Private PEM (PKCS#8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Key Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key Se&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About JWK Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pri&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search kid, alg, type, thumbprint, set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All keys (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search in all key sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), no signing key</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), signs with %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Key Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new key set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Key Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for key set %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ory Hydra looks for key set %1 by this name. Rename it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved key set %1 to the trash. %2 restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) to the trash. %1 restores them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 key %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydra&apos;s Default Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydra&apos;s key sets exist already and each holds keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generating an RSA 4096 key for %n key set(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating an RSA 4096 key for %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating Hydra&apos;s default sets was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no keys to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into which key set? A new name creates the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped, no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Cannot Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key set %1 holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>key set %1 (%n key(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of these keys has a public form (symmetric keys have none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several keys can only be exported as a JWK Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported private key material to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard is cleared in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when JWK Manager is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::PassphraseDialog</name>
    <message>
        <source>Passphrase Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was wrong. Try again, or skip this item.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is encrypted. Enter its passphrase to import it, or skip it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: $JWKMAN_STORE, else the default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied private key material is cleared from the clipboard after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (RFC 7638)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random UUID (as Hydra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID for new keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key ID for new keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when JWK Manager is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::StoreCommands</name>
    <message>
        <source>Delete Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Key Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::StoreOpener</name>
    <message>
        <source>The system secret does not open this store. Start JWK Manager with the secret the store was made with (SECRETS_SYSTEM), or choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the store. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s file cannot be opened or written. Check that the folder exists and is writable, or choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK Manager cannot open the key store
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Store Cannot Be Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted keys and key sets stay here until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) in the trash will be deleted for good, with their private keys. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jwk::TrashModel</name>
    <message numerus="yes">
        <source>Key set with %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>JWK Manager: a desktop manager for JSON Web Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store to open (default: the setting, $JWKMAN_STORE, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or certificate files to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
