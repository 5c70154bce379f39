#pragma once
// The difference between a local key set and a remote one, key by key (kid and RFC 7638 thumbprint), as a pull shows
// it before anything changes; and the admission of the keys a server sent. Pure: no network, no store.

#include "keys/JsonWebKey.h"
#include "keys/KeyTexts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

struct KeyChange
{
    enum class Kind { Added, Removed, Changed, Unchanged };
    Kind kind;
    QString kid;
    QString localThumbprint;
    QString remoteThumbprint;
    bool localPrivate = false;
    bool remotePrivate = false;
    // The remote has only the public part of a private key here: a pull keeps the private key ("kept local private
    // key"); the change counts as unchanged.
    bool keptLocalPrivate = false;
};

struct SetDiff
{
    QString setName;
    bool remoteMissing = false; // 404: Hydra has no such set (it makes its sets lazily)
    bool localMissing = false;
    QList<KeyChange> changes;
    QString localSigner;
    QString remoteSigner;
    KeyTexts remoteKeys; // newest first, as Hydra listed them, without the invalid ones
    // Keys the server sent that fail the store's admission check (off-curve point, a private part that is not the
    // public key's, an unusable kid, a duplicate kid): "kid: reason", kid escaped. A pull skips them and keeps the
    // rest.
    QStringList invalidRemote;
    bool hasChanges() const;
    int count(KeyChange::Kind kind) const;
};

QString keyChangeName(KeyChange::Kind kind);

// Splits keys a server sent into those that pass the store's admission check (returned, in order) and the problems
// of the others ("kid: reason", kid escaped for terminals). A slice of keys at a time, on all cores.
KeyTexts admissibleKeys(KeyTexts keys, QStringList* problems);

// Compares a local set (newest first) with a remote one (newest first), a slice of keys at a time, on all cores.
SetDiff diffKeySets(const QString& setName, const KeyTexts& local, KeyTexts remote);

} // namespace jwk
