#pragma once
// Names and messages for the errors the ZFS ioctls return: plain errno values, which mean
// something ZFS-specific per ioctl, and ZFS's own zfs_errno_t codes (>= 1024, include/sys/fs/
// zfs.h), which the kernel returns through errno too.

#include <string>
#include <string_view>

namespace gzfs {

/// First zfs_errno_t value (ZFS_ERR_CHECKPOINT_EXISTS).
inline constexpr int kZfsErrFirst = 1024;

/// "ENOENT", "ZFS_ERR_IOC_CMD_UNAVAIL"; "" when unknown.
std::string_view errno_name(int err);

/// A short human reason in ZFS terms, as zfs/zpool print after "cannot ...: ":
/// ENOENT "no such pool or dataset", EEXIST "dataset already exists", 1029 "the loaded zfs
/// module does not support this operation", ... Falls back to strerror().
std::string error_reason(int err);

/// The message of a failed ioctl: "cannot <verb> '<object>': <reason>".
std::string error_message(std::string_view verb, std::string_view object, int err);

} // namespace gzfs
