#pragma once
// The backup that hydra-db reencrypt writes before it changes a row: every hydra_jwk row as it was read inside the
// write transaction, keydata still encrypted exactly as in the database (so it is as sensitive as the database, and
// needs the same SECRETS_SYSTEM to be read). JSON: {"format": "jwkman-hydra-jwk-backup/1", "database", "written_at",
// "columns": [...], "rows": [{"pk", "sid", "kid", "nid", "version", "keydata", "created_at", "pk_deprecated"}]}.
// Written atomically with mode 0600 (KeyFileWriter: never through a symbolic link) into a folder made 0700.

#include "hydradb/HydraJwkTable.h"

#include <QList>
#include <QString>

namespace jwk {

// Writes the backup of `rows` into `folder` (created when missing) under a new name
// hydra_jwk-<database>-<UTC time>-<random>.json and returns its path. Throws HydraDbError Io.
QString writeHydraBackup(const QString& folder, const QString& database, const QString& shortName,
                         const QList<HydraJwkRow>& rows);

} // namespace jwk
