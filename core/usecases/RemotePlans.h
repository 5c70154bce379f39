#pragma once
// What a pull and a push will do, computed before anything changes, with the warnings a person reads before
// confirming: the same plan and the same words in both front ends (the CLI prints them, the desktop shows them in
// its plan dialog and question).

#include "keys/JsonWebKey.h"
#include "remote/RemoteSync.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jwk {

class KeyStore;

struct PullPlan
{
    QList<SetDiff> diffs;    // one per set asked for, in that order
    QStringList changedSets; // the sets a pull changes here: on the server, and different
    QStringList nowhere;     // neither on the server (HTTP 404) nor in the store: most likely a misspelt name
    QStringList warnings;    // invalid server keys skipped, local private keys kept: one line each
};

// Reads the sets from the server and compares them with the store (RemoteSync::planPull; throws as it does).
PullPlan planPull(RemoteSync& sync, const QStringList& sets);
// The warnings of a pull of these differences, one line each, set by set: "<set>: skipped an invalid key from the
// server: <reason>", "<set>/<kid>: kept local private key (the remote has only its public part)".
QStringList pullWarnings(const QList<SetDiff>& diffs);

struct PushKeyPlan
{
    QString setName;
    JsonWebKey key;       // as it will be sent (with its private part when it has one)
    bool becomesSigner;   // it holds private material: the newest private key is the one Hydra signs with
    QStringList warnings; // uploadWarnings()
};

// One key to PUT into a remote set: it becomes the newest key there, and the signer when it is private. Throws
// StoreError when the key cannot be read.
PushKeyPlan planPushKey(const KeyStore& store, const QString& setName, const QString& kid);

} // namespace jwk
