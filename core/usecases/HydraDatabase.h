#pragma once
// Ory Hydra's own database, for its operators (issue 17): what jwkman-cli hydra-db and the desktop's Hydra database
// window share.
//   check      which secret of SECRETS_SYSTEM opens each hydra_jwk row (Hydra's AEAD, SecretCipher); read-only.
//   import     Hydra's sets into jwkman's store (KeyStore::addKeysToSets: one transaction, the store's admission
//              checks), newest first as Hydra orders them, so that Hydra's signer is the store's signer.
//   reencrypt  every row under the first secret, in one transaction, after a backup file of the rows; verified
//              under the first secret alone before the commit. --keep-newest N drops older keys (into the backup).
// Sets are named by Hydra's sid. Hydra also keys rows by nid (its network): a database with one network (every
// self-hosted Hydra) shows plain set names; with several, a set is shown as "sid@nid", import refuses (it could not
// tell the sets apart in the store) and reencrypt keeps the newest N per sid and network.
// Hydra must be stopped for reencrypt: a running Hydra keeps writing with whatever secrets it started with, and this
// cannot be detected reliably from the database (PostgreSQL's LOCK TABLE keeps other writers out while it runs).

#include "hydradb/HydraDsn.h"
#include "hydradb/HydraJwkTable.h"
#include "keys/JsonWebKey.h"
#include "store/KeyInfo.h"
#include "store/SystemSecret.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jwk {

class KeyStore;

// One hydra_jwk row as read: the row, which secret opened it (-1: none) and the key.
struct HydraKeyRow
{
    HydraJwkRow row;
    QString set; // sid, or "sid@nid" when the database holds several networks
    int secretIndex = -1;
    std::optional<JsonWebKey> key;
};

// What the database holds, in Hydra's order (created_at, then pk: oldest first).
struct HydraSnapshot
{
    QString database; // HydraDsn::describe()
    QList<HydraKeyRow> rows;
    int secretCount = 0;
    QStringList networks;
    QHash<QString, int> trustGrants; // HydraJwkTable::trustKey -> grants naming that key

    QStringList setNames() const; // sorted
    // The rows of a set, newest first (as Hydra lists them): the first private key is the one Hydra signs with.
    QList<const HydraKeyRow*> setRows(const QString& set) const;
    // Hydra's signer: the newest key with private material, empty when none (or when it cannot be read).
    QString signerKid(const QString& set) const;
    // KeyInfo for the store's key views (roles: signing, private, public only, cannot decrypt), newest first.
    QList<KeyInfo> keyInfos(const QString& set) const;
    int undecryptableCount() const;
};

// jwkman-cli hydra-db check: {"rows": N, "sets": {"SET": {"keys": n, "undecryptable": [kids]}},
// "secrets": [{"index": i, "rows": n}]}. keys counts every row of the set; index is the 0-based place in
// SECRETS_SYSTEM (0 encrypts) and every configured secret is listed, with the rows it opens first.
QJsonObject hydraCheckJson(const HydraSnapshot& snapshot);

struct HydraImportSet
{
    QString hydraSet;
    QString storeSet;
    QStringList added;
    QStringList skipped;
    QStringList failed;
    QString hydraSigner;
    QString storeSigner;
};

struct HydraDroppedKey
{
    QString set;
    QString kid;
    QString createdAt;
    QString pk;
};

struct HydraReencryptPlan
{
    int rows = 0;
    int reencrypt = 0;           // rows under an older secret, to move under the first
    int alreadyCurrent = 0;      // rows under the first secret already
    QStringList undecryptable;   // "set/kid"
    QList<HydraDroppedKey> drop; // --keep-newest: older keys dropped (kept in the backup)
    int trustGrantsDropped = 0;  // trust grants (jwt-bearer) naming a dropped key: Hydra's cascade would delete them
    std::optional<int> keepNewest;
    // Why the plan cannot be applied besides undecryptable rows (a drop that takes a set's signer or trust grants).
    QStringList refusals;
    QJsonObject toJson() const;
};

struct HydraReencryptResult
{
    HydraReencryptPlan plan;
    QString backupPath;
    int verified = 0;
};

class HydraDatabase
{
public:
    // SECRETS_SYSTEM as Hydra reads it (this process's environment); HydraDbError Secret when it is missing.
    static SystemSecret secretFromEnvironment();

    // Reads every row in a read-only transaction and decrypts what it can.
    static HydraSnapshot read(const HydraDsn& dsn, const SystemSecret& secret);

    // Copies sets (all when `sets` is empty) into `store` as prefix + sid, in one transaction. Refuses (HydraDbError)
    // a set that is not there, a set with a row no secret opens, and a database with several networks.
    static QList<HydraImportSet> importInto(KeyStore& store, const HydraSnapshot& snapshot, const QStringList& sets,
                                            const QString& prefix);

    // What reencrypt would do, from a snapshot.
    static HydraReencryptPlan plan(const HydraSnapshot& snapshot, std::optional<int> keepNewest);

    // Where backups go by default: "hydra-db-backups" beside the store at `storePath`.
    static QString defaultBackupFolder(const QString& storePath);

    // Re-encrypts in one write transaction (see the file comment). Refuses rows no secret opens (Undecryptable)
    // and drops that would delete trust grants (InvalidInput), before anything is written. `progress` is called
    // after each row is rewritten (done, total), inside the transaction.
    static HydraReencryptResult reencrypt(const HydraDsn& dsn, const SystemSecret& secret,
                                          std::optional<int> keepNewest, const QString& backupFolder,
                                          const std::function<void(int, int)>& progress = {});
};

} // namespace jwk
