// gzfs change-key [-l] [-o keyformat=F] [-o keylocation=L] [-o pbkdf2iters=N] NAME
// gzfs change-key -i [-l] NAME: one CHANGE_KEY (after a LOAD_KEY with -l).
#include "cli.h"
#include "commands.h"
#include "key_prompt.h"

#include "zfs/encryption_keys.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs change-key";

struct ChangeKeyArgs {
    bool load = false;
    bool inherit = false;
    std::vector<std::string> set;
    OutputFlags out;
    std::vector<std::string> names;
};

void run(const ChangeKeyArgs& a)
{
    zfs::ChangeKeyOptions o;
    if (!split_assignments(kCommand, a.set, o.properties, a.out.json))
        return;
    if (a.inherit && !o.properties.empty())
        return usage_error(kCommand, "properties not allowed for inheriting", a.out.json);
    if (a.names.size() != 1)
        return usage_error(kCommand, a.names.empty() ? "missing dataset argument"
                                                     : "too many arguments",
                           a.out.json);
    o.dataset = a.names[0];
    o.load = a.load;
    o.inherit = a.inherit;
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    TerminalPrompter prompter;
    if (auto s = zfs::change_key(*client, o, prompter); !s)
        return report_error(kCommand, s.error(), a.out.json);
    print_result(kCommand, a.out,
                 {{"change_key", {{"dataset", o.dataset}, {"inherited", o.inherit}}}});
}

} // namespace

void register_change_key(CLI::App& app)
{
    auto a = std::make_shared<ChangeKeyArgs>();
    CLI::App* cmd = app.add_subcommand("change-key", "change the wrapping key of a dataset");
    cmd->add_flag("-l", a->load, "load the current key first if it is not loaded");
    cmd->add_flag("-i", a->inherit, "inherit the parent's key instead");
    cmd->add_option("-o", a->set, "keyformat=F | keylocation=L | pbkdf2iters=N")
        ->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("name", a->names, "NAME");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
