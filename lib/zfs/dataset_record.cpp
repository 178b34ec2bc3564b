#include "zfs/dataset_record.h"

#include "zfs/property_table.h"

namespace gzfs::zfs {

uint32_t type_of(const ObjsetStats& stats)
{
    if (stats.is_snapshot)
        return kTypeSnapshot;
    // dmu_objset_type_t: 3 is DMU_OST_ZVOL.
    return stats.type == 3 ? kTypeVolume : kTypeFilesystem;
}

const char* json_type_name(uint32_t type)
{
    switch (type) {
    case kTypeFilesystem: return "FILESYSTEM";
    case kTypeVolume: return "VOLUME";
    case kTypeSnapshot: return "SNAPSHOT";
    case kTypeBookmark: return "BOOKMARK";
    default: return "UNKNOWN";
    }
}

} // namespace gzfs::zfs
