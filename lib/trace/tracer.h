#pragma once
// The ptrace event loop: waits for the tracees' stops, hands ZFS ioctls to an observer, and
// keeps every other event (forks, execs, signals, job control) flowing as if untraced.
//
// Two ways to find the ioctls:
//  - seccomp (a spawned command, seccomp_filter.h): the tracee stops only at a
//    PTRACE_EVENT_SECCOMP for a ZFS-numbered ioctl; from that stop PTRACE_SYSCALL runs it to
//    its syscall-exit stop (Linux >= 4.8 orders the seccomp stop after syscall entry), then
//    PTRACE_CONT lets it run free again.
//  - syscall stops (an attached process, which cannot be given a filter): PTRACE_SYSCALL on
//    every syscall, as strace -p does; slower, but needs nothing from the tracee.
//
// All tracees are PTRACE_SEIZEd, so group-stops arrive as PTRACE_EVENT_STOP and are parked
// with PTRACE_LISTEN, and new children start with a PTRACE_EVENT_STOP of their own.

#include "base/result.h"
#include "trace/call_observer.h"
#include "trace/zfs_fd_cache.h"

#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <map>
#include <set>

namespace gzfs::trace {

/// How the tracer runs.
struct TracerOptions {
    bool seccomp = true;   ///< tracees carry the ioctl filter (else: stop on every syscall)
    pid_t only_tgid = 0;   ///< report only this process's calls (0: every tracee's)
    ZfsFdCache::LinkReader fd_reader = nullptr; ///< tests: what /proc/TID/fd/N points to
};

/// PTRACE_SETOPTIONS bits gztrace seizes with. `follow`: auto-attach forks, vforks, clones.
/// `spawned`: kill tracees if gztrace dies (they carry a filter that needs a tracer).
long ptrace_options(bool seccomp, bool follow, bool spawned);

/// The loop. Not copyable; one per gztrace run.
class Tracer {
public:
    Tracer(TracerOptions options, CallObserver& observer);
    Tracer(const Tracer&) = delete;
    Tracer& operator=(const Tracer&) = delete;

    /// Registers a seized thread. `stopped`: it is in a ptrace stop now and run() must
    /// restart it (a spawned child at its exec stop); otherwise its next stop will come.
    void add(pid_t tid, bool stopped);

    /// Runs until no tracee is left (or all were detached after request_detach()). Returns
    /// how `main_pid` ended: its exit code, or 128 + signal number.
    Result<int> run(pid_t main_pid);

    /// Asks run() to detach from every tracee and return; safe from a signal handler.
    static void request_detach() { detach_requested_ = true; }

    /// Whether `tid` (the spawned child) reached its execve (PTRACE_EVENT_EXEC).
    bool saw_exec(pid_t tid) const;

private:
    struct Tracee {
        pid_t tgid = 0;
        bool in_call = false; ///< between a ZFS ioctl's entry and exit
        std::chrono::steady_clock::time_point start;
    };

    Tracee& tracee(pid_t tid);
    void handle_stop(pid_t tid, int status);
    void handle_gone(pid_t tid);
    void handle_syscall(pid_t tid, bool seccomp_stop);
    void handle_exec(pid_t tid);
    void enter_call(pid_t tid, const uint64_t* args);
    void resume(pid_t tid, int signal = 0);
    void start_detach();
    bool detach_stopped(pid_t tid, int status);

    TracerOptions options_;
    CallObserver& observer_;
    ZfsFdCache fds_;
    std::map<pid_t, Tracee> tracees_;
    std::set<pid_t> exec_seen_;
    pid_t main_pid_ = 0;
    int main_status_ = 0;
    bool detaching_ = false;
    static inline volatile std::sig_atomic_t detach_requested_ = false;
};

} // namespace gzfs::trace
