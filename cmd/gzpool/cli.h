#pragma once
// What every gzpool subcommand shares: exit status, error printing (text or JSON), the
// connection to the module. cmd/ only parses, calls lib/ and prints.

#include "base/result.h"
#include "ioctl/client.h"

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace gzfs::cli {

/// Exit statuses, as zpool: 0 success, 1 failure, 2 usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// JSON output flags of zpool 2.3.
struct JsonFlags {
    bool json = false;        ///< -j / --json
    bool json_int = false;    ///< --json-int: numbers as JSON numbers (implies -p)
    bool flat_vdevs = false;  ///< --json-flat-vdevs (status)
    bool guid_keys = false;   ///< --json-pool-key-guid: pools keyed by guid
};

/// Adds -j/--json and --json-int (and, when asked, the status/get extras).
void add_json_flags(CLI::App* cmd, JsonFlags& flags, bool flat = false, bool guid_keys = false);

void set_exit(int status);
int exit_status();

/// Prints `error` for `command` ("zpool status"): its message, or the JSON error object on
/// stderr in JSON mode. Sets the exit status (1 by default).
void report_error(std::string_view command, const Error& error, bool json = false,
                  int status = kExitFailure);

/// A usage error: "gzpool <sub>: <message>" (or JSON), exit status 2.
void usage_error(std::string_view command, const std::string& message, bool json = false);

/// The connection, opened on first use; nullptr after reporting why it could not open.
Client* client(std::string_view command, bool json = false);

void print(std::string_view text);

/// "cannot <verb> '<name>': <reason>" built from an error of a lower layer whose message
/// already names something: returned unchanged.
inline const Error& as_is(const Error& e) { return e; }

} // namespace gzfs::cli
