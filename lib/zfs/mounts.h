#pragma once
// Which ZFS datasets are mounted, from /proc/self/mounts. Used only to show the `mounted`
// property; gzfs never mounts anything unless asked.

#include "base/result.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// One line of the mount table.
struct MountEntry {
    std::string source;  ///< for zfs: the dataset name
    std::string target;  ///< where it is mounted
    std::string fstype;  ///< "zfs", "tmpfs", ...
    std::string options; ///< "rw,relatime,xattr,..."
};

/// Every mount, in the table's order (later entries are mounted over earlier ones), octal
/// escapes decoded. An unreadable file gives an empty list.
std::vector<MountEntry> mount_table(const std::string& path = "/proc/self/mounts");

/// The sources of all mounts of type zfs (dataset names, with octal escapes like "\040"
/// decoded). An unreadable file gives an empty set.
std::set<std::string> mounted_datasets(const std::string& path = "/proc/self/mounts");

/// Where each mounted ZFS dataset is mounted (a dataset may be mounted more than once).
std::map<std::string, std::vector<std::string>> mount_points(
    const std::string& path = "/proc/self/mounts");

/// Unmounts every mount of `dataset` (umount2, MNT_FORCE with `force`), innermost first. Only
/// destroy, rename and `gzfs unmount` call this: the user asked for the dataset to go away.
/// Errors read "cannot unmount '<path>': <reason>".
Status unmount_dataset(const std::string& dataset, bool force);

} // namespace gzfs::zfs
