// gzfs hold [-r] TAG SNAPSHOT...: one atomic HOLD ioctl.
#include "cli.h"
#include "commands.h"

#include "zfs/holds.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs hold";

struct HoldArgs {
    bool recursive = false;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const HoldArgs& a)
{
    if (a.operands.size() < 2)
        return usage_error(kCommand, a.operands.empty() ? "missing tag argument"
                                                        : "missing snapshot argument",
                           a.out.json);
    const std::string& tag = a.operands[0];
    const std::vector<std::string> names(a.operands.begin() + 1, a.operands.end());
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto snaps = zfs::expand_snapshots(*client, names, a.recursive, "hold snapshot");
    if (!snaps)
        return report_error(kCommand, snaps.error(), a.out.json);
    if (auto s = zfs::hold_snapshots(*client, tag, *snaps); !s)
        return report_error(kCommand, s.error(), a.out.json);
    print_result(kCommand, a.out, {{"tag", tag}, {"snapshots", *snaps}});
}

} // namespace

void register_hold(CLI::App& app)
{
    auto a = std::make_shared<HoldArgs>();
    CLI::App* cmd = app.add_subcommand("hold", "add a user hold to snapshots");
    cmd->add_flag("-r", a->recursive, "also the same snapshot of every descendant");
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "TAG SNAPSHOT...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
