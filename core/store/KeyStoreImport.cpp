// KeyStore: adding keys to a set (an import, a generation, Hydra's default sets), in one transaction with their audit
// entries, a chunk of keys at a time and each input file kept whole or not at all (KeyParts).

#include "store/KeyStore.h"

#include "keys/KeyAdmission.h"
#include "keys/ParallelFor.h"
#include "store/KeyParts.h"
#include "store/RowBatch.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"
#include "store/StoreTr.h"
#include "text/TextEscape.h"

#include <QSqlQuery>
#include <QVariant>

#include <openssl/sha.h>

#include <array>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace jwk {
using namespace storesql;

namespace {

// A thread makes at least this many rows (a P-256 key's row takes about 15 µs, a thread's start about as long).
constexpr std::size_t kRowsPerThread = 64;

// A kid or thumbprint as the SHA-256 of its text: 32 bytes a key instead of the string (over 100 bytes with Qt's
// header), for the 100,000 keys of a large import. Two different texts with the same digest are not to be found.
struct Digest
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> bytes;
    static Digest of(const QString& text)
    {
        Digest d;
        SHA256(reinterpret_cast<const unsigned char*>(text.utf16()), static_cast<std::size_t>(text.size()) * 2,
               d.bytes.data());
        return d;
    }
    bool operator==(const Digest& other) const { return bytes == other.bytes; }
};

struct DigestHash
{
    std::size_t operator()(const Digest& d) const noexcept
    {
        std::size_t h;
        std::memcpy(&h, d.bytes.data(), sizeof h); // already uniform
        return h;
    }
};

// What the set holds, for the checks of each added key: kids (live, or in the trash) and the live keys' thumbprints.
struct SetMembers
{
    std::unordered_map<Digest, bool, DigestHash> kidInTrash;
    std::unordered_set<Digest, DigestHash> thumbprints;
};

// The keys of a list, as one part.
class ListParts final : public KeyParts
{
public:
    explicit ListParts(const QList<JsonWebKey>& keys)
        : m_keys(keys)
    {
    }
    qsizetype maxKeys() const override { return m_keys.size(); }
    bool nextPart() override { return std::exchange(m_parts, 0) > 0; }
    bool nextChunk(QList<JsonWebKey>* keys) override
    {
        *keys = std::exchange(m_keys, {});
        return !keys->isEmpty();
    }
    bool partRefused() const override { return false; }

private:
    QList<JsonWebKey> m_keys;
    int m_parts = 1;
};

} // namespace

AddKeysResult KeyStore::addKeys(const QString& setName, const QList<JsonWebKey>& keys, AuditLog::Action action,
                                bool createSet, KeyPlacement placement)
{
    validateName(setName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    return retrying(setName, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("adding keys to \"%1\"").arg(setName));
        ListParts parts(keys);
        AddKeysResult result = addKeysLocked(setName, parts, action, createSet, placement);
        tx.commit();
        return result;
    });
}

AddKeysResult KeyStore::addKeyParts(const QString& setName, const std::function<std::unique_ptr<KeyParts>()>& open,
                                    AuditLog::Action action, KeyPlacement placement)
{
    validateName(setName, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    return retrying(setName, [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("adding keys to \"%1\"").arg(setName));
        const std::unique_ptr<KeyParts> parts = open(); // anew for each attempt: a retry reads the inputs again
        bool anyKept = false;
        AddKeysResult result = addKeysLocked(setName, *parts, action, true, placement, &anyKept);
        if (anyKept) {
            tx.commit(); // else nothing came: the set is not made, nothing is written
        }
        return result;
    });
}

QList<AddKeysResult> KeyStore::addKeysToSets(const QList<QPair<QString, QList<JsonWebKey>>>& sets,
                                             AuditLog::Action action)
{
    for (const auto& entry : sets) {
        validateName(entry.first, QT_TRANSLATE_NOOP("jwk::KeyStore", "key set name"));
    }
    return retrying(sets.size() == 1 ? sets.first().first : QString(), [&] {
        Transaction tx(db(), m_dialect->beginWrite, StoreTr::tr("adding keys"));
        QList<AddKeysResult> results;
        for (const auto& [name, keys] : sets) {
            ListParts parts(keys);
            results << addKeysLocked(name, parts, action, true);
        }
        tx.commit();
        return results;
    });
}

