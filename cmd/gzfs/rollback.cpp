// gzfs rollback [-rRf] SNAPSHOT
#include "cli.h"
#include "commands.h"

#include "zfs/rollback.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs rollback";

struct RollbackArgs {
    bool recursive = false;
    bool clones = false;
    bool force = false;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const RollbackArgs& a)
{
    if (a.names.size() != 1)
        return usage_error(kCommand, a.names.empty() ? "missing dataset argument"
                                                     : "too many arguments",
                           a.out.json);
    zfs::RollbackOptions o{a.names[0], a.recursive, a.clones, a.force};
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto r = zfs::rollback_to(*client, o);
    if (!r)
        return report_error(kCommand, r.error(), a.out.json);
    print_result(kCommand, a.out, {{"rolled_back_to", o.snapshot}, {"destroyed", *r}});
}

} // namespace

void register_rollback(CLI::App& app)
{
    auto a = std::make_shared<RollbackArgs>();
    CLI::App* cmd = app.add_subcommand("rollback", "roll a dataset back to a snapshot");
    cmd->add_flag("-r", a->recursive, "destroy later snapshots and bookmarks");
    cmd->add_flag("-R", a->clones, "also destroy their clones");
    cmd->add_flag("-f", a->force, "force-unmount clones being destroyed");
    add_json_flags(cmd, a->out);
    cmd->add_option("snapshot", a->names, "SNAPSHOT");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
