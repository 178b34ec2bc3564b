// gzfs snapshot [-r] [-o P=V]... NAME@SNAP...: all in one atomic ioctl.
#include "cli.h"
#include "commands.h"

#include "zfs/snapshot_create.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs snapshot";

struct SnapshotArgs {
    bool recursive = false;
    std::vector<std::string> properties;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const SnapshotArgs& a)
{
    if (a.names.empty())
        return usage_error(kCommand, "missing snapshot argument", a.out.json);
    zfs::SnapshotOptions o;
    o.names = a.names;
    o.recursive = a.recursive;
    if (!split_assignments(kCommand, a.properties, o.properties, a.out.json))
        return;
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto r = zfs::create_snapshots(*client, o);
    if (!r)
        return report_error(kCommand, r.error(), a.out.json);
    print_result(kCommand, a.out, {{"snapshots", *r}});
}

} // namespace

void register_snapshot(CLI::App& app)
{
    auto a = std::make_shared<SnapshotArgs>();
    for (const char* name : {"snapshot", "snap"}) {
        CLI::App* cmd = app.add_subcommand(name, "create snapshots atomically");
        cmd->add_flag("-r", a->recursive, "also every descendant");
        cmd->add_option("-o", a->properties, "PROP=VALUE")->allow_extra_args(false);
        add_json_flags(cmd, a->out);
        cmd->add_option("names", a->names, "NAME@SNAP...");
        cmd->callback([a] { run(*a); });
    }
}

} // namespace gzfs::cli
