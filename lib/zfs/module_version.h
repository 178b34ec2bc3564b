#pragma once
// The version of the loaded zfs kernel module, for `gzfs version`.

#include <optional>
#include <string>

namespace gzfs::zfs {

/// The contents of /sys/module/zfs/version without the newline ("2.3.2-2~bpo12+2"), or
/// nullopt when the module is not loaded.
std::optional<std::string> loaded_module_version();

} // namespace gzfs::zfs
