#pragma once
// One gztrace run: start or attach, trace, decode, hand each call to a sink, and say how the
// traced command ended. What cmd/gztrace calls; everything else in lib/trace/ is its parts.

#include "base/result.h"
#include "trace/ioctl_decoder.h"
#include "trace/zfs_fd_cache.h"

#include <sys/types.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace gzfs::trace {

struct TraceOptions {
    std::vector<std::string> command; ///< run this (argv), or
    pid_t attach_pid = 0;             ///< attach to this process (all its threads)
    bool follow = false;              ///< report children and their threads too (-f)
    std::set<uint32_t> only;          ///< report only these requests (-e); empty: all
    /// Where the loaded module says its version (decides the zfs_cmd_t layout). When the
    /// file is missing (no module: nothing can open /dev/zfs) the newest layout is used.
    std::string version_file = "/sys/module/zfs/version";
    ZfsFdCache::LinkReader fd_reader = nullptr; ///< tests: pretend another file is /dev/zfs
};

/// Parses -e names: "SNAPSHOT", "snapshot", "ZFS_IOC_SNAPSHOT" or a number ("0x5a23").
/// An unknown name is an Error (EINVAL) naming it: a usage error.
Result<std::set<uint32_t>> parse_ioctl_filter(const std::vector<std::string>& names);

/// Runs the trace to its end. Returns the traced command's exit status (128 + signal if it
/// was killed), or 0 after detaching from an attached process (on SIGINT/SIGTERM/SIGHUP).
/// Errors: the command cannot be run, the process cannot be traced, the module version is
/// unsupported; all one-line messages.
Result<int> run_trace(const TraceOptions& options, const CallSink& sink);

} // namespace gzfs::trace
