#pragma once
// What a vdev argument points at: a regular file, a block device, or nothing usable.
// Behind a std::function so that unit tests can describe devices without creating them.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gzfs {

enum class DeviceKind { Missing, File, Block, Other };

/// What stat(2) (following links) and, for block devices, BLKGETSIZE64 say about a path.
struct DeviceInfo {
    DeviceKind kind = DeviceKind::Missing;
    uint64_t size = 0;       ///< bytes; 0 when unknown
    std::string real_path;   ///< realpath(3), for spotting one device named twice
    int error = 0;           ///< errno when kind is Missing
};

using DeviceProbe = std::function<DeviceInfo(const std::string& path)>;

/// The real probe: stat, realpath, and the size of block devices.
DeviceInfo probe_device(const std::string& path);

/// Directories tried, in order, for a device given by a short name ("sdb"), as libzutil's
/// default search path has them.
const std::vector<std::string>& shorthand_dirs();

} // namespace gzfs
