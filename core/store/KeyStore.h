#pragma once
// The encrypted key store: key sets and their keys in one SQLite database (QtSql), each key's whole JWK
// encrypted at rest with the system secret exactly as Ory Hydra encrypts hydra_jwk rows, and the public facts
// (kid, kty, size, alg, use, thumbprint, public JWK) in clear for listing and search without decrypting.
//
// Order follows Hydra: newest first, and the newest key with private material is the set's signing key.
// Every multi-row change is one transaction. KeyStore holds the connection and the sets and keys; the trash, the
// audit log, the staged rotations and the rotation policies are parts over the same connection (trash(), audit(),
// rotations(), policies()), and the
// saved remotes live with remote/ (SavedRemotes).

#include "keys/JsonWebKey.h"
#include "keys/KeyTexts.h"
#include "store/AuditLog.h"
#include "store/JwksSnapshots.h"
#include "store/KeyInfo.h"
#include "store/RotationPolicies.h"
#include "store/RowBatch.h"
#include "store/StagedRotations.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"
#include "store/Trash.h"

#include "store/StoreLocation.h"
#include <QDateTime>
#include <QFileInfo>
#include <QList>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace jwk {

class KeyParts;
class SavedRemotes;
class SqlDialect;

struct RotationResult
{
    int reencrypted = 0;       // rows moved to the first secret
    int alreadyCurrent = 0;    // rows that were under the first secret already
    QStringList undecryptable; // "set/kid" rows no configured secret opens (left as they were)
};

// What `store copy` copied: rows per table of the source, and how many rows were re-encrypted on the way.
struct StoreCopyResult
{
    QString from;
    QString to;
    QList<QPair<QString, int>> rows; // table, rows copied
    int keys = 0;
    int reencrypted = 0;
};

class KeyStore
{
public:
    // Opens (creating on first use) the store at `path` with `secret`. Throws StoreError: WrongSecret (detected
    // at once from a verifier, before anything is written), Io, Busy.
    static std::unique_ptr<KeyStore> open(const QString& path, const SystemSecret& secret);
    // The store at `path` with SECRETS_SYSTEM or its generated secret (never generating one for a store that
    // already exists).
    static std::unique_ptr<KeyStore> open(const QString& path);
    ~KeyStore();

    // QStandardPaths' data location of the app jwkman: ~/.local/share/jwkman/jwkman.sqlite on Linux.
    static QString defaultPath() { return defaultStorePath(); }
    // --store PATH, else $JWKMAN_STORE, else defaultPath().
    static QString resolvePath(const QString& explicitPath) { return resolveStorePath(explicitPath); }

    // The SQLite file's absolute path, or a team store's URL (without any password).
    QString path() const { return m_path; }
    // Who and from where this store's writes are recorded in the audit log.
    QString actor() const { return m_actor; }
    QString host() const { return m_host; }
    // Whether this is a team store on a database server (PostgreSQL) rather than an SQLite file.
    bool isTeamStore() const;
    const SystemSecret& secret() const { return m_secret; }

    // --- the parts over the same connection
    Trash& trash() { return m_trash; }
    const Trash& trash() const { return m_trash; }
    AuditLog& audit() { return m_audit; }
    const AuditLog& audit() const { return m_audit; }
    StagedRotations& rotations() { return m_rotations; }
    const StagedRotations& rotations() const { return m_rotations; }
    JwksSnapshots& snapshots() { return m_snapshots; }
    const JwksSnapshots& snapshots() const { return m_snapshots; }
    RotationPolicies& policies() { return m_policies; }
    const RotationPolicies& policies() const { return m_policies; }

    // --- sets
    // What to tell a person before a set is named so (a "/" that Hydra up to v2.3 cannot address); empty when nothing.
    // Names no Hydra can address ("." and "..") are refused by createKeySet() and renameKeySet() themselves.
    static QString setNameWarning(const QString& name);
    QList<KeySetInfo> keySets() const;
    // The live sets' names, sorted: what keySets() lists, without counting and reading every key for the signers.
    QStringList keySetNames() const;
    std::optional<KeySetInfo> keySet(const QString& name) const;
    void createKeySet(const QString& name, const QString& description = QString());
    void renameKeySet(const QString& name, const QString& newName);
    void setDescription(const QString& name, const QString& description);

