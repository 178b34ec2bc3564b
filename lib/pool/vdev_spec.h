#pragma once
// The vdev specification grammar of `zpool create` and `zpool add`, parsed into the vdev tree
// nvlist that POOL_CREATE and VDEV_ADD take in zc_nvlist_conf (cmd/zpool/zpool_vdev.c's
// construct_spec() builds the same tree).
//
//   spec     := group... ; at least one top-level vdev, spare or cache device
//   group    := DEVICE | mirror DEVICE{2,} | raidz[1-3] DEVICE{p+1,}
//             | draid[1-3][:<n>d][:<n>c][:<n>s] DEVICE{p+1,}
//             | log | special | dedup   (class switches: the groups after them take that class)
//             | spare DEVICE+ | cache DEVICE+   (each at most once; log at most once too)
//   DEVICE   := /absolute/path (file or block device) | short name looked up under /dev/...
//
// The tree: {type: "root", children: [top...], spares: [leaf...], l2cache: [leaf...]}.
// A top-level vdev has is_log (uint64 0/1) and, for log/special/dedup, alloc_bias (string);
// raidz has nparity; draid has nparity, draid_ndata, draid_nspares, draid_ngroups.
// A leaf has path, type ("file" or "disk"), whole_disk (disks; always 0 here: gzpool uses a
// block device as given and never writes a partition table), and ashift when one is asked.

#include "base/result.h"
#include "nvlist/nvlist.h"
#include "pool/device_probe.h"

#include <span>
#include <string>

namespace gzfs {

/// SPA_MINDEVSIZE: the kernel refuses smaller devices (EOVERFLOW).
inline constexpr uint64_t kMinDeviceSize = 64ull << 20;

struct VdevSpecOptions {
    std::string verb = "create";  ///< for messages: "cannot <verb> '<pool>': ..."
    std::string pool;
    uint64_t ashift = 0;          ///< from -o ashift=N; 0 lets the kernel choose
    DeviceProbe probe = probe_device;
};

/// Parses `args` into the vdev tree. Devices must exist and be files or block devices.
/// Errors are one line: "cannot <verb> '<pool>': invalid vdev specification: <why>" or
/// "cannot open '<dev>': <why>".
Result<nv::NvList> parse_vdev_spec(std::span<const std::string> args,
                                   const VdevSpecOptions& options);

/// True when `word` starts a group in the grammar (mirror, raidz2, draid1:4d, log, ...).
bool is_vdev_keyword(const std::string& word);

} // namespace gzfs
