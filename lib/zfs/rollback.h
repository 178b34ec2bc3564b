#pragma once
// zfs rollback: only to the latest snapshot, unless -r destroys the later snapshots (and
// bookmarks) first; -R also destroys their clones.

#include "base/result.h"
#include "ioctl/client.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs rollback takes.
struct RollbackOptions {
    std::string snapshot;     ///< "fs@snap"
    bool destroy_later = false; ///< -r
    bool destroy_clones = false; ///< -R
    bool force = false;       ///< -f: force-unmount clones being destroyed
};

/// Rolls back; returns the snapshots destroyed on the way. Without -r, later snapshots are
/// an error listing them: "cannot rollback to 'x': more recent snapshots or bookmarks
/// exist\nuse '-r' to force deletion of the following snapshots and bookmarks:\n...".
Result<std::vector<std::string>> rollback_to(Client& c, const RollbackOptions& options);

} // namespace gzfs::zfs
