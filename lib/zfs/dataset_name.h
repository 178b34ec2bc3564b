#pragma once
// Dataset, snapshot and bookmark names as zfs validates them before any ioctl
// (module/zcommon/zfs_namecheck.c and libzfs zfs_validate_name), with zfs' reasons.

#include "base/result.h"
#include "zfs/property_table.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gzfs::zfs {

/// Longest name plus NUL (ZFS_MAX_DATASET_NAME_LEN).
inline constexpr size_t kMaxNameLength = 256;

/// Checks `name` for an object of one of `types` (kType* bits from property_table.h: a plain
/// name for filesystem/volume, "fs@snap" for snapshot, "fs#mark" for bookmark). On failure
/// the Error (EINVAL) reads "cannot <verb> '<name>': <reason>", the reason as zfs words it:
/// "trailing slash in name", "invalid character '$' in name", "snapshot delimiter '@' is not
/// expected here", "missing '@' delimiter in snapshot name", "name is too long", ...
Status check_name(std::string_view name, uint32_t types, std::string_view verb);

/// The parent of "a/b/c" is "a/b"; of "a/b@s" is "a/b"; of "a" is "".
std::string parent_of(std::string_view name);

} // namespace gzfs::zfs
