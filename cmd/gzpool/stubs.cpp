// Subcommands not written yet register here so that main() stays one list.
#include "commands.h"

namespace gzfs::cli {

void register_maintenance(CLI::App&) {}
void register_labelclear(CLI::App&) {}
void register_events(CLI::App&) {}
void register_history(CLI::App&) {}
void register_iostat(CLI::App&) {}

} // namespace gzfs::cli
