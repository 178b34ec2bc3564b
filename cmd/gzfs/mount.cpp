// gzfs mount: lists the mounted ZFS filesystems. gzfs mount [-lO] [-o OPTS] NAME [PATH]: mounts
// one, at its mountpoint property or (a gzfs extension) at PATH. Nothing else ever mounts.
#include "cli.h"
#include "commands.h"
#include "key_prompt.h"

#include "zfs/filesystem_mount.h"

#include <cstdio>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs mount";

struct MountArgs {
    bool load_key = false;
    bool overlay = false;
    bool verbose = false;
    bool all = false;
    std::vector<std::string> options;
    OutputFlags out;
    std::vector<std::string> operands;
};

void list(const MountArgs& a)
{
    const auto mounted = zfs::mounted_filesystems();
    if (a.out.json) {
        out::Json datasets = out::Json::object();
        for (const auto& m : mounted)
            datasets[m.name] = {{"filesystem", m.name}, {"mountpoint", m.mountpoint}};
        return print_result(kCommand, a.out, {{"datasets", datasets}});
    }
    for (const auto& m : mounted) {
        char name[64];
        std::snprintf(name, sizeof name, "%-30s", m.name.c_str());
        print(std::string(name) + "  " + m.mountpoint + "\n");
    }
}

void run(const MountArgs& a)
{
    if (a.all)
        return usage_error(kCommand,
                           "-a is not supported: gzfs mounts only the filesystems it is asked to",
                           a.out.json);
    std::string options;
    for (const auto& o : a.options) {
        if (o.empty())
            return usage_error(kCommand, "empty mount options (-o) specified", a.out.json);
        options += (options.empty() ? "" : ",") + o;
    }
    if (a.operands.empty()) {
        if (!options.empty())
            return usage_error(kCommand, "missing filesystem argument", a.out.json);
        return list(a);
    }
    if (a.operands.size() > 2)
        return usage_error(kCommand, "too many arguments", a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    TerminalPrompter prompter;
    zfs::MountOptions o;
    o.name = a.operands[0];
    o.path = a.operands.size() > 1 ? a.operands[1] : "";
    o.options = options;
    o.overlay = a.overlay;
    o.load_key = a.load_key;
    o.prompter = &prompter;
    auto path = zfs::mount_filesystem(*client, o);
    if (!path)
        return report_error(kCommand, path.error(), a.out.json);
    print_result(kCommand, a.out, {{"mounted", {{"filesystem", o.name}, {"mountpoint", *path}}}});
}

} // namespace

void register_mount(CLI::App& app)
{
    auto a = std::make_shared<MountArgs>();
    CLI::App* cmd = app.add_subcommand("mount", "list mounted filesystems, or mount one");
    cmd->add_flag("-l", a->load_key, "load the encryption key first");
    cmd->add_flag("-O", a->overlay, "mount over a non-empty directory");
    cmd->add_flag("-a", a->all)->group(""); // refused with a reason, not as unknown
    cmd->add_flag("-v", a->verbose, "accepted, as zfs (no progress to report for one mount)");
    cmd->add_option("-o", a->options, "mount options, comma-separated (temporary properties)")
        ->allow_extra_args(false);
    add_json_flags(cmd, a->out);
    cmd->add_option("args", a->operands, "[NAME [PATH]]");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
