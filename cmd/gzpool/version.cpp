// gzpool version: userland and kernel module versions, like `zpool version`.
#include "cli.h"
#include "commands.h"

#include "ioctl/module_version.h"
#include "output/json_output.h"

namespace gzfs::cli {

void register_version(CLI::App& app)
{
    auto flags = std::make_shared<JsonFlags>();
    CLI::App* cmd = app.add_subcommand("version", "print the gzpool and kernel module versions");
    add_json_flags(cmd, *flags);
    cmd->callback([flags] {
        std::string userland = "gzpool-" GZFS_VERSION;
        auto module = read_module_version();
        std::string kernel = module ? "zfs-kmod-" + module->text : "";
        if (flags->json) {
            out::Json doc = out::envelope("zpool version");
            doc["zfs_version"] = {{"userland", userland}, {"kernel", kernel}};
            print(out::dump_line(doc));
        } else {
            print(userland + "\n" + (kernel.empty() ? "" : kernel + "\n"));
        }
        if (!module)
            report_error("zpool version", module.error(), flags->json);
    });
}

} // namespace gzfs::cli
