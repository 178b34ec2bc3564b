#pragma once
// One register_<name>() per subcommand file; main.cpp calls them all.

#include <CLI/CLI.hpp>

namespace gzfs::cli {

void register_bookmark(CLI::App& app);
void register_change_key(CLI::App& app);
void register_clone(CLI::App& app);
void register_create(CLI::App& app);
void register_destroy(CLI::App& app);
void register_get(CLI::App& app);
void register_help(CLI::App& app);
void register_hold(CLI::App& app);
void register_holds(CLI::App& app);
void register_inherit(CLI::App& app);
void register_list(CLI::App& app);
void register_load_key(CLI::App& app);
void register_mount(CLI::App& app);
void register_program(CLI::App& app);
void register_promote(CLI::App& app);
void register_receive(CLI::App& app);
void register_release(CLI::App& app);
void register_rename(CLI::App& app);
void register_rollback(CLI::App& app);
void register_send(CLI::App& app);
void register_set(CLI::App& app);
void register_snapshot(CLI::App& app);
void register_unload_key(CLI::App& app);
void register_unmount(CLI::App& app);
void register_version(CLI::App& app);

} // namespace gzfs::cli
