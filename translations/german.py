# German translations for jwkman, keyed by (context or None, source). Applied to jwkman_de.ts by
# fill_translations.py; plural forms are (singular, plural).
DE = {
# FileDialog
(None, 'JWK Manager stores (*.sqlite);;All files (*)'): 'JWK-Manager-Speicher (*.sqlite);;Alle Dateien (*)',
# AboutDialog
(None, 'JWK Manager %1\nQt %2 (built with %3)\n%4'): 'JWK Manager %1\nQt %2 (erstellt mit %3)\n%4',
(None, 'No store is open.'): 'Kein Schlüsselspeicher geöffnet.',
(None, 'Store: %1\nSystem secret: %2'): 'Speicher: %1\nSystemgeheimnis: %2',
(None, 'About JWK Manager'): 'Über JWK Manager',
(None, 'JWK Manager'): 'JWK Manager',
(None, 'Creates, inspects, converts and stores JSON Web Keys, with key sets as Ory Hydra keeps them.'):
    'Erzeugt, prüft, wandelt und speichert JSON Web Keys, in Schlüsselsätzen wie bei Ory Hydra.',
# AlgorithmModel
(None, 'RSASSA-PKCS1-v1_5 with SHA-256: the most widely accepted JWT signature'):
    'RSASSA-PKCS1-v1_5 mit SHA-256: die am breitesten akzeptierte JWT-Signatur',
(None, 'RSASSA-PKCS1-v1_5 with SHA-384'): 'RSASSA-PKCS1-v1_5 mit SHA-384',
(None, 'RSASSA-PKCS1-v1_5 with SHA-512'): 'RSASSA-PKCS1-v1_5 mit SHA-512',
(None, 'RSASSA-PSS with SHA-256: the modern RSA signature'): 'RSASSA-PSS mit SHA-256: die moderne RSA-Signatur',
(None, 'RSASSA-PSS with SHA-384'): 'RSASSA-PSS mit SHA-384',
(None, 'RSASSA-PSS with SHA-512'): 'RSASSA-PSS mit SHA-512',
(None, 'RSAES-OAEP with SHA-1: key encryption for JWE (legacy peers)'):
    'RSAES-OAEP mit SHA-1: Schlüsselverschlüsselung für JWE (ältere Gegenstellen)',
(None, 'RSAES-OAEP with SHA-256: key encryption for JWE'): 'RSAES-OAEP mit SHA-256: Schlüsselverschlüsselung für JWE',
(None, 'ECDSA on P-256 with SHA-256: small, fast signatures'): 'ECDSA auf P-256 mit SHA-256: kleine, schnelle Signaturen',
(None, 'ECDSA on P-384 with SHA-384'): 'ECDSA auf P-384 mit SHA-384',
(None, 'ECDSA on P-521 with SHA-512'): 'ECDSA auf P-521 mit SHA-512',
(None, 'EdDSA (RFC 8037): deterministic signatures on Ed25519 or Ed448'):
    'EdDSA (RFC 8037): deterministische Signaturen auf Ed25519 oder Ed448',
(None, 'EdDSA on Ed25519, fully specified (RFC 9864)'): 'EdDSA auf Ed25519, vollständig festgelegt (RFC 9864)',
(None, 'EdDSA on Ed448, fully specified (RFC 9864)'): 'EdDSA auf Ed448, vollständig festgelegt (RFC 9864)',
(None, 'ECDH-ES key agreement for JWE, direct'): 'ECDH-ES-Schlüsselvereinbarung für JWE, direkt',
(None, 'ECDH-ES key agreement with AES-128 key wrap'): 'ECDH-ES-Schlüsselvereinbarung mit AES-128-Key-Wrap',
(None, 'ECDH-ES key agreement with AES-192 key wrap'): 'ECDH-ES-Schlüsselvereinbarung mit AES-192-Key-Wrap',
(None, 'ECDH-ES key agreement with AES-256 key wrap'): 'ECDH-ES-Schlüsselvereinbarung mit AES-256-Key-Wrap',
(None, 'HMAC with SHA-256: a shared secret for JWS'): 'HMAC mit SHA-256: ein gemeinsames Geheimnis für JWS',
(None, 'HMAC with SHA-384'): 'HMAC mit SHA-384',
(None, 'HMAC with SHA-512'): 'HMAC mit SHA-512',
(None, 'AES-128 key wrap for JWE'): 'AES-128-Key-Wrap für JWE',
(None, 'AES-192 key wrap for JWE'): 'AES-192-Key-Wrap für JWE',
(None, 'AES-256 key wrap for JWE'): 'AES-256-Key-Wrap für JWE',
(None, 'AES-128-GCM content encryption (or A128GCMKW key wrap)'): 'AES-128-GCM-Inhaltsverschlüsselung (oder A128GCMKW-Key-Wrap)',
(None, 'AES-192-GCM content encryption'): 'AES-192-GCM-Inhaltsverschlüsselung',
(None, 'AES-256-GCM content encryption'): 'AES-256-GCM-Inhaltsverschlüsselung',
(None, 'A shared content-encryption key used directly (size follows the "enc" in use)'):
    'Ein gemeinsamer Inhaltsschlüssel, direkt verwendet (die Größe richtet sich nach dem verwendeten „enc“)',
(None, 'RSA, %1 bits'): 'RSA, %1 Bit',
(None, 'EC %1'): 'EC %1',
(None, 'OKP %1'): 'OKP %1',
(None, 'Symmetric, %1 bits'): 'Symmetrisch, %1 Bit',
(None, '%1\nOry Hydra can generate keys for this algorithm too.'): '%1\nOry Hydra kann für diesen Algorithmus ebenfalls Schlüssel erzeugen.',
(None, 'Algorithm'): 'Algorithmus',
(None, 'Key'): 'Schlüssel',
(None, 'What it is for'): 'Wofür er gedacht ist',
# CertificateChainModel
(None, 'expired'): 'abgelaufen',
(None, 'not yet valid'): 'noch nicht gültig',
(None, 'not signed by the next certificate'): 'nicht vom nächsten Zertifikat signiert',
(None, 'valid, self-signed'): 'gültig, selbst signiert',
(None, 'valid'): 'gültig',
(None, 'Subject'): 'Inhaber',
(None, 'Issuer'): 'Aussteller',
(None, 'Valid until'): 'Gültig bis',
(None, 'Status'): 'Status',
# EditKeyDialog
(None, 'Edit Key'): 'Schlüssel bearbeiten',
(None, 'Key %1 (%2) in set %3'): 'Schlüssel %1 (%2) im Schlüsselsatz %3',
(None, 'Key &ID (kid):'): 'Schlüssel-&ID (kid):',
(None, '(none)'): '(keiner)',
(None, '&Algorithm (alg):'): '&Algorithmus (alg):',
(None, 'sig (signatures)'): 'sig (Signaturen)',
(None, 'enc (encryption)'): 'enc (Verschlüsselung)',
(None, '&Use:'): '&Verwendung:',
(None, 'The key ID must not be empty.'): 'Die Schlüssel-ID darf nicht leer sein.',
(None, 'The key ID must not contain control characters.'): 'Die Schlüssel-ID darf keine Steuerzeichen enthalten.',
(None, 'Key set %1 has a key with this ID already.'): 'Der Schlüsselsatz %1 enthält bereits einen Schlüssel mit dieser ID.',
(None, '%1 does not fit this key: %2'): '%1 passt nicht zu diesem Schlüssel: %2',
(None, '%1 is an algorithm for “%2”, not “%3”.'): '%1 ist ein Algorithmus für „%2“, nicht für „%3“.',
# ExportDialog
(None, 'Export'): 'Exportieren',
(None, 'Export %1'): '%1 exportieren',
(None, 'Format'): 'Format',
(None, '&Format:'): '&Format:',
(None, '&Include private keys'): 'Private Schlüssel &einschließen',
(None, 'Write the private key material too. The file is readable by you only.'):
    'Auch das private Schlüsselmaterial schreiben. Nur Sie können die Datei lesen.',
(None, 'Only public keys are stored for this selection'): 'Für diese Auswahl sind nur öffentliche Schlüssel gespeichert',
(None, '&Export…'): '&Exportieren …',
(None, 'Export Private Keys?'): 'Private Schlüssel exportieren?',
(None, 'The file will hold private key material: anyone who reads it can sign or decrypt as you. It is written readable by you only. Export the private keys?'):
    'Die Datei wird privates Schlüsselmaterial enthalten: Wer sie liest, kann in Ihrem Namen signieren oder entschlüsseln. '
    'Sie wird so geschrieben, dass nur Sie sie lesen können. Private Schlüssel exportieren?',
(None, 'Include Private Keys'): 'Private Schlüssel einschließen',
(None, 'several keys go into a JWK Set'): 'mehrere Schlüssel gehören in ein JWK Set',
(None, 'a symmetric key has only JWK forms'): 'ein symmetrischer Schlüssel hat nur JWK-Formen',
(None, 'Private key material will be written. The file gets owner-only permissions (0600).'):
    'Privates Schlüsselmaterial wird geschrieben. Die Datei erhält Rechte nur für den Eigentümer (0600).',
(None, 'Only public keys will be written.'): 'Es werden nur öffentliche Schlüssel geschrieben.',
(None, 'a symmetric key has no PEM or DER form'): 'ein symmetrischer Schlüssel hat keine PEM- oder DER-Form',
(None, 'PKCS#1 holds RSA keys only'): 'PKCS#1 enthält nur RSA-Schlüssel',
(None, 'SEC1 holds EC keys only'): 'SEC1 enthält nur EC-Schlüssel',
# FindingModel
(None, 'Info'): 'Hinweis',
(None, 'Warning'): 'Warnung',
(None, 'Error'): 'Fehler',
(None, 'Severity'): 'Schwere',
(None, 'Finding'): 'Befund',
# FirstRunWidget
(None, 'Your key store is empty'): 'Ihr Schlüsselspeicher ist leer',
(None, 'Keys live in key sets, as in Ory Hydra. Start with one of these:'):
    'Schlüssel liegen in Schlüsselsätzen, wie bei Ory Hydra. Beginnen Sie mit einer dieser Möglichkeiten:',
(None, "Create Hydra's default key sets"): 'Die Standard-Schlüsselsätze von Hydra anlegen',
(None, 'hydra.openid.id-token, hydra.jwt.access-token and hydra.https-tls, each with an RSA 4096 key'):
    'hydra.openid.id-token, hydra.jwt.access-token und hydra.https-tls, jeweils mit einem RSA-4096-Schlüssel',
(None, 'Import keys'): 'Schlüssel importieren',
(None, 'PEM, DER, JWK or JWK Set files, and certificates'): 'PEM-, DER-, JWK- oder JWK-Set-Dateien und Zertifikate',
(None, 'Generate a key'): 'Einen Schlüssel erzeugen',
(None, 'RSA, EC, EdDSA or a symmetric key for any JOSE algorithm'): 'RSA, EC, EdDSA oder ein symmetrischer Schlüssel für jeden JOSE-Algorithmus',
(None, 'Store: %1'): 'Speicher: %1',
# GenerateKeyDialog
(None, 'Generate Key'): 'Schlüssel erzeugen',
(None, '&Algorithm:'): '&Algorithmus:',
(None, '&Size:'): '&Größe:',
(None, '&Thumbprint'): '&Fingerabdruck',
(None, "The key's RFC 7638 thumbprint: the same key always gets the same kid"):
    'Der RFC-7638-Fingerabdruck des Schlüssels: derselbe Schlüssel erhält immer dieselbe kid',
(None, '&UUID'): '&UUID',
(None, 'A random UUID, as Ory Hydra makes them'): 'Eine zufällige UUID, wie Ory Hydra sie vergibt',
(None, '&Own:'): '&Eigene:',
(None, 'Own key ID'): 'Eigene Schlüssel-ID',
(None, 'Key ID (kid):'): 'Schlüssel-ID (kid):',
(None, 'none (leave out “use”)'): 'keine („use“ weglassen)',
(None, 'Key set'): 'Schlüsselsatz',
(None, 'A new name creates the set'): 'Ein neuer Name legt den Schlüsselsatz an',
(None, 'Key s&et:'): 'Schlüssel&satz:',
(None, 'Generation progress'): 'Fortschritt der Erzeugung',
(None, '&Generate'): '&Erzeugen',
(None, 'Searching for primes… (%n candidate(s) tested)'): ('Suche nach Primzahlen … (%n Kandidat geprüft)', 'Suche nach Primzahlen … (%n Kandidaten geprüft)'),
(None, 'Cancelled.'): 'Abgebrochen.',
(None, 'The key could not be generated: %1'): 'Der Schlüssel konnte nicht erzeugt werden: %1',
(None, '%1 bits'): '%1 Bit',
(None, '&Curve:'): '&Kurve:',
(None, 'Key size'): 'Schlüsselgröße',
(None, 'Curve'): 'Kurve',
(None, 'Choose an algorithm.'): 'Wählen Sie einen Algorithmus.',
(None, 'Name the key set to put the key in.'): 'Geben Sie den Schlüsselsatz an, in den der Schlüssel soll.',
(None, 'Enter the key ID, or let it be the thumbprint or a UUID.'):
    'Geben Sie die Schlüssel-ID ein oder wählen Sie Fingerabdruck oder UUID.',
(None, 'Generating an RSA key of %1 bits. This can take a few seconds…'):
    'Ein RSA-Schlüssel mit %1 Bit wird erzeugt. Das kann einige Sekunden dauern …',
(None, 'Generating…'): 'Wird erzeugt …',
(None, 'Cancelling…'): 'Wird abgebrochen …',
# ImportSummaryDialog
(None, 'No key was imported'): 'Es wurde kein Schlüssel importiert',
(None, 'Imported %n key(s) into %1'): ('%n Schlüssel in %1 importiert', '%n Schlüssel in %1 importiert'),
(None, '%n skipped as duplicate(s)'): ('%n als Duplikat übersprungen', '%n als Duplikate übersprungen'),
(None, '%n failed'): ('%n fehlgeschlagen', '%n fehlgeschlagen'),
(None, 'Import Summary'): 'Importübersicht',
(None, 'Import details'): 'Einzelheiten des Imports',
(None, 'Imported (%1)'): 'Importiert (%1)',
(None, 'Skipped: already in the set (%1)'): 'Übersprungen: bereits im Schlüsselsatz (%1)',
(None, 'Failed (%1)'): 'Fehlgeschlagen (%1)',
(None, 'Warnings (%1)'): 'Warnungen (%1)',
(None, 'The import was cancelled.'): 'Der Import wurde abgebrochen.',
# KeyDetailsWidget
(None, 'Select a key to see it here.'): 'Wählen Sie einen Schlüssel aus, um ihn hier zu sehen.',
(None, 'Show &private'): '&Privat anzeigen',
(None, 'Show private key material'): 'Privates Schlüsselmaterial anzeigen',
(None, 'Decrypt the key and show its private members until another key is selected'):
    'Den Schlüssel entschlüsseln und seine privaten Teile anzeigen, bis ein anderer Schlüssel gewählt wird',
(None, 'Key details'): 'Schlüsseldetails',
(None, 'Copy'): 'Kopieren',
(None, 'Copy the JWK as shown'): 'Den JWK wie angezeigt kopieren',
(None, 'JSON Web Key'): 'JSON Web Key',
(None, '&JWK'): '&JWK',
(None, 'private JWK'): 'privater JWK',
(None, 'public JWK'): 'öffentlicher JWK',
(None, 'PEM format'): 'PEM-Format',
(None, 'Copy the PEM as shown'): 'Das PEM wie angezeigt kopieren',
(None, 'PEM'): 'PEM',
(None, 'P&EM'): 'P&EM',
(None, 'Subject:'): 'Inhaber:',
(None, 'Issuer:'): 'Aussteller:',
(None, 'Validity:'): 'Gültigkeit:',
(None, 'Subject alternative names:'): 'Alternative Inhabernamen:',
(None, 'Serial number:'): 'Seriennummer:',
(None, 'C&hain (leaf first):'): 'Ke&tte (Endzertifikat zuerst):',
(None, 'Certificate chain'): 'Zertifikatskette',
(None, '&Certificate'): '&Zertifikat',
(None, 'Checks'): 'Prüfungen',
(None, 'Chec&ks'): 'Prü&fungen',
(None, 'set %1'): 'Schlüsselsatz %1',
(None, 'This key has no private part'): 'Dieser Schlüssel hat keinen privaten Teil',
(None, 'This key is encrypted under a system secret that is not configured'):
    'Dieser Schlüssel ist mit einem Systemgeheimnis verschlüsselt, das nicht eingerichtet ist',
(None, 'The key cannot be shown: %1'): 'Der Schlüssel kann nicht angezeigt werden: %1',
(None, 'Private key shown. It is hidden again when you select another key.'):
    'Privater Schlüssel angezeigt. Er wird wieder verborgen, sobald Sie einen anderen Schlüssel wählen.',
(None, 'Public key. Use “Show private” to see the private members.'):
    'Öffentlicher Schlüssel. Mit „Privat anzeigen“ sehen Sie die privaten Teile.',
(None, 'Public key.'): 'Öffentlicher Schlüssel.',
(None, 'A symmetric key has no public form: its metadata is shown. Use “Show private” to see the secret.'):
    'Ein symmetrischer Schlüssel hat keine öffentliche Form: Angezeigt werden seine Metadaten. Mit „Privat anzeigen“ sehen Sie das Geheimnis.',
(None, 'A symmetric key has no PEM form'): 'Ein symmetrischer Schlüssel hat keine PEM-Form',
(None, 'only the public key is stored'): 'nur der öffentliche Schlüssel ist gespeichert',
(None, 'The private key is hidden. Use “Show private” to see it in this format.'):
    'Der private Schlüssel ist verborgen. Mit „Privat anzeigen“ sehen Sie ihn in diesem Format.',
(None, 'Only the public key is stored.'): 'Nur der öffentliche Schlüssel ist gespeichert.',
(None, 'Not available for this key: %1'): 'Für diesen Schlüssel nicht verfügbar: %1',
(None, 'No passphrase was given.'): 'Es wurde keine Passphrase angegeben.',
(None, 'from %1\nuntil %2'): 'vom %1\nbis %2',
(None, 'none'): 'keine',
(None, 'A symmetric key is checked when it is shown with “Show private”.'):
    'Ein symmetrischer Schlüssel wird geprüft, sobald er mit „Privat anzeigen“ angezeigt wird.',
(None, 'No problems found.'): 'Keine Probleme gefunden.',
# KeyFileWriter
(None, '%1 cannot be written: %2'): '%1 kann nicht geschrieben werden: %2',
(None, '%1 was not written: it could not be made readable by you only (%2)'):
    '%1 wurde nicht geschrieben: Die Datei konnte nicht auf Sie allein beschränkt werden (%2)',
# KeyModel
(None, 'signing'): 'signiert',
(None, 'private'): 'privat',
(None, 'public only'): 'nur öffentlich',
(None, 'cannot decrypt'): 'nicht entschlüsselbar',
(None, 'RFC 7638 thumbprint (SHA-256): %1'): 'RFC-7638-Fingerabdruck (SHA-256): %1',
(None, 'The newest private key of the set: the one Hydra signs with'):
    'Der neueste private Schlüssel des Satzes: Mit ihm signiert Hydra',
(None, 'A private key that is not the newest: Hydra publishes it but does not sign with it'):
    'Ein privater Schlüssel, der nicht der neueste ist: Hydra veröffentlicht ihn, signiert aber nicht mit ihm',
(None, 'Only the public key is stored'): 'Nur der öffentliche Schlüssel ist gespeichert',
(None, 'Encrypted under a system secret that is not configured'): 'Mit einem Systemgeheimnis verschlüsselt, das nicht eingerichtet ist',
(None, 'RFC 7638 thumbprint (SHA-256), shortened'): 'RFC-7638-Fingerabdruck (SHA-256), gekürzt',
(None, 'Key ID (kid)'): 'Schlüssel-ID (kid)',
(None, 'Type'): 'Typ',
('jwk::KeyModel', 'Use'): 'Zweck',
(None, 'Thumbprint'): 'Fingerabdruck',
(None, 'Created'): 'Erstellt',
(None, 'Role'): 'Rolle',
# KeySetModel
(None, 'All keys'): 'Alle Schlüssel',
(None, '%1, Hydra key set, %n key(s)'): ('%1, Hydra-Schlüsselsatz, %n Schlüssel', '%1, Hydra-Schlüsselsatz, %n Schlüssel'),
(None, '%1, %n key(s)'): ('%1, %n Schlüssel', '%1, %n Schlüssel'),
(None, 'Every key of every set'): 'Jeder Schlüssel aus jedem Schlüsselsatz',
(None, 'A key set Ory Hydra uses'): 'Ein Schlüsselsatz, den Ory Hydra verwendet',
(None, 'No private key: Hydra could not sign with this set'): 'Kein privater Schlüssel: Hydra könnte mit diesem Satz nicht signieren',
(None, 'Signs with %1'): 'Signiert mit %1',
(None, 'Keys'): 'Schlüssel',
# MainWindow
(None, 'Clipboard clears in %n s'): ('Zwischenablage wird in %n s geleert', 'Zwischenablage wird in %n s geleert'),
(None, 'The private key material was cleared from the clipboard.'): 'Das private Schlüsselmaterial wurde aus der Zwischenablage entfernt.',
(None, '&New Key Set…'): '&Neuer Schlüsselsatz …',
(None, '&Generate Key…'): 'Schlüssel &erzeugen …',
(None, "Create &Hydra's Default Sets…"): '&Hydra-Standardsätze anlegen …',
(None, '&Import…'): '&Importieren …',
(None, '&Paste Keys'): 'Schlüssel ein&fügen',
(None, '&Export Keys…'): 'Schlüssel e&xportieren …',
(None, 'Export Key &Set…'): 'Schlüssel&satz exportieren …',
(None, 'Se&ttings…'): 'Ein&stellungen …',
(None, '&Quit'): '&Beenden',
(None, '&Undo'): '&Rückgängig',
(None, '&Redo'): '&Wiederholen',
(None, 'Copy Public &JWK'): 'Öffentlichen &JWK kopieren',
(None, 'Copy Public &PEM'): 'Öffentliches &PEM kopieren',
(None, 'Copy &Thumbprint'): '&Fingerabdruck kopieren',
(None, '&Find'): '&Suchen',
(None, '&Edit Key…'): 'Schlüssel &bearbeiten …',
(None, '&Rename Key Set…'): 'Schlüsselsatz &umbenennen …',
(None, '&Delete'): '&Löschen',
(None, 'Delete Key Se&t'): 'Schlüssels&atz löschen',
(None, 'Show &Private Key'): '&Privaten Schlüssel anzeigen',
(None, '&Trash…'): '&Papierkorb …',
(None, '&About JWK Manager'): 'Ü&ber JWK Manager',
(None, 'About &Qt'): 'Über &Qt',
(None, '&File'): '&Datei',
(None, '&Edit'): '&Bearbeiten',
(None, 'Copy Pri&vate'): 'Pri&vat kopieren',
(None, '&Key'): '&Schlüssel',
(None, '&View'): '&Ansicht',
(None, '&Help'): '&Hilfe',
(None, 'Main Toolbar'): 'Hauptwerkzeugleiste',
(None, 'New Set'): 'Neuer Satz',
(None, 'Generate'): 'Erzeugen',
(None, 'Import'): 'Importieren',
(None, 'Copy JWK'): 'JWK kopieren',
(None, 'Copy PEM'): 'PEM kopieren',
(None, 'Delete'): 'Löschen',
(None, 'Search kid, alg, type, thumbprint, set (%1)'): 'kid, alg, Typ, Fingerabdruck, Satz suchen (%1)',
(None, 'Search keys'): 'Schlüssel suchen',
(None, 'Key sets'): 'Schlüsselsätze',
(None, 'No store'): 'Kein Speicher',
(None, 'All keys (%n)'): ('Alle Schlüssel (%n)', 'Alle Schlüssel (%n)'),
(None, 'Search in all key sets'): 'Suche in allen Schlüsselsätzen',
(None, '%1: %n key(s), no signing key'): ('%1: %n Schlüssel, kein Signaturschlüssel', '%1: %n Schlüssel, kein Signaturschlüssel'),
(None, '%1: %n key(s), signs with %2'): ('%1: %n Schlüssel, signiert mit %2', '%1: %n Schlüssel, signiert mit %2'),
(None, 'New Key Set'): 'Neuer Schlüsselsatz',
(None, 'Name of the new key set:'): 'Name des neuen Schlüsselsatzes:',
(None, 'Created key set %1.'): 'Schlüsselsatz %1 angelegt.',
(None, 'Rename Key Set'): 'Schlüsselsatz umbenennen',
(None, 'New name for key set %1:'): 'Neuer Name für den Schlüsselsatz %1:',
(None, 'Ory Hydra looks for key set %1 by this name. Rename it anyway?'):
    'Ory Hydra sucht den Schlüsselsatz %1 unter diesem Namen. Trotzdem umbenennen?',
(None, 'Undo'): 'Rückgängig',
(None, 'Delete Key Set'): 'Schlüsselsatz löschen',
(None, 'Moved key set %1 to the trash. %2 restores it.'): 'Schlüsselsatz %1 in den Papierkorb verschoben. %2 stellt ihn wieder her.',
(None, 'Delete Keys'): 'Schlüssel löschen',
(None, 'Moved %n key(s) to the trash. %1 restores them.'):
    ('%n Schlüssel in den Papierkorb verschoben. %1 stellt ihn wieder her.', '%n Schlüssel in den Papierkorb verschoben. %1 stellt sie wieder her.'),
(None, 'Saved key %1.'): 'Schlüssel %1 gespeichert.',
(None, 'The new key was not stored: %1'): 'Der neue Schlüssel wurde nicht gespeichert: %1',
(None, 'Generated %1 key %2 in %3.'): '%1-Schlüssel %2 in %3 erzeugt.',
(None, "Hydra's Default Sets"): 'Hydra-Standardsätze',
(None, "Hydra's key sets exist already and each holds keys: %1."): 'Die Schlüsselsätze von Hydra gibt es bereits, und jeder enthält Schlüssel: %1.',
(None, 'Generating an RSA 4096 key for %n key set(s)…'):
    ('Ein RSA-4096-Schlüssel wird für %n Schlüsselsatz erzeugt …', 'Für %n Schlüsselsätze wird je ein RSA-4096-Schlüssel erzeugt …'),
(None, 'Cancel'): 'Abbrechen',
(None, 'Generating an RSA 4096 key for %1 (%2 of %3)…'): 'RSA-4096-Schlüssel für %1 wird erzeugt (%2 von %3) …',
(None, 'Created %1.'): '%1 angelegt.',
(None, "Creating Hydra's default sets was cancelled; nothing was stored."): 'Das Anlegen der Hydra-Standardsätze wurde abgebrochen; nichts wurde gespeichert.',
(None, 'dropped text'): 'abgelegter Text',
(None, 'Import Keys'): 'Schlüssel importieren',
(None, 'Keys and certificates (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;All files (*)'):
    'Schlüssel und Zertifikate (*.pem *.crt *.cer *.key *.der *.jwk *.jwks *.json *.p8 *.pub);;Alle Dateien (*)',
(None, 'The clipboard holds no keys to paste.'): 'Die Zwischenablage enthält keine Schlüssel zum Einfügen.',
(None, 'clipboard'): 'Zwischenablage',
(None, 'imported'): 'importiert',
(None, 'Import into which key set? A new name creates the set.'): 'In welchen Schlüsselsatz importieren? Ein neuer Name legt den Satz an.',
(None, 'An import is running; try again when it is done.'): 'Ein Import läuft bereits; versuchen Sie es danach erneut.',
(None, 'Importing %n item(s) into %1…'): ('%n Element wird in %1 importiert …', '%n Elemente werden in %1 importiert …'),
(None, '%1: skipped, no passphrase was given'): '%1: übersprungen, keine Passphrase angegeben',
(None, '%1 (from %2)'): '%1 (aus %2)',
(None, 'Key Cannot Be Read'): 'Schlüssel kann nicht gelesen werden',
(None, 'key %1'): 'Schlüssel %1',
(None, '%n selected key(s)'): ('%n ausgewählten Schlüssel', '%n ausgewählte Schlüssel'),
(None, 'Key set %1 holds no keys.'): 'Der Schlüsselsatz %1 enthält keine Schlüssel.',
(None, 'key set %1 (%n key(s))'): ('Schlüsselsatz %1 (%n Schlüssel)', 'Schlüsselsatz %1 (%n Schlüssel)'),
(None, '%1 (*.%2);;All files (*)'): '%1 (*.%2);;Alle Dateien (*)',
(None, 'none of these keys has a public form (symmetric keys have none)'): 'keiner dieser Schlüssel hat eine öffentliche Form (symmetrische Schlüssel haben keine)',
(None, 'several keys can only be exported as a JWK Set'): 'mehrere Schlüssel lassen sich nur als JWK Set exportieren',
(None, 'cancelled: no passphrase was given'): 'abgebrochen: keine Passphrase angegeben',
(None, 'Exported private key material to %1 (readable by you only).'): 'Privates Schlüsselmaterial nach %1 exportiert (nur für Sie lesbar).',
(None, 'Exported to %1.'): 'Nach %1 exportiert.',
(None, 'Export Failed'): 'Export fehlgeschlagen',
(None, 'The keys were not exported: %1'): 'Die Schlüssel wurden nicht exportiert: %1',
(None, 'Copied the %1. The clipboard is cleared in %n s.'):
    ('In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.', 'In die Zwischenablage kopiert: %1. Sie wird in %n s geleert.'),
(None, 'Copied the %1.'): 'In die Zwischenablage kopiert: %1.',
(None, 'public PEM'): 'öffentliches PEM',
(None, 'thumbprint'): 'Fingerabdruck',
(None, 'private PEM'): 'privates PEM',
(None, 'Opened the store %1.'): 'Speicher %1 geöffnet.',
(None, 'The new language applies when JWK Manager is started again.'): 'Die neue Sprache gilt ab dem nächsten Start von JWK Manager.',
# PassphraseDialog
(None, 'Passphrase Needed'): 'Passphrase erforderlich',
(None, 'Choose a Passphrase'): 'Passphrase wählen',
(None, 'The passphrase was wrong. Try again, or skip this item.\n\n%1'): 'Die Passphrase war falsch. Versuchen Sie es erneut oder überspringen Sie dieses Element.\n\n%1',
(None, 'This item is encrypted. Enter its passphrase to import it, or skip it.\n\n%1'):
    'Dieses Element ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu importieren, oder überspringen Sie es.\n\n%1',
(None, 'Choose a passphrase to encrypt %1 with. Keep it safe: without it the key cannot be read again.'):
    'Wählen Sie eine Passphrase, mit der %1 verschlüsselt wird. Bewahren Sie sie gut auf: Ohne sie lässt sich der Schlüssel nicht mehr lesen.',
(None, 'Passphrase'): 'Passphrase',
(None, '&Passphrase:'): '&Passphrase:',
(None, 'Repeat passphrase'): 'Passphrase wiederholen',
(None, '&Repeat:'): '&Wiederholen:',
(None, '&Decrypt'): '&Entschlüsseln',
(None, '&Encrypt'): '&Verschlüsseln',
(None, '&Skip'): '&Überspringen',
(None, 'Use at least %n character(s).'): ('Verwenden Sie mindestens %n Zeichen.', 'Verwenden Sie mindestens %n Zeichen.'),
(None, 'The passphrases differ.'): 'Die Passphrasen stimmen nicht überein.',
# SettingsDialog
(None, 'Settings'): 'Einstellungen',
(None, 'Store location'): 'Speicherort',
(None, 'Empty: $JWKMAN_STORE, else the default location'): 'Leer: $JWKMAN_STORE, sonst der Standardort',
(None, '&Browse…'): '&Durchsuchen …',
(None, 'Browse for the store'): 'Speicher auswählen',
(None, '&Store:'): '&Speicher:',
(None, 'Choose the Key Store'): 'Schlüsselspeicher wählen',
(None, ' s'): ' s',
(None, 'Clipboard timeout in seconds'): 'Zeit bis zum Leeren der Zwischenablage in Sekunden',
(None, 'Copied private key material is cleared from the clipboard after this time'):
    'Kopiertes privates Schlüsselmaterial wird nach dieser Zeit aus der Zwischenablage entfernt',
(None, 'Clear &clipboard after:'): '&Zwischenablage leeren nach:',
(None, 'Default algorithm'): 'Standardalgorithmus',
(None, 'Default &algorithm:'): 'Standard&algorithmus:',
(None, 'Thumbprint (RFC 7638)'): 'Fingerabdruck (RFC 7638)',
(None, 'Random UUID (as Hydra)'): 'Zufällige UUID (wie Hydra)',
(None, 'Key ID for new keys'): 'Schlüssel-ID für neue Schlüssel',
(None, '&Key ID for new keys:'): 'Schlüssel-&ID für neue Schlüssel:',
(None, 'System language'): 'Systemsprache',
(None, 'Language'): 'Sprache',
(None, '&Language:'): 'Spr&ache:',
(None, 'Follow the system'): 'Wie das System',
(None, 'Light'): 'Hell',
(None, 'Dark'): 'Dunkel',
(None, 'Colours'): 'Farben',
(None, 'C&olours:'): '&Farben:',
(None, 'A new language applies when JWK Manager is started again.'): 'Eine neue Sprache gilt ab dem nächsten Start von JWK Manager.',
# StoreCommands
(None, 'Delete Key %1'): 'Schlüssel %1 löschen',
(None, 'Delete %n Key(s)'): ('%n Schlüssel löschen', '%n Schlüssel löschen'),
(None, 'Delete Key Set %1'): 'Schlüsselsatz %1 löschen',
(None, 'Rename Key Set %1'): 'Schlüsselsatz %1 umbenennen',
(None, 'Edit Key %1'): 'Schlüssel %1 bearbeiten',
# StoreOpener
(None, 'The system secret does not open this store. Start JWK Manager with the secret the store was made with (SECRETS_SYSTEM), or choose another store.'):
    'Das Systemgeheimnis öffnet diesen Speicher nicht. Starten Sie JWK Manager mit dem Geheimnis, mit dem der Speicher angelegt wurde (SECRETS_SYSTEM), oder wählen Sie einen anderen Speicher.',
(None, 'Another program is using the store. Try again when it is done.'): 'Ein anderes Programm verwendet den Speicher. Versuchen Sie es erneut, wenn es fertig ist.',
(None, "The store's file cannot be opened or written. Check that the folder exists and is writable, or choose another store."):
    'Die Datei des Speichers lässt sich nicht öffnen oder schreiben. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie einen anderen Speicher.',
(None, 'The store cannot be used.'): 'Der Speicher kann nicht verwendet werden.',
(None, 'JWK Manager cannot open the key store\n%1\n\n%2'): 'JWK Manager kann den Schlüsselspeicher nicht öffnen:\n%1\n\n%2',
(None, 'Key Store Cannot Be Opened'): 'Schlüsselspeicher kann nicht geöffnet werden',
(None, 'Choose Another Store…'): 'Anderen Speicher wählen …',
(None, 'Quit'): 'Beenden',
# TrashDialog
(None, 'Trash'): 'Papierkorb',
(None, 'Deleted keys and key sets stay here until the trash is emptied.'): 'Gelöschte Schlüssel und Schlüsselsätze bleiben hier, bis der Papierkorb geleert wird.',
(None, '&Restore'): '&Wiederherstellen',
(None, '&Empty Trash…'): 'Papierkorb &leeren …',
(None, 'Restore'): 'Wiederherstellen',
(None, 'Some items could not be restored:\n%1'): 'Einige Elemente konnten nicht wiederhergestellt werden:\n%1',
(None, 'Empty Trash?'): 'Papierkorb leeren?',
(None, 'The %n item(s) in the trash will be deleted for good, with their private keys. This cannot be undone.'):
    ('Das %n Element im Papierkorb wird endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.',
     'Die %n Elemente im Papierkorb werden endgültig gelöscht, samt privaten Schlüsseln. Das lässt sich nicht rückgängig machen.'),
(None, 'Empty Trash'): 'Papierkorb leeren',
# TrashModel
(None, 'Key set with %n key(s)'): ('Schlüsselsatz mit %n Schlüssel', 'Schlüsselsatz mit %n Schlüsseln'),
(None, 'Item'): 'Element',
(None, 'Kind'): 'Art',
(None, 'Deleted'): 'Gelöscht',
# main
(None, 'JWK Manager: a desktop manager for JSON Web Keys.'): 'JWK Manager: eine Desktopverwaltung für JSON Web Keys.',
(None, 'The key store to open (default: the setting, $JWKMAN_STORE, or %1).'):
    'Der zu öffnende Schlüsselspeicher (Standard: die Einstellung, $JWKMAN_STORE oder %1).',
(None, 'Key or certificate files to import.'): 'Zu importierende Schlüssel- oder Zertifikatsdateien.',
}
DE.update({
(None, 'JWK (public key)'): 'JWK (öffentlicher Schlüssel)',
(None, 'JWK (with private key)'): 'JWK (mit privatem Schlüssel)',
(None, 'JWK Set (public keys)'): 'JWK Set (öffentliche Schlüssel)',
(None, 'JWK Set (with private keys)'): 'JWK Set (mit privaten Schlüsseln)',
(None, 'SPKI PEM (public key)'): 'SPKI PEM (öffentlicher Schlüssel)',
(None, 'PKCS#8 PEM (private key)'): 'PKCS#8 PEM (privater Schlüssel)',
(None, 'Encrypted PKCS#8 PEM (private key, passphrase)'): 'Verschlüsseltes PKCS#8 PEM (privater Schlüssel, Passphrase)',
(None, 'PKCS#1 PEM (RSA private key)'): 'PKCS#1 PEM (privater RSA-Schlüssel)',
(None, 'PKCS#1 PEM (RSA public key)'): 'PKCS#1 PEM (öffentlicher RSA-Schlüssel)',
(None, 'SEC1 PEM (EC private key)'): 'SEC1 PEM (privater EC-Schlüssel)',
(None, 'SPKI DER (public key)'): 'SPKI DER (öffentlicher Schlüssel)',
(None, 'PKCS#8 DER (private key)'): 'PKCS#8 DER (privater Schlüssel)',
(None, 'Encrypted PKCS#8 DER (private key, passphrase)'): 'Verschlüsseltes PKCS#8 DER (privater Schlüssel, Passphrase)',
(None, 'PKCS#1 DER (RSA private key)'): 'PKCS#1 DER (privater RSA-Schlüssel)',
(None, 'PKCS#1 DER (RSA public key)'): 'PKCS#1 DER (öffentlicher RSA-Schlüssel)',
(None, 'SEC1 DER (EC private key)'): 'SEC1 DER (privater EC-Schlüssel)',
})
DE.update({
(None, 'Move key set %1 with %n key(s) to the trash? %2 brings it back.'):
    ('Schlüsselsatz %1 mit %n Schlüssel in den Papierkorb verschieben? %2 holt ihn zurück.',
     'Schlüsselsatz %1 mit %n Schlüsseln in den Papierkorb verschieben? %2 holt ihn zurück.'),
(None, 'Move to Trash'): 'In den Papierkorb',
})
DE.update({
(None, 'Hide &private'): '&Privat verbergen',
})
DE.update({
(None, 'In use now: %1'): 'Derzeit geöffnet: %1',
})
DE.update({
(None, 'The new store opens when JWK Manager is started again: keys are being written to the current one.'):
    'Der neue Speicher wird beim nächsten Start von JWK Manager geöffnet: In den aktuellen werden gerade Schlüssel geschrieben.',
})
DE.update({
(None, 'Key ID'): 'Schlüssel-ID',
})
DE.update({
(None, 'the set holds this key already (same thumbprint)'): 'der Schlüsselsatz enthält diesen Schlüssel bereits (gleicher Fingerabdruck)',
(None, 'the set has a different key with this kid'): 'der Schlüsselsatz enthält einen anderen Schlüssel mit dieser kid',
(None, 'a key with this kid is in the trash; restore it or empty the trash first'):
    'ein Schlüssel mit dieser kid liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb',
(None, 'not a key: expected a JWK or JWK Set (JSON), PEM or DER'): 'kein Schlüssel: erwartet wird ein JWK oder JWK Set (JSON), PEM oder DER',
(None, 'no PEM block found'): 'kein PEM-Block gefunden',
(None, 'the input is empty'): 'die Eingabe ist leer',
(None, 'the JWK Set holds no keys'): 'das JWK Set enthält keine Schlüssel',
(None, 'the key is encrypted and no passphrase was given'): 'der Schlüssel ist verschlüsselt, und es wurde keine Passphrase angegeben',
(None, 'wrong passphrase: the key could not be decrypted'): 'falsche Passphrase: Der Schlüssel konnte nicht entschlüsselt werden',
(None, 'is a folder, not a key file'): 'ist ein Ordner, keine Schlüsseldatei',
})
DE.update({
(None, 'Copy Private JWK'): 'Privaten JWK kopieren',
(None, 'Copy Private PEM (PKCS#8)'): 'Privates PEM (PKCS#8) kopieren',
})
DE.update({
(None, 'and %n more'): ('und %n weiterer', 'und %n weitere'),
})
DE.update({
(None, 'System secret'): 'Systemgeheimnis',
(None, 'Show System Secret…'): 'Systemgeheimnis anzeigen …',
(None, 'Show the system secret for a backup'): 'Das Systemgeheimnis für eine Sicherung anzeigen',
(None, 'Show the System Secret'): 'Systemgeheimnis anzeigen',
(None, 'The system secret decrypts every key in this store. Show it now to keep a backup in a safe place? Anyone who sees it and has a copy of the store can read your private keys.'):
    'Das Systemgeheimnis entschlüsselt jeden Schlüssel dieses Speichers. Jetzt anzeigen, um eine Sicherung an einem sicheren Ort aufzubewahren? Wer es sieht und eine Kopie des Speichers hat, kann Ihre privaten Schlüssel lesen.',
})
# The core (jwkcore): its messages for people, marked at their source with QCoreApplication::translate. The CLI
# installs no translator and prints the English source text.
DE.update({
# Algorithms
(None, '"%1" is not a JOSE algorithm JWK Manager knows'): '„%1“ ist kein JOSE-Algorithmus, den JWK Manager kennt',
(None, '%1 needs a %2 key, not %3'): '%1 braucht einen %2-Schlüssel, nicht %3',
(None, '%1 needs curve %2, not %3'): '%1 braucht die Kurve %2, nicht %3',
(None, ' or '): ' oder ',
(None, '%1 needs a %2-bit key, not %3 bits'): '%1 braucht einen Schlüssel mit %2 Bit, nicht %3 Bit',
(None, '%1 needs a at least %2-bit key, not %3 bits'): '%1 braucht einen Schlüssel mit mindestens %2 Bit, nicht %3 Bit',
# Certificate
(None, 'the data is not a DER X.509 certificate'): 'die Daten sind kein X.509-Zertifikat in DER',
(None, 'could not make the certificate (%1): %2'): 'das Zertifikat konnte nicht erstellt werden (%1): %2',
# HydraAdminClient
(None, "the %1 is empty: Hydra's admin API cannot address it"): '%1 ist leer: Die Admin-API von Hydra kann ihn nicht ansprechen',
(None, 'the %1 "%2" cannot be addressed in Hydra\'s URL paths (it names another resource after URL normalisation)'):
    '%1 „%2“ lässt sich in den URL-Pfaden von Hydra nicht ansprechen (nach der URL-Normalisierung bezeichnet er eine andere Ressource)',
('jwk::HydraAdminClient', 'key set name'): 'der Name des Schlüsselsatzes',
('jwk::HydraAdminClient', 'kid'): 'der Wert der kid',
(None, '%1: HTTP %2, but the answer is not %3: %4'): '%1: HTTP %2, aber die Antwort ist nicht %3: %4',
(None, 'a JWK Set'): 'ein JWK Set',
(None, 'a JWK'): 'ein JWK',
(None, '; Hydra says: %1'): '; Hydra meldet: %1',
(None, '%1: HTTP %2 %3: the server redirects to %4; give the admin URL that answers directly'):
    '%1: HTTP %2 %3: Der Server leitet nach %4 um; geben Sie die Admin-URL an, die direkt antwortet',
(None, '%1: cancelled'): '%1: abgebrochen',
(None, ' (%1 attempts)'): ' (%1 Versuche)',
(None, '%1: the answer grew past %2 MiB and was cut off; no key set is that large, so the server (or something in between) is misbehaving'):
    '%1: Die Antwort wuchs über %2 MiB und wurde abgeschnitten; kein Schlüsselsatz ist so groß, der Server (oder etwas dazwischen) verhält sich also fehlerhaft',
(None, '%1: no answer within %2 s%3'): '%1: keine Antwort innerhalb von %2 s%3',
(None, '%1: the TLS connection failed: %2. If the server uses a private CA, add its certificate to the remote (Extra CA file; jwkman-cli: --ca FILE)'):
    '%1: Die TLS-Verbindung ist fehlgeschlagen: %2. Verwendet der Server eine eigene CA, fügen Sie deren Zertifikat dem Remote-Endpunkt hinzu (Zusätzliche CA-Datei; jwkman-cli: --ca DATEI)',
(None, '%1: HTTP %2, but the connection broke off before the whole answer arrived: %3%4'):
    '%1: HTTP %2, aber die Verbindung brach ab, bevor die ganze Antwort eingetroffen war: %3%4',
(None, '%1: could not reach the server: %2%3'): '%1: Der Server ist nicht erreichbar: %2%3',
(None, ' (after %1 attempts)'): ' (nach %1 Versuchen)',
(None, 'the extra CA certificates of remote "%1" are not PEM certificates'):
    'die zusätzlichen CA-Zertifikate des Remote-Endpunkts „%1“ sind keine PEM-Zertifikate',
(None, 'the client certificate or key of remote "%1" cannot be read (PEM, RSA or EC)'):
    'das Client-Zertifikat oder der Client-Schlüssel des Remote-Endpunkts „%1“ kann nicht gelesen werden (PEM, RSA oder EC)',
# HydraDefaults
(None, 'key set "%1" is in the trash; restore it or empty the trash before making Hydra\'s default sets. Nothing was generated.'):
    'der Schlüsselsatz „%1“ liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie den Papierkorb, bevor Sie die Standardsätze von Hydra anlegen. Es wurde nichts erzeugt.',
(None, 'key generation was cancelled'): 'die Schlüsselerzeugung wurde abgebrochen',
(None, 'generating RSA 4096 for %1'): 'RSA 4096 für %1 wird erzeugt',
(None, 'generated %1'): '%1 erzeugt',
# JsonWebKey
(None, 'a boolean'): 'ein Wahrheitswert',
(None, 'a number'): 'eine Zahl',
(None, 'a string'): 'eine Zeichenkette',
(None, 'an array'): 'ein Array',
(None, 'an object'): 'ein Objekt',
(None, 'member "%1" is missing'): 'der Eintrag „%1“ fehlt',
(None, 'member "%1" must be a string, not %2'): 'der Eintrag „%1“ muss eine Zeichenkette sein, nicht %2',
(None, 'member "%1" is not base64url without padding'): 'der Eintrag „%1“ ist nicht base64url ohne Auffüllung',
(None, 'member "%1" is empty'): 'der Eintrag „%1“ ist leer',
(None, 'member "%1" has a leading zero octet; RFC 7518 requires the minimum number of octets'):
    'der Eintrag „%1“ beginnt mit einem Null-Oktett; RFC 7518 verlangt die kleinstmögliche Anzahl Oktette',
(None, 'member "key_ops" must be an array of strings, not %1'): 'der Eintrag „key_ops“ muss ein Array von Zeichenketten sein, nicht %1',
(None, 'member "key_ops" must contain only strings'): 'der Eintrag „key_ops“ darf nur Zeichenketten enthalten',
(None, 'member "key_ops" lists "%1" twice'): 'der Eintrag „key_ops“ nennt „%1“ zweimal',
(None, 'member "x5c" cannot belong to an oct key'): 'der Eintrag „x5c“ kann nicht zu einem oct-Schlüssel gehören',
(None, 'member "x5c" must be a non-empty array of base64 certificates'):
    'der Eintrag „x5c“ muss ein nicht leeres Array von base64-Zertifikaten sein',
(None, 'member "x5c" entry %1 is not standard base64 (RFC 7517 §4.7)'):
    'im Eintrag „x5c“ ist Element %1 kein Standard-base64 (RFC 7517 §4.7)',
(None, 'member "%1" must be %2 octets, not %3'): 'der Eintrag „%1“ muss %2 Oktette lang sein, nicht %3',
(None, 'not valid JSON at offset %1: %2'): 'kein gültiges JSON an Position %1: %2',
(None, 'member "%1" occurs twice in one object: a JWK must name each member once'):
    'der Eintrag „%1“ kommt in einem Objekt zweimal vor: Ein JWK darf jeden Eintrag nur einmal nennen',
(None, 'a JWK must be a JSON object'): 'ein JWK muss ein JSON-Objekt sein',
(None, 'multi-prime RSA keys (member "oth") are not supported'):
    'RSA-Schlüssel mit mehr als zwei Primzahlen (Eintrag „oth“) werden nicht unterstützt',
(None, 'member "kty" is empty'): 'der Eintrag „kty“ ist leer',
(None, 'member "kty": key type "%1" is not supported (RSA, EC, OKP and oct are)'):
    'Eintrag „kty“: Der Schlüsseltyp „%1“ wird nicht unterstützt (unterstützt werden RSA, EC, OKP und oct)',
(None, 'member "%1" does not belong to a key of kty %2'): 'der Eintrag „%1“ gehört nicht zu einem Schlüssel mit kty %2',
(None, 'member "d" is missing but other private RSA members are present'):
    'der Eintrag „d“ fehlt, obwohl andere private RSA-Einträge vorhanden sind',
(None, 'member "%1" is missing: RFC 7518 §6.3.2 requires all of p, q, dp, dq and qi when any of them is present'):
    'der Eintrag „%1“ fehlt: RFC 7518 §6.3.2 verlangt alle von p, q, dp, dq und qi, sobald einer davon vorhanden ist',
(None, 'member "n": an RSA modulus must be odd'): 'Eintrag „n“: Ein RSA-Modulus muss ungerade sein',
(None, 'member "crv": curve "%1" is not supported for kty %2 (%3)'):
    'Eintrag „crv“: Die Kurve „%1“ wird für kty %2 nicht unterstützt (%3)',
(None, 'P-256, P-384 and P-521 are'): 'unterstützt werden P-256, P-384 und P-521',
(None, 'Ed25519, Ed448, X25519 and X448 are'): 'unterstützt werden Ed25519, Ed448, X25519 und X448',
(None, 'member "%1" must be %2 octets for %3, not %4'): 'der Eintrag „%1“ muss für %3 %2 Oktette lang sein, nicht %4',
(None, 'member "d" must be %1 octets for %2, not %3'): 'der Eintrag „d“ muss für %2 %1 Oktette lang sein, nicht %3',
(None, 'member "k" is missing'): 'der Eintrag „k“ fehlt',
(None, 'member "%1" is key material and cannot be set on its own'):
    'der Eintrag „%1“ ist Schlüsselmaterial und kann nicht einzeln gesetzt werden',
(None, 'member "%1" is key material and cannot be removed on its own'):
    'der Eintrag „%1“ ist Schlüsselmaterial und kann nicht einzeln entfernt werden',
(None, 'an oct key is symmetric: it has no public form'): 'ein oct-Schlüssel ist symmetrisch: Er hat keine öffentliche Form',
(None, 'the digest for the thumbprint is unavailable'): 'der Hash für den Fingerabdruck ist nicht verfügbar',
# JsonWebKeySet
(None, 'a JWK Set must be a JSON object with a "keys" array'): 'ein JWK Set muss ein JSON-Objekt mit einem Array „keys“ sein',
(None, 'member "keys" is missing: a JWK Set holds its keys in a "keys" array'):
    'der Eintrag „keys“ fehlt: Ein JWK Set enthält seine Schlüssel in einem Array „keys“',
(None, 'member "keys" must be an array'): 'der Eintrag „keys“ muss ein Array sein',
(None, 'keys[%1]: a JWK must be a JSON object'): 'keys[%1]: Ein JWK muss ein JSON-Objekt sein',
(None, 'keys[%1] skipped: %2'): 'keys[%1] übersprungen: %2',
(None, 'keys[%1]: %2'): 'keys[%1]: %2',
(None, 'kid "%1" is used by more than one key in the set'): 'die kid „%1“ wird von mehr als einem Schlüssel des Satzes verwendet',
# KeyFormats
(None, 'an oct key is symmetric: it has no PEM or DER form'): 'ein oct-Schlüssel ist symmetrisch: Er hat keine PEM- oder DER-Form',
(None, '%1 needs the private key, and this key is public only'):
    '%1 braucht den privaten Schlüssel, und von diesem Schlüssel ist nur der öffentliche vorhanden',
(None, 'PKCS#1 holds RSA keys only; use SPKI or PKCS#8 for %1'): 'PKCS#1 enthält nur RSA-Schlüssel; verwenden Sie SPKI oder PKCS#8 für %1',
(None, 'SEC1 holds EC private keys only; use PKCS#8 for %1'): 'SEC1 enthält nur private EC-Schlüssel; verwenden Sie PKCS#8 für %1',
(None, 'OpenSSL cannot write this key as %1 %2 (%3)'): 'OpenSSL kann diesen Schlüssel nicht als %1 %2 schreiben (%3)',
(None, 'OpenSSL cannot write this key as PKCS#8 (%1)'): 'OpenSSL kann diesen Schlüssel nicht als PKCS#8 schreiben (%1)',
(None, 'the key could not be encrypted (%1)'): 'der Schlüssel konnte nicht verschlüsselt werden (%1)',
(None, 'the encrypted key could not be written (%1)'): 'der verschlüsselte Schlüssel konnte nicht geschrieben werden (%1)',
(None, 'an encrypted export needs a passphrase'): 'ein verschlüsselter Export braucht eine Passphrase',
(None, 'the passphrase is empty; an encrypted export needs a real one'):
    'die Passphrase ist leer; ein verschlüsselter Export braucht eine echte',
(None, 'unknown export format'): 'unbekanntes Exportformat',
# KeyGenerator
(None, 'OpenSSL cannot generate RSA %1 keys: %2'): 'OpenSSL kann keine RSA-Schlüssel mit %1 Bit erzeugen: %2',
(None, 'RSA key generation failed: %1'): 'die Erzeugung des RSA-Schlüssels ist fehlgeschlagen: %1',
(None, '%1 key generation failed: %2'): 'die Erzeugung des %1-Schlüssels ist fehlgeschlagen: %2',
(None, 'unknown algorithm "%1"; known: %2'): 'unbekannter Algorithmus „%1“; bekannt sind: %2',
(None, 'use must be "sig" or "enc", not "%1"'): 'use muss „sig“ oder „enc“ sein, nicht „%1“',
(None, '%1 takes no curve'): '%1 nimmt keine Kurve',
(None, '%1 uses curve %2: a size in bits does not apply'): '%1 verwendet die Kurve %2: Eine Größe in Bit ist hier nicht anwendbar',
(None, 'RSA keys under 2048 bits are refused (asked for %1)'): 'RSA-Schlüssel unter 2048 Bit werden abgelehnt (verlangt: %1)',
(None, 'RSA key size must be a multiple of 8 from 2048 to 16384, not %1'):
    'die Größe eines RSA-Schlüssels muss ein Vielfaches von 8 zwischen 2048 und 16384 sein, nicht %1',
(None, '%1 takes the curves %2, not "%3"'): '%1 nimmt die Kurven %2, nicht „%3“',
(None, '%1 cannot use a %2-bit key (default %3)'): '%1 kann keinen Schlüssel mit %2 Bit verwenden (Standard: %3)',
(None, 'the random number generator failed'): 'der Zufallszahlengenerator hat versagt',
# KeyImporter
(None, 'PEM block %1 has a malformed BEGIN line'): 'PEM-Block %1 hat eine fehlerhafte BEGIN-Zeile',
(None, 'PEM block %1 has an empty label'): 'PEM-Block %1 hat eine leere Bezeichnung',
(None, 'PEM block %1 (%2) has no END line: the data is truncated'): 'PEM-Block %1 (%2) hat keine END-Zeile: Die Daten sind abgeschnitten',
(None, 'PEM block %1 (%2) has a malformed END line: the data is truncated'):
    'PEM-Block %1 (%2) hat eine fehlerhafte END-Zeile: Die Daten sind abgeschnitten',
(None, 'PEM block %1 begins as "%2" but ends as "%3"'): 'PEM-Block %1 beginnt als „%2“, endet aber als „%3“',
(None, '%1, block %2 (%3)'): '%1, Block %2 (%3)',
(None, 'the input is %1 MiB; JWK Manager reads at most %2 MiB of key material'):
    'die Eingabe ist %1 MiB groß; JWK Manager liest höchstens %2 MiB Schlüsselmaterial',
(None, '%1, keys[%2]'): '%1, keys[%2]',
(None, 'the JWK Set holds no usable key (%1)'): 'das JWK Set enthält keinen verwendbaren Schlüssel (%1)',
(None, 'the block is labelled "%1" but does not hold that structure'): 'der Block ist mit „%1“ bezeichnet, enthält aber nicht diese Struktur',
(None, '%1 is not a JOSE key type; convert it to PKCS#8 first'): '%1 ist kein JOSE-Schlüsseltyp; wandeln Sie ihn zuerst in PKCS#8 um',
(None, 'a PEM block labelled "%1" is not a key or a certificate'): 'ein PEM-Block mit der Bezeichnung „%1“ ist weder ein Schlüssel noch ein Zertifikat',
(None, 'the certificate could not be decoded (%1)'): 'das Zertifikat konnte nicht dekodiert werden (%1)',
(None, 'the key could not be decoded%1: the data is corrupt or truncated'):
    'der Schlüssel konnte nicht dekodiert werden%1: Die Daten sind beschädigt oder abgeschnitten',
(None, 'standard input'): 'Standardeingabe',
(None, 'standard input could not be read'): 'die Standardeingabe konnte nicht gelesen werden',
(None, 'cannot be read: %1'): 'kann nicht gelesen werden: %1',
(None, 'is %1 MiB; JWK Manager reads at most %2 MiB of key material'): 'ist %1 MiB groß; JWK Manager liest höchstens %2 MiB Schlüsselmaterial',
# KeyLint
(None, 'RSA %1 is too small: use at least 2048 bits'): 'RSA %1 ist zu klein: Verwenden Sie mindestens 2048 Bit',
(None, 'RSA %1 is fine for short-lived keys; long-lived keys should have 3072 bits or more'):
    'RSA %1 genügt für kurzlebige Schlüssel; langlebige Schlüssel sollten 3072 Bit oder mehr haben',
(None, 'no "kid": verifiers cannot pick this key out of a set'): 'keine „kid“: Prüfer können diesen Schlüssel nicht aus einem Satz auswählen',
(None, 'no "alg": Hydra signs with the key\'s alg, and a key without one breaks signing'):
    'kein „alg“: Hydra signiert mit dem alg des Schlüssels, und ein Schlüssel ohne alg bricht das Signieren',
(None, '"alg" does not fit the key: %1'): '„alg“ passt nicht zum Schlüssel: %1',
(None, '"use" is "%1"; registered values are "sig" and "enc"'): '„use“ ist „%1“; registrierte Werte sind „sig“ und „enc“',
(None, '"use" is "%1" but %2 is for signatures'): '„use“ ist „%1“, aber %2 dient Signaturen',
(None, '"use" is "%1" but %2 is for encryption'): '„use“ ist „%1“, aber %2 dient der Verschlüsselung',
(None, '"use": "%1" contradicts "key_ops" entry "%2" (RFC 7517 §4.3)'):
    '„use“: „%1“ widerspricht dem Eintrag „%2“ in „key_ops“ (RFC 7517 §4.3)',
(None, 'the x5c leaf certificate'): 'das x5c-Endzertifikat',
(None, 'x5c certificate %1'): 'x5c-Zertifikat %1',
(None, '%1 (%2) expired on %3'): '%1 (%2) ist am %3 abgelaufen',
(None, '%1 (%2) is not valid before %3'): '%1 (%2) ist erst ab %3 gültig',
(None, 'the x5c leaf certificate holds a different key than the JWK'): 'das x5c-Endzertifikat enthält einen anderen Schlüssel als der JWK',
(None, '"x5t" is not the SHA-1 thumbprint of the x5c leaf certificate'):
    '„x5t“ ist nicht der SHA-1-Fingerabdruck des x5c-Endzertifikats',
(None, '"x5t#S256" is not the SHA-256 thumbprint of the x5c leaf certificate'):
    '„x5t#S256“ ist nicht der SHA-256-Fingerabdruck des x5c-Endzertifikats',
(None, 'x5c certificate %1 did not issue the certificate before it'): 'x5c-Zertifikat %1 hat das Zertifikat davor nicht ausgestellt',
(None, 'x5c entry %1 is not a usable certificate: %2'): 'x5c-Element %1 ist kein verwendbares Zertifikat: %2',
})
DE.update({
# KeyStore (with StoreSql and KeyStoreRemotes)
(None, 'the system secret (%1) does not open the store %2: it was encrypted under another secret. Set SECRETS_SYSTEM=new,old with the secret the store was made with among the list (the first encrypts, all decrypt), then run `jwkman-cli rotate-secret` to move it to the new one. Nothing was changed.'):
    'das Systemgeheimnis (%1) öffnet den Speicher %2 nicht: Er wurde mit einem anderen Geheimnis verschlüsselt. Setzen Sie SECRETS_SYSTEM=neu,alt, sodass das Geheimnis, mit dem der Speicher angelegt wurde, in der Liste steht (das erste verschlüsselt, alle entschlüsseln), und führen Sie dann `jwkman-cli rotate-secret` aus, um ihn auf das neue umzustellen. Es wurde nichts geändert.',
(None, "%1 is a folder; give the store's file name"): '%1 ist ein Ordner; geben Sie den Dateinamen des Speichers an',
(None, 'the folder %1 for the store cannot be created'): 'der Ordner %1 für den Speicher kann nicht angelegt werden',
(None, 'the store %1 cannot be opened: %2'): 'der Speicher %1 kann nicht geöffnet werden: %2',
(None, 'opening the store'): 'Öffnen des Speichers',
(None, 'the store %1 was written by a newer JWK Manager (schema %2, this one knows %3); update JWK Manager'):
    'der Speicher %1 wurde von einem neueren JWK Manager geschrieben (Schema %2, dieser kennt %3); aktualisieren Sie JWK Manager',
(None, '%1 is an SQLite database but not a JWK Manager store'): '%1 ist eine SQLite-Datenbank, aber kein Speicher von JWK Manager',
(None, 'creating the store'): 'Anlegen des Speichers',
(None, 'reading the store'): 'Lesen des Speichers',
(None, 'the store %1 has no secret verifier; it is damaged'): 'der Speicher %1 hat keinen Prüfwert für das Systemgeheimnis; er ist beschädigt',
(None, 'updating the store'): 'Aktualisieren des Speichers',
(None, 'listing key sets'): 'Auflisten der Schlüsselsätze',
('jwk::KeyStore', 'key set name'): 'der Name des Schlüsselsatzes',
('jwk::KeyStore', 'kid'): 'die kid',
('jwk::KeyStore', 'remote name'): 'der Name des Remote-Endpunkts',
(None, 'creating key set "%1"'): 'Anlegen des Schlüsselsatzes „%1“',
(None, 'a key set named "%1" is in the trash; restore it or empty the trash first'):
    'ein Schlüsselsatz namens „%1“ liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb',
(None, 'a key set named "%1" exists already'): 'ein Schlüsselsatz namens „%1“ existiert bereits',
(None, 'renaming key set "%1"'): 'Umbenennen des Schlüsselsatzes „%1“',
(None, 'there is no key set "%1"'): 'es gibt keinen Schlüsselsatz „%1“',
(None, 'updating key set "%1"'): 'Aktualisieren des Schlüsselsatzes „%1“',
(None, 'listing keys'): 'Auflisten der Schlüssel',
(None, 'there is no key "%1" in key set "%2"'): 'es gibt keinen Schlüssel „%1“ im Schlüsselsatz „%2“',
(None, 'key "%1" in key set "%2" cannot be decrypted with the configured system secret(s): it was encrypted under another secret. Add that secret to SECRETS_SYSTEM after the current one.'):
    'der Schlüssel „%1“ im Schlüsselsatz „%2“ lässt sich mit dem eingerichteten Systemgeheimnis nicht entschlüsseln: Er wurde mit einem anderen Geheimnis verschlüsselt. Fügen Sie dieses Geheimnis in SECRETS_SYSTEM nach dem aktuellen hinzu.',
(None, 'key "%1" in key set "%2" decrypts to something that is not a JWK: the row was tampered with'):
    'der Schlüssel „%1“ im Schlüsselsatz „%2“ entschlüsselt sich zu etwas, das kein JWK ist: Die Zeile wurde manipuliert',
(None, 'key "%1" in key set "%2" holds the encrypted data of another key: the row was moved or swapped'):
    'der Schlüssel „%1“ im Schlüsselsatz „%2“ enthält die verschlüsselten Daten eines anderen Schlüssels: Die Zeile wurde verschoben oder vertauscht',
(None, 'storing key "%1"'): 'Speichern des Schlüssels „%1“',
(None, 'updating the key set'): 'Aktualisieren des Schlüsselsatzes',
(None, 'adding keys to "%1"'): 'Hinzufügen von Schlüsseln zu „%1“',
(None, 'adding keys'): 'Hinzufügen von Schlüsseln',
(None, 'key set "%1" is in the trash; restore it first'): 'der Schlüsselsatz „%1“ liegt im Papierkorb; stellen Sie ihn zuerst wieder her',
(None, 'reading key set "%1"'): 'Lesen des Schlüsselsatzes „%1“',
(None, '%1...: a kid has at most 255 characters'): '%1...: Eine kid hat höchstens 255 Zeichen',
(None, '%1: the set holds this key already (same thumbprint)'): '%1: der Schlüsselsatz enthält diesen Schlüssel bereits (gleicher Fingerabdruck)',
(None, '%1: a key with this kid is in the trash; restore it or empty the trash first'):
    '%1: ein Schlüssel mit dieser kid liegt im Papierkorb; stellen Sie ihn wieder her oder leeren Sie zuerst den Papierkorb',
(None, '%1: the set has a different key with this kid'): '%1: der Schlüsselsatz enthält einen anderen Schlüssel mit dieser kid',
(None, 'replacing key sets'): 'Ersetzen der Schlüsselsätze',
(None, 'replacing key set "%1"'): 'Ersetzen des Schlüsselsatzes „%1“',
(None, 'kid "%1" occurs twice in key set "%2"'): 'die kid „%1“ kommt im Schlüsselsatz „%2“ zweimal vor',
(None, 'updating key "%1"'): 'Aktualisieren des Schlüssels „%1“',
(None, 'key set "%1" has a key with kid "%2" already'): 'der Schlüsselsatz „%1“ hat bereits einen Schlüssel mit der kid „%2“',
(None, 'deleting key "%1"'): 'Löschen des Schlüssels „%1“',
(None, 'deleting key set "%1"'): 'Löschen des Schlüsselsatzes „%1“',
(None, 'restoring key "%1"'): 'Wiederherstellen des Schlüssels „%1“',
(None, 'the trash holds no key "%1" of key set "%2"'): 'im Papierkorb liegt kein Schlüssel „%1“ des Schlüsselsatzes „%2“',
(None, 'restoring key set "%1"'): 'Wiederherstellen des Schlüsselsatzes „%1“',
(None, 'the trash holds no key set "%1"'): 'im Papierkorb liegt kein Schlüsselsatz „%1“',
(None, 'emptying the trash'): 'Leeren des Papierkorbs',
(None, 're-encrypting the store'): 'Neuverschlüsseln des Speichers',
(None, 'writing the audit log'): 'Schreiben des Prüfprotokolls',
(None, 'reading the audit log'): 'Lesen des Prüfprotokolls',
(None, 'saving remote "%1"'): 'Speichern des Remote-Endpunkts „%1“',
(None, 'the credentials of remote "%1" cannot be decrypted with the configured system secret(s)'):
    'die Zugangsdaten des Remote-Endpunkts „%1“ lassen sich mit dem eingerichteten Systemgeheimnis nicht entschlüsseln',
(None, 'listing remotes'): 'Auflisten der Remote-Endpunkte',
(None, 'reading remote "%1"'): 'Lesen des Remote-Endpunkts „%1“',
(None, 'removing remote "%1"'): 'Entfernen des Remote-Endpunkts „%1“',
(None, 'there is no remote "%1"'): 'es gibt keinen Remote-Endpunkt „%1“',
(None, 'saving the rotation of "%1"'): 'Speichern der Rotation von „%1“',
(None, 'saving the rotation'): 'Speichern der Rotation',
(None, 'reading the rotation'): 'Lesen der Rotation',
(None, 'clearing the rotation'): 'Löschen der Rotation',
(None, '%1: the store is in use by another process (waited 5 s); try again when it is done'):
    '%1: Der Speicher wird von einem anderen Prozess verwendet (5 s gewartet); versuchen Sie es erneut, wenn er fertig ist',
(None, '%1: the store is read-only; nothing was changed'): '%1: Der Speicher ist schreibgeschützt; es wurde nichts geändert',
(None, '%1: the store could not be written (the disk may be full or a file size limit reached); nothing was changed'):
    '%1: Der Speicher konnte nicht geschrieben werden (der Datenträger ist vielleicht voll oder eine Dateigrößengrenze erreicht); es wurde nichts geändert',
(None, '%1: the disk is full; nothing was changed'): '%1: Der Datenträger ist voll; es wurde nichts geändert',
(None, '%1: the name exists already'): '%1: Der Name existiert bereits',
(None, 'the %1 must not be empty'): '%1 darf nicht leer sein',
(None, 'the %1 has %2 characters; at most 255 are stored (as in Hydra)'):
    '%1 hat %2 Zeichen; gespeichert werden höchstens 255 (wie in Hydra)',
(None, 'the %1 contains a control character'): '%1 enthält ein Steuerzeichen',
# OpenSslKey
(None, 'error %1'): 'Fehler %1',
(None, '%1 is not a valid key%2'): '%1 ist kein gültiger Schlüssel%2',
(None, 'the RSA key has no modulus or exponent'): 'der RSA-Schlüssel hat keinen Modulus oder Exponenten',
(None, 'member "n": an RSA modulus of %1 bits is not usable (512 to 16384 bits)'):
    'Eintrag „n“: Ein RSA-Modulus mit %1 Bit ist nicht verwendbar (512 bis 16384 Bit)',
(None, 'member "e" is not a valid RSA public exponent (odd, at least 3, below n)'):
    'der Eintrag „e“ ist kein gültiger öffentlicher RSA-Exponent (ungerade, mindestens 3, kleiner als n)',
(None, 'member "n" has the small factor %1: it is not an RSA modulus'): 'der Eintrag „n“ hat den kleinen Teiler %1: Er ist kein RSA-Modulus',
(None, 'the RSA private members do not match the public key (or p, q, dp, dq, qi are inconsistent)'):
    'die privaten RSA-Einträge passen nicht zum öffentlichen Schlüssel (oder p, q, dp, dq, qi widersprechen sich)',
(None, 'the RSA private exponent "d" does not match "n" and "e"'): 'der private RSA-Exponent „d“ passt nicht zu „n“ und „e“',
(None, 'OpenSSL could not take the RSA parameters'): 'OpenSSL konnte die RSA-Parameter nicht übernehmen',
(None, 'the RSA key'): 'der RSA-Schlüssel',
(None, 'curve "%1" is not supported'): 'die Kurve „%1“ wird nicht unterstützt',
(None, 'members "x" and "y" are not a point on %1'): 'die Einträge „x“ und „y“ sind kein Punkt auf %1',
(None, 'members "x" and "y" are not a valid point on %1'): 'die Einträge „x“ und „y“ sind kein gültiger Punkt auf %1',
(None, 'member "d" does not match the public point "x", "y"'): 'der Eintrag „d“ passt nicht zum öffentlichen Punkt „x“, „y“',
(None, 'member "x" is not a point on %1'): 'der Eintrag „x“ ist kein Punkt auf %1',
(None, 'member "x" is a point of small order on %1: not a usable public key'):
    'der Eintrag „x“ ist ein Punkt kleiner Ordnung auf %1: kein verwendbarer öffentlicher Schlüssel',
(None, 'the %1 key'): 'der %1-Schlüssel',
(None, 'member "x" is a point of small order on %1: a key agreement with it gives an all-zero secret'):
    'der Eintrag „x“ ist ein Punkt kleiner Ordnung auf %1: Eine Schlüsselvereinbarung damit ergibt ein Geheimnis aus lauter Nullen',
(None, 'member "d" does not match the public key "x"'): 'der Eintrag „d“ passt nicht zum öffentlichen Schlüssel „x“',
(None, 'an oct key is symmetric and has no PEM or DER form'): 'ein oct-Schlüssel ist symmetrisch und hat keine PEM- oder DER-Form',
(None, 'no key'): 'kein Schlüssel',
(None, 'EC with explicit parameters'): 'EC mit expliziten Parametern',
(None, 'unknown key type'): 'unbekannter Schlüsseltyp',
(None, 'the key could not be read: its encoding is damaged or of an unknown type'):
    'der Schlüssel konnte nicht gelesen werden: Seine Kodierung ist beschädigt oder von unbekanntem Typ',
(None, 'the RSA key has no public modulus or exponent'): 'der RSA-Schlüssel hat keinen öffentlichen Modulus oder Exponenten',
(None, 'multi-prime RSA keys (more than two primes) are not supported'):
    'RSA-Schlüssel mit mehr als zwei Primzahlen werden nicht unterstützt',
(None, 'EC keys with explicit curve parameters are not supported; use a named curve (P-256, P-384, P-521)'):
    'EC-Schlüssel mit expliziten Kurvenparametern werden nicht unterstützt; verwenden Sie eine benannte Kurve (P-256, P-384, P-521)',
(None, 'EC curve %1 is not supported by JOSE (P-256, P-384 and P-521 are)'):
    'die EC-Kurve %1 wird von JOSE nicht unterstützt (unterstützt werden P-256, P-384 und P-521)',
(None, 'the EC key has no public point'): 'der EC-Schlüssel hat keinen öffentlichen Punkt',
(None, 'the %1 key has no public key'): 'der %1-Schlüssel hat keinen öffentlichen Schlüssel',
(None, '%1 keys cannot be expressed as a JWK (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 and X448 can)'):
    '%1-Schlüssel lassen sich nicht als JWK darstellen (RSA, EC P-256/384/521, Ed25519, Ed448, X25519 und X448 schon)',
# SecretCipher
(None, 'SHA-256 is unavailable'): 'SHA-256 ist nicht verfügbar',
(None, 'the store cipher could not be set up'): 'die Verschlüsselung des Speichers konnte nicht eingerichtet werden',
(None, 'encryption failed: %1'): 'die Verschlüsselung ist fehlgeschlagen: %1',
# SystemSecret
(None, 'SECRETS_SYSTEM has an unterminated quote; write it as comma-separated values or as a JSON array of strings'):
    'SECRETS_SYSTEM enthält ein nicht geschlossenes Anführungszeichen; schreiben Sie es als kommagetrennte Werte oder als JSON-Array von Zeichenketten',
(None, 'no session bus'): 'kein Sitzungsbus',
(None, 'no system secret is configured'): 'es ist kein Systemgeheimnis eingerichtet',
(None, 'system secret %1 of %2 has %3 characters; each secret needs at least %4 (as in Ory Hydra)'):
    'Systemgeheimnis %1 von %2 hat %3 Zeichen; jedes Geheimnis braucht mindestens %4 (wie in Ory Hydra)',
(None, "SECRETS_SYSTEM starts with '[' but is not a JSON array of strings"):
    "SECRETS_SYSTEM beginnt mit '[', ist aber kein JSON-Array von Zeichenketten",
(None, 'SECRETS_SYSTEM must be a JSON array of strings'): 'SECRETS_SYSTEM muss ein JSON-Array von Zeichenketten sein',
(None, 'SECRETS_SYSTEM is set but holds no secret'): 'SECRETS_SYSTEM ist gesetzt, enthält aber kein Geheimnis',
(None, 'the secret file %1 cannot be read: %2'): 'die Geheimnisdatei %1 kann nicht gelesen werden: %2',
(None, "the system secret of the store %1 is missing: it is not in SECRETS_SYSTEM, not in the secret service and there is no file %2. Set SECRETS_SYSTEM to the store's secret (from your backup) or restore that file."):
    'das Systemgeheimnis des Speichers %1 fehlt: Es steht nicht in SECRETS_SYSTEM, nicht im Geheimnisdienst, und es gibt keine Datei %2. Setzen Sie SECRETS_SYSTEM auf das Geheimnis des Speichers (aus Ihrer Sicherung) oder stellen Sie diese Datei wieder her.',
(None, 'the secret file %1 cannot be written: %2'): 'die Geheimnisdatei %1 kann nicht geschrieben werden: %2',
(None, 'environment variable SECRETS_SYSTEM (%1 secret; the first encrypts)'):
    'Umgebungsvariable SECRETS_SYSTEM (%1 Geheimnis; das erste verschlüsselt)',
(None, 'environment variable SECRETS_SYSTEM (%1 secrets; the first encrypts)'):
    'Umgebungsvariable SECRETS_SYSTEM (%1 Geheimnisse; das erste verschlüsselt)',
(None, 'desktop secret service (QtKeychain), service "%1", key "%2"'):
    'Geheimnisdienst des Desktops (QtKeychain), Dienst „%1“, Schlüssel „%2“',
(None, 'file %1 (mode 0600)'): 'Datei %1 (Modus 0600)',
(None, 'given by the caller'): 'vom Aufrufer übergeben',
# TransportPolicy
(None, '"%1" is not a valid URL; give one such as https://hydra.example.com:4445'):
    '„%1“ ist keine gültige URL; geben Sie eine wie https://hydra.example.com:4445 an',
(None, 'the URL carries a user name or password; use a token file or a header instead'):
    'die URL enthält einen Benutzernamen oder ein Passwort; verwenden Sie stattdessen eine Token-Datei oder einen Header',
(None, '%1 uses plain http to %2: keys would cross the network unencrypted. Use https (plain http is allowed only to loopback: 127.0.0.1, ::1, localhost)'):
    '%1 verwendet unverschlüsseltes http zu %2: Schlüssel gingen unverschlüsselt über das Netz. Verwenden Sie https (unverschlüsseltes http ist nur zum Loopback erlaubt: 127.0.0.1, ::1, localhost)',
(None, 'the URL scheme "%1" is not supported; use https'): 'das URL-Schema „%1“ wird nicht unterstützt; verwenden Sie https',
})
DE.update({
# HydraAdminClient (mutual TLS)
(None, '. If the server requires a client certificate (mutual TLS), add one to the remote (Client certificate and key; jwkman-cli: --client-cert FILE --client-key FILE)'):
    '. Verlangt der Server ein Client-Zertifikat (gegenseitiges TLS), fügen Sie dem Remote-Endpunkt eines hinzu (Client-Zertifikat und -Schlüssel; jwkman-cli: --client-cert DATEI --client-key DATEI)',
(None, '. If the server requires a client certificate, it may not accept this one: check that a CA the server trusts issued it'):
    '. Verlangt der Server ein Client-Zertifikat, nimmt er dieses vielleicht nicht an: Prüfen Sie, ob es eine CA ausgestellt hat, der der Server vertraut',
(None, 'the client key of remote "%1" does not belong to its client certificate'):
    'der Client-Schlüssel des Remote-Endpunkts „%1“ gehört nicht zu seinem Client-Zertifikat',
# KeyStore (free space)
(None, 'the disk holding the store %1 is full (%2 KiB free, at least %3 KiB are needed to open it); free some space and try again. Nothing was changed.'):
    'der Datenträger mit dem Speicher %1 ist voll (%2 KiB frei, zum Öffnen werden mindestens %3 KiB gebraucht); schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts geändert.',
# RemoteSync
(None, '%1 is an oct key and %2 is a set Hydra signs tokens with: Hydra does not sign with symmetric keys, and a symmetric key in a published set breaks /.well-known/jwks.json'):
    '%1 ist ein oct-Schlüssel, und %2 ist ein Satz, mit dem Hydra Tokens signiert: Hydra signiert nicht mit symmetrischen Schlüsseln, und ein symmetrischer Schlüssel in einem veröffentlichten Satz macht /.well-known/jwks.json unbrauchbar',
(None, '%1 has no "alg": Hydra takes the JWS algorithm from it, so signing with this key fails'):
    '%1 hat kein „alg“: Hydra entnimmt ihm den JWS-Algorithmus, daher schlägt das Signieren mit diesem Schlüssel fehl',
(None, '%1: "alg" does not fit the key: %2'): '%1: „alg“ passt nicht zum Schlüssel: %2',
(None, 'the rotation step was not confirmed; nothing changed here or on %1'):
    'der Rotationsschritt wurde nicht bestätigt; weder hier noch auf %1 wurde etwas geändert',
(None, 'key set "%1" is empty here: pushing it would delete every key of the remote set; confirm that explicitly'):
    'der Schlüsselsatz „%1“ ist hier leer: Ihn zu übertragen würde jeden Schlüssel des entfernten Satzes löschen; bestätigen Sie das ausdrücklich',
(None, 'Hydra generates only %1 keys, not "%2"; make the key here and push it instead'):
    'Hydra erzeugt nur %1-Schlüssel, nicht „%2“; erzeugen Sie den Schlüssel stattdessen hier und übertragen Sie ihn',
(None, 'Hydra answered the generation with %1 keys instead of one'): 'Hydra hat die Erzeugung mit %1 Schlüsseln statt mit einem beantwortet',
(None, 'Hydra generated key %1, but it could not be stored here: %2'):
    'Hydra hat den Schlüssel %1 erzeugt, er konnte hier aber nicht gespeichert werden: %2',
(None, 'a rotation of %1 on %2 is in progress (key %3 %4); continue it with the next step'):
    'eine Rotation von %1 auf %2 ist im Gang (Schlüssel %3 %4); setzen Sie sie mit dem nächsten Schritt fort',
('jwk::RemoteSync', 'published'): 'veröffentlicht',
('jwk::RemoteSync', 'activated'): 'aktiviert',
(None, '%1 on %2 has no private key, so Hydra would generate its own RS256 key to sign with as soon as it needs one: a public key cannot wait there. Push a private key instead (jwkman-cli remote push)'):
    '%1 auf %2 hat keinen privaten Schlüssel, also würde Hydra einen eigenen RS256-Schlüssel zum Signieren erzeugen, sobald es einen braucht: Ein öffentlicher Schlüssel kann dort nicht warten. Übertragen Sie stattdessen einen privaten Schlüssel (jwkman-cli remote push)',
(None, 'generate a new %1 key, keep it here and publish only its public part to %2 on %3; %4 keeps signing until you activate the new key'):
    'einen neuen %1-Schlüssel erzeugen, ihn hier behalten und nur seinen öffentlichen Teil in %2 auf %3 veröffentlichen; %4 signiert weiter, bis Sie den neuen Schlüssel aktivieren',
('jwk::RemoteSync', 'no key'): 'kein Schlüssel',
(None, '%1 (the new key %2 was not published and is in the local trash)'):
    '%1 (der neue Schlüssel %2 wurde nicht veröffentlicht und liegt im lokalen Papierkorb)',
(None, 'published the public key %1 (%2) to %3; %4 keeps signing until you activate'):
    'öffentlichen Schlüssel %1 (%2) in %3 veröffentlicht; %4 signiert weiter, bis Sie aktivieren',
(None, 'no published key waits for activation in %1 on %2; start with --step publish'):
    'in %1 auf %2 wartet kein veröffentlichter Schlüssel auf die Aktivierung; beginnen Sie mit --step publish',
(None, 'push the private key %1 to %2 on %3: it becomes the newest key and signs from now on'):
    'den privaten Schlüssel %1 in %2 auf %3 übertragen: Er wird der neueste Schlüssel und signiert von nun an',
(None, ' (its public part is no longer in the remote set, so verifiers have not been able to fetch it in advance)'):
    ' (sein öffentlicher Teil ist nicht mehr im entfernten Satz, Prüfer konnten ihn also nicht vorab abrufen)',
(None, 'activated %1: it signs in %2 now; retire %3 when tokens signed by it have expired'):
    '%1 aktiviert: Er signiert jetzt in %2; nehmen Sie %3 außer Dienst, wenn die damit signierten Tokens abgelaufen sind',
('jwk::RemoteSync', '(none)'): '(keiner)',
(None, 'no activated rotation of %1 on %2 to retire; run --step activate first'):
    'keine aktivierte Rotation von %1 auf %2 zum Abschließen; führen Sie zuerst --step activate aus',
(None, 'finish the rotation of %1 on %2 (there is no old key to delete)'):
    'die Rotation von %1 auf %2 abschließen (es gibt keinen alten Schlüssel zu löschen)',
(None, 'delete %1 from %2 on %3 and move it to the local trash; tokens it signed no longer verify'):
    '%1 aus %2 auf %3 löschen und in den lokalen Papierkorb verschieben; damit signierte Tokens lassen sich nicht mehr prüfen',
(None, ' (note: the remote signer is %1, not the activated key %2)'):
    ' (Hinweis: Der entfernte Signierschlüssel ist %1, nicht der aktivierte Schlüssel %2)',
('jwk::RemoteSync', 'none'): 'keiner',
(None, 'rotation of %1 complete (there was no old key)'): 'Rotation von %1 abgeschlossen (es gab keinen alten Schlüssel)',
(None, 'retired %1 from %2 (and moved it to the local trash)'):
    '%1 aus %2 außer Dienst genommen (und in den lokalen Papierkorb verschoben)',
})
# The remote view of the desktop app (Remote menu, RemoteWidget, RemoteController and their dialogs and models).
DE.update({
# MainWindow
(None, '&Remote Endpoints…'): '&Remote-Endpunkte …',
(None, '&Add Remote…'): 'Remote-Endpunkt &hinzufügen …',
(None, '&Pull from Remote…'): 'Vom Remote-Endpunkt &holen …',
(None, 'Push Selected &Key…'): 'Gewählten &Schlüssel übertragen …',
(None, 'Push Key &Set…'): 'Schlüssels&atz übertragen …',
(None, '&Generate on Server…'): 'Auf dem Server &erzeugen …',
(None, 'R&otate Key Set (Next Step)…'): 'Schlüsselsatz r&otieren (nächster Schritt) …',
(None, '&Remote'): '&Remote',
(None, 'Pull from Remote'): 'Vom Remote-Endpunkt holen',
(None, 'Push Selected Key'): 'Gewählten Schlüssel übertragen',
(None, 'Push Key Set'): 'Schlüsselsatz übertragen',
(None, 'Generate on Server'): 'Auf dem Server erzeugen',
(None, 'Rotate Key Set'): 'Schlüsselsatz rotieren',
# RemoteController
(None, 'Remote'): 'Remote',
(None, 'There is no remote named %1.'): 'Es gibt keinen Remote-Endpunkt namens %1.',
(None, 'No remote Hydra endpoint is set up yet. Add one with Remote › Add Remote.'):
    'Es ist noch kein entfernter Hydra-Endpunkt eingerichtet. Fügen Sie einen mit Remote › Remote-Endpunkt hinzufügen hinzu.',
(None, 'Remote:'): 'Remote-Endpunkt:',
(None, 'Saved remote %1.'): 'Remote-Endpunkt %1 gespeichert.',
(None, 'Remove Remote'): 'Remote-Endpunkt entfernen',
(None, 'Remove the remote %1 from this store? Its saved credentials are deleted and any staged rotation with it is forgotten here; nothing changes on the server.'):
    'Den Remote-Endpunkt %1 aus diesem Speicher entfernen? Seine gespeicherten Zugangsdaten werden gelöscht, und eine begonnene Rotation mit ihm wird hier vergessen; auf dem Server ändert sich nichts.',
(None, 'Remove'): 'Entfernen',
(None, 'Removed remote %1.'): 'Remote-Endpunkt %1 entfernt.',
(None, 'Another remote operation is still running.'): 'Ein anderer Vorgang mit einem Remote-Endpunkt läuft noch.',
(None, 'Cancelled. %1'): 'Abgebrochen. %1',
(None, '%1 was cancelled.'): '%1 wurde abgebrochen.',
(None, 'Nothing was changed.'): 'Es wurde nichts geändert.',
(None, 'Fetch from %1'): 'Von %1 abrufen',
(None, 'Reading %n key set(s) from %1…'): ('%n Schlüsselsatz wird von %1 gelesen …', '%n Schlüsselsätze werden von %1 gelesen …'),
(None, 'Read %n key set(s) from %1.'): ('%n Schlüsselsatz von %1 gelesen.', '%n Schlüsselsätze von %1 gelesen.'),
(None, 'Pull from %1'): 'Von %1 holen',
(None, '%1 is not on the server: it stays here as it is.'): '%1 ist nicht auf dem Server: Hier bleibt er, wie er ist.',
(None, '%1: %2 added, %3 removed, %4 changed.'): '%1: %2 hinzugefügt, %3 entfernt, %4 geändert.',
(None, '%1 will have no signing key here (now: %2).'): '%1 hat hier danach keinen Signierschlüssel (jetzt: %2).',
(None, 'The signing key of %1 here becomes %2 (now: %3).'): 'Der Signierschlüssel von %1 wird hier %2 (jetzt: %3).',
(None, 'The local copy matches %1: nothing to pull.'): 'Die lokale Kopie stimmt mit %1 überein: Es gibt nichts zu holen.',
(None, 'Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. Keys removed here go to the trash.'):
    ('Das Holen ersetzt die lokalen Schlüssel von %n Schlüsselsatz in einem Schritt durch das, was %1 enthält. Hier entfernte Schlüssel kommen in den Papierkorb.',
     'Das Holen ersetzt die lokalen Schlüssel von %n Schlüsselsätzen in einem Schritt durch das, was %1 enthält. Hier entfernte Schlüssel kommen in den Papierkorb.'),
(None, '&Apply Pull'): 'Holen &anwenden',
(None, 'Storing the pulled keys…'): 'Die geholten Schlüssel werden gespeichert …',
(None, 'Pulled %1 from %2.'): '%1 von %2 geholt.',
(None, 'Push Key to %1'): 'Schlüssel zu %1 übertragen',
(None, 'Send key %1 to key set %2 on %3? It becomes the newest key of %2 there and, because it holds private material, the key Hydra signs with.'):
    'Schlüssel %1 an den Schlüsselsatz %2 auf %3 senden? Er wird dort der neueste Schlüssel von %2 und, weil er privates Material enthält, der Schlüssel, mit dem Hydra signiert.',
(None, 'Send key %1 to key set %2 on %3? It becomes the newest key of %2 there; it holds no private part, so Hydra keeps signing with its current key.'):
    'Schlüssel %1 an den Schlüsselsatz %2 auf %3 senden? Er wird dort der neueste Schlüssel von %2; er hat keinen privaten Teil, daher signiert Hydra weiter mit seinem bisherigen Schlüssel.',
(None, 'Warnings:'): 'Warnungen:',
(None, 'Push'): 'Übertragen',
(None, 'Nothing was sent.'): 'Es wurde nichts gesendet.',
(None, 'Sending key %1 to %2…'): 'Schlüssel %1 wird an %2 gesendet …',
(None, 'Sent key %1 to %2 on %3.'): 'Schlüssel %1 an %2 auf %3 gesendet.',
(None, 'Push Key Set to %1'): 'Schlüsselsatz zu %1 übertragen',
(None, 'Reading key set %1 from %2…'): 'Schlüsselsatz %1 wird von %2 gelesen …',
(None, '%1 holds no keys here: pushing it deletes every key of %1 on %2.'):
    '%1 enthält hier keine Schlüssel: Ihn zu übertragen löscht jeden Schlüssel von %1 auf %2.',
(None, '%n key(s) are sent, oldest first.'): ('%n Schlüssel wird gesendet.', '%n Schlüssel werden gesendet, der älteste zuerst.'),
(None, 'None of them holds private material: Hydra has no signing key in %1 after this.'):
    'Keiner davon enthält privates Material: Hydra hat danach keinen Signierschlüssel in %1.',
(None, '%1 is sent last, so it is the newest key and the key Hydra signs with.'):
    '%1 wird zuletzt gesendet und ist damit der neueste Schlüssel und der, mit dem Hydra signiert.',
(None, '%n key(s) only on the server are deleted there: %1.'):
    ('%n Schlüssel, der nur auf dem Server liegt, wird dort gelöscht: %1.', '%n Schlüssel, die nur auf dem Server liegen, werden dort gelöscht: %1.'),
(None, '%1 is not on the server yet: it is created.'): '%1 ist noch nicht auf dem Server: Er wird angelegt.',
(None, 'Pushing replaces the whole key set %1 on %2 with the keys here.'):
    'Das Übertragen ersetzt den ganzen Schlüsselsatz %1 auf %2 durch die Schlüssel von hier.',
(None, '&Push Set'): 'Satz &übertragen',
(None, 'Sending key set %1…'): 'Schlüsselsatz %1 wird gesendet …',
(None, 'Sent key set %1 to %2 (%n key(s)).'): ('Schlüsselsatz %1 an %2 gesendet (%n Schlüssel).', 'Schlüsselsatz %1 an %2 gesendet (%n Schlüssel).'),
(None, 'Yes, delete every key of %1 on %2'): 'Ja, jeden Schlüssel von %1 auf %2 löschen',
(None, 'Generate on %1'): 'Auf %1 erzeugen',
(None, 'Hydra on %1 generates an %2 key…'): 'Hydra auf %1 erzeugt einen %2-Schlüssel …',
(None, 'Hydra on %1 generated %2 key %3 in %4; it is stored here too.'):
    'Hydra auf %1 hat den %2-Schlüssel %3 in %4 erzeugt; er ist auch hier gespeichert.',
(None, 'Delete on %1'): 'Auf %1 löschen',
(None, 'Delete the whole key set %1 on %2? Every key in it is deleted on the server for good. The copy here stays.'):
    'Den ganzen Schlüsselsatz %1 auf %2 löschen? Jeder Schlüssel darin wird auf dem Server endgültig gelöscht. Die Kopie hier bleibt.',
(None, 'Delete key %1 from key set %2 on %3? It is deleted on the server for good; if it is the signing key, the next newest private key signs. The copy here stays.'):
    'Schlüssel %1 aus dem Schlüsselsatz %2 auf %3 löschen? Er wird auf dem Server endgültig gelöscht; ist er der Signierschlüssel, signiert der nächstneuere private Schlüssel. Die Kopie hier bleibt.',
(None, 'Delete on Server'): 'Auf dem Server löschen',
(None, 'Nothing was deleted.'): 'Es wurde nichts gelöscht.',
(None, 'Deleting key set %1 on %2…'): 'Schlüsselsatz %1 auf %2 wird gelöscht …',
(None, 'Deleting key %1 on %2…'): 'Schlüssel %1 auf %2 wird gelöscht …',
(None, 'Deleted key set %1 on %2.'): 'Schlüsselsatz %1 auf %2 gelöscht.',
(None, 'Deleted key %1 of %2 on %3.'): 'Schlüssel %1 von %2 auf %3 gelöscht.',
(None, 'Rotate'): 'Rotieren',
(None, 'Rotation, Step 1 of 3: Publish'): 'Rotation, Schritt 1 von 3: Veröffentlichen',
(None, 'Rotation, Step 2 of 3: Activate'): 'Rotation, Schritt 2 von 3: Aktivieren',
(None, 'Rotation, Step 3 of 3: Retire'): 'Rotation, Schritt 3 von 3: Außer Dienst nehmen',
(None, "A new key of the signing key's algorithm is made here and only its public part is sent to %1 on %2, so that verifiers can fetch it. %3 keeps signing until you activate the new key."):
    'Hier wird ein neuer Schlüssel mit dem Algorithmus des Signierschlüssels erzeugt, und nur sein öffentlicher Teil wird an %1 auf %2 gesendet, damit Prüfer ihn abrufen können. %3 signiert weiter, bis Sie den neuen Schlüssel aktivieren.',
(None, '&Publish'): '&Veröffentlichen',
(None, 'The private part of %1 is sent to %2 on %3: it becomes the newest private key and so the key Hydra signs with. %4 stays published for verification until you retire it.'):
    'Der private Teil von %1 wird an %2 auf %3 gesendet: Er wird der neueste private Schlüssel und damit der, mit dem Hydra signiert. %4 bleibt zum Prüfen veröffentlicht, bis Sie ihn außer Dienst nehmen.',
(None, 'The old key'): 'Der alte Schlüssel',
(None, '&Activate'): '&Aktivieren',
(None, 'There was no old key: this only completes the rotation of %1.'): 'Es gab keinen alten Schlüssel: Dies schließt nur die Rotation von %1 ab.',
(None, '%1 is deleted from %2 on %3 and moved to the local trash. Retire it only when every token it signed has expired.'):
    '%1 wird aus %2 auf %3 gelöscht und in den lokalen Papierkorb verschoben. Nehmen Sie ihn erst außer Dienst, wenn jedes damit signierte Token abgelaufen ist.',
(None, '&Retire'): 'Außer &Dienst nehmen',
(None, 'Now on the server: %1.'): 'Jetzt auf dem Server: %1.',
(None, 'no such key set'): 'kein solcher Schlüsselsatz',
(None, '%n key(s), signing key %1'): ('%n Schlüssel, Signierschlüssel %1', '%n Schlüssel, Signierschlüssel %1'),
(None, 'Rotating key set %1 on %2…'): 'Schlüsselsatz %1 auf %2 wird rotiert …',
# RemoteDialog
(None, 'Remote Endpoints'): 'Remote-Endpunkte',
# RemoteWidget
(None, '&Add…'): '&Hinzufügen …',
(None, '&Edit…'): '&Bearbeiten …',
(None, 'Re&move…'): '&Entfernen …',
(None, '&Fetch'): '&Abrufen',
(None, '&Pull…'): 'H&olen …',
(None, 'Push &Key…'): '&Schlüssel übertragen …',
(None, 'Push &Set…'): 'S&atz übertragen …',
(None, '&Delete on Server…'): 'Auf dem Server &löschen …',
(None, '&Rotate…'): '&Rotieren …',
(None, '&Remote Hydra admin endpoints'): '&Entfernte Hydra-Admin-Endpunkte',
(None, 'Remote endpoints'): 'Remote-Endpunkte',
(None, 'Key sets on the remote'): 'Schlüsselsätze auf dem Remote-Endpunkt',
(None, '&Key sets'): '&Schlüsselsätze',
(None, '&Key sets tracked on %1'): 'Auf %1 verfolgte &Schlüsselsätze',
(None, '&Delete Set on Server…'): 'Satz auf dem Server &löschen …',
(None, '&Delete Key on Server…'): 'Schlüssel auf dem Server &löschen …',
(None, '&Rotate: Activate…'): '&Rotieren: Aktivieren …',
(None, '&Rotate: Retire…'): '&Rotieren: Außer Dienst nehmen …',
(None, '&Rotate: Publish…'): '&Rotieren: Veröffentlichen …',
(None, 'Push Key'): 'Schlüssel übertragen',
(None, 'Key set %1 holds no keys here to push.'): 'Der Schlüsselsatz %1 enthält hier keine Schlüssel zum Übertragen.',
(None, 'Key of %1 to send to %2:'): 'Schlüssel von %1, der an %2 gesendet wird:',
# RemoteGenerateDialog
(None, 'Generate on the Server'): 'Auf dem Server erzeugen',
(None, 'Hydra on %1 generates the key and sends it back with its private part; it is stored here too, encrypted. In a set Hydra signs with, the new key becomes the signing key at once.'):
    'Hydra auf %1 erzeugt den Schlüssel und schickt ihn mit seinem privaten Teil zurück; er wird auch hier gespeichert, verschlüsselt. In einem Satz, mit dem Hydra signiert, wird der neue Schlüssel sofort der Signierschlüssel.',
(None, 'Key &set:'): 'Schlüssel&satz:',
(None, 'empty: Hydra makes a UUID'): 'leer: Hydra erzeugt eine UUID',
(None, 'Use'): 'Verwendung',
(None, 'Name the key set Hydra should generate the key in.'): 'Nennen Sie den Schlüsselsatz, in dem Hydra den Schlüssel erzeugen soll.',
# RemotePlanDialog and RemotePlanModel
(None, 'Keys this changes'): 'Schlüssel, die sich dadurch ändern',
(None, 'here %1, on the server %2'): 'hier %1, auf dem Server %2',
(None, '; becomes the signing key here'): '; wird hier der Signierschlüssel',
(None, 'sent %1 of %2, %3'): 'gesendet als %1 von %2, %3',
(None, '; the signing key'): '; der Signierschlüssel',
(None, 'on the server only: deleted there'): 'nur auf dem Server: wird dort gelöscht',
(None, 'signing key'): 'Signierschlüssel',
(None, 'added'): 'hinzugefügt',
(None, 'removed'): 'entfernt',
(None, 'changed'): 'geändert',
(None, 'sent'): 'gesendet',
(None, 'deleted on the server'): 'auf dem Server gelöscht',
(None, 'on the server'): 'auf dem Server',
(None, 'Change'): 'Änderung',
(None, 'Thumbprint here'): 'Fingerabdruck hier',
(None, 'Thumbprint on the server'): 'Fingerabdruck auf dem Server',
(None, 'Note'): 'Hinweis',
# RemoteProfileDialog
(None, 'Edit Remote'): 'Remote-Endpunkt bearbeiten',
(None, 'Add Remote'): 'Remote-Endpunkt hinzufügen',
(None, 'An Ory Hydra admin endpoint (the admin port, without /admin). Keys travel over https with full certificate verification; plain http only to this computer.'):
    'Ein Admin-Endpunkt von Ory Hydra (der Admin-Port, ohne /admin). Schlüssel werden über https mit vollständiger Zertifikatsprüfung übertragen; unverschlüsseltes http nur zu diesem Computer.',
(None, 'Remote name'): 'Name des Remote-Endpunkts',
(None, '&Name:'): '&Name:',
(None, 'Admin URL'): 'Admin-URL',
(None, '&Admin URL:'): '&Admin-URL:',
(None, 'Public URL'): 'Öffentliche URL',
(None, 'optional, e.g. https://auth.example.com'): 'optional, z. B. https://auth.example.com',
(None, '&Public URL:'): 'Ö&ffentliche URL:',
(None, 'Bearer token'): 'Bearer-Token',
(None, 'saved; type to replace'): 'gespeichert; zum Ersetzen neu eingeben',
(None, 'optional (Ory Network: an API key)'): 'optional (Ory Network: ein API-Schlüssel)',
(None, 'Bearer &token:'): 'Bearer-&Token:',
(None, 'Custom headers'): 'Eigene Header',
(None, '%n header(s) saved; type to replace'): ('%n Header gespeichert; zum Ersetzen neu eingeben', '%n Header gespeichert; zum Ersetzen neu eingeben'),
(None, 'optional, one per line: Name: value'): 'optional, einer pro Zeile: Name: Wert',
(None, 'Custom &headers:'): 'Eigene &Header:',
(None, 'Browse…'): 'Durchsuchen …',
(None, 'Browse for %1'): '%1 suchen',
(None, 'Extra &CA file:'): 'Zusätzliche &CA-Datei:',
(None, 'Extra CA file'): 'Zusätzliche CA-Datei',
(None, 'CA Certificates (PEM)'): 'CA-Zertifikate (PEM)',
(None, 'saved; choose a file to replace'): 'gespeichert; zum Ersetzen eine Datei wählen',
(None, "optional, PEM; trusted in addition to the system's CAs"): 'optional, PEM; zusätzlich zu den CAs des Systems vertraut',
(None, 'C&lient certificate:'): 'C&lient-Zertifikat:',
(None, 'Client certificate'): 'Client-Zertifikat',
(None, 'Client Certificate (PEM)'): 'Client-Zertifikat (PEM)',
(None, 'optional, PEM, for mutual TLS'): 'optional, PEM, für gegenseitiges TLS',
(None, 'Client &key:'): 'Client-&Schlüssel:',
(None, 'Client key'): 'Client-Schlüssel',
(None, 'Client Key (PEM)'): 'Client-Schlüssel (PEM)',
(None, "the client certificate's private key, PEM"): 'der private Schlüssel des Client-Zertifikats, PEM',
(None, '&Forget the saved token, headers, CA file and client certificate'):
    'Gespeichertes Token, Header, CA-Datei und Client-Zertifikat &vergessen',
(None, 'Tracked key sets'): 'Verfolgte Schlüsselsätze',
(None, 'Hydra cannot list its key sets: name the ones to pull and push, one per line.'):
    'Hydra kann seine Schlüsselsätze nicht auflisten: Nennen Sie die zu holenden und zu übertragenden, einen pro Zeile.',
(None, 'Tracked key &sets:'): 'Verfolgte Schlüssel&sätze:',
(None, 'Time-out in seconds'): 'Zeitlimit in Sekunden',
(None, 'T&ime-out:'): '&Zeitlimit:',
(None, 'Plain http to this computer (loopback): allowed, but unencrypted.'):
    'Unverschlüsseltes http zu diesem Computer (Loopback): erlaubt, aber unverschlüsselt.',
(None, "https, the server's certificate verified in full."): 'https, das Zertifikat des Servers vollständig geprüft.',
(None, 'PEM files (*.pem *.crt *.cer *.key);;All files (*)'): 'PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)',
(None, 'Give the remote a name.'): 'Geben Sie dem Remote-Endpunkt einen Namen.',
(None, 'There is a remote named %1 already.'): 'Es gibt bereits einen Remote-Endpunkt namens %1.',
(None, 'A header is written as "Name: value", one per line; this line is not: %1'):
    'Ein Header wird als „Name: Wert“ geschrieben, einer pro Zeile; diese Zeile ist es nicht: %1',
(None, '%1 cannot be read: %2'): '%1 kann nicht gelesen werden: %2',
(None, '%1 holds no PEM certificate.'): '%1 enthält kein PEM-Zertifikat.',
(None, 'Mutual TLS needs both the client certificate and its private key.'):
    'Gegenseitiges TLS braucht sowohl das Client-Zertifikat als auch seinen privaten Schlüssel.',
(None, 'Name at least one key set to track: Hydra has no list of its sets.'):
    'Nennen Sie mindestens einen zu verfolgenden Schlüsselsatz: Hydra führt keine Liste seiner Sätze.',
# RemoteProfileModel
(None, 'bearer token'): 'Bearer-Token',
(None, 'header %1'): 'Header %1',
(None, 'client certificate'): 'Client-Zertifikat',
(None, 'refused'): 'abgelehnt',
(None, 'http, loopback only (unencrypted)'): 'http, nur Loopback (unverschlüsselt)',
(None, 'https'): 'https',
(None, 'Plain http: allowed only because %1 is this computer (loopback). Nothing is encrypted.'):
    'Unverschlüsseltes http: nur erlaubt, weil %1 dieser Computer ist (Loopback). Nichts wird verschlüsselt.',
(None, 'https with full certificate verification'): 'https mit vollständiger Zertifikatsprüfung',
(None, 'Name'): 'Name',
(None, 'Transport'): 'Transport',
(None, 'Authentication'): 'Authentifizierung',
# RemoteSetModel
(None, '%1; not here'): '%1; nicht hier',
(None, '%1; differs from here'): '%1; weicht von hier ab',
(None, 'rotation: %1 published, activate next'): 'Rotation: %1 veröffentlicht, als Nächstes aktivieren',
(None, 'rotation: %1 signs, retire %2 next'): 'Rotation: %1 signiert, als Nächstes %2 außer Dienst nehmen',
(None, '(no old key)'): '(kein alter Schlüssel)',
(None, 'rotation complete'): 'Rotation abgeschlossen',
(None, 'not fetched yet'): 'noch nicht abgerufen',
(None, 'not on the server'): 'nicht auf dem Server',
(None, '%n key(s), no signing key'): ('%n Schlüssel, kein Signierschlüssel', '%n Schlüssel, kein Signierschlüssel'),
(None, '%n key(s), signs with %1'): ('%n Schlüssel, signiert mit %1', '%n Schlüssel, signiert mit %1'),
(None, '; differs from the local copy'): '; weicht von der lokalen Kopie ab',
(None, '; same as the local copy'): '; wie die lokale Kopie',
(None, 'Key set / kid'): 'Schlüsselsatz / kid',
(None, 'On the server'): 'Auf dem Server',
(None, 'Thumbprint (SHA-256)'): 'Fingerabdruck (SHA-256)',
})
DE.update({
(None, 'Private key shown; the audit log could not record it: %1'):
    'Privater Schlüssel angezeigt; das Prüfprotokoll konnte es nicht festhalten: %1',
(None, 'the old key'): 'der alte Schlüssel',
(None, 'Now on the server: no such key set.'): 'Jetzt auf dem Server: kein solcher Schlüsselsatz.',
(None, 'Now on the server: %n key(s), signing key %1.'):
    ('Jetzt auf dem Server: %n Schlüssel, Signierschlüssel %1.', 'Jetzt auf dem Server: %n Schlüssel, Signierschlüssel %1.'),
(None, 'In detail: %1.'): 'Im Einzelnen: %1.',
})
DE.update({
(None, 'A staged rotation of %1 on %2 is in progress: finish it before renaming the remote. Nothing was saved.'):
    'Eine begonnene Rotation von %1 auf %2 ist im Gang: Schließen Sie sie ab, bevor Sie den Remote-Endpunkt umbenennen. Es wurde nichts gespeichert.',
})
DE.update({
(None, 'Only the public part of the new key goes to %1 on %2: verifiers can fetch it before it signs. Activate it (step 2) once they have had time to.'):
    'Nur der öffentliche Teil des neuen Schlüssels geht an %1 auf %2: Prüfer können ihn abrufen, bevor er signiert. Aktivieren Sie ihn (Schritt 2), sobald sie Zeit dazu hatten.',
})
# Issue 11: key loss and trust
DE.update({
(None, 'the kid has %1 characters; at most 255 are stored (as in Hydra)'): 'die kid hat %1 Zeichen; höchstens 255 werden gespeichert (wie in Hydra)',
(None, 'the kid contains a control character (U+%1)'): 'die kid enthält ein Steuerzeichen (U+%1)',
(None, '%1 was not written: it is a symbolic link, and JWK Manager does not write key files through links; give the path of the file itself or remove the link'):
    '%1 wurde nicht geschrieben: es ist ein symbolischer Link, und JWK Manager schreibt Schlüsseldateien nicht über Links; geben Sie den Pfad der Datei selbst an oder entfernen Sie den Link',
(None, '%1 was not written: it could not be made readable by all (%2)'): '%1 wurde nicht geschrieben: sie konnte nicht für alle lesbar gemacht werden (%2)',
(None, 'the encrypted key is damaged: its encryption parameters cannot be read'): 'der verschlüsselte Schlüssel ist beschädigt: seine Verschlüsselungsparameter sind nicht lesbar',
(None, 'the key is encrypted with %1 PBKDF2 iterations; JWK Manager runs at most %2, so that a file cannot keep it busy for hours: re-encrypt the key with fewer (e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)'):
    'der Schlüssel ist mit %1 PBKDF2-Iterationen verschlüsselt; JWK Manager führt höchstens %2 aus, damit eine Datei ihn nicht stundenlang beschäftigt: verschlüsseln Sie den Schlüssel mit weniger neu (z. B. openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000)',
(None, 'the encrypted key could not be decoded: the data is corrupt or truncated'): 'der verschlüsselte Schlüssel konnte nicht dekodiert werden: die Daten sind beschädigt oder abgeschnitten',
(None, 'tampered'): 'manipuliert',
(None, 'The thumbprint of a symmetric key is a hash of its secret and is not shown'): 'Der Fingerabdruck eines symmetrischen Schlüssels ist ein Hash seines Geheimnisses und wird nicht angezeigt',
(None, 'Its stored facts were changed without the system secret: it is not used. Restore the store from a backup, or delete the key and import it again.'):
    'Seine gespeicherten Angaben wurden ohne das Systemgeheimnis geändert: er wird nicht verwendet. Stellen Sie den Speicher aus einer Sicherung wieder her, oder löschen Sie den Schlüssel und importieren Sie ihn erneut.',
(None, 'the store'): 'der Speicher',
(None, 'the store %1 cannot be created: %2'): 'der Speicher %1 kann nicht angelegt werden: %2',
(None, 'key "%1" of key set "%2" cannot be stored: %3'): 'Schlüssel „%1“ des Schlüsselsatzes „%2“ kann nicht gespeichert werden: %3',
(None, 'moving the replaced key "%1" to the trash'): 'ersetzten Schlüssel „%1“ in den Papierkorb legen',
(None, 'remote "%1" was changed without the system secret (its URL, CA or client certificate, tracked sets or timeout differ from its encrypted record): the store file was tampered with. It is not used and no request was made; remove it (jwkman-cli remote remove) and add it again.'):
    'Remote „%1“ wurde ohne das Systemgeheimnis geändert (URL, CA- oder Client-Zertifikat, verfolgte Sätze oder Zeitlimit weichen vom verschlüsselten Eintrag ab): die Speicherdatei wurde manipuliert. Es wird nicht verwendet und keine Anfrage wurde gesendet; entfernen Sie es (jwkman-cli remote remove) und fügen Sie es neu hinzu.',
(None, 'the staged rotation of %1 on %2 was changed without the system secret: the store file was tampered with. It is not continued; check the remote set (jwkman-cli remote diff) and start a new rotation.'):
    'die gestufte Rotation von %1 auf %2 wurde ohne das Systemgeheimnis geändert: die Speicherdatei wurde manipuliert. Sie wird nicht fortgesetzt; prüfen Sie den entfernten Satz (jwkman-cli remote diff) und beginnen Sie eine neue Rotation.',
(None, 'the clear columns of key "%1" in key set "%2" (its order, public part, thumbprint or whether it is private) were changed without the system secret: the store file was tampered with. Nothing was read from it; restore the store from a backup, or delete the key (jwkman-cli delete) and import it again.'):
    'die unverschlüsselten Angaben von Schlüssel „%1“ im Schlüsselsatz „%2“ (Reihenfolge, öffentlicher Teil, Fingerabdruck oder ob er privat ist) wurden ohne das Systemgeheimnis geändert: die Speicherdatei wurde manipuliert. Nichts davon wurde gelesen; stellen Sie den Speicher aus einer Sicherung wieder her, oder löschen Sie den Schlüssel (jwkman-cli delete) und importieren Sie ihn erneut.',
(None, 'key "%1" in key set "%2" is under a system secret that is not configured, so nothing about it can be trusted here. Add that secret to SECRETS_SYSTEM after the current one.'):
    'Schlüssel „%1“ im Schlüsselsatz „%2“ ist mit einem Systemgeheimnis verschlüsselt, das nicht eingestellt ist; nichts an ihm ist hier vertrauenswürdig. Fügen Sie dieses Geheimnis in SECRETS_SYSTEM nach dem aktuellen hinzu.',
(None, '%1: %n key(s); a key was changed without the system secret, so the signing key is not known'):
    ('%1: %n Schlüssel; ein Schlüssel wurde ohne das Systemgeheimnis geändert, daher ist der Signierschlüssel unbekannt',
     '%1: %n Schlüssel; ein Schlüssel wurde ohne das Systemgeheimnis geändert, daher ist der Signierschlüssel unbekannt'),
(None, '%1: an invalid key from the server is skipped: %2'): '%1: ein ungültiger Schlüssel vom Server wird übersprungen: %2',
(None, 'kept private here; the server has only its public part'): 'hier privat behalten; der Server hat nur den öffentlichen Teil',
(None, '%1; private here'): '%1; hier privat',
(None, 'the server sent this kid more than once'): 'der Server hat diese kid mehrfach gesendet',
(None, 'the new key %1 of %2 is public only here, so it cannot sign: activating it would leave %3 without a usable signer. Nothing was pushed; restore its private key (jwkman-cli trash, restore) or start a new rotation.'):
    'der neue Schlüssel %1 von %2 ist hier nur öffentlich und kann nicht signieren: seine Aktivierung ließe %3 ohne brauchbaren Signierschlüssel. Nichts wurde gesendet; stellen Sie seinen privaten Schlüssel wieder her (jwkman-cli trash, restore) oder beginnen Sie eine neue Rotation.',
(None, '%1 accepted the private key %2, but %3 does not sign with it now (its signer is %4); the rotation stays at "published". Check the remote set (jwkman-cli remote diff) and run --step activate again.'):
    '%1 hat den privaten Schlüssel %2 angenommen, aber %3 signiert jetzt nicht mit ihm (Signierschlüssel ist %4); die Rotation bleibt bei „veröffentlicht“. Prüfen Sie den entfernten Satz (jwkman-cli remote diff) und führen Sie --step activate erneut aus.',
(None, '%1 on %2 signs with %3, not with the activated key %4: retiring %5 now could delete the key Hydra signs with. Nothing was deleted; run --step activate again, or check the remote set.'):
    '%1 auf %2 signiert mit %3, nicht mit dem aktivierten Schlüssel %4: %5 jetzt zurückzuziehen könnte den Schlüssel löschen, mit dem Hydra signiert. Nichts wurde gelöscht; führen Sie --step activate erneut aus oder prüfen Sie den entfernten Satz.',
(None, 'the lock file %1 is a symbolic link; remove it (it holds nothing) and try again'): 'die Sperrdatei %1 ist ein symbolischer Link; entfernen Sie sie (sie enthält nichts) und versuchen Sie es erneut',
(None, "the lock file %1 cannot be opened: %2. Check that the store's folder is writable."): 'die Sperrdatei %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner des Speichers beschreibbar ist.',
(None, 'the lock file %1 cannot be locked: %2'): 'die Sperrdatei %1 kann nicht gesperrt werden: %2',
(None, 'another process has held the lock %1 for %2 seconds while creating or opening the store; try again when it has finished'):
    'ein anderer Prozess hält die Sperre %1 seit %2 Sekunden, während er den Speicher anlegt oder öffnet; versuchen Sie es erneut, wenn er fertig ist',
(None, '%1 cannot be written: %2. Nothing was written.'): '%1 kann nicht geschrieben werden: %2. Nichts wurde geschrieben.',
(None, '%1 %2 is a symbolic link; it is refused because whoever can change the link chooses what is read. Put the real file in its place.'):
    '%1 %2 ist ein symbolischer Link; er wird abgelehnt, weil wer den Link ändern kann bestimmt, was gelesen wird. Legen Sie die echte Datei an seine Stelle.',
(None, '%1 %2 is not a regular file'): '%1 %2 ist keine reguläre Datei',
(None, '%1 %2 belongs to another user (uid %3); only its owner may use it. Copy it to a file of your own with mode 0600.'):
    '%1 %2 gehört einem anderen Benutzer (uid %3); nur sein Eigentümer darf sie verwenden. Kopieren Sie sie in eine eigene Datei mit Modus 0600.',
(None, '%1 %2 can be read or written by others (mode %3); make it yours only with `chmod 600 %2` and check that nobody changed it'):
    '%1 %2 kann von anderen gelesen oder geschrieben werden (Modus %3); machen Sie sie mit `chmod 600 %2` nur für Sie zugänglich und prüfen Sie, dass niemand sie geändert hat',
(None, 'the secret file'): 'die Geheimnisdatei',
(None, 'the secret file %1 is larger than 64 KiB; it is not a system secret'): 'die Geheimnisdatei %1 ist größer als 64 KiB; sie ist kein Systemgeheimnis',
(None, 'the secret service accepted the new system secret for %1 but does not return it (%2); the store was not created'):
    'der Geheimnisdienst hat das neue Systemgeheimnis für %1 angenommen, gibt es aber nicht zurück (%2); der Speicher wurde nicht angelegt',
(None, 'the secret file %1 vanished right after it was written'): 'die Geheimnisdatei %1 ist gleich nach dem Schreiben verschwunden',
(None, 'file %1 (mode %2)'): 'Datei %1 (Modus %2)',
})
DE.update({
(None, 'member "%1" (%2 octets) is not below the modulus "n" (%3 octets): it cannot belong to this RSA key'):
    'Element „%1“ (%2 Oktette) ist nicht kleiner als der Modulus „n“ (%3 Oktette): es kann nicht zu diesem RSA-Schlüssel gehören',
})
DE.update({
(None, 'a header has no name: write it as "Name: value"'): 'ein Header hat keinen Namen: schreiben Sie ihn als „Name: Wert“',
(None, 'the header name "%1" has a character a header name cannot have (letters, digits and !#$%&\'*+-.^_`|~ only)'):
    'der Header-Name „%1“ enthält ein Zeichen, das ein Header-Name nicht haben kann (nur Buchstaben, Ziffern und !#$%&\'*+-.^_`|~)',
(None, 'the header %1 cannot be set as a custom header: give the bearer token as the token (jwkman-cli: --token-file FILE)'):
    'der Header %1 kann nicht als eigener Header gesetzt werden: geben Sie das Bearer-Token als Token an (jwkman-cli: --token-file DATEI)',
(None, 'the header %1 cannot be set as a custom header: the client sets it itself'): 'der Header %1 kann nicht als eigener Header gesetzt werden: der Client setzt ihn selbst',
(None, 'the value of the header %1 has a control character (%2): a header value is one line of text'):
    'der Wert des Headers %1 enthält ein Steuerzeichen (%2): ein Header-Wert ist eine Textzeile',
(None, 'a header is written as "Name: value"; this one has no name before a colon'): 'ein Header wird als „Name: Wert“ geschrieben; dieser hat keinen Namen vor einem Doppelpunkt',
(None, 'line %1: %2'): 'Zeile %1: %2',
(None, '%1: the server announced an answer of %2 bytes, more than the %3 MiB allowed, and it was refused unread; no key set is that large, so the server (or something in between) is misbehaving'):
    '%1: der Server kündigte eine Antwort von %2 Bytes an, mehr als die erlaubten %3 MiB, und sie wurde ungelesen abgelehnt; kein Schlüsselsatz ist so groß, der Server (oder etwas dazwischen) verhält sich also fehlerhaft',
(None, 'an unreadable number of'): 'eine unlesbare Anzahl von',
(None, '%1: HTTP %2, but the whole answer did not arrive within %3 s (%4 bytes came); the server or the network is too slow: try again, or give a longer time-out%5'):
    '%1: HTTP %2, aber die ganze Antwort kam nicht innerhalb von %3 s an (%4 Bytes kamen); der Server oder das Netz ist zu langsam: versuchen Sie es erneut oder geben Sie ein längeres Zeitlimit an%5',
(None, '%1: not sent: %2; correct the custom headers of the remote'): '%1: nicht gesendet: %2; korrigieren Sie die eigenen Header des Remotes',
(None, 'Custom headers: %1.'): 'Eigene Header: %1.',
})
