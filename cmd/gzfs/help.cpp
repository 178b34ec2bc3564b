// gzfs help [SUBCOMMAND]: the usage of gzfs or of one subcommand, exit 0.
#include "cli.h"
#include "commands.h"

namespace gzfs::cli {

void register_help(CLI::App& app)
{
    auto topic = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("help", "print usage, of gzfs or of one subcommand");
    cmd->add_option("subcommand", *topic, "the subcommand to describe");
    cmd->callback([&app, topic] {
        if (topic->empty()) {
            print(app.help());
            return;
        }
        try {
            print(app.get_subcommand(*topic)->help());
        } catch (const CLI::OptionNotFound&) {
            usage_error("zfs help", "gzfs: unrecognized command '" + *topic + "'", false);
        }
    });
}

} // namespace gzfs::cli