    // --- keys (public facts only; nothing is decrypted)
    QList<KeyInfo> keys(const QString& setName) const; // newest first
    // The set's signer (the role keys() gives it) without listing the set: every row's seal is still checked, and a
    // set with a tampered live row has none. Throws NotFound for a missing set.
    std::optional<KeyInfo> signer(const QString& setName) const;
    QList<KeyInfo> allKeys() const; // every set, for search
    // keySets() and allKeys() from one read of the keys (a window lists both; the signers come from the same rows).
    StoreListing listing() const;
    std::optional<KeyInfo> keyInfo(const QString& setName, const QString& kid) const;
    QString signingKid(const QString& setName) const;
    // The public JWK as stored in clear (oct keys: their metadata only).
    QJsonObject publicJwk(const QString& setName, const QString& kid) const;

    // Decrypts one key. Throws StoreError Undecryptable (no configured secret opens it) or Tampered (it opens
    // but its kid or thumbprint differs from the row's: the row was moved or swapped).
    JsonWebKey loadKey(const QString& setName, const QString& kid) const;
    // All keys of a set, newest first; decrypted when `decrypt`, else from the clear public JWKs.
    QList<JsonWebKey> loadKeys(const QString& setName, bool decrypt) const;
    // loadKeys() a key at a time, for a set too large to hold (issue #18): `visit` gets each key, newest first, and may
    // keep it. Returns how many oct keys were left out without `decrypt` (they have no public form).
    int visitKeys(const QString& setName, bool decrypt, const std::function<void(JsonWebKey&&)>& visit) const;

    // Adds keys in one transaction; the first key of the list becomes the newest (a JWK Set's order), or, with
    // KeyPlacement::BelowSigner, the newest below the set's signer. A key without kid gets its RFC 7638 thumbprint.
    // Same thumbprint as a key of the set: skipped. Same kid as a different key: failed. With createSet the set is
    // created when missing.
    AddKeysResult addKeys(const QString& setName, const QList<JsonWebKey>& keys,
                          AuditLog::Action action = AuditLog::Action::Imported, bool createSet = true,
                          KeyPlacement placement = KeyPlacement::Newest);
    // addKeys() for keys given a chunk at a time, in parts each kept whole or not at all (the files of an import;
    // KeyParts): `open` gives them from the start, and again when the transaction is retried. The set is created
    // when missing; when no part gives a key that is kept, nothing is written (not even the set).
    AddKeysResult addKeyParts(const QString& setName, const std::function<std::unique_ptr<KeyParts>()>& open,
                              AuditLog::Action action = AuditLog::Action::Imported,
                              KeyPlacement placement = KeyPlacement::Newest);
    // addKeys() for several sets in one transaction: all of them or none (Hydra's default sets).
    QList<AddKeysResult> addKeysToSets(const QList<QPair<QString, QList<JsonWebKey>>>& sets,
                                       AuditLog::Action action = AuditLog::Action::Imported);
    // Replaces the set's keys with `keys` (first = newest), in one transaction: Hydra's PUT /keys/{set}.
    void replaceKeys(const QString& setName, const QList<JsonWebKey>& keys,
                     AuditLog::Action action = AuditLog::Action::Pulled);
    // Replaces several sets' keys in one transaction (a pull of several sets applies all or nothing). The keys are
    // the caller's, read where they are (a pull's 100,000 keys are not copied).
    void replaceKeySets(const QList<QPair<QString, const KeyTexts*>>& sets,
                        AuditLog::Action action = AuditLog::Action::Pulled);
    // Changes kid, alg and use of a key (re-encrypting it with the new members).
    void updateKeyMetadata(const QString& setName, const QString& kid, const QString& newKid, const QString& alg,
                           const QString& use);

    // Copies the whole store at `from` (opened with `fromSecret`) into the new, empty store at `to` (made with
    // `toSecret`; a file or a team store), in one transaction on the target: every row as it is, then every row under
    // another secret re-encrypted under the first of `toSecret`, then verified (every key decrypts under `toSecret`
    // alone to the same key, every table has the source's rows) before the commit. Throws StoreError: Conflict when the
    // target holds anything, Undecryptable/Tampered when a source row cannot be carried over; nothing is written then.
    static StoreCopyResult copyStore(const QString& from, const SystemSecret& fromSecret, const QString& to,
                                     const SystemSecret& toSecret);

