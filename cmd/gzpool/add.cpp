// gzpool add [-fn] POOL VDEV...
#include "cli.h"
#include "commands.h"
#include "result_json.h"

#include "pool/pool_create.h"
#include "pool/pool_ops.h"
#include "pool/pool_query.h"
#include "pool/vdev_check.h"
#include "pool/vdev_label.h"
#include "pool/vdev_spec.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool add";

struct AddArgs {
    bool force = false, dry_run = false;
    std::vector<std::string> words;
    JsonFlags json;
};

void run(const AddArgs& a)
{
    if (a.words.size() < 2) {
        usage_error(kCommand, a.words.empty() ? "missing pool name argument"
                                              : "missing vdev specification", a.json.json);
        return;
    }
    const std::string& pool = a.words[0];
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    auto opened = open_pool_raw(*c, pool);
    if (!opened) {
        report_error(kCommand, opened.error(), a.json.json);
        return;
    }
    VdevSpecOptions spec;
    spec.verb = "add to";
    spec.pool = pool;
    std::vector<std::string> words(a.words.begin() + 1, a.words.end());
    auto tree = parse_vdev_spec(words, spec);
    if (!tree) {
        report_error(kCommand, tree.error(), a.json.json);
        return;
    }
    VdevCheckOptions checks;
    checks.verb = "add to";
    checks.pool = pool;
    checks.force = a.force;
    checks.owner = label_owner;
    checks.imported_guids = imported_pool_guids(*c);
    auto current = opened->raw.get_nvlist("vdev_tree");
    if (current)
        checks.current_tree = *current;
    if (auto st = check_vdev_tree(*tree, checks); !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    if (a.dry_run) {
        print(describe_layout("would update '" + pool + "' to the following configuration:",
                              pool, *tree));
        return;
    }
    if (auto st = vdev_add(*c, pool, *tree); !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    print_done(a.json.json, kCommand, pool, "add");
}

} // namespace

void register_add(CLI::App& app)
{
    auto a = std::make_shared<AddArgs>();
    CLI::App* cmd = app.add_subcommand("add", "add vdevs to a pool");
    cmd->add_flag("-f", a->force, "force: mismatched replication, devices of exported pools");
    cmd->add_flag("-n", a->dry_run, "print the new vdevs, change nothing");
    add_json_flags(cmd, a->json);
    cmd->add_option("words", a->words, "POOL VDEV...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
