// gzfs create [-p] [-o P=V]... FS  |  create [-ps] [-b SIZE] [-o P=V]... -V SIZE VOL
// Nothing is mounted (gzfs never mounts unless asked: use gzfs mount).
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_create.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs create";

struct CreateArgs {
    bool parents = false;
    bool sparse = false;
    std::string volume_size;
    std::string block_size;
    std::vector<std::string> properties;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const CreateArgs& a)
{
    if (a.names.size() != 1)
        return usage_error(kCommand, a.names.empty() ? "missing dataset argument"
                                                     : "too many arguments",
                           a.out.json);
    zfs::CreateOptions o;
    o.name = a.names[0];
    o.parents = a.parents;
    o.sparse = a.sparse;
    if (!a.volume_size.empty())
        o.volume_size = a.volume_size;
    if (!a.block_size.empty())
        o.volume_block_size = a.block_size;
    if ((a.sparse || !a.block_size.empty()) && a.volume_size.empty())
        return usage_error(kCommand, "-s and -b require -V", a.out.json);
    if (!split_assignments(kCommand, a.properties, o.properties, a.out.json))
        return;
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto r = zfs::create_dataset(*client, o);
    if (!r)
        return report_error(kCommand, r.error(), a.out.json);
    print_result(kCommand, a.out, {{"created", r->created}});
}

} // namespace

void register_create(CLI::App& app)
{
    auto a = std::make_shared<CreateArgs>();
    CLI::App* cmd = app.add_subcommand("create", "create a filesystem or volume (not mounted)");
    cmd->add_flag("-p", a->parents, "create missing parents");
    cmd->add_flag("-s", a->sparse, "sparse volume (no reservation)");
    cmd->add_option("-V", a->volume_size, "create a volume of this size");
    cmd->add_option("-b", a->block_size, "volume block size");
    cmd->add_option("-o", a->properties, "PROP=VALUE")->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "dataset to create");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
