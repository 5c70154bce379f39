#include "usecases/HydraDatabase.h"

#include "hydradb/HydraBackup.h"
#include "hydradb/HydraDbError.h"
#include "keys/JwkError.h"
#include "store/KeyStore.h"
#include "store/SecretCipher.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace jwk {
namespace {

QString setLabel(const HydraJwkRow& row, bool severalNetworks)
{
    return severalNetworks ? QStringLiteral("%1@%2").arg(row.sid, row.nid) : row.sid;
}

// Decrypts every row, in the order given.
void decryptRows(HydraSnapshot& s, const QList<HydraJwkRow>& rows, const SystemSecret& secret)
{
    QSet<QString> networks;
    for (const auto& r : rows) {
        networks.insert(r.nid);
    }
    s.networks = QStringList(networks.begin(), networks.end());
    s.networks.sort();
    const bool several = s.networks.size() > 1;
    s.secretCount = int(secret.keys().size());
    for (const auto& r : rows) {
        HydraKeyRow k;
        k.row = r;
        k.set = setLabel(r, several);
        int used = -1;
        if (std::optional<SecureBytes> plain = SecretCipher::decrypt(r.keydata, secret.keys(), &used)) {
            k.secretIndex = used;
            try {
                k.key = JsonWebKey::fromJson(plain->view());
            } catch (const JwkError&) {
                k.key.reset(); // opens, but is not a JWK jwkman reads: counted as decrypted, never imported
            }
        }
        s.rows << k;
    }
}

QDateTime parseCreated(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (t.endsWith(QStringLiteral("+00")) || t.endsWith(QStringLiteral("-00"))) {
        t += QStringLiteral(":00");
    }
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (d.isValid() && d.timeSpec() == Qt::LocalTime) {
        d.setTimeSpec(Qt::UTC); // Hydra writes UTC without a zone
    }
    return d;
}

} // namespace

QStringList HydraSnapshot::setNames() const
{
    QSet<QString> names;
    for (const auto& r : rows) {
        names.insert(r.set);
    }
    QStringList list(names.begin(), names.end());
    list.sort();
    return list;
}

QList<const HydraKeyRow*> HydraSnapshot::setRows(const QString& set) const
{
    QList<const HydraKeyRow*> list;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->set == set) {
            list << &*it;
        }
    }
    return list;
}

QString HydraSnapshot::signerKid(const QString& set) const
{
    const QList<const HydraKeyRow*> list = setRows(set);
    for (const HydraKeyRow* r : list) {
        if (!r->key) {
            return QString(); // Hydra cannot read a set with a row it cannot decrypt: it signs with none of it
        }
    }
    for (const HydraKeyRow* r : list) {
        if (r->key->isPrivate()) {
            return r->row.kid;
        }
    }
    return QString();
}

QList<KeyInfo> HydraSnapshot::keyInfos(const QString& set) const
{
    const QString signer = signerKid(set);
    QList<KeyInfo> infos;
    const QList<const HydraKeyRow*> list = setRows(set);
    qint64 sequence = list.size();
    for (const HydraKeyRow* r : list) {
        KeyInfo i;
        i.setName = set;
        i.kid = r->row.kid;
        i.sequence = sequence--;
        i.created = parseCreated(r->row.createdAt);
        i.decryptable = r->secretIndex >= 0;
        if (r->key) {
            i.kty = r->key->kty();
            i.crv = r->key->curve();
            i.sizeBits = r->key->sizeBits();
            i.alg = r->key->alg();
            i.use = r->key->use();
            i.thumbprint = r->key->hasPublicForm() ? r->key->thumbprint() : QString();
            i.hasPrivate = r->key->isPrivate();
            i.role = r->row.kid == signer ? KeyRole::Signing : i.hasPrivate ? KeyRole::Private : KeyRole::PublicOnly;
        } else {
            i.role = KeyRole::CannotDecrypt;
        }
        infos << i;
    }
    return infos;
}

int HydraSnapshot::undecryptableCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const HydraKeyRow& r) { return r.secretIndex < 0; }));
}

