#include "trace/spawn.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace gzfs::trace {

namespace {

bool is_executable_file(const std::string& path)
{
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

/// The child's side: runs between fork and exec, so only system calls, no allocation.
[[noreturn]] void run_child(char* const* argv, const char* path, const IoctlFilter* filter,
                            int error_pipe)
{
    // Stop until the parent has seized us: the filter's SECCOMP_RET_TRACE needs a tracer.
    raise(SIGSTOP);
    int err = filter ? filter->install() : 0;
    if (err == 0) {
        execv(path, argv);
        err = errno;
    }
    (void)!write(error_pipe, &err, sizeof err);
    _exit(127);
}

} // namespace

SpawnedChild::SpawnedChild(SpawnedChild&& other) noexcept
    : pid_(other.pid_), error_pipe_(other.error_pipe_), command_(std::move(other.command_))
{
    other.error_pipe_ = -1;
}

SpawnedChild::~SpawnedChild()
{
    if (error_pipe_ >= 0)
        close(error_pipe_);
}

Error SpawnedChild::exec_failure() const
{
    int err = 0;
    if (error_pipe_ < 0 || read(error_pipe_, &err, sizeof err) != sizeof err)
        return make_error("");
    return make_error("cannot run '" + command_ + "': " + strerror(err), err);
}

Result<std::string> find_command(const std::string& command)
{
    if (command.find('/') != std::string::npos) {
        if (access(command.c_str(), F_OK) != 0)
            return make_error("cannot run '" + command + "': " + strerror(errno), errno);
        return command;
    }
    const char* env = getenv("PATH");
    std::istringstream dirs(env ? env : "/usr/local/bin:/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        std::string path = (dir.empty() ? "." : dir) + "/" + command;
        if (is_executable_file(path))
            return path;
    }
    return make_error("cannot run '" + command + "': command not found", ENOENT);
}

Result<SpawnedChild> spawn_traced(const std::vector<std::string>& argv, long ptrace_options,
                                  const IoctlFilter* filter)
{
    auto path = find_command(argv.at(0));
    if (!path)
        return path.error();
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return make_error(std::string("cannot create a pipe: ") + strerror(errno), errno);
    pid_t pid = fork();
    if (pid < 0) {
        int err = errno;
        close(fds[0]);
        close(fds[1]);
        return make_error(std::string("cannot fork: ") + strerror(err), err);
    }
    if (pid == 0) {
        close(fds[0]);
        run_child(args.data(), path->c_str(), filter, fds[1]);
    }
    close(fds[1]);
    SpawnedChild child(pid, fds[0], argv[0]);

    int status = 0;
    while (waitpid(pid, &status, WSTOPPED) < 0 && errno == EINTR) {
    }
    if (ptrace(PTRACE_SEIZE, pid, nullptr, reinterpret_cast<void*>(ptrace_options)) != 0) {
        int err = errno;
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        return make_error(std::string("cannot trace '") + argv[0] + "': " + strerror(err), err);
    }
    // The child is in a group-stop; SIGCONT ends it once the tracer loop runs (the seized
    // child reports a PTRACE_EVENT_STOP, then the SIGCONT, both handled by Tracer).
    kill(pid, SIGCONT);
    return child;
}

} // namespace gzfs::trace
