#pragma once
// Symbolic names of errno values and of ZFS's own zfs_errno_t codes, for JSON error objects
// that scripts can match on ("ENOENT", "ZFS_ERR_IOC_CMD_UNAVAIL").

#include <string>

namespace gzfs::out {

/// "ENOENT", "EBUSY", ...; "E<number>" for values without a name; "" for 0.
std::string errno_name(int value);

/// "ZFS_ERR_CHECKPOINT_EXISTS" ... for 1024 and up (include/sys/fs/zfs.h zfs_errno_t);
/// "" for 0 and for plain errno values.
std::string zfs_error_name(int value);

} // namespace gzfs::out
