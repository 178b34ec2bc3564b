// gzfs clone [-p] [-o P=V]... SNAPSHOT TARGET (not mounted).
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_create.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs clone";

struct CloneArgs {
    bool parents = false;
    std::vector<std::string> properties;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const CloneArgs& a)
{
    if (a.operands.size() != 2)
        return usage_error(kCommand, a.operands.size() < 2 ? "missing source or target argument"
                                                           : "too many arguments",
                           a.out.json);
    zfs::CloneOptions o;
    o.origin = a.operands[0];
    o.name = a.operands[1];
    o.parents = a.parents;
    if (!split_assignments(kCommand, a.properties, o.properties, a.out.json))
        return;
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto r = zfs::clone_dataset(*client, o);
    if (!r)
        return report_error(kCommand, r.error(), a.out.json);
    print_result(kCommand, a.out, {{"created", r->created}, {"origin", o.origin}});
}

} // namespace

void register_clone(CLI::App& app)
{
    auto a = std::make_shared<CloneArgs>();
    CLI::App* cmd = app.add_subcommand("clone", "create a clone of a snapshot (not mounted)");
    cmd->add_flag("-p", a->parents, "create missing parents");
    cmd->add_option("-o", a->properties, "PROP=VALUE")->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "SNAPSHOT TARGET");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
