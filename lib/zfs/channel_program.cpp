#include "zfs/channel_program.h"

#include "ioctl/errors.h"
#include "pool/pool_name.h"
#include "zfs/dataset_ops.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gzfs::zfs {

namespace {

std::string first_line(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

// The reason a failed program gives, from its errno and the kernel's output nvlist.
std::string failure_reason(int err, const nv::NvList& out)
{
    switch (err) {
    case ETIME: {
        const uint64_t ran = out.get_or("instrlimit", uint64_t{0});
        return ran ? "timed out after " + std::to_string(ran) + " Lua instructions"
                   : "timed out";
    }
    case ENOSPC:
        return "memory limit exhausted";
    default:
        break;
    }
    // The Lua message (syntax error, error(), a failed zfs.* call): its first line; the rest
    // is a traceback into the one chunk, which the first line already locates.
    const std::string lua = out.get_or("error", "");
    if (!lua.empty())
        return first_line(lua);
    switch (err) {
    case EINVAL:
        return "invalid instruction or memory limit";
    case ENOMEM:
        return "return value too large";
    case EPERM:
        return "permission denied: channel programs must be run as root";
    case ENOENT:
        return "no such pool";
    default:
        return error_reason(err);
    }
}

} // namespace

Result<std::string> read_program(const std::string& path)
{
    const bool from_stdin = path == "-";
    const std::string shown = from_stdin ? "standard input" : path;
    const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return make_error("cannot open '" + shown + "': " + std::strerror(err), err);
    }
    std::string text;
    char buf[65536];
    int err = 0;
    for (;;) {
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            err = got < 0 ? errno : 0;
            break;
        }
        text.append(buf, static_cast<size_t>(got));
    }
    if (!from_stdin)
        ::close(fd);
    if (err != 0)
        return make_error("cannot read '" + shown + "': " + std::strerror(err), err);
    // The kernel reads the program up to its first NUL (strlen): refuse rather than run less.
    if (text.find('\0') != std::string::npos)
        return make_error("cannot read '" + shown + "': the program contains a NUL byte",
                          EINVAL);
    return text;
}

Result<nv::NvList> run_program(Client& c, const ProgramOptions& o)
{
    if (auto s = check_pool_name(o.pool, false, "open"); !s)
        return s.error();
    ChannelProgramArgs args;
    args.pool = o.pool;
    args.program = o.source;
    args.arg.add_string_array("argv", o.args);
    args.sync = o.sync;
    args.instrlimit = o.instruction_limit;
    args.memlimit = o.memory_limit;
    nv::NvList out;
    auto r = channel_program(c, args, &out);
    if (r)
        return r;
    Error e = std::move(r.error());
    if (e.sys_errno == ENOENT && !out.contains("error"))
        e.message = "cannot open '" + o.pool + "': no such pool";
    else
        e.message = "cannot run channel program on '" + o.pool +
                    "': " + failure_reason(e.sys_errno, out);
    return e;
}

} // namespace gzfs::zfs