QJsonObject hydraCheckJson(const HydraSnapshot& snapshot)
{
    QJsonObject sets;
    for (const QString& name : snapshot.setNames()) {
        QJsonArray undecryptable;
        int keys = 0;
        for (const auto& r : snapshot.rows) { // oldest first, as Hydra's order
            if (r.set != name) {
                continue;
            }
            ++keys;
            if (r.secretIndex < 0) {
                undecryptable.append(r.row.kid);
            }
        }
        sets.insert(name,
                    QJsonObject{{QStringLiteral("keys"), keys}, {QStringLiteral("undecryptable"), undecryptable}});
    }
    QJsonArray secrets;
    for (int i = 0; i < snapshot.secretCount; ++i) {
        const auto n = std::count_if(snapshot.rows.begin(), snapshot.rows.end(),
                                     [i](const HydraKeyRow& r) { return r.secretIndex == i; });
        secrets.append(QJsonObject{{QStringLiteral("index"), i}, {QStringLiteral("rows"), int(n)}});
    }
    return QJsonObject{{QStringLiteral("rows"), int(snapshot.rows.size())},
                       {QStringLiteral("sets"), sets},
                       {QStringLiteral("secrets"), secrets}};
}

SystemSecret HydraDatabase::secretFromEnvironment()
{
    const QByteArray value = qgetenv("SECRETS_SYSTEM");
    if (value.isEmpty()) {
        throw HydraDbError(HydraDbError::Kind::Secret,
                           HydraDbTr::tr("SECRETS_SYSTEM is not set: give Hydra's system secrets in it as Hydra reads "
                                         "them (the current one first, then older ones, comma-separated or a JSON "
                                         "array)"));
    }
    try {
        return SystemSecret::fromEnvironmentValue(value);
    } catch (const StoreError& e) {
        throw HydraDbError(HydraDbError::Kind::Secret, e.message());
    }
}

HydraSnapshot HydraDatabase::read(const HydraDsn& dsn, const SystemSecret& secret)
{
    HydraJwkTable table(dsn, HydraJwkTable::Mode::ReadOnly);
    table.beginRead();
    const QList<HydraJwkRow> rows = table.rows();
    HydraSnapshot s;
    s.database = dsn.describe();
    s.trustGrants = table.trustGrants();
    table.rollback();
    decryptRows(s, rows, secret);
    return s;
}

QList<HydraImportSet> HydraDatabase::importInto(KeyStore& store, const HydraSnapshot& snapshot, const QStringList& sets,
                                                const QString& prefix)
{
    if (snapshot.networks.size() > 1) {
        throw HydraDbError(HydraDbError::Kind::InvalidInput,
                           HydraDbTr::tr("Hydra's database holds keys of %1 networks (nid %2); import takes the keys "
                                         "of one Hydra, and the store could not tell their sets apart: nothing was "
                                         "imported")
                               .arg(snapshot.networks.size())
                               .arg(snapshot.networks.join(QStringLiteral(", "))));
    }
    const QStringList available = snapshot.setNames();
    QStringList chosen = sets.isEmpty() ? available : sets;
    chosen.removeDuplicates();
    for (const QString& s : chosen) {
        if (!available.contains(s)) {
            throw HydraDbError(
                HydraDbError::Kind::InvalidInput,
                HydraDbTr::tr("Hydra's database has no key set \"%1\" (it has: %2); nothing was imported")
                    .arg(s, available.isEmpty() ? HydraDbTr::tr("none") : available.join(QStringLiteral(", "))));
        }
    }
    QStringList unreadable;
    QList<QPair<QString, QList<JsonWebKey>>> batches;
    QList<HydraImportSet> results;
    for (const QString& s : chosen) {
        HydraImportSet result;
        result.hydraSet = s;
        result.storeSet = prefix + s;
        result.hydraSigner = snapshot.signerKid(s);
        QList<JsonWebKey> keys; // newest first: the store's "first key becomes the newest"
        for (const HydraKeyRow* r : snapshot.setRows(s)) {
            if (r->secretIndex < 0) {
                unreadable << QStringLiteral("%1/%2").arg(s, r->row.kid);
            } else if (!r->key) {
                result.failed << HydraDbTr::tr("%1: decrypts, but is not a JWK jwkman can read").arg(r->row.kid);
            } else {
                keys << *r->key;
            }
        }
        batches << qMakePair(result.storeSet, keys);
        results << result;
    }
    if (!unreadable.isEmpty()) {
        throw HydraDbError(HydraDbError::Kind::Undecryptable,
                           HydraDbTr::tr("%1 row(s) open under none of the secrets of SECRETS_SYSTEM (%2): add the "
                                         "secret they were written with, or leave their sets out with --set; nothing "
                                         "was imported")
                               .arg(unreadable.size())
                               .arg(unreadable.join(QStringLiteral(", "))));
    }
    const QList<AddKeysResult> added = store.addKeysToSets(batches, AuditLog::Action::Imported);
    for (qsizetype i = 0; i < results.size() && i < added.size(); ++i) {
        results[i].added = added[i].added;
        results[i].skipped = added[i].skipped;
        results[i].failed += added[i].failed;
        results[i].storeSigner = store.signingKid(results[i].storeSet);
    }
    return results;
}

