#pragma once
// The boundary between the ptrace machinery (tracer.h) and what is made of a ZFS ioctl
// (ioctl_decoder.h): the tracer finds the calls, an observer reads and decodes them.

#include "trace/remote_memory.h"

#include <sys/types.h>

#include <chrono>
#include <cstdint>

namespace gzfs::trace {

/// A thread entering ioctl(fd, request, arg) on /dev/zfs.
struct IoctlEntry {
    pid_t tid = 0;
    pid_t tgid = 0;            ///< the process the thread belongs to
    int fd = -1;
    unsigned long request = 0; ///< 0x5a00..0x5aff
    uint64_t arg = 0;          ///< address of the tracee's zfs_cmd_t
};

/// Receives the ZFS ioctls of the tracees. Called from the tracer's loop while the thread is
/// stopped, so the tracee's memory is stable during each call.
class CallObserver {
public:
    virtual ~CallObserver() = default;

    /// The call is about to run. Return true to be told its exit (on_exit) as well.
    virtual bool on_entry(const IoctlEntry& entry, const MemoryReader& memory) = 0;

    /// The call returned `rval` (-errno on failure) after `duration` of kernel time as seen
    /// by the tracer (from resuming the thread to its syscall-exit stop).
    virtual void on_exit(pid_t tid, int64_t rval, std::chrono::nanoseconds duration,
                         const MemoryReader& memory) = 0;

    /// The thread vanished (exit, exec by another thread, detach) inside the call.
    virtual void on_unfinished(pid_t tid) = 0;
};

} // namespace gzfs::trace
