#include "cli.h"

#include "output/json_output.h"
#include "zfs/property_set.h"

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

void print_result(std::string_view command, const OutputFlags& flags, const out::Json& payload)
{
    if (!flags.json)
        return;
    out::Json doc = out::envelope(command);
    for (const auto& [key, value] : payload.items())
        doc[key] = value;
    print(out::dump_line(doc));
}

std::optional<Client> open_client(std::string_view command, bool json)
{
    auto client = Client::open();
    if (!client) {
        report_error(command, client.error(), json);
        return std::nullopt;
    }
    return std::move(*client);
}

bool split_assignments(std::string_view command, const std::vector<std::string>& args,
                       std::vector<zfs::PropertyAssignment>& out, bool json)
{
    for (const auto& arg : args) {
        const size_t eq = arg.find('=');
        if (eq == std::string::npos || eq == 0) {
            usage_error(command, "missing '=' for property=value argument '" + arg + "'", json);
            return false;
        }
        out.push_back({arg.substr(0, eq), arg.substr(eq + 1)});
    }
    return true;
}

} // namespace gzfs::cli
