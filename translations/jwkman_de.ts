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
        <source>A shared content-encryption key used directly (size follows the &quot;enc&quot; in use)</source>
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
    <name>jwk::Algorithms</name>
    <message>
        <source>&quot;%1&quot; is not a JOSE algorithm JWK Manager knows</source>
        <translation>„%1“ ist kein JOSE-Algorithmus, den JWK Manager kennt</translation>
    </message>
    <message>
        <source>%1 needs a %2 key, not %3</source>
        <translation>%1 braucht einen %2-Schlüssel, nicht %3</translation>
    </message>
    <message>
        <source>%1 needs curve %2, not %3</source>
        <translation>%1 braucht die Kurve %2, nicht %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 needs a %2-bit key, not %3 bits</source>
        <translation>%1 braucht einen Schlüssel mit %2 Bit, nicht %3 Bit</translation>
    </message>
    <message>
        <source>%1 needs a at least %2-bit key, not %3 bits</source>
        <translation>%1 braucht einen Schlüssel mit mindestens %2 Bit, nicht %3 Bit</translation>
    </message>
</context>
<context>
    <name>jwk::Certificate</name>
    <message>
        <source>the data is not a DER X.509 certificate</source>
        <translation>die Daten sind kein X.509-Zertifikat in DER</translation>
    </message>
    <message>
        <source>could not make the certificate (%1): %2</source>
        <translation>das Zertifikat konnte nicht erstellt werden (%1): %2</translation>
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
    <name>jwk::ClientKeys</name>
    <message>
        <source>%1 answered with the OAuth2 client %2 when asked for %3; nothing was changed</source>
        <translation>%1 antwortete auf die Frage nach %3 mit dem OAuth2-Client %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>there is no OAuth2 client %1 on %2 (%3); check the client id (hydra list oauth2-clients)</source>
        <translation>auf %2 gibt es keinen OAuth2-Client %1 (%3); prüfen Sie die Client-ID (hydra list oauth2-clients)</translation>
    </message>
    <message>
        <source>the change was sent, but reading the client back failed: %1; check the client&apos;s keys in Hydra</source>
        <translation>die Änderung wurde gesendet, aber das erneute Lesen des Clients schlug fehl: %1; prüfen Sie die Schlüssel des Clients in Hydra</translation>
    </message>
    <message>
        <source>there is no key set %1</source>
        <translation>es gibt keinen Schlüsselsatz %1</translation>
    </message>
    <message>
        <source>key set %1 holds the symmetric (oct) key(s) %2: a symmetric key has no public part, and publishing it would give the secret away; nothing was sent. Publish a set of asymmetric keys (RSA, EC, OKP)</source>
        <translation>der Schlüsselsatz %1 enthält die symmetrischen (oct-)Schlüssel %2: Ein symmetrischer Schlüssel hat keinen öffentlichen Teil, und ihn zu veröffentlichen gäbe das Geheimnis preis; es wurde nichts gesendet. Veröffentlichen Sie einen Satz asymmetrischer Schlüssel (RSA, EC, OKP)</translation>
    </message>
    <message>
        <source>key set %1 has no keys; publishing it would leave client %2 without keys</source>
        <translation>der Schlüsselsatz %1 hat keine Schlüssel; ihn zu veröffentlichen ließe den Client %2 ohne Schlüssel</translation>
    </message>
    <message>
        <source>client %1 on %2 takes its keys from jwks_uri (%3), and Hydra refuses a client with both jwks and jwks_uri; nothing was changed. Publish the set at that URL instead, or remove jwks_uri from the client first</source>
        <translation>der Client %1 auf %2 bezieht seine Schlüssel von jwks_uri (%3), und Hydra weist einen Client mit jwks und jwks_uri zurück; es wurde nichts geändert. Veröffentlichen Sie den Satz stattdessen unter dieser URL oder entfernen Sie zuerst jwks_uri aus dem Client</translation>
    </message>
    <message>
        <source>client %1 holds the private part of key %2 in its jwks; anyone who can read the client can read it: that key is compromised%3</source>
        <translation>der Client %1 enthält in seinem jwks den privaten Teil des Schlüssels %2; wer den Client lesen kann, kann ihn lesen: Dieser Schlüssel ist kompromittiert%3</translation>
    </message>
    <message>
        <source> (publishing without keeping the existing keys replaces it)</source>
        <translation> (Veröffentlichen ohne Behalten der vorhandenen Schlüssel ersetzt ihn)</translation>
    </message>
    <message>
        <source>client %1 on %2 holds the kid(s) %3 more than once in its jwks, so its keys cannot be told apart by kid; correct the client in Hydra first</source>
        <translation>der Client %1 auf %2 enthält die kids %3 mehrfach in seinem jwks, daher sind seine Schlüssel nicht an der kid zu unterscheiden; korrigieren Sie zuerst den Client in Hydra</translation>
    </message>
    <message>
        <source>client %1 on %2 already holds another key under the kid(s) %3 of key set %4; a kid must name one key (a verifier may keep the old one), so nothing was changed. Give the new key its own kid</source>
        <translation>der Client %1 auf %2 enthält unter den kids %3 des Schlüsselsatzes %4 bereits einen anderen Schlüssel; eine kid muss genau einen Schlüssel bezeichnen (ein Prüfer behält vielleicht den alten), daher wurde nichts geändert. Geben Sie dem neuen Schlüssel eine eigene kid</translation>
    </message>
    <message>
        <source>client %1 authenticates with %2, not private_key_jwt: Hydra checks token requests against these keys only once its token_endpoint_auth_method is private_key_jwt</source>
        <translation>der Client %1 authentifiziert sich mit %2, nicht mit private_key_jwt: Hydra prüft Token-Anfragen erst gegen diese Schlüssel, wenn seine token_endpoint_auth_method private_key_jwt ist</translation>
    </message>
    <message>
        <source>client %1 is no longer on %2 (%3)</source>
        <translation>der Client %1 ist nicht mehr auf %2 (%3)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>not asked for %1</source>
        <translation>%1 nicht angefordert</translation>
    </message>
    <message>
        <source>a key is there more than once</source>
        <translation>ein Schlüssel ist mehrfach vorhanden</translation>
    </message>
    <message>
        <source>%1 accepted the change, but client %2 reads back otherwise (%3); check its keys in Hydra and run this again</source>
        <translation>%1 hat die Änderung angenommen, aber der Client %2 liest sich anders zurück (%3); prüfen Sie seine Schlüssel in Hydra und führen Sie dies erneut aus</translation>
    </message>
</context>
<context>
    <name>jwk::ClientKeysDialog</name>
    <message>
        <source>Publish to OAuth2 Client</source>
        <translation>An OAuth2-Client veröffentlichen</translation>
    </message>
    <message>
        <source>The public keys of key set %1 become the keys an OAuth2 client of Hydra signs its token requests with (private_key_jwt). Private parts never leave this computer. Before anything changes you see which keys the client gains and loses.</source>
        <translation>Die öffentlichen Schlüssel des Schlüsselsatzes %1 werden die Schlüssel, mit denen ein OAuth2-Client von Hydra seine Token-Anfragen signiert (private_key_jwt). Private Teile verlassen diesen Computer nie. Bevor sich etwas ändert, sehen Sie, welche Schlüssel der Client erhält und verliert.</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation>Re&amp;mote:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>the client_id in Hydra</source>
        <translation>die client_id in Hydra</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Keep the client&apos;s existing keys</source>
        <translation>Vorhandene Schlüssel des Clients &amp;behalten</translation>
    </message>
    <message>
        <source>Add the set&apos;s keys and remove none: the overlap while a client moves to a new key</source>
        <translation>Die Schlüssel des Satzes hinzufügen und keinen entfernen: die Überlappung, während ein Client auf einen neuen Schlüssel wechselt</translation>
    </message>
    <message>
        <source>Sho&amp;w Changes…</source>
        <translation>Änderungen &amp;zeigen…</translation>
    </message>
    <message>
        <source>Choose the remote Hydra endpoint the client is on.</source>
        <translation>Wählen Sie den Hydra-Endpunkt, auf dem der Client liegt.</translation>
    </message>
    <message>
        <source>Type the client&apos;s id (its client_id in Hydra).</source>
        <translation>Geben Sie die ID des Clients ein (seine client_id in Hydra).</translation>
    </message>
