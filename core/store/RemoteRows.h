#pragma once
// The rows of jwk_remotes as the store itself sees them, without the remote profile type (core/remote/SavedRemotes
// reads and writes the profiles): the fields kept inside each encrypted record, which prove the clear columns, and the
// two store-wide passes over the rows, re-encryption under a new system secret and the schema 4 migration.

#include "store/SystemSecret.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jwk::remoterows {

// What a profile's clear columns hold, kept inside its encrypted record too: whoever edits the clear columns without
// the secret (to send the token to another host, trust another CA, track other sets) is found out before any request.
QJsonObject recordFields(const QString& name, const QString& adminUrl, const QString& publicUrl,
                         const QByteArray& caPem, const QByteArray& clientCertificatePem,
                         const QStringList& trackedSets, int timeoutMs);

// Re-encrypts the credentials of every row under the secret's first key; rows no configured key opens are named in
// `undecryptable` ("remote NAME") and left as they are. Returns the number of rows moved. In the caller's transaction.
int reencrypt(QSqlDatabase db, const SystemSecret& secret, QStringList* undecryptable);

// Schema 4: each row's encrypted record gets its fields from the clear columns (trusted this once).
void seal(QSqlDatabase db, const SystemSecret& secret);

} // namespace jwk::remoterows
