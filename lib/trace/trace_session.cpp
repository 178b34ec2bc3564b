#include "trace/trace_session.h"

#include "ioctl/ioctl_table.h"
#include "ioctl/module_version.h"
#include "ioctl/zfs_cmd.h"
#include "trace/attach.h"
#include "trace/seccomp_filter.h"
#include "trace/spawn.h"
#include "trace/tracer.h"

#include <csignal>
#include <cerrno>
#include <cstdlib>
#include <cctype>

namespace gzfs::trace {

namespace {

Result<const CmdLayout*> module_layout(const std::string& version_file)
{
    auto module = read_module_version(version_file);
    if (module)
        return &layout_for(module->version);
    if (module.error().sys_errno == ENOENT)
        return &layout_for(Version{2, 3, 0});
    return module.error();
}

void on_detach_signal(int) { Tracer::request_detach(); }

/// Attached: a signal detaches cleanly (the process goes on untraced). Spawned: Ctrl-C
/// reaches the command through the terminal; gztrace outlives it to report its status.
void install_signal_handlers(bool attached)
{
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = attached ? on_detach_signal : SIG_IGN;
    sa.sa_flags = 0; // no SA_RESTART: waitpid must return EINTR to see the request
    for (int sig : {SIGINT, SIGQUIT})
        sigaction(sig, &sa, nullptr);
    if (attached)
        for (int sig : {SIGTERM, SIGHUP})
            sigaction(sig, &sa, nullptr);
}

std::string upper(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    return s;
}

Result<int> run_spawned(const TraceOptions& options, CallObserver& observer)
{
    IoctlFilter filter;
    long flags = ptrace_options(true, true, true);
    auto child = spawn_traced(options.command, flags, &filter);
    if (!child)
        return child.error();
    install_signal_handlers(false);
    // The filter is inherited by every descendant, and SECCOMP_RET_TRACE without a tracer
    // fails the ioctl: so children are always traced, and -f only decides what is shown.
    TracerOptions tracer_options{true, options.follow ? 0 : child->pid(), options.fd_reader};
    Tracer tracer(tracer_options, observer);
    tracer.add(child->pid(), false);
    auto status = tracer.run(child->pid());
    if (status && !tracer.saw_exec(child->pid())) {
        Error failure = child->exec_failure();
        if (!failure.message.empty())
            return failure;
    }
    return status;
}

Result<int> run_attached(const TraceOptions& options, CallObserver& observer)
{
    long flags = ptrace_options(false, options.follow, false);
    install_signal_handlers(true);
    auto tids = attach_process(options.attach_pid, flags);
    if (!tids)
        return tids.error();
    TracerOptions tracer_options{false, 0, options.fd_reader};
    Tracer tracer(tracer_options, observer);
    for (pid_t tid : *tids)
        tracer.add(tid, false);
    auto status = tracer.run(options.attach_pid);
    if (!status)
        return status;
    return 0; // an attached process's exit status is not ours to pass on
}

} // namespace

Result<std::set<uint32_t>> parse_ioctl_filter(const std::vector<std::string>& names)
{
    std::set<uint32_t> requests;
    for (const auto& raw : names) {
        std::string name = upper(raw);
        if (name.rfind("ZFS_IOC_", 0) == 0)
            name = name.substr(8);
        const IocInfo* info = find_ioctl(std::string_view(name));
        if (!info && !name.empty() && isdigit(static_cast<unsigned char>(name[0]))) {
            char* end = nullptr;
            unsigned long n = strtoul(raw.c_str(), &end, 0);
            if (*end == '\0' && is_zfs_request(n)) {
                requests.insert(static_cast<uint32_t>(n));
                continue;
            }
        }
        if (!info)
            return make_error("unknown ioctl '" + raw + "'", EINVAL);
        requests.insert(info->number());
    }
    return requests;
}

Result<int> run_trace(const TraceOptions& options, const CallSink& sink)
{
    auto layout = module_layout(options.version_file);
    if (!layout)
        return layout.error();
    IoctlDecoder decoder(**layout, options.only, sink);
    if (options.attach_pid != 0)
        return run_attached(options, decoder);
    return run_spawned(options, decoder);
}

} // namespace gzfs::trace
