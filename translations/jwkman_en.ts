<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jwk::GenerateKeyDialog</name>
    <message numerus="yes">
        <source>Searching for primes… (%n candidate(s) tested)</source>
        <translation>
            <numerusform>Searching for primes… (%n candidate tested)</numerusform>
            <numerusform>Searching for primes… (%n candidates tested)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::HydraDbWindow</name>
    <message numerus="yes">
        <source>secret 1 (the current one, which encrypts) opens %n row(s)</source>
        <translation>
            <numerusform>secret 1 (the current one, which encrypts) opens %n row</numerusform>
            <numerusform>secret 1 (the current one, which encrypts) opens %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>secret %1 opens %n row(s)</source>
        <translation>
            <numerusform>secret %1 opens %n row</numerusform>
            <numerusform>secret %1 opens %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 set(s); </source>
        <translation>
            <numerusform>%n row in %1 set; </numerusform>
            <numerusform>%n rows in %1 set(s); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) open under none of the secrets: %1. Hydra cannot read a set that holds one; add the secret they were written with.</source>
        <translation>
            <numerusform>%n row opens under none of the secrets: %1. Hydra cannot read a set that holds one; add the secret it was written with.</numerusform>
            <numerusform>%n rows open under none of the secrets: %1. Hydra cannot read a set that holds one; add the secret they were written with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n key(s) from Hydra&apos;s database into the store?</source>
        <translation>
            <numerusform>Import %n key from Hydra&apos;s database into the store?</numerusform>
            <numerusform>Import %n keys from Hydra&apos;s database into the store?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n key(s)…</source>
        <translation>
            <numerusform>Importing %n key…</numerusform>
            <numerusform>Importing %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s) into the store.</source>
        <translation>
            <numerusform>Imported %n key into the store.</numerusform>
            <numerusform>Imported %n keys into the store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Imported %n key(s) into %1</source>
        <translation>
            <numerusform>Imported %n key into %1</numerusform>
            <numerusform>Imported %n keys into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation>
            <numerusform>%n skipped as duplicate</numerusform>
            <numerusform>%n skipped as duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::KeyExport</name>
    <message numerus="yes">
        <source>%n oct key(s) left out: symmetric keys have no public form</source>
        <translation>
            <numerusform>%n oct key left out: symmetric keys have no public form</numerusform>
            <numerusform>%n oct keys left out: symmetric keys have no public form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::KeyImporter</name>
    <message numerus="yes">
        <source>the PKCS#12 file holds no private key (%n certificate(s) only); import its certificates as PEM instead</source>
        <translation>
            <numerusform>the PKCS#12 file holds no private key (%n certificate only); import its certificate as PEM instead</numerusform>
            <numerusform>the PKCS#12 file holds no private key (%n certificates only); import its certificates as PEM instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of the PKCS#12 file are not in its key&apos;s chain and were left out</source>
        <translation>
            <numerusform>%n certificate of the PKCS#12 file is not in its key&apos;s chain and was left out</numerusform>
            <numerusform>%n certificates of the PKCS#12 file are not in its key&apos;s chain and were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::KeySetModel</name>
    <message numerus="yes">
        <source>%1, Hydra key set, %n key(s)</source>
        <translation>
            <numerusform>%1, Hydra key set, %n key</numerusform>
            <numerusform>%1, Hydra key set, %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n key(s)</source>
        <translation>
            <numerusform>%1, %n key</numerusform>
            <numerusform>%1, %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All keys (%n)</source>
        <translation>
            <numerusform>All keys (%n)</numerusform>
            <numerusform>All keys (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), no signing key</source>
        <translation>
            <numerusform>%1: %n key, no signing key</numerusform>
            <numerusform>%1: %n keys, no signing key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s), signs with %2</source>
        <translation>
            <numerusform>%1: %n key, signs with %2</numerusform>
            <numerusform>%1: %n keys, signs with %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating an RSA 4096 key for %n key set(s)…</source>
        <translation>
            <numerusform>Generating an RSA 4096 key for %n key set…</numerusform>
            <numerusform>Generating an RSA 4096 key for %n key sets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>Importing %n item into %1…</numerusform>
            <numerusform>Importing %n items into %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation>
            <numerusform>%n selected key</numerusform>
            <numerusform>%n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key set %1 (%n key(s))</source>
        <translation>
            <numerusform>key set %1 (%n key)</numerusform>
            <numerusform>key set %1 (%n keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1. The clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Copied the %1. The clipboard is cleared in %n s.</numerusform>
            <numerusform>Copied the %1. The clipboard is cleared in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move key set %1 with %n key(s) to the trash? %2 brings it back.</source>
        <translation>
            <numerusform>Move key set %1 with %n key to the trash? %2 brings it back.</numerusform>
            <numerusform>Move key set %1 with %n keys to the trash? %2 brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s); a key was changed without the system secret, so the signing key is not known</source>
        <translation>
            <numerusform>%1: %n key; a key was changed without the system secret, so the signing key is not known</numerusform>
            <numerusform>%1: %n keys; a key was changed without the system secret, so the signing key is not known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) of %1 to the trash. %2 restores them.</source>
        <translation>
            <numerusform>Moved %n key of %1 to the trash. %2 restores it.</numerusform>
            <numerusform>Moved %n keys of %1 to the trash. %2 restores them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) found in all key sets</source>
        <translation>
            <numerusform>%n key found in all key sets</numerusform>
            <numerusform>%n keys found in all key sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s) to the trash?</source>
        <translation>
            <numerusform>Move %n key to the trash?</numerusform>
            <numerusform>Move %n keys to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be imported when the running import is done.</source>
        <translation>
            <numerusform>%n item will be imported when the running import is done.</numerusform>
            <numerusform>%n items will be imported when the running import is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotate every %n day(s)</source>
        <translation>
            <numerusform>rotate every %n day</numerusform>
            <numerusform>rotate every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publish %n day(s) before activating</source>
        <translation>
            <numerusform>publish %n day before activating</numerusform>
            <numerusform>publish %n days before activating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s) due for rotation (%1 overdue)</source>
        <translation>
            <numerusform>%n key set due for rotation (%1 overdue)</numerusform>
            <numerusform>%n key sets due for rotation (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s) due for rotation</source>
        <translation>
            <numerusform>%n key set due for rotation</numerusform>
            <numerusform>%n key sets due for rotation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::PassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::PublishedKeysDialog</name>
    <message numerus="yes">
        <source>%n key(s) published</source>
        <translation>
            <numerusform>%n key published</numerusform>
            <numerusform>%n keys published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteController</name>
    <message numerus="yes">
        <source>Reading %n key set(s) from %1…</source>
        <translation>
            <numerusform>Reading %n key set from %1…</numerusform>
            <numerusform>Reading %n key sets from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n key set(s) from %1.</source>
        <translation>
            <numerusform>Read %n key set from %1.</numerusform>
            <numerusform>Read %n key sets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulling replaces the local keys of %n key set(s) with what %1 holds, in one step. Keys removed here go to the trash.</source>
        <translation>
            <numerusform>Pulling replaces the local keys of %n key set with what %1 holds, in one step. Keys removed here go to the trash.</numerusform>
            <numerusform>Pulling replaces the local keys of %n key sets with what %1 holds, in one step. Keys removed here go to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are sent, oldest first.</source>
        <translation>
            <numerusform>%n key are sent, oldest first.</numerusform>
            <numerusform>%n keys are sent, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) only on the server are deleted there: %1.</source>
        <translation>
            <numerusform>%n key only on the server are deleted there: %1.</numerusform>
            <numerusform>%n keys only on the server are deleted there: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent key set %1 to %2 (%n key(s)).</source>
        <translation>
            <numerusform>Sent key set %1 to %2 (%n key).</numerusform>
            <numerusform>Sent key set %1 to %2 (%n keys).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now on the server: %n key(s), signing key %1.</source>
        <translation>
            <numerusform>Now on the server: %n key, signing key %1.</numerusform>
            <numerusform>Now on the server: %n keys, signing key %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client %1 on %2 now holds %n key(s); read back and checked.</source>
        <translation>
            <numerusform>Client %1 on %2 now holds %n key; read back and checked.</numerusform>
            <numerusform>Client %1 on %2 now holds %n keys; read back and checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteProfileDialog</name>
    <message numerus="yes">
        <source>%n header(s) saved; type to replace</source>
        <translation>
            <numerusform>%n header saved; type to replace</numerusform>
            <numerusform>%n headers saved; type to replace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSetModel</name>
    <message numerus="yes">
        <source>%n key(s), no signing key</source>
        <translation>
            <numerusform>%n key, no signing key</numerusform>
            <numerusform>%n keys, no signing key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), signs with %1</source>
        <translation>
            <numerusform>%n key, signs with %1</numerusform>
            <numerusform>%n keys, signs with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::RemoteSync</name>
    <message numerus="yes">
        <source>%1 was published to %2 on %3 at %4, and the rotation policy of %2 asks for %n day(s) between publishing and activating (until %5): verifiers may not have fetched the new public key yet, and would reject the tokens it signs.</source>
        <translation>
            <numerusform>%1 was published to %2 on %3 at %4, and the rotation policy of %2 asks for %n day between publishing and activating (until %5): verifiers may not have fetched the new public key yet, and would reject the tokens it signs.</numerusform>
            <numerusform>%1 was published to %2 on %3 at %4, and the rotation policy of %2 asks for %n days between publishing and activating (until %5): verifiers may not have fetched the new public key yet, and would reject the tokens it signs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::StoreCommands</name>
    <message numerus="yes">
        <source>Delete %n Key(s)</source>
        <translation>
            <numerusform>Delete %n Key</numerusform>
            <numerusform>Delete %n Keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::TrashDialog</name>
    <message numerus="yes">
        <source>The %n item(s) in the trash will be deleted for good, with their private keys. This cannot be undone.</source>
        <translation>
            <numerusform>The %n item in the trash will be deleted for good, with their private keys. This cannot be undone.</numerusform>
            <numerusform>The %n items in the trash will be deleted for good, with their private keys. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jwk::TrashModel</name>
    <message numerus="yes">
        <source>Key set with %n key(s)</source>
        <translation>
            <numerusform>Key set with %n key</numerusform>
            <numerusform>Key set with %n keys</numerusform>
        </translation>
    </message>
</context>
</TS>
