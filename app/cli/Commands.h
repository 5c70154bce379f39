#pragma once
// The handlers and options of jwkman-cli's commands, by area; CommandTable.cpp lists them with their synopses.

#include "store/RotationPolicies.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

namespace jwk {
class KeyStore;
}

namespace jwk::cli {

// KeyCommands.cpp: keys alone (files and standard input).
void generateOptions(QCommandLineParser& p);
int runGenerate(const QCommandLineParser& p);
void inputOptions(QCommandLineParser& p);
int runPublic(const QCommandLineParser& p);
void thumbprintOptions(QCommandLineParser& p);
int runThumbprint(const QCommandLineParser& p);
void convertOptions(QCommandLineParser& p);
// The names convert --to takes (conversionTargets() of core/keys/KeyFormats.h); with encryptedOnly, those --encrypt
// goes with.
QStringList conversionTargetNames(bool encryptedOnly);
int runConvert(const QCommandLineParser& p);
int runInspect(const QCommandLineParser& p);

// KeySetCommands.cpp: the key sets of the store.
int runSets(const QCommandLineParser& p);
int runKeys(const QCommandLineParser& p);
void addSetOptions(QCommandLineParser& p);
int runAddSet(const QCommandLineParser& p);
void importOptions(QCommandLineParser& p);
int runImport(const QCommandLineParser& p);
void exportOptions(QCommandLineParser& p);
int runExport(const QCommandLineParser& p);
int runHydraDefaults(const QCommandLineParser& p);

// PolicyCommands.cpp: rotation policies and due dates.
void policyOptions(QCommandLineParser& p);
int runPolicy(const QCommandLineParser& p);
void dueOptions(QCommandLineParser& p);
int runDue(const QCommandLineParser& p);
// {"set", "rotate_every_days", "overlap_days"}, the numbers null when unset.
QJsonObject policyJson(const QString& setName, const std::optional<RotationPolicy>& policy);

// TrashCommands.cpp: delete, the trash, restore.
int runDelete(const QCommandLineParser& p);
int runTrash(const QCommandLineParser& p);
int runRestore(const QCommandLineParser& p);
int runEmptyTrash(const QCommandLineParser& p);

// SecretCommands.cpp: the store's system secret.
int runRotateSecret(const QCommandLineParser& p);
void secretLocationOptions(QCommandLineParser& p);
int runSecretLocation(const QCommandLineParser& p);

// StoreCommands.cpp: the store as a whole (store copy FROM TO).
int runStore(const QCommandLineParser& p);

// RemoteProfileCommands.cpp and RemoteSyncCommands.cpp: remote SUBCOMMAND (the subcommands in CommandTable.cpp).
void remoteOptions(QCommandLineParser& p);
int runRemote(const QCommandLineParser& p);
int runRemoteAdd(const QCommandLineParser& p, KeyStore& store);
int runRemoteList(const QCommandLineParser& p, KeyStore& store);
int runRemoteRemove(const QCommandLineParser& p, KeyStore& store);
int runRemotePull(const QCommandLineParser& p, KeyStore& store);
int runRemoteDiff(const QCommandLineParser& p, KeyStore& store);
int runRemotePush(const QCommandLineParser& p, KeyStore& store);
int runRemoteGenerate(const QCommandLineParser& p, KeyStore& store);
int runRemoteDelete(const QCommandLineParser& p, KeyStore& store);
int runRemoteRotate(const QCommandLineParser& p, KeyStore& store);
// RemoteClientCommands.cpp: an OAuth2 client's keys.
int runRemoteClientKeys(const QCommandLineParser& p, KeyStore& store);

// HydraDbCommands.cpp: Ory Hydra's own database (hydra-db check|import|reencrypt).
void hydraDbOptions(QCommandLineParser& p);
int runHydraDb(const QCommandLineParser& p);

// AuditCommands.cpp: what a published JWKS holds.
void auditOptions(QCommandLineParser& p);
int runAudit(const QCommandLineParser& p);

// JwtCommands.cpp: jwt decode, verify and sign (the JWT workbench).
QString jwtSynopsis(); // the three synopses, one per line of the overview
void jwtOptions(QCommandLineParser& p);
int runJwt(const QCommandLineParser& p);
} // namespace jwk::cli
