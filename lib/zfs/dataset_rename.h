#pragma once
// zfs rename: datasets (with -p creating missing parents) and snapshots (with -r renaming
// the same snapshot on every descendant, atomically in the kernel). Nothing is remounted:
// a mounted filesystem keeps its mount.

#include "base/result.h"
#include "ioctl/client.h"

#include <string>

namespace gzfs::zfs {

/// What zfs rename takes.
struct RenameOptions {
    std::string from;
    std::string to;              ///< for snapshots also just "@newname"
    bool parents = false;        ///< -p
    bool recursive = false;      ///< -r (snapshots only)
};

/// Renames. Checks first: names, same pool, same dataset for snapshots, target absent.
Status rename(Client& c, const RenameOptions& options);

} // namespace gzfs::zfs
