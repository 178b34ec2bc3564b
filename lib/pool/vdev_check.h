#pragma once
// Checks a parsed vdev tree before any ioctl, as zpool's make_root_vdev() does: devices named
// twice, devices smaller than SPA_MINDEVSIZE, devices that belong to a pool, and (unless
// forced) replication levels that do not match, within the new tree or against the pool.

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "pool/device_probe.h"

#include <functional>
#include <optional>
#include <string>

namespace gzfs {

/// A pool that a device's label names, when it has one.
struct DeviceOwner {
    uint64_t state = 0;      ///< pool_state_t: 0 active, 1 exported, 2 destroyed, 3 spare, 4 l2cache
    std::string pool;        ///< pool name from the label ("" for spares and cache devices)
    uint64_t pool_guid = 0;
};

struct VdevCheckOptions {
    std::string verb = "create";
    std::string pool;
    bool force = false;                 ///< -f: allow mismatched replication, exported owners
    DeviceProbe probe = probe_device;
    /// Who owns a device (from its label), nullopt for a free device. Unset: no check.
    std::function<std::optional<DeviceOwner>(const std::string& path)> owner;
    /// Guids of pools imported right now: a label saying "active" for another guid is a pool
    /// that was not exported cleanly ("potentially active"), which -f may take over.
    std::vector<uint64_t> imported_guids;
    /// The current pool's vdev tree, for `add`: the new tree must match its replication.
    const nv::NvList* current_tree = nullptr;
};

/// Returns the first problem as one line "cannot <verb> '<pool>': <reason>".
Status check_vdev_tree(const nv::NvList& root, const VdevCheckOptions& options);

/// Replication level of a tree's normal-class top-level vdevs: "mirror", "raidz", "draid",
/// "disk", "file"; children; parity. nullopt when inconsistent or empty.
struct Replication {
    std::string type;
    uint64_t children = 0;
    uint64_t parity = 0;
};

/// Every leaf (path, type) of a tree, including spares and cache devices.
std::vector<const nv::NvList*> tree_leaves(const nv::NvList& root);

} // namespace gzfs