</context>
<context>
    <name>jwk::CustomHeaders</name>
    <message>
        <source>a header has no name: write it as &quot;Name: value&quot;</source>
        <translation>ein Header hat keinen Namen: schreiben Sie ihn als „Name: Wert“</translation>
    </message>
    <message>
        <source>the header name &quot;%1&quot; has a character a header name cannot have (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>der Header-Name „%1“ enthält ein Zeichen, das ein Header-Name nicht haben kann (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>the header %1 cannot be set as a custom header: give the bearer token as the token (jwkman-cli: --token-file FILE)</source>
        <translation>der Header %1 kann nicht als eigener Header gesetzt werden: geben Sie das Bearer-Token als Token an (jwkman-cli: --token-file DATEI)</translation>
    </message>
    <message>
        <source>the header %1 cannot be set as a custom header: the client sets it itself</source>
        <translation>der Header %1 kann nicht als eigener Header gesetzt werden: der Client setzt ihn selbst</translation>
    </message>
    <message>
        <source>the value of the header %1 has a control character (%2): a header value is one line of text</source>
        <translation>der Wert des Headers %1 enthält ein Steuerzeichen (%2): ein Header-Wert ist eine Textzeile</translation>
    </message>
    <message>
        <source>a header is written as &quot;Name: value&quot;; this one has no name before a colon</source>
        <translation>ein Header wird als „Name: Wert“ geschrieben; dieser hat keinen Namen vor einem Doppelpunkt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
        <translation>Private Schlüssel e&amp;inschließen</translation>
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
    <message>
        <source>The JWK (a JWK Set for several keys) is encrypted with a passphrase you choose next (PBES2-HS512+A256KW, A256GCM, 600,000 PBKDF2 iterations). The file gets owner-only permissions (0600).</source>
        <translation>Der JWK (bei mehreren Schlüsseln ein JWK Set) wird mit einer Passphrase verschlüsselt, die Sie als Nächstes wählen (PBES2-HS512+A256KW, A256GCM, 600.000 PBKDF2-Iterationen). Die Datei erhält Rechte nur für den Eigentümer (0600).</translation>
    </message>
    <message>
        <source>The key and its certificate chain are encrypted with a passphrase you choose next (AES-256-CBC, PBKDF2, SHA-256 MAC). The file gets owner-only permissions (0600).</source>
        <translation>Der Schlüssel und seine Zertifikatskette werden mit einer Passphrase verschlüsselt, die Sie als Nächstes wählen (AES-256-CBC, PBKDF2, SHA-256-MAC). Die Datei erhält Rechte nur für den Eigentümer (0600).</translation>
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
        <source>Create Hydra&apos;s default key sets</source>
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
        <source>Encrypted PKCS#8 PEM (passphrase)</source>
        <translation>Verschlüsseltes PKCS#8 PEM (Passphrase)</translation>
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
        <source>Encrypted PKCS#8 DER (passphrase)</source>
        <translation>Verschlüsseltes PKCS#8 DER (Passphrase)</translation>
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
    <message>
        <source>JWK (password-protected JWE)</source>
        <translation>JWK (passwortgeschütztes JWE)</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
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
        <source>The key&apos;s RFC 7638 thumbprint: the same key always gets the same kid</source>
        <translation>Der RFC-7638-Fingerabdruck des Schlüssels: derselbe Schlüssel erhält immer dieselbe kid</translation>
    </message>
    <message>
        <source>A random UUID, as Ory Hydra makes them</source>
        <translation>Eine zufällige UUID, wie Ory Hydra sie vergibt</translation>
    </message>
    <message>
        <source>&amp;Own:</source>
        <translation>Eige&amp;ne:</translation>
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
        <translation>
            <numerusform>Suche nach Primzahlen … (%n Kandidat geprüft)</numerusform>
            <numerusform>Suche nach Primzahlen … (%n Kandidaten geprüft)</numerusform>
        </translation>
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
    <message>
        <source>UU&amp;ID</source>
        <translation>UU&amp;ID</translation>
    </message>
</context>
<context>
    <name>jwk::HydraAdminClient</name>
    <message>
        <source>the %1 is empty: Hydra&apos;s admin API cannot address it</source>
        <translation>%1 ist leer: Die Admin-API von Hydra kann ihn nicht ansprechen</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; cannot be addressed in Hydra&apos;s URL paths (it names another resource after URL normalisation)</source>
        <translation>%1 „%2“ lässt sich in den URL-Pfaden von Hydra nicht ansprechen (nach der URL-Normalisierung bezeichnet er eine andere Ressource)</translation>
    </message>
    <message>
        <source>key set name</source>
        <translation>der Name des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>der Wert der kid</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the answer is not %3: %4</source>
        <translation>%1: HTTP %2, aber die Antwort ist nicht %3: %4</translation>
    </message>
    <message>
        <source>a JWK Set</source>
        <translation>ein JWK Set</translation>
    </message>
    <message>
        <source>a JWK</source>
        <translation>ein JWK</translation>
    </message>
    <message>
        <source>; Hydra says: %1</source>
        <translation>; Hydra meldet: %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3: the server redirects to %4; give the admin URL that answers directly</source>
        <translation>%1: HTTP %2 %3: Der Server leitet nach %4 um; geben Sie die Admin-URL an, die direkt antwortet</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source> (%1 attempts)</source>
        <translation> (%1 Versuche)</translation>
    </message>
    <message>
        <source>%1: the answer grew past %2 MiB and was cut off; no key set is that large, so the server (or something in between) is misbehaving</source>
        <translation>%1: Die Antwort wuchs über %2 MiB und wurde abgeschnitten; kein Schlüsselsatz ist so groß, der Server (oder etwas dazwischen) verhält sich also fehlerhaft</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s%3</source>
        <translation>%1: keine Antwort innerhalb von %2 s%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the connection broke off before the whole answer arrived: %3%4</source>
        <translation>%1: HTTP %2, aber die Verbindung brach ab, bevor die ganze Antwort eingetroffen war: %3%4</translation>
    </message>
    <message>
        <source>%1: could not reach the server: %2%3</source>
        <translation>%1: Der Server ist nicht erreichbar: %2%3</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source>the extra CA certificates of remote &quot;%1&quot; are not PEM certificates</source>
        <translation>die zusätzlichen CA-Zertifikate des Remote-Endpunkts „%1“ sind keine PEM-Zertifikate</translation>
    </message>
    <message>
        <source>the client certificate or key of remote &quot;%1&quot; cannot be read (PEM, RSA or EC)</source>
        <translation>das Client-Zertifikat oder der Client-Schlüssel des Remote-Endpunkts „%1“ kann nicht gelesen werden (PEM, RSA oder EC)</translation>
    </message>
    <message>
        <source>. If the server requires a client certificate, it may not accept this one: check that a CA the server trusts issued it</source>
        <translation>. Verlangt der Server ein Client-Zertifikat, nimmt er dieses vielleicht nicht an: Prüfen Sie, ob es eine CA ausgestellt hat, der der Server vertraut</translation>
    </message>
    <message>
        <source>the client key of remote &quot;%1&quot; does not belong to its client certificate</source>
        <translation>der Client-Schlüssel des Remote-Endpunkts „%1“ gehört nicht zu seinem Client-Zertifikat</translation>
    </message>
    <message>
        <source>%1: the TLS connection failed: %2. If the server uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)</source>
        <translation>%1: Die TLS-Verbindung ist fehlgeschlagen: %2. Verwendet der Server eine eigene CA, fügen Sie deren Zertifikat dem Remote-Endpunkt hinzu (Zusätzliche CA-Datei; jwkman-cli: --ca DATEI)</translation>
    </message>
    <message>
        <source>. If the server requires a client certificate (mutual TLS), add one to the remote (Client certificate and key; jwkman-cli: --client-cert FILE --client-key FILE)</source>
        <translation>. Verlangt der Server ein Client-Zertifikat (gegenseitiges TLS), fügen Sie dem Remote-Endpunkt eines hinzu (Client-Zertifikat und -Schlüssel; jwkman-cli: --client-cert DATEI --client-key DATEI)</translation>
    </message>
    <message>
        <source>%1: the server announced an answer of %2 bytes, more than the %3 MiB allowed, and it was refused unread; no key set is that large, so the server (or something in between) is misbehaving</source>
        <translation>%1: der Server kündigte eine Antwort von %2 Bytes an, mehr als die erlaubten %3 MiB, und sie wurde ungelesen abgelehnt; kein Schlüsselsatz ist so groß, der Server (oder etwas dazwischen) verhält sich also fehlerhaft</translation>
    </message>
    <message>
        <source>an unreadable number of</source>
        <translation>eine unlesbare Anzahl von</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the whole answer did not arrive within %3 s (%4 bytes came); the server or the network is too slow: try again, or give a longer time-out%5</source>
        <translation>%1: HTTP %2, aber die ganze Antwort kam nicht innerhalb von %3 s an (%4 Bytes kamen); der Server oder das Netz ist zu langsam: versuchen Sie es erneut oder geben Sie ein längeres Zeitlimit an%5</translation>
    </message>
    <message>
        <source>%1: not sent: %2; correct the custom headers of the remote</source>
        <translation>%1: nicht gesendet: %2; korrigieren Sie die eigenen Header des Remotes</translation>
    </message>
    <message>
        <source>%1: the TLS connection failed: %2</source>
        <translation>%1: Die TLS-Verbindung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is issued by %1, a CA this machine does not trust; if the server uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)</source>
        <translation>das Zertifikat des Servers ist von %1 ausgestellt, einer CA, der dieser Rechner nicht vertraut; nutzt der Server eine private CA, fügen Sie deren Zertifikat dem Remote-Endpunkt hinzu (Zusätzliche CA-Datei; jwkman-cli: --ca DATEI)</translation>
    </message>
    <message>
        <source>an unnamed CA</source>
        <translation>einer CA ohne Namen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not for %1 (it names %2): connect with a name the certificate holds, or have the server&apos;s certificate issued for %1</source>
        <translation>das Zertifikat des Servers gilt nicht für %1 (es nennt %2): verbinden Sie sich über einen Namen, den das Zertifikat enthält, oder lassen Sie das Zertifikat des Servers für %1 ausstellen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1: the server needs a renewed certificate (if that date is still ahead, this machine&apos;s clock is wrong)</source>
        <translation>das Zertifikat des Servers ist am %1 abgelaufen: der Server braucht ein erneuertes Zertifikat (liegt dieses Datum noch in der Zukunft, geht die Uhr dieses Rechners falsch)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1: check this machine&apos;s clock, or the certificate&apos;s dates</source>
        <translation>das Zertifikat des Servers gilt erst ab %1: prüfen Sie die Uhr dieses Rechners oder die Daten des Zertifikats</translation>
    </message>
    <message>
        <source>%1: HTTP %2, but the answer is not an OAuth2 client Hydra could have sent: %3</source>
        <translation>%1: HTTP %2, aber die Antwort ist kein OAuth2-Client, den Hydra gesendet haben könnte: %3</translation>
    </message>
    <message>
        <source>the JSON Patch is empty</source>
        <translation>der JSON Patch ist leer</translation>
    </message>
    <message>
        <source>the JSON Patch operation &quot;%1&quot; is not one this client sends</source>
        <translation>die JSON-Patch-Operation &quot;%1&quot; sendet dieser Client nicht</translation>
    </message>
    <message>
        <source>the JSON Patch would change %1, not the client&apos;s keys (/jwks)</source>
        <translation>der JSON Patch würde %1 ändern, nicht die Schlüssel des Clients (/jwks)</translation>
    </message>
    <message>
        <source>the JSON Patch holds the private key member &quot;%1&quot;; a client gets public keys only</source>
        <translation>der JSON Patch enthält das private Schlüsselelement &quot;%1&quot;; ein Client erhält nur öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>es ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; occurs twice in one object</source>
        <translation>das Element &quot;%1&quot; kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>client_id is missing or not a string</source>
        <translation>client_id fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>client_name is not a string</source>
        <translation>client_name ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>jwks_uri is not a string</source>
        <translation>jwks_uri ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>token_endpoint_auth_method is not a string</source>
        <translation>token_endpoint_auth_method ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its jwks is not a JWK Set (a JSON object)</source>
        <translation>sein jwks ist kein JWK Set (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>its jwks.keys is not an array</source>
        <translation>sein jwks.keys ist kein Array</translation>
    </message>
    <message>
        <source>its jwks.keys[%1] is not a JSON object</source>
        <translation>sein jwks.keys[%1] ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its jwks.keys[%1] is not a valid JWK: %2</source>
        <translation>sein jwks.keys[%1] ist kein gültiger JWK: %2</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3: the server redirects to %4; check that this is where the keys are published, and give that URL</source>
        <translation>%1: HTTP %2 %3: Der Server leitet nach %4 weiter; prüfen Sie, ob die Schlüssel dort veröffentlicht werden, und geben Sie diese URL an</translation>
    </message>
</context>
<context>
    <name>jwk::HydraDatabase</name>
    <message>
        <source>the backup folder %1 is a symbolic link; nothing was written or changed; remove it or choose another store</source>
        <translation>der Sicherungsordner %1 ist ein symbolischer Link; es wurde nichts geschrieben oder geändert; entfernen Sie ihn oder wählen Sie einen anderen Speicher</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created; nothing was changed</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the backup %1 could not be written (%2); nothing was changed</source>
        <translation>die Sicherung %1 konnte nicht geschrieben werden (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the DSN parameter %1 holds a character the PostgreSQL driver cannot pass on (&apos;;&apos; or a line break)</source>
        <translation>der DSN-Parameter %1 enthält ein Zeichen, das der PostgreSQL-Treiber nicht weitergeben kann (&apos;;&apos; oder einen Zeilenumbruch)</translation>
    </message>
    <message>
        <source>the DSN is empty; give Hydra&apos;s DSN with --dsn or in the environment variable DSN</source>
        <translation>der DSN ist leer; geben Sie den DSN von Hydra mit --dsn oder in der Umgebungsvariable DSN an</translation>
    </message>
    <message>
        <source>DSN &quot;memory&quot; is Hydra&apos;s in-memory database: it lives inside the Hydra process and nothing can read it from outside; give the DSN of a PostgreSQL, CockroachDB or SQLite database</source>
        <translation>der DSN „memory“ ist die In-Memory-Datenbank von Hydra: Sie existiert nur im Hydra-Prozess und kann von außen nicht gelesen werden; geben Sie den DSN einer PostgreSQL-, CockroachDB- oder SQLite-Datenbank an</translation>
    </message>
    <message>
        <source>this SQLite DSN names an in-memory database: it lives inside the Hydra process and nothing can read it from outside; give the path of the database file (sqlite:///var/lib/hydra/db.sqlite?_fk=true)</source>
        <translation>dieser SQLite-DSN bezeichnet eine In-Memory-Datenbank: Sie existiert nur im Hydra-Prozess und kann von außen nicht gelesen werden; geben Sie den Pfad der Datenbankdatei an (sqlite:///var/lib/hydra/db.sqlite?_fk=true)</translation>
    </message>
    <message>
        <source>the DSN is not a URL; Hydra&apos;s DSN looks like postgres://user@host:5432/hydra?sslmode=require or sqlite:///var/lib/hydra/db.sqlite?_fk=true</source>
        <translation>der DSN ist keine URL; der DSN von Hydra sieht aus wie postgres://user@host:5432/hydra?sslmode=require oder sqlite:///var/lib/hydra/db.sqlite?_fk=true</translation>
    </message>
    <message>
        <source>the DSN scheme &quot;%1&quot; is not supported: give postgres://, postgresql://, cockroach:// or sqlite:// (MySQL is not supported)</source>
        <translation>das DSN-Schema „%1“ wird nicht unterstützt: geben Sie postgres://, postgresql://, cockroach:// oder sqlite:// an (MySQL wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>the DSN is not a valid URL; percent-encode special characters in the user name and password (for example @ as %40)</source>
        <translation>der DSN ist keine gültige URL; kodieren Sie Sonderzeichen in Benutzername und Passwort mit Prozentkodierung (zum Beispiel @ als %40)</translation>
    </message>
    <message>
        <source>the DSN names no database: add it after the host (postgres://user@host:5432/hydra)</source>
        <translation>der DSN nennt keine Datenbank: Fügen Sie sie nach dem Host an (postgres://user@host:5432/hydra)</translation>
    </message>
    <message>
        <source>no database: give Hydra&apos;s DSN with --dsn or in the environment variable DSN (as Hydra reads it)</source>
        <translation>keine Datenbank: Geben Sie den DSN von Hydra mit --dsn oder in der Umgebungsvariable DSN an (so, wie Hydra ihn liest)</translation>
    </message>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian: libqt6sql6-psql for PostgreSQL, libqt6sql6-sqlite for SQLite)</source>
        <translation>der Datenbanktreiber %1 von Qt ist nicht installiert (Debian: libqt6sql6-psql für PostgreSQL, libqt6sql6-sqlite für SQLite)</translation>
    </message>
    <message>
        <source>there is no SQLite database file %1; check the DSN</source>
        <translation>es gibt keine SQLite-Datenbankdatei %1; prüfen Sie den DSN</translation>
    </message>
    <message>
        <source>cannot open Hydra&apos;s database %1: %2</source>
        <translation>die Datenbank %1 von Hydra kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed in Hydra&apos;s database %2: %3</source>
        <translation>%1 ist in der Datenbank %2 von Hydra fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>looking for table %1</source>
        <translation>Suchen der Tabelle %1</translation>
    </message>
    <message>
        <source>reading the columns of hydra_jwk</source>
        <translation>Lesen der Spalten von hydra_jwk</translation>
    </message>
    <message>
        <source>%1 has no table hydra_jwk: is this Hydra&apos;s database, and has &quot;hydra migrate sql&quot; run on it?</source>
        <translation>%1 hat keine Tabelle hydra_jwk: Ist das die Datenbank von Hydra, und wurde „hydra migrate sql“ auf ihr ausgeführt?</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>the table hydra_jwk does not have the columns jwkman knows (%1; %2); it was made by a Hydra version jwkman does not know, so nothing was read or changed</source>
        <translation>die Tabelle hydra_jwk hat nicht die Spalten, die jwkman kennt (%1; %2); sie stammt von einer Hydra-Version, die jwkman nicht kennt, daher wurde nichts gelesen oder geändert</translation>
    </message>
    <message>
        <source>starting a read</source>
        <translation>Starten eines Lesevorgangs</translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation>Starten der Transaktion</translation>
    </message>
    <message>
        <source>setting the lock time-out</source>
        <translation>Setzen des Sperr-Zeitlimits</translation>
    </message>
    <message>
        <source>locking hydra_jwk (is Hydra still running and writing keys? stop it first)</source>
        <translation>Sperren von hydra_jwk (läuft Hydra noch und schreibt Schlüssel? Beenden Sie Hydra zuerst)</translation>
    </message>
    <message>
        <source>starting the transaction (is Hydra still running? stop it first)</source>
        <translation>Starten der Transaktion (läuft Hydra noch? Beenden Sie Hydra zuerst)</translation>
    </message>
    <message>
        <source>reading hydra_jwk</source>
        <translation>Lesen von hydra_jwk</translation>
    </message>
    <message>
        <source>re-encrypting a row</source>
        <translation>Neuverschlüsseln einer Zeile</translation>
    </message>
    <message>
        <source>row %1 is gone</source>
        <translation>Zeile %1 ist verschwunden</translation>
    </message>
    <message>
        <source>dropping a row</source>
        <translation>Entfernen einer Zeile</translation>
    </message>
    <message>
        <source>reading the trust grants</source>
        <translation>Lesen der Trust-Grants</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben (Commit)</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>Zurückrollen (Rollback)</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM is not set: give Hydra&apos;s system secrets in it as Hydra reads them (the current one first, then older ones, comma-separated or a JSON array)</source>
        <translation>SECRETS_SYSTEM ist nicht gesetzt: Geben Sie darin die Systemgeheimnisse von Hydra so an, wie Hydra sie liest (das aktuelle zuerst, dann ältere, kommagetrennt oder als JSON-Array)</translation>
    </message>
    <message>
        <source>Hydra&apos;s database holds keys of %1 networks (nid %2); import takes the keys of one Hydra, and the store could not tell their sets apart: nothing was imported</source>
        <translation>die Datenbank von Hydra enthält Schlüssel von %1 Netzwerken (nid %2); der Import übernimmt die Schlüssel eines einzigen Hydra, und der Speicher könnte ihre Sätze nicht auseinanderhalten: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Hydra&apos;s database has no key set &quot;%1&quot; (it has: %2); nothing was imported</source>
        <translation>die Datenbank von Hydra hat keinen Schlüsselsatz „%1“ (vorhanden: %2); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: decrypts, but is not a JWK jwkman can read</source>
        <translation>%1: lässt sich entschlüsseln, ist aber kein JWK, den jwkman lesen kann</translation>
    </message>
    <message>
        <source>%1 row(s) open under none of the secrets of SECRETS_SYSTEM (%2): add the secret they were written with, or leave their sets out with --set; nothing was imported</source>
        <translation>%1 Zeile(n) lassen sich mit keinem der Geheimnisse aus SECRETS_SYSTEM öffnen (%2): Fügen Sie das Geheimnis hinzu, mit dem sie geschrieben wurden, oder lassen Sie ihre Sätze mit --set weg; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>keeping the newest %1 key(s) of set &quot;%2&quot; would drop %3, the key Hydra signs with (the newer ones are public only): keep more keys</source>
        <translation>behält man nur die neuesten %1 Schlüssel des Satzes „%2“, fiele %3 weg, der Schlüssel, mit dem Hydra signiert (die neueren sind nur öffentlich): Behalten Sie mehr Schlüssel</translation>
    </message>
    <message>
        <source>dropping key %1 of set &quot;%2&quot; would also delete %3 trust grant(s) (jwt-bearer issuers) that name it: delete or move those grants first, or keep more keys</source>
        <translation>das Entfernen von Schlüssel %1 des Satzes „%2“ würde auch %3 Trust-Grant(s) (jwt-bearer-Aussteller) löschen, die ihn nennen: Löschen oder verschieben Sie diese Grants zuerst, oder behalten Sie mehr Schlüssel</translation>
    </message>
    <message>
        <source>%1 row(s) open under none of the secrets of SECRETS_SYSTEM (%2): add the secret they were written with after the first one; nothing was changed</source>
        <translation>%1 Zeile(n) lassen sich mit keinem der Geheimnisse aus SECRETS_SYSTEM öffnen (%2): Fügen Sie das Geheimnis, mit dem sie geschrieben wurden, nach dem ersten hinzu; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>a row no longer opens</source>
        <translation>eine Zeile lässt sich nicht mehr öffnen</translation>
    </message>
    <message>
        <source>after re-encrypting, hydra_jwk holds %1 rows instead of %2; rolled back, nothing was changed</source>
        <translation>nach dem Neuverschlüsseln enthält hydra_jwk %1 Zeilen statt %2; zurückgerollt, es wurde nichts geändert</translation>
    </message>
    <message>
        <source>after re-encrypting, key %1 of set &quot;%2&quot; does not open under the first secret alone; rolled back, nothing was changed</source>
        <translation>nach dem Neuverschlüsseln lässt sich Schlüssel %1 des Satzes „%2“ nicht allein mit dem ersten Geheimnis öffnen; zurückgerollt, es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>jwk::HydraDbWindow</name>
    <message>
        <source>Hydra Database</source>
        <translation>Hydra-Datenbank</translation>
    </message>
    <message>
        <source>Hydra&apos;s database</source>
        <translation>Datenbank von Hydra</translation>
    </message>
    <message>
        <source>Hydra&apos;s DSN</source>
        <translation>DSN von Hydra</translation>
    </message>
    <message>
        <source>Hydra&apos;s DSN setting: postgres://, postgresql:// or cockroach://user@host:port/database, or sqlite:///path/db.sqlite. A password in it moves to the password field.</source>
        <translation>Die DSN-Einstellung von Hydra: postgres://, postgresql:// oder cockroach://user@host:port/database, oder sqlite:///pfad/db.sqlite. Ein darin enthaltenes Passwort wird in das Passwortfeld verschoben.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Hydra&apos;s system secrets</source>
        <translation>Systemgeheimnisse von Hydra</translation>
    </message>
    <message>
        <source>as SECRETS_SYSTEM: the current secret first, comma-separated</source>
        <translation>wie SECRETS_SYSTEM: das aktuelle Geheimnis zuerst, kommagetrennt</translation>
    </message>
    <message>
        <source>Prefix for imported set names</source>
        <translation>Präfix für die Namen importierter Sätze</translation>
    </message>
    <message>
        <source>none: the sets keep Hydra&apos;s names</source>
        <translation>keins: Die Sätze behalten die Namen aus Hydra</translation>
    </message>
    <message>
        <source>&amp;DSN:</source>
        <translation>&amp;DSN:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>System &amp;secrets:</source>
        <translation>System&amp;geheimnisse:</translation>
    </message>
    <message>
        <source>Set name &amp;prefix:</source>
        <translation>Prä&amp;fix der Satznamen:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Hydra&apos;s key sets</source>
        <translation>Schlüsselsätze von Hydra</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Cannot decrypt</source>
        <translation>Nicht entschlüsselbar</translation>
    </message>
    <message>
        <source>Keys of the selected Hydra set, newest first</source>
        <translation>Schlüssel des gewählten Hydra-Satzes, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Import into Store…</source>
        <translation>In den &amp;Speicher importieren …</translation>
    </message>
    <message>
        <source>Give Hydra&apos;s system secrets (its SECRETS_SYSTEM: the current secret first, then older ones, comma-separated) to decrypt its keys.</source>
        <translation>Geben Sie die Systemgeheimnisse von Hydra an (sein SECRETS_SYSTEM: das aktuelle Geheimnis zuerst, dann ältere, kommagetrennt), um seine Schlüssel zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Read %1 (read-only).</source>
        <translation>%1 gelesen (nur lesend).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>secret 1 (the current one, which encrypts) opens %n row(s)</source>
        <translation>
            <numerusform>Geheimnis 1 (das aktuelle, das verschlüsselt) öffnet %n Zeile</numerusform>
            <numerusform>Geheimnis 1 (das aktuelle, das verschlüsselt) öffnet %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>secret %1 opens %n row(s)</source>
        <translation>
            <numerusform>Geheimnis %1 öffnet %n Zeile</numerusform>
            <numerusform>Geheimnis %1 öffnet %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 set(s); </source>
        <translation>
            <numerusform>%n Zeile (Sätze: %1); </numerusform>
            <numerusform>%n Zeilen (Sätze: %1); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) open under none of the secrets: %1. Hydra cannot read a set that holds one; add the secret they were written with.</source>
        <translation>
            <numerusform>%n Zeile lässt sich mit keinem der Geheimnisse öffnen: %1. Hydra kann einen Satz, der eine solche Zeile enthält, nicht lesen; fügen Sie das Geheimnis hinzu, mit dem sie geschrieben wurde.</numerusform>
            <numerusform>%n Zeilen lassen sich mit keinem der Geheimnisse öffnen: %1. Hydra kann einen Satz, der eine solche Zeile enthält, nicht lesen; fügen Sie das Geheimnis hinzu, mit dem sie geschrieben wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row opens; rows under older secrets can be moved to the current one with jwkman-cli hydra-db reencrypt (Hydra stopped).</source>
        <translation>Jede Zeile lässt sich öffnen; Zeilen unter älteren Geheimnissen lassen sich mit jwkman-cli hydra-db reencrypt auf das aktuelle umstellen (bei gestopptem Hydra).</translation>
    </message>
    <message>
        <source>%1 → %2 (no signer)</source>
        <translation>%1 → %2 (kein Signaturschlüssel)</translation>
    </message>
    <message>
        <source>%1 → %2 (signer %3)</source>
        <translation>%1 → %2 (Signaturschlüssel %3)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n key(s) from Hydra&apos;s database into the store?</source>
        <translation>
            <numerusform>%n Schlüssel aus der Datenbank von Hydra in den Speicher importieren?</numerusform>
            <numerusform>%n Schlüssel aus der Datenbank von Hydra in den Speicher importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys keep Hydra&apos;s order, so Hydra&apos;s signer becomes the signer of each set in the store. Keys the store holds already are skipped. Hydra&apos;s database is only read.</source>
        <translation>Die Schlüssel behalten die Reihenfolge aus Hydra, daher wird der Signaturschlüssel von Hydra auch im Speicher der Signaturschlüssel jedes Satzes. Schlüssel, die der Speicher schon enthält, werden übersprungen. Die Datenbank von Hydra wird nur gelesen.</translation>
    </message>
    <message>
        <source>Import into Store</source>
        <translation>In den Speicher importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n key(s)…</source>
        <translation>
            <numerusform>%n Schlüssel wird importiert …</numerusform>
            <numerusform>%n Schlüssel werden importiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s) into the store.</source>
        <translation>
            <numerusform>%n Schlüssel in den Speicher importiert.</numerusform>
            <numerusform>%n Schlüssel in den Speicher importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>These keys were not imported:
%1</source>
        <translation>Diese Schlüssel wurden nicht importiert:
%1</translation>
    </message>
</context>
<context>
    <name>jwk::HydraDefaults</name>
    <message>
        <source>key set &quot;%1&quot; is in the trash; restore it or empty the trash before making Hydra&apos;s default sets. Nothing was generated.</source>
        <translation>der Schlüsselsatz „%1“ liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie den Papierkorb, bevor Sie die Standardsätze von Hydra anlegen. Es wurde nichts erzeugt.</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>die Schlüsselerzeugung wurde abgebrochen</translation>
    </message>
    <message>
        <source>generating RSA 4096 for %1</source>
        <translation>RSA 4096 für %1 wird erzeugt</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>%1 erzeugt</translation>
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
        <translation>
            <numerusform>%n Schlüssel in %1 importiert</numerusform>
            <numerusform>%n Schlüssel in %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation>
            <numerusform>%n als Duplikat übersprungen</numerusform>
            <numerusform>%n als Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
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
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing key changed</source>
        <translation>Signaturschlüssel geändert</translation>
    </message>
    <message>
        <source>Signing key kept</source>
        <translation>Signaturschlüssel beibehalten</translation>
    </message>
    <message>
        <source>%1 signs on; the imported keys are below it, next in line.</source>
        <translation>%1 signiert weiter; die importierten Schlüssel stehen darunter, als Nächste an der Reihe.</translation>
    </message>
</context>
<context>
    <name>jwk::JsonWebKey</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is missing</source>
        <translation>der Eintrag „%1“ fehlt</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; must be a string, not %2</source>
        <translation>der Eintrag „%1“ muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not base64url without padding</source>
        <translation>der Eintrag „%1“ ist nicht base64url ohne Auffüllung</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is empty</source>
        <translation>der Eintrag „%1“ ist leer</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; has a leading zero octet; RFC 7518 requires the minimum number of octets</source>
        <translation>der Eintrag „%1“ beginnt mit einem Null-Oktett; RFC 7518 verlangt die kleinstmögliche Anzahl Oktette</translation>
    </message>
    <message>
        <source>member &quot;key_ops&quot; must be an array of strings, not %1</source>
        <translation>der Eintrag „key_ops“ muss ein Array von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>member &quot;key_ops&quot; must contain only strings</source>
        <translation>der Eintrag „key_ops“ darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>member &quot;key_ops&quot; lists &quot;%1&quot; twice</source>
        <translation>der Eintrag „key_ops“ nennt „%1“ zweimal</translation>
    </message>
    <message>
        <source>member &quot;x5c&quot; cannot belong to an oct key</source>
        <translation>der Eintrag „x5c“ kann nicht zu einem oct-Schlüssel gehören</translation>
    </message>
    <message>
        <source>member &quot;x5c&quot; must be a non-empty array of base64 certificates</source>
        <translation>der Eintrag „x5c“ muss ein nicht leeres Array von base64-Zertifikaten sein</translation>
    </message>
    <message>
        <source>member &quot;x5c&quot; entry %1 is not standard base64 (RFC 7517 §4.7)</source>
        <translation>im Eintrag „x5c“ ist Element %1 kein Standard-base64 (RFC 7517 §4.7)</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; must be %2 octets, not %3</source>
        <translation>der Eintrag „%1“ muss %2 Oktette lang sein, nicht %3</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; occurs twice in one object: a JWK must name each member once</source>
        <translation>der Eintrag „%1“ kommt in einem Objekt zweimal vor: Ein JWK darf jeden Eintrag nur einmal nennen</translation>
    </message>
    <message>
        <source>a JWK must be a JSON object</source>
        <translation>ein JWK muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>multi-prime RSA keys (member &quot;oth&quot;) are not supported</source>
        <translation>RSA-Schlüssel mit mehr als zwei Primzahlen (Eintrag „oth“) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>member &quot;kty&quot; is empty</source>
        <translation>der Eintrag „kty“ ist leer</translation>
    </message>
    <message>
        <source>member &quot;kty&quot;: key type &quot;%1&quot; is not supported (RSA, EC, OKP and oct are)</source>
        <translation>Eintrag „kty“: Der Schlüsseltyp „%1“ wird nicht unterstützt (unterstützt werden RSA, EC, OKP und oct)</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; does not belong to a key of kty %2</source>
        <translation>der Eintrag „%1“ gehört nicht zu einem Schlüssel mit kty %2</translation>
    </message>
    <message>
        <source>member &quot;d&quot; is missing but other private RSA members are present</source>
        <translation>der Eintrag „d“ fehlt, obwohl andere private RSA-Einträge vorhanden sind</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is missing: RFC 7518 §6.3.2 requires all of p, q, dp, dq and qi when any of them is present</source>
        <translation>der Eintrag „%1“ fehlt: RFC 7518 §6.3.2 verlangt alle von p, q, dp, dq und qi, sobald einer davon vorhanden ist</translation>
    </message>
    <message>
        <source>member &quot;n&quot;: an RSA modulus must be odd</source>
        <translation>Eintrag „n“: Ein RSA-Modulus muss ungerade sein</translation>
    </message>
    <message>
        <source>member &quot;crv&quot;: curve &quot;%1&quot; is not supported for kty %2 (%3)</source>
        <translation>Eintrag „crv“: Die Kurve „%1“ wird für kty %2 nicht unterstützt (%3)</translation>
    </message>
    <message>
        <source>P-256, P-384 and P-521 are</source>
        <translation>unterstützt werden P-256, P-384 und P-521</translation>
    </message>
    <message>
        <source>Ed25519, Ed448, X25519 and X448 are</source>
        <translation>unterstützt werden Ed25519, Ed448, X25519 und X448</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; must be %2 octets for %3, not %4</source>
        <translation>der Eintrag „%1“ muss für %3 %2 Oktette lang sein, nicht %4</translation>
    </message>
    <message>
        <source>member &quot;d&quot; must be %1 octets for %2, not %3</source>
        <translation>der Eintrag „d“ muss für %2 %1 Oktette lang sein, nicht %3</translation>
    </message>
    <message>
        <source>member &quot;k&quot; is missing</source>
        <translation>der Eintrag „k“ fehlt</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is key material and cannot be set on its own</source>
        <translation>der Eintrag „%1“ ist Schlüsselmaterial und kann nicht einzeln gesetzt werden</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is key material and cannot be removed on its own</source>
        <translation>der Eintrag „%1“ ist Schlüsselmaterial und kann nicht einzeln entfernt werden</translation>
    </message>
    <message>
        <source>an oct key is symmetric: it has no public form</source>
        <translation>ein oct-Schlüssel ist symmetrisch: Er hat keine öffentliche Form</translation>
    </message>
    <message>
        <source>the digest for the thumbprint is unavailable</source>
        <translation>der Hash für den Fingerabdruck ist nicht verfügbar</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; (%2 octets) is not below the modulus &quot;n&quot; (%3 octets): it cannot belong to this RSA key</source>
        <translation>Element „%1“ (%2 Oktette) ist nicht kleiner als der Modulus „n“ (%3 Oktette): es kann nicht zu diesem RSA-Schlüssel gehören</translation>
    </message>
</context>
<context>
    <name>jwk::JsonWebKeySet</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; occurs twice in one object: a JWK must name each member once</source>
        <translation>der Eintrag „%1“ kommt in einem Objekt zweimal vor: Ein JWK darf jeden Eintrag nur einmal nennen</translation>
    </message>
    <message>
        <source>a JWK Set must be a JSON object with a &quot;keys&quot; array</source>
        <translation>ein JWK Set muss ein JSON-Objekt mit einem Array „keys“ sein</translation>
    </message>
    <message>
        <source>member &quot;keys&quot; is missing: a JWK Set holds its keys in a &quot;keys&quot; array</source>
        <translation>der Eintrag „keys“ fehlt: Ein JWK Set enthält seine Schlüssel in einem Array „keys“</translation>
    </message>
    <message>
        <source>member &quot;keys&quot; must be an array</source>
        <translation>der Eintrag „keys“ muss ein Array sein</translation>
    </message>
    <message>
        <source>keys[%1]: a JWK must be a JSON object</source>
        <translation>keys[%1]: Ein JWK muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>keys[%1] skipped: %2</source>
        <translation>keys[%1] übersprungen: %2</translation>
    </message>
    <message>
        <source>keys[%1]: %2</source>
        <translation>keys[%1]: %2</translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; is used by more than one key in the set</source>
        <translation>die kid „%1“ wird von mehr als einem Schlüssel des Satzes verwendet</translation>
    </message>
</context>
<context>
    <name>jwk::Jwe</name>
    <message>
        <source>OpenSSL failed in %1 (%2)</source>
        <translation>OpenSSL ist bei %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>AES key wrap takes a 128, 192 or 256-bit key and a multiple of 64 bits to wrap</source>
        <translation>AES-Key-Wrap braucht einen Schlüssel mit 128, 192 oder 256 Bit und zu verpackende Daten in einem Vielfachen von 64 Bit</translation>
    </message>
    <message>
        <source>wrong key or IV size for %1</source>
        <translation>falsche Schlüssel- oder IV-Größe für %1</translation>
    </message>
    <message>
        <source>the JWE is damaged: its %1 is not base64url</source>
        <translation>das JWE ist beschädigt: %1 ist kein base64url</translation>
    </message>
    <message>
        <source>the JWE&apos;s header is not a JSON object</source>
        <translation>der Header des JWE ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the JWE&apos;s header names member &quot;%1&quot; twice</source>
        <translation>der Header des JWE nennt das Element „%1“ zweimal</translation>
    </message>
    <message>
        <source>the JWE&apos;s header has no &quot;alg&quot;</source>
        <translation>der Header des JWE hat kein „alg“</translation>
    </message>
    <message>
        <source>the JWE is encrypted with &quot;%1&quot;; JWK Manager reads password-protected JWEs only (%2)</source>
        <translation>das JWE ist mit „%1“ verschlüsselt; JWK Manager liest nur passwortgeschützte JWEs (%2)</translation>
    </message>
    <message>
        <source>the JWE&apos;s content encryption &quot;%1&quot; is not supported; JWK Manager reads %2</source>
        <translation>die Inhaltsverschlüsselung „%1“ des JWE wird nicht unterstützt; JWK Manager liest %2</translation>
    </message>
    <message>
        <source>the JWE is compressed (&quot;zip&quot;); JWK Manager reads uncompressed JWEs only: encrypt the key again without compression</source>
        <translation>das JWE ist komprimiert („zip“); JWK Manager liest nur unkomprimierte JWEs: Verschlüsseln Sie den Schlüssel erneut ohne Kompression</translation>
    </message>
    <message>
        <source>the JWE&apos;s header marks members as critical (&quot;crit&quot;); JWK Manager understands none of them, so it must not read this JWE</source>
        <translation>der Header des JWE markiert Elemente als kritisch („crit“); JWK Manager versteht keines davon und darf dieses JWE daher nicht lesen</translation>
    </message>
    <message>
        <source>the JWE&apos;s header member &quot;cty&quot; is not a string</source>
        <translation>das Header-Element „cty“ des JWE ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the JWE&apos;s header has no valid &quot;p2s&quot; (the PBES2 salt, base64url)</source>
        <translation>der Header des JWE hat kein gültiges „p2s“ (das PBES2-Salt, base64url)</translation>
    </message>
    <message>
        <source>the JWE&apos;s PBES2 salt (&quot;p2s&quot;) is %1 bytes; at least %2 are needed</source>
        <translation>das PBES2-Salt („p2s“) des JWE hat %1 Byte; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>the JWE&apos;s header has no valid &quot;p2c&quot; (the PBKDF2 iteration count, a positive integer)</source>
        <translation>der Header des JWE hat kein gültiges „p2c“ (die Anzahl der PBKDF2-Iterationen, eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>the JWE asks for %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: encrypt the key again with fewer (600,000 is sound)</source>
        <translation>das JWE verlangt %1 PBKDF2-Iterationen; JWK Manager führt höchstens %2 aus, damit eine Datei ihn nicht stundenlang beschäftigt: Verschlüsseln Sie den Schlüssel erneut mit weniger (600.000 sind solide)</translation>
    </message>
    <message>
        <source>the JWE asks for only %1 PBKDF2 iterations; at least %2 are needed (RFC 7518 §4.8.1.2), fewer make the passphrase easy to guess: encrypt the key again with more (600,000 is sound)</source>
        <translation>das JWE verlangt nur %1 PBKDF2-Iterationen; mindestens %2 sind nötig (RFC 7518 §4.8.1.2), weniger machen die Passphrase leicht zu erraten: Verschlüsseln Sie den Schlüssel erneut mit mehr (600.000 sind solide)</translation>
    </message>
    <message>
        <source>this is a JWS or JWT (three parts separated by dots), not a key or a password-protected JWE</source>
        <translation>dies ist ein JWS oder JWT (drei durch Punkte getrennte Teile), kein Schlüssel und kein passwortgeschütztes JWE</translation>
    </message>
    <message>
        <source>not a compact JWE: it has %1 parts separated by dots, a JWE has five (truncated?)</source>
        <translation>kein kompaktes JWE: Es hat %1 durch Punkte getrennte Teile, ein JWE hat fünf (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the JWE&apos;s header is %1 KiB; JWK Manager reads headers of at most %2 KiB</source>
        <translation>der Header des JWE ist %1 KiB groß; JWK Manager liest Header von höchstens %2 KiB</translation>
    </message>
    <message>
        <source>header</source>
        <translation>der Header</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>der verschlüsselte Schlüssel</translation>
    </message>
    <message>
        <source>initialization vector</source>
        <translation>der Initialisierungsvektor</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>der Geheimtext</translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation>das Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>the JWE is damaged or truncated: its %1 is %2 bytes, %3 needs %4</source>
        <translation>das JWE ist beschädigt oder abgeschnitten: %1 hat %2 Byte, %3 braucht %4</translation>
    </message>
    <message>
        <source>the passphrase is empty; a password-protected JWE needs a real one</source>
        <translation>die Passphrase ist leer; ein passwortgeschütztes JWE braucht eine echte</translation>
    </message>
    <message>
        <source>cannot write a JWE with alg &quot;%1&quot; and enc &quot;%2&quot;</source>
        <translation>ein JWE mit alg „%1“ und enc „%2“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>wrong passphrase: the JWE&apos;s key could not be unwrapped</source>
        <translation>falsche Passphrase: Der Schlüssel des JWE konnte nicht entpackt werden</translation>
    </message>
    <message>
        <source>the JWE is damaged: the passphrase is right, but its authentication tag does not match (the header, IV or ciphertext was altered or truncated)</source>
        <translation>das JWE ist beschädigt: Die Passphrase stimmt, aber sein Authentifizierungs-Tag passt nicht (Header, IV oder Geheimtext wurden verändert oder abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>jwk::JwksAudit</name>
    <message>
        <source>&quot;x5c&quot; cannot be read: %1</source>
        <translation>&quot;x5c&quot; kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the x5c certificate (%1) expired on %2</source>
        <translation>das x5c-Zertifikat (%1) ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>x5c certificate %3 (%1) expired on %2</source>
        <translation>x5c-Zertifikat %3 (%1) ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the x5c certificate (%1) holds another key than the JWK: a verifier that trusts the certificate checks signatures with a key that is not this one</source>
        <translation>das x5c-Zertifikat (%1) enthält einen anderen Schlüssel als der JWK: Wer dem Zertifikat vertraut, prüft Signaturen mit einem Schlüssel, der nicht dieser ist</translation>
    </message>
    <message>
        <source>&quot;x5t&quot; is not the SHA-1 thumbprint of the x5c certificate</source>
        <translation>&quot;x5t&quot; ist nicht der SHA-1-Fingerabdruck des x5c-Zertifikats</translation>
    </message>
    <message>
        <source>&quot;x5t#S256&quot; is not the SHA-256 thumbprint of the x5c certificate</source>
        <translation>&quot;x5t#S256&quot; ist nicht der SHA-256-Fingerabdruck des x5c-Zertifikats</translation>
    </message>
    <message>
        <source>x5c entry %1 is not a certificate: %2</source>
        <translation>x5c-Eintrag %1 ist kein Zertifikat: %2</translation>
    </message>
    <message>
        <source>keys[%1] is not a JSON object, so it is not a key</source>
        <translation>keys[%1] ist kein JSON-Objekt und damit kein Schlüssel</translation>
    </message>
    <message>
        <source>a symmetric (oct) key is published: whoever reads the JWKS can sign or decrypt with it. Remove it from the published sets and replace it everywhere it is used</source>
        <translation>ein symmetrischer (oct-)Schlüssel ist veröffentlicht: Wer das JWKS liest, kann damit signieren oder entschlüsseln. Entfernen Sie ihn aus den veröffentlichten Sätzen und ersetzen Sie ihn überall, wo er verwendet wird</translation>
    </message>
    <message>
        <source>private key material is published (%1): the key is compromised. Remove it, rotate to a new key, and find how it got into the public set</source>
        <translation>privates Schlüsselmaterial ist veröffentlicht (%1): Der Schlüssel ist kompromittiert. Entfernen Sie ihn, rotieren Sie auf einen neuen Schlüssel und finden Sie heraus, wie er in den öffentlichen Satz kam</translation>
    </message>
    <message>
        <source>keys[%1] has no &quot;kid&quot;: verifiers cannot pick it out of the set</source>
        <translation>keys[%1] hat keine &quot;kid&quot;: Prüfer können ihn nicht aus dem Satz auswählen</translation>
    </message>
    <message>
        <source>keys[%1] has a &quot;kid&quot; that is not a string</source>
        <translation>keys[%1] hat eine &quot;kid&quot;, die keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>keys[%1] cannot be checked: %2; verifiers that do not know it ignore it</source>
        <translation>keys[%1] kann nicht geprüft werden: %2; Prüfer, die ihn nicht kennen, ignorieren ihn</translation>
    </message>
    <message>
        <source>keys[%1] is not a valid key: %2</source>
        <translation>keys[%1] ist kein gültiger Schlüssel: %2</translation>
    </message>
    <message>
        <source>RSA %1 is too small to be trusted: replace it with a key of 2048 bits or more</source>
        <translation>RSA %1 ist zu klein, um ihm zu vertrauen: Ersetzen Sie ihn durch einen Schlüssel mit 2048 Bit oder mehr</translation>
    </message>
    <message>
        <source>no &quot;alg&quot;: verifiers that require it reject tokens signed with this key (Hydra signs with the key&apos;s alg)</source>
        <translation>kein &quot;alg&quot;: Prüfer, die es verlangen, weisen mit diesem Schlüssel signierte Token zurück (Hydra signiert mit dem alg des Schlüssels)</translation>
    </message>
    <message>
        <source>&quot;alg&quot; is &quot;%1&quot;, which is no JOSE algorithm for a key (RFC 7518)</source>
        <translation>&quot;alg&quot; ist &quot;%1&quot;, kein JOSE-Algorithmus für einen Schlüssel (RFC 7518)</translation>
    </message>
    <message>
        <source>&quot;alg&quot; does not fit the key: %1</source>
        <translation>&quot;alg&quot; passt nicht zum Schlüssel: %1</translation>
    </message>
    <message>
        <source>no &quot;use&quot;: some verifiers pick keys by &quot;use&quot;: &quot;sig&quot;</source>
        <translation>kein &quot;use&quot;: Manche Prüfer wählen Schlüssel nach &quot;use&quot;: &quot;sig&quot; aus</translation>
    </message>
    <message>
        <source>%1 is not a JWK Set: not valid JSON at offset %2 (%3)</source>
        <translation>%1 ist kein JWK Set: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a JWK Set: it must be a JSON object with a &quot;keys&quot; array</source>
        <translation>%1 ist kein JWK Set: Es muss ein JSON-Objekt mit einem &quot;keys&quot;-Array sein</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; occurs twice in one object: two verifiers may read two different keys from this document</source>
        <translation>das Element &quot;%1&quot; kommt in einem Objekt zweimal vor: Zwei Prüfer können aus diesem Dokument zwei verschiedene Schlüssel lesen</translation>
    </message>
    <message>
        <source>%1 keys have this kid: a verifier may pick the wrong one and reject valid tokens</source>
        <translation>%1 Schlüssel haben diese kid: Ein Prüfer kann den falschen wählen und gültige Token zurückweisen</translation>
    </message>
    <message>
        <source>first seen %1 days ago (%2), more than the %3 days allowed: rotate it</source>
        <translation>zuerst vor %1 Tagen gesehen (%2), mehr als die erlaubten %3 Tage: rotieren Sie ihn</translation>
    </message>
    <message>
        <source>%1 This run recorded what is published now in its place; the next run compares with it.</source>
        <translation>%1 Dieser Lauf hat an seiner Stelle gespeichert, was jetzt veröffentlicht ist; der nächste Lauf vergleicht damit.</translation>
    </message>
</context>
<context>
    <name>jwk::KeyAdmission</name>
    <message>
        <source>the kid has %1 characters; at most 255 are stored (as in Hydra)</source>
        <translation>die kid hat %1 Zeichen; höchstens 255 werden gespeichert (wie in Hydra)</translation>
    </message>
    <message>
        <source>the kid contains a control character (U+%1)</source>
        <translation>die kid enthält ein Steuerzeichen (U+%1)</translation>
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
    <message>
        <source>Private key shown; the audit log could not record it: %1</source>
        <translation>Privater Schlüssel angezeigt; das Prüfprotokoll konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>PE&amp;M</source>
        <translation>P&amp;EM</translation>
    </message>
    <message>
        <source>Ch&amp;ain (leaf first):</source>
        <translation>Ke&amp;tte (Endzertifikat zuerst):</translation>
    </message>
    <message>
        <source>Check&amp;s</source>
        <translation>Prü&amp;fungen</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>jwk::KeyExport</name>
    <message>
        <source>none of these keys has a public form (symmetric keys have none)</source>
        <translation>keiner dieser Schlüssel hat eine öffentliche Form (symmetrische Schlüssel haben keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n oct key(s) left out: symmetric keys have no public form</source>
        <translation>
            <numerusform>%n oct-Schlüssel weggelassen: symmetrische Schlüssel haben keine öffentliche Form</numerusform>
            <numerusform>%n oct-Schlüssel weggelassen: symmetrische Schlüssel haben keine öffentliche Form</numerusform>
        </translation>
    </message>
    <message>
        <source>several keys can only be exported as a JWK Set</source>
        <translation>mehrere Schlüssel lassen sich nur als JWK Set exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>key set %1</source>
        <translation>Schlüsselsatz %1</translation>
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
    <message>
        <source>%1 was not written: it is a symbolic link, and JWK Manager does not write key files through links; give the path of the file itself or remove the link</source>
        <translation>%1 wurde nicht geschrieben: es ist ein symbolischer Link, und JWK Manager schreibt Schlüsseldateien nicht über Links; geben Sie den Pfad der Datei selbst an oder entfernen Sie den Link</translation>
    </message>
    <message>
        <source>%1 was not written: it could not be made readable by all (%2)</source>
        <translation>%1 wurde nicht geschrieben: sie konnte nicht für alle lesbar gemacht werden (%2)</translation>
    </message>
</context>
<context>
    <name>jwk::KeyFormats</name>
    <message>
        <source>an oct key is symmetric: it has no PEM or DER form</source>
        <translation>ein oct-Schlüssel ist symmetrisch: Er hat keine PEM- oder DER-Form</translation>
    </message>
    <message>
        <source>an oct key is symmetric: it has no public form</source>
        <translation>ein oct-Schlüssel ist symmetrisch: Er hat keine öffentliche Form</translation>
    </message>
    <message>
        <source>%1 needs the private key, and this key is public only</source>
        <translation>%1 braucht den privaten Schlüssel, und von diesem Schlüssel ist nur der öffentliche vorhanden</translation>
    </message>
    <message>
        <source>PKCS#1 holds RSA keys only; use SPKI or PKCS#8 for %1</source>
        <translation>PKCS#1 enthält nur RSA-Schlüssel; verwenden Sie SPKI oder PKCS#8 für %1</translation>
    </message>
    <message>
        <source>SEC1 holds EC private keys only; use PKCS#8 for %1</source>
        <translation>SEC1 enthält nur private EC-Schlüssel; verwenden Sie PKCS#8 für %1</translation>
    </message>
    <message>
        <source>OpenSSL cannot write this key as %1 %2 (%3)</source>
        <translation>OpenSSL kann diesen Schlüssel nicht als %1 %2 schreiben (%3)</translation>
    </message>
    <message>
        <source>OpenSSL cannot write this key as PKCS#8 (%1)</source>
        <translation>OpenSSL kann diesen Schlüssel nicht als PKCS#8 schreiben (%1)</translation>
    </message>
    <message>
        <source>the key could not be encrypted (%1)</source>
        <translation>der Schlüssel konnte nicht verschlüsselt werden (%1)</translation>
    </message>
    <message>
        <source>the encrypted key could not be written (%1)</source>
        <translation>der verschlüsselte Schlüssel konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>an encrypted export needs a passphrase</source>
        <translation>ein verschlüsselter Export braucht eine Passphrase</translation>
    </message>
    <message>
        <source>the passphrase is empty; an encrypted export needs a real one</source>
        <translation>die Passphrase ist leer; ein verschlüsselter Export braucht eine echte</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>unbekanntes Exportformat</translation>
    </message>
    <message>
        <source>an oct key is symmetric: PKCS#12 holds RSA, EC and OKP private keys</source>
        <translation>ein oct-Schlüssel ist symmetrisch: PKCS#12 enthält private RSA-, EC- und OKP-Schlüssel</translation>
    </message>
</context>
<context>
    <name>jwk::KeyGenerator</name>
    <message>
        <source>OpenSSL cannot generate RSA %1 keys: %2</source>
        <translation>OpenSSL kann keine RSA-Schlüssel mit %1 Bit erzeugen: %2</translation>
    </message>
    <message>
        <source>key generation was cancelled</source>
        <translation>die Schlüsselerzeugung wurde abgebrochen</translation>
    </message>
    <message>
        <source>RSA key generation failed: %1</source>
        <translation>die Erzeugung des RSA-Schlüssels ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 key generation failed: %2</source>
        <translation>die Erzeugung des %1-Schlüssels ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;; known: %2</source>
        <translation>unbekannter Algorithmus „%1“; bekannt sind: %2</translation>
    </message>
    <message>
        <source>use must be &quot;sig&quot; or &quot;enc&quot;, not &quot;%1&quot;</source>
        <translation>use muss „sig“ oder „enc“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 takes no curve</source>
        <translation>%1 nimmt keine Kurve</translation>
    </message>
    <message>
        <source>%1 uses curve %2: a size in bits does not apply</source>
        <translation>%1 verwendet die Kurve %2: Eine Größe in Bit ist hier nicht anwendbar</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused (asked for %1)</source>
        <translation>RSA-Schlüssel unter 2048 Bit werden abgelehnt (verlangt: %1)</translation>
    </message>
    <message>
        <source>RSA key size must be a multiple of 8 from 2048 to 16384, not %1</source>
        <translation>die Größe eines RSA-Schlüssels muss ein Vielfaches von 8 zwischen 2048 und 16384 sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 takes the curves %2, not &quot;%3&quot;</source>
        <translation>%1 nimmt die Kurven %2, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 cannot use a %2-bit key (default %3)</source>
        <translation>%1 kann keinen Schlüssel mit %2 Bit verwenden (Standard: %3)</translation>
    </message>
    <message>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator hat versagt</translation>
    </message>
</context>
<context>
    <name>jwk::KeyImporter</name>
    <message>
        <source>PEM block %1 has a malformed BEGIN line</source>
        <translation>PEM-Block %1 hat eine fehlerhafte BEGIN-Zeile</translation>
    </message>
    <message>
        <source>PEM block %1 has an empty label</source>
        <translation>PEM-Block %1 hat eine leere Bezeichnung</translation>
    </message>
    <message>
        <source>PEM block %1 (%2) has no END line: the data is truncated</source>
        <translation>PEM-Block %1 (%2) hat keine END-Zeile: Die Daten sind abgeschnitten</translation>
    </message>
    <message>
        <source>PEM block %1 (%2) has a malformed END line: the data is truncated</source>
        <translation>PEM-Block %1 (%2) hat eine fehlerhafte END-Zeile: Die Daten sind abgeschnitten</translation>
    </message>
    <message>
        <source>PEM block %1 begins as &quot;%2&quot; but ends as &quot;%3&quot;</source>
        <translation>PEM-Block %1 beginnt als „%2“, endet aber als „%3“</translation>
    </message>
    <message>
        <source>%1, block %2 (%3)</source>
        <translation>%1, Block %2 (%3)</translation>
    </message>
    <message>
        <source>the input is %1 MiB; JWK Manager reads at most %2 MiB of key material</source>
        <translation>die Eingabe ist %1 MiB groß; JWK Manager liest höchstens %2 MiB Schlüsselmaterial</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>not a key: expected a JWK or JWK Set (JSON), PEM or DER</source>
        <translation>kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; occurs twice in one object: a JWK must name each member once</source>
        <translation>der Eintrag „%1“ kommt in einem Objekt zweimal vor: Ein JWK darf jeden Eintrag nur einmal nennen</translation>
    </message>
    <message>
        <source>%1, keys[%2]</source>
        <translation>%1, keys[%2]</translation>
    </message>
    <message>
        <source>the JWK Set holds no keys</source>
        <translation>das JWK Set enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>the JWK Set holds no usable key (%1)</source>
        <translation>das JWK Set enthält keinen verwendbaren Schlüssel (%1)</translation>
    </message>
    <message>
        <source>the block is labelled &quot;%1&quot; but does not hold that structure</source>
        <translation>der Block ist mit „%1“ bezeichnet, enthält aber nicht diese Struktur</translation>
    </message>
    <message>
        <source>%1 is not a JOSE key type; convert it to PKCS#8 first</source>
        <translation>%1 ist kein JOSE-Schlüsseltyp; wandeln Sie ihn zuerst in PKCS#8 um</translation>
    </message>
    <message>
        <source>a PEM block labelled &quot;%1&quot; is not a key or a certificate</source>
        <translation>ein PEM-Block mit der Bezeichnung „%1“ ist weder ein Schlüssel noch ein Zertifikat</translation>
    </message>
    <message>
        <source>no PEM block found</source>
        <translation>kein PEM-Block gefunden</translation>
    </message>
    <message>
        <source>the certificate could not be decoded (%1)</source>
        <translation>das Zertifikat konnte nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>the key could not be decoded%1: the data is corrupt or truncated</source>
        <translation>der Schlüssel konnte nicht dekodiert werden%1: Die Daten sind beschädigt oder abgeschnitten</translation>
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
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>standard input could not be read</source>
        <translation>die Standardeingabe konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>is a folder, not a key file</source>
        <translation>ist ein Ordner, keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1 MiB; JWK Manager reads at most %2 MiB of key material</source>
        <translation>ist %1 MiB groß; JWK Manager liest höchstens %2 MiB Schlüsselmaterial</translation>
    </message>
    <message>
        <source>the encrypted key is damaged: its encryption parameters cannot be read</source>
        <translation>der verschlüsselte Schlüssel ist beschädigt: seine Verschlüsselungsparameter sind nicht lesbar</translation>
    </message>
    <message>
        <source>the key is encrypted with %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: re-encrypt the key with fewer (e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</source>
        <translation>der Schlüssel ist mit %1 PBKDF2-Iterationen verschlüsselt; JWK Manager führt höchstens %2 aus, damit eine Datei ihn nicht stundenlang beschäftigt: verschlüsseln Sie den Schlüssel mit weniger neu (z. B. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)</translation>
    </message>
    <message>
        <source>the encrypted key could not be decoded: the data is corrupt or truncated</source>
        <translation>der verschlüsselte Schlüssel konnte nicht dekodiert werden: die Daten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the JWE</source>
        <translation>das JWE</translation>
    </message>
    <message>
        <source>the JWE was decrypted, but it holds no JWK or JWK Set</source>
        <translation>das JWE wurde entschlüsselt, enthält aber keinen JWK und kein JWK Set</translation>
    </message>
    <message>
        <source>the PKCS#12 file</source>
        <translation>die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>%1 is encrypted and no passphrase was given</source>
        <translation>%1 ist verschlüsselt, und es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>the PKCS#12 file is damaged: its structure cannot be read</source>
        <translation>die PKCS#12-Datei ist beschädigt: Ihre Struktur kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PKCS#12 file is encrypted with RC2, a legacy cipher OpenSSL 3 no longer reads by default; re-export it with AES, e.g. openssl pkcs12 -legacy -in old.p12 -out key.pem and openssl pkcs12 -export -in key.pem -out new.p12</source>
        <translation>die PKCS#12-Datei ist mit RC2 verschlüsselt, einem veralteten Verfahren, das OpenSSL 3 standardmäßig nicht mehr liest; exportieren Sie sie erneut mit AES, z. B. openssl pkcs12 -legacy -in old.p12 -out key.pem und openssl pkcs12 -export -in key.pem -out new.p12</translation>
    </message>
    <message>
        <source>the PKCS#12 file asks for %1 key derivation iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: re-export it with fewer (600,000 is sound)</source>
        <translation>die PKCS#12-Datei verlangt %1 Iterationen zur Schlüsselableitung; JWK Manager führt höchstens %2 aus, damit eine Datei ihn nicht stundenlang beschäftigt: Exportieren Sie sie erneut mit weniger (600.000 sind solide)</translation>
    </message>
    <message>
        <source>wrong passphrase: the PKCS#12 file could not be decrypted</source>
        <translation>falsche Passphrase: Die PKCS#12-Datei konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>the PKCS#12 file&apos;s private key cannot be decrypted: it is damaged</source>
        <translation>der private Schlüssel der PKCS#12-Datei kann nicht entschlüsselt werden: Er ist beschädigt</translation>
    </message>
    <message>
        <source>the PKCS#12 file&apos;s private key cannot be decoded (%1)</source>
        <translation>der private Schlüssel der PKCS#12-Datei kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>an oct key is symmetric: PKCS#12 holds private keys of RSA, EC and OKP</source>
        <translation>ein oct-Schlüssel ist symmetrisch: PKCS#12 enthält private Schlüssel von RSA, EC und OKP</translation>
    </message>
    <message>
        <source>PKCS#12 needs the private key, and this key is public only</source>
        <translation>PKCS#12 braucht den privaten Schlüssel, und von diesem Schlüssel ist nur der öffentliche vorhanden</translation>
    </message>
    <message>
        <source>the passphrase is empty; a PKCS#12 file needs a real one</source>
        <translation>die Passphrase ist leer; eine PKCS#12-Datei braucht eine echte</translation>
    </message>
    <message>
        <source>a certificate of the key&apos;s x5c cannot be decoded (%1)</source>
        <translation>ein Zertifikat im x5c des Schlüssels kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>the first certificate of the key&apos;s x5c is not the key&apos;s own certificate; fix x5c (leaf first) before exporting as PKCS#12</source>
        <translation>das erste Zertifikat im x5c des Schlüssels ist nicht das eigene Zertifikat des Schlüssels; korrigieren Sie x5c (Endzertifikat zuerst), bevor Sie als PKCS#12 exportieren</translation>
    </message>
    <message>
        <source>OpenSSL cannot write this key as PKCS#12 (%1)</source>
        <translation>OpenSSL kann diesen Schlüssel nicht als PKCS#12 schreiben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the PKCS#12 file holds no private key (%n certificate(s) only); import its certificates as PEM instead</source>
        <translation>
            <numerusform>die PKCS#12-Datei enthält keinen privaten Schlüssel (nur %n Zertifikat); importieren Sie ihre Zertifikate stattdessen als PEM</numerusform>
            <numerusform>die PKCS#12-Datei enthält keinen privaten Schlüssel (nur %n Zertifikate); importieren Sie ihre Zertifikate stattdessen als PEM</numerusform>
        </translation>
    </message>
    <message>
        <source>the PKCS#12 file holds %1 private keys; JWK Manager reads one per file: split it with openssl pkcs12 and import each key</source>
        <translation>die PKCS#12-Datei enthält %1 private Schlüssel; JWK Manager liest einen pro Datei: Teilen Sie sie mit openssl pkcs12 auf und importieren Sie jeden Schlüssel einzeln</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of the PKCS#12 file are not in its key&apos;s chain and were left out</source>
        <translation>
            <numerusform>%n Zertifikat der PKCS#12-Datei gehört nicht zur Kette ihres Schlüssels und wurde weggelassen</numerusform>
            <numerusform>%n Zertifikate der PKCS#12-Datei gehören nicht zur Kette ihres Schlüssels und wurden weggelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::KeyLint</name>
    <message>
        <source>RSA %1 is too small: use at least 2048 bits</source>
        <translation>RSA %1 ist zu klein: Verwenden Sie mindestens 2048 Bit</translation>
    </message>
    <message>
        <source>RSA %1 is fine for short-lived keys; long-lived keys should have 3072 bits or more</source>
        <translation>RSA %1 genügt für kurzlebige Schlüssel; langlebige Schlüssel sollten 3072 Bit oder mehr haben</translation>
    </message>
    <message>
        <source>no &quot;kid&quot;: verifiers cannot pick this key out of a set</source>
        <translation>keine „kid“: Prüfer können diesen Schlüssel nicht aus einem Satz auswählen</translation>
    </message>
    <message>
        <source>no &quot;alg&quot;: Hydra signs with the key&apos;s alg, and a key without one breaks signing</source>
        <translation>kein „alg“: Hydra signiert mit dem alg des Schlüssels, und ein Schlüssel ohne alg bricht das Signieren</translation>
    </message>
    <message>
        <source>&quot;alg&quot; does not fit the key: %1</source>
        <translation>„alg“ passt nicht zum Schlüssel: %1</translation>
    </message>
    <message>
        <source>&quot;use&quot; is &quot;%1&quot;; registered values are &quot;sig&quot; and &quot;enc&quot;</source>
        <translation>„use“ ist „%1“; registrierte Werte sind „sig“ und „enc“</translation>
    </message>
    <message>
        <source>&quot;use&quot;: &quot;%1&quot; contradicts &quot;key_ops&quot; entry &quot;%2&quot; (RFC 7517 §4.3)</source>
        <translation>„use“: „%1“ widerspricht dem Eintrag „%2“ in „key_ops“ (RFC 7517 §4.3)</translation>
    </message>
    <message>
        <source>the x5c leaf certificate</source>
        <translation>das x5c-Endzertifikat</translation>
    </message>
    <message>
        <source>x5c certificate %1</source>
        <translation>x5c-Zertifikat %1</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3</source>
        <translation>%1 (%2) ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid before %3</source>
        <translation>%1 (%2) ist erst ab %3 gültig</translation>
    </message>
    <message>
        <source>the x5c leaf certificate holds a different key than the JWK</source>
        <translation>das x5c-Endzertifikat enthält einen anderen Schlüssel als der JWK</translation>
    </message>
    <message>
        <source>&quot;x5t&quot; is not the SHA-1 thumbprint of the x5c leaf certificate</source>
        <translation>„x5t“ ist nicht der SHA-1-Fingerabdruck des x5c-Endzertifikats</translation>
    </message>
    <message>
        <source>&quot;x5t#S256&quot; is not the SHA-256 thumbprint of the x5c leaf certificate</source>
        <translation>„x5t#S256“ ist nicht der SHA-256-Fingerabdruck des x5c-Endzertifikats</translation>
    </message>
    <message>
        <source>x5c certificate %1 did not issue the certificate before it</source>
        <translation>x5c-Zertifikat %1 hat das Zertifikat davor nicht ausgestellt</translation>
    </message>
    <message>
        <source>x5c entry %1 is not a usable certificate: %2</source>
        <translation>x5c-Element %1 ist kein verwendbares Zertifikat: %2</translation>
    </message>
    <message>
        <source>&quot;use&quot; is &quot;%1&quot; but %2 is for signatures</source>
        <translation>„use“ ist „%1“, aber %2 dient Signaturen</translation>
    </message>
    <message>
        <source>&quot;use&quot; is &quot;%1&quot; but %2 is for encryption</source>
        <translation>„use“ ist „%1“, aber %2 dient der Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>jwk::KeyModel</name>
    <message>
        <source>signing</source>
        <translation>Signaturschlüssel</translation>
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
    <message>
        <source>tampered</source>
        <translation>manipuliert</translation>
    </message>
    <message>
        <source>The thumbprint of a symmetric key is a hash of its secret and is not shown</source>
        <translation>Der Fingerabdruck eines symmetrischen Schlüssels ist ein Hash seines Geheimnisses und wird nicht angezeigt</translation>
    </message>
    <message>
        <source>Its stored facts were changed without the system secret: it is not used. Restore the store from a backup, or delete the key and import it again.</source>
        <translation>Seine gespeicherten Angaben wurden ohne das Systemgeheimnis geändert: er wird nicht verwendet. Stellen Sie den Speicher aus einer Sicherung wieder her, oder löschen Sie den Schlüssel und importieren Sie ihn erneut.</translation>
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
        <translation>
            <numerusform>%1, Hydra-Schlüsselsatz, %n Schlüssel</numerusform>
            <numerusform>%1, Hydra-Schlüsselsatz, %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n key(s)</source>
        <translation>
            <numerusform>%1, %n Schlüssel</numerusform>
            <numerusform>%1, %n Schlüssel</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden %n. Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation overdue: a key was changed without the system secret, so the signing key is not known (%1)</source>
        <translation>Rotation überfällig: Ein Schlüssel wurde ohne das Systemgeheimnis geändert, daher ist der Signaturschlüssel nicht bekannt (%1)</translation>
    </message>
    <message>
        <source>Rotation overdue: the set has a rotation policy (%1) but no private key to sign with</source>
        <translation>Rotation überfällig: Der Satz hat eine Rotationsrichtlinie (%1), aber keinen privaten Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>Rotation overdue since %1 (%2)</source>
        <translation>Rotation überfällig seit %1 (%2)</translation>
    </message>
    <message>
        <source>Rotation due on %1 (%2)</source>
        <translation>Rotation fällig am %1 (%2)</translation>
    </message>
    <message>
        <source>Next rotation due on %1 (%2)</source>
        <translation>Nächste Rotation fällig am %1 (%2)</translation>
    </message>
</context>
<context>
    <name>jwk::KeyStore</name>
    <message>
        <source>the system secret (%1) does not open the store %2: it was encrypted under another secret. Set SECRETS_SYSTEM=new,old with the secret the store was made with among the list (the first encrypts, all decrypt), then run `jwkman-cli rotate-secret` to move it to the new one. Nothing was changed.</source>
        <translation>das Systemgeheimnis (%1) öffnet den Speicher %2 nicht: Er wurde mit einem anderen Geheimnis verschlüsselt. Setzen Sie SECRETS_SYSTEM=neu,alt, sodass das Geheimnis, mit dem der Speicher angelegt wurde, in der Liste steht (das erste verschlüsselt, alle entschlüsseln), und führen Sie dann `jwkman-cli rotate-secret` aus, um ihn auf das neue umzustellen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the store&apos;s file name</source>
        <translation>%1 ist ein Ordner; geben Sie den Dateinamen des Speichers an</translation>
    </message>
    <message>
        <source>the folder %1 for the store cannot be created</source>
        <translation>der Ordner %1 für den Speicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the store %1 cannot be opened: %2</source>
        <translation>der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>Öffnen des Speichers</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer JWK Manager (schema %2, this one knows %3); update JWK Manager</source>
        <translation>der Speicher %1 wurde von einem neueren JWK Manager geschrieben (Schema %2, dieser kennt %3); aktualisieren Sie JWK Manager</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a JWK Manager store</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Speicher von JWK Manager</translation>
    </message>
    <message>
        <source>creating the store</source>
        <translation>Anlegen des Speichers</translation>
    </message>
    <message>
        <source>reading the store</source>
        <translation>Lesen des Speichers</translation>
    </message>
    <message>
        <source>the store %1 has no secret verifier; it is damaged</source>
        <translation>der Speicher %1 hat keinen Prüfwert für das Systemgeheimnis; er ist beschädigt</translation>
    </message>
    <message>
        <source>updating the store</source>
        <translation>Aktualisieren des Speichers</translation>
    </message>
    <message>
        <source>listing key sets</source>
        <translation>Auflisten der Schlüsselsätze</translation>
    </message>
    <message>
        <source>key set name</source>
        <translation>der Name des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>creating key set &quot;%1&quot;</source>
        <translation>Anlegen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>a key set named &quot;%1&quot; is in the trash; restore it or empty the trash first</source>
        <translation>ein Schlüsselsatz namens „%1“ liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb</translation>
    </message>
    <message>
        <source>a key set named &quot;%1&quot; exists already</source>
        <translation>ein Schlüsselsatz namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>renaming key set &quot;%1&quot;</source>
        <translation>Umbenennen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>there is no key set &quot;%1&quot;</source>
        <translation>es gibt keinen Schlüsselsatz „%1“</translation>
    </message>
    <message>
        <source>updating key set &quot;%1&quot;</source>
        <translation>Aktualisieren des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>listing keys</source>
        <translation>Auflisten der Schlüssel</translation>
    </message>
    <message>
        <source>there is no key &quot;%1&quot; in key set &quot;%2&quot;</source>
        <translation>es gibt keinen Schlüssel „%1“ im Schlüsselsatz „%2“</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in key set &quot;%2&quot; cannot be decrypted with the configured system secret(s): it was encrypted under another secret. Add that secret to SECRETS_SYSTEM after the current one.</source>
        <translation>der Schlüssel „%1“ im Schlüsselsatz „%2“ lässt sich mit dem eingerichteten Systemgeheimnis nicht entschlüsseln: Er wurde mit einem anderen Geheimnis verschlüsselt. Fügen Sie dieses Geheimnis in SECRETS_SYSTEM nach dem aktuellen hinzu.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in key set &quot;%2&quot; decrypts to something that is not a JWK: the row was tampered with</source>
        <translation>der Schlüssel „%1“ im Schlüsselsatz „%2“ entschlüsselt sich zu etwas, das kein JWK ist: Die Zeile wurde manipuliert</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in key set &quot;%2&quot; holds the encrypted data of another key: the row was moved or swapped</source>
        <translation>der Schlüssel „%1“ im Schlüsselsatz „%2“ enthält die verschlüsselten Daten eines anderen Schlüssels: Die Zeile wurde verschoben oder vertauscht</translation>
    </message>
    <message>
        <source>storing key &quot;%1&quot;</source>
        <translation>Speichern des Schlüssels „%1“</translation>
    </message>
    <message>
        <source>updating the key set</source>
        <translation>Aktualisieren des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>adding keys to &quot;%1&quot;</source>
        <translation>Hinzufügen von Schlüsseln zu „%1“</translation>
    </message>
    <message>
        <source>adding keys</source>
        <translation>Hinzufügen von Schlüsseln</translation>
    </message>
    <message>
        <source>key set &quot;%1&quot; is in the trash; restore it first</source>
        <translation>der Schlüsselsatz „%1“ liegt im Papierkorb; stellen Sie ihn zuerst wieder her</translation>
    </message>
    <message>
        <source>reading key set &quot;%1&quot;</source>
        <translation>Lesen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>%1: the set holds this key already (same thumbprint)</source>
        <translation>%1: der Schlüsselsatz enthält diesen Schlüssel bereits (gleicher Fingerabdruck)</translation>
    </message>
    <message>
        <source>%1: a key with this kid is in the trash; restore it or empty the trash first</source>
        <translation>%1: ein Schlüssel mit dieser kid liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb</translation>
    </message>
    <message>
        <source>%1: the set has a different key with this kid</source>
        <translation>%1: der Schlüsselsatz enthält einen anderen Schlüssel mit dieser kid</translation>
    </message>
    <message>
        <source>replacing key sets</source>
        <translation>Ersetzen der Schlüsselsätze</translation>
    </message>
    <message>
        <source>replacing key set &quot;%1&quot;</source>
        <translation>Ersetzen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; occurs twice in key set &quot;%2&quot;</source>
        <translation>die kid „%1“ kommt im Schlüsselsatz „%2“ zweimal vor</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>die kid</translation>
    </message>
    <message>
        <source>updating key &quot;%1&quot;</source>
        <translation>Aktualisieren des Schlüssels „%1“</translation>
    </message>
    <message>
        <source>key set &quot;%1&quot; has a key with kid &quot;%2&quot; already</source>
        <translation>der Schlüsselsatz „%1“ hat bereits einen Schlüssel mit der kid „%2“</translation>
    </message>
    <message>
        <source>deleting key &quot;%1&quot;</source>
        <translation>Löschen des Schlüssels „%1“</translation>
    </message>
    <message>
        <source>deleting key set &quot;%1&quot;</source>
        <translation>Löschen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>restoring key &quot;%1&quot;</source>
        <translation>Wiederherstellen des Schlüssels „%1“</translation>
    </message>
    <message>
        <source>the trash holds no key &quot;%1&quot; of key set &quot;%2&quot;</source>
        <translation>im Papierkorb liegt kein Schlüssel „%1“ des Schlüsselsatzes „%2“</translation>
    </message>
    <message>
        <source>restoring key set &quot;%1&quot;</source>
        <translation>Wiederherstellen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>the trash holds no key set &quot;%1&quot;</source>
        <translation>im Papierkorb liegt kein Schlüsselsatz „%1“</translation>
    </message>
    <message>
        <source>emptying the trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>re-encrypting the store</source>
        <translation>Neuverschlüsseln des Speichers</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>remote name</source>
        <translation>der Name des Remote-Endpunkts</translation>
    </message>
    <message>
        <source>saving remote &quot;%1&quot;</source>
        <translation>Speichern des Remote-Endpunkts „%1“</translation>
    </message>
    <message>
        <source>the credentials of remote &quot;%1&quot; cannot be decrypted with the configured system secret(s)</source>
        <translation>die Zugangsdaten des Remote-Endpunkts „%1“ lassen sich mit dem eingerichteten Systemgeheimnis nicht entschlüsseln</translation>
    </message>
    <message>
        <source>listing remotes</source>
        <translation>Auflisten der Remote-Endpunkte</translation>
    </message>
    <message>
        <source>reading remote &quot;%1&quot;</source>
        <translation>Lesen des Remote-Endpunkts „%1“</translation>
    </message>
    <message>
        <source>removing remote &quot;%1&quot;</source>
        <translation>Entfernen des Remote-Endpunkts „%1“</translation>
    </message>
    <message>
        <source>there is no remote &quot;%1&quot;</source>
        <translation>es gibt keinen Remote-Endpunkt „%1“</translation>
    </message>
    <message>
        <source>saving the rotation of &quot;%1&quot;</source>
        <translation>Speichern der Rotation von „%1“</translation>
    </message>
    <message>
        <source>saving the rotation</source>
        <translation>Speichern der Rotation</translation>
    </message>
    <message>
        <source>reading the rotation</source>
        <translation>Lesen der Rotation</translation>
    </message>
    <message>
        <source>clearing the rotation</source>
        <translation>Löschen der Rotation</translation>
    </message>
    <message>
        <source>%1: the store is in use by another process (waited 5 s); try again when it is done</source>
        <translation>%1: Der Speicher wird von einem anderen Prozess verwendet (5 s gewartet); versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>%1: the store is read-only; nothing was changed</source>
        <translation>%1: Der Speicher ist schreibgeschützt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the store could not be written (the disk may be full or a file size limit reached); nothing was changed</source>
        <translation>%1: Der Speicher konnte nicht geschrieben werden (der Datenträger ist vielleicht voll oder eine Dateigrößengrenze erreicht); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed</source>
        <translation>%1: Der Datenträger ist voll; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the name exists already</source>
        <translation>%1: Der Name existiert bereits</translation>
    </message>
    <message>
        <source>the %1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>the %1 has %2 characters; at most 255 are stored (as in Hydra)</source>
        <translation>%1 hat %2 Zeichen; gespeichert werden höchstens 255 (wie in Hydra)</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>%1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the disk holding the store %1 is full (%2 KiB free, at least %3 KiB are needed to open it); free some space and try again. Nothing was changed.</source>
        <translation>der Datenträger mit dem Speicher %1 ist voll (%2 KiB frei, zum Öffnen werden mindestens %3 KiB gebraucht); schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A staged rotation of %1 on %2 is in progress: finish it before renaming the remote. Nothing was saved.</source>
        <translation>Eine begonnene Rotation von %1 auf %2 ist im Gang: Schließen Sie sie ab, bevor Sie den Remote-Endpunkt umbenennen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>der Speicher</translation>
    </message>
    <message>
        <source>the store %1 cannot be created: %2</source>
        <translation>der Speicher %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of key set &quot;%2&quot; cannot be stored: %3</source>
        <translation>Schlüssel „%1“ des Schlüsselsatzes „%2“ kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>moving the replaced key &quot;%1&quot; to the trash</source>
        <translation>ersetzten Schlüssel „%1“ in den Papierkorb legen</translation>
    </message>
    <message>
        <source>remote &quot;%1&quot; was changed without the system secret (its URL, CA or client certificate, tracked sets or timeout differ from its encrypted record): the store file was tampered with. It is not used and no request was made; remove it (jwkman-cli remote remove) and add it again.</source>
        <translation>Remote „%1“ wurde ohne das Systemgeheimnis geändert (URL, CA- oder Client-Zertifikat, verfolgte Sätze oder Zeitlimit weichen vom verschlüsselten Eintrag ab): die Speicherdatei wurde manipuliert. Es wird nicht verwendet und keine Anfrage wurde gesendet; entfernen Sie es (jwkman-cli remote remove) und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>the staged rotation of %1 on %2 was changed without the system secret: the store file was tampered with. It is not continued; check the remote set (jwkman-cli remote diff) and start a new rotation.</source>
        <translation>die gestufte Rotation von %1 auf %2 wurde ohne das Systemgeheimnis geändert: die Speicherdatei wurde manipuliert. Sie wird nicht fortgesetzt; prüfen Sie den entfernten Satz (jwkman-cli remote diff) und beginnen Sie eine neue Rotation.</translation>
    </message>
    <message>
        <source>the clear columns of key &quot;%1&quot; in key set &quot;%2&quot; (its order, public part, thumbprint or whether it is private) were changed without the system secret: the store file was tampered with. Nothing was read from it; restore the store from a backup, or delete the key (jwkman-cli delete) and import it again.</source>
        <translation>die unverschlüsselten Angaben von Schlüssel „%1“ im Schlüsselsatz „%2“ (Reihenfolge, öffentlicher Teil, Fingerabdruck oder ob er privat ist) wurden ohne das Systemgeheimnis geändert: die Speicherdatei wurde manipuliert. Nichts davon wurde gelesen; stellen Sie den Speicher aus einer Sicherung wieder her, oder löschen Sie den Schlüssel (jwkman-cli delete) und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in key set &quot;%2&quot; is under a system secret that is not configured, so nothing about it can be trusted here. Add that secret to SECRETS_SYSTEM after the current one.</source>
        <translation>Schlüssel „%1“ im Schlüsselsatz „%2“ ist mit einem Systemgeheimnis verschlüsselt, das nicht eingestellt ist; nichts an ihm ist hier vertrauenswürdig. Fügen Sie dieses Geheimnis in SECRETS_SYSTEM nach dem aktuellen hinzu.</translation>
    </message>
    <message>
        <source>a key set cannot be called &quot;%1&quot;: Hydra&apos;s admin API cannot address it (the URL path would name another resource); choose another name</source>
        <translation>ein Schlüsselsatz kann nicht „%1“ heißen: Die Admin-API von Hydra kann ihn nicht ansprechen (der URL-Pfad würde eine andere Ressource bezeichnen); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the key set name &quot;%1&quot; contains &quot;/&quot;: Hydra up to v2.3 cannot address such a set in its admin API (it matches /admin/keys/{set} after decoding, so the slash splits the name), and pushing or pulling the set fails there; newer Hydra versions address it</source>
        <translation>der Schlüsselsatzname „%1“ enthält „/“: Hydra bis v2.3 kann einen solchen Satz in seiner Admin-API nicht ansprechen (es wertet /admin/keys/{set} nach dem Dekodieren aus, sodass der Schrägstrich den Namen teilt), und Senden oder Abrufen des Satzes schlägt dort fehl; neuere Hydra-Versionen sprechen ihn an</translation>
    </message>
    <message>
        <source>reordering key set &quot;%1&quot;</source>
        <translation>beim Umordnen des Schlüsselsatzes „%1“</translation>
    </message>
    <message>
        <source>reading the recorded JWKS</source>
        <translation>Lesen des gespeicherten JWKS</translation>
    </message>
    <message>
        <source>the recorded JWKS of %1 was changed without the system secret: the store file was tampered with, so what changed since the last audit and how old the keys are cannot be told. Record it afresh (audit --record) after checking the published keys by hand.</source>
        <translation>das gespeicherte JWKS von %1 wurde ohne das Systemgeheimnis geändert: Die Speicherdatei wurde manipuliert, daher lässt sich nicht sagen, was sich seit der letzten Prüfung geändert hat und wie alt die Schlüssel sind. Speichern Sie es neu (audit --record), nachdem Sie die veröffentlichten Schlüssel von Hand geprüft haben.</translation>
    </message>
    <message>
        <source>recording the JWKS of %1</source>
        <translation>Speichern des JWKS von %1</translation>
    </message>
    <message>
        <source>recording the JWKS</source>
        <translation>Speichern des JWKS</translation>
    </message>
    <message>
        <source>the rotation policy of key set &quot;%1&quot; was changed without the system secret: the store file was tampered with. It is not used; set it again (jwkman-cli policy &quot;%1&quot; --clear, then --rotate-every and --overlap) or restore the store from a backup.</source>
        <translation>die Rotationsrichtlinie des Schlüsselsatzes &quot;%1&quot; wurde ohne das Systemgeheimnis geändert: Die Speicherdatei wurde manipuliert. Sie wird nicht verwendet; legen Sie sie neu fest (jwkman-cli policy &quot;%1&quot; --clear, dann --rotate-every und --overlap) oder stellen Sie den Speicher aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the rotation period must be from 1 to %1 days, not %2</source>
        <translation>der Rotationszeitraum muss zwischen 1 und %1 Tagen liegen, nicht %2</translation>
    </message>
    <message>
        <source>the overlap must be from 0 to %1 days, not %2</source>
        <translation>die Überlappung muss zwischen 0 und %1 Tagen liegen, nicht %2</translation>
    </message>
    <message>
        <source>the overlap (%1 days) must be shorter than the rotation period (%2 days): a new key could otherwise only be activated after it is due itself</source>
        <translation>die Überlappung (%1 Tage) muss kürzer sein als der Rotationszeitraum (%2 Tage): Ein neuer Schlüssel könnte sonst erst aktiviert werden, wenn er selbst schon fällig ist</translation>
    </message>
    <message>
        <source>saving the rotation policy of &quot;%1&quot;</source>
        <translation>Speichern der Rotationsrichtlinie von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reading the rotation policy</source>
        <translation>Lesen der Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>reading the rotation policies</source>
        <translation>Lesen der Rotationsrichtlinien</translation>
    </message>
    <message>
        <source>key set &quot;%1&quot; was changed by %2 at %3 while this change was being made; nothing of it was applied. Reload and try again</source>
        <translation>der Schlüsselsatz „%1“ wurde während dieser Änderung von %2 um %3 geändert; nichts davon wurde übernommen. Laden Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql to open the team store %1</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie libqt6sql6-psql, um den Team-Speicher %1 zu öffnen</translation>
    </message>
    <message>
        <source>the team store %1 (%2) cannot be opened: %3</source>
        <translation>der Team-Speicher %1 (%2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>the database %1 holds other tables and is not a JWK Manager store; give an empty database (CREATE DATABASE) for a new team store</source>
        <translation>die Datenbank %1 enthält andere Tabellen und ist kein Speicher von JWK Manager; geben Sie für einen neuen Team-Speicher eine leere Datenbank an (CREATE DATABASE)</translation>
    </message>
    <message>
        <source>the source and the target are the same store %1</source>
        <translation>Quelle und Ziel sind derselbe Speicher %1</translation>
    </message>
    <message>
        <source>copying the store %1 to %2</source>
        <translation>Kopieren des Speichers %1 nach %2</translation>
    </message>
    <message>
        <source>the target store %1 is not empty (%2 holds %3 rows); store copy fills only a new, empty store. Give a new file or an empty database. Nothing was copied.</source>
        <translation>der Zielspeicher %1 ist nicht leer (%2 enthält %3 Zeilen); store copy füllt nur einen neuen, leeren Speicher. Geben Sie eine neue Datei oder eine leere Datenbank an. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 cannot be carried over: %3. Give the source&apos;s secret in JWKMAN_SOURCE_SECRETS_SYSTEM (or repair the source). Nothing was copied.</source>
        <translation>%1 Zeile(n) von %2 können nicht übernommen werden: %3. Geben Sie das Geheimnis der Quelle in JWKMAN_SOURCE_SECRETS_SYSTEM an (oder reparieren Sie die Quelle). Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>the copy&apos;s %1 holds %2 rows, the source %3; nothing was copied</source>
        <translation>%1 der Kopie enthält %2 Zeilen, die der Quelle %3; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of key set &quot;%2&quot; does not read back from the copy as the source&apos;s key; nothing was copied</source>
        <translation>der Schlüssel „%1“ des Schlüsselsatzes „%2“ lässt sich aus der Kopie nicht als der Schlüssel der Quelle zurücklesen; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>the copy holds %1 keys, the source %2; nothing was copied</source>
        <translation>die Kopie enthält %1 Schlüssel, die Quelle %2; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>%1 remote profile(s) of the copy are not under the target&apos;s secret; nothing was copied</source>
        <translation>%1 Remote-Profil(e) der Kopie sind nicht mit dem Geheimnis des Ziels verschlüsselt; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>the store URL is not valid; write it as postgresql://[user@]host[:port]/dbname[?sslmode=verify-full]</source>
        <translation>die Speicher-URL ist ungültig; schreiben Sie sie als postgresql://[user@]host[:port]/dbname[?sslmode=verify-full]</translation>
    </message>
    <message>
        <source>the store URL contains a password; a password is never taken from the URL (it would be seen in the process list and shell history). Remove it and set PGPASSWORD or put it in ~/.pgpass (host:port:database:user:password, mode 0600)</source>
        <translation>die Speicher-URL enthält ein Passwort; ein Passwort wird nie aus der URL übernommen (es wäre in der Prozessliste und im Shell-Verlauf sichtbar). Entfernen Sie es und setzen Sie PGPASSWORD oder tragen Sie es in ~/.pgpass ein (host:port:database:user:password, Modus 0600)</translation>
    </message>
    <message>
        <source>the store URL names no database; write it as postgresql://[user@]host[:port]/dbname</source>
        <translation>die Speicher-URL nennt keine Datenbank; schreiben Sie sie als postgresql://[user@]host[:port]/dbname</translation>
    </message>
    <message>
        <source>the store URL has a fragment (#…); remove it</source>
        <translation>die Speicher-URL hat ein Fragment (#…); entfernen Sie es</translation>
    </message>
    <message>
        <source>the store URL has the option &quot;%1&quot;, which is not passed on; known options: %2</source>
        <translation>die Speicher-URL hat die Option „%1“, die nicht weitergegeben wird; bekannte Optionen: %2</translation>
    </message>
    <message>
        <source>the store URL option &quot;%1&quot; is empty or has a space, quote, backslash or semicolon</source>
        <translation>die Option „%1“ der Speicher-URL ist leer oder enthält ein Leerzeichen, Anführungszeichen, einen Backslash oder ein Semikolon</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>the store URL&apos;s host, user or database has a space, quote, backslash or semicolon</source>
        <translation>Host, Benutzer oder Datenbank der Speicher-URL enthalten ein Leerzeichen, Anführungszeichen, einen Backslash oder ein Semikolon</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>Standardserver</translation>
    </message>
    <message>
        <source>database %1 on %2:%3</source>
        <translation>Datenbank %1 auf %2:%3</translation>
    </message>
    <message>
        <source>database %1 on %2</source>
        <translation>Datenbank %1 auf %2</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>%1: someone else changed the store at the same moment; nothing was changed. Reload and try again</source>
        <translation>%1: Jemand anderes hat den Speicher im selben Moment geändert; es wurde nichts geändert. Laden Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: another session is writing to the team store (waited 10 s); try again when it is done</source>
        <translation>%1: Eine andere Sitzung schreibt in den Team-Speicher (10 s gewartet); versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source>%1: the database server&apos;s disk is full; nothing was changed</source>
        <translation>%1: Der Datenträger des Datenbankservers ist voll; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the database user may not write the store (%2); nothing was changed</source>
        <translation>%1: Der Datenbankbenutzer darf nicht in den Speicher schreiben (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: the connection to the database server was lost (%2); nothing was changed. Check that the server is running and open the store again</source>
        <translation>%1: Die Verbindung zum Datenbankserver ist abgebrochen (%2); es wurde nichts geändert. Prüfen Sie, ob der Server läuft, und öffnen Sie den Speicher erneut</translation>
    </message>
    <message>
        <source>OpenSSL could not compute HMAC-SHA256 (its default provider is not available); check the OpenSSL configuration (OPENSSL_CONF, OPENSSL_MODULES)</source>
        <translation>OpenSSL konnte HMAC-SHA256 nicht berechnen (sein Standard-Provider ist nicht verfügbar); prüfen Sie die OpenSSL-Konfiguration (OPENSSL_CONF, OPENSSL_MODULES)</translation>
    </message>
    <message>
        <source>the team store&apos;s credentials file</source>
        <translation>die Zugangsdatendatei des Team-Speichers</translation>
    </message>
    <message>
        <source>the credentials file %1 cannot be read: %2</source>
        <translation>die Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the credentials file %1 is larger than 64 KiB</source>
        <translation>die Zugangsdatendatei %1 ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>the folder %1 for the team store&apos;s credentials cannot be created</source>
        <translation>der Ordner %1 für die Zugangsdaten des Team-Speichers kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the desktop&apos;s secret service (service &quot;%1&quot;)</source>
        <translation>der Geheimnisdienst des Desktops (Dienst „%1“)</translation>
    </message>
    <message>
        <source>files readable only by you in %1 (no secret service is used)</source>
        <translation>nur für Sie lesbare Dateien in %1 (kein Geheimnisdienst wird verwendet)</translation>
    </message>
    <message>
        <source>the desktop&apos;s secret service did not take the entry for the team store %1</source>
        <translation>der Geheimnisdienst des Desktops hat den Eintrag für den Team-Speicher %1 nicht angenommen</translation>
    </message>
    <message>
        <source>the credentials file %1 is being replaced by another process; try again</source>
        <translation>die Zugangsdatendatei %1 wird gerade von einem anderen Prozess ersetzt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the credentials file %1 cannot be removed; remove it by hand</source>
        <translation>die Zugangsdatendatei %1 kann nicht entfernt werden; entfernen Sie sie von Hand</translation>
    </message>
    <message>
        <source>storing keys in key set &quot;%1&quot;</source>
        <translation>Speichern von Schlüsseln im Schlüsselsatz „%1“</translation>
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
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
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
        <source>&amp;Generate Key…</source>
        <translation>Schlüssel &amp;erzeugen …</translation>
    </message>
    <message>
        <source>Create &amp;Hydra&apos;s Default Sets…</source>
        <translation>&amp;Hydra-Standardsätze anlegen …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
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
        <source>Export Key &amp;Set…</source>
        <translation>Schlüssel&amp;satz exportieren …</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen …</translation>
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
        <source>Copy Public &amp;PEM</source>
        <translation>Öffentliches &amp;PEM kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Thumbprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
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
        <source>&amp;Rename Key Set…</source>
        <translation>Schlüsselsatz &amp;umbenennen …</translation>
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
        <source>Show &amp;Private Key</source>
        <translation>&amp;Privaten Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>&amp;About JWK Manager</source>
        <translation>Ü&amp;ber JWK Manager</translation>
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
        <translation>
            <numerusform>Alle Schlüssel (%n)</numerusform>
            <numerusform>Alle Schlüssel (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), no signing key</source>
        <translation>
            <numerusform>%1: %n Schlüssel, kein Signaturschlüssel</numerusform>
            <numerusform>%1: %n Schlüssel, kein Signaturschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), signs with %2</source>
        <translation>
            <numerusform>%1: %n Schlüssel, signiert mit %2</numerusform>
            <numerusform>%1: %n Schlüssel, signiert mit %2</numerusform>
        </translation>
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
        <source>Hydra&apos;s Default Sets</source>
        <translation>Hydra-Standardsätze</translation>
    </message>
    <message>
        <source>Hydra&apos;s key sets exist already and each holds keys: %1.</source>
        <translation>Die Schlüsselsätze von Hydra gibt es bereits, und jeder enthält Schlüssel: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Generating an RSA 4096 key for %n key set(s)…</source>
        <translation>
            <numerusform>Ein RSA-4096-Schlüssel wird für %n Schlüsselsatz erzeugt …</numerusform>
            <numerusform>Für %n Schlüsselsätze wird je ein RSA-4096-Schlüssel erzeugt …</numerusform>
        </translation>
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
        <source>Creating Hydra&apos;s default sets was cancelled; nothing was stored.</source>
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
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>%n Element wird in %1 importiert …</numerusform>
            <numerusform>%n Elemente werden in %1 importiert …</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n ausgewählten Schlüssel</numerusform>
            <numerusform>%n ausgewählte Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Key set %1 holds no keys.</source>
        <translation>Der Schlüsselsatz %1 enthält keine Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>key set %1 (%n key(s))</source>
        <translation>
            <numerusform>Schlüsselsatz %1 (%n Schlüssel)</numerusform>
            <numerusform>Schlüsselsatz %1 (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;Alle Dateien (*)</translation>
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
        <translation>
            <numerusform>In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.</numerusform>
            <numerusform>In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.</numerusform>
        </translation>
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
        <translation>
            <numerusform>Schlüsselsatz %1 mit %n Schlüssel in den Papierkorb verschieben? %2 holt ihn zurück.</numerusform>
            <numerusform>Schlüsselsatz %1 mit %n Schlüsseln in den Papierkorb verschieben? %2 holt ihn zurück.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Remote Endpoints…</source>
        <translation>&amp;Remote-Endpunkte …</translation>
    </message>
    <message>
        <source>&amp;Add Remote…</source>
        <translation>Remote-Endpunkt &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Pull from Remote…</source>
        <translation>Vom Remote-Endpunkt &amp;holen …</translation>
    </message>
    <message>
        <source>Push Selected &amp;Key…</source>
        <translation>Gewählten &amp;Schlüssel übertragen …</translation>
    </message>
    <message>
        <source>Push Key &amp;Set…</source>
        <translation>Schlüssels&amp;atz übertragen …</translation>
    </message>
    <message>
        <source>&amp;Generate on Server…</source>
        <translation>Auf dem Server &amp;erzeugen …</translation>
    </message>
    <message>
        <source>R&amp;otate Key Set (Next Step)…</source>
        <translation>Schlüsselsatz r&amp;otieren (nächster Schritt) …</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>Pull from Remote</source>
        <translation>Vom Remote-Endpunkt holen</translation>
    </message>
    <message>
        <source>Push Selected Key</source>
        <translation>Gewählten Schlüssel übertragen</translation>
    </message>
    <message>
        <source>Push Key Set</source>
        <translation>Schlüsselsatz übertragen</translation>
    </message>
    <message>
        <source>Generate on Server</source>
        <translation>Auf dem Server erzeugen</translation>
    </message>
    <message>
        <source>Rotate Key Set</source>
        <translation>Schlüsselsatz rotieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s); a key was changed without the system secret, so the signing key is not known</source>
        <translation>
            <numerusform>%1: %n Schlüssel; ein Schlüssel wurde ohne das Systemgeheimnis geändert, daher ist der Signierschlüssel unbekannt</numerusform>
            <numerusform>%1: %n Schlüssel; ein Schlüssel wurde ohne das Systemgeheimnis geändert, daher ist der Signierschlüssel unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>kein Schlüsselspeicher ist geöffnet</translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation>Mit Warnungen exportiert</translation>
    </message>
    <message>
        <source>Exported to %1, but:
%2</source>
        <translation>Nach %1 exportiert, aber:
%2</translation>
    </message>
    <message>
        <source>Nothing to delete: select keys, or a key set in the list of sets.</source>
        <translation>Nichts zu löschen: Wählen Sie Schlüssel oder einen Schlüsselsatz in der Liste der Sätze.</translation>
    </message>
    <message>
        <source>Moved key %1 of %2 to the trash. %3 restores it.</source>
        <translation>Schlüssel %1 aus %2 in den Papierkorb verschoben. %3 stellt ihn wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) of %1 to the trash. %2 restores them.</source>
        <translation>
            <numerusform>%n Schlüssel aus %1 in den Papierkorb verschoben. %2 stellt ihn wieder her.</numerusform>
            <numerusform>%n Schlüssel aus %1 in den Papierkorb verschoben. %2 stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this name? Note: %1.</source>
        <translation>Diesen Namen verwenden? Hinweis: %1.</translation>
    </message>
    <message>
        <source>Use This Name</source>
        <translation>Diesen Namen verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found in all key sets</source>
        <translation>
            <numerusform>%n Schlüssel in allen Schlüsselsätzen gefunden</numerusform>
            <numerusform>%n Schlüssel in allen Schlüsselsätzen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Signing Key</source>
        <translation>Signaturschlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s) to the trash?</source>
        <translation>
            <numerusform>%n Schlüssel in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Schlüssel in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 brings them back.</source>
        <translation>%1 holt sie zurück.</translation>
    </message>
    <message>
        <source>Import Keys: Signing Key</source>
        <translation>Schlüssel importieren: Signaturschlüssel</translation>
    </message>
    <message>
        <source>%1

Hydra signs with the newest private key of a set. Keep %2 signing and add the imported keys below it, or let the new key sign from now on?</source>
        <translation>%1

Hydra signiert mit dem neuesten privaten Schlüssel eines Satzes. Soll %2 weiter signieren und sollen die importierten Schlüssel darunter eingefügt werden, oder soll ab jetzt der neue Schlüssel signieren?</translation>
    </message>
    <message>
        <source>New Key Signs</source>
        <translation>Neuer Schlüssel signiert</translation>
    </message>
    <message>
        <source>Keep Signer</source>
        <translation>Signaturschlüssel behalten</translation>
    </message>
    <message>
        <source>The store was changed outside this window; the view is up to date.</source>
        <translation>Der Speicher wurde außerhalb dieses Fensters geändert; die Ansicht ist aktuell.</translation>
    </message>
    <message>
        <source>The store %1 is open in another JWK Manager window, which was brought forward.</source>
        <translation>Der Speicher %1 ist in einem anderen JWK-Manager-Fenster geöffnet; es wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>No key matches “%1”.
The search looks at the kid, alg, type, thumbprint and key set of every key.</source>
        <translation>Kein Schlüssel passt zu „%1“.
Die Suche prüft kid, alg, Typ, Fingerabdruck und Schlüsselsatz jedes Schlüssels.</translation>
    </message>
    <message>
        <source>Key set %1 has no keys.
Generate one (%2), import files (%3), or drop key files here.</source>
        <translation>Der Schlüsselsatz %1 enthält keine Schlüssel.
Erzeugen Sie einen (%2), importieren Sie Dateien (%3) oder ziehen Sie Schlüsseldateien hierher.</translation>
    </message>
    <message>
        <source>No keys yet.
Generate one (%1), import files (%2), or drop key files here.</source>
        <translation>Noch keine Schlüssel.
Erzeugen Sie einen (%1), importieren Sie Dateien (%2) oder ziehen Sie Schlüsseldateien hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported when the running import is done.</source>
        <translation>
            <numerusform>%n Element wird importiert, sobald der laufende Import fertig ist.</numerusform>
            <numerusform>%n Elemente werden importiert, sobald der laufende Import fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published Keys</source>
        <translation>Veröffentlichte Schlüssel</translation>
    </message>
    <message>
        <source>P&amp;ublished Keys…</source>
        <translation>Ver&amp;öffentlichte Schlüssel…</translation>
    </message>
    <message>
        <source>Au&amp;dit JWKS URL…</source>
        <translation>JWKS-URL &amp;prüfen…</translation>
    </message>
    <message>
        <source>Rotation Policy</source>
        <translation>Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>Cleared the rotation policy of %1.</source>
        <translation>Die Rotationsrichtlinie von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Rotation policy of %1: %2, %3.</source>
        <translation>Rotationsrichtlinie von %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>rotate every %n day(s)</source>
        <translation>
            <numerusform>jeden %n. Tag rotieren</numerusform>
            <numerusform>alle %n Tage rotieren</numerusform>
        </translation>
    </message>
    <message>
        <source>no rotation period</source>
        <translation>kein Rotationszeitraum</translation>
    </message>
    <message numerus="yes">
        <source>publish %n day(s) before activating</source>
        <translation>
            <numerusform>%n Tag vor dem Aktivieren veröffentlichen</numerusform>
            <numerusform>%n Tage vor dem Aktivieren veröffentlichen</numerusform>
        </translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>keine Überlappung</translation>
    </message>
    <message>
        <source>Rotate Now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message>
        <source>No remote tracks key set %1, so there is nowhere to rotate it. Add it to a remote&apos;s tracked sets (Remote › Remote Endpoints), or use Remote › Rotate Key Set to pick a remote.</source>
        <translation>Kein Remote verfolgt den Schlüsselsatz %1, daher gibt es kein Ziel für die Rotation. Fügen Sie ihn den verfolgten Sätzen eines Remotes hinzu (Remote › Remote-Endpunkte) oder wählen Sie mit Remote › Schlüsselsatz rotieren einen Remote.</translation>
    </message>
    <message>
        <source>Key set %1 is tracked by several remotes. Rotate it on:</source>
        <translation>Der Schlüsselsatz %1 wird von mehreren Remotes verfolgt. Rotieren auf:</translation>
    </message>
    <message>
        <source>Rotation P&amp;olicy…</source>
        <translation>Rotations&amp;richtlinie…</translation>
    </message>
    <message>
        <source>Rotate No&amp;w…</source>
        <translation>Jetzt ro&amp;tieren…</translation>
    </message>
    <message>
        <source>Due for &amp;Rotation</source>
        <translation>&amp;Fällige Rotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s) due for rotation (%1 overdue)</source>
        <translation>
            <numerusform>%n Schlüsselsatz zur Rotation fällig (%1 überfällig)</numerusform>
            <numerusform>%n Schlüsselsätze zur Rotation fällig (%1 überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s) due for rotation</source>
        <translation>
            <numerusform>%n Schlüsselsatz zur Rotation fällig</numerusform>
            <numerusform>%n Schlüsselsätze zur Rotation fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Show only these sets (View › Due for Rotation)</source>
        <translation>%1
Nur diese Sätze anzeigen (Ansicht › Fällige Rotationen)</translation>
    </message>
    <message>
        <source>No key set is due for rotation.
View › Due for Rotation shows every set again.</source>
        <translation>Kein Schlüsselsatz ist zur Rotation fällig.
Ansicht › Fällige Rotationen zeigt wieder alle Sätze.</translation>
    </message>
    <message>
        <source>Publish to OAuth2 &amp;Client…</source>
        <translation>An OAuth2-&amp;Client veröffentlichen…</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.jwe *.p8 *.p12 *.pfx *.pub);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.jwe *.p8 *.p12 *.pfx *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Team-Speicher: %1</translation>
    </message>
    <message>
        <source>JWK Manager — team store %1</source>
        <translation>JWK Manager — Team-Speicher %1</translation>
    </message>
    <message>
        <source>Keys imported from Hydra&apos;s database.</source>
        <translation>Schlüssel aus der Datenbank von Hydra importiert.</translation>
    </message>
    <message>
        <source>Open Hydra &amp;Database…</source>
        <translation>H&amp;ydra-Datenbank öffnen …</translation>
    </message>
    <message>
        <source>&amp;JWT Tokens…</source>
        <translation>JWT-To&amp;kens …</translation>
    </message>
    <message>
        <source>Open Team Store</source>
        <translation>Team-Speicher öffnen</translation>
    </message>
    <message>
        <source>Keys are being written to the store this window shows. Open the team store when that is done.</source>
        <translation>In den Speicher dieses Fensters werden gerade Schlüssel geschrieben. Öffnen Sie den Team-Speicher, wenn das erledigt ist.</translation>
    </message>
    <message>
        <source>The team store %1 is open in another JWK Manager window, which was brought forward.</source>
        <translation>Der Team-Speicher %1 ist in einem anderen JWK-Manager-Fenster geöffnet; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Opened the team store %1.</source>
        <translation>Team-Speicher %1 geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Open Team Store…</source>
        <translation>&amp;Team-Speicher öffnen …</translation>
    </message>
</context>
<context>
    <name>jwk::OpenSslKey</name>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1 is not a valid key%2</source>
        <translation>%1 ist kein gültiger Schlüssel%2</translation>
    </message>
    <message>
        <source>the RSA key has no modulus or exponent</source>
        <translation>der RSA-Schlüssel hat keinen Modulus oder Exponenten</translation>
    </message>
    <message>
        <source>member &quot;n&quot;: an RSA modulus of %1 bits is not usable (512 to 16384 bits)</source>
        <translation>Eintrag „n“: Ein RSA-Modulus mit %1 Bit ist nicht verwendbar (512 bis 16384 Bit)</translation>
    </message>
    <message>
        <source>member &quot;e&quot; is not a valid RSA public exponent (odd, at least 3, below n)</source>
        <translation>der Eintrag „e“ ist kein gültiger öffentlicher RSA-Exponent (ungerade, mindestens 3, kleiner als n)</translation>
    </message>
    <message>
        <source>member &quot;n&quot; has the small factor %1: it is not an RSA modulus</source>
        <translation>der Eintrag „n“ hat den kleinen Teiler %1: Er ist kein RSA-Modulus</translation>
    </message>
    <message>
        <source>the RSA private members do not match the public key (or p, q, dp, dq, qi are inconsistent)</source>
        <translation>die privaten RSA-Einträge passen nicht zum öffentlichen Schlüssel (oder p, q, dp, dq, qi widersprechen sich)</translation>
    </message>
    <message>
        <source>the RSA private exponent &quot;d&quot; does not match &quot;n&quot; and &quot;e&quot;</source>
        <translation>der private RSA-Exponent „d“ passt nicht zu „n“ und „e“</translation>
    </message>
    <message>
        <source>OpenSSL could not take the RSA parameters</source>
        <translation>OpenSSL konnte die RSA-Parameter nicht übernehmen</translation>
    </message>
    <message>
        <source>the RSA key</source>
        <translation>der RSA-Schlüssel</translation>
    </message>
    <message>
        <source>curve &quot;%1&quot; is not supported</source>
        <translation>die Kurve „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>members &quot;x&quot; and &quot;y&quot; are not a point on %1</source>
        <translation>die Einträge „x“ und „y“ sind kein Punkt auf %1</translation>
    </message>
    <message>
        <source>members &quot;x&quot; and &quot;y&quot; are not a valid point on %1</source>
        <translation>die Einträge „x“ und „y“ sind kein gültiger Punkt auf %1</translation>
    </message>
    <message>
        <source>member &quot;d&quot; does not match the public point &quot;x&quot;, &quot;y&quot;</source>
        <translation>der Eintrag „d“ passt nicht zum öffentlichen Punkt „x“, „y“</translation>
    </message>
    <message>
        <source>member &quot;x&quot; is not a point on %1</source>
        <translation>der Eintrag „x“ ist kein Punkt auf %1</translation>
    </message>
    <message>
        <source>member &quot;x&quot; is a point of small order on %1: not a usable public key</source>
        <translation>der Eintrag „x“ ist ein Punkt kleiner Ordnung auf %1: kein verwendbarer öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>the %1 key</source>
        <translation>der %1-Schlüssel</translation>
    </message>
    <message>
        <source>member &quot;x&quot; is a point of small order on %1: a key agreement with it gives an all-zero secret</source>
        <translation>der Eintrag „x“ ist ein Punkt kleiner Ordnung auf %1: Eine Schlüsselvereinbarung damit ergibt ein Geheimnis aus lauter Nullen</translation>
    </message>
    <message>
        <source>member &quot;d&quot; does not match the public key &quot;x&quot;</source>
        <translation>der Eintrag „d“ passt nicht zum öffentlichen Schlüssel „x“</translation>
    </message>
    <message>
        <source>an oct key is symmetric and has no PEM or DER form</source>
        <translation>ein oct-Schlüssel ist symmetrisch und hat keine PEM- oder DER-Form</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>EC with explicit parameters</source>
        <translation>EC mit expliziten Parametern</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
    <message>
        <source>the key could not be read: its encoding is damaged or of an unknown type</source>
        <translation>der Schlüssel konnte nicht gelesen werden: Seine Kodierung ist beschädigt oder von unbekanntem Typ</translation>
    </message>
    <message>
        <source>the RSA key has no public modulus or exponent</source>
        <translation>der RSA-Schlüssel hat keinen öffentlichen Modulus oder Exponenten</translation>
    </message>
    <message>
        <source>multi-prime RSA keys (more than two primes) are not supported</source>
        <translation>RSA-Schlüssel mit mehr als zwei Primzahlen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>EC keys with explicit curve parameters are not supported; use a named curve (P-256, P-384, P-521)</source>
        <translation>EC-Schlüssel mit expliziten Kurvenparametern werden nicht unterstützt; verwenden Sie eine benannte Kurve (P-256, P-384, P-521)</translation>
    </message>
    <message>
        <source>EC curve %1 is not supported by JOSE (P-256, P-384 and P-521 are)</source>
        <translation>die EC-Kurve %1 wird von JOSE nicht unterstützt (unterstützt werden P-256, P-384 und P-521)</translation>
    </message>
    <message>
        <source>the EC key has no public point</source>
        <translation>der EC-Schlüssel hat keinen öffentlichen Punkt</translation>
    </message>
    <message>
        <source>the %1 key has no public key</source>
        <translation>der %1-Schlüssel hat keinen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys cannot be expressed as a JWK (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 and X448 can)</source>
        <translation>%1-Schlüssel lassen sich nicht als JWK darstellen (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 und X448 schon)</translation>
    </message>
    <message>
        <source>out of memory while checking the RSA key</source>
        <translation>kein Speicher mehr frei bei der Prüfung des RSA-Schlüssels</translation>
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
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>jwk::PublishedKeysDialog</name>
    <message>
        <source>Published Keys of %1</source>
        <translation>Veröffentlichte Schlüssel von %1</translation>
    </message>
    <message>
        <source>Audit a Published JWKS</source>
        <translation>Ein veröffentlichtes JWKS prüfen</translation>
    </message>
    <message>
        <source>JWKS &amp;URL:</source>
        <translation>JWKS-&amp;URL:</translation>
    </message>
    <message>
        <source>sets of webfinger.jwks.broadcast_keys, separated by commas</source>
        <translation>Sätze aus webfinger.jwks.broadcast_keys, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Hydra always publishes hydra.openid.id-token and hydra.jwt.access-token, and the sets named in webfinger.jwks.broadcast_keys.</source>
        <translation>Hydra veröffentlicht immer hydra.openid.id-token und hydra.jwt.access-token sowie die in webfinger.jwks.broadcast_keys genannten Sätze.</translation>
    </message>
    <message>
        <source>Also &amp;published:</source>
        <translation>Auch &amp;veröffentlicht:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>What the admin API of %1 holds</source>
        <translation>Was die Admin-API von %1 enthält</translation>
    </message>
    <message>
        <source>The local copies of the published sets</source>
        <translation>Die lokalen Kopien der veröffentlichten Sätze</translation>
    </message>
    <message>
        <source>Key set %1</source>
        <translation>Schlüsselsatz %1</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Ver&amp;gleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Remember what is published</source>
        <translation>Veröffentlichtes &amp;merken</translation>
    </message>
    <message>
        <source>Keeps the kids and thumbprints in the store, so that the next check says what was added, removed or changed, and how long each key has been published.</source>
        <translation>Speichert kids und Fingerabdrücke im Speicher, damit die nächste Prüfung sagt, was hinzugekommen, entfernt oder geändert wurde und wie lange jeder Schlüssel schon veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Warn about keys older &amp;than:</source>
        <translation>Warnen bei Schlüsseln älter &amp;als:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Prü&amp;fen alle:</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Fetch the published keys again (F5)</source>
        <translation>Die veröffentlichten Schlüssel neu abrufen (F5)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Alg</source>
        <translation>Alg</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The remote %1 has no public URL, so its published keys cannot be found. Edit the remote and give Hydra&apos;s public URL.</source>
        <translation>Der Remote %1 hat keine öffentliche URL, daher sind seine veröffentlichten Schlüssel nicht zu finden. Bearbeiten Sie den Remote und geben Sie Hydras öffentliche URL an.</translation>
    </message>
    <message>
        <source>Type the URL of a JWKS, such as https://auth.example.com/.well-known/jwks.json.</source>
        <translation>Geben Sie die URL eines JWKS ein, etwa https://auth.example.com/.well-known/jwks.json.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>The check was cancelled (%1); what is shown is from the check before.</source>
        <translation>Die Prüfung wurde abgebrochen (%1); angezeigt wird die vorige Prüfung.</translation>
    </message>
    <message>
        <source>The check at %1 failed: %2</source>
        <translation>Die Prüfung um %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the admin API of %1</source>
        <translation>der Admin-API von %1</translation>
    </message>
    <message>
        <source>key set %1</source>
        <translation>Schlüsselsatz %1</translation>
    </message>
    <message>
        <source>The check at %1 found no JWKS: %2</source>
        <translation>Die Prüfung um %1 fand kein JWKS: %2</translation>
    </message>
    <message>
        <source>The check at %1 could not use the store: %2</source>
        <translation>Die Prüfung um %1 konnte den Speicher nicht verwenden: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Nothing to report: every published key is public, valid and complete.</source>
        <translation>Nichts zu melden: Jeder veröffentlichte Schlüssel ist öffentlich, gültig und vollständig.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>Published, not in %1</source>
        <translation>Veröffentlicht, nicht in %1</translation>
    </message>
    <message>
        <source>verifiers trust a key that %1 does not hold</source>
        <translation>Prüfer vertrauen einem Schlüssel, den %1 nicht enthält</translation>
    </message>
    <message>
        <source>In %1, not published</source>
        <translation>In %1, nicht veröffentlicht</translation>
    </message>
    <message>
        <source>tokens signed with it fail verification</source>
        <translation>damit signierte Token scheitern an der Prüfung</translation>
    </message>
    <message>
        <source>Different from %1</source>
        <translation>Anders als in %1</translation>
    </message>
    <message>
        <source>same kid, another key, alg or use</source>
        <translation>gleiche kid, anderer Schlüssel, alg oder use</translation>
    </message>
    <message>
        <source>Added since %1</source>
        <translation>Hinzugekommen seit %1</translation>
    </message>
    <message>
        <source>newly published</source>
        <translation>neu veröffentlicht</translation>
    </message>
    <message>
        <source>Removed since %1</source>
        <translation>Entfernt seit %1</translation>
    </message>
    <message>
        <source>no longer published</source>
        <translation>nicht mehr veröffentlicht</translation>
    </message>
    <message>
        <source>Changed since %1</source>
        <translation>Geändert seit %1</translation>
    </message>
    <message>
        <source>another key under the same kid</source>
        <translation>ein anderer Schlüssel unter derselben kid</translation>
    </message>
    <message>
        <source>No difference with %1.</source>
        <translation>Kein Unterschied zu %1.</translation>
    </message>
    <message>
        <source>Nothing compared (choose what to compare with above).</source>
        <translation>Nichts verglichen (wählen Sie oben, womit verglichen wird).</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>Unterschiede (%1)</translation>
    </message>
    <message>
        <source>Keys (%1)</source>
        <translation>Schlüssel (%1)</translation>
    </message>
    <message>
        <source>Needs attention.</source>
        <translation>Handlungsbedarf.</translation>
    </message>
    <message>
        <source>All clear.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <source>Last checked %1: %2 %3, %4, %5, %6.</source>
        <translation>Zuletzt geprüft %1: %2 %3, %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) published</source>
        <translation>
            <numerusform>%n Schlüssel veröffentlicht</numerusform>
            <numerusform>%n Schlüssel veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin API of %1 and the local copies</source>
        <translation>Die Admin-API von %1 und die lokalen Kopien</translation>
    </message>
    <message>
        <source>the local copies (%1)</source>
        <translation>den lokalen Kopien (%1)</translation>
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
        <translation>Es gibt keinen Remote-Endpunkt namens %1.</translation>
    </message>
    <message>
        <source>No remote Hydra endpoint is set up yet. Add one with Remote › Add Remote.</source>
        <translation>Es ist noch kein entfernter Hydra-Endpunkt eingerichtet. Fügen Sie einen mit Remote › Remote-Endpunkt hinzufügen hinzu.</translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation>Remote-Endpunkt:</translation>
    </message>
    <message>
        <source>Saved remote %1.</source>
        <translation>Remote-Endpunkt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove Remote</source>
        <translation>Remote-Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it is forgotten here; nothing changes on the server.</source>
        <translation>Den Remote-Endpunkt %1 aus diesem Speicher entfernen? Seine gespeicherten Zugangsdaten werden gelöscht, und eine begonnene Rotation mit ihm wird hier vergessen; auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed remote %1.</source>
        <translation>Remote-Endpunkt %1 entfernt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Another remote operation is still running.</source>
        <translation>Ein anderer Vorgang mit einem Remote-Endpunkt läuft noch.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Fetch from %1</source>
        <translation>Von %1 abrufen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n key set(s) from %1…</source>
        <translation>
            <numerusform>%n Schlüsselsatz wird von %1 gelesen …</numerusform>
            <numerusform>%n Schlüsselsätze werden von %1 gelesen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n key set(s) from %1.</source>
        <translation>
            <numerusform>%n Schlüsselsatz von %1 gelesen.</numerusform>
            <numerusform>%n Schlüsselsätze von %1 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Von %1 holen</translation>
    </message>
    <message>
        <source>%1 is not on the server: it stays here as it is.</source>
        <translation>%1 ist nicht auf dem Server: Hier bleibt er, wie er ist.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed.</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert.</translation>
    </message>
    <message>
        <source>%1 will have no signing key here (now: %2).</source>
        <translation>%1 hat hier danach keinen Signierschlüssel (jetzt: %2).</translation>
    </message>
    <message>
        <source>The signing key of %1 here becomes %2 (now: %3).</source>
        <translation>Der Signierschlüssel von %1 wird hier %2 (jetzt: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The local copy matches %1: nothing to pull.</source>
        <translation>Die lokale Kopie stimmt mit %1 überein: Es gibt nichts zu holen.</translation>
    </message>
    <message numerus="yes">
        <source>Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. Keys removed here go to the trash.</source>
        <translation>
            <numerusform>Das Holen ersetzt die lokalen Schlüssel von %n Schlüsselsatz in einem Schritt durch das, was %1 enthält. Hier entfernte Schlüssel kommen in den Papierkorb.</numerusform>
            <numerusform>Das Holen ersetzt die lokalen Schlüssel von %n Schlüsselsätzen in einem Schritt durch das, was %1 enthält. Hier entfernte Schlüssel kommen in den Papierkorb.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Pull</source>
        <translation>Holen &amp;anwenden</translation>
    </message>
    <message>
        <source>Storing the pulled keys…</source>
        <translation>Die geholten Schlüssel werden gespeichert …</translation>
    </message>
    <message>
        <source>Pulled %1 from %2.</source>
        <translation>%1 von %2 geholt.</translation>
    </message>
    <message>
        <source>Push Key to %1</source>
        <translation>Schlüssel zu %1 übertragen</translation>
    </message>
    <message>
        <source>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, because it holds private material, the key Hydra signs with.</source>
        <translation>Schlüssel %1 an den Schlüsselsatz %2 auf %3 senden? Er wird dort der neueste Schlüssel von %2 und, weil er privates Material enthält, der Schlüssel, mit dem Hydra signiert.</translation>
    </message>
    <message>
        <source>Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it holds no private part, so Hydra keeps signing with its current key.</source>
        <translation>Schlüssel %1 an den Schlüsselsatz %2 auf %3 senden? Er wird dort der neueste Schlüssel von %2; er hat keinen privaten Teil, daher signiert Hydra weiter mit seinem bisherigen Schlüssel.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending key %1 to %2…</source>
        <translation>Schlüssel %1 wird an %2 gesendet …</translation>
    </message>
    <message>
        <source>Sent key %1 to %2 on %3.</source>
        <translation>Schlüssel %1 an %2 auf %3 gesendet.</translation>
    </message>
    <message>
        <source>Push Key Set to %1</source>
        <translation>Schlüsselsatz zu %1 übertragen</translation>
    </message>
    <message>
        <source>Reading key set %1 from %2…</source>
        <translation>Schlüsselsatz %1 wird von %2 gelesen …</translation>
    </message>
    <message>
        <source>%1 holds no keys here: pushing it deletes every key of %1 on %2.</source>
        <translation>%1 enthält hier keine Schlüssel: Ihn zu übertragen löscht jeden Schlüssel von %1 auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are sent, oldest first.</source>
        <translation>
            <numerusform>%n Schlüssel wird gesendet.</numerusform>
            <numerusform>%n Schlüssel werden gesendet, der älteste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them holds private material: Hydra has no signing key in %1 after this.</source>
        <translation>Keiner davon enthält privates Material: Hydra hat danach keinen Signierschlüssel in %1.</translation>
    </message>
    <message>
        <source>%1 is sent last, so it is the newest key and the key Hydra signs with.</source>
        <translation>%1 wird zuletzt gesendet und ist damit der neueste Schlüssel und der, mit dem Hydra signiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) only on the server are deleted there: %1.</source>
        <translation>
            <numerusform>%n Schlüssel, der nur auf dem Server liegt, wird dort gelöscht: %1.</numerusform>
            <numerusform>%n Schlüssel, die nur auf dem Server liegen, werden dort gelöscht: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not on the server yet: it is created.</source>
        <translation>%1 ist noch nicht auf dem Server: Er wird angelegt.</translation>
    </message>
    <message>
        <source>Pushing replaces the whole key set %1 on %2 with the keys here.</source>
        <translation>Das Übertragen ersetzt den ganzen Schlüsselsatz %1 auf %2 durch die Schlüssel von hier.</translation>
    </message>
    <message>
        <source>&amp;Push Set</source>
        <translation>Satz &amp;übertragen</translation>
    </message>
    <message>
        <source>Sending key set %1…</source>
        <translation>Schlüsselsatz %1 wird gesendet …</translation>
    </message>
    <message numerus="yes">
        <source>Sent key set %1 to %2 (%n key(s)).</source>
        <translation>
            <numerusform>Schlüsselsatz %1 an %2 gesendet (%n Schlüssel).</numerusform>
            <numerusform>Schlüsselsatz %1 an %2 gesendet (%n Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, delete every key of %1 on %2</source>
        <translation>Ja, jeden Schlüssel von %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>Generate on %1</source>
        <translation>Auf %1 erzeugen</translation>
    </message>
    <message>
        <source>Hydra on %1 generates an %2 key…</source>
        <translation>Hydra auf %1 erzeugt einen %2-Schlüssel …</translation>
    </message>
    <message>
        <source>Hydra on %1 generated %2 key %3 in %4; it is stored here too.</source>
        <translation>Hydra auf %1 hat den %2-Schlüssel %3 in %4 erzeugt; er ist auch hier gespeichert.</translation>
    </message>
    <message>
        <source>Delete on %1</source>
        <translation>Auf %1 löschen</translation>
    </message>
    <message>
        <source>Delete the whole key set %1 on %2? Every key in it is deleted on the server for good. The copy here stays.</source>
        <translation>Den ganzen Schlüsselsatz %1 auf %2 löschen? Jeder Schlüssel darin wird auf dem Server endgültig gelöscht. Die Kopie hier bleibt.</translation>
    </message>
    <message>
        <source>Delete key %1 from key set %2 on %3? It is deleted on the server for good; if it is the signing key, the next newest private key signs. The copy here stays.</source>
        <translation>Schlüssel %1 aus dem Schlüsselsatz %2 auf %3 löschen? Er wird auf dem Server endgültig gelöscht; ist er der Signierschlüssel, signiert der nächstneuere private Schlüssel. Die Kopie hier bleibt.</translation>
    </message>
    <message>
        <source>Delete on Server</source>
        <translation>Auf dem Server löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleting key set %1 on %2…</source>
        <translation>Schlüsselsatz %1 auf %2 wird gelöscht …</translation>
    </message>
    <message>
        <source>Deleting key %1 on %2…</source>
        <translation>Schlüssel %1 auf %2 wird gelöscht …</translation>
    </message>
    <message>
        <source>Deleted key set %1 on %2.</source>
        <translation>Schlüsselsatz %1 auf %2 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted key %1 of %2 on %3.</source>
        <translation>Schlüssel %1 von %2 auf %3 gelöscht.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Rotation, Step 1 of 3: Publish</source>
        <translation>Rotation, Schritt 1 von 3: Veröffentlichen</translation>
    </message>
    <message>
        <source>Rotation, Step 2 of 3: Activate</source>
        <translation>Rotation, Schritt 2 von 3: Aktivieren</translation>
    </message>
    <message>
        <source>Rotation, Step 3 of 3: Retire</source>
        <translation>Rotation, Schritt 3 von 3: Außer Dienst nehmen</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>The private part of %1 is sent to %2 on %3: it becomes the newest private key and so the key Hydra signs with. %4 stays published for verification until you retire it.</source>
        <translation>Der private Teil von %1 wird an %2 auf %3 gesendet: Er wird der neueste private Schlüssel und damit der, mit dem Hydra signiert. %4 bleibt zum Prüfen veröffentlicht, bis Sie ihn außer Dienst nehmen.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>There was no old key: this only completes the rotation of %1.</source>
        <translation>Es gab keinen alten Schlüssel: Dies schließt nur die Rotation von %1 ab.</translation>
    </message>
    <message>
        <source>%1 is deleted from %2 on %3 and moved to the local trash. Retire it only when every token it signed has expired.</source>
        <translation>%1 wird aus %2 auf %3 gelöscht und in den lokalen Papierkorb verschoben. Nehmen Sie ihn erst außer Dienst, wenn jedes damit signierte Token abgelaufen ist.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Außer &amp;Dienst nehmen</translation>
    </message>
    <message>
        <source>Rotating key set %1 on %2…</source>
        <translation>Schlüsselsatz %1 auf %2 wird rotiert …</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>der alte Schlüssel</translation>
    </message>
    <message>
        <source>Now on the server: no such key set.</source>
        <translation>Jetzt auf dem Server: kein solcher Schlüsselsatz.</translation>
    </message>
    <message numerus="yes">
        <source>Now on the server: %n key(s), signing key %1.</source>
        <translation>
            <numerusform>Jetzt auf dem Server: %n Schlüssel, Signierschlüssel %1.</numerusform>
            <numerusform>Jetzt auf dem Server: %n Schlüssel, Signierschlüssel %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>In detail: %1.</source>
        <translation>Im Einzelnen: %1.</translation>
    </message>
    <message>
        <source>Only the public part of the new key goes to %1 on %2: verifiers can fetch it before it signs. Activate it (step 2) once they have had time to.</source>
        <translation>Nur der öffentliche Teil des neuen Schlüssels geht an %1 auf %2: Prüfer können ihn abrufen, bevor er signiert. Aktivieren Sie ihn (Schritt 2), sobald sie Zeit dazu hatten.</translation>
    </message>
    <message>
        <source>%1

Activate %2 now anyway? Otherwise try again after %3.</source>
        <translation>%1

%2 trotzdem jetzt aktivieren? Sonst versuchen Sie es nach %3 erneut.</translation>
    </message>
    <message>
        <source>Activate Early</source>
        <translation>Vorzeitig aktivieren</translation>
    </message>
    <message>
        <source>Not activated: %1 waits for the overlap of %2.</source>
        <translation>Nicht aktiviert: %1 wartet die Überlappung von %2 ab.</translation>
    </message>
    <message>
        <source>Publish to OAuth2 Client</source>
        <translation>An OAuth2-Client veröffentlichen</translation>
    </message>
    <message>
        <source>Reading OAuth2 client %1 from %2…</source>
        <translation>OAuth2-Client %1 wird von %2 gelesen…</translation>
    </message>
    <message>
        <source>Client %1 on %2 holds the public keys of %3 already; nothing to change.</source>
        <translation>Der Client %1 auf %2 enthält die öffentlichen Schlüssel von %3 bereits; nichts zu ändern.</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>erhält %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliert %1</translation>
    </message>
    <message>
        <source>keeps %1 with the set&apos;s members (alg, use, certificate)</source>
        <translation>behält %1 mit den Angaben des Satzes (alg, use, Zertifikat)</translation>
    </message>
    <message>
        <source>The public keys of %1 are added to OAuth2 client %2 on %3; the client keeps its keys.</source>
        <translation>Die öffentlichen Schlüssel von %1 werden dem OAuth2-Client %2 auf %3 hinzugefügt; der Client behält seine Schlüssel.</translation>
    </message>
    <message>
        <source>The keys of OAuth2 client %2 on %3 become the public keys of %1; keys the set does not hold are removed from the client.</source>
        <translation>Die Schlüssel des OAuth2-Clients %2 auf %3 werden die öffentlichen Schlüssel von %1; Schlüssel, die der Satz nicht enthält, werden vom Client entfernt.</translation>
    </message>
    <message>
        <source>&amp;Publish Keys</source>
        <translation>Schlüssel &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Publishing the keys of %1 to client %2…</source>
        <translation>Die Schlüssel von %1 werden an den Client %2 veröffentlicht…</translation>
    </message>
    <message numerus="yes">
        <source>Client %1 on %2 now holds %n key(s); read back and checked.</source>
        <translation>
            <numerusform>Der Client %1 auf %2 enthält jetzt %n Schlüssel; zurückgelesen und geprüft.</numerusform>
            <numerusform>Der Client %1 auf %2 enthält jetzt %n Schlüssel; zurückgelesen und geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteDialog</name>
    <message>
        <source>Remote Endpoints</source>
        <translation>Remote-Endpunkte</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteGenerateDialog</name>
    <message>
        <source>Generate on the Server</source>
        <translation>Auf dem Server erzeugen</translation>
    </message>
    <message>
        <source>Hydra on %1 generates the key and sends it back with its private part; it is stored here too, encrypted. In a set Hydra signs with, the new key becomes the signing key at once.</source>
        <translation>Hydra auf %1 erzeugt den Schlüssel und schickt ihn mit seinem privaten Teil zurück; er wird auch hier gespeichert, verschlüsselt. In einem Satz, mit dem Hydra signiert, wird der neue Schlüssel sofort der Signierschlüssel.</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>Schlüssel&amp;satz:</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>empty: Hydra makes a UUID</source>
        <translation>leer: Hydra erzeugt eine UUID</translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation>Schlüssel-&amp;ID (kid):</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
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
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Name the key set Hydra should generate the key in.</source>
        <translation>Nennen Sie den Schlüsselsatz, in dem Hydra den Schlüssel erzeugen soll.</translation>
    </message>
</context>
<context>
    <name>jwk::RemotePlanDialog</name>
    <message>
        <source>Keys this changes</source>
        <translation>Schlüssel, die sich dadurch ändern</translation>
    </message>
</context>
<context>
    <name>jwk::RemotePlanModel</name>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public only</source>
        <translation>nur öffentlich</translation>
    </message>
    <message>
        <source>here %1, on the server %2</source>
        <translation>hier %1, auf dem Server %2</translation>
    </message>
    <message>
        <source>; becomes the signing key here</source>
        <translation>; wird hier der Signierschlüssel</translation>
    </message>
    <message>
        <source>sent %1 of %2, %3</source>
        <translation>gesendet als %1 von %2, %3</translation>
    </message>
    <message>
        <source>; the signing key</source>
        <translation>; der Signierschlüssel</translation>
    </message>
    <message>
        <source>on the server only: deleted there</source>
        <translation>nur auf dem Server: wird dort gelöscht</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>Signierschlüssel</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Thumbprint here</source>
        <translation>Fingerabdruck hier</translation>
    </message>
    <message>
        <source>Thumbprint on the server</source>
        <translation>Fingerabdruck auf dem Server</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>kept private here; the server has only its public part</source>
        <translation>hier privat behalten; der Server hat nur den öffentlichen Teil</translation>
    </message>
</context>
<context>
    <name>jwk::RemotePlans</name>
    <message>
        <source>%1: skipped an invalid key from the server: %2</source>
        <translation>%1: ungültigen Schlüssel vom Server übersprungen: %2</translation>
    </message>
    <message>
        <source>%1/%2: kept local private key (the remote has only its public part)</source>
        <translation>%1/%2: lokalen privaten Schlüssel behalten (die Gegenstelle hat nur seinen öffentlichen Teil)</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteProfileDialog</name>
    <message>
        <source>Edit Remote</source>
        <translation>Remote-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Add Remote</source>
        <translation>Remote-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>An Ory Hydra admin endpoint (the admin port, without /admin). Keys travel over https with full certificate verification; plain http only to this computer.</source>
        <translation>Ein Admin-Endpunkt von Ory Hydra (der Admin-Port, ohne /admin). Schlüssel werden über https mit vollständiger Zertifikatsprüfung übertragen; unverschlüsseltes http nur zu diesem Computer.</translation>
    </message>
    <message>
        <source>Remote name</source>
        <translation>Name des Remote-Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Admin-URL</translation>
    </message>
    <message>
        <source>&amp;Admin URL:</source>
        <translation>&amp;Admin-URL:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>optional, e.g. https://auth.example.com</source>
        <translation>optional, z. B. https://auth.example.com</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>saved; type to replace</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>optional (Ory Network: an API key)</source>
        <translation>optional (Ory Network: ein API-Schlüssel)</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s) saved; type to replace</source>
        <translation>
            <numerusform>%n Header gespeichert; zum Ersetzen neu eingeben</numerusform>
            <numerusform>%n Header gespeichert; zum Ersetzen neu eingeben</numerusform>
        </translation>
    </message>
    <message>
        <source>optional, one per line: Name: value</source>
        <translation>optional, einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>Eigene &amp;Header:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>CA Certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>saved; choose a file to replace</source>
        <translation>gespeichert; zum Ersetzen eine Datei wählen</translation>
    </message>
    <message>
        <source>optional, PEM; trusted in addition to the system&apos;s CAs</source>
        <translation>optional, PEM; zusätzlich zu den CAs des Systems vertraut</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>optional, PEM, for mutual TLS</source>
        <translation>optional, PEM, für gegenseitiges TLS</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Client Key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s private key, PEM</source>
        <translation>der private Schlüssel des Client-Zertifikats, PEM</translation>
    </message>
    <message>
        <source>&amp;Forget the saved token, headers, CA file and client certificate</source>
        <translation>Gespeichertes Token, Header, CA-Datei und Client-Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <source>Tracked key sets</source>
        <translation>Verfolgte Schlüsselsätze</translation>
    </message>
    <message>
        <source>Hydra cannot list its key sets: name the ones to pull and push, one per line.</source>
        <translation>Hydra kann seine Schlüsselsätze nicht auflisten: Nennen Sie die zu holenden und zu übertragenden, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Tracked key &amp;sets:</source>
        <translation>Verfol&amp;gte Schlüsselsätze:</translation>
    </message>
    <message>
        <source>Time-out in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;ime-out:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Plain http to this computer (loopback): allowed, but unencrypted.</source>
        <translation>Unverschlüsseltes http zu diesem Computer (Loopback): erlaubt, aber unverschlüsselt.</translation>
    </message>
    <message>
        <source>https, the server&apos;s certificate verified in full.</source>
        <translation>https, das Zertifikat des Servers vollständig geprüft.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the remote a name.</source>
        <translation>Geben Sie dem Remote-Endpunkt einen Namen.</translation>
    </message>
    <message>
        <source>There is a remote named %1 already.</source>
        <translation>Es gibt bereits einen Remote-Endpunkt namens %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Mutual TLS needs both the client certificate and its private key.</source>
        <translation>Gegenseitiges TLS braucht sowohl das Client-Zertifikat als auch seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Name at least one key set to track: Hydra has no list of its sets.</source>
        <translation>Nennen Sie mindestens einen zu verfolgenden Schlüsselsatz: Hydra führt keine Liste seiner Sätze.</translation>
    </message>
    <message>
        <source>Custom headers: %1.</source>
        <translation>Eigene Header: %1.</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteProfileModel</name>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>http, loopback only (unencrypted)</source>
        <translation>http, nur Loopback (unverschlüsselt)</translation>
    </message>
    <message>
        <source>https</source>
        <translation>https</translation>
    </message>
    <message>
        <source>Plain http: allowed only because %1 is this computer (loopback). Nothing is encrypted.</source>
        <translation>Unverschlüsseltes http: nur erlaubt, weil %1 dieser Computer ist (Loopback). Nichts wird verschlüsselt.</translation>
    </message>
    <message>
        <source>https with full certificate verification</source>
        <translation>https mit vollständiger Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Admin-URL</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Tracked key sets</source>
        <translation>Verfolgte Schlüsselsätze</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSetModel</name>
    <message>
        <source>signing key</source>
        <translation>Signierschlüssel</translation>
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
        <source>%1; not here</source>
        <translation>%1; nicht hier</translation>
    </message>
    <message>
        <source>%1; differs from here</source>
        <translation>%1; weicht von hier ab</translation>
    </message>
    <message>
        <source>rotation: %1 published, activate next</source>
        <translation>Rotation: %1 veröffentlicht, als Nächstes aktivieren</translation>
    </message>
    <message>
        <source>rotation: %1 signs, retire %2 next</source>
        <translation>Rotation: %1 signiert, als Nächstes %2 außer Dienst nehmen</translation>
    </message>
    <message>
        <source>(no old key)</source>
        <translation>(kein alter Schlüssel)</translation>
    </message>
    <message>
        <source>rotation complete</source>
        <translation>Rotation abgeschlossen</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>nicht auf dem Server</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), no signing key</source>
        <translation>
            <numerusform>%n Schlüssel, kein Signierschlüssel</numerusform>
            <numerusform>%n Schlüssel, kein Signierschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), signs with %1</source>
        <translation>
            <numerusform>%n Schlüssel, signiert mit %1</numerusform>
            <numerusform>%n Schlüssel, signiert mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; differs from the local copy</source>
        <translation>; weicht von der lokalen Kopie ab</translation>
    </message>
    <message>
        <source>; same as the local copy</source>
        <translation>; wie die lokale Kopie</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256): %1</source>
        <translation>RFC-7638-Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>Key set / kid</source>
        <translation>Schlüsselsatz / kid</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
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
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>%1; private here</source>
        <translation>%1; hier privat</translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSync</name>
    <message>
        <source>%1 is an oct key and %2 is a set Hydra signs tokens with: Hydra does not sign with symmetric keys, and a symmetric key in a published set breaks /.well-known/jwks.json</source>
        <translation>%1 ist ein oct-Schlüssel, und %2 ist ein Satz, mit dem Hydra Tokens signiert: Hydra signiert nicht mit symmetrischen Schlüsseln, und ein symmetrischer Schlüssel in einem veröffentlichten Satz macht /.well-known/jwks.json unbrauchbar</translation>
    </message>
    <message>
        <source>%1 has no &quot;alg&quot;: Hydra takes the JWS algorithm from it, so signing with this key fails</source>
        <translation>%1 hat kein „alg“: Hydra entnimmt ihm den JWS-Algorithmus, daher schlägt das Signieren mit diesem Schlüssel fehl</translation>
    </message>
    <message>
        <source>%1: &quot;alg&quot; does not fit the key: %2</source>
        <translation>%1: „alg“ passt nicht zum Schlüssel: %2</translation>
    </message>
    <message>
        <source>the rotation step was not confirmed; nothing changed here or on %1</source>
        <translation>der Rotationsschritt wurde nicht bestätigt; weder hier noch auf %1 wurde etwas geändert</translation>
    </message>
    <message>
        <source>key set &quot;%1&quot; is empty here: pushing it would delete every key of the remote set; confirm that explicitly</source>
        <translation>der Schlüsselsatz „%1“ ist hier leer: Ihn zu übertragen würde jeden Schlüssel des entfernten Satzes löschen; bestätigen Sie das ausdrücklich</translation>
    </message>
    <message>
        <source>Hydra generates only %1 keys, not &quot;%2&quot;; make the key here and push it instead</source>
        <translation>Hydra erzeugt nur %1-Schlüssel, nicht „%2“; erzeugen Sie den Schlüssel stattdessen hier und übertragen Sie ihn</translation>
    </message>
    <message>
        <source>Hydra answered the generation with %1 keys instead of one</source>
        <translation>Hydra hat die Erzeugung mit %1 Schlüsseln statt mit einem beantwortet</translation>
    </message>
    <message>
        <source>Hydra generated key %1, but it could not be stored here: %2</source>
        <translation>Hydra hat den Schlüssel %1 erzeugt, er konnte hier aber nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>a rotation of %1 on %2 is in progress (key %3 %4); continue it with the next step</source>
        <translation>eine Rotation von %1 auf %2 ist im Gang (Schlüssel %3 %4); setzen Sie sie mit dem nächsten Schritt fort</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>%1 on %2 has no private key, so Hydra would generate its own RS256 key to sign with as soon as it needs one: a public key cannot wait there. Push a private key instead (jwkman-cli remote push)</source>
        <translation>%1 auf %2 hat keinen privaten Schlüssel, also würde Hydra einen eigenen RS256-Schlüssel zum Signieren erzeugen, sobald es einen braucht: Ein öffentlicher Schlüssel kann dort nicht warten. Übertragen Sie stattdessen einen privaten Schlüssel (jwkman-cli remote push)</translation>
    </message>
    <message>
        <source>generate a new %1 key, keep it here and publish only its public part to %2 on %3; %4 keeps signing until you activate the new key</source>
        <translation>einen neuen %1-Schlüssel erzeugen, ihn hier behalten und nur seinen öffentlichen Teil in %2 auf %3 veröffentlichen; %4 signiert weiter, bis Sie den neuen Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>%1 (the new key %2 was not published and is in the local trash)</source>
        <translation>%1 (der neue Schlüssel %2 wurde nicht veröffentlicht und liegt im lokalen Papierkorb)</translation>
    </message>
    <message>
        <source>published the public key %1 (%2) to %3; %4 keeps signing until you activate</source>
        <translation>öffentlichen Schlüssel %1 (%2) in %3 veröffentlicht; %4 signiert weiter, bis Sie aktivieren</translation>
    </message>
    <message>
        <source>no published key waits for activation in %1 on %2; start with --step publish</source>
        <translation>in %1 auf %2 wartet kein veröffentlichter Schlüssel auf die Aktivierung; beginnen Sie mit --step publish</translation>
    </message>
    <message>
        <source>push the private key %1 to %2 on %3: it becomes the newest key and signs from now on</source>
        <translation>den privaten Schlüssel %1 in %2 auf %3 übertragen: Er wird der neueste Schlüssel und signiert von nun an</translation>
    </message>
    <message>
        <source> (its public part is no longer in the remote set, so verifiers have not been able to fetch it in advance)</source>
        <translation> (sein öffentlicher Teil ist nicht mehr im entfernten Satz, Prüfer konnten ihn also nicht vorab abrufen)</translation>
    </message>
    <message>
        <source>activated %1: it signs in %2 now; retire %3 when tokens signed by it have expired</source>
        <translation>%1 aktiviert: Er signiert jetzt in %2; nehmen Sie %3 außer Dienst, wenn die damit signierten Tokens abgelaufen sind</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>no activated rotation of %1 on %2 to retire; run --step activate first</source>
        <translation>keine aktivierte Rotation von %1 auf %2 zum Abschließen; führen Sie zuerst --step activate aus</translation>
    </message>
    <message>
        <source>finish the rotation of %1 on %2 (there is no old key to delete)</source>
        <translation>die Rotation von %1 auf %2 abschließen (es gibt keinen alten Schlüssel zu löschen)</translation>
    </message>
    <message>
        <source>delete %1 from %2 on %3 and move it to the local trash; tokens it signed no longer verify</source>
        <translation>%1 aus %2 auf %3 löschen und in den lokalen Papierkorb verschieben; damit signierte Tokens lassen sich nicht mehr prüfen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>rotation of %1 complete (there was no old key)</source>
        <translation>Rotation von %1 abgeschlossen (es gab keinen alten Schlüssel)</translation>
    </message>
    <message>
        <source>retired %1 from %2 (and moved it to the local trash)</source>
        <translation>%1 aus %2 außer Dienst genommen (und in den lokalen Papierkorb verschoben)</translation>
    </message>
    <message>
        <source>the server sent this kid more than once</source>
        <translation>der Server hat diese kid mehrfach gesendet</translation>
    </message>
    <message>
        <source>the new key %1 of %2 is public only here, so it cannot sign: activating it would leave %3 without a usable signer. Nothing was pushed; restore its private key (jwkman-cli trash, restore) or start a new rotation.</source>
        <translation>der neue Schlüssel %1 von %2 ist hier nur öffentlich und kann nicht signieren: seine Aktivierung ließe %3 ohne brauchbaren Signierschlüssel. Nichts wurde gesendet; stellen Sie seinen privaten Schlüssel wieder her (jwkman-cli trash, restore) oder beginnen Sie eine neue Rotation.</translation>
    </message>
    <message>
        <source>%1 accepted the private key %2, but %3 does not sign with it now (its signer is %4); the rotation stays at &quot;published&quot;. Check the remote set (jwkman-cli remote diff) and run --step activate again.</source>
        <translation>%1 hat den privaten Schlüssel %2 angenommen, aber %3 signiert jetzt nicht mit ihm (Signierschlüssel ist %4); die Rotation bleibt bei „veröffentlicht“. Prüfen Sie den entfernten Satz (jwkman-cli remote diff) und führen Sie --step activate erneut aus.</translation>
    </message>
    <message>
        <source>%1 on %2 signs with %3, not with the activated key %4: retiring %5 now could delete the key Hydra signs with. Nothing was deleted; run --step activate again, or check the remote set.</source>
        <translation>%1 auf %2 signiert mit %3, nicht mit dem aktivierten Schlüssel %4: %5 jetzt zurückzuziehen könnte den Schlüssel löschen, mit dem Hydra signiert. Nichts wurde gelöscht; führen Sie --step activate erneut aus oder prüfen Sie den entfernten Satz.</translation>
    </message>
    <message>
        <source>the old key</source>
        <translation>der alte Schlüssel</translation>
    </message>
    <message>
        <source>%1 Nothing was pushed; %2 keeps signing.</source>
        <translation>%1 Es wurde nichts übertragen; %2 signiert weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was published to %2 on %3 at %4, and the rotation policy of %2 asks for %n day(s) between publishing and activating (until %5): verifiers may not have fetched the new public key yet, and would reject the tokens it signs.</source>
        <translation>
            <numerusform>%1 wurde am %3 um %4 in %2 veröffentlicht, und die Rotationsrichtlinie von %2 verlangt %n Tag zwischen Veröffentlichen und Aktivieren (bis %5): Prüfer haben den neuen öffentlichen Schlüssel vielleicht noch nicht abgerufen und würden die damit signierten Token zurückweisen.</numerusform>
            <numerusform>%1 wurde am %3 um %4 in %2 veröffentlicht, und die Rotationsrichtlinie von %2 verlangt %n Tage zwischen Veröffentlichen und Aktivieren (bis %5): Prüfer haben den neuen öffentlichen Schlüssel vielleicht noch nicht abgerufen und würden die damit signierten Token zurückweisen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteWidget</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>H&amp;olen …</translation>
    </message>
    <message>
        <source>Push &amp;Key…</source>
        <translation>&amp;Schlüssel übertragen …</translation>
    </message>
    <message>
        <source>Push &amp;Set…</source>
        <translation>S&amp;atz übertragen …</translation>
    </message>
    <message>
        <source>&amp;Generate on Server…</source>
        <translation>Auf dem Server &amp;erzeugen …</translation>
    </message>
    <message>
        <source>&amp;Delete on Server…</source>
        <translation>Auf dem Server &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren …</translation>
    </message>
    <message>
        <source>&amp;Remote Hydra admin endpoints</source>
        <translation>&amp;Entfernte Hydra-Admin-Endpunkte</translation>
    </message>
    <message>
        <source>Remote endpoints</source>
        <translation>Remote-Endpunkte</translation>
    </message>
    <message>
        <source>Key sets on the remote</source>
        <translation>Schlüsselsätze auf dem Remote-Endpunkt</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>&amp;Key sets</source>
        <translation>&amp;Schlüsselsätze</translation>
    </message>
    <message>
        <source>&amp;Key sets tracked on %1</source>
        <translation>Auf %1 verfolgte &amp;Schlüsselsätze</translation>
    </message>
    <message>
        <source>&amp;Delete Set on Server…</source>
        <translation>Satz auf dem Server &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Delete Key on Server…</source>
        <translation>Schlüssel auf dem Server &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Rotate: Activate…</source>
        <translation>&amp;Rotieren: Aktivieren …</translation>
    </message>
    <message>
        <source>&amp;Rotate: Retire…</source>
        <translation>&amp;Rotieren: Außer Dienst nehmen …</translation>
    </message>
    <message>
        <source>&amp;Rotate: Publish…</source>
        <translation>&amp;Rotieren: Veröffentlichen …</translation>
    </message>
    <message>
        <source>Push Key</source>
        <translation>Schlüssel übertragen</translation>
    </message>
    <message>
        <source>Key set %1 holds no keys here to push.</source>
        <translation>Der Schlüsselsatz %1 enthält hier keine Schlüssel zum Übertragen.</translation>
    </message>
    <message>
        <source>Key of %1 to send to %2:</source>
        <translation>Schlüssel von %1, der an %2 gesendet wird:</translation>
    </message>
    <message>
        <source>No Hydra admin endpoint yet.
Add one (%1): its admin URL, such as https://hydra-admin.example.com:4445 (http only to this machine).</source>
        <translation>Noch kein Hydra-Admin-Endpunkt.
Fügen Sie einen hinzu (%1): seine Admin-URL, etwa https://hydra-admin.example.com:4445 (http nur zu diesem Rechner).</translation>
    </message>
    <message>
        <source>Select an endpoint above to see its key sets.</source>
        <translation>Wählen Sie oben einen Endpunkt, um seine Schlüsselsätze zu sehen.</translation>
    </message>
    <message>
        <source>No key sets of %1 here yet.
Fetch (%2) reads what its admin API holds.</source>
        <translation>Noch keine Schlüsselsätze von %1 hier.
Abrufen (%2) liest, was seine Admin-API enthält.</translation>
    </message>
    <message>
        <source>P&amp;ublished Keys…</source>
        <translation>Ver&amp;öffentlichte Schlüssel…</translation>
    </message>
</context>
<context>
    <name>jwk::RotationPolicyDialog</name>
    <message>
        <source>Rotation Policy of %1</source>
        <translation>Rotationsrichtlinie von %1</translation>
    </message>
    <message>
        <source>When the signing key of %1 is due for a new one, and how long a new key is published before it signs. The key sets list marks sets that are due.</source>
        <translation>Wann der Signaturschlüssel von %1 durch einen neuen ersetzt werden soll und wie lange ein neuer Schlüssel veröffentlicht ist, bevor er signiert. Die Liste der Schlüsselsätze markiert fällige Sätze.</translation>
    </message>
    <message>
        <source>&amp;Rotate the signing key every</source>
        <translation>Signaturschlüssel &amp;rotieren alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation period in days</source>
        <translation>Rotationszeitraum in Tagen</translation>
    </message>
    <message>
        <source>&amp;Publish a new key at least</source>
        <translation>Neuen Schlüssel mindestens &amp;veröffentlichen</translation>
    </message>
    <message>
        <source> days before it signs</source>
        <translation> Tage, bevor er signiert</translation>
    </message>
    <message>
        <source>Overlap in days</source>
        <translation>Überlappung in Tagen</translation>
    </message>
    <message>
        <source>A staged rotation asks before it activates a key sooner than that after publishing it, so that verifiers have fetched the new public key.</source>
        <translation>Eine gestufte Rotation fragt nach, bevor sie einen Schlüssel früher als so lange nach dem Veröffentlichen aktiviert, damit Prüfer den neuen öffentlichen Schlüssel abgerufen haben.</translation>
    </message>
    <message>
        <source>C&amp;lear Policy</source>
        <translation>Richtlinie &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>jwk::SecretCipher</name>
    <message>
        <source>SHA-256 is unavailable</source>
        <translation>SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the store cipher could not be set up</source>
        <translation>die Verschlüsselung des Speichers konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>encryption failed: %1</source>
        <translation>die Verschlüsselung ist fehlgeschlagen: %1</translation>
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
        <translation>Spra&amp;che:</translation>
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
    <name>jwk::SignerChange</name>
    <message>
        <source>%1 key %2</source>
        <translation>%1-Schlüssel %2</translation>
    </message>
    <message>
        <source>%1 key %2 without alg</source>
        <translation>%1-Schlüssel %2 ohne alg</translation>
    </message>
    <message>
        <source>Hydra cannot sign with a key without alg</source>
        <translation>Hydra kann mit einem Schlüssel ohne alg nicht signieren</translation>
    </message>
    <message>
        <source>the key is marked for encryption (use enc), not for signing</source>
        <translation>der Schlüssel ist für Verschlüsselung gekennzeichnet (use enc), nicht zum Signieren</translation>
    </message>
    <message>
        <source>an oct key is a shared secret: every verifier would need it</source>
        <translation>ein oct-Schlüssel ist ein gemeinsames Geheimnis: jeder Prüfer bräuchte ihn</translation>
    </message>
    <message>
        <source>In %1, %2 signed; now %3 signs.</source>
        <translation>In %1 hat der %2 signiert; jetzt signiert der %3.</translation>
    </message>
    <message>
        <source>In %1, %2 signs now (no key signed before).</source>
        <translation>In %1 signiert jetzt der %2 (vorher signierte kein Schlüssel).</translation>
    </message>
    <message>
        <source>In %1, %2 signed; now no key signs (no private key is left).</source>
        <translation>In %1 hat der %2 signiert; jetzt signiert kein Schlüssel (kein privater Schlüssel bleibt).</translation>
    </message>
    <message>
        <source>(a new random kid)</source>
        <translation>(eine neue zufällige kid)</translation>
    </message>
</context>
<context>
    <name>jwk::SingleInstance</name>
    <message>
        <source>there is no runtime folder for the socket that keeps one window per store</source>
        <translation>es gibt keinen Laufzeitordner für den Socket, der ein Fenster pro Speicher sicherstellt</translation>
    </message>
    <message>
        <source>the socket that keeps one window per store could not be opened: %1</source>
        <translation>der Socket, der ein Fenster pro Speicher sicherstellt, konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>another JWK Manager has this store open but does not answer (%1)</source>
        <translation>ein anderer JWK Manager hat diesen Speicher geöffnet, antwortet aber nicht (%1)</translation>
    </message>
    <message>
        <source>another JWK Manager has this store open but did not take the files</source>
        <translation>ein anderer JWK Manager hat diesen Speicher geöffnet, hat die Dateien aber nicht angenommen</translation>
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
        <translation>
            <numerusform>%n Schlüssel löschen</numerusform>
            <numerusform>%n Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>jwk::StoreFiles</name>
    <message>
        <source>the lock file %1 is a symbolic link; remove it (it holds nothing) and try again</source>
        <translation>die Sperrdatei %1 ist ein symbolischer Link; entfernen Sie sie (sie enthält nichts) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be opened: %2. Check that the store&apos;s folder is writable.</source>
        <translation>die Sperrdatei %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner des Speichers beschreibbar ist.</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be locked: %2</source>
        <translation>die Sperrdatei %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>another process has held the lock %1 for %2 seconds while creating or opening the store; try again when it has finished</source>
        <translation>ein anderer Prozess hält die Sperre %1 seit %2 Sekunden, während er den Speicher anlegt oder öffnet; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link; it is refused because whoever can change the link chooses what is read. Put the real file in its place.</source>
        <translation>%1 %2 ist ein symbolischer Link; er wird abgelehnt, weil wer den Link ändern kann bestimmt, was gelesen wird. Legen Sie die echte Datei an seine Stelle.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file</source>
        <translation>%1 %2 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 %2 belongs to another user (uid %3); only its owner may use it. Copy it to a file of your own with mode 0600.</source>
        <translation>%1 %2 gehört einem anderen Benutzer (uid %3); nur sein Eigentümer darf sie verwenden. Kopieren Sie sie in eine eigene Datei mit Modus 0600.</translation>
    </message>
    <message>
        <source>%1 %2 can be read or written by others (mode %3); make it yours only with `chmod 600 %2` and check that nobody changed it</source>
        <translation>%1 %2 kann von anderen gelesen oder geschrieben werden (Modus %3); machen Sie sie mit `chmod 600 %2` nur für Sie zugänglich und prüfen Sie, dass niemand sie geändert hat</translation>
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
        <source>The store&apos;s file cannot be opened or written. Check that the folder exists and is writable, or choose another store.</source>
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
    <message>
        <source>The store&apos;s location cannot be used as given (a team store&apos;s URL never holds a password). Correct it, or choose another store.</source>
        <translation>Der Speicherort kann so nicht verwendet werden (die URL eines Team-Speichers enthält nie ein Passwort). Korrigieren Sie ihn, oder wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <source>The team store last open did not open. %1</source>
        <translation>Der zuletzt geöffnete Team-Speicher ließ sich nicht öffnen. %1</translation>
    </message>
    <message>
        <source>JWK Manager cannot open the team store
%1

%2</source>
        <translation>JWK Manager kann den Team-Speicher nicht öffnen
%1

%2</translation>
    </message>
</context>
<context>
    <name>jwk::SystemSecret</name>
    <message>
        <source>SECRETS_SYSTEM has an unterminated quote; write it as comma-separated values or as a JSON array of strings</source>
        <translation>SECRETS_SYSTEM enthält ein nicht geschlossenes Anführungszeichen; schreiben Sie es als kommagetrennte Werte oder als JSON-Array von Zeichenketten</translation>
    </message>
    <message>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator hat versagt</translation>
    </message>
    <message>
        <source>no system secret is configured</source>
        <translation>es ist kein Systemgeheimnis eingerichtet</translation>
    </message>
    <message>
        <source>system secret %1 of %2 has %3 characters; each secret needs at least %4 (as in Ory Hydra)</source>
        <translation>Systemgeheimnis %1 von %2 hat %3 Zeichen; jedes Geheimnis braucht mindestens %4 (wie in Ory Hydra)</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM starts with &apos;[&apos; but is not a JSON array of strings</source>
        <translation>SECRETS_SYSTEM beginnt mit &apos;[&apos;, ist aber kein JSON-Array von Zeichenketten</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM must be a JSON array of strings</source>
        <translation>SECRETS_SYSTEM muss ein JSON-Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>SECRETS_SYSTEM is set but holds no secret</source>
        <translation>SECRETS_SYSTEM ist gesetzt, enthält aber kein Geheimnis</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be read: %2</source>
        <translation>die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the system secret of the store %1 is missing: it is not in SECRETS_SYSTEM, not in the secret service and there is no file %2. Set SECRETS_SYSTEM to the store&apos;s secret (from your backup) or restore that file.</source>
        <translation>das Systemgeheimnis des Speichers %1 fehlt: Es steht nicht in SECRETS_SYSTEM, nicht im Geheimnisdienst, und es gibt keine Datei %2. Setzen Sie SECRETS_SYSTEM auf das Geheimnis des Speichers (aus Ihrer Sicherung) oder stellen Sie diese Datei wieder her.</translation>
    </message>
    <message>
        <source>environment variable SECRETS_SYSTEM (%1 secret; the first encrypts)</source>
        <translation>Umgebungsvariable SECRETS_SYSTEM (%1 Geheimnis; das erste verschlüsselt)</translation>
    </message>
    <message>
        <source>environment variable SECRETS_SYSTEM (%1 secrets; the first encrypts)</source>
        <translation>Umgebungsvariable SECRETS_SYSTEM (%1 Geheimnisse; das erste verschlüsselt)</translation>
    </message>
    <message>
        <source>desktop secret service (QtKeychain), service &quot;%1&quot;, key &quot;%2&quot;</source>
        <translation>Geheimnisdienst des Desktops (QtKeychain), Dienst „%1“, Schlüssel „%2“</translation>
    </message>
    <message>
        <source>given by the caller</source>
        <translation>vom Aufrufer übergeben</translation>
    </message>
    <message>
        <source>the secret file</source>
        <translation>die Geheimnisdatei</translation>
    </message>
    <message>
        <source>the secret file %1 is larger than 64 KiB; it is not a system secret</source>
        <translation>die Geheimnisdatei %1 ist größer als 64 KiB; sie ist kein Systemgeheimnis</translation>
    </message>
    <message>
        <source>the secret service accepted the new system secret for %1 but does not return it (%2); the store was not created</source>
        <translation>der Geheimnisdienst hat das neue Systemgeheimnis für %1 angenommen, gibt es aber nicht zurück (%2); der Speicher wurde nicht angelegt</translation>
    </message>
    <message>
        <source>the secret file %1 vanished right after it was written</source>
        <translation>die Geheimnisdatei %1 ist gleich nach dem Schreiben verschwunden</translation>
    </message>
    <message>
        <source>file %1 (mode %2)</source>
        <translation>Datei %1 (Modus %2)</translation>
    </message>
    <message>
        <source>the team store %1 needs the team&apos;s system secret in SECRETS_SYSTEM: JWK Manager never generates a secret of its own for a store on a database server. Set SECRETS_SYSTEM from your team&apos;s secret manager (the same comma-separated list for every member, at least 16 characters each; the first encrypts) and try again, or enter it once in the desktop&apos;s File › Open Team Store…, which keeps it for this store.</source>
        <translation>der Team-Speicher %1 braucht das Systemgeheimnis des Teams in SECRETS_SYSTEM: Für einen Speicher auf einem Datenbankserver erzeugt JWK Manager nie ein eigenes Geheimnis. Setzen Sie SECRETS_SYSTEM aus dem Geheimnisverwalter Ihres Teams (dieselbe kommagetrennte Liste für jedes Mitglied, jedes mindestens 16 Zeichen lang; das erste verschlüsselt) und versuchen Sie es erneut, oder geben Sie es einmal im Desktop unter Datei › Team-Speicher öffnen … ein, das es für diesen Speicher aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>jwk::TeamStoreDialog</name>
    <message>
        <source>verify-full: TLS, the CA and the host name checked</source>
        <translation>verify-full: TLS, CA und Hostname geprüft</translation>
    </message>
    <message>
        <source>verify-ca: TLS, the CA checked (not the host name)</source>
        <translation>verify-ca: TLS, CA geprüft (nicht der Hostname)</translation>
    </message>
    <message>
        <source>require: TLS, nobody checked</source>
        <translation>require: TLS, niemand geprüft</translation>
    </message>
    <message>
        <source>prefer: TLS when offered, nobody checked</source>
        <translation>prefer: TLS, wenn angeboten, niemand geprüft</translation>
    </message>
    <message>
        <source>disable: no TLS</source>
        <translation>disable: kein TLS</translation>
    </message>
    <message>
        <source>Open Team Store</source>
        <translation>Team-Speicher öffnen</translation>
    </message>
    <message>
        <source>Recent team stores</source>
        <translation>Zuletzt geöffnete Team-Speicher</translation>
    </message>
    <message>
        <source>Rece&amp;nt:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>the CA certificate (PEM) that issued the server&apos;s certificate</source>
        <translation>das CA-Zertifikat (PEM), das das Zertifikat des Servers ausgestellt hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Kept in %1, for this store only; never in the settings.</source>
        <translation>Aufbewahrt in %1, nur für diesen Speicher; nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>from the environment variable SECRETS_SYSTEM</source>
        <translation>aus der Umgebungsvariablen SECRETS_SYSTEM</translation>
    </message>
    <message>
        <source>System secret:</source>
        <translation>Systemgeheimnis:</translation>
    </message>
    <message>
        <source>The team&apos;s system secret</source>
        <translation>Das Systemgeheimnis des Teams</translation>
    </message>
    <message>
        <source>The team&apos;s SECRETS_SYSTEM from its secret manager: the same comma-separated list for every member, the current secret first. Needed once per store when SECRETS_SYSTEM is not set.</source>
        <translation>SECRETS_SYSTEM des Teams aus seinem Geheimnisverwalter: dieselbe kommagetrennte Liste für jedes Mitglied, das aktuelle Geheimnis zuerst. Einmal je Speicher nötig, wenn SECRETS_SYSTEM nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>&amp;Keep the system secret in the keychain</source>
        <translation>Systemgeheimnis im &amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>System &amp;secret:</source>
        <translation>System&amp;geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>remembered in the keychain; type to replace</source>
        <translation>im Schlüsselbund gemerkt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>kept in the keychain for this store; type to replace</source>
        <translation>für diesen Speicher im Schlüsselbund aufbewahrt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>as SECRETS_SYSTEM: the current secret first, comma-separated</source>
        <translation>wie SECRETS_SYSTEM: das aktuelle Geheimnis zuerst, kommagetrennt</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Team Store Cannot Be Opened</source>
        <translation>Team-Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>The team store is open, but what was to be remembered was not kept: %1 You will be asked again next time.</source>
        <translation>Der Team-Speicher ist geöffnet, aber was gemerkt werden sollte, wurde nicht aufbewahrt: %1 Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>jwk::TeamStoreOpening</name>
    <message>
        <source>Give the host name or address of the database server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Datenbankservers an.</translation>
    </message>
    <message>
        <source>Give the name of the team&apos;s database (made with CREATE DATABASE; an empty one becomes a new team store).</source>
        <translation>Geben Sie den Namen der Datenbank des Teams an (angelegt mit CREATE DATABASE; eine leere wird zu einem neuen Team-Speicher).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen (der von PostgreSQL ist 5432).</translation>
    </message>
    <message>
        <source>TLS mode %1 checks the server&apos;s certificate against a CA: choose the CA certificate file (PEM) the server&apos;s certificate was issued by.</source>
        <translation>Der TLS-Modus %1 prüft das Zertifikat des Servers gegen eine CA: Wählen Sie die CA-Zertifikatsdatei (PEM), von der das Zertifikat des Servers ausgestellt wurde.</translation>
    </message>
    <message>
        <source>No system secret is set for this team store. Enter the team&apos;s system secret (from your team&apos;s secret manager: the same list every member uses, the current secret first) in System secret, or start JWK Manager with SECRETS_SYSTEM set.</source>
        <translation>Für diesen Team-Speicher ist kein Systemgeheimnis gesetzt. Geben Sie das Systemgeheimnis des Teams (aus dem Geheimnisverwalter Ihres Teams: dieselbe Liste, die jedes Mitglied verwendet, das aktuelle Geheimnis zuerst) unter Systemgeheimnis ein, oder starten Sie JWK Manager mit gesetztem SECRETS_SYSTEM.</translation>
    </message>
    <message>
        <source>The system secret does not open this team store. Ask your team for the current system secret list (the secret the store was made with must be in it) and enter it again.</source>
        <translation>Das Systemgeheimnis öffnet diesen Team-Speicher nicht. Fragen Sie Ihr Team nach der aktuellen Liste der Systemgeheimnisse (das Geheimnis, mit dem der Speicher angelegt wurde, muss darin sein) und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The server refused the password for this user. Check the user name and type the password again (a remembered password that no longer works is replaced when the new one opens the store).</source>
        <translation>Der Server hat das Passwort für diesen Benutzer abgelehnt. Prüfen Sie den Benutzernamen und geben Sie das Passwort erneut ein (ein gemerktes Passwort, das nicht mehr gilt, wird ersetzt, sobald das neue den Speicher öffnet).</translation>
    </message>
    <message>
        <source>The TLS connection to the server could not be verified: its certificate was not issued by the chosen CA, does not name the host as typed, or the server offers no TLS. Check the CA file and that the host name is the one in the server&apos;s certificate; do not lower the TLS mode to get past this unless you know the network is trusted.</source>
        <translation>Die TLS-Verbindung zum Server konnte nicht geprüft werden: Sein Zertifikat wurde nicht von der gewählten CA ausgestellt, nennt den Host nicht wie eingegeben, oder der Server bietet kein TLS an. Prüfen Sie die CA-Datei und ob der Hostname der im Zertifikat des Servers ist; senken Sie den TLS-Modus nicht, um daran vorbeizukommen, außer Sie wissen, dass das Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check its spelling, or ask the database&apos;s administrator to create it (CREATE DATABASE; an empty one becomes a new team store).</source>
        <translation>Der Server hat keine Datenbank dieses Namens. Prüfen Sie die Schreibweise, oder bitten Sie die Administration der Datenbank, sie anzulegen (CREATE DATABASE; eine leere wird zu einem neuen Team-Speicher).</translation>
    </message>
    <message>
        <source>The database server does not answer. Check the host name and port, that the server runs and accepts connections from this computer (listen_addresses, pg_hba.conf, a firewall or VPN), and try again.</source>
        <translation>Der Datenbankserver antwortet nicht. Prüfen Sie Hostname und Port, ob der Server läuft und Verbindungen von diesem Rechner annimmt (listen_addresses, pg_hba.conf, eine Firewall oder ein VPN), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That database holds other tables and is not a JWK Manager store. Choose the team&apos;s store database, or an empty database for a new team store.</source>
        <translation>Diese Datenbank enthält andere Tabellen und ist kein JWK-Manager-Speicher. Wählen Sie die Speicher-Datenbank des Teams oder eine leere Datenbank für einen neuen Team-Speicher.</translation>
    </message>
    <message>
        <source>The team store cannot be opened. The details below say why.</source>
        <translation>Der Team-Speicher kann nicht geöffnet werden. Die Details unten nennen den Grund.</translation>
    </message>
</context>
<context>
    <name>jwk::TokenSignTab</name>
    <message>
        <source>The key&apos;s own</source>
        <translation>Wie im Schlüssel (alg)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never (no exp)</source>
        <translation>nie (kein exp)</translation>
    </message>
    <message>
        <source>&amp;From set:</source>
        <translation>Aus S&amp;atz:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>S&amp;ignaturschlüssel:</translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation>Al&amp;gorithmus:</translation>
    </message>
    <message>
        <source>Claims (&amp;JSON):</source>
        <translation>Claims (&amp;JSON):</translation>
    </message>
    <message>
        <source>E&amp;xpires in:</source>
        <translation>Läuft a&amp;b in:</translation>
    </message>
    <message>
        <source>Sig&amp;n</source>
        <translation>Sig&amp;nieren</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The set&apos;s signer (%1), as Hydra chooses it</source>
        <translation>Der Signaturschlüssel des Satzes (%1), wie Hydra ihn wählt</translation>
    </message>
    <message>
        <source>Set %1 has no private key to sign with.</source>
        <translation>Satz %1 hat keinen privaten Schlüssel zum Signieren.</translation>
    </message>
    <message>
        <source>The claims are not JSON: %1 (at character %2).</source>
        <translation>Die Claims sind kein JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The claims must be a JSON object: { &quot;sub&quot;: &quot;…&quot; }.</source>
        <translation>Die Claims müssen ein JSON-Objekt sein: { &quot;sub&quot;: &quot;…&quot; }.</translation>
    </message>
    <message>
        <source>The claims have &quot;%1&quot; twice; a token&apos;s claims are each given once.</source>
        <translation>Die Claims enthalten „%1“ zweimal; jeder Claim eines Tokens darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>signed in the Token window</source>
        <translation>im Token-Fenster signiert</translation>
    </message>
    <message>
        <source>Signed with %1 by key %2. It is shown above as well, decoded.</source>
        <translation>Mit %1 von Schlüssel %2 signiert. Es wird oben auch dekodiert angezeigt.</translation>
    </message>
    <message>
        <source>Signed with %1 by key %2, but the audit log could not record it: %3</source>
        <translation>Mit %1 von Schlüssel %2 signiert, aber das Prüfprotokoll konnte es nicht festhalten: %3</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>jwk::TokenSigning</name>
    <message>
        <source>Cannot sign: %1.</source>
        <translation>Signieren nicht möglich: %1.</translation>
    </message>
    <message>
        <source>there is no key set &quot;%1&quot; in the store</source>
        <translation>im Speicher gibt es keinen Schlüsselsatz „%1“</translation>
    </message>
    <message>
        <source>set %1 has no signing key (no private key); name one with a kid, or import or generate a private key</source>
        <translation>Satz %1 hat keinen Signaturschlüssel (keinen privaten Schlüssel); nennen Sie einen per kid, oder importieren oder erzeugen Sie einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>there is no key %1 in set %2</source>
        <translation>in Satz %2 gibt es keinen Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 of set %2 is public only: it cannot sign</source>
        <translation>Schlüssel %1 von Satz %2 ist nur öffentlich: Er kann nicht signieren</translation>
    </message>
</context>
<context>
    <name>jwk::TokenVerification</name>
    <message>
        <source>a key without kid</source>
        <translation>ein Schlüssel ohne kid</translation>
    </message>
    <message>
        <source>it has no keys</source>
        <translation>keine Schlüssel vorhanden</translation>
    </message>
    <message>
        <source>it has %1</source>
        <translation>vorhanden: %1</translation>
    </message>
    <message>
        <source>kid %1 is not in %2 (%3)</source>
        <translation>kid %1 ist nicht in %2 (%3)</translation>
    </message>
    <message>
        <source>; the token was signed %1 before %2&apos;s newest key was created (a key rotated out?)</source>
        <translation>; das Token wurde mit %1 Abstand vor der Erzeugung des neuesten Schlüssels von %2 signiert (ein herausrotierter Schlüssel?)</translation>
    </message>
    <message>
        <source>; the token was signed %1 after %2&apos;s newest key was created (signed with a key of another set or issuer?)</source>
        <translation>; das Token wurde mit %1 Abstand nach der Erzeugung des neuesten Schlüssels von %2 signiert (mit einem Schlüssel eines anderen Satzes oder Ausstellers signiert?)</translation>
    </message>
    <message>
        <source>exp is not a number (NumericDate), so the token cannot be known to be unexpired</source>
        <translation>exp ist keine Zahl (NumericDate), daher lässt sich nicht feststellen, ob das Token noch nicht abgelaufen ist</translation>
    </message>
    <message>
        <source>expired %1 ago at %2 (beyond the leeway of %3 s)</source>
        <translation>abgelaufen vor %1, am %2 (jenseits der Toleranz von %3 s)</translation>
    </message>
    <message>
        <source>expired %1 ago at %2</source>
        <translation>abgelaufen vor %1, am %2</translation>
    </message>
    <message>
        <source>nbf is not a number (NumericDate), so when the token becomes valid is not known</source>
        <translation>nbf ist keine Zahl (NumericDate), daher ist unbekannt, ab wann das Token gültig wird</translation>
    </message>
    <message>
        <source>not valid before %1, in %2 (a clock ahead on the issuer?)</source>
        <translation>nicht gültig vor %1, also erst in %2 (geht die Uhr beim Aussteller vor?)</translation>
    </message>
    <message>
        <source>the token has no iss; %1 was expected</source>
        <translation>das Token hat kein iss; erwartet wurde %1</translation>
    </message>
    <message>
        <source>issued by %1, not %2</source>
        <translation>ausgestellt von %1, nicht von %2</translation>
    </message>
    <message>
        <source>the token has no aud; %1 was expected</source>
        <translation>das Token hat kein aud; erwartet wurde %1</translation>
    </message>
    <message>
        <source>the token is for %1, not %2</source>
        <translation>das Token ist für %1 bestimmt, nicht für %2</translation>
    </message>
    <message>
        <source>no kid</source>
        <translation>keine kid</translation>
    </message>
    <message>
        <source>the token has no kid and no key of %1 fits %2 (%3)</source>
        <translation>das Token hat keine kid, und kein Schlüssel von %1 passt zu %2 (%3)</translation>
    </message>
    <message>
        <source> (an %1 signature is r and s, %2 bytes; this one has %3 bytes%4)</source>
        <translation> (eine %1-Signatur besteht aus r und s, %2 Byte; diese hat %3 Byte%4)</translation>
    </message>
    <message>
        <source> and looks like DER, which JOSE does not use</source>
        <translation> und sieht nach DER aus, das JOSE nicht verwendet</translation>
    </message>
    <message>
        <source>the signature does not verify with key %1 of %2%3</source>
        <translation>die Signatur lässt sich mit Schlüssel %1 von %2 nicht bestätigen%3</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(ohne kid)</translation>
    </message>
    <message>
        <source>the signature verifies with none of the %1 keys of %2 that fit %3%4</source>
        <translation>die Signatur lässt sich mit keinem der %1 Schlüssel von %2 bestätigen, die zu %3 passen%4</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>the token is unsigned (alg &quot;%1&quot;): anyone can make it; never accepted</source>
        <translation>das Token ist unsigniert (alg „%1“): Jeder kann es erzeugen; wird nie akzeptiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWS algorithm JWK Manager verifies (%2)</source>
        <translation>„%1“ ist kein JWS-Algorithmus, den JWK Manager prüft (%2)</translation>
    </message>
    <message>
        <source>the token is signed with %1; only %2 is allowed</source>
        <translation>das Token ist mit %1 signiert; erlaubt ist nur %2</translation>
    </message>
    <message>
        <source>the header marks %1 as critical (crit); JWK Manager understands no JWS extension, so the token must be refused (RFC 7515 §4.1.11)</source>
        <translation>der Header markiert %1 als kritisch (crit); JWK Manager versteht keine JWS-Erweiterung, daher muss das Token abgelehnt werden (RFC 7515 §4.1.11)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>there is no key set &quot;%1&quot; in the store</source>
        <translation>im Speicher gibt es keinen Schlüsselsatz „%1“</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>%1 holds no key</source>
        <translation>%1 enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>set %1 of remote %2</source>
        <translation>Satz %1 des Remote-Endpunkts %2</translation>
    </message>
</context>
<context>
    <name>jwk::TokenVerifyTab</name>
    <message>
        <source>A key set of this store</source>
        <translation>Ein Schlüsselsatz dieses Speichers</translation>
    </message>
    <message>
        <source>A key set of a remote Hydra</source>
        <translation>Ein Schlüsselsatz eines entfernten Hydra</translation>
    </message>
    <message>
        <source>A JWKS URL</source>
        <translation>Eine JWKS-URL</translation>
    </message>
    <message>
        <source>any issuer</source>
        <translation>beliebiger Aussteller</translation>
    </message>
    <message>
        <source>any audience</source>
        <translation>beliebige Zielgruppe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Verify &amp;against:</source>
        <translation>Prüfen g&amp;egen:</translation>
    </message>
    <message>
        <source>Key s&amp;et:</source>
        <translation>Schlüsse&amp;lsatz:</translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation>Re&amp;mote-Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Leeway:</source>
        <translation>Toleran&amp;z:</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: the JWKS was not fetched.</source>
        <translation>Abgebrochen: Das JWKS wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>The JWKS could not be fetched: %1</source>
        <translation>Das JWKS konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The JWKS holds no usable key: %1</source>
        <translation>Das JWKS enthält keinen brauchbaren Schlüssel: %1</translation>
    </message>
    <message>
        <source>This is not a URL.</source>
        <translation>Das ist keine URL.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>There is no remote &quot;%1&quot;.</source>
        <translation>Es gibt keinen Remote-Endpunkt „%1“.</translation>
    </message>
    <message>
        <source>Asking %1 for the keys of %2…</source>
        <translation>Die Schlüssel von %2 werden bei %1 abgefragt …</translation>
    </message>
    <message>
        <source>Cancelled: the keys were not fetched.</source>
        <translation>Abgebrochen: Die Schlüssel wurden nicht abgerufen.</translation>
    </message>
    <message>
        <source>The keys of %1 could not be fetched: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Valid: signed by key %1 of %2, and every claim checked holds.</source>
        <translation>Gültig: signiert von Schlüssel %1 von %2, und jeder geprüfte Claim trifft zu.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(ohne kid)</translation>
    </message>
    <message>
        <source>Not valid: 1 problem.</source>
        <translation>Ungültig: 1 Problem.</translation>
    </message>
    <message>
        <source>Not valid: %1 problems.</source>
        <translation>Ungültig: %1 Probleme.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>jwk::TokenWindow</name>
    <message>
        <source>Tokens (JWT)</source>
        <translation>Tokens (JWT)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste a JWT here (header.payload.signature). It stays in this window: nothing is sent anywhere.</source>
        <translation>Fügen Sie hier ein JWT ein (header.payload.signature). Es bleibt in diesem Fenster: Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>The header and the claims of the token appear here.</source>
        <translation>Hier erscheinen Header und Claims des Tokens.</translation>
    </message>
    <message>
        <source>&amp;Header and Claims</source>
        <translation>&amp;Header und Claims</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Signing</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>A JWS signed with %1 by key %2; verify it on the Verification tab.</source>
        <translation>Ein JWS, mit %1 von Schlüssel %2 signiert; prüfen Sie es auf der Registerkarte „Prüfung“.</translation>
    </message>
    <message>
        <source>A JWS signed with %1 without a kid; verify it on the Verification tab.</source>
        <translation>Ein JWS, mit %1 ohne kid signiert; prüfen Sie es auf der Registerkarte „Prüfung“.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Times (local time)</source>
        <translation>Zeiten (Ortszeit)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Payload (not a JSON claims set)</source>
        <translation>Payload (kein JSON-Claims-Set)</translation>
    </message>
</context>
<context>
    <name>jwk::TransportPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL; give one such as https://hydra.example.com:4445</source>
        <translation>„%1“ ist keine gültige URL; geben Sie eine wie https://hydra.example.com:4445 an</translation>
    </message>
    <message>
        <source>the URL carries a user name or password; use a token file or a header instead</source>
        <translation>die URL enthält einen Benutzernamen oder ein Passwort; verwenden Sie stattdessen eine Token-Datei oder einen Header</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2: keys would cross the network unencrypted. Use https (plain http is allowed only to loopback: 127.0.0.1, ::1, localhost)</source>
        <translation>%1 verwendet unverschlüsseltes http zu %2: Schlüssel gingen unverschlüsselt über das Netz. Verwenden Sie https (unverschlüsseltes http ist nur zum Loopback erlaubt: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the URL scheme &quot;%1&quot; is not supported; use https</source>
        <translation>das URL-Schema „%1“ wird nicht unterstützt; verwenden Sie https</translation>
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
        <translation>
            <numerusform>Das %n Element im Papierkorb wird endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Elemente im Papierkorb werden endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>The trash is empty.
Deleted keys and key sets wait here, to be restored, until the trash is emptied.</source>
        <translation>Der Papierkorb ist leer.
Gelöschte Schlüssel und Schlüsselsätze warten hier auf Wiederherstellung, bis der Papierkorb geleert wird.</translation>
    </message>
</context>
<context>
    <name>jwk::TrashModel</name>
    <message numerus="yes">
        <source>Key set with %n key(s)</source>
        <translation>
            <numerusform>Schlüsselsatz mit %n Schlüssel</numerusform>
            <numerusform>Schlüsselsatz mit %n Schlüsseln</numerusform>
        </translation>
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
    <name>jwk::jose::Jose</name>
    <message>
        <source>The token is malformed: %1.</source>
        <translation>Das Token ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>its %1 is not base64url (A-Z, a-z, 0-9, - and _, without padding)</source>
        <translation>%1 ist kein base64url (A-Z, a-z, 0-9, - und _, ohne Padding)</translation>
    </message>
    <message>
        <source>its %1 has the member &quot;%2&quot; twice</source>
        <translation>%1 enthält das Element „%2“ zweimal</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB; no token is that large</source>
        <translation>es ist größer als %1 KiB; kein Token ist so groß</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>a compact JWS has three parts separated by two dots (header.payload.signature)</source>
        <translation>ein kompaktes JWS hat drei durch zwei Punkte getrennte Teile (header.payload.signature)</translation>
    </message>
    <message>
        <source>it has five parts: it is an encrypted JWE, not a signed JWS</source>
        <translation>es hat fünf Teile: Es ist ein verschlüsseltes JWE, kein signiertes JWS</translation>
    </message>
    <message>
        <source>it has more than three parts</source>
        <translation>es hat mehr als drei Teile</translation>
    </message>
    <message>
        <source>its header is empty</source>
        <translation>sein Header ist leer</translation>
    </message>
    <message>
        <source>header</source>
        <translation>der Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>der Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>die Signatur</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>sein Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its header has no &quot;alg&quot;</source>
        <translation>sein Header hat kein „alg“</translation>
    </message>
    <message>
        <source>its header&apos;s &quot;alg&quot; is not a string</source>
        <translation>„alg“ in seinem Header ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its header&apos;s &quot;kid&quot; is not a string</source>
        <translation>„kid“ in seinem Header ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its header&apos;s &quot;crit&quot; is not an array</source>
        <translation>„crit“ in seinem Header ist kein Array</translation>
    </message>
    <message>
        <source>its header has &quot;enc&quot;: it belongs to an encrypted JWE, not a signed JWS</source>
        <translation>sein Header hat „enc“: Er gehört zu einem verschlüsselten JWE, nicht zu einem signierten JWS</translation>
    </message>
    <message>
        <source>claims set</source>
        <translation>das Claims-Set</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Preparing the signature</source>
        <translation>Vorbereiten der Signatur</translation>
    </message>
    <message>
        <source>Preparing the verification</source>
        <translation>Vorbereiten der Prüfung</translation>
    </message>
    <message>
        <source>&quot;none&quot; is an unsigned token, never accepted</source>
        <translation>„none“ ist ein unsigniertes Token und wird nie akzeptiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWS algorithm (%2)</source>
        <translation>„%1“ ist kein JWS-Algorithmus (%2)</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 is an HMAC algorithm and %2 is an %3 key: a public key used as an HMAC secret is algorithm confusion, refused</source>
        <translation>%1 ist ein HMAC-Algorithmus und %2 ein %3-Schlüssel: Einen öffentlichen Schlüssel als HMAC-Geheimnis zu verwenden ist Algorithmusverwechslung (algorithm confusion); abgelehnt</translation>
    </message>
    <message>
        <source>%1 cannot be used with %2, an %3 key</source>
        <translation>%2 ist ein %3-Schlüssel und kann nicht mit %1 verwendet werden</translation>
    </message>
    <message>
        <source>%1 needs a key on %2; %3 is on %4</source>
        <translation>%1 braucht einen Schlüssel auf %2; %3 verwendet %4</translation>
    </message>
    <message>
        <source>EdDSA needs an Ed25519 or Ed448 key; %1 is on %2</source>
        <translation>EdDSA braucht einen Ed25519- oder Ed448-Schlüssel; %1 verwendet %2</translation>
    </message>
    <message>
        <source>%1 is for %2, not %3</source>
        <translation>%1 ist für %2 bestimmt, nicht für %3</translation>
    </message>
    <message>
        <source>%1 is for encryption (&quot;use&quot;: &quot;enc&quot;), not for signatures</source>
        <translation>%1 ist für Verschlüsselung bestimmt („use“: „enc“), nicht für Signaturen</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;key_ops&quot; (%2) do not allow %3</source>
        <translation>%1: „key_ops“ (%2) erlauben %3 nicht</translation>
    </message>
    <message>
        <source>%1 is public only: signing needs its private key</source>
        <translation>%1 ist nur öffentlich: Zum Signieren wird der private Schlüssel gebraucht</translation>
    </message>
    <message>
        <source>%1 has %2 bits; RSA under 2048 bits is not used for signing</source>
        <translation>%1 hat %2 Bit; RSA unter 2048 Bit wird nicht zum Signieren verwendet</translation>
    </message>
    <message>
        <source>%1 has %2 bits; %3 needs a secret of at least %4 bits (RFC 7518 §3.2)</source>
        <translation>%1 hat %2 Bit; %3 braucht ein Geheimnis von mindestens %4 Bit (RFC 7518 §3.2)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
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
