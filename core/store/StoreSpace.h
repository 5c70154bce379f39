#pragma once
// Room on the disk that holds a store. SQLite in WAL mode needs its 32 KiB WAL index (the -shm file) before it can
// read the store at all; on a disk with less room it fails part-way through opening and leaves an empty -wal and a
// stub -shm beside the store. The check below refuses such a disk before anything is touched.

#include <QString>

namespace jwk {

// The free space below which a store whose WAL index does not exist yet is not opened.
constexpr qint64 kStoreMinimumFreeBytes = 64 * 1024;

// Throws StoreError (Io) saying that the disk is full and nothing was changed when the disk holding the store at
// `path` (or, for a new store, its nearest existing folder) has less than kStoreMinimumFreeBytes available and the
// store has no WAL index yet. A store that is open elsewhere has its index already: SQLite then reports a full disk
// itself when a write does not fit, and rolls the write back. Disks that report no size are not checked.
void requireRoomForStore(const QString& path);

} // namespace jwk
