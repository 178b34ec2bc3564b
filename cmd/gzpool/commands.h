#pragma once
// One register function per subcommand file.

#include <CLI/CLI.hpp>

namespace gzfs::cli {

void register_version(CLI::App& app);     // version.cpp
void register_list(CLI::App& app);        // list.cpp
void register_get(CLI::App& app);         // get.cpp
void register_set(CLI::App& app);         // set.cpp
void register_status(CLI::App& app);      // status.cpp
void register_create(CLI::App& app);      // create.cpp
void register_destroy(CLI::App& app);     // destroy.cpp
void register_export(CLI::App& app);      // export.cpp
void register_import(CLI::App& app);      // import.cpp
void register_scrub(CLI::App& app);       // scrub.cpp
void register_vdev_commands(CLI::App& app);  // vdev.cpp: online offline attach detach replace add remove clear split
void register_maintenance(CLI::App& app); // maintenance.cpp: reguid sync checkpoint trim initialize wait
void register_labelclear(CLI::App& app);  // labelclear.cpp
void register_events(CLI::App& app);      // events.cpp
void register_history(CLI::App& app);     // history.cpp
void register_iostat(CLI::App& app);      // iostat.cpp

} // namespace gzfs::cli
