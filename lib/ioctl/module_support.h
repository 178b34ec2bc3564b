#pragma once
// Which properties and features the loaded module knows. Since 0.8 the module lists them in
// sysfs, one directory entry each: /sys/module/zfs/properties.dataset/<name>,
// properties.pool/<name>, features.pool/<guid>. libzfs reads these to hide what the kernel
// does not support (zfs_mod_supported): a 2.3 `zfs get all` against a 2.1 module shows no
// `prefetch`, and treats the name as unknown. gzfs does the same, so that its output equals
// the real tools' on every module.

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace gzfs {

/// The sysfs directories libzfs consults (zfs_mod_supported's scopes).
inline constexpr const char* kSysfsDatasetProperties = "/sys/module/zfs/properties.dataset";
inline constexpr const char* kSysfsPoolProperties = "/sys/module/zfs/properties.pool";
inline constexpr const char* kSysfsPoolFeatures = "/sys/module/zfs/features.pool";

/// The entries of one such directory, or nullopt when it does not exist (no module loaded,
/// or a module older than 0.8): then, as in libzfs, everything counts as supported.
std::optional<std::set<std::string>> read_module_support(const std::string& dir);

/// True unless the directory `dir` exists and lacks `name`. Reads each directory once per
/// process (the module cannot change under a running command).
bool module_supports(const char* dir, std::string_view name);

} // namespace gzfs
