#pragma once
// What a stopped tracee is doing: PTRACE_GET_SYSCALL_INFO (Linux 5.3) in a portable struct,
// so that the tracer needs no per-architecture register layout.

#include <sys/types.h>

#include <array>
#include <cstdint>

namespace gzfs::trace {

/// One syscall stop of a tracee.
struct SyscallStop {
    enum class Kind { None, Entry, Exit, Seccomp };
    Kind kind = Kind::None;       ///< None: not a syscall stop, or the kernel would not say
    uint64_t nr = 0;              ///< Entry/Seccomp: the syscall number
    std::array<uint64_t, 6> args{}; ///< Entry/Seccomp: its arguments
    int64_t rval = 0;             ///< Exit: return value, -errno when is_error
    bool is_error = false;        ///< Exit: rval is a negated errno
};

/// Reads the syscall state of a tracee that is in a ptrace stop. Kind::None when the tracee
/// is not in a syscall stop or is gone.
SyscallStop read_syscall_stop(pid_t tid);

} // namespace gzfs::trace
