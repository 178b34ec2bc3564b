#pragma once
// The JSON envelope of OpenZFS 2.3 (`zfs list -j`, `zpool status -j`) and gzfs' JSON errors.
//
// Every JSON document starts with
//   "output_version": {"command": "zfs list", "vers_major": 0, "vers_minor": 1}
// followed by the command's payload ("datasets", "pools", ...). Keys keep insertion order, as
// libzfs' nvlist-to-JSON printer does, so output compares equal to zfs' byte for byte.
// Errors in JSON mode go to stderr as one line:
//   {"output_version": {...}, "error": {"errno": "ENOENT", "errno_value": 2,
//    "zfs_error": "ZFS_ERR_..." | null, "message": "cannot open 'x': dataset does not exist"}}

#include "base/result.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace gzfs::out {

using Json = nlohmann::ordered_json;

/// {"command": command, "vers_major": 0, "vers_minor": 1}. `command` as zfs names it:
/// "zfs list", "zfs get", "zpool status".
Json output_version(std::string_view command);

/// {"output_version": output_version(command)}: add the payload key next.
Json envelope(std::string_view command);

/// The JSON error document for `error` (see the file comment).
Json error_json(std::string_view command, const Error& error);

/// One compact line, as zfs prints JSON (no spaces, '\n' appended).
std::string dump_line(const Json& doc);

} // namespace gzfs::out
