#pragma once
// The seccomp-bpf filter that makes a traced program stop only on ZFS ioctls.
//
// Without it every system call of the tracee would be a ptrace stop (two context switches
// each). With it the kernel runs the filter on each system call and returns SECCOMP_RET_TRACE
// only for ioctl() whose request lies in the ZFS range 0x5a00-0x5aff; everything else gets
// SECCOMP_RET_ALLOW and runs at full speed, as with `strace --seccomp-bpf`.
//
// A filter is inherited by every child and survives execve, and SECCOMP_RET_TRACE with no
// tracer attached fails the call with ENOSYS: whoever installs it must trace all descendants.

#include "base/result.h"

#include <linux/filter.h>

#include <vector>

namespace gzfs::trace {

/// A BPF program, built in the parent before fork() so that the child only has to make
/// system calls (no allocation between fork and exec).
class IoctlFilter {
public:
    /// Builds the program for the architecture gztrace was compiled for.
    IoctlFilter();

    /// Installs the filter on the calling thread (and so on what it execs). Without
    /// CAP_SYS_ADMIN the kernel demands no_new_privs first; it is set only then, because it
    /// disables set-user-ID programs.
    /// Returns the errno of the failing prctl/seccomp call, or 0.
    int install() const;

    /// The instructions, for tests that run the filter in a BPF interpreter.
    const std::vector<sock_filter>& program() const { return program_; }

private:
    std::vector<sock_filter> program_;
};

/// First and last ioctl request numbers of /dev/zfs (ZFS_IOC_FIRST .. the Linux-only block
/// from 0x5a81). The whole 0x5a page is ZFS's.
inline constexpr unsigned kZfsIoctlFirst = 0x5a00;
inline constexpr unsigned kZfsIoctlLast = 0x5aff;

/// True when an ioctl request number belongs to /dev/zfs.
inline bool is_zfs_request(unsigned long request)
{
    return request >= kZfsIoctlFirst && request <= kZfsIoctlLast;
}

} // namespace gzfs::trace
