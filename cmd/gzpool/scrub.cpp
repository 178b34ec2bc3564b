// gzpool scrub [-s | -p] [-w] POOL...
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "pool/pool_ops.h"
#include "pool/pool_query.h"

namespace gzfs::cli {
namespace {

constexpr std::string_view kCommand = "zpool scrub";

struct ScrubArgs {
    bool stop = false, pause = false, wait = false;
    std::vector<std::string> pools;
    JsonFlags json;
};

void run(const ScrubArgs& a)
{
    if (a.stop && a.pause) {
        usage_error(kCommand, "invalid option combination: -s and -p are mutually exclusive",
                    a.json.json);
        return;
    }
    Client* c = client(kCommand, a.json.json);
    if (!c)
        return;
    for (const std::string& p : a.pools) {
        if (auto pool = open_pool(*c, p); !pool) {
            report_error(kCommand, pool.error(), a.json.json);
            continue;
        }
        ScanFunc func = a.stop ? ScanFunc::None : ScanFunc::Scrub;
        ScrubCmd cmd = a.pause ? ScrubCmd::Pause : ScrubCmd::Normal;
        if (auto st = pool_scrub(*c, p, func, cmd); !st) {
            Error e = st.error();
            if (a.stop && e.sys_errno == ENOENT)
                e.message = "cannot cancel scrubbing " + p + ": there is no active scrub";
            else if (a.pause && e.sys_errno == ENOENT)
                e.message = "cannot pause scrubbing " + p + ": there is no active scrub";
            report_error(kCommand, e, a.json.json);
            continue;
        }
        if (a.wait && !a.stop && !a.pause)
            if (auto w = pool_wait(*c, p, WaitActivity::Scrub); !w)
                report_error(kCommand, w.error(), a.json.json);
    }
    if (a.json.json && exit_status() == kExitOk) {
        out::Json doc = out::envelope(kCommand);
        doc["pools"] = a.pools;
        doc["action"] = a.stop ? "cancel" : a.pause ? "pause" : "start";
        print(out::dump_line(doc));
    }
}

} // namespace

void register_scrub(CLI::App& app)
{
    auto a = std::make_shared<ScrubArgs>();
    CLI::App* cmd = app.add_subcommand("scrub", "start, pause or stop a scrub");
    cmd->add_flag("-s", a->stop, "stop scrubbing");
    cmd->add_flag("-p", a->pause, "pause scrubbing");
    cmd->add_flag("-w", a->wait, "wait until the scrub has completed");
    add_json_flags(cmd, a->json);
    cmd->add_option("pool", a->pools, "pools")->required();
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