    // --- the system secret: every key, remote and rotation moved under its first key, in one transaction.
    RotationResult rotateSecret();

    // Flushes the write-ahead log into the database file.
    void checkpoint();
    // Changes whenever another connection (another process, or a worker's own connection) has committed since the
    // last call; this connection's own writes leave it. Cheap (no file read): a window polls it to notice the CLI.
    // On a team store: the count of other connections' commits heard through LISTEN/NOTIFY (delivered by the event loop
    // of the thread that opened the store). -1 when the backend cannot tell.
    qint64 changeCounter() const;

private:
    // The parts work over this store's connection and its sealed rows.
    friend class AuditLog;
    friend class Trash;
    friend class StagedRotations;
    friend class JwksSnapshots;
    friend class RotationPolicies;
    friend class SavedRemotes;

    KeyStore(QString path, SystemSecret secret, QString connection);
    // Both open()s hold the store's lock (StoreFiles.h) around this: secret check, creation and schema.
    static std::unique_ptr<KeyStore> openLocked(const QString& path, const SystemSecret& secret);
    // A team store on PostgreSQL (ServerLocation.h): no files, locks or free-space checks of its own; the schema is
    // made under a server-side advisory lock.
    static std::unique_ptr<KeyStore> openServer(const QString& url, const SystemSecret& secret);
    static void prepareFolder(const QFileInfo& info);
    void initialise(bool fresh);
    StoreCopyResult copyFrom(KeyStore& source, const SystemSecret& targetSecret);
    // rotateSecret() in the caller's transaction (store copy runs it over the rows it copied).
    RotationResult rotateSecretLocked();
    void verifySecret() const;
    void migrate(int from);

    const SqlDialect& dialect() const { return *m_dialect; }
    qint64 setId(const QString& name, bool includeDeleted = false) const;
    QString encryptKey(const JsonWebKey& key) const;
    // A key row's values, in the columns' order of kKeyInsert (KeyStoreWrite.cpp), sealed (row_mac) and encrypted.
    // created 0: now. deleted null: live.
    QList<QVariant> keyRow(qint64 setId, const JsonWebKey& key, qint64 sequence, qint64 createdAt = 0,
                           const QVariant& deletedAt = QVariant());
    // Key rows sent many at a time (RowBatch), in the transaction that is open; flush() before anything reads them.
    RowBatch keyBatch(const QString& setName);
    RowBatch keyBatchFor(const QString& what); // `what` names the work in an error
    void insertKey(qint64 setId, const JsonWebKey& key, qint64 sequence, qint64 createdAt = 0,
                   const QVariant& deletedAt = QVariant());

