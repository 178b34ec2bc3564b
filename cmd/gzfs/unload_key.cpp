// gzfs unload-key [-r] <-a | NAME...>: one UNLOAD_KEY per encryption root.
#include "cli.h"
#include "commands.h"

#include "zfs/encryption_keys.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs unload-key";

struct UnloadKeyArgs {
    bool recursive = false;
    bool all = false;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const UnloadKeyArgs& a)
{
    if (!a.all && a.names.empty())
        return usage_error(kCommand, "missing dataset argument or -a option", a.out.json);
    if (a.all && !a.names.empty())
        return usage_error(kCommand, "cannot specify dataset with -a option", a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    const zfs::KeySelection sel{a.names, a.recursive, a.all};
    const zfs::KeyTally t = zfs::unload_keys(
        *client, sel, [&](const Error& e) { report_error(kCommand, e, a.out.json); });
    const uint64_t ok = t.attempted - t.failed;
    if (a.out.json)
        print_result(kCommand, a.out,
                     {{"keys", {{"attempted", t.attempted},
                                {"unloaded", ok},
                                {"datasets", t.done}}}});
    else if ((a.recursive || a.all) && t.attempted != 0)
        print(std::to_string(ok) + " / " + std::to_string(t.attempted) +
              " key(s) successfully unloaded\n");
}

} // namespace

void register_unload_key(CLI::App& app)
{
    auto a = std::make_shared<UnloadKeyArgs>();
    CLI::App* cmd = app.add_subcommand("unload-key", "unload the keys of encrypted datasets");
    cmd->add_flag("-r", a->recursive, "also every encryption root below");
    cmd->add_flag("-a", a->all, "every encryption root of every pool");
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "NAME...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
