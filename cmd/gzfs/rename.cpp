// gzfs rename [-p] [-r] OLD NEW (datasets and snapshots; nothing is remounted).
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_rename.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs rename";

struct RenameArgs {
    bool parents = false;
    bool recursive = false;
    bool force = false;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const RenameArgs& a)
{
    if (a.operands.size() != 2)
        return usage_error(kCommand, a.operands.size() < 2 ? "missing source or target argument"
                                                           : "too many arguments",
                           a.out.json);
    if (a.parents && a.recursive)
        return usage_error(kCommand, "-p and -r are mutually exclusive", a.out.json);
    zfs::RenameOptions o{a.operands[0], a.operands[1], a.parents, a.recursive};
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    if (auto s = zfs::rename(*client, o); !s)
        return report_error(kCommand, s.error(), a.out.json);
    print_result(kCommand, a.out, {{"from", o.from}, {"to", o.to}});
}

} // namespace

void register_rename(CLI::App& app)
{
    auto a = std::make_shared<RenameArgs>();
    CLI::App* cmd = app.add_subcommand("rename", "rename a dataset or snapshot");
    cmd->add_flag("-p", a->parents, "create missing parents");
    cmd->add_flag("-r", a->recursive, "rename the snapshot of every descendant too");
    cmd->add_flag("-f", a->force, "accepted for compatibility (nothing is remounted)");
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "OLD NEW");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
