#include "trace/syscall_info.h"

#include <sys/ptrace.h>

namespace gzfs::trace {

namespace {

void copy_call(uint64_t nr, const uint64_t (&args)[6], SyscallStop& stop)
{
    stop.nr = nr;
    for (size_t i = 0; i < stop.args.size(); ++i)
        stop.args[i] = args[i];
}

} // namespace

SyscallStop read_syscall_stop(pid_t tid)
{
    __ptrace_syscall_info info{};
    SyscallStop stop;
    if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, sizeof info, &info) <= 0)
        return stop;
    switch (info.op) {
    case PTRACE_SYSCALL_INFO_ENTRY:
        stop.kind = SyscallStop::Kind::Entry;
        copy_call(info.entry.nr, info.entry.args, stop);
        break;
    case PTRACE_SYSCALL_INFO_SECCOMP:
        stop.kind = SyscallStop::Kind::Seccomp;
        copy_call(info.seccomp.nr, info.seccomp.args, stop);
        break;
    case PTRACE_SYSCALL_INFO_EXIT:
        stop.kind = SyscallStop::Kind::Exit;
        stop.rval = info.exit.rval;
        stop.is_error = info.exit.is_error != 0;
        break;
    default:
        break;
    }
    return stop;
}

} // namespace gzfs::trace
