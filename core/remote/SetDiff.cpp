#include "remote/SetDiff.h"

#include "keys/KeyAdmission.h"
#include "keys/ParallelFor.h"
#include "text/TextEscape.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace {
// Messages for people, in RemoteSync's translation context (where they were first written).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jwk::RemoteSync)
};
} // namespace

namespace jwk {

QString keyChangeName(KeyChange::Kind kind)
{
    switch (kind) {
    case KeyChange::Kind::Added:
        return QStringLiteral("added");
    case KeyChange::Kind::Removed:
        return QStringLiteral("removed");
    case KeyChange::Kind::Changed:
        return QStringLiteral("changed");
    case KeyChange::Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

bool SetDiff::hasChanges() const
{
    return std::any_of(changes.begin(), changes.end(),
                       [](const KeyChange& c) { return c.kind != KeyChange::Kind::Unchanged; }) ||
           localSigner != remoteSigner;
}

int SetDiff::count(KeyChange::Kind kind) const
{
    return static_cast<int>(
        std::count_if(changes.begin(), changes.end(), [kind](const KeyChange& c) { return c.kind == kind; }));
}

namespace {

// Everything a pull would change besides the key material, which the caller compares by thumbprint.
bool sameStoredForm(const JsonWebKey& a, const JsonWebKey& b)
{
    return a.isPrivate() == b.isPrivate() && a.alg() == b.alg() && a.use() == b.use() &&
           a.publicMembers() == b.publicMembers();
}

} // namespace

SetDiff diffKeySets(const QString& setName, const KeyTexts& local, KeyTexts remoteKeys)
{
    // Both sides are read a slice of keys at a time and compared on all cores: a pull of 100,000 keys into a set of
    // 100,000 never holds either side as JsonWebKeys (issue #18).
    SetDiff diff;
    diff.setName = setName;
    diff.remoteKeys = std::move(remoteKeys);
    const KeyTexts& remote = diff.remoteKeys;
    // Each side's signing key as signerOf() finds it.
    struct Local
    {
        qsizetype index = 0; // the last local key under the kid
        bool onRemote = false;
    };
    std::map<QString, Local> localByKid;
    for (qsizetype first = 0; first < local.size(); first += KeyTexts::kSlice) {
        const QList<JsonWebKey> slice = local.slice(first, KeyTexts::kSlice);
        for (qsizetype i = 0; i < slice.size(); ++i) {
            if (diff.localSigner.isEmpty() && slice[i].isPrivate()) {
                diff.localSigner = slice[i].kid();
            }
            localByKid[slice[i].kid()].index = first + i;
        }
    }
    std::vector<KeyChange> changes;
    diff.changes.reserve(remote.size());
    for (qsizetype first = 0; first < remote.size(); first += KeyTexts::kSlice) {
        const QList<JsonWebKey> slice = remote.slice(first, KeyTexts::kSlice);
        changes.assign(static_cast<std::size_t>(slice.size()), KeyChange{});
        parallelFor(changes.size(), 256, [&](std::size_t i) {
            const JsonWebKey& r = slice[static_cast<qsizetype>(i)];
            KeyChange& change = changes[i];
            change.kid = r.kid();
            change.remoteThumbprint = r.thumbprint();
            change.remotePrivate = r.isPrivate();
            const auto it = localByKid.find(change.kid);
            if (it == localByKid.end()) {
                change.kind = KeyChange::Kind::Added;
                return;
            }
            const JsonWebKey here = local.at(it->second.index);
            change.localThumbprint = here.thumbprint();
            change.localPrivate = here.isPrivate();
            // A private key here whose public part is what the remote has (a staged rotation publishes exactly
            // that): a pull keeps the private key, so nothing changes.
            change.keptLocalPrivate = change.localPrivate && !change.remotePrivate &&
                                      change.localThumbprint == change.remoteThumbprint &&
                                      sameStoredForm(here.publicKey(), r);
            change.kind = change.localThumbprint == change.remoteThumbprint &&
                                  (change.keptLocalPrivate || sameStoredForm(here, r))
                              ? KeyChange::Kind::Unchanged
                              : KeyChange::Kind::Changed;
        });
        for (qsizetype i = 0; i < slice.size(); ++i) {
            if (diff.remoteSigner.isEmpty() && slice[i].isPrivate()) {
                diff.remoteSigner = slice[i].kid();
            }
            if (changes[static_cast<std::size_t>(i)].kind != KeyChange::Kind::Added) {
                localByKid[changes[static_cast<std::size_t>(i)].kid].onRemote = true;
            }
        }
        for (KeyChange& change : changes) {
            diff.changes.append(std::move(change));
        }
    }
    std::vector<qsizetype> removed;
    for (const auto& [kid, here] : localByKid) {
        if (!here.onRemote) {
            removed.push_back(here.index);
        }
    }
    std::sort(removed.begin(), removed.end()); // in the local set's order
    diff.changes.reserve(diff.changes.size() + static_cast<qsizetype>(removed.size()));
    changes.assign(removed.size(), KeyChange{});
    parallelFor(removed.size(), 256, [&](std::size_t i) {
        const JsonWebKey l = local.at(removed[i]);
        KeyChange& change = changes[i];
        change.kind = KeyChange::Kind::Removed;
        change.kid = l.kid();
        change.localThumbprint = l.thumbprint();
        change.localPrivate = l.isPrivate();
    });
    for (KeyChange& change : changes) {
        diff.changes.append(std::move(change));
    }
    return diff;
}

KeyTexts admissibleKeys(KeyTexts keys, QStringList* problems)
{
    // The keys' texts move on, never copied: 100,000 keys from a server are held once (issue #18).
    KeyTexts ok;
    ok.reserve(keys.size());
    std::set<QString> kids;
    for (qsizetype first = 0; first < keys.size(); first += KeyTexts::kSlice) {
        QList<JsonWebKey> slice = keys.slice(first, KeyTexts::kSlice);
        std::vector<QString> admission = admitKeys(slice); // on all cores
        for (qsizetype i = 0; i < slice.size(); ++i) {
            const JsonWebKey& key = slice[i];
            QString problem = std::move(admission[static_cast<std::size_t>(i)]);
            if (problem.isEmpty() && !kids.insert(key.kid()).second) {
                problem = Tr::tr("the server sent this kid more than once");
            }
            if (problem.isEmpty()) {
                ok.appendTaken(keys, first + i, key.materialAdmitted());
            } else {
                *problems << QStringLiteral("%1: %2").arg(escapeControlCharactersShort(key.kid()), problem);
            }
        }
        keys.release(first, KeyTexts::kSlice);
    }
    return ok;
}

} // namespace jwk
