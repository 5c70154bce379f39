<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FileDialog</name>
    <message>
        <source>JWK Manager stores (*.sqlite);;All files (*)</source>
        <translation>JWK-Manager-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>jwk::AboutDialog</name>
    <message>
        <source>JWK Manager %1
Qt %2 (built with %3)
%4</source>
        <translation>JWK Manager %1
Qt %2 (erstellt mit %3)
%4</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Schlüsselspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Store: %1
System secret: %2</source>
        <translation>Speicher: %1
Systemgeheimnis: %2</translation>
    </message>
    <message>
        <source>About JWK Manager</source>
        <translation>Über JWK Manager</translation>
    </message>
    <message>
        <source>JWK Manager</source>
        <translation>JWK Manager</translation>
    </message>
    <message>
        <source>Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra keeps them.</source>
        <translation>Erzeugt, prüft, wandelt und speichert JSON Web Keys, in Schlüsselsätzen wie bei Ory Hydra.</translation>
    </message>
    <message>
        <source>System secret</source>
        <translation>Systemgeheimnis</translation>
    </message>
    <message>
        <source>Show System Secret…</source>
        <translation>Systemgeheimnis anzeigen …</translation>
    </message>
    <message>
        <source>Show the system secret for a backup</source>
        <translation>Das Systemgeheimnis für eine Sicherung anzeigen</translation>
    </message>
    <message>
        <source>Show the System Secret</source>
        <translation>Systemgeheimnis anzeigen</translation>
    </message>
    <message>
        <source>The system secret decrypts every key in this store. Show it now to keep a backup in a safe place? Anyone who sees it and has a copy of the store can read your private keys.</source>
        <translation>Das Systemgeheimnis entschlüsselt jeden Schlüssel dieses Speichers. Jetzt anzeigen, um eine Sicherung an einem sicheren Ort aufzubewahren? Wer es sieht und eine Kopie des Speichers hat, kann Ihre privaten Schlüssel lesen.</translation>
    </message>
</context>
<context>
    <name>jwk::AlgorithmModel</name>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature</source>
        <translation>RSASSA-PKCS1-v1_5 mit SHA-256: die am breitesten akzeptierte JWT-Signatur</translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-384</source>
        <translation>RSASSA-PKCS1-v1_5 mit SHA-384</translation>
    </message>
    <message>
        <source>RSASSA-PKCS1-v1_5 with SHA-512</source>
        <translation>RSASSA-PKCS1-v1_5 mit SHA-512</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-256: the modern RSA signature</source>
        <translation>RSASSA-PSS mit SHA-256: die moderne RSA-Signatur</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-384</source>
        <translation>RSASSA-PSS mit SHA-384</translation>
    </message>
    <message>
        <source>RSASSA-PSS with SHA-512</source>
        <translation>RSASSA-PSS mit SHA-512</translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)</source>
        <translation>RSAES-OAEP mit SHA-1: Schlüsselverschlüsselung für JWE (ältere Gegenstellen)</translation>
    </message>
    <message>
        <source>RSAES-OAEP with SHA-256: key encryption for JWE</source>
        <translation>RSAES-OAEP mit SHA-256: Schlüsselverschlüsselung für JWE</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement for JWE, direct</source>
        <translation>ECDH-ES-Schlüsselvereinbarung für JWE, direkt</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-128 key wrap</source>
        <translation>ECDH-ES-Schlüsselvereinbarung mit AES-128-Key-Wrap</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-192 key wrap</source>
        <translation>ECDH-ES-Schlüsselvereinbarung mit AES-192-Key-Wrap</translation>
    </message>
    <message>
        <source>ECDH-ES key agreement with AES-256 key wrap</source>
        <translation>ECDH-ES-Schlüsselvereinbarung mit AES-256-Key-Wrap</translation>
    </message>
    <message>
        <source>HMAC with SHA-256: a shared secret for JWS</source>
        <translation>HMAC mit SHA-256: ein gemeinsames Geheimnis für JWS</translation>
    </message>
    <message>
        <source>HMAC with SHA-384</source>
        <translation>HMAC mit SHA-384</translation>
    </message>
    <message>
        <source>HMAC with SHA-512</source>
        <translation>HMAC mit SHA-512</translation>
    </message>
    <message>
        <source>AES-128 key wrap for JWE</source>
        <translation>AES-128-Key-Wrap für JWE</translation>
    </message>
    <message>
        <source>AES-192 key wrap for JWE</source>
        <translation>AES-192-Key-Wrap für JWE</translation>
    </message>
    <message>
        <source>AES-256 key wrap for JWE</source>
        <translation>AES-256-Key-Wrap für JWE</translation>
    </message>
    <message>
        <source>AES-128-GCM content encryption (or A128GCMKW key wrap)</source>
        <translation>AES-128-GCM-Inhaltsverschlüsselung (oder A128GCMKW-Key-Wrap)</translation>
    </message>
    <message>
        <source>AES-192-GCM content encryption</source>
        <translation>AES-192-GCM-Inhaltsverschlüsselung</translation>
    </message>
    <message>
        <source>AES-256-GCM content encryption</source>
        <translation>AES-256-GCM-Inhaltsverschlüsselung</translation>
    </message>
    <message>
        <source>A shared content-encryption key used directly (size follows the "enc" in use)</source>
        <translation>Ein gemeinsamer Inhaltsschlüssel, direkt verwendet (die Größe richtet sich nach dem verwendeten „enc“)</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 Bit</translation>
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
        <translation>Symmetrisch, %1 Bit</translation>
    </message>
    <message>
        <source>%1
