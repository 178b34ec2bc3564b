#pragma once
// Pool name rules, as zpool_name_valid() and pool_namecheck() apply them (2.3).

#include "base/result.h"

#include <string_view>

namespace gzfs {

/// Checks `name` as a pool name. `for_create` adds the names that only new pools may not take
/// (anything starting with mirror, raidz, draid, spare, or exactly "log"): older pools may
/// carry them, so opening one by such a name stays allowed.
/// The error reads "cannot <verb> '<name>': <reason>".
Status check_pool_name(std::string_view name, bool for_create, std::string_view verb);

/// True for a name the vdev grammar takes as a keyword (mirror, raidz2, log, ...), which
/// therefore cannot be a pool name on the command line.
bool is_reserved_pool_name(std::string_view name);

} // namespace gzfs
