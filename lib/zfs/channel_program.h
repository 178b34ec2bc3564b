#pragma once
// zfs program: a Lua channel program run by the kernel on one pool, atomically in syncing
// context (or read-only in open context with -n), with its command-line arguments passed as
// {"argv": [strings]} (the script's `...`). One CHANNEL_PROGRAM ioctl.
//
// The kernel's answer is {"return": value} (value: a number as int64, a string, a boolean,
// nil as a BOOLEAN flag, or a table as a nested nvlist with its keys as strings), or on
// failure {"error": Lua message with its traceback} and, when the instruction limit ran out,
// {"instrlimit": instructions run}.

#include "base/result.h"
#include "ioctl/client.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// ZCP_DEFAULT_INSTRLIMIT / ZCP_DEFAULT_MEMLIMIT; the module's zfs_lua_max_instrlimit and
/// zfs_lua_max_memlimit (100,000,000 and 100 MiB by default) bound what it accepts.
inline constexpr uint64_t kDefaultInstructionLimit = 10'000'000;
inline constexpr uint64_t kDefaultMemoryLimit = 10u << 20;

/// What `zfs program` takes.
struct ProgramOptions {
    std::string pool;
    std::string source;              ///< the Lua text
    std::vector<std::string> args;   ///< passed as "argv"
    bool sync = true;                ///< false: -n, read-only, open context
    uint64_t instruction_limit = kDefaultInstructionLimit; ///< -t
    uint64_t memory_limit = kDefaultMemoryLimit;           ///< -m
};

/// Reads a program: `path`, or standard input for "-". Errors read "cannot open 'x': ..." or
/// "cannot read 'standard input': ...".
Result<std::string> read_program(const std::string& path);

/// Runs it and returns the kernel's output nvlist ({"return": ...}, or {} when the program
/// returned nothing). Errors read "cannot run channel program on '<pool>': <reason>", the
/// reason being the first line of the Lua error (a syntax error, error(), a failed zfs.*
/// call), "timed out after N Lua instructions", "memory limit exhausted", "invalid
/// instruction or memory limit", "return value too large" or "no such pool".
Result<nv::NvList> run_program(Client& c, const ProgramOptions& options);

} // namespace gzfs::zfs