Ory Hydra can generate keys for this algorithm too.</source>
        <translation>%1
Ory Hydra kann für diesen Algorithmus ebenfalls Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür er gedacht ist</translation>
    </message>
    <message>
        <source>ECDSA on P-256 with SHA-256: small, fast signatures</source>
        <translation>ECDSA auf P-256 mit SHA-256: kleine, schnelle Signaturen</translation>
    </message>
    <message>
        <source>ECDSA on P-384 with SHA-384</source>
        <translation>ECDSA auf P-384 mit SHA-384</translation>
    </message>
    <message>
        <source>ECDSA on P-521 with SHA-512</source>
        <translation>ECDSA auf P-521 mit SHA-512</translation>
    </message>
    <message>
        <source>EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448</source>
        <translation>EdDSA (RFC 8037): deterministische Signaturen auf Ed25519 oder Ed448</translation>
    </message>
    <message>
        <source>EdDSA on Ed25519, fully specified (RFC 9864)</source>
        <translation>EdDSA auf Ed25519, vollständig festgelegt (RFC 9864)</translation>
    </message>
    <message>
        <source>EdDSA on Ed448, fully specified (RFC 9864)</source>
        <translation>EdDSA auf Ed448, vollständig festgelegt (RFC 9864)</translation>
    </message>
</context>
<context>
    <name>jwk::CertificateChainModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>not signed by the next certificate</source>
        <translation>nicht vom nächsten Zertifikat signiert</translation>
    </message>
    <message>
        <source>valid, self-signed</source>
        <translation>gültig, selbst signiert</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
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
        <translation>der Schlüsselsatz enthält diesen Schlüssel bereits (gleicher Fingerabdruck)</translation>
    </message>
    <message>
        <source>the set has a different key with this kid</source>
        <translation>der Schlüsselsatz enthält einen anderen Schlüssel mit dieser kid</translation>
    </message>
    <message>
        <source>a key with this kid is in the trash; restore it or empty the trash first</source>
        <translation>ein Schlüssel mit dieser kid liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb</translation>
    </message>
    <message>
        <source>not a key: expected a JWK or JWK Set (JSON), PEM or DER</source>
        <translation>kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER</translation>
    </message>
    <message>
        <source>no PEM block found</source>
        <translation>kein PEM-Block gefunden</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>the JWK Set holds no keys</source>
        <translation>das JWK Set enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>the key is encrypted and no passphrase was given</source>
        <translation>der Schlüssel ist verschlüsselt, und es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>wrong passphrase: the key could not be decrypted</source>
        <translation>falsche Passphrase: Der Schlüssel konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>is a folder, not a key file</source>
        <translation>ist ein Ordner, keine Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>jwk::EditKeyDialog</name>
    <message>
        <source>Edit Key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Key %1 (%2) in set %3</source>
        <translation>Schlüssel %1 (%2) im Schlüsselsatz %3</translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation>Schlüssel-&amp;ID (kid):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Algorithm (alg):</source>
        <translation>&amp;Algorithmus (alg):</translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation>sig (Signaturen)</translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation>enc (Verschlüsselung)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>The key ID must not be empty.</source>
        <translation>Die Schlüssel-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The key ID must not contain control characters.</source>
        <translation>Die Schlüssel-ID darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Key set %1 has a key with this ID already.</source>
        <translation>Der Schlüsselsatz %1 enthält bereits einen Schlüssel mit dieser ID.</translation>
    </message>
    <message>
        <source>%1 does not fit this key: %2</source>
        <translation>%1 passt nicht zu diesem Schlüssel: %2</translation>
    </message>
    <message>
        <source>%1 is an algorithm for “%2”, not “%3”.</source>
        <translation>%1 ist ein Algorithmus für „%2“, nicht für „%3“.</translation>
    </message>