AddKeysResult KeyStore::addKeysLocked(const QString& setName, KeyParts& parts, AuditLog::Action action, bool createSet,
                                      KeyPlacement placement, bool* anyKept)
{
    AddKeysResult result;
    qint64 id = setId(setName, true);
    if (id >= 0 && setId(setName) < 0) {
        throw StoreError(StoreError::Kind::Conflict,
                         StoreTr::tr("key set \"%1\" is in the trash; restore it first").arg(setName));
    }
    if (id < 0) {
        if (!createSet) {
            throw StoreError(StoreError::Kind::NotFound, StoreTr::tr("there is no key set \"%1\"").arg(setName));
        }
        validateNewSetName(setName);
        id = insertSetRow(setName, QString(), StoreTr::tr("creating key set \"%1\"").arg(setName));
    }

    SetMembers members;
    const auto readMembers = [&] {
        members = SetMembers{};
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kid, thumbprint, deleted_at FROM jwk_keys WHERE set_id = ?"));
        q.addBindValue(id);
        exec(q, StoreTr::tr("reading key set \"%1\"").arg(setName));
        while (q.next()) {
            const bool inTrash = !q.value(2).isNull();
            members.kidInTrash[Digest::of(q.value(0).toString())] = inTrash;
            if (!inTrash) {
                members.thumbprints.insert(Digest::of(q.value(1).toString()));
            }
        }
    };
    readMembers();

    // Keeping the signer: it and the (public) keys above it, newest first, go back on top of the added keys.
    QList<KeyInfo> keptOnTop;
    if (placement == KeyPlacement::BelowSigner) {
        for (const auto& k : queryKeys(QStringLiteral("s.id = ? AND k.deleted_at IS NULL"), {id})) {
            if (k.role == KeyRole::Tampered) {
                requireAuthentic(Seal::Tampered, setName, k.kid); // the signer is not known
            }
            keptOnTop << k;
            if (k.role == KeyRole::Signing) {
                break;
            }
        }
        if (keptOnTop.isEmpty() || keptOnTop.last().role != KeyRole::Signing) {
            keptOnTop.clear(); // no signer to keep
        }
    }

    // The rows and their audit entries go to the database many at a time (RowBatch: on PostgreSQL one round trip
    // per statement), sent before anything below reads the keys again; nothing reads them in the loop.
    RowBatch rows = keyBatch(setName);
    AuditLog::Batch audit = m_audit.batch();
    // The first key of all is the newest: number them from the end. Keys skipped, failed or rolled back leave gaps.
    qint64 sequence = nextSequence() + parts.maxKeys();
    bool kept = false;
    while (parts.nextPart()) {
        // A part found at its end not to be kept goes back to this savepoint, with what was said of its keys.
        execSql(db(), QStringLiteral("SAVEPOINT jwkman_part"), StoreTr::tr("adding keys to \"%1\"").arg(setName));
        const qsizetype added = result.added.size();
        const qsizetype skipped = result.skipped.size();
        const qsizetype failed = result.failed.size();
        bool partKeys = false;
        QList<JsonWebKey> chunk;
        while (parts.nextChunk(&chunk)) {
            partKeys = true;
            // Which keys go in is decided in order; their rows (encryption, seal) are made on all cores.
            std::vector<std::pair<const JsonWebKey*, qint64>> taken;
            for (JsonWebKey& key : chunk) {
                --sequence;
                if (key.kid().isEmpty()) {
                    key.setKid(defaultKid(key));
                }
                const QString kid = key.kid();
                // Every key that enters the store passes the same check as import, whatever path brought it.
                if (const QString problem = keyAdmissionProblem(key); !problem.isEmpty()) {
                    result.failed << QStringLiteral("%1: %2").arg(escapeControlCharactersShort(kid), problem);
                    continue;
                }
                const QString thumbprint = thumbprintColumn(key, 0);
                const Digest thumbprintDigest = Digest::of(thumbprint);
                if (members.thumbprints.count(thumbprintDigest)) {
                    result.skipped << StoreTr::tr("%1: the set holds this key already (same thumbprint)").arg(kid);
                    continue;
                }
                const Digest kidDigest = Digest::of(kid);
                const auto existing = members.kidInTrash.find(kidDigest);
                if (existing != members.kidInTrash.end()) {
                    result.failed << (existing->second
                                          ? StoreTr::tr("%1: a key with this kid is in the trash; restore it or empty "
                                                        "the trash first")
                                                .arg(kid)
                                          : StoreTr::tr("%1: the set has a different key with this kid").arg(kid));
                    continue;
                }
                taken.emplace_back(&key, sequence);
                members.kidInTrash.emplace(kidDigest, false);
                members.thumbprints.insert(thumbprintDigest);
                result.added << kid;
            }
            std::vector<QList<QVariant>> made(taken.size());
            parallelFor(taken.size(), kRowsPerThread,
                        [&](std::size_t i) { made[i] = keyRow(id, *taken[i].first, taken[i].second); });
            for (std::size_t i = 0; i < taken.size(); ++i) {
                rows.add(made[i]);
                audit.add(action, setName, taken[i].first->kid());
            }
            chunk.clear(); // the chunk's keys freed before the next is read
        }
        if (parts.partRefused()) {
            rows.discard();
            audit.discard();
            execSql(db(), QStringLiteral("ROLLBACK TO SAVEPOINT jwkman_part"),
                    StoreTr::tr("adding keys to \"%1\"").arg(setName));
            result.added.resize(added);
            result.skipped.resize(skipped);
            result.failed.resize(failed);
            readMembers();
        } else {
            rows.flush();
            audit.flush();
            kept = kept || partKeys;
        }
        execSql(db(), QStringLiteral("RELEASE SAVEPOINT jwkman_part"),
                StoreTr::tr("adding keys to \"%1\"").arg(setName));
    }
    if (anyKept) {
        *anyKept = kept;
    }
    if (!result.added.isEmpty()) {
        qint64 top = nextSequence() + keptOnTop.size();
        for (const auto& k : keptOnTop) {
            resequence(id, setName, k.kid, --top);
        }
        touchSet(id);
    }
    return result;
}

} // namespace jwk
