#pragma once
// The version of the loaded ZFS kernel module, which decides the zfs_cmd_t layout and which
// ioctls exist. The module publishes it in /sys/module/zfs/version as "2.3.2-2~bpo12+2"
// (Debian) or "2.1.11-1": major.minor.patch, then a packaging suffix we ignore.

#include "base/result.h"

#include <compare>
#include <string>
#include <string_view>

namespace gzfs {

/// major.minor.patch of an OpenZFS release. Compares in release order.
struct Version {
    int major = 0;
    int minor = 0;
    int patch = 0;

    friend auto operator<=>(const Version&, const Version&) = default;
    /// "2.3.2"
    std::string str() const;
};

/// The loaded module: its parsed version and the text it was parsed from.
struct ModuleVersion {
    Version version;
    std::string text; ///< as read, e.g. "2.3.2-2~bpo12+2"
};

/// Oldest and newest-but-one releases whose ABI gzfs knows (see zfs_cmd.h for the layouts).
inline constexpr Version kOldestSupported{0, 6, 3};
/// First release gzfs does not know: 2.5 may change zfs_cmd_t or renumber nothing, we can't tell.
inline constexpr Version kFirstUnsupported{2, 5, 0};

/// Parses "2.3.2-2~bpo12+2", "2.1.11-1", "0.8.6", "2.2.0-rc4". Fails (EINVAL) on text
/// without at least "major.minor".
Result<Version> parse_version(std::string_view text);

/// Ok when gzfs speaks this module's ABI; otherwise ENOTSUP with a message naming the version
/// and the supported range.
Status check_supported(const ModuleVersion& module);

/// Reads and parses the version file (default /sys/module/zfs/version) and checks support.
/// ENOENT when it is missing, which means the zfs module is not loaded.
Result<ModuleVersion> read_module_version(const std::string& path = "/sys/module/zfs/version");

} // namespace gzfs
