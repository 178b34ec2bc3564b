#pragma once
// Does a tracee's file descriptor refer to /dev/zfs?
//
// The seccomp filter already keeps only ioctls whose request is in the ZFS range, so the
// question comes up once per ZFS-numbered ioctl. The answer is read from /proc/TID/fd/N and
// cached per (thread, fd). The tracer does not stop on close(), so a cached verdict could go
// stale if the fd is closed and reused; it is forgotten on exec and exit (where whole fd tables
// change), and a positive verdict is re-checked every kRecheckEvery uses.

#include <sys/types.h>

#include <map>
#include <string>
#include <utility>

namespace gzfs::trace {

/// Answers "is fd N of thread T /dev/zfs?", reading /proc through a swappable function so
/// that tests need no real process.
class ZfsFdCache {
public:
    /// Reads the target of /proc/TID/fd/N ("" when it cannot).
    using LinkReader = std::string (*)(pid_t tid, int fd);

    ZfsFdCache();
    explicit ZfsFdCache(LinkReader reader) : reader_(reader) {}

    /// True when the fd is the ZFS control device.
    bool is_zfs(pid_t tid, int fd);

    /// Drops what is known about a thread (it exec'd or exited).
    void forget(pid_t tid);

    /// How many verdicts were read from /proc rather than the cache (for tests).
    size_t lookups() const { return lookups_; }

    /// A cached positive verdict is checked again after this many uses.
    static constexpr unsigned kRecheckEvery = 64;

private:
    struct Verdict {
        bool zfs = false;
        unsigned uses = 0;
    };
    LinkReader reader_;
    std::map<std::pair<pid_t, int>, Verdict> cache_;
    size_t lookups_ = 0;
};

/// The real reader: readlink("/proc/TID/fd/N").
std::string read_fd_link(pid_t tid, int fd);

} // namespace gzfs::trace
