// gzfs destroy [-nvpfrRd] NAME | NAME@SNAP[%SNAP][,...] | NAME#BOOKMARK
// -n -v prints exactly the plan and touches nothing.
#include "cli.h"
#include "commands.h"

#include "output/number_format.h"
#include "zfs/dataset_destroy.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs destroy";

struct DestroyArgs {
    bool dry_run = false;
    bool verbose = false;
    bool parsable = false;
    bool force = false;
    bool recursive = false;
    bool dependents = false;
    bool defer = false;
    OutputFlags out;
    std::vector<std::string> names;
};

void print_plan(const zfs::DestroyPlan& plan, const DestroyArgs& a)
{
    if (!a.verbose || a.out.json)
        return;
    const char* verb = a.dry_run ? "would" : "will";
    for (const auto& name : plan.names)
        print(a.parsable ? "destroy\t" + name + "\n" : std::string(verb) + " destroy " + name + "\n");
    if (plan.snapshots_only)
        print(a.parsable ? "reclaim\t" + std::to_string(plan.reclaim) + "\n"
                         : std::string(verb) + " reclaim " + out::nicebytes(plan.reclaim) + "\n");
}

void run(const DestroyArgs& a)
{
    if (a.names.size() != 1)
        return usage_error(kCommand, a.names.empty() ? "missing dataset argument"
                                                     : "too many arguments",
                           a.out.json);
    zfs::DestroyOptions o;
    o.target = a.names[0];
    o.recursive = a.recursive || a.dependents;
    o.dependents = a.dependents;
    o.defer = a.defer;
    o.force = a.force;
    if (a.defer && o.target.find('@') == std::string::npos)
        return usage_error(kCommand, "-d applies only to snapshots", a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto plan = zfs::plan_destroy(*client, o);
    if (!plan)
        return report_error(kCommand, plan.error(), a.out.json);
    print_plan(*plan, a);
    if (!a.dry_run)
        if (auto s = zfs::execute_destroy(*client, *plan, o); !s)
            return report_error(kCommand, s.error(), a.out.json);
    out::Json payload = {{a.dry_run ? "would_destroy" : "destroyed", plan->names}};
    if (plan->snapshots_only)
        payload[a.dry_run ? "would_reclaim" : "reclaimed"] = plan->reclaim;
    print_result(kCommand, a.out, payload);
}

} // namespace

void register_destroy(CLI::App& app)
{
    auto a = std::make_shared<DestroyArgs>();
    CLI::App* cmd = app.add_subcommand("destroy", "destroy datasets, snapshots or a bookmark");
    cmd->add_flag("-n", a->dry_run, "do nothing, show what would be destroyed (with -v)");
    cmd->add_flag("-v", a->verbose, "print what is destroyed");
    cmd->add_flag("-p", a->parsable, "machine-readable -v output");
    cmd->add_flag("-f", a->force, "force-unmount");
    cmd->add_flag("-r", a->recursive, "also descendants");
    cmd->add_flag("-R", a->dependents, "also dependents (clones), even outside the tree");
    cmd->add_flag("-d", a->defer, "defer destruction of held or cloned snapshots");
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "what to destroy");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
