// gzpool export [-f] POOL...
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "pool/pool_ops.h"
#include "pool/pool_query.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool export";

struct ExportArgs {
    bool force = false, all = false;
    std::vector<std::string> pools;
    JsonFlags json;
};

void run(const ExportArgs& a)
{
    if (a.pools.empty() && !a.all) {
        usage_error(kCommand, "missing pool argument", a.json.json);
        return;
    }
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    std::vector<std::string> pools = a.pools;
    if (a.all) {
        auto names = imported_pool_names(*c);
        if (!names) {
            report_error(kCommand, names.error(), a.json.json);
            return;
        }
        pools = *names;
    }
    out::Json done = out::Json::array();
    for (const std::string& p : pools) {
        if (auto pool = open_pool(*c, p); !pool) {
            report_error(kCommand, pool.error(), a.json.json);
            continue;
        }
        if (auto st = pool_export(*c, p, a.force); !st) {
            report_error(kCommand, st.error(), a.json.json);
            continue;
        }
        done.push_back(p);
    }
    if (a.json.json) {
        out::Json doc = out::envelope(kCommand);
        doc["exported"] = done;
        print(out::dump_line(doc));
    }
}

} // namespace

void register_export(CLI::App& app)
{
    auto a = std::make_shared<ExportArgs>();
    CLI::App* cmd = app.add_subcommand("export", "export pools");
    cmd->add_flag("-f", a->force, "force");
    cmd->add_flag("-a", a->all, "every imported pool");
    add_json_flags(cmd, a->json);
    cmd->add_option("pool", a->pools, "pools");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
