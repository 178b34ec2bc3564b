// gzfs unmount [-fu] NAME|PATH (alias umount): the filesystem's mounts and those of its
// mounted descendants, innermost first.
#include "cli.h"
#include "commands.h"

#include "zfs/filesystem_mount.h"

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs unmount";

struct UnmountArgs {
    bool force = false;
    bool unload_key = false;
    bool all = false;
    OutputFlags out;
    std::vector<std::string> operands;
};

void run(const UnmountArgs& a)
{
    if (a.all)
        return usage_error(kCommand, "-a is not supported: name the filesystem to unmount",
                           a.out.json);
    if (a.operands.size() != 1)
        return usage_error(kCommand, a.operands.empty() ? "missing filesystem argument"
                                                        : "too many arguments",
                           a.out.json);
    auto client = open_client(kCommand, a.out.json);
    if (!client)
        return;
    auto done = zfs::unmount_filesystem(*client, {a.operands[0], a.force, a.unload_key});
    if (!done)
        return report_error(kCommand, done.error(), a.out.json);
    print_result(kCommand, a.out, {{"unmounted", *done}});
}

} // namespace

void register_unmount(CLI::App& app)
{
    auto a = std::make_shared<UnmountArgs>();
    for (const char* name : {"unmount", "umount"}) {
        CLI::App* cmd = app.add_subcommand(name, "unmount a filesystem (and what is below it)");
        cmd->add_flag("-f", a->force, "force (MNT_FORCE)");
        cmd->add_flag("-a", a->all)->group(""); // refused with a reason, not as unknown
        cmd->add_flag("-u", a->unload_key, "unload the encryption key afterwards");
        add_json_flags(cmd, a->out);
        cmd->add_option("target", a->operands, "NAME|PATH");
        cmd->callback([a] { run(*a); });
    }
}

} // namespace gzfs::cli
