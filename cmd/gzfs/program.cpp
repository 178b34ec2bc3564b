// gzfs program [-jn] [-t INSTR-LIMIT] [-m MEM-LIMIT] POOL SCRIPT [ARG...]: a Lua channel
// program (SCRIPT "-" = stdin), ARGs as its "argv"; the result printed as zfs prints it.
#include "cli.h"
#include "commands.h"

#include "output/nvlist_text.h"
#include "zfs/channel_program.h"

#include <cerrno>
#include <cstdlib>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs program";

struct ProgramArgs {
    bool nosync = false;
    std::string instructions;
    std::string memory;
    OutputFlags out;
    std::vector<std::string> operands;
};

// -t and -m as zfs reads them: strtoull, any base, nothing after the digits.
bool parse_limit(const std::string& text, uint64_t& value, bool json)
{
    if (text.empty())
        return true;
    errno = 0;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text.c_str(), &end, 0);
    if (errno != 0 || *end != '\0' || text[0] == '-') {
        usage_error(kCommand, "invalid argument '" + text + "': expected integer", json);
        return false;
    }
    value = v;
    return true;
}

void run(const ProgramArgs& a)
{
    zfs::ProgramOptions o;
    if (!parse_limit(a.instructions, o.instruction_limit, a.out.json) ||
        !parse_limit(a.memory, o.memory_limit, a.out.json))
        return;
    if (a.operands.size() < 2)
        return usage_error(kCommand, "invalid number of arguments", a.out.json);
    o.pool = a.operands[0];
    o.args.assign(a.operands.begin() + 2, a.operands.end());
    o.sync = !a.nosync;
    auto source = zfs::read_program(a.operands[1]);
    if (!source)
        return report_error(kCommand, source.error(), a.out.json);
    o.source = std::move(*source);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto result = zfs::run_program(*client, o);
    if (!result)
        return report_error(kCommand, result.error(), a.out.json);
    if (a.out.json)
        print(out::dump_line(out::nvlist_json(*result)));
    else if (result->empty())
        print("Channel program fully executed and did not produce output.\n");
    else
        print("Channel program fully executed and produced output:\n" +
              out::dump_nvlist(*result, 4));
}

} // namespace

void register_program(CLI::App& app)
{
    auto a = std::make_shared<ProgramArgs>();
    CLI::App* cmd = app.add_subcommand("program", "run a Lua channel program on a pool");
    cmd->add_flag("-n", a->nosync, "read-only: run in open context, change nothing");
    cmd->add_option("-t", a->instructions, "instruction limit (default 10000000)")
        ->allow_extra_args(false);
    cmd->add_option("-m", a->memory, "memory limit in bytes (default 10485760)")
        ->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "POOL SCRIPT [ARG...]");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
