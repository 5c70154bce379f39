#pragma once
// The files beside a store, handled so that several processes at once and a hostile local user cannot make a store
// lose its keys:
// - StoreLock: an exclusive flock on `<store>.lock`, held while a store's secret and schema are created, so that
//   several first uses at the same moment make one secret and one schema (the others wait, then read them);
// - createFileExclusively: a new file written whole under its final name or not at all, never replacing one that
//   appeared meanwhile (an unnamed O_TMPFILE linked into place: linkat fails when the name exists);
// - requireOwnerOnly: a secret file or store that is a symlink, belongs to another user, or can be read or written by
//   group or others is refused before a byte is read from it.

#include "keys/SecureBytes.h"

#include <QString>

#include <optional>

namespace jwk {

class StoreLock
{
public:
    // Blocks until the lock is held (or throws StoreError Busy after `timeoutMs`, naming the lock file). The lock
    // file is created owner-only and never through a symlink. A store that exists in a folder where the lock file
    // cannot be created (read-only) is opened without it: nothing is created there.
    explicit StoreLock(const QString& storePath, int timeoutMs = 30000);
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    static QString lockFilePath(const QString& storePath);

private:
    int m_fd = -1;
};

// Writes `content` to a new file `path` with mode 0600, whole (written and fsync'ed) before its name appears.
// Returns true when this call created it, false when a file of that name existed already (then nothing was written).
// Throws StoreError Io with the reason on any other failure (full disk, no permission).
bool createFileExclusively(const QString& path, const SecureBytes& content);

// Throws StoreError (Io) when `path` is a symlink, is not a regular file, is owned by another user, or has any
// group or other permission bit; `what` names it for people ("the secret file", "the store"). A missing file passes.
void requireOwnerOnly(const QString& path, const QString& what);

// What readOwnerOnlyFile could not do, for the caller to say in its own words.
struct OwnerOnlyReadFailure
{
    int error = 0;         // errno of the failed open or read; 0 when the file is too large
    bool tooLarge = false; // more than maxBytes
};

// A small secret file read whole: refused as requireOwnerOnly refuses, opened without following a link, at most
// `maxBytes`, the read buffer wiped. Nothing when the file does not exist. Throws OwnerOnlyReadFailure otherwise.
std::optional<SecureBytes> readOwnerOnlyFile(const QString& path, const QString& what, std::size_t maxBytes);

// "0600" for the file at `path` (lstat), or an empty string when it does not exist.
QString fileModeText(const QString& path);

} // namespace jwk
