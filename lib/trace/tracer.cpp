#include "trace/tracer.h"

#include "trace/seccomp_filter.h"
#include "trace/syscall_info.h"

#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

namespace gzfs::trace {

namespace {

/// The process a thread belongs to, from /proc/TID/status (0 if it is already gone).
pid_t read_tgid(pid_t tid)
{
    std::ifstream status("/proc/" + std::to_string(tid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "Tgid:") {
            pid_t tgid = 0;
            status >> tgid;
            return tgid;
        }
        status.ignore(4096, '\n');
    }
    return 0;
}

bool is_stop_signal(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

} // namespace

long ptrace_options(bool seccomp, bool follow, bool spawned)
{
    long options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
    if (seccomp)
        options |= PTRACE_O_TRACESECCOMP;
    if (follow)
        options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
    if (spawned)
        options |= PTRACE_O_EXITKILL;
    return options;
}

Tracer::Tracer(TracerOptions options, CallObserver& observer)
    : options_(options), observer_(observer),
      fds_(options.fd_reader ? options.fd_reader : read_fd_link)
{
}

Tracer::Tracee& Tracer::tracee(pid_t tid)
{
    auto it = tracees_.find(tid);
    if (it != tracees_.end())
        return it->second;
    // A new child can report its first stop before its parent's fork event: learn it here.
    Tracee& t = tracees_[tid];
    t.tgid = read_tgid(tid);
    return t;
}

void Tracer::add(pid_t tid, bool stopped)
{
    tracee(tid);
    if (stopped)
        resume(tid);
}

bool Tracer::saw_exec(pid_t tid) const { return exec_seen_.count(tid) != 0; }

void Tracer::resume(pid_t tid, int signal)
{
    auto it = tracees_.find(tid);
    bool in_call = it != tracees_.end() && it->second.in_call;
    // Inside a ZFS call we need its syscall-exit stop; otherwise seccomp tracees run free.
    auto request = (in_call || !options_.seccomp) ? PTRACE_SYSCALL : PTRACE_CONT;
    // ESRCH: killed meanwhile (SIGKILL needs no stop); its exit is reported by waitpid.
    ptrace(request, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(signal)));
}

Result<int> Tracer::run(pid_t main_pid)
{
    main_pid_ = main_pid;
    while (!tracees_.empty()) {
        if (detach_requested_ && !detaching_)
            start_detach();
        int status = 0;
        pid_t tid = waitpid(-1, &status, __WALL);
        if (tid < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ECHILD)
                break;
            return make_error(std::string("cannot wait for traced processes: ") +
                                  strerror(errno),
                              errno);
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (tid == main_pid_)
                main_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            handle_gone(tid);
        } else if (WIFSTOPPED(status)) {
            if (detaching_ && detach_stopped(tid, status))
                continue;
            handle_stop(tid, status);
        }
    }
    return main_status_;
}

void Tracer::handle_gone(pid_t tid)
{
    auto it = tracees_.find(tid);
    if (it != tracees_.end() && it->second.in_call)
        observer_.on_unfinished(tid);
    tracees_.erase(tid);
    fds_.forget(tid);
}

void Tracer::handle_stop(pid_t tid, int status)
{
    int sig = WSTOPSIG(status);
    int event = status >> 16;
    tracee(tid);
    if (sig == (SIGTRAP | 0x80))
        return handle_syscall(tid, false);
    if (sig == SIGTRAP && event == PTRACE_EVENT_SECCOMP)
        return handle_syscall(tid, true);
    if (sig == SIGTRAP && event == PTRACE_EVENT_EXEC)
        return handle_exec(tid);
    if (event == PTRACE_EVENT_STOP) {
        // A group-stop (SIGSTOP & co) must stay stopped until SIGCONT: PTRACE_LISTEN waits
        // for it without resuming. Other event stops (a new child's first stop, our
        // PTRACE_INTERRUPT, a SIGCONT notification) just resume.
        if (is_stop_signal(sig))
            ptrace(PTRACE_LISTEN, tid, nullptr, nullptr);
        else
            resume(tid);
        return;
    }
    if (sig == SIGTRAP && event != 0)
        return resume(tid); // fork/vfork/clone: the child arrives on its own
    resume(tid, sig);       // signal-delivery-stop: deliver the signal
}

void Tracer::handle_exec(pid_t tid)
{
    // A non-leader thread that execs takes over the leader's tid; the old one is gone
    // without an exit report, and so are all other threads (they are reaped by the kernel).
    unsigned long former = 0;
    ptrace(PTRACE_GETEVENTMSG, tid, nullptr, &former);
    if (former != 0 && static_cast<pid_t>(former) != tid)
        handle_gone(static_cast<pid_t>(former));
    fds_.forget(tid);
    tracee(tid).in_call = false;
    exec_seen_.insert(tid);
    resume(tid);
}

void Tracer::handle_syscall(pid_t tid, bool seccomp_stop)
{
    SyscallStop stop = read_syscall_stop(tid);
    Tracee& t = tracee(tid);
    if (stop.kind == SyscallStop::Kind::Exit) {
        if (t.in_call) {
            auto duration = std::chrono::steady_clock::now() - t.start;
            t.in_call = false;
            observer_.on_exit(tid, stop.rval, duration, RemoteMemory(tid));
        }
        return resume(tid);
    }
    bool entry = stop.kind == SyscallStop::Kind::Seccomp ||
                 (stop.kind == SyscallStop::Kind::Entry && !seccomp_stop);
    if (entry && stop.nr == SYS_ioctl)
        enter_call(tid, stop.args.data());
    resume(tid);
}

void Tracer::enter_call(pid_t tid, const uint64_t* args)
{
    Tracee& t = tracee(tid);
    unsigned long request = args[1];
    int fd = static_cast<int>(args[0]);
    if (!is_zfs_request(request))
        return;
    if (options_.only_tgid != 0 && t.tgid != options_.only_tgid)
        return;
    if (!fds_.is_zfs(tid, fd))
        return;
    IoctlEntry entry{tid, t.tgid, fd, request, args[2]};
    if (observer_.on_entry(entry, RemoteMemory(tid))) {
        t.in_call = true;
        // Taken last, after the entry-side reads, so that the duration is the kernel's.
        t.start = std::chrono::steady_clock::now();
    }
}

void Tracer::start_detach()
{
    detaching_ = true;
    // Every tracee has to be in a ptrace stop for PTRACE_DETACH; interrupt the running ones.
    for (auto& [tid, t] : tracees_)
        ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
}

bool Tracer::detach_stopped(pid_t tid, int status)
{
    int sig = WSTOPSIG(status);
    int event = status >> 16;
    // A pending signal that was about to be delivered must not be lost: pass it on.
    int deliver = (event == 0 && sig != (SIGTRAP | 0x80)) ? sig : 0;
    auto it = tracees_.find(tid);
    if (it != tracees_.end() && it->second.in_call)
        observer_.on_unfinished(tid);
    ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(deliver)));
    tracees_.erase(tid);
    return true;
}

} // namespace gzfs::trace
