// gzpool list [-Hp] [-o PROP,...] [-j [--json-int] [--json-pool-key-guid]] [POOL...]
#include "cli.h"
#include "commands.h"
#include "pool_args.h"
#include "prop_table.h"

#include "output/json_output.h"
#include "output/table.h"
#include "pool/pool_query.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool list";
constexpr std::string_view kDefaultColumns =
    "name,size,allocated,free,checkpoint,expandsize,fragmentation,capacity,dedupratio,health,"
    "altroot";

struct ListArgs {
    bool scripted = false, literal = false, verbose = false;
    std::string columns = std::string(kDefaultColumns);
    JsonFlags json;
    std::vector<std::string> pools;
};

void run(const ListArgs& a)
{
    auto columns = parse_prop_list(a.columns, kCommand, a.json.json);
    if (!columns)
        return;
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    std::vector<std::string> pools = a.pools;
    if (!resolve_pools(*c, pools, kCommand, a.json.json))
        return;
    bool literal = a.literal || a.json.json_int;
    out::Table table(prop_columns(*columns));
    out::Json doc = out::envelope(kCommand);
    doc["pools"] = out::Json::object();
    for (const std::string& name : pools) {
        auto pool = open_pool(*c, name);
        if (!pool) {
            report_error(kCommand, pool.error(), a.json.json);
            continue;
        }
        auto values = pool_prop_values(*c, *pool);
        if (!values) {
            report_error(kCommand, values.error(), a.json.json);
            continue;
        }
        if (a.json.json) {
            std::string key = a.json.guid_keys ? std::to_string(pool->guid) : pool->name;
            doc["pools"][key] = pool_props_json(*pool, *values, *columns, literal, a.json.json_int,
                                                true);
            continue;
        }
        std::vector<std::string> row;
        for (const std::string& col : *columns)
            row.push_back(pool_prop_cell(*pool, *values, col, literal).value);
        table.add_row(std::move(row));
    }
    if (a.json.json) {
        print(out::dump_line(doc));
        return;
    }
    if (pools.empty()) {
        print("no pools available\n");
        return;
    }
    print(table.render({a.scripted}));
}

} // namespace

void register_list(CLI::App& app)
{
    auto a = std::make_shared<ListArgs>();
    CLI::App* cmd = app.add_subcommand("list", "list pools with their sizes and health");
    cmd->add_flag("-H", a->scripted, "scripted mode: no header, tab-separated");
    cmd->add_flag("-p", a->literal, "exact numbers");
    cmd->add_flag("-v", a->verbose, "verbose (accepted; vdev rows not shown)");
    cmd->add_option("-o", a->columns, "properties to show");
    add_json_flags(cmd, a->json, false, true);
    cmd->add_option("pool", a->pools, "pools (default: all)");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
