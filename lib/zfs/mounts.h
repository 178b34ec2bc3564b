#pragma once
// Which ZFS datasets are mounted, from /proc/self/mounts. Used only to show the `mounted`
// property; gzfs never mounts anything unless asked.

#include "base/result.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace gzfs::zfs {

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
