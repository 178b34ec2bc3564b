#pragma once
// What gzfs knows about one dataset, snapshot or bookmark while listing or getting
// properties: the kernel's answer (objset stats and property nvlist) plus the few facts that
// come from elsewhere (ZPL properties, received values, whether it is mounted).

#include "ioctl/zfs_cmd.h"
#include "zfs/property_table.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <optional>
#include <string>

namespace gzfs::zfs {

/// One listed object.
struct DatasetRecord {
    std::string name;         ///< "tank/fs", "tank/fs@snap", "tank/fs#mark"
    uint32_t type = 0;        ///< kType* bit
    ObjsetStats stats;        ///< always filled (bookmarks: createtxg and guid only)
    nv::NvList props;         ///< {prop: {"value", "source"}}; empty when listed simple
    bool has_props = false;   ///< props were fetched (not zc_simple)
    std::optional<nv::NvList> zplprops; ///< OBJSET_ZPLPROPS: version, normalization, ...
    std::optional<nv::NvList> received; ///< OBJSET_RECVD_PROPS, when `get -o received`
    std::optional<bool> mounted;        ///< from /proc/self/mounts, filesystems only
};

/// The kType* bit of objset stats: snapshot, volume (dds_type 3) or filesystem.
uint32_t type_of(const ObjsetStats& stats);

/// "FILESYSTEM", "VOLUME", "SNAPSHOT", "BOOKMARK": the JSON spelling.
const char* json_type_name(uint32_t type);

} // namespace gzfs::zfs