</context>
<context>
    <name>jwk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
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
        <translation>Private Schlüssel &amp;einschließen</translation>
    </message>
    <message>
        <source>Write the private key material too. The file is readable by you only.</source>
        <translation>Auch das private Schlüsselmaterial schreiben. Nur Sie können die Datei lesen.</translation>
    </message>
    <message>
        <source>Only public keys are stored for this selection</source>
        <translation>Für diese Auswahl sind nur öffentliche Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export Private Keys?</source>
        <translation>Private Schlüssel exportieren?</translation>
    </message>
    <message>
        <source>The file will hold private key material: anyone who reads it can sign or decrypt as you. It is written readable by you only. Export the private keys?</source>
        <translation>Die Datei wird privates Schlüsselmaterial enthalten: Wer sie liest, kann in Ihrem Namen signieren oder entschlüsseln. Sie wird so geschrieben, dass nur Sie sie lesen können. Private Schlüssel exportieren?</translation>
    </message>
    <message>
        <source>Include Private Keys</source>
        <translation>Private Schlüssel einschließen</translation>
    </message>
    <message>
        <source>several keys go into a JWK Set</source>
        <translation>mehrere Schlüssel gehören in ein JWK Set</translation>
    </message>
    <message>
        <source>a symmetric key has only JWK forms</source>
        <translation>ein symmetrischer Schlüssel hat nur JWK-Formen</translation>
    </message>
    <message>
        <source>Private key material will be written. The file gets owner-only permissions (0600).</source>
        <translation>Privates Schlüsselmaterial wird geschrieben. Die Datei erhält Rechte nur für den Eigentümer (0600).</translation>
    </message>
    <message>
        <source>Only public keys will be written.</source>
        <translation>Es werden nur öffentliche Schlüssel geschrieben.</translation>
    </message>
    <message>
        <source>a symmetric key has no PEM or DER form</source>
        <translation>ein symmetrischer Schlüssel hat keine PEM- oder DER-Form</translation>
    </message>
    <message>
        <source>PKCS#1 holds RSA keys only</source>
        <translation>PKCS#1 enthält nur RSA-Schlüssel</translation>
    </message>
    <message>
        <source>SEC1 holds EC keys only</source>
        <translation>SEC1 enthält nur EC-Schlüssel</translation>
    </message>
</context>
<context>
    <name>jwk::FindingModel</name>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>jwk::FirstRunWidget</name>
    <message>
        <source>Your key store is empty</source>
        <translation>Ihr Schlüsselspeicher ist leer</translation>
    </message>
    <message>
        <source>Keys live in key sets, as in Ory Hydra. Start with one of these:</source>
        <translation>Schlüssel liegen in Schlüsselsätzen, wie bei Ory Hydra. Beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
    <message>
        <source>Create Hydra's default key sets</source>
        <translation>Die Standard-Schlüsselsätze von Hydra anlegen</translation>
    </message>
    <message>
        <source>hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key</source>
        <translation>hydra.openid.id-token, hydra.jwt.access-token und hydra.https-tls, jeweils mit einem RSA-4096-Schlüssel</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>PEM, DER, JWK or JWK Set files, and certificates</source>
        <translation>PEM-, DER-, JWK- oder JWK-Set-Dateien und Zertifikate</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Einen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>RSA, EC, EdDSA or a symmetric key for any JOSE algorithm</source>
        <translation>RSA, EC, EdDSA oder ein symmetrischer Schlüssel für jeden JOSE-Algorithmus</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
