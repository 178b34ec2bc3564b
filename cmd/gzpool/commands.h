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
void register_online(CLI::App& app);      // online.cpp: online, offline
void register_attach(CLI::App& app);      // attach.cpp: attach, replace
void register_detach(CLI::App& app);      // detach.cpp: detach, remove, clear
void register_add(CLI::App& app);         // add.cpp
void register_maintenance(CLI::App& app); // maintenance.cpp: reguid sync checkpoint trim initialize wait
void register_labelclear(CLI::App& app);  // labelclear.cpp
void register_events(CLI::App& app);      // events.cpp
void register_history(CLI::App& app);     // history.cpp
void register_iostat(CLI::App& app);      // iostat.cpp

} // namespace gzfs::cli
