#pragma once
// zfs destroy, in two steps: plan (what would be destroyed, in zfs' order, checked for
// children and dependent clones) and execute. `destroy -n` stops after the plan, so it
// touches nothing; destroy never touches anything the plan does not name.
//
// Targets: a filesystem or volume ("tank/a"), snapshots ("tank/a@s", "tank/a@x%y" ranges by
// creation order, "tank/a@s,t" lists, combined), a bookmark ("tank/a#b").

#include "base/result.h"
#include "ioctl/client.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// Flags of zfs destroy.
struct DestroyOptions {
    std::string target;
    bool recursive = false;  ///< -r: descendants (and, for snapshots, same-named ones below)
    bool dependents = false; ///< -R: also clones of affected snapshots, outside the tree
    bool defer = false;      ///< -d: defer snapshot destruction while held or cloned
    bool force = false;      ///< -f: force-unmount mounted filesystems
};

/// What would go, in the order zfs prints and destroys it (dependents before what they
/// depend on).
struct DestroyPlan {
    std::vector<std::string> names;   ///< everything, in order
    bool snapshots_only = false;      ///< target was a snapshot spec
    bool bookmark = false;            ///< target was a bookmark
    uint64_t reclaim = 0;             ///< snapshot targets: space freed (SPACE_SNAPS)
};

/// Works out the plan; nothing is changed. Errors: bad name, missing target, "filesystem
/// has children" / "dependent clones" (message lists them on following lines, as zfs).
Result<DestroyPlan> plan_destroy(Client& c, const DestroyOptions& options);

/// Destroys what the plan names: snapshots in batches (DESTROY_SNAPS), datasets one by one
/// (after unmounting them), bookmarks with DESTROY_BOOKMARKS.
Status execute_destroy(Client& c, const DestroyPlan& plan, const DestroyOptions& options);

} // namespace gzfs::zfs
