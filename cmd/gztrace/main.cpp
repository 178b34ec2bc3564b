// gztrace: shows the ZFS ioctls of a command or process, decoded. Parses arguments, calls
// lib/trace (trace_session.h) and prints; see man/gztrace.8.

#include "printer.h"
#include "trace/trace_session.h"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Args {
    bool follow = false;
    bool json = false;
    bool summary = false;
    std::string output;
    std::vector<std::string> ioctls;
    pid_t pid = 0;
};

int fail(const std::string& message, int code)
{
    fprintf(stderr, "gztrace: %s\n", message.c_str());
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace gzfs::trace;
    CLI::App app{"Trace the ZFS ioctls of a command or a running process, decoded.", "gztrace"};
    Args args;
    app.add_flag("-f", args.follow, "Follow forks, vforks and threads");
    app.add_flag("-j", args.json, "One JSON object per call (JSON lines)");
    app.add_flag("-c", args.summary, "Only a summary table: calls, errors, time per ioctl");
    app.add_option("-o", args.output, "Write the trace to FILE ('-': stdout) instead of stderr")
        ->type_name("FILE");
    app.add_option("-e", args.ioctls, "Only these ioctls (SNAPSHOT,POOL_STATS,...)")
        ->delimiter(',')
        ->allow_extra_args(false) // "-e A,B cmd": cmd is not another ioctl name
        ->type_name("IOCTL,...");
    app.add_option("-p", args.pid, "Attach to a running process (all its threads)")
        ->type_name("PID");
    // Everything from the first non-option word on is the command and its own options.
    app.prefix_command();
    app.footer("Usage: gztrace [-f] [-j|-c] [-o FILE] [-e IOCTL,...] -- COMMAND [ARGS...]\n"
               "       gztrace [-f] [-j|-c] [-o FILE] [-e IOCTL,...] -p PID\n");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    TraceOptions options;
    options.command = app.remaining();
    if (!options.command.empty() && options.command.front() == "--")
        options.command.erase(options.command.begin());
    else if (!options.command.empty() && options.command.front().rfind('-', 0) == 0)
        return fail("unknown option '" + options.command.front() + "' (see --help)", 2);
    options.attach_pid = args.pid;
    options.follow = args.follow;
    if (args.json && args.summary)
        return fail("-j and -c cannot be used together", 2);
    if (options.command.empty() == (args.pid == 0))
        return fail("give either a command or -p PID (see --help)", 2);
    auto only = parse_ioctl_filter(args.ioctls);
    if (!only)
        return fail(only.error().message, 2);
    options.only = *only;

    FILE* out = stderr;
    if (args.output == "-") {
        out = stdout;
    } else if (!args.output.empty()) {
        out = fopen(args.output.c_str(), "w");
        if (!out)
            return fail("cannot open '" + args.output + "': " + strerror(errno), 1);
    }
    auto form = args.json ? OutputForm::Json : args.summary ? OutputForm::Summary : OutputForm::Text;
    Printer printer(out, form);
    auto status = run_trace(options, [&](const TraceCall& call) { printer.print(call); });
    printer.finish();
    if (out != stderr && out != stdout)
        fclose(out);
    if (!status)
        return fail(status.error().message, 1);
    return *status;
}
