#pragma once
// Starting a command under ptrace, with the ioctl filter installed between fork and exec.

#include "base/result.h"
#include "trace/seccomp_filter.h"

#include <sys/types.h>

#include <string>
#include <vector>

namespace gzfs::trace {

/// A command started stopped-and-seized. The caller registers `pid` with a Tracer (as not
/// stopped: its first stop is still to come) and runs it; if the child dies before its exec
/// (Tracer::saw_exec false), exec_failure() says why.
class SpawnedChild {
public:
    SpawnedChild(pid_t pid, int error_pipe, std::string command)
        : pid_(pid), error_pipe_(error_pipe), command_(std::move(command))
    {
    }
    SpawnedChild(SpawnedChild&& other) noexcept;
    SpawnedChild(const SpawnedChild&) = delete;
    SpawnedChild& operator=(const SpawnedChild&) = delete;
    ~SpawnedChild();

    pid_t pid() const { return pid_; }

    /// The error of a failed exec, read from the child's close-on-exec pipe: "cannot run
    /// 'cmd': Permission denied". An Error with errno 0 if exec did not fail that way.
    Error exec_failure() const;

private:
    pid_t pid_;
    int error_pipe_;
    std::string command_;
};

/// Forks, lets the child stop itself, seizes it with `ptrace_options`, then the child installs
/// `filter` (unless null) and execs argv[0] (searched in PATH). A command that cannot be found
/// is reported here (ENOENT, "cannot run 'x': command not found") without forking; not being
/// allowed to trace (EPERM) likewise.
Result<SpawnedChild> spawn_traced(const std::vector<std::string>& argv, long ptrace_options,
                                  const IoctlFilter* filter);

/// Where execvp would find `command`: itself when it contains '/', else the first executable
/// PATH entry. ENOENT/EACCES when there is none.
Result<std::string> find_command(const std::string& command);

} // namespace gzfs::trace
