#include "pool/pool_features.h"

#include <algorithm>
#include <array>
#include <filesystem>

namespace gzfs {
namespace {

constexpr std::array<PoolFeature, 44> kFeatures = {{
    {"async_destroy", "com.delphix:async_destroy"},
    {"empty_bpobj", "com.delphix:empty_bpobj"},
    {"lz4_compress", "org.illumos:lz4_compress"},
    {"multi_vdev_crash_dump", "com.joyent:multi_vdev_crash_dump"},
    {"spacemap_histogram", "com.delphix:spacemap_histogram"},
    {"enabled_txg", "com.delphix:enabled_txg"},
    {"hole_birth", "com.delphix:hole_birth"},
    {"extensible_dataset", "com.delphix:extensible_dataset"},
    {"embedded_data", "com.delphix:embedded_data"},
    {"bookmarks", "com.delphix:bookmarks"},
    {"filesystem_limits", "com.joyent:filesystem_limits"},
    {"large_blocks", "org.open-zfs:large_blocks"},
    {"large_dnode", "org.zfsonlinux:large_dnode"},
    {"sha512", "org.illumos:sha512"},
    {"skein", "org.illumos:skein"},
    {"edonr", "org.illumos:edonr"},
    {"userobj_accounting", "org.zfsonlinux:userobj_accounting"},
    {"encryption", "com.datto:encryption"},
    {"project_quota", "org.zfsonlinux:project_quota"},
    {"device_removal", "com.delphix:device_removal"},
    {"obsolete_counts", "com.delphix:obsolete_counts"},
    {"zpool_checkpoint", "com.delphix:zpool_checkpoint"},
    {"spacemap_v2", "com.delphix:spacemap_v2"},
    {"allocation_classes", "org.zfsonlinux:allocation_classes"},
    {"resilver_defer", "com.datto:resilver_defer"},
    {"bookmark_v2", "com.datto:bookmark_v2"},
    {"redaction_bookmarks", "com.delphix:redaction_bookmarks"},
    {"redacted_datasets", "com.delphix:redacted_datasets"},
    {"bookmark_written", "com.delphix:bookmark_written"},
    {"log_spacemap", "com.delphix:log_spacemap"},
    {"livelist", "com.delphix:livelist"},
    {"device_rebuild", "org.openzfs:device_rebuild"},
    {"zstd_compress", "org.freebsd:zstd_compress"},
    {"draid", "org.openzfs:draid"},
    {"zilsaxattr", "org.openzfs:zilsaxattr"},
    {"head_errlog", "com.delphix:head_errlog"},
    {"blake3", "org.openzfs:blake3"},
    {"block_cloning", "com.fudosecurity:block_cloning"},
    {"vdev_zaps_v2", "com.klarasystems:vdev_zaps_v2"},
    {"redaction_list_spill", "com.delphix:redaction_list_spill"},
    {"raidz_expansion", "org.openzfs:raidz_expansion"},
    {"fast_dedup", "com.klarasystems:fast_dedup"},
    {"longname", "org.zfsonlinux:longname"},
    {"large_microzap", "com.klarasystems:large_microzap"},
}};

} // namespace

std::span<const PoolFeature> pool_features()
{
    return kFeatures;
}

const PoolFeature* find_pool_feature(std::string_view name)
{
    for (const PoolFeature& f : kFeatures)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::string feature_state(const PoolConfig& pool, const PoolFeature& feature)
{
    for (const auto& [guid, refcount] : pool.feature_refcounts)
        if (guid == feature.guid)
            return refcount > 0 ? "active" : "enabled";
    return "disabled";
}

std::vector<std::string> module_pool_features(const std::string& dir)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace gzfs
