// gzfs: the zfs-like front end. Each subcommand lives in its own file and registers itself.
#include "cli.h"
#include "commands.h"

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    using namespace gzfs::cli;
    CLI::App app{"gzfs: manage ZFS datasets through /dev/zfs (no libzfs, no automount)"};
    app.name("gzfs");
    app.require_subcommand(1);
    app.fallthrough(false);

    register_bookmark(app);
    register_change_key(app);
    register_clone(app);
    register_create(app);
    register_destroy(app);
    register_get(app);
    register_help(app);
    register_hold(app);
    register_holds(app);
    register_inherit(app);
    register_list(app);
    register_load_key(app);
    register_mount(app);
    register_program(app);
    register_promote(app);
    register_receive(app);
    register_release(app);
    register_rename(app);
    register_rollback(app);
    register_send(app);
    register_set(app);
    register_snapshot(app);
    register_unload_key(app);
    register_unmount(app);
    register_version(app);

    if (argc < 2) {
        std::fputs(app.help().c_str(), stderr);
        return kExitUsage;
    }
    if (argv[1][0] != '-' && app.get_subcommands([&](CLI::App* s) { return s->get_name() == argv[1]; }).empty()) {
        std::fprintf(stderr, "gzfs: unrecognized command '%s'\n", argv[1]);
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
        std::fprintf(stderr, "gzfs: %s\n", e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        // Exceptions only come from programmer errors; still leave one line and status 1.
        std::fprintf(stderr, "gzfs: internal error: %s\n", e.what());
        return kExitFailure;
    }
    std::fflush(stdout);
    return exit_status();
}