</context>
<context>
    <name>jwk::FormatLabels</name>
    <message>
        <source>JWK (public key)</source>
        <translation>JWK (öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <source>JWK (with private key)</source>
        <translation>JWK (mit privatem Schlüssel)</translation>
    </message>
    <message>
        <source>JWK Set (public keys)</source>
        <translation>JWK Set (öffentliche Schlüssel)</translation>
    </message>
    <message>
        <source>JWK Set (with private keys)</source>
        <translation>JWK Set (mit privaten Schlüsseln)</translation>
    </message>
    <message>
        <source>SPKI PEM (public key)</source>
        <translation>SPKI PEM (öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <source>PKCS#8 PEM (private key)</source>
        <translation>PKCS#8 PEM (privater Schlüssel)</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 PEM (private key, passphrase)</source>
        <translation>Verschlüsseltes PKCS#8 PEM (privater Schlüssel, Passphrase)</translation>
    </message>
    <message>
        <source>PKCS#1 PEM (RSA private key)</source>
        <translation>PKCS#1 PEM (privater RSA-Schlüssel)</translation>
    </message>
    <message>
        <source>PKCS#1 PEM (RSA public key)</source>
        <translation>PKCS#1 PEM (öffentlicher RSA-Schlüssel)</translation>
    </message>
    <message>
        <source>SEC1 PEM (EC private key)</source>
        <translation>SEC1 PEM (privater EC-Schlüssel)</translation>
    </message>
    <message>
        <source>SPKI DER (public key)</source>
        <translation>SPKI DER (öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <source>PKCS#8 DER (private key)</source>
        <translation>PKCS#8 DER (privater Schlüssel)</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 DER (private key, passphrase)</source>
        <translation>Verschlüsseltes PKCS#8 DER (privater Schlüssel, Passphrase)</translation>
    </message>
    <message>
        <source>PKCS#1 DER (RSA private key)</source>
        <translation>PKCS#1 DER (privater RSA-Schlüssel)</translation>
    </message>
    <message>
        <source>PKCS#1 DER (RSA public key)</source>
        <translation>PKCS#1 DER (öffentlicher RSA-Schlüssel)</translation>
    </message>
    <message>
        <source>SEC1 DER (EC private key)</source>
        <translation>SEC1 DER (privater EC-Schlüssel)</translation>
    </message>
</context>
<context>
    <name>jwk::GenerateKeyDialog</name>
    <message>
        <source>Generate Key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Thumbprint</source>
        <translation>&amp;Fingerabdruck</translation>
    </message>
    <message>
        <source>The key's RFC 7638 thumbprint: the same key always gets the same kid</source>
        <translation>Der RFC-7638-Fingerabdruck des Schlüssels: derselbe Schlüssel erhält immer dieselbe kid</translation>
    </message>
    <message>
        <source>&amp;UUID</source>
        <translation>&amp;UUID</translation>
    </message>
    <message>
        <source>A random UUID, as Ory Hydra makes them</source>
        <translation>Eine zufällige UUID, wie Ory Hydra sie vergibt</translation>
    </message>
    <message>
        <source>&amp;Own:</source>
        <translation>&amp;Eigene:</translation>
    </message>
    <message>
        <source>Own key ID</source>
        <translation>Eigene Schlüssel-ID</translation>
    </message>
    <message>
        <source>Key ID (kid):</source>
        <translation>Schlüssel-ID (kid):</translation>
    </message>
    <message>
        <source>sig (signatures)</source>
        <translation>sig (Signaturen)</translation>
    </message>
    <message>
        <source>enc (encryption)</source>
        <translation>enc (Verschlüsselung)</translation>
    </message>
    <message>
        <source>none (leave out “use”)</source>
        <translation>keine („use“ weglassen)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>A new name creates the set</source>
        <translation>Ein neuer Name legt den Schlüsselsatz an</translation>
    </message>
    <message>
        <source>Key s&amp;et:</source>
        <translation>Schlüssel&amp;satz:</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>Fortschritt der Erzeugung</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Searching for primes… (%n candidate(s) tested)</source>
        <translation><numerusform>Suche nach Primzahlen … (%n Kandidat geprüft)</numerusform><numerusform>Suche nach Primzahlen … (%n Kandidaten geprüft)</numerusform></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The key could not be generated: %1</source>
        <translation>Der Schlüssel konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation>&amp;Kurve:</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüsselgröße</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Choose an algorithm.</source>
        <translation>Wählen Sie einen Algorithmus.</translation>
    </message>
    <message>
        <source>Name the key set to put the key in.</source>
        <translation>Geben Sie den Schlüsselsatz an, in den der Schlüssel soll.</translation>
    </message>
    <message>
        <source>Enter the key ID, or let it be the thumbprint or a UUID.</source>
        <translation>Geben Sie die Schlüssel-ID ein oder wählen Sie Fingerabdruck oder UUID.</translation>
    </message>
    <message>
        <source>Generating an RSA key of %1 bits. This can take a few seconds…</source>
        <translation>Ein RSA-Schlüssel mit %1 Bit wird erzeugt. Das kann einige Sekunden dauern …</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>jwk::ImportSummaryDialog</name>
    <message>
        <source>No key was imported</source>
        <translation>Es wurde kein Schlüssel importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s) into %1</source>
        <translation><numerusform>%n Schlüssel in %1 importiert</numerusform><numerusform>%n Schlüssel in %1 importiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation><numerusform>%n als Duplikat übersprungen</numerusform><numerusform>%n als Duplikate übersprungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <source>Import Summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Einzelheiten des Imports</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importiert (%1)</translation>
    </message>
    <message>
        <source>Skipped: already in the set (%1)</source>
        <translation>Übersprungen: bereits im Schlüsselsatz (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>und %n weiterer</numerusform><numerusform>und %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>jwk::KeyDetailsWidget</name>
    <message>
        <source>Select a key to see it here.</source>
        <translation>Wählen Sie einen Schlüssel aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Show &amp;private</source>
        <translation>&amp;Privat anzeigen</translation>
    </message>
    <message>
        <source>Show private key material</source>
        <translation>Privates Schlüsselmaterial anzeigen</translation>
    </message>
    <message>
        <source>Decrypt the key and show its private members until another key is selected</source>
        <translation>Den Schlüssel entschlüsseln und seine privaten Teile anzeigen, bis ein anderer Schlüssel gewählt wird</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the JWK as shown</source>
        <translation>Den JWK wie angezeigt kopieren</translation>
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
        <translation>privater JWK</translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation>öffentlicher JWK</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PEM format</source>
        <translation>PEM-Format</translation>
    </message>
    <message>
        <source>Copy the PEM as shown</source>
        <translation>Das PEM wie angezeigt kopieren</translation>
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
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Alternative Inhabernamen:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>C&amp;hain (leaf first):</source>
        <translation>Ke&amp;tte (Endzertifikat zuerst):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Prü&amp;fungen</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Schlüsselsatz %1</translation>
    </message>
    <message>
        <source>This key has no private part</source>
        <translation>Dieser Schlüssel hat keinen privaten Teil</translation>
    </message>
    <message>
        <source>This key is encrypted under a system secret that is not configured</source>
        <translation>Dieser Schlüssel ist mit einem Systemgeheimnis verschlüsselt, das nicht eingerichtet ist</translation>
    </message>
    <message>
        <source>The key cannot be shown: %1</source>
        <translation>Der Schlüssel kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Private key shown. It is hidden again when you select another key.</source>
        <translation>Privater Schlüssel angezeigt. Er wird wieder verborgen, sobald Sie einen anderen Schlüssel wählen.</translation>
    </message>
    <message>
        <source>Public key. Use “Show private” to see the private members.</source>
        <translation>Öffentlicher Schlüssel. Mit „Privat anzeigen“ sehen Sie die privaten Teile.</translation>
    </message>
    <message>
        <source>Public key.</source>
        <translation>Öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>A symmetric key has no public form: its metadata is shown. Use “Show private” to see the secret.</source>
        <translation>Ein symmetrischer Schlüssel hat keine öffentliche Form: Angezeigt werden seine Metadaten. Mit „Privat anzeigen“ sehen Sie das Geheimnis.</translation>
    </message>
    <message>
        <source>A symmetric key has no PEM form</source>
        <translation>Ein symmetrischer Schlüssel hat keine PEM-Form</translation>
    </message>
    <message>
        <source>only the public key is stored</source>
        <translation>nur der öffentliche Schlüssel ist gespeichert</translation>
    </message>
    <message>
        <source>The private key is hidden. Use “Show private” to see it in this format.</source>
        <translation>Der private Schlüssel ist verborgen. Mit „Privat anzeigen“ sehen Sie ihn in diesem Format.</translation>
    </message>
    <message>
        <source>Only the public key is stored.</source>
        <translation>Nur der öffentliche Schlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>Not available for this key: %1</source>
        <translation>Für diesen Schlüssel nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>vom %1
bis %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A symmetric key is checked when it is shown with “Show private”.</source>
        <translation>Ein symmetrischer Schlüssel wird geprüft, sobald er mit „Privat anzeigen“ angezeigt wird.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Hide &amp;private</source>
        <translation>&amp;Privat verbergen</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
</context>
<context>
    <name>jwk::KeyFileWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not written: it could not be made readable by you only (%2)</source>
        <translation>%1 wurde nicht geschrieben: Die Datei konnte nicht auf Sie allein beschränkt werden (%2)</translation>
    </message>
</context>
<context>
    <name>jwk::KeyModel</name>
    <message>
        <source>signing</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public only</source>
        <translation>nur öffentlich</translation>
    </message>
    <message>
        <source>cannot decrypt</source>
        <translation>nicht entschlüsselbar</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256): %1</source>
        <translation>RFC-7638-Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>The newest private key of the set: the one Hydra signs with</source>
        <translation>Der neueste private Schlüssel des Satzes: Mit ihm signiert Hydra</translation>
    </message>
    <message>
        <source>A private key that is not the newest: Hydra publishes it but does not sign with it</source>
        <translation>Ein privater Schlüssel, der nicht der neueste ist: Hydra veröffentlicht ihn, signiert aber nicht mit ihm</translation>
    </message>
    <message>
        <source>Only the public key is stored</source>
        <translation>Nur der öffentliche Schlüssel ist gespeichert</translation>
    </message>
    <message>
        <source>Encrypted under a system secret that is not configured</source>
        <translation>Mit einem Systemgeheimnis verschlüsselt, das nicht eingerichtet ist</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256), shortened</source>
        <translation>RFC-7638-Fingerabdruck (SHA-256), gekürzt</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
</context>
<context>
    <name>jwk::KeySetModel</name>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1, Hydra key set, %n key(s)</source>
        <translation><numerusform>%1, Hydra-Schlüsselsatz, %n Schlüssel</numerusform><numerusform>%1, Hydra-Schlüsselsatz, %n Schlüssel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n key(s)</source>
        <translation><numerusform>%1, %n Schlüssel</numerusform><numerusform>%1, %n Schlüssel</numerusform></translation>
    </message>
    <message>
        <source>Every key of every set</source>
        <translation>Jeder Schlüssel aus jedem Schlüsselsatz</translation>
    </message>
    <message>
        <source>A key set Ory Hydra uses</source>
        <translation>Ein Schlüsselsatz, den Ory Hydra verwendet</translation>
    </message>
    <message>
        <source>No private key: Hydra could not sign with this set</source>
        <translation>Kein privater Schlüssel: Hydra könnte mit diesem Satz nicht signieren</translation>
    </message>
    <message>
        <source>Signs with %1</source>
        <translation>Signiert mit %1</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
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
        <translation><numerusform>Zwischenablage wird in %n s geleert</numerusform><numerusform>Zwischenablage wird in %n s geleert</numerusform></translation>
    </message>
    <message>
        <source>The private key material was cleared from the clipboard.</source>
        <translation>Das private Schlüsselmaterial wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>&amp;New Key Set…</source>
        <translation>&amp;Neuer Schlüsselsatz …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>Schlüssel &amp;erzeugen …</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Create &amp;Hydra's Default Sets…</source>
        <translation>&amp;Hydra-Standardsätze anlegen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Paste Keys</source>
        <translation>Schlüssel ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Export Keys…</source>
        <translation>Schlüssel e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Key &amp;Set…</source>
        <translation>Schlüssel&amp;satz exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Copy Public &amp;JWK</source>
        <translation>Öffentlichen &amp;JWK kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Copy Public &amp;PEM</source>
        <translation>Öffentliches &amp;PEM kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;Thumbprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Rename Key Set…</source>
        <translation>Schlüsselsatz &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Key Se&amp;t</source>
        <translation>Schlüssels&amp;atz löschen</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Show &amp;Private Key</source>
        <translation>&amp;Privaten Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;About JWK Manager</source>
        <translation>Ü&amp;ber JWK Manager</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy Pri&amp;vate</source>
        <translation>Pri&amp;vat kopieren</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New Set</source>
        <translation>Neuer Satz</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy JWK</source>
        <translation>JWK kopieren</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM kopieren</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search kid, alg, type, thumbprint, set (%1)</source>
        <translation>kid, alg, Typ, Fingerabdruck, Satz suchen (%1)</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Key sets</source>
        <translation>Schlüsselsätze</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>Kein Speicher</translation>
    </message>
    <message numerus="yes">
        <source>All keys (%n)</source>
        <translation><numerusform>Alle Schlüssel (%n)</numerusform><numerusform>Alle Schlüssel (%n)</numerusform></translation>
    </message>
    <message>
        <source>Search in all key sets</source>
        <translation>Suche in allen Schlüsselsätzen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), no signing key</source>
        <translation><numerusform>%1: %n Schlüssel, kein Signaturschlüssel</numerusform><numerusform>%1: %n Schlüssel, kein Signaturschlüssel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), signs with %2</source>
        <translation><numerusform>%1: %n Schlüssel, signiert mit %2</numerusform><numerusform>%1: %n Schlüssel, signiert mit %2</numerusform></translation>
    </message>
    <message>
        <source>New Key Set</source>
        <translation>Neuer Schlüsselsatz</translation>
    </message>
    <message>
        <source>Name of the new key set:</source>
        <translation>Name des neuen Schlüsselsatzes:</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Schlüsselsatz %1 angelegt.</translation>
    </message>
    <message>
        <source>Rename Key Set</source>
        <translation>Schlüsselsatz umbenennen</translation>
    </message>
    <message>
        <source>New name for key set %1:</source>
        <translation>Neuer Name für den Schlüsselsatz %1:</translation>
    </message>
    <message>
        <source>Ory Hydra looks for key set %1 by this name. Rename it anyway?</source>
        <translation>Ory Hydra sucht den Schlüsselsatz %1 unter diesem Namen. Trotzdem umbenennen?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Delete Key Set</source>
        <translation>Schlüsselsatz löschen</translation>
    </message>
    <message>
        <source>Moved key set %1 to the trash. %2 restores it.</source>
        <translation>Schlüsselsatz %1 in den Papierkorb verschoben. %2 stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) to the trash. %1 restores them.</source>
        <translation><numerusform>%n Schlüssel in den Papierkorb verschoben. %1 stellt ihn wieder her.</numerusform><numerusform>%n Schlüssel in den Papierkorb verschoben. %1 stellt sie wieder her.</numerusform></translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Saved key %1.</source>
        <translation>Schlüssel %1 gespeichert.</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>The new key was not stored: %1</source>
        <translation>Der neue Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Generated %1 key %2 in %3.</source>
        <translation>%1-Schlüssel %2 in %3 erzeugt.</translation>
    </message>
    <message>
        <source>Hydra's Default Sets</source>
        <translation>Hydra-Standardsätze</translation>
    </message>
    <message>
        <source>Hydra's key sets exist already and each holds keys: %1.</source>
        <translation>Die Schlüsselsätze von Hydra gibt es bereits, und jeder enthält Schlüssel: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Generating an RSA 4096 key for %n key set(s)…</source>
        <translation><numerusform>Ein RSA-4096-Schlüssel wird für %n Schlüsselsatz erzeugt …</numerusform><numerusform>Für %n Schlüsselsätze wird je ein RSA-4096-Schlüssel erzeugt …</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Generating an RSA 4096 key for %1 (%2 of %3)…</source>
        <translation>RSA-4096-Schlüssel für %1 wird erzeugt (%2 von %3) …</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Creating Hydra's default sets was cancelled; nothing was stored.</source>
        <translation>Das Anlegen der Hydra-Standardsätze wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no keys to paste.</source>
        <translation>Die Zwischenablage enthält keine Schlüssel zum Einfügen.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Import into which key set? A new name creates the set.</source>
        <translation>In welchen Schlüsselsatz importieren? Ein neuer Name legt den Satz an.</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>Ein Import läuft bereits; versuchen Sie es danach erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation><numerusform>%n Element wird in %1 importiert …</numerusform><numerusform>%n Elemente werden in %1 importiert …</numerusform></translation>
    </message>
    <message>
        <source>%1: skipped, no passphrase was given</source>
        <translation>%1: übersprungen, keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Key Cannot Be Read</source>
        <translation>Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation><numerusform>%n ausgewählten Schlüssel</numerusform><numerusform>%n ausgewählte Schlüssel</numerusform></translation>
    </message>
    <message>
        <source>Key set %1 holds no keys.</source>
        <translation>Der Schlüsselsatz %1 enthält keine Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>key set %1 (%n key(s))</source>
        <translation><numerusform>Schlüsselsatz %1 (%n Schlüssel)</numerusform><numerusform>Schlüsselsatz %1 (%n Schlüssel)</numerusform></translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>none of these keys has a public form (symmetric keys have none)</source>
        <translation>keiner dieser Schlüssel hat eine öffentliche Form (symmetrische Schlüssel haben keine)</translation>
    </message>
    <message>
        <source>several keys can only be exported as a JWK Set</source>
        <translation>mehrere Schlüssel lassen sich nur als JWK Set exportieren</translation>
    </message>
    <message>
        <source>cancelled: no passphrase was given</source>
        <translation>abgebrochen: keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>Exported private key material to %1 (readable by you only).</source>
        <translation>Privates Schlüsselmaterial nach %1 exportiert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The keys were not exported: %1</source>
        <translation>Die Schlüssel wurden nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard is cleared in %n s.</source>
        <translation><numerusform>In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.</numerusform><numerusform>In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.</numerusform></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>In die Zwischenablage kopiert: %1.</translation>
    </message>
    <message>
        <source>public JWK</source>
        <translation>öffentlicher JWK</translation>
    </message>
    <message>
        <source>public PEM</source>
        <translation>öffentliches PEM</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>private JWK</source>
        <translation>privater JWK</translation>
    </message>
    <message>
        <source>private PEM</source>
        <translation>privates PEM</translation>
    </message>
    <message>
        <source>Opened the store %1.</source>
        <translation>Speicher %1 geöffnet.</translation>
    </message>
    <message>
        <source>The new language applies when JWK Manager is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von JWK Manager.</translation>
    </message>
    <message numerus="yes">
        <source>Move key set %1 with %n key(s) to the trash? %2 brings it back.</source>
        <translation><numerusform>Schlüsselsatz %1 mit %n Schlüssel in den Papierkorb verschieben? %2 holt ihn zurück.</numerusform><numerusform>Schlüsselsatz %1 mit %n Schlüsseln in den Papierkorb verschieben? %2 holt ihn zurück.</numerusform></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new store opens when JWK Manager is started again: keys are being written to the current one.</source>
        <translation>Der neue Speicher wird beim nächsten Start von JWK Manager geöffnet: In den aktuellen werden gerade Schlüssel geschrieben.</translation>
    </message>
    <message>
        <source>Copy Private JWK</source>
        <translation>Privaten JWK kopieren</translation>
    </message>
    <message>
        <source>Copy Private PEM (PKCS#8)</source>
        <translation>Privates PEM (PKCS#8) kopieren</translation>
    </message>
</context>
<context>
    <name>jwk::PassphraseDialog</name>
    <message>
        <source>Passphrase Needed</source>
        <translation>Passphrase erforderlich</translation>
    </message>
    <message>
        <source>Choose a Passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>The passphrase was wrong. Try again, or skip this item.

%1</source>
        <translation>Die Passphrase war falsch. Versuchen Sie es erneut oder überspringen Sie dieses Element.

%1</translation>
    </message>
    <message>
        <source>This item is encrypted. Enter its passphrase to import it, or skip it.

%1</source>
        <translation>Dieses Element ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu importieren, oder überspringen Sie es.

%1</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot be read again.</source>
        <translation>Wählen Sie eine Passphrase, mit der %1 verschlüsselt wird. Bewahren Sie sie gut auf: Ohne sie lässt sich der Schlüssel nicht mehr lesen.</translation>
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
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation><numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform><numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>jwk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Empty: $JWKMAN_STORE, else the default location</source>
        <translation>Leer: $JWKMAN_STORE, sonst der Standardort</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the store</source>
        <translation>Speicher auswählen</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation>Schlüsselspeicher wählen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Zeit bis zum Leeren der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>Copied private key material is cleared from the clipboard after this time</source>
        <translation>Kopiertes privates Schlüsselmaterial wird nach dieser Zeit aus der Zwischenablage entfernt</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>Default algorithm</source>
        <translation>Standardalgorithmus</translation>
    </message>
    <message>
        <source>Default &amp;algorithm:</source>
        <translation>Standard&amp;algorithmus:</translation>
    </message>
    <message>
        <source>Thumbprint (RFC 7638)</source>
        <translation>Fingerabdruck (RFC 7638)</translation>
    </message>
    <message>
        <source>Random UUID (as Hydra)</source>
        <translation>Zufällige UUID (wie Hydra)</translation>
    </message>
    <message>
        <source>Key ID for new keys</source>
        <translation>Schlüssel-ID für neue Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key ID for new keys:</source>
        <translation>Schlüssel-&amp;ID für neue Schlüssel:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>A new language applies when JWK Manager is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von JWK Manager.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>jwk::StoreCommands</name>
    <message>
        <source>Delete Key %1</source>
        <translation>Schlüssel %1 löschen</translation>
    </message>
    <message>
        <source>Delete Key Set %1</source>
        <translation>Schlüsselsatz %1 löschen</translation>
    </message>
    <message>
        <source>Rename Key Set %1</source>
        <translation>Schlüsselsatz %1 umbenennen</translation>
    </message>
    <message>
        <source>Edit Key %1</source>
        <translation>Schlüssel %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Key(s)</source>
        <translation><numerusform>%n Schlüssel löschen</numerusform><numerusform>%n Schlüssel löschen</numerusform></translation>
    </message>
</context>
<context>
    <name>jwk::StoreOpener</name>
    <message>
        <source>The system secret does not open this store. Start JWK Manager with the secret the store was made with (SECRETS_SYSTEM), or choose another store.</source>
        <translation>Das Systemgeheimnis öffnet diesen Speicher nicht. Starten Sie JWK Manager mit dem Geheimnis, mit dem der Speicher angelegt wurde (SECRETS_SYSTEM), oder wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <source>Another program is using the store. Try again when it is done.</source>
        <translation>Ein anderes Programm verwendet den Speicher. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The store's file cannot be opened or written. Check that the folder exists and is writable, or choose another store.</source>
        <translation>Die Datei des Speichers lässt sich nicht öffnen oder schreiben. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <source>The store cannot be used.</source>
        <translation>Der Speicher kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>JWK Manager cannot open the key store
%1

%2</source>
        <translation>JWK Manager kann den Schlüsselspeicher nicht öffnen:
%1

%2</translation>
    </message>
    <message>
        <source>Key Store Cannot Be Opened</source>
        <translation>Schlüsselspeicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Choose Another Store…</source>
        <translation>Anderen Speicher wählen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose the Key Store</source>
        <translation>Schlüsselspeicher wählen</translation>
    </message>
</context>
<context>
    <name>jwk::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted keys and key sets stay here until the trash is emptied.</source>
        <translation>Gelöschte Schlüssel und Schlüsselsätze bleiben hier, bis der Papierkorb geleert wird.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Some items could not be restored:
%1</source>
        <translation>Einige Elemente konnten nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) in the trash will be deleted for good, with their private keys. This cannot be undone.</source>
        <translation><numerusform>Das %n Element im Papierkorb wird endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.</numerusform><numerusform>Die %n Elemente im Papierkorb werden endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.</numerusform></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
</context>
<context>
    <name>jwk::TrashModel</name>
    <message numerus="yes">
        <source>Key set with %n key(s)</source>
        <translation><numerusform>Schlüsselsatz mit %n Schlüssel</numerusform><numerusform>Schlüsselsatz mit %n Schlüsseln</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>JWK Manager: a desktop manager for JSON Web Keys.</source>
        <translation>JWK Manager: eine Desktopverwaltung für JSON Web Keys.</translation>
    </message>
    <message>
        <source>The key store to open (default: the setting, $JWKMAN_STORE, or %1).</source>
        <translation>Der zu öffnende Schlüsselspeicher (Standard: die Einstellung, $JWKMAN_STORE oder %1).</translation>
    </message>
    <message>
        <source>Key or certificate files to import.</source>
        <translation>Zu importierende Schlüssel- oder Zertifikatsdateien.</translation>
    </message>
</context>
</TS>
