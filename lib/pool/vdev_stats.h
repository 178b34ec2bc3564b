#pragma once
// vdev_stat_t, as the kernel hands it in a config's "vdev_stats" uint64 array, and the names
// zpool gives its state and aux values.
//
// The struct only grows at its end, except once: 0.8 inserted vs_initialize_errors at index
// 23, so on 0.7 every later field sits one index lower. Lengths: 41 (0.8), 45 (2.0/2.1),
// 47 (2.2: vs_noalloc, vs_pspace), 48 (2.3: vs_dio_verify_errors). Fields past the array's
// length read as 0 and their has_* flag says so (zpool's VDEV_STAT_VALID).

#include <cstdint>
#include <span>
#include <string_view>

namespace gzfs {

/// vdev_state_t.
enum class VdevStateCode : uint64_t {
    Unknown = 0, Closed = 1, Offline = 2, Removed = 3, CantOpen = 4, Faulted = 5,
    Degraded = 6, Healthy = 7,
};

/// vdev_aux_t values zpool reports on.
enum class VdevAux : uint64_t {
    None = 0, OpenFailed, CorruptData, NoReplicas, BadGuidSum, TooSmall, BadLabel,
    VersionNewer, VersionOlder, UnsupFeat, Spared, ErrExceeded, IoFailure, BadLog, External,
    SplitPool, BadAshift, ExternalPersist, Active, ChildrenOffline, AshiftTooBig,
};

struct VdevStats {
    uint64_t timestamp = 0;
    VdevStateCode state = VdevStateCode::Unknown;
    VdevAux aux = VdevAux::None;
    uint64_t alloc = 0, space = 0, dspace = 0, rsize = 0, esize = 0;
    uint64_t ops[6] = {}, bytes[6] = {};  ///< by zio type: null, read, write, free, claim, flush/trim
    uint64_t read_errors = 0, write_errors = 0, checksum_errors = 0;
    uint64_t initialize_errors = 0, self_healed = 0, scan_removing = 0, scan_processed = 0;
    uint64_t fragmentation = 0;
    uint64_t initialize_bytes_done = 0, initialize_bytes_est = 0, initialize_state = 0;
    uint64_t initialize_action_time = 0, checkpoint_space = 0, resilver_deferred = 0;
    uint64_t slow_ios = 0;
    uint64_t trim_errors = 0, trim_notsup = 0, trim_bytes_done = 0, trim_bytes_est = 0;
    uint64_t trim_state = 0, trim_action_time = 0;
    uint64_t rebuild_processed = 0, configured_ashift = 0, logical_ashift = 0;
    uint64_t physical_ashift = 0, noalloc = 0, pspace = 0, dio_verify_errors = 0;
    size_t count = 0;  ///< how many uint64 the kernel gave
    bool has_physical_ashift = false, has_noalloc = false, has_dio_verify = false;
};

/// Decodes the array. `has_initialize_errors` is false for 0.7 modules (see file comment).
VdevStats decode_vdev_stats(std::span<const uint64_t> raw, bool has_initialize_errors = true);

/// zpool_state_to_name(): "ONLINE", "DEGRADED", "FAULTED", "OFFLINE", "REMOVED", "UNAVAIL",
/// "SPLIT", "UNKNOWN".
std::string_view state_display_name(VdevStateCode state, VdevAux aux);

/// zpool status -j "state" of a vdev: the enum name ("ONLINE", "CANT_OPEN", "CLOSED", ...).
std::string_view state_enum_name(VdevStateCode state);

/// zpool status -j "aux": "OPEN_FAILED", "CORRUPT_DATA", ...
std::string_view aux_enum_name(VdevAux aux);

/// The text zpool status prints after a vdev with that aux: "cannot open", "corrupted data".
std::string_view aux_text(VdevAux aux, const VdevStats& stats);

} // namespace gzfs
