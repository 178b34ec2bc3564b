#pragma once
// Which ZFS datasets are mounted, from /proc/self/mounts. Used only to show the `mounted`
// property; gzfs never mounts anything unless asked.

#include <set>
#include <string>

namespace gzfs::zfs {

/// The sources of all mounts of type zfs (dataset names, with octal escapes like "\040"
/// decoded). An unreadable file gives an empty set.
std::set<std::string> mounted_datasets(const std::string& path = "/proc/self/mounts");

} // namespace gzfs::zfs
