#include "cli.h"

#include "output/json_output.h"

#include <cerrno>
#include <cstdio>

namespace gzfs::cli {

namespace {
int g_status = kExitOk;
}

void add_json_flags(CLI::App* cmd, OutputFlags& flags)
{
    cmd->add_flag("-j,--json", flags.json, "print JSON");
    cmd->add_flag("--json-int", flags.json_int, "with -j, print numbers as JSON numbers");
}

void set_exit(int status)
{
    if (status > g_status)
        g_status = status;
}

int exit_status()
{
    return g_status;
}

void report_error(std::string_view command, const Error& error, bool json, int status)
{
    std::fflush(stdout);
    if (json)
        std::fputs(out::dump_line(out::error_json(command, error)).c_str(), stderr);
    else
        std::fprintf(stderr, "%s\n", error.message.c_str());
    set_exit(status);
}

void usage_error(std::string_view command, const std::string& message, bool json)
{
    report_error(command, make_error(message, EINVAL), json, kExitUsage);
}

void print(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace gzfs::cli
