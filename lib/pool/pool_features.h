#pragma once
// Pool feature flags known to OpenZFS 2.3 (zfeature_common.c), in spa_feature_t order, which is
// the order `zpool get all` lists feature@ properties in.

#include "pool/pool_config.h"

#include <span>
#include <string>
#include <string_view>

namespace gzfs {

struct PoolFeature {
    std::string_view name;  ///< short name: "async_destroy"
    std::string_view guid;  ///< "com.delphix:async_destroy": the key in feature_stats and labels
};

std::span<const PoolFeature> pool_features();

const PoolFeature* find_pool_feature(std::string_view name);

/// "disabled", "enabled" (refcount 0) or "active", from the pool's feature_stats.
std::string feature_state(const PoolConfig& pool, const PoolFeature& feature);

/// Feature names the loaded module supports (/sys/module/zfs/features.pool), empty when
/// unreadable. `zpool create` enables exactly these unless told otherwise.
std::vector<std::string> module_pool_features(
    const std::string& dir = "/sys/module/zfs/features.pool");

} // namespace gzfs