    // --- the seal of the clear columns (KeyStoreSeal.cpp, RowSeal.h)
    enum class Seal { Authentic, Tampered, UnknownSecret };
    // Selected as "SELECT <kSealedKeyColumns> ..." (13 columns: set_id, kid, seq, kty, crv, size_bits, alg, key_use,
    // thumbprint, has_private, secret_fp, public_jwk, row_mac), the jwk_keys table aliased k.
    static const QString kSealedKeyColumns;
    static constexpr int kSealedKeyColumnCount = 13;
    Seal checkSeal(const QSqlQuery& q, int first) const;
    // The sealed columns of one row, each read from the query once: the key's clear facts into `facts` (its kid,
    // sequence, kty, crv, size, alg, use, thumbprint as stored, has_private), the rest returned.
    struct SealOnlyColumns
    {
        qint64 setId = 0;
        QByteArray secretFingerprint;
        QByteArray publicJwk;
        QByteArray rowMac;
    };
    static SealOnlyColumns readSealedColumns(const QSqlQuery& q, int first, KeyInfo& facts);
    Seal checkSeal(const SealOnlyColumns& columns, const KeyInfo& facts) const;
    // Throws StoreError Tampered or Undecryptable unless the seal is authentic.
    void requireAuthentic(Seal seal, const QString& setName, const QString& kid) const;
    QByteArray keyRowMac(int secretIndex, qint64 setId, const QString& kid, qint64 seq, const QString& kty,
                         const QString& crv, int sizeBits, const QString& alg, const QString& use,
                         const QString& thumbprint, bool hasPrivate, const QByteArray& publicJwk) const;
    // The thumbprint column: RFC 7638 for public-key types, keyed for oct keys (their thumbprint hashes the secret).
    QString thumbprintColumn(const JsonWebKey& key, int secretIndex) const;
    // The kid of a key that has none: its thumbprint, or a random UUID for an oct key.
    static QString defaultKid(const JsonWebKey& key);
    // Schema 4: seals every row this secret opens (its clear facts rewritten from the decrypted key).
    void sealExistingRows();
    AddKeysResult addKeysLocked(const QString& setName, KeyParts& parts, AuditLog::Action action, bool createSet,
                                KeyPlacement placement = KeyPlacement::Newest, bool* anyKept = nullptr);
    // The secret verifier (jwk_meta) under the first secret's key.
    QString newVerifier() const;
    // A new set's row and its "created" audit entry, inside the caller's transaction; returns its id.
    qint64 insertSetRow(const QString& name, const QString& description, const QString& what);
    // Moves an authentic row to another place in its set's order, renewing its seal (throws unless authentic).
    void resequence(qint64 setId, const QString& setName, const QString& kid, qint64 sequence);
    void replaceKeysLocked(const QString& setName, const KeyTexts& keys, AuditLog::Action action);
    // A private key replaced by another key under its kid goes to the trash as "<kid>~replaced-<time>".
    // Returns the kid the replaced key has in the trash.
    QString trashReplacedKey(qint64 id, const QString& setName, JsonWebKey key, qint64 sequence,
                             AuditLog::Action action);
    bool keyRowExists(qint64 id, const QString& kid) const;
    qint64 nextSequence() const;
    void touchSet(qint64 setId);
    QList<KeyInfo> queryKeys(const QString& where, const QVariantList& binds) const;
    // The rows queryKeys lists, one at a time, with the roles each row alone tells (the rule for a set with a tampered
    // row is the caller's).
    void visitKeyRows(const QString& where, const QVariantList& binds,
                      const std::function<void(KeyInfo&&)>& visit) const;
    QList<KeySetInfo> querySets(const QString& condition, const QVariantList& binds) const;
    QList<KeySetInfo> querySetRows(const QString& condition, const QVariantList& binds) const; // without signers
    // Each set's signer and tampered mark from its live keys (as queryKeys judged them).
    static void applySigners(QList<KeySetInfo>& sets, const QList<KeyInfo>& live);

    QSqlDatabase db() const;
    static QString loginName();
    // Runs a whole write (its transaction inside `body`) again when it lost a race with another writer on a team store
    // (StoreError::retryable: nothing of it was applied), a few times; then the error says who changed `setName`.
    template<class F>
    auto retrying(const QString& setName, F&& body) -> decltype(body())
    {
        for (int attempt = 1;; ++attempt) {
            try {
                return body();
            } catch (const StoreError& e) {
                if (!e.retryable()) {
                    throw;
                }
                if (attempt >= kWriteAttempts) {
                    throw StoreError(StoreError::Kind::Busy, conflictMessage(setName, e.message()));
                }
            }
        }
    }
    static constexpr int kWriteAttempts = 8;
    // "key set S was changed by alice@host at 10:42 …" from the newest audit entry of the set, else `fallback`.
    QString conflictMessage(const QString& setName, const QString& fallback) const;
    // A write statement (INSERT, UPDATE or DELETE) prepared once per store and kept: SQLite takes about as long to
    // parse an INSERT as to run it, and a pull writes thousands. A kept SELECT would hold its read snapshot open,
    // so queries are prepared where they run.
    QSqlQuery& prepared(const QString& sql, const QString& what);
    JsonWebKey decryptRow(const QString& setName, const QString& kid, const QByteArray& keydata,
                          const QString& thumbprint) const;

    QString m_path;
    QString m_actor; // who writes: the database user (current_user), or the login name for an SQLite file
    QString m_host;  // from where: this machine's host name
    // Team store: commits of other connections heard through LISTEN/NOTIFY (the change counter).
    std::shared_ptr<std::atomic<qint64>> m_notifications = std::make_shared<std::atomic<qint64>>(0);
    SystemSecret m_secret;
    QString m_connection;
    const SqlDialect* m_dialect = nullptr;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    AuditLog m_audit{*this};
    Trash m_trash{*this};
    StagedRotations m_rotations{*this};
    JwksSnapshots m_snapshots{*this};
    RotationPolicies m_policies{*this};
};

} // namespace jwk
