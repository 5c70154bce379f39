#pragma once
// Opening a team store (a store on PostgreSQL) as the desktop's File › Open Team Store… does it: the URL built from
// a form's fields (host, port, database, user, TLS mode and CA file; never a password), the store opened with a
// password handed to the connection (not PGPASSWORD), and what went wrong said in words with what to do: a wrong or
// missing password, a server that does not answer, TLS that does not verify, no or the wrong system secret.

#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QString>

#include <memory>

namespace jwk {

class KeyStore;
class SystemSecret;

struct TeamStoreForm
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require, verify-ca, verify-full
    QString caFile;                             // sslrootcert, for verify-ca and verify-full

    // The location the form names. Throws StoreError InvalidInput saying which field is missing or wrong.
    ServerLocation location() const;
    // The fields of a location (a recent store, the store last open).
    static TeamStoreForm fromLocation(const ServerLocation& location);
};

enum class TeamStoreProblem {
    WrongPassword,  // the server refused the password (or none was given where one is needed)
    Unreachable,    // no answer: host unknown, connection refused, time-out
    TlsFailed,      // the server's certificate did not verify, or TLS was required and not offered
    NoDatabase,     // the server has no such database
    NoSystemSecret, // SECRETS_SYSTEM not set and none kept for this store
    WrongSecret,    // the system secret does not open this store, or is malformed
    NotAStore,      // the database holds other tables
    Other,
};

struct TeamStoreFailure
{
    TeamStoreProblem problem = TeamStoreProblem::Other;
    QString message; // what is wrong and what to do, for people
    QString details; // the driver's or store's own words (never a password)
};

// What `error` (from openTeamStore) means for a person. `password` is blanked out of the details.
TeamStoreFailure describeTeamStoreFailure(const StoreError& error, const QString& password = QString());

// Opens the team store at `url` in the calling thread with `password` (empty: libpq's PGPASSWORD or ~/.pgpass) and
// `secret`. The password is held for this process (setServerPassword) so that workers reopening the store find it;
// when the store does not open, what was held before is put back. Throws StoreError.
std::unique_ptr<KeyStore> openTeamStore(const QString& url, const QString& password, const SystemSecret& secret);

} // namespace jwk
