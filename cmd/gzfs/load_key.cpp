// gzfs load-key [-rn] [-L LOCATION] <-a | NAME...>: one LOAD_KEY per encryption root.
#include "cli.h"
#include "commands.h"
#include "key_prompt.h"

#include "zfs/encryption_keys.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs load-key";

struct LoadKeyArgs {
    bool recursive = false;
    bool all = false;
    bool noop = false;
    std::string location;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const LoadKeyArgs& a)
{
    if (!a.all && a.names.empty())
        return usage_error(kCommand, "missing dataset argument or -a option", a.out.json);
    if (a.all && !a.names.empty())
        return usage_error(kCommand, "cannot specify dataset with -a option", a.out.json);
    if ((a.recursive || a.all) && !a.location.empty() && a.location != "prompt")
        return usage_error(kCommand, "alternate keylocation may only be 'prompt' with -r or -a",
                           a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    TerminalPrompter prompter;
    const zfs::KeySelection sel{a.names, a.recursive, a.all};
    const zfs::KeyTally t =
        zfs::load_keys(*client, sel, {a.noop, a.location}, prompter,
                       [&](const Error& e) { report_error(kCommand, e, a.out.json); });
    const uint64_t ok = t.attempted - t.failed;
    if (a.out.json) {
        print_result(kCommand, a.out,
                     {{"keys", {{"noop", a.noop},
                                {"attempted", t.attempted},
                                {a.noop ? "verified" : "loaded", ok},
                                {"datasets", t.done}}}});
    } else if (a.noop || ((a.recursive || a.all) && t.attempted != 0)) {
        print(std::to_string(ok) + " / " + std::to_string(t.attempted) +
              " key(s) successfully " + (a.noop ? "verified" : "loaded") + "\n");
    }
}

} // namespace

void register_load_key(CLI::App& app)
{
    auto a = std::make_shared<LoadKeyArgs>();
    CLI::App* cmd = app.add_subcommand("load-key", "load the keys of encrypted datasets");
    cmd->add_flag("-r", a->recursive, "also every encryption root below");
    cmd->add_flag("-a", a->all, "every encryption root of every pool");
    cmd->add_flag("-n", a->noop, "only check the key, load nothing");
    cmd->add_option("-L", a->location, "keylocation to use instead: prompt | file:///path")
        ->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "NAME...");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
