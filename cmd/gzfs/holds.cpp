// gzfs holds [-rHp] SNAPSHOT...: the user holds, like `zfs holds`.
#include "cli.h"
#include "commands.h"

#include "output/number_format.h"
#include "output/table.h"
#include "zfs/holds.h"

#include <ctime>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs holds";

struct HoldsArgs {
    bool recursive = false;
    OutputFlags out;
    std::vector<std::string> names;
};

// zfs holds prints hold times with %H (zero-padded hour), unlike creation.
std::string hold_time(uint64_t seconds, bool literal)
{
    if (literal)
        return out::exact(seconds);
    const time_t t = static_cast<time_t>(seconds);
    struct tm tm {};
    char buf[64];
    if (localtime_r(&t, &tm) == nullptr || std::strftime(buf, sizeof buf, "%a %b %e %H:%M %Y", &tm) == 0)
        return out::exact(seconds);
    return buf;
}

void render(const std::vector<zfs::HoldInfo>& holds, const OutputFlags& flags)
{
    if (flags.json) {
        out::Json snaps = out::Json::object();
        for (const auto& h : holds) {
            if (!snaps.contains(h.snapshot))
                snaps[h.snapshot] = out::Json::object();
            snaps[h.snapshot][h.tag] = flags.json_int ? out::Json(h.timestamp)
                                                      : out::Json(hold_time(h.timestamp, flags.parsable));
        }
        print_result(kCommand, flags, {{"holds", snaps}});
        return;
    }
    if (holds.empty())
        return;
    out::Table table({{"NAME", false}, {"TAG", false}, {"TIMESTAMP", false}});
    for (const auto& h : holds)
        table.add_row({h.snapshot, h.tag, hold_time(h.timestamp, flags.parsable)});
    print(table.render({.scripted = flags.scripted}));
}

void run(const HoldsArgs& a)
{
    OutputFlags flags = a.out;
    flags.json |= flags.json_int;
    if (a.names.empty())
        return usage_error(kCommand, "missing snapshot argument", flags.json);
    auto client = open_client(kCommand, flags.json);
    if (!client)
        return;
    auto snaps = zfs::expand_snapshots(*client, a.names, a.recursive, "open");
    if (!snaps)
        return report_error(kCommand, snaps.error(), flags.json);
    auto holds = zfs::list_holds(*client, *snaps);
    if (!holds)
        return report_error(kCommand, holds.error(), flags.json);
    render(*holds, flags);
}

} // namespace

void register_holds(CLI::App& app)
{
    auto a = std::make_shared<HoldsArgs>();
    CLI::App* cmd = app.add_subcommand("holds", "list user holds");
    cmd->add_flag("-r", a->recursive, "also the same snapshot of every descendant");
    cmd->add_flag("-H", a->out.scripted, "no header, tab-separated");
    cmd->add_flag("-p", a->out.parsable, "exact timestamps");
    add_json_flags(cmd, a->out);
    cmd->add_option("names", a->names, "SNAPSHOT...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
