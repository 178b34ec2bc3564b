#pragma once
// Reading vdev labels, for import scanning and for `create`'s in-use check.
//
// A device carries four 256 KiB labels: two at its start (offsets 0 and 256K) and two at its
// end (size-512K and size-256K, with size rounded down to a multiple of 256K). Each label is
// 8K blank, 8K boot environment, then 112K of vdev_phys holding the config nvlist in XDR
// (16K into the label; the last 40 bytes are a checksum tail), then the uberblock ring.
// A label is used if it decodes and either is a spare/cache label or has a txg (as
// zpool_read_label() decides).

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "pool/vdev_check.h"

#include <optional>
#include <string>

namespace gzfs {

inline constexpr uint64_t kLabelSize = 256 * 1024;
inline constexpr uint64_t kLabelNvlistOffset = 16 * 1024;
inline constexpr uint64_t kLabelNvlistSize = 112 * 1024 - 40;

/// The first valid label config of the device or file at `path`; nullopt when it has none.
/// Errors only for a path that cannot be opened or read.
Result<std::optional<nv::NvList>> read_vdev_label(const std::string& path);

/// Who owns the device according to its label (for VdevCheckOptions::owner).
std::optional<DeviceOwner> label_owner(const std::string& path);

/// Overwrites all four labels with zeros (zpool labelclear). Refuses (EBUSY) unless `force`
/// when the label says the device belongs to an exported or active pool.
Status clear_vdev_label(const std::string& path, bool force);

} // namespace gzfs
