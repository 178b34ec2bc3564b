#include "cli.h"

#include "output/json_output.h"

#include <cstdio>
#include <memory>
#include <optional>

namespace gzfs::cli {
namespace {

int g_exit = kExitOk;
std::optional<Client> g_client;

} // namespace

void add_json_flags(CLI::App* cmd, JsonFlags& flags, bool flat, bool guid_keys)
{
    cmd->add_flag("-j,--json", flags.json, "print JSON");
    cmd->add_flag("--json-int", flags.json_int, "JSON numbers as numbers (implies -p)");
    if (flat)
        cmd->add_flag("--json-flat-vdevs", flags.flat_vdevs, "JSON vdevs as a flat list");
    if (guid_keys)
        cmd->add_flag("--json-pool-key-guid", flags.guid_keys, "key JSON pools by guid");
}

void set_exit(int status)
{
    if (status > g_exit)
        g_exit = status;
}

int exit_status()
{
    return g_exit;
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
    std::string sub(command.substr(command.find(' ') == std::string_view::npos
                                       ? 0
                                       : command.find(' ') + 1));
    report_error(command, make_error("gzpool " + sub + ": " + message, EINVAL), json,
                 kExitUsage);
}

Client* client(std::string_view command, bool json)
{
    if (g_client)
        return &*g_client;
    auto c = Client::open();
    if (!c) {
        report_error(command, c.error(), json);
        return nullptr;
    }
    g_client.emplace(std::move(*c));
    return &*g_client;
}

void print(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace gzfs::cli
