#pragma once
// A pool's configuration nvlist (POOL_STATS, POOL_CONFIGS, TRYIMPORT, vdev labels) as a plain
// model: the vdev tree with zpool's display names and classes, decoded vdev and scan stats.
//
// Config keys read: name, pool_guid, txg, state, version, hostname, hostid, error_count,
// suspended, errata, comment, vdev_tree {type, id, guid, path, devid, phys_path, whole_disk,
// not_present, is_log, is_hole, is_spare, alloc_bias, nparity, draid_ndata, draid_nspares,
// children, spares, l2cache, vdev_stats, scan_stats}, feature_stats.

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "pool/scan_stats.h"
#include "pool/vdev_stats.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gzfs {

struct Vdev {
    std::string type;        ///< root, mirror, raidz, draid, disk, file, spare, replacing, ...
    std::string name;        ///< as zpool prints it: "mirror-0", "raidz2-1", "/tmp/a", "sdb"
    std::string path, devid, phys_path, alloc_bias;
    std::string vclass;      ///< zpool status -j "class": normal, log, special, dedup, l2cache, spare, hole
    uint64_t guid = 0, id = 0, nparity = 0;
    uint64_t not_present = 0;  ///< guid of a missing device (ZPOOL_CONFIG_NOT_PRESENT), 0 if none
    bool is_log = false, is_hole = false, has_not_present = false, whole_disk = false;
    bool has_stats = false;
    VdevStats stats;
    std::vector<Vdev> children;
};

struct PoolConfig {
    std::string name, hostname, comment;
    uint64_t guid = 0, txg = 0, state = 0, version = 0, hostid = 0, error_count = 0;
    bool has_error_count = false, suspended = false;
    uint64_t suspended_reason = 0, errata = 0;
    Vdev root;                 ///< named after the pool, type "root"
    std::vector<Vdev> spares;  ///< class "spare"
    std::vector<Vdev> l2cache; ///< class "l2cache"
    std::optional<ScanStats> scan;
    /// feature guid ("com.delphix:async_destroy") -> reference count, for feature@ props.
    std::vector<std::pair<std::string, uint64_t>> feature_refcounts;
};

/// Builds the model. `has_initialize_errors` is false for 0.7 modules (vdev_stats layout).
/// Fails only when vdev_tree is missing.
Result<PoolConfig> parse_pool_config(const nv::NvList& config, bool has_initialize_errors = true);

/// The display name of one vdev nvlist (zpool_vdev_name with VDEV_NAME_TYPE_ID).
std::string vdev_display_name(const nv::NvList& vdev);

/// Walks the tree depth first (root, then children in order; spares and cache not included).
template <typename F>
void for_each_vdev(const Vdev& v, F&& f)
{
    f(v);
    for (const Vdev& c : v.children)
        for_each_vdev(c, f);
}

} // namespace gzfs
