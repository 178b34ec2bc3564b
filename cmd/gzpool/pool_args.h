#pragma once
// Pools named on the command line, or every imported pool when none is.

#include "cli.h"

#include <string>
#include <vector>

namespace gzfs::cli {

/// The pools to act on; reports and returns false when listing fails.
bool resolve_pools(Client& c, std::vector<std::string>& pools, std::string_view command,
                   bool json);

} // namespace gzfs::cli
