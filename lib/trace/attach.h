#pragma once
// Attaching to a running process (gztrace -p PID): every thread listed in /proc/PID/task.

#include "base/result.h"

#include <sys/types.h>

#include <vector>

namespace gzfs::trace {

/// PTRACE_SEIZEs all threads of `pid` with `ptrace_options` and interrupts them so that the
/// tracer loop gets a first stop from each (register them with Tracer::add(tid, false)).
/// Threads created while attaching are picked up by reading the task list until it is stable.
/// Errors: ESRCH "cannot attach to process N: no such process", EPERM "...: Operation not
/// permitted" (another tracer, or no CAP_SYS_PTRACE).
Result<std::vector<pid_t>> attach_process(pid_t pid, long ptrace_options);

} // namespace gzfs::trace
