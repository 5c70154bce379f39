#pragma once
// The encrypted key store: key sets and their keys in one SQLite database (QtSql), each key's whole JWK
// encrypted at rest with the system secret exactly as Ory Hydra encrypts hydra_jwk rows, and the public facts
// (kid, kty, size, alg, use, thumbprint, public JWK) in clear for listing and search without decrypting.
//
// Order follows Hydra: newest first, and the newest key with private material is the set's signing key.
// Every multi-row change is one transaction. Deletion goes to a trash until it is emptied. An audit log records
// what happened to which key, never the material.

#include "keys/JsonWebKey.h"
#include "remote/RemoteProfile.h"
#include "store/StoreError.h"
#include "store/SystemSecret.h"

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace jwk {

class SqlDialect;

struct KeySetInfo
{
    QString name;
    QString description;
    QDateTime created;
    QDateTime updated;
    int keyCount = 0;
    QString signingKid; // empty when the set has no private key, or a row of it is tampered
    bool deleted = false;
    bool tampered = false; // a key of the set was changed without the secret: its signer is not known
};

// Tampered: the row's clear columns were changed without the system secret (their seal does not match); it is never
// the signer and nothing public is made from it.
enum class KeyRole { Signing, Private, PublicOnly, CannotDecrypt, Tampered };
QString keyRoleName(KeyRole role); // "signing", "private", "public only", "cannot decrypt", "tampered"

struct KeyInfo
{
    QString setName;
    QString kid;
    qint64 sequence = 0; // higher is newer
    QString kty;
    QString crv;
    int sizeBits = 0;
    QString alg;
    QString use;
    QString thumbprint;
    bool hasPrivate = false;
    bool decryptable = true; // a configured secret matches the row
    KeyRole role = KeyRole::PublicOnly;
    QDateTime created;
    bool deleted = false;
    QString typeDescription() const; // "RSA 4096", "EC P-256"
};

struct TrashEntry
{
    QString setName;
    QString kid; // empty for a whole set
    QDateTime deleted;
    int keyCount = 0; // for a set
};

// A staged rotation in progress (Hydra itself has none: a new key signs at once).
struct RotationState
{
    enum class Step { Published, Activated, Retired };
    QString remote; // profile name or URL
    QString setName;
    QString newKid;
    QString oldKid; // the signing key when the rotation started
    Step step = Step::Published;
    QDateTime updated;
};

struct AuditEntry
{
    QDateTime at;
    QString action;
    QString setName;
    QString kid;
    QString detail;
};

struct AddKeysResult
{
    QStringList added;   // kids
    QStringList skipped; // "kid: reason" (duplicates by thumbprint)
    QStringList failed;  // "kid: reason"
};

struct RotationResult
{
    int reencrypted = 0;       // rows moved to the first secret
    int alreadyCurrent = 0;    // rows that were under the first secret already
    QStringList undecryptable; // "set/kid" rows no configured secret opens (left as they were)
};

class KeyStore
{
public:
    enum class Audit {
        Created,
        Imported,
        Generated,
        ExportedPrivate,
        CopiedPrivate,
        ShownPrivate, // private members shown on screen (desktop)
        Pushed,
        Pulled,
        Updated,
        Deleted,
        Restored,
        Purged,
        Reencrypted,
    };

    // Opens (creating on first use) the store at `path` with `secret`. Throws StoreError: WrongSecret (detected
    // at once from a verifier, before anything is written), Io, Busy.
    static std::unique_ptr<KeyStore> open(const QString& path, const SystemSecret& secret);
    // The store at `path` with SECRETS_SYSTEM or its generated secret (never generating one for a store that
    // already exists).
    static std::unique_ptr<KeyStore> open(const QString& path);
    ~KeyStore();

    // QStandardPaths' data location of the app jwkman: ~/.local/share/jwkman/jwkman.sqlite on Linux.
    static QString defaultPath();
    // --store PATH, else $JWKMAN_STORE, else defaultPath().
    static QString resolvePath(const QString& explicitPath);

    QString path() const { return m_path; }
    const SystemSecret& secret() const { return m_secret; }

    // --- sets
    QList<KeySetInfo> keySets() const;
    std::optional<KeySetInfo> keySet(const QString& name) const;
    void createKeySet(const QString& name, const QString& description = QString());
    void renameKeySet(const QString& name, const QString& newName);
    void setDescription(const QString& name, const QString& description);

    // --- keys (public facts only; nothing is decrypted)
    QList<KeyInfo> keys(const QString& setName) const; // newest first
    QList<KeyInfo> allKeys() const;                    // every set, for search
    std::optional<KeyInfo> keyInfo(const QString& setName, const QString& kid) const;
    QString signingKid(const QString& setName) const;
    // The public JWK as stored in clear (oct keys: their metadata only).
    QJsonObject publicJwk(const QString& setName, const QString& kid) const;

    // Decrypts one key. Throws StoreError Undecryptable (no configured secret opens it) or Tampered (it opens
    // but its kid or thumbprint differs from the row's: the row was moved or swapped).
    JsonWebKey loadKey(const QString& setName, const QString& kid) const;
    // All keys of a set, newest first; decrypted when `decrypt`, else from the clear public JWKs.
    QList<JsonWebKey> loadKeys(const QString& setName, bool decrypt) const;

    // Adds keys in one transaction; the first key of the list becomes the newest (a JWK Set's order). A key
    // without kid gets its RFC 7638 thumbprint. Same thumbprint as a key of the set: skipped. Same kid as a
    // different key: failed. With createSet the set is created when missing.
    AddKeysResult addKeys(const QString& setName, const QList<JsonWebKey>& keys, Audit action = Audit::Imported,
                          bool createSet = true);
    // addKeys() for several sets in one transaction: all of them or none (Hydra's default sets).
    QList<AddKeysResult> addKeysToSets(const QList<QPair<QString, QList<JsonWebKey>>>& sets,
                                       Audit action = Audit::Imported);
    // Replaces the set's keys with `keys` (first = newest), in one transaction: Hydra's PUT /keys/{set}.
    void replaceKeys(const QString& setName, const QList<JsonWebKey>& keys, Audit action = Audit::Pulled);
    // Changes kid, alg and use of a key (re-encrypting it with the new members).
    void updateKeyMetadata(const QString& setName, const QString& kid, const QString& newKid, const QString& alg,
                           const QString& use);

    // --- trash
    void deleteKey(const QString& setName, const QString& kid);
    void deleteKeySet(const QString& setName);
    QList<TrashEntry> trash() const;
    void restoreKey(const QString& setName, const QString& kid);
    void restoreKeySet(const QString& setName);
    int emptyTrash(); // returns the number of keys purged

    // --- secret
    RotationResult rotateSecret();

    // --- remote Hydra endpoints (credentials encrypted like keys)
    // Inserts or replaces by name. With `replacing` (another name), the remote of that name is renamed to
    // profile.name in the same transaction; refused while a rotation staged under the old name is unfinished.
    void saveRemote(const RemoteProfile& profile, const QString& replacing = QString());
    QList<RemoteProfile> remotes() const;
    std::optional<RemoteProfile> remote(const QString& name) const;
    void removeRemote(const QString& name);

    // --- staged rotations
    void saveRotation(const RotationState& state);
    std::optional<RotationState> rotation(const QString& remote, const QString& setName) const;
    void clearRotation(const QString& remote, const QString& setName);

    // Replaces several sets' keys in one transaction (a pull of several sets applies all or nothing).
    void replaceKeySets(const QList<QPair<QString, QList<JsonWebKey>>>& sets, Audit action = Audit::Pulled);

    // --- audit
    void audit(Audit action, const QString& setName, const QString& kid, const QString& detail = QString());
    QList<AuditEntry> auditLog(int limit = 1000) const;
    static QString auditName(Audit action);

    // Flushes the write-ahead log into the database file.
    void checkpoint();

private:
    KeyStore(QString path, SystemSecret secret, QString connection);
    // Both open()s hold the store's lock (StoreFiles.h) around this: secret check, creation and schema.
    static std::unique_ptr<KeyStore> openLocked(const QString& path, const SystemSecret& secret);
    static void prepareFolder(const QFileInfo& info);
    void initialise(bool fresh);
    void verifySecret() const;
    void migrate(int from);

    qint64 setId(const QString& name, bool includeDeleted = false) const;
    QString encryptKey(const JsonWebKey& key) const;
    // created 0: now. deleted null: live.
    void insertKey(qint64 setId, const JsonWebKey& key, qint64 sequence, qint64 createdAt = 0,
                   const QVariant& deletedAt = QVariant());

    // --- the seal of the clear columns (KeyStoreSeal.cpp, RowSeal.h)
    enum class Seal { Authentic, Tampered, UnknownSecret };
    // Selected as "SELECT <kSealedKeyColumns> ..." (13 columns: set_id, kid, seq, kty, crv, size_bits, alg, key_use,
    // thumbprint, has_private, secret_fp, public_jwk, row_mac), the jwk_keys table aliased k.
    static const QString kSealedKeyColumns;
    static constexpr int kSealedKeyColumnCount = 13;
    Seal checkSeal(const QSqlQuery& q, int first) const;
    // Throws StoreError Tampered or Undecryptable unless the seal is authentic.
    void requireAuthentic(Seal seal, const QString& setName, const QString& kid) const;
    QByteArray keyRowMac(int secretIndex, qint64 setId, const QString& kid, qint64 seq, const QString& kty,
                         const QString& crv, int sizeBits, const QString& alg, const QString& use,
                         const QString& thumbprint, bool hasPrivate, const QByteArray& publicJwk) const;
    // The thumbprint column: RFC 7638 for public-key types, keyed for oct keys (their thumbprint hashes the secret).
    QString thumbprintColumn(const JsonWebKey& key, int secretIndex) const;
    // The kid of a key that has none: its thumbprint, or a random UUID for an oct key.
    static QString defaultKid(const JsonWebKey& key);
    QByteArray rotationMac(int secretIndex, const QString& remote, const QString& setName, const QString& newKid,
                           const QString& oldKid, const QString& step) const;
    // Schema 4: seals every row this secret opens (its clear facts rewritten from the decrypted key).
    void sealExistingRows();
    // Re-seals authentic rotations under the first secret (migrating: unsealed rows count as authentic).
    void resealRotations(bool migrating);
    void resealRemotes();
    AddKeysResult addKeysLocked(const QString& setName, const QList<JsonWebKey>& keys, Audit action, bool createSet);
    void replaceKeysLocked(const QString& setName, const QList<JsonWebKey>& keys, Audit action);
    // A private key replaced by another key under its kid goes to the trash as "<kid>~replaced-<time>".
    void trashReplacedKey(qint64 id, const QString& setName, JsonWebKey key, qint64 sequence, Audit action);
    bool keyRowExists(qint64 id, const QString& kid) const;
    int reencryptRemotes(QStringList* undecryptable);
    RemoteProfile remoteFromQuery(const class QSqlQuery& q) const;
    qint64 nextSequence() const;
    void touchSet(qint64 setId);
    QList<KeyInfo> queryKeys(const QString& where, const QVariantList& binds) const;
    QList<KeySetInfo> querySets(const QString& condition, const QVariantList& binds) const;

    QSqlDatabase db() const;
    // A write statement (INSERT, UPDATE or DELETE) prepared once per store and kept: SQLite takes about as long to
    // parse an INSERT as to run it, and a pull writes thousands. A kept SELECT would hold its read snapshot open,
    // so queries are prepared where they run.
    QSqlQuery& prepared(const QString& sql, const QString& what);
    JsonWebKey decryptRow(const QString& setName, const QString& kid, const QByteArray& keydata,
                          const QString& thumbprint) const;

    QString m_path;
    SystemSecret m_secret;
    QString m_connection;
    const SqlDialect* m_dialect = nullptr;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace jwk
