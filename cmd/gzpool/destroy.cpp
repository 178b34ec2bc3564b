// gzpool destroy [-f] POOL
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "pool/pool_ops.h"
#include "pool/pool_query.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool destroy";

struct DestroyArgs {
    bool force = false;
    std::string pool;
    JsonFlags json;
};

void run(const DestroyArgs& a)
{
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    // zpool first opens the pool: a missing one is "no such pool", not an ioctl failure.
    if (auto pool = open_pool(*c, a.pool); !pool) {
        report_error(kCommand, pool.error(), a.json.json);
        return;
    }
    if (auto st = pool_destroy(*c, a.pool); !st) {
        report_error(kCommand, st.error(), a.json.json);
        return;
    }
    if (a.json.json) {
        out::Json doc = out::envelope(kCommand);
        doc["pool"] = a.pool;
        doc["destroyed"] = true;
        print(out::dump_line(doc));
    }
}

} // namespace

void register_destroy(CLI::App& app)
{
    auto a = std::make_shared<DestroyArgs>();
    CLI::App* cmd = app.add_subcommand("destroy", "destroy a pool");
    cmd->add_flag("-f", a->force, "force (datasets are never mounted by gzpool)");
    add_json_flags(cmd, a->json);
    cmd->add_option("pool", a->pool, "pool")->required();
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
