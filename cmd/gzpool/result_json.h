#pragma once
// The JSON a mutating subcommand prints with -j on success: the envelope plus what was done.

#include "cli.h"

#include "output/json_output.h"

namespace gzfs::cli {

/// Prints {"output_version": {...}, "pool": POOL, "action": ACTION, ...extra} when `json`.
inline void print_done(bool json, std::string_view command, const std::string& pool,
                       const std::string& action, out::Json extra = out::Json::object())
{
    if (!json || exit_status() != kExitOk)
        return;
    out::Json doc = out::envelope(command);
    doc["pool"] = pool;
    doc["action"] = action;
    for (auto& [k, v] : extra.items())
        doc[k] = v;
    print(out::dump_line(doc));
}

} // namespace gzfs::cli
