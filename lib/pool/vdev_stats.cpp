#include "pool/vdev_stats.h"

#include <array>

namespace gzfs {

VdevStats decode_vdev_stats(std::span<const uint64_t> raw, bool has_initialize_errors)
{
    VdevStats s;
    s.count = raw.size();
    // 0.7 lacks vs_initialize_errors (index 23): map our indices onto theirs.
    auto at = [&](size_t i) -> uint64_t {
        if (!has_initialize_errors && i >= 23) {
            if (i == 23)
                return 0;
            --i;
        }
        return i < raw.size() ? raw[i] : 0;
    };
    s.timestamp = at(0);
    s.state = static_cast<VdevStateCode>(at(1));
    s.aux = static_cast<VdevAux>(at(2));
    s.alloc = at(3), s.space = at(4), s.dspace = at(5), s.rsize = at(6), s.esize = at(7);
    for (size_t i = 0; i < 6; ++i) {
        s.ops[i] = at(8 + i);
        s.bytes[i] = at(14 + i);
    }
    s.read_errors = at(20), s.write_errors = at(21), s.checksum_errors = at(22);
    s.initialize_errors = at(23), s.self_healed = at(24), s.scan_removing = at(25);
    s.scan_processed = at(26), s.fragmentation = at(27);
    s.initialize_bytes_done = at(28), s.initialize_bytes_est = at(29);
    s.initialize_state = at(30), s.initialize_action_time = at(31);
    s.checkpoint_space = at(32), s.resilver_deferred = at(33), s.slow_ios = at(34);
    s.trim_errors = at(35), s.trim_notsup = at(36), s.trim_bytes_done = at(37);
    s.trim_bytes_est = at(38), s.trim_state = at(39), s.trim_action_time = at(40);
    s.rebuild_processed = at(41), s.configured_ashift = at(42), s.logical_ashift = at(43);
    s.physical_ashift = at(44), s.noalloc = at(45), s.pspace = at(46);
    s.dio_verify_errors = at(47);
    size_t n = has_initialize_errors ? raw.size() : raw.size() + 1;
    s.has_physical_ashift = n > 44;
    s.has_noalloc = n > 45;
    s.has_dio_verify = n > 47;
    return s;
}

std::string_view state_display_name(VdevStateCode state, VdevAux aux)
{
    switch (state) {
    case VdevStateCode::Closed:
    case VdevStateCode::Offline:
        return "OFFLINE";
    case VdevStateCode::Removed:
        return "REMOVED";
    case VdevStateCode::CantOpen:
        if (aux == VdevAux::CorruptData || aux == VdevAux::BadLog)
            return "FAULTED";
        if (aux == VdevAux::SplitPool)
            return "SPLIT";
        return "UNAVAIL";
    case VdevStateCode::Faulted:
        return "FAULTED";
    case VdevStateCode::Degraded:
        return "DEGRADED";
    case VdevStateCode::Healthy:
        return "ONLINE";
    default:
        return "UNKNOWN";
    }
}

std::string_view state_enum_name(VdevStateCode state)
{
    static constexpr std::array<std::string_view, 8> names = {
        "UNKNOWN", "CLOSED", "OFFLINE", "REMOVED", "CANT_OPEN", "FAULTED", "DEGRADED", "ONLINE"};
    auto i = static_cast<size_t>(state);
    return i < names.size() ? names[i] : "UNKNOWN";
}

std::string_view aux_enum_name(VdevAux aux)
{
    static constexpr std::array<std::string_view, 21> names = {
        "NONE", "OPEN_FAILED", "CORRUPT_DATA", "NO_REPLICAS", "BAD_GUID_SUM", "TOO_SMALL",
        "BAD_LABEL", "VERSION_NEWER", "VERSION_OLDER", "UNSUP_FEAT", "SPARED", "ERR_EXCEEDED",
        "IO_FAILURE", "BAD_LOG", "EXTERNAL", "SPLIT_POOL", "BAD_ASHIFT", "EXTERNAL_PERSIST",
        "ACTIVE", "CHILDREN_OFFLINE", "ASHIFT_TOO_BIG"};
    auto i = static_cast<size_t>(aux);
    return i < names.size() ? names[i] : "UNKNOWN";
}

std::string_view aux_text(VdevAux aux, const VdevStats& stats)
{
    switch (aux) {
    case VdevAux::OpenFailed: return "cannot open";
    case VdevAux::BadGuidSum: return "missing device";
    case VdevAux::NoReplicas: return "insufficient replicas";
    case VdevAux::VersionNewer: return "newer version";
    case VdevAux::UnsupFeat: return "unsupported feature(s)";
    case VdevAux::AshiftTooBig: return "unsupported minimum blocksize";
    case VdevAux::Spared: return "currently in use";
    case VdevAux::ErrExceeded:
        if (stats.read_errors + stats.write_errors + stats.checksum_errors == 0 &&
            stats.slow_ios > 0)
            return "too many slow I/Os";
        return "too many errors";
    case VdevAux::IoFailure: return "experienced I/O failures";
    case VdevAux::BadLog: return "bad intent log";
    case VdevAux::External: return "external device fault";
    case VdevAux::SplitPool: return "split into new pool";
    case VdevAux::ChildrenOffline: return "all children offline";
    case VdevAux::BadLabel: return "invalid label";
    default: return "corrupted data";
    }
}

} // namespace gzfs
