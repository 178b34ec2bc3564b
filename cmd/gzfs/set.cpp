// gzfs set PROP=VALUE... NAME...: every value is checked for every dataset before any ioctl.
#include "cli.h"
#include "commands.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/property_set.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs set";

void run(const std::vector<std::string>& operands, const OutputFlags& flags)
{
    std::vector<zfs::PropertyAssignment> assignments;
    std::vector<std::string> names;
    for (const auto& op : operands) {
        if (names.empty() && op.find('=') != std::string::npos)
            assignments.push_back({op.substr(0, op.find('=')), op.substr(op.find('=') + 1)});
        else
            names.push_back(op);
    }
    if (assignments.empty())
        return usage_error(kCommand, "missing property=value argument(s)", flags.json);
    if (names.empty())
        return usage_error(kCommand, "missing dataset name(s)", flags.json);
    for (const auto& a : assignments)
        if (a.property.empty())
            return usage_error(kCommand, "missing property in property=value argument", flags.json);
    for (const auto& name : names)
        if (auto s = zfs::check_name(name, zfs::kTypeDataset, "open"); !s)
            return report_error(kCommand, s.error(), flags.json);
    auto client = open_client(kCommand, flags.json);
    if (!client)
        return;
    // Check everything first: a bad value for one dataset changes none of them.
    for (const auto& name : names) {
        auto type = zfs::dataset_type(*client, name);
        if (!type)
            return report_error(kCommand, type.error(), flags.json);
        if (auto p = zfs::property_list(assignments, {*type, false}, "set property for", name); !p)
            return report_error(kCommand, p.error(), flags.json);
    }
    out::Json done = out::Json::array();
    for (const auto& name : names) {
        if (auto s = zfs::set_properties(*client, name, assignments); !s) {
            report_error(kCommand, s.error(), flags.json);
            continue;
        }
        done.push_back(name);
    }
    out::Json props = out::Json::object();
    for (const auto& a : assignments)
        props[a.property] = a.value;
    print_result(kCommand, flags, {{"datasets", done}, {"properties", props}});
}

} // namespace

void register_set(CLI::App& app)
{
    auto operands = std::make_shared<std::vector<std::string>>();
    auto flags = std::make_shared<OutputFlags>();
    CLI::App* cmd = app.add_subcommand("set", "set properties");
    add_json_flags(cmd, *flags);
    cmd->add_option("args", *operands, "PROP=VALUE... NAME...");
    cmd->callback([operands, flags] { run(*operands, *flags); });
}

} // namespace gzfs::cli
