// gzfs version: the userland and kernel module versions, like `zfs version`.
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "ioctl/module_version.h"

namespace gzfs::cli {

namespace {

struct VersionResult {
    std::string userland;
    std::string kernel; ///< "" when the module is not loaded
};

VersionResult collect()
{
    VersionResult r;
    r.userland = "gzfs-" GZFS_VERSION;
    // Any loaded module is reported, even one gzfs does not support.
    if (auto v = read_module_version())
        r.kernel = "zfs-kmod-" + v->text;
    else if (v.error().sys_errno == ENOTSUP)
        r.kernel = "zfs-kmod-(unsupported)";
    return r;
}

void render(const VersionResult& r, const OutputFlags& flags)
{
    if (flags.json) {
        out::Json doc = out::envelope("zfs version");
        doc["zfs_version"] = {{"userland", r.userland}, {"kernel", r.kernel}};
        print(out::dump_line(doc));
        return;
    }
    print(r.userland + "\n");
    if (!r.kernel.empty())
        print(r.kernel + "\n");
}

} // namespace

void register_version(CLI::App& app)
{
    auto flags = std::make_shared<OutputFlags>();
    CLI::App* cmd = app.add_subcommand("version", "print the gzfs and kernel module versions");
    add_json_flags(cmd, *flags);
    cmd->callback([flags] {
        const VersionResult r = collect();
        render(r, *flags);
        if (r.kernel.empty())
            report_error("zfs version",
                         make_error("The ZFS modules cannot be auto-loaded."), flags->json);
    });
}

} // namespace gzfs::cli
