// gzpool: the zpool-like front end. Each subcommand lives in its own file and registers itself.
#include "cli.h"
#include "commands.h"

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    using namespace gzfs::cli;
    CLI::App app{"gzpool: manage ZFS pools through /dev/zfs (no libzfs, no history, no mounts)"};
    app.name("gzpool");
    app.require_subcommand(1);

    register_version(app);
    register_list(app);
    register_get(app);
    register_set(app);
    register_status(app);
    register_create(app);
    register_destroy(app);
    register_export(app);
    register_import(app);
    register_scrub(app);
    register_online(app);
    register_attach(app);
    register_detach(app);
    register_add(app);
    register_maintenance(app);
    register_labelclear(app);
    register_events(app);
    register_history(app);
    register_iostat(app);

    if (argc < 2) {
        std::fputs(app.help().c_str(), stderr);
        return kExitUsage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "gzpool: %s\n", e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gzpool: internal error: %s\n", e.what());
        return kExitFailure;
    }
    std::fflush(stdout);
    return exit_status();
}
