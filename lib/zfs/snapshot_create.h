#pragma once
// zfs snapshot: all names (with -r, the same snapshot name on every descendant) in one
// atomic SNAPSHOT ioctl, after checking names, datasets and properties.

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/property_set.h"

#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs snapshot takes.
struct SnapshotOptions {
    std::vector<std::string> names;             ///< "fs@snap"
    bool recursive = false;                     ///< -r
    std::vector<PropertyAssignment> properties; ///< -o (user properties, mostly)
};

/// Creates them all or none. Returns every snapshot created, in the order sent.
Result<std::vector<std::string>> create_snapshots(Client& c, const SnapshotOptions& options);

} // namespace gzfs::zfs
