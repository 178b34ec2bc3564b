// gzfs inherit [-rS] PROP NAME...: back to the inherited (or, with -S, received) value.
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_name.h"
#include "zfs/property_set.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs inherit";

struct InheritArgs {
    bool recursive = false;
    bool received = false;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const InheritArgs& a)
{
    if (a.operands.size() < 2)
        return usage_error(kCommand, a.operands.empty() ? "missing property argument"
                                                        : "missing dataset argument",
                           a.out.json);
    zfs::InheritOptions o;
    o.property = a.operands[0];
    o.names.assign(a.operands.begin() + 1, a.operands.end());
    o.recursive = a.recursive;
    o.received = a.received;
    if (o.property.find('=') != std::string::npos)
        return usage_error(kCommand, "invalid property '" + o.property + "'", a.out.json);
    if (auto s = zfs::check_inheritable(o.property); !s)
        return report_error(kCommand, s.error(), a.out.json);
    for (const auto& name : o.names)
        if (auto s = zfs::check_name(name, zfs::kTypeDataset, "open"); !s)
            return report_error(kCommand, s.error(), a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    if (auto s = zfs::inherit_properties(*client, o); !s)
        return report_error(kCommand, s.error(), a.out.json);
    print_result(kCommand, a.out, {{"datasets", o.names}, {"property", o.property}});
}

} // namespace

void register_inherit(CLI::App& app)
{
    auto a = std::make_shared<InheritArgs>();
    CLI::App* cmd = app.add_subcommand("inherit", "clear a property so it is inherited again");
    cmd->add_flag("-r", a->recursive, "also every descendant");
    cmd->add_flag("-S", a->received, "revert to the received value");
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "PROPERTY NAME...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