HydraReencryptPlan HydraDatabase::plan(const HydraSnapshot& snapshot, std::optional<int> keepNewest)
{
    HydraReencryptPlan p;
    p.rows = int(snapshot.rows.size());
    p.keepNewest = keepNewest;
    for (const auto& r : snapshot.rows) {
        if (r.secretIndex < 0) {
            p.undecryptable << QStringLiteral("%1/%2").arg(r.set, r.row.kid);
        } else if (r.secretIndex == 0) {
            ++p.alreadyCurrent;
        } else {
            ++p.reencrypt;
        }
    }
    if (!keepNewest) {
        return p;
    }
    for (const QString& set : snapshot.setNames()) {
        const QList<const HydraKeyRow*> rows = snapshot.setRows(set); // newest first
        const QString signer = snapshot.signerKid(set);
        for (qsizetype i = *keepNewest; i < rows.size(); ++i) {
            const HydraKeyRow* r = rows[i];
            p.drop << HydraDroppedKey{set, r->row.kid, r->row.createdAt, r->row.pk};
            if (!signer.isEmpty() && r->row.kid == signer) {
                p.refusals << HydraDbTr::tr("keeping the newest %1 key(s) of set \"%2\" would drop %3, the key Hydra "
                                            "signs with (the newer ones are public only): keep more keys")
                                  .arg(*keepNewest)
                                  .arg(set, signer);
            }
            const int grants =
                snapshot.trustGrants.value(HydraJwkTable::trustKey(r->row.sid, r->row.kid, r->row.nid), 0);
            if (grants > 0) {
                p.trustGrantsDropped += grants;
                p.refusals << HydraDbTr::tr("dropping key %1 of set \"%2\" would also delete %3 trust grant(s) "
                                            "(jwt-bearer issuers) that name it: delete or move those grants first, or "
                                            "keep more keys")
                                  .arg(r->row.kid, set)
                                  .arg(grants);
            }
        }
    }
    // Rows dropped are not re-encrypted.
    for (const HydraDroppedKey& d : p.drop) {
        for (const auto& r : snapshot.rows) {
            if (r.row.pk == d.pk) {
                if (r.secretIndex == 0) {
                    --p.alreadyCurrent;
                } else if (r.secretIndex > 0) {
                    --p.reencrypt;
                }
            }
        }
    }
    return p;
}

QJsonObject HydraReencryptPlan::toJson() const
{
    QJsonArray dropped;
    for (const HydraDroppedKey& d : drop) {
        dropped.append(QJsonObject{{QStringLiteral("set"), d.set},
                                   {QStringLiteral("kid"), d.kid},
                                   {QStringLiteral("created_at"), d.createdAt}});
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("reencrypt"), reencrypt},
                       {QStringLiteral("already_current"), alreadyCurrent},
                       {QStringLiteral("undecryptable"), QJsonArray::fromStringList(undecryptable)},
                       {QStringLiteral("keep_newest"), keepNewest ? QJsonValue(*keepNewest) : QJsonValue()},
                       {QStringLiteral("drop"), dropped},
                       {QStringLiteral("refusals"), QJsonArray::fromStringList(refusals)}};
}

