// gzpool get [-Hp] [-o name,property,value,source] [-j [--json-int] [--json-pool-key-guid]]
//            all|PROP[,PROP...] [POOL...]
#include "cli.h"
#include "commands.h"
#include "pool_args.h"
#include "prop_table.h"

#include "output/table.h"

#include <sstream>

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool get";

struct GetArgs {
    bool scripted = false, literal = false;
    std::string fields = "name,property,value,source";
    JsonFlags json;
    std::string props;
    std::vector<std::string> pools;
};

void run(const GetArgs& a)
{
    auto names = parse_prop_list(a.props, kCommand, a.json.json);
    if (!names)
        return;
    std::vector<std::string> fields;
    std::stringstream ss(a.fields);
    for (std::string f; std::getline(ss, f, ',');) {
        if (f != "name" && f != "property" && f != "value" && f != "source") {
            usage_error(kCommand, "invalid field '" + f + "'", a.json.json);
            return;
        }
        fields.push_back(f);
    }
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    std::vector<std::string> pools = a.pools;
    if (!resolve_pools(*c, pools, kCommand, a.json.json))
        return;
    bool literal = a.literal || a.json.json_int;
    std::vector<out::Column> cols;
    for (const std::string& f : fields) {
        std::string upper = f;
        for (char& ch : upper)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        cols.push_back({upper, false});
    }
    out::Table table(cols);
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
            doc["pools"][key] = pool_props_json(*pool, *values, *names, literal, a.json.json_int,
                                                true);
            continue;
        }
        for (const std::string& prop : *names) {
            PropCell cell = pool_prop_cell(*pool, *values, prop, literal);
            std::vector<std::string> row;
            for (const std::string& f : fields) {
                if (f == "name") row.push_back(pool->name);
                else if (f == "property") row.push_back(prop);
                else if (f == "value") row.push_back(cell.value);
                else row.push_back(std::string(pool_source_name(cell.source)));
            }
            table.add_row(std::move(row));
        }
    }
    if (a.json.json)
        print(out::dump_line(doc));
    else
        print(table.render({a.scripted}));
}

} // namespace

void register_get(CLI::App& app)
{
    auto a = std::make_shared<GetArgs>();
    CLI::App* cmd = app.add_subcommand("get", "show pool properties");
    cmd->add_flag("-H", a->scripted, "scripted mode: no header, tab-separated");
    cmd->add_flag("-p", a->literal, "exact numbers");
    cmd->add_option("-o", a->fields, "fields: name,property,value,source");
    add_json_flags(cmd, a->json, false, true);
    cmd->add_option("props", a->props, "all or PROP[,PROP...]")->required();
    cmd->add_option("pool", a->pools, "pools (default: all)");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
