// gzpool set PROP=VALUE POOL
#include "cli.h"
#include "commands.h"

#include "pool/pool_ops.h"
#include "pool/pool_props.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool set";

struct SetArgs {
    std::string assignment, pool;
    JsonFlags json;
};

void run(const SetArgs& a)
{
    size_t eq = a.assignment.find('=');
    if (eq == std::string::npos) {
        usage_error(kCommand, "missing value in property=value argument", a.json.json);
        return;
    }
    nv::NvList props;
    if (auto st = add_pool_prop(props, a.assignment.substr(0, eq), a.assignment.substr(eq + 1),
                                "set property for", a.pool, false);
        !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    if (auto st = pool_set_props(*c, a.pool, props); !st)
        report_error(kCommand, st.error(), a.json.json);
}

} // namespace

void register_set(CLI::App& app)
{
    auto a = std::make_shared<SetArgs>();
    CLI::App* cmd = app.add_subcommand("set", "set a pool property");
    add_json_flags(cmd, a->json);
    cmd->add_option("assignment", a->assignment, "PROP=VALUE")->required();
    cmd->add_option("pool", a->pool, "pool")->required();
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
