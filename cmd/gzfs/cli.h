#pragma once
// What every gzfs subcommand shares: output flags, the exit status, printing errors.
// cmd/ only parses, calls lib/ and prints; nothing here talks to the kernel.

#include "base/result.h"
#include "ioctl/client.h"
#include "output/json_output.h"
#include "zfs/property_set.h"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <string_view>

namespace gzfs::cli {

/// Exit statuses, as zfs: 0 success, 1 failure, 2 usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Output flags accepted by every subcommand.
struct OutputFlags {
    bool json = false;      ///< -j/--json
    bool json_int = false;  ///< --json-int: numbers as JSON numbers (implies -p)
    bool scripted = false;  ///< -H
    bool parsable = false;  ///< -p
};

/// Adds -j/--json and --json-int to `cmd`.
void add_json_flags(CLI::App* cmd, OutputFlags& flags);

/// Records the status main() returns; the worst (highest) status wins.
void set_exit(int status);
int exit_status();

/// Prints an error of `command` ("zfs list") to stderr: the message line, or in JSON mode
/// the JSON error object. Sets the exit status to `status`.
void report_error(std::string_view command, const Error& error, bool json,
                  int status = kExitFailure);

/// A usage error: one line "gzfs <sub>: <message>" (or JSON), exit status 2.
void usage_error(std::string_view command, const std::string& message, bool json);

/// Writes text to stdout, unbuffered enough for pipelines.
void print(std::string_view text);

/// In JSON mode, prints {"output_version": ..., <payload's keys>} as one line; nothing in
/// text mode (zfs' mutating commands are silent on success).
void print_result(std::string_view command, const OutputFlags& flags, const out::Json& payload);

/// Opens /dev/zfs, or reports why not (exit 1) and returns nullopt.
std::optional<Client> open_client(std::string_view command, bool json);

/// Splits "a=b" assignments (-o) for create/clone/snapshot/receive; a missing '=' is a usage
/// error (reported, false returned).
bool split_assignments(std::string_view command, const std::vector<std::string>& args,
                       std::vector<zfs::PropertyAssignment>& out, bool json);

} // namespace gzfs::cli
