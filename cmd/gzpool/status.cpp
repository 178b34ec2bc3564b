// gzpool status [-x] [-v] [-p] [-j [--json-int] [--json-flat-vdevs] [--json-pool-key-guid]]
//               [--fail-unhealthy] [POOL...]
#include "cli.h"
#include "commands.h"
#include "pool_args.h"

#include "output/pool_json.h"
#include "output/pool_status_text.h"
#include "pool/pool_query.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool status";

struct StatusArgs {
    bool explain = false, verbose = false, literal = false, fail_unhealthy = false;
    JsonFlags json;
    std::vector<std::string> pools;
};

/// -x shows only pools with a problem; zpool treats these as healthy enough.
bool healthy(const HealthReport& h)
{
    return h.health == PoolHealth::Ok || h.health == PoolHealth::VersionOlder;
}

void run(const StatusArgs& a)
{
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    std::vector<std::string> pools = a.pools;
    bool named = !pools.empty();
    if (!resolve_pools(*c, pools, kCommand, a.json.json))
        return;
    out::Json doc = out::envelope(kCommand);
    doc["pools"] = out::Json::object();
    std::string text;
    bool any_unhealthy = false;
    size_t shown = 0;
    for (const std::string& name : pools) {
        auto pool = open_pool(*c, name);
        if (!pool) {
            report_error(kCommand, pool.error(), a.json.json);
            continue;
        }
        HealthReport health = pool_health(*pool);
        if (!healthy(health) || health.state != "ONLINE")
            any_unhealthy = true;
        if (a.explain && healthy(health) && health.state == "ONLINE")
            continue;
        if (a.json.json) {
            out::PoolJsonOptions o{a.json.json_int, a.literal || a.json.json_int,
                                   a.json.flat_vdevs, 0};
            std::string key = a.json.guid_keys ? std::to_string(pool->guid) : pool->name;
            doc["pools"][key] = out::pool_status_json(*pool, health, o);
        } else {
            if (shown > 0)
                text += "\n";
            text += out::render_pool_status(*pool, health, {a.literal, 0});
        }
        ++shown;
    }
    if (a.json.json) {
        print(out::dump_line(doc));
    } else if (shown == 0 && a.explain) {
        text = named && pools.size() == 1 ? "pool '" + pools[0] + "' is healthy\n"
                                          : "all pools are healthy\n";
        print(text);
    } else if (pools.empty()) {
        print("no pools available\n");
    } else {
        print(text);
    }
    if (a.fail_unhealthy && any_unhealthy)
        set_exit(kExitFailure);
}

} // namespace

void register_status(CLI::App& app)
{
    auto a = std::make_shared<StatusArgs>();
    CLI::App* cmd = app.add_subcommand("status", "show pool health, vdev tree and scan progress");
    cmd->add_flag("-x", a->explain, "only pools with problems");
    cmd->add_flag("-v", a->verbose, "verbose data error information");
    cmd->add_flag("-p", a->literal, "exact numbers");
    cmd->add_flag("--fail-unhealthy", a->fail_unhealthy, "exit 1 when a pool is not healthy");
    add_json_flags(cmd, a->json, true, true);
    cmd->add_option("pool", a->pools, "pools (default: all)");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
