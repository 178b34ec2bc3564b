#pragma once
// Finding pools to import without libzfs: read the label of every file and block device in
// the given directories, group labels by pool guid, and assemble per pool the config that
// POOL_TRYIMPORT takes (what libzutil's zpool_find_import() builds):
//   {version, pool_guid, name, comment, state, hostid, hostname, txg, vdev_children,
//    vdev_tree: {type "root", id 0, guid pool_guid, children: [top-level vdevs by id,
//    {type "missing"} where no label was found]}}
// Each top-level vdev comes from its label with the highest txg; leaf paths are set to where
// the device was found now.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"

#include <string>
#include <vector>

namespace gzfs {

struct ImportCandidate {
    std::string name;
    uint64_t guid = 0;
    uint64_t state = 0;           ///< pool_state_t from the labels (1 exported, 0 active, 2 destroyed)
    uint64_t hostid = 0;
    std::string hostname;
    nv::NvList config;            ///< for POOL_TRYIMPORT
    std::vector<std::string> devices;
};

/// Default directories: /dev/disk/by-id, then /dev.
std::vector<std::string> default_import_dirs();

/// Scans `dirs` (not recursively). Destroyed pools only when `destroyed`.
std::vector<ImportCandidate> scan_import_candidates(const std::vector<std::string>& dirs,
                                                    bool destroyed = false);

/// Runs TRYIMPORT on a candidate: the config as import would see it (vdev states, stats).
Result<nv::NvList> try_import(Client& c, const ImportCandidate& candidate);

struct ImportRequest {
    std::string new_name;   ///< "" keeps the pool's name
    nv::NvList props;       ///< -o and altroot/cachefile
    bool force = false;     ///< -f: import a pool not exported cleanly
    bool temp_name = false; ///< -t
};

/// TRYIMPORT then IMPORT. Refuses a pool that was not exported (state active) without -f.
/// Never mounts anything.
Status import_candidate(Client& c, const ImportCandidate& candidate, const ImportRequest& r);

} // namespace gzfs
