#pragma once
// zfs hold, holds and release; -r applies to the same-named snapshot of every descendant.
// HOLD and RELEASE are atomic per call.

#include "base/result.h"
#include "ioctl/client.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// The snapshots a hold/release/holds with `recursive` acts on: each name, plus with -r the
/// snapshot of the same name on every descendant that has one.
Result<std::vector<std::string>> expand_snapshots(Client& c, const std::vector<std::string>& names,
                                                  bool recursive, std::string_view verb);

/// zfs hold TAG SNAP...: one HOLD ioctl.
Status hold_snapshots(Client& c, const std::string& tag, const std::vector<std::string>& snaps);

/// zfs release TAG SNAP...: one RELEASE ioctl. A missing tag: "no such tag on this dataset".
Status release_snapshots(Client& c, const std::string& tag,
                         const std::vector<std::string>& snaps);

/// One user hold.
struct HoldInfo {
    std::string snapshot;
    std::string tag;
    uint64_t timestamp = 0; ///< seconds since the epoch
};

/// zfs holds: the holds of each snapshot, tags sorted.
Result<std::vector<HoldInfo>> list_holds(Client& c, const std::vector<std::string>& snaps);

} // namespace gzfs::zfs