QString HydraDatabase::defaultBackupFolder(const QString& storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("hydra-db-backups"));
}

HydraReencryptResult HydraDatabase::reencrypt(const HydraDsn& dsn, const SystemSecret& secret,
                                              std::optional<int> keepNewest, const QString& backupFolder,
                                              const std::function<void(int, int)>& progress)
{
    HydraJwkTable table(dsn, HydraJwkTable::Mode::Write);
    table.beginWrite();
    const QList<HydraJwkRow> rows = table.rows();
    HydraSnapshot s;
    s.database = dsn.describe();
    s.trustGrants = table.trustGrants();
    decryptRows(s, rows, secret);

    HydraReencryptResult result;
    result.plan = plan(s, keepNewest);
    if (!result.plan.undecryptable.isEmpty()) {
        throw HydraDbError(HydraDbError::Kind::Undecryptable,
                           HydraDbTr::tr("%1 row(s) open under none of the secrets of SECRETS_SYSTEM (%2): add the "
                                         "secret they were written with after the first one; nothing was changed")
                               .arg(result.plan.undecryptable.size())
                               .arg(result.plan.undecryptable.join(QStringLiteral(", "))));
    }
    if (!result.plan.refusals.isEmpty()) {
        throw HydraDbError(HydraDbError::Kind::InvalidInput,
                           result.plan.refusals.join(QStringLiteral("; ")) + HydraDbTr::tr("; nothing was changed"));
    }
    // The backup first, of the rows exactly as this transaction sees them.
    result.backupPath = writeHydraBackup(backupFolder, dsn.describe(), dsn.shortName(), rows);

    QSet<QString> dropped;
    for (const HydraDroppedKey& d : result.plan.drop) {
        dropped.insert(d.pk);
        table.deleteRow(d.pk);
    }
    // The plaintext of each kept row, as Hydra wrote it (re-encrypted byte for byte), to verify against.
    const QList<SecureBytes> firstOnly{secret.keys().first()};
    std::map<QString, SecureBytes> expected;
    int done = 0;
    const int total = result.plan.reencrypt;
    for (const HydraJwkRow& r : rows) {
        if (dropped.contains(r.pk)) {
            continue;
        }
        int used = -1;
        std::optional<SecureBytes> plain = SecretCipher::decrypt(r.keydata, secret.keys(), &used);
        if (!plain) {
            throw HydraDbError(HydraDbError::Kind::Undecryptable, HydraDbTr::tr("a row no longer opens"));
        }
        if (used != 0) {
            table.updateKeydata(r.pk, SecretCipher::encrypt(*plain, secret.keys().first()));
            ++done;
            if (progress) {
                progress(done, total);
            }
        }
        expected.emplace(r.pk, std::move(*plain));
    }
    // Every row that stays must open under the first secret alone and hold what it held.
    const QList<HydraJwkRow> after = table.rows();
    if (after.size() != qsizetype(expected.size())) {
        throw HydraDbError(HydraDbError::Kind::Verification,
                           HydraDbTr::tr("after re-encrypting, hydra_jwk holds %1 rows instead of %2; rolled back, "
                                         "nothing was changed")
                               .arg(after.size())
                               .arg(expected.size()));
    }
    for (const HydraJwkRow& r : after) {
        const auto it = expected.find(r.pk);
        const std::optional<SecureBytes> plain = SecretCipher::decrypt(r.keydata, firstOnly);
        if (it == expected.end() || !plain || plain->view() != it->second.view()) {
            throw HydraDbError(HydraDbError::Kind::Verification,
                               HydraDbTr::tr("after re-encrypting, key %1 of set \"%2\" does not open under the first "
                                             "secret alone; rolled back, nothing was changed")
                                   .arg(r.kid, r.sid));
        }
        ++result.verified;
    }
    table.commit();
    return result;
}

} // namespace jwk
