// gzpool create [-fnd] [-o prop=val]... [-O fsprop=val]... [-R root] [-t tname] POOL VDEV...
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "pool/pool_create.h"
#include "pool/pool_features.h"
#include "pool/pool_ops.h"
#include "pool/pool_query.h"
#include "pool/vdev_label.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool create";

struct CreateArgs {
    bool force = false, dry_run = false, no_features = false;
    std::vector<std::string> props, fs_props;
    std::string altroot, tname;
    std::vector<std::string> words;  // POOL VDEV...
    JsonFlags json;
};

bool split_props(const std::vector<std::string>& in,
                 std::vector<std::pair<std::string, std::string>>& out, bool json)
{
    for (const std::string& p : in) {
        size_t eq = p.find('=');
        if (eq == std::string::npos) {
            usage_error(kCommand, "missing '=' for property=value argument", json);
            return false;
        }
        out.emplace_back(p.substr(0, eq), p.substr(eq + 1));
    }
    return true;
}

void run(const CreateArgs& a)
{
    if (a.words.size() < 2) {
        usage_error(kCommand, a.words.empty() ? "missing pool name argument"
                                              : "missing vdev specification", a.json.json);
        return;
    }
    PoolCreateRequest r;
    r.name = a.words[0];
    r.spec.assign(a.words.begin() + 1, a.words.end());
    if (!split_props(a.props, r.props, a.json.json) ||
        !split_props(a.fs_props, r.fs_props, a.json.json))
        return;
    r.altroot = a.altroot;
    r.tname = a.tname;
    r.force = a.force;
    r.no_features = a.no_features;
    r.module_features = module_pool_features();
    r.checks.owner = label_owner;
    Client* c = a.dry_run ? nullptr : client(kCommand, a.json.json);
    if (!a.dry_run && !c)
        return;
    if (c)
        r.checks.imported_guids = imported_pool_guids(*c);
    auto plan = plan_pool_create(r);
    if (!plan) {
        report_error(kCommand, plan.error(), a.json.json);
        return;
    }
    if (a.dry_run) {
        std::string layout = describe_layout("would create '" + r.name +
                                                 "' with the following layout:",
                                             r.name, plan->tree);
        if (a.json.json) {
            out::Json doc = out::envelope(kCommand);
            doc["pool"] = r.name;
            doc["dry_run"] = true;
            doc["layout"] = layout;
            print(out::dump_line(doc));
        } else {
            print(layout);
        }
        return;
    }
    PoolCreateArgs args{plan->name, std::move(plan->tree), std::move(plan->props),
                        std::move(plan->fs_props), {}};
    if (auto st = pool_create(*c, args); !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    if (a.json.json) {
        out::Json doc = out::envelope(kCommand);
        doc["pool"] = r.name;
        doc["created"] = true;
        print(out::dump_line(doc));
    }
}

} // namespace

void register_create(CLI::App& app)
{
    auto a = std::make_shared<CreateArgs>();
    CLI::App* cmd = app.add_subcommand("create", "create a pool (never mounts its root dataset)");
    cmd->add_flag("-f", a->force, "force: mismatched replication, devices of exported pools");
    cmd->add_flag("-n", a->dry_run, "print the layout, create nothing");
    cmd->add_flag("-d", a->no_features, "enable no feature");
    cmd->add_option("-o", a->props, "pool property=value");
    cmd->add_option("-O", a->fs_props, "root dataset property=value");
    cmd->add_option("-R", a->altroot, "alternate root (sets cachefile=none)");
    cmd->add_option("-t", a->tname, "temporary in-core name");
    add_json_flags(cmd, a->json);
    cmd->add_option("words", a->words, "POOL VDEV...");
    cmd->allow_extras(false);
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
