#pragma once
// Reading pools: which are imported, each one's live config as a PoolConfig, and its property
// values with zpool's defaults filled in. Built on POOL_CONFIGS, POOL_STATS, POOL_GET_PROPS.

#include "base/result.h"
#include "ioctl/client.h"
#include "pool/pool_config.h"
#include "pool/pool_props.h"

#include <map>
#include <string>
#include <vector>

namespace gzfs {

/// Names of the imported pools, sorted (zpool's order).
Result<std::vector<std::string>> imported_pool_names(Client& c);

/// Guids of the imported pools (for the in-use check of `create`/`add`).
std::vector<uint64_t> imported_pool_guids(Client& c);

/// A pool's live config (POOL_STATS). "cannot open '<pool>': no such pool" when absent.
Result<PoolConfig> open_pool(Client& c, const std::string& pool);

/// Same, keeping the raw nvlist too (for vdev lookups by path).
struct OpenedPool {
    PoolConfig config;
    nv::NvList raw;
};
Result<OpenedPool> open_pool_raw(Client& c, const std::string& pool);

/// Property name -> value as the kernel reported it (POOL_GET_PROPS), plus "health" and
/// "name" computed from the config, plus defaults for every settable property the kernel
/// left out (source 2 = default), as libzfs' zpool_get_prop() fills them.
using PoolPropValues = std::map<std::string, PoolPropValue, std::less<>>;
Result<PoolPropValues> pool_prop_values(Client& c, const PoolConfig& pool,
                                        const std::vector<std::string>& extra = {});

/// Resolves "all", "all-vdevs"-less lists: names of every visible property followed by the
/// feature@ names, in `zpool get all` order.
std::vector<std::string> all_pool_prop_names();

/// zpool get's value for one name (property or feature@...), with source.
struct PropCell {
    std::string value;
    uint64_t source = 1;   ///< ZPROP_SRC_*
};
PropCell pool_prop_cell(const PoolConfig& pool, const PoolPropValues& values,
                        const std::string& name, bool literal);

/// Finds a vdev (leaf or interior) by path, short name ("sdb", "mirror-0") or guid string in
/// a raw config. Returns its guid; error "cannot <verb> '<dev>': no such device in pool".
Result<uint64_t> find_vdev_guid(const nv::NvList& config, const std::string& device,
                                std::string_view verb);

/// The vdev nvlist of that guid in a raw config, nullptr if absent; `ret_parent` its parent.
const nv::NvList* find_vdev_by_guid(const nv::NvList& config, uint64_t guid,
                                    const nv::NvList** ret_parent = nullptr);

} // namespace gzfs
