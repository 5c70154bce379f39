#include "CommandTable.h"

#include "CliContext.h"
#include "Commands.h"

#include <QRegularExpression>

namespace jwk::cli {

#ifndef JWKMAN_CLI_KEYS_ONLY
const QList<RemoteSubcommand>& remoteSubcommands()
{
    // A synopsis may hold its own line break (add); the help puts a note at column 41, or below when the synopsis
    // is longer.
    static const QList<RemoteSubcommand> table = {
        {QStringLiteral("add"),
         QStringLiteral("remote add NAME URL [--public-url URL] [--token-file F] [--header 'Name: value'] "
                        "[--header-file F]\n             [--ca F] [--client-cert F --client-key F] [--set S]..."),
         QString(), runRemoteAdd},
        {QStringLiteral("list"), QStringLiteral("remote list"), QString(), runRemoteList},
        {QStringLiteral("remove"), QStringLiteral("remote remove NAME"), QString(), runRemoteRemove},
        {QStringLiteral("pull"), QStringLiteral("remote pull NAME [--set S] [--yes]"),
         QStringLiteral("print the difference; apply it with --yes"), runRemotePull},
        {QStringLiteral("diff"), QStringLiteral("remote diff NAME [--set S]"), QString(), runRemoteDiff},
        {QStringLiteral("push"), QStringLiteral("remote push NAME SET [KID] [--yes]"),
         QStringLiteral("PUT a key (it becomes the newest, and the signer if private) or the whole set"),
         runRemotePush},
        {QStringLiteral("generate"), QStringLiteral("remote generate NAME SET --alg ALG [--kid KID] [--use sig|enc]"),
         QString(), runRemoteGenerate},
        {QStringLiteral("delete"), QStringLiteral("remote delete NAME SET [KID] --yes"), QString(), runRemoteDelete},
        {QStringLiteral("rotate"),
         QStringLiteral("remote rotate NAME SET --step publish|activate|retire [--plan] [--yes]"),
         QStringLiteral("each step prints the remote set and what it does first"), runRemoteRotate},
        {QStringLiteral("client-keys"),
         QStringLiteral("remote client-keys NAME CLIENT_ID --set SET [--keep-existing] [--yes]"),
         QStringLiteral("the set's public keys as an OAuth2 client's jwks (private_key_jwt): print which kids it "
                        "gains and loses;\n                                         apply with --yes; --keep-existing "
                        "adds and removes none"),
         runRemoteClientKeys},
    };
    return table;
}

namespace {

QStringList remoteSubcommandNames()
{
    QStringList names;
    for (const auto& s : remoteSubcommands()) {
        names << s.name;
    }
    return names;
}

QString remoteSynopsis()
{
    return QStringLiteral("remote %1 ...").arg(remoteSubcommandNames().join(QLatin1Char('|')));
}

QString remoteDescription()
{
    constexpr int noteColumn = 41;
    QString text = QStringLiteral(
        "Sync with an Ory Hydra admin endpoint (/admin/keys/{set}; client-keys: /admin/clients/{id}).\n");
    for (const auto& s : remoteSubcommands()) {
        QString line = QStringLiteral("  ") + s.synopsis;
        if (!s.note.isEmpty()) {
            line = line.size() < noteColumn ? line.leftJustified(noteColumn)
                                            : line + QLatin1Char('\n') + QString(noteColumn, QLatin1Char(' '));
            line += s.note;
        }
        text += line + QLatin1Char('\n');
    }
    return text +
           QStringLiteral("Every command takes --url URL instead of NAME for a one-off endpoint. https only, with full "
                          "certificate verification; plain http only to loopback.\n"
                          "Custom headers (--header, --header-file) are one line of text each; Host, Content-Length,\n"
                          "Transfer-Encoding, Connection and Authorization cannot be set (the bearer token comes from\n"
                          "--token-file). Give secrets in files (--token-file, --header-file), never on the command "
                          "line.\n"
                          "remote diff exits 2 when a set is neither on the server nor in the store (a misspelt name); "
                          "pull warns.\n"
                          "remote rotate --step activate sooner after --step publish than the set's policy's overlap "
                          "asks on a terminal;\nwithout one it exits 2 unless --yes is given (nothing changes).\n"
                          "remote client-keys sends public keys only and refuses a set with an oct key, a client with "
                          "jwks_uri and a kid\nthe client holds with other key material (exit 2, as for an unknown "
                          "client); it reads the client back\nafter the change and fails (exit 1) when it differs.");
}

} // namespace

#endif

const QList<Command>& commands()
{
    static const QList<Command> table = {
        // --- keys alone (KeyCommands.cpp)
        {QStringLiteral("generate"),
         QStringLiteral("generate --alg ALG [--bits N | --crv CRV] [--kid KID | --kid-uuid] [--use sig|enc] "
                        "[--set SET [--store PATH]]"),
         false,
         QStringLiteral("Generate a key for a JOSE algorithm and print it as a private JWK. RSA defaults to 4096 bits "
                        "for RS* and 2048 for PS* and RSA-OAEP*, as Ory Hydra does; under 2048 is refused. The kid "
                        "defaults to the RFC 7638 thumbprint."),
         generateOptions, runGenerate},
        {QStringLiteral("public"), QStringLiteral("public [FILE|-]"), false,
         QStringLiteral("Print the public JWK of a key, or a public JWK Set when the input holds several. Input: JWK, "
                        "JWK Set, PEM or DER."),
         inputOptions, runPublic},
        {QStringLiteral("thumbprint"), QStringLiteral("thumbprint [--hash sha256|sha1|sha384|sha512] [FILE|-]"), false,
         QStringLiteral("Print the RFC 7638 thumbprint (base64url) of each key, one per line."), thumbprintOptions,
         runThumbprint},
        // Three lines: the plain forms, then the two password-protected ones with what they need.
        {QStringLiteral("convert"),
         QStringLiteral("convert --to %1 [--passphrase-file F] [--encrypt] [--out FILE] [FILE|-]\n"
                        "  convert --to jwe [--passphrase-file F] [FILE|-]\n"
                        "  convert --to p12 --passphrase-file F --out FILE [FILE|-]")
             .arg(conversionTargetNames(false)
                      .filter(QRegularExpression(QStringLiteral("^(?!jwe$|p12$)")))
                      .join(QLatin1Char('|'))),
         false,
         QStringLiteral("Convert keys. pem and der write PKCS#8 for private keys and SPKI for public ones; --encrypt "
                        "writes encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) with the passphrase from "
                        "--passphrase-file. pkcs1 is RSA only, sec1 EC private keys only. jwe writes the JWK (or the "
                        "JWK Set, for several keys) as a password-protected compact JWE (PBES2-HS512+A256KW, "
                        "A256GCM, 600,000 PBKDF2 iterations; RFC 7517 Appendix C); without --passphrase-file the "
                        "passphrase is asked twice on the terminal. p12 writes one private key and its x5c chain as "
                        "PKCS#12 (AES-256-CBC, PBKDF2-HMAC-SHA256, 600,000 iterations, SHA-256 MAC, the kid as "
                        "friendly name). Input of every command may be such a JWE or PKCS#12 file too; its "
                        "passphrase comes from --passphrase-file or the terminal."),
         convertOptions, runConvert},
        {QStringLiteral("inspect"), QStringLiteral("inspect [FILE|-]"), false,
         QStringLiteral("Describe each key (type, size or curve, alg, use, kid, thumbprint, certificate) and list the "
                        "lint findings."),
         inputOptions, runInspect},

#ifndef JWKMAN_CLI_KEYS_ONLY
        // --- the key sets of the store (KeySetCommands.cpp, TrashCommands.cpp, SecretCommands.cpp)
        {QStringLiteral("sets"),
         QStringLiteral("sets"),
         true,
         QStringLiteral("List the key sets: name, key count and the kid of the signing key."),
         {},
         runSets},
        {QStringLiteral("keys"),
         QStringLiteral("keys SET"),
         true,
         QStringLiteral("List the keys of a set, newest first: kid, kty, alg, use, thumbprint and role (signing: the "
                        "newest private key, the one Hydra signs with; public only; cannot decrypt)."),
         {},
         runKeys},
        {QStringLiteral("add-set"), QStringLiteral("add-set SET [--description TEXT]"), true,
         QStringLiteral("Create an empty key set."), addSetOptions, runAddSet},
        {QStringLiteral("import"), QStringLiteral("import --set SET [--keep-signer] [--passphrase-file F] FILE..."),
         true,
         QStringLiteral("Import keys from JWK, JWK Set, password-protected JWE, PEM, DER or PKCS#12 files into a set "
                        "(created when missing). Keys "
                        "already in the set (same thumbprint) are skipped; a key without kid gets its thumbprint. The "
                        "first key listed becomes the newest, and a new private key the signing key (warned); "
                        "--keep-signer adds them below the signing key instead. Prints the imported, skipped and "
                        "failed counts and the signer; exit 2 when any failed."),
         importOptions, runImport},
        {QStringLiteral("export"), QStringLiteral("export SET [--private] [--out FILE]"), true,
         QStringLiteral("Write a set as a JWK Set, newest first: public keys by default; --private includes private "
                        "keys (the file is written atomically with mode 0600, and the export is audited)."),
         exportOptions, runExport},
        {QStringLiteral("delete"),
         QStringLiteral("delete SET [KID]"),
         true,
         QStringLiteral("Move a key, or a whole set, to the trash."),
         {},
         runDelete},
        {QStringLiteral("trash"),
         QStringLiteral("trash"),
         true,
         QStringLiteral("List what is in the trash."),
         {},
         runTrash},
        {QStringLiteral("restore"),
         QStringLiteral("restore SET [KID]"),
         true,
         QStringLiteral("Restore a key or a set from the trash."),
         {},
         runRestore},
        {QStringLiteral("empty-trash"),
         QStringLiteral("empty-trash"),
         true,
         QStringLiteral("Delete what is in the trash for good."),
         {},
         runEmptyTrash},
        {QStringLiteral("policy"), QStringLiteral("policy SET [--rotate-every DAYS] [--overlap DAYS] [--clear]"), true,
         QStringLiteral("Show or set the rotation policy of a set, printed as {\"set\", \"rotate_every_days\", "
                        "\"overlap_days\"} (null: unset). --rotate-every: the signing key is due DAYS days after it "
                        "was created (jwkman-cli due). --overlap: at least DAYS days between remote rotate --step "
                        "publish and --step activate; an earlier activation asks first (--yes). Options not given "
                        "stay as they were; --clear removes the policy. The policy is sealed with the system secret, "
                        "follows the set when it is renamed, stays with it in the trash and is purged with it."),
         policyOptions, runPolicy},
        {QStringLiteral("due"), QStringLiteral("due [--at DATE] [--within DAYS]"), true,
         QStringLiteral("List the sets with a rotation period as {\"at\", \"sets\": [{\"set\", \"signer\", "
                        "\"signer_created\", \"rotate_every_days\", \"due_at\", \"status\"}]}, by name; sets "
                        "in the trash are left out. due_at = signer_created (when the signing key came into this "
                        "store) + rotate_every_days x 24 h, UTC. status: \"overdue\" from due_at on (due exactly at "
                        "DATE is overdue), \"due-soon\" from due_at - DAYS on, else \"ok\"; without --within "
                        "DAYS is 14 days or a tenth of the period, whichever is shorter. A set with a policy but no "
                        "known signer (no private key, or a key changed without the system secret) is \"overdue\" "
                        "with signer, signer_created and due_at null. DATE: ISO 8601, a date (its midnight UTC) or a "
                        "date and time (UTC unless it has an offset); default now. Exit 3 when any set is overdue or "
                        "due soon, else 0; 2 on a malformed DATE or DAYS."),
         dueOptions, runDue},
        {QStringLiteral("rotate-secret"),
         QStringLiteral("rotate-secret"),
         true,
         QStringLiteral("Re-encrypt every key under the first secret of SECRETS_SYSTEM (e.g. SECRETS_SYSTEM=new,old), "
                        "in one transaction, and report how many rows moved."),
         {},
         runRotateSecret},
        {QStringLiteral("secret-location"), QStringLiteral("secret-location [--show-secret]"), true,
         QStringLiteral("Say where the store's system secret lives; --show-secret also prints it, for a backup."),
         secretLocationOptions, runSecretLocation},
        {QStringLiteral("hydra-defaults"),
         QStringLiteral("hydra-defaults"),
         true,
         QStringLiteral("Create Ory Hydra's key sets where missing: hydra.openid.id-token and hydra.jwt.access-token "
                        "(RS256, RSA 4096, use sig, UUIDv4 kid) and hydra.https-tls (RSA 4096 with a self-signed "
                        "certificate for localhost and 127.0.0.1). \"suggested_policies\" lists a rotation policy "
                        "for each (not applied; see jwkman-cli help policy): the signing sets every 90 days with 7 "
                        "days of overlap (JWKS caches of a week), hydra.https-tls every 335 days (30 days before its "
                        "certificate expires)."),
         {},
         runHydraDefaults},

        // --- the store as a whole (StoreCommands.cpp)
        {QStringLiteral("store"),
         QStringLiteral("store copy FROM TO"),
         false,
         QStringLiteral(
             "Copy a whole store into a new, empty one, either way between an SQLite file and a team store on "
             "PostgreSQL (postgresql://[user@]host[:port]/dbname[?sslmode=...], an empty database), in one "
             "transaction on TO: every set, key, trashed key, remote, staged rotation, policy, recorded JWKS and "
             "audit entry. Rows are re-encrypted under TO's secret (SECRETS_SYSTEM; a new file without it gets a new "
             "secret of its own) and verified before the commit: every key decrypts under TO's secret alone to the "
             "source's key and every table has the source's rows. FROM's secret: JWKMAN_SOURCE_SECRETS_SYSTEM when "
             "set, else the secret kept beside an SQLite FROM, else SECRETS_SYSTEM. Secrets are never taken from the "
             "command line. Prints {\"from\", \"to\", \"keys\", \"reencrypted\", \"rows\": {TABLE: N}}. Exit 2 "
             "when TO is not empty or a row of FROM cannot be decrypted (nothing is written), 1 on an I/O failure."),
         {},
         runStore},

        // --- what is published (AuditCommands.cpp)
        {QStringLiteral("audit"),
         QStringLiteral("audit SOURCE [--against SET | --remote NAME [--set S]...] [--record] [--max-age DAYS]"), true,
         QStringLiteral(
             "Check a published JWK Set. SOURCE: an https URL (http only to loopback; --ca FILE for a private CA), "
             "a file, - for standard input, or remote:NAME (that remote's public URL + /.well-known/jwks.json). "
             "Prints {\"source\", \"keys\", \"findings\": [{\"severity\", \"code\", \"kid\", \"message\"}], "
             "\"comparison\", \"changes_since_last\"}. Codes: private-material, symmetric-key, duplicate-kid, "
             "invalid-key, weak-key, alg-mismatch, x5c-mismatch (errors); expired-certificate, missing-kid, "
             "missing-alg, key-age (warnings); missing-use (info). --against compares with a local set, --remote with "
             "what that Hydra's admin API holds for hydra.openid.id-token, hydra.jwt.access-token and each --set "
             "(webfinger.jwks.broadcast_keys). --record keeps what is published in the store; later runs report "
             "changes_since_last (added, removed, changed kids) and --max-age warns about keys first seen more than "
             "DAYS ago (or created in the store that long ago). Exit 0 when there is no error finding and no "
             "difference, 3 when there is, 2 for unreadable input, 1 for a network failure."),
         auditOptions, runAudit},

        // --- Ory Hydra's own database (HydraDbCommands.cpp)
        {QStringLiteral("hydra-db"),
         // One synopsis a line, as the issue gives them; --store (import's store, and where reencrypt puts its
         // backups) is an option of its own rather than the " [--store PATH]" the help would add to the last line.
         QStringLiteral("hydra-db check [--dsn DSN]\n"
                        "  hydra-db import [--dsn DSN] [--set S]... [--prefix P]\n"
                        "  hydra-db reencrypt [--dsn DSN] [--keep-newest N] --yes"),
         false,
         QStringLiteral(
             "Work on Ory Hydra's own database, table hydra_jwk. DSN: Hydra's DSN (default: the environment variable "
             "DSN): postgres://, postgresql:// or cockroach://user[:password]@host[:port]/db[?sslmode=...], or "
             "sqlite:///path/db.sqlite?_fk=true; Hydra's pool parameters (max_conns...) are ignored, libpq's "
             "(sslmode, sslrootcert...) passed on; a password in the DSN is used but never printed (else PGPASSWORD "
             "or ~/.pgpass). Hydra's secrets come from SECRETS_SYSTEM as Hydra reads them (the first encrypts, all "
             "decrypt). The table's columns must be exactly pk, sid, kid, nid, version, keydata, created_at, "
             "pk_deprecated.\n"
             "check (read-only) prints {\"rows\": N, \"sets\": {\"SET\": {\"keys\": n, \"undecryptable\": "
             "[kids]}}, \"secrets\": [{\"index\": i, \"rows\": n}]}: the rows each secret opens first (index 0 "
             "is the first of SECRETS_SYSTEM). With keys of several Hydra networks (nid) a set is named SET@NID.\n"
             "import (read-only on Hydra's side) copies Hydra's sets (or each --set) into the store as P + name, in "
             "one transaction, newest first as Hydra orders them (created_at, then pk), so Hydra's signer is the "
             "store's signer; the store opens with SECRETS_SYSTEM, or with its own secret when that is not it. It "
             "prints "
             "{\"database\", \"sets\": [{\"hydra_set\", \"set\", \"imported\", \"skipped\", \"failed\", "
             "\"hydra_signer\", \"signer\"}]}.\n"
             "reencrypt, with Hydra stopped, writes a backup of every row (keydata still encrypted; mode 0600, in "
             "hydra-db-backups beside the store of --store), then in one transaction (PostgreSQL: SERIALIZABLE, LOCK "
             "TABLE "
             "hydra_jwk IN EXCLUSIVE MODE; SQLite: BEGIN IMMEDIATE) re-encrypts every row under the first secret, "
             "drops all but the N newest keys of each set with --keep-newest (never a set's signer, never a key a "
             "trust grant names), and verifies every row opens under the first secret alone before it commits. "
             "It prints {\"database\", \"rows\", \"reencrypt\", \"already_current\", \"undecryptable\", "
             "\"keep_newest\", \"drop\": [{\"set\", \"kid\", \"created_at\"}], \"refusals\", \"applied\"} with "
             "\"backup\" and \"verified\" once applied; without --yes it prints that plan (with \"backup_folder\") "
             "and exits 64.\n"
             "Exit: 0 done; 1 database or backup failure (nothing changed); 2 invalid input (DSN, SECRETS_SYSTEM, "
             "unknown columns or set, a refused plan, keys the store refused); 3 a row opens under none of the "
             "secrets (check reports it; import and reencrypt refuse); 64 usage or reencrypt without --yes."),
         hydraDbOptions, runHydraDb},
        // --- tokens (JwtCommands.cpp): three subcommands, one synopsis line each
        {QStringLiteral("jwt"), jwtSynopsis(), false,
         QStringLiteral(
             "Decode, verify and sign JWTs (compact JWS). TOKEN may be given as - or left out: it is then read from "
             "standard input, which keeps it (a credential) out of the process list and the shell history.\n"
             "decode prints {\"header\", \"payload\", \"signature\", \"times\"} without verifying (times: exp, "
             "nbf, iat as ISO 8601 UTC).\n"
             "verify prints {\"valid\", \"alg\", \"kid\", \"key\": {\"set\", \"kid\", \"thumbprint\"}, "
             "\"claims\", \"problems\": [{\"code\", \"message\"}]}. Codes: bad-signature, unknown-kid, "
             "alg-not-allowed, alg-key-mismatch, alg-none, expired, not-yet-valid, wrong-issuer, wrong-audience, "
             "crit-unsupported. Without a kid every key of the source that fits the alg is tried. --jwks URL: https "
             "only (http to loopback), redirects not followed (--ca, --timeout).\n"
             "sign prints the compact JWS: alg and kid in the header from the key, iat set; --set uses the set's "
             "signer (the newest private key, as Hydra chooses it) unless --kid names another, and is audited "
             "(signed-token).\n"
             "Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512, EdDSA (Ed25519, Ed448). "
             "Refused: none, HS* with an asymmetric key, RSA under 2048 bits for signing.\n"
             "Exit status: 0 valid (decode, sign: success), 3 invalid, 2 malformed token or key input, 1 network."),
         jwtOptions, runJwt},

        // --- remote Hydra endpoints (RemoteProfileCommands.cpp, RemoteSyncCommands.cpp): the synopsis and the
        // description list the subcommands of remoteSubcommands()
        {QStringLiteral("remote"), remoteSynopsis(), false, remoteDescription(), remoteOptions, runRemote},
#endif
    };
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const auto& c : commands()) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

QString usageOf(const QString& command)
{
#ifndef JWKMAN_CLI_KEYS_ONLY
    if (command.startsWith(QStringLiteral("remote "))) {
        for (const auto& s : remoteSubcommands()) {
            if (command.mid(7) == s.name) {
                return s.synopsis.simplified(); // the help's line break is not part of it
            }
        }
    }
#endif
    const Command* c = findCommand(command);
    return c ? c->synopsis.simplified() : command;
}

void usageErrorFor(const QString& command)
{
    usageError(QStringLiteral("usage: jwkman-cli %1").arg(usageOf(command)));
}

QString helpSynopsis(const Command& command)
{
    return command.onStore ? command.synopsis + QStringLiteral(" [--store PATH]") : command.synopsis;
}

QString overview()
{
    QString text = QStringLiteral("Usage: jwkman-cli COMMAND [OPTIONS] [ARGS]\n\n"
                                  "JWK Manager on the command line: JSON Web Keys (RSA, EC, OKP, oct), RFC 7638 "
                                  "thumbprints,\nJWK <-> PEM/DER conversion.\n\nCommands:\n");
    for (const auto& c : commands()) {
        text += QStringLiteral("  %1\n").arg(helpSynopsis(c));
    }
    text += QStringLiteral(
        "\n  help COMMAND     Show the help of a command.\n"
        "  --version        Show the version.\n\n"
        "Input is a file or - for standard input: JWK, JWK Set, password-protected JWE, PEM, "
        "DER or PKCS#12,\ndetected automatically.\nExit status: 0 success, 2 invalid input, 64 usage error.\n");
    return text;
}

void addCommandOptions(QCommandLineParser& parser, const Command& command)
{
    addCommonOptions(parser);
    if (command.onStore) {
        storeOption(parser);
    }
    if (command.addOptions) {
        command.addOptions(parser);
    }
}

QString commandHelp(const Command& command)
{
    QCommandLineParser parser;
    addCommandOptions(parser, command);
    QString options = parser.helpText();
    // QCommandLineParser's first line is "Usage: <app> [options] ...": replace it with the synopsis.
    const qsizetype firstBreak = options.indexOf(QLatin1Char('\n'));
    options = options.mid(firstBreak + 1).trimmed();
    return QStringLiteral("Usage: jwkman-cli %1\n\n%2\n\n%3\n")
        .arg(helpSynopsis(command), command.description, options);
}

} // namespace jwk::cli
