#pragma once
// One register_<name>() per subcommand file; main.cpp calls them all.

#include <CLI/CLI.hpp>

namespace gzfs::cli {

void register_get(CLI::App& app);
void register_help(CLI::App& app);
void register_list(CLI::App& app);
void register_version(CLI::App& app);

} // namespace gzfs::cli
