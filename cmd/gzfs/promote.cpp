// gzfs promote CLONE: the clone stops depending on its origin.
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs promote";

void run(const std::vector<std::string>& names, const OutputFlags& flags)
{
    if (names.size() != 1)
        return usage_error(kCommand, names.empty() ? "missing clone filesystem argument"
                                                   : "too many arguments",
                           flags.json);
    const std::string& name = names[0];
    if (auto s = zfs::check_name(name, zfs::kTypeFilesystem | zfs::kTypeVolume, "promote"); !s)
        return report_error(kCommand, s.error(), flags.json);
    auto client = open_client(kCommand, flags.json);
    if (!client)
        return;
    auto info = objset_stats(*client, name, false);
    if (!info)
        return report_error(kCommand,
                            make_error("cannot open '" + name + "': dataset does not exist",
                                       info.error().sys_errno),
                            flags.json);
    if (info->stats.origin.empty())
        return report_error(kCommand,
                            make_error("cannot promote '" + name + "': not a cloned filesystem",
                                       EINVAL),
                            flags.json);
    if (auto s = promote(*client, name); !s)
        return report_error(kCommand, s.error(), flags.json);
    print_result(kCommand, flags, {{"promoted", name}, {"former_origin", info->stats.origin}});
}

} // namespace

void register_promote(CLI::App& app)
{
    auto names = std::make_shared<std::vector<std::string>>();
    auto flags = std::make_shared<OutputFlags>();
    CLI::App* cmd = app.add_subcommand("promote", "promote a clone over its origin");
    add_json_flags(cmd, *flags);
    cmd->add_option("clone", *names, "CLONE");
    cmd->callback([names, flags] { run(*names, *flags); });
}

} // namespace gzfs::cli
