#pragma once
// `zpool create` before its one ioctl: the vdev tree from the spec, every check zpool makes,
// the property nvlists (pool props, feature@... enabled as the module supports them, the root
// dataset's props), and the -n layout text.

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "pool/vdev_check.h"

#include <string>
#include <utility>
#include <vector>

namespace gzfs {

struct PoolCreateRequest {
    std::string name;
    std::vector<std::string> spec;                               ///< vdev specification words
    std::vector<std::pair<std::string, std::string>> props;      ///< -o
    std::vector<std::pair<std::string, std::string>> fs_props;   ///< -O
    std::string altroot;   ///< -R: also sets cachefile=none
    std::string tname;     ///< -t: temporary in-core name
    bool force = false;    ///< -f
    bool no_features = false;  ///< -d: enable no feature
    std::vector<std::string> module_features;  ///< features the module supports (enabled by default)
    VdevCheckOptions checks;   ///< probe, owner, imported guids (pool/verb/force are set here)
};

/// What POOL_CREATE needs (see pool_ops.h PoolCreateArgs).
struct PoolCreatePlan {
    std::string name;
    nv::NvList tree;
    nv::NvList props;
    nv::NvList fs_props;
};

/// Validates everything and builds the plan; nothing is touched.
Result<PoolCreatePlan> plan_pool_create(const PoolCreateRequest& request);

/// "would create 'tank' with the following layout:\n\n\ttank\n\t  mirror\n..." as zpool -n.
std::string describe_layout(const std::string& verb_line, const std::string& pool,
                            const nv::NvList& tree);

} // namespace gzfs
