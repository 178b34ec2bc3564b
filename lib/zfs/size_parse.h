#pragma once
// Sizes as zfs accepts them on the command line (libzfs zfs_nicestrtonum): "512", "1.5K",
// "10G", "1GB", "1GiB"; suffixes B K M G T P E Z, case-insensitive.

#include "base/result.h"

#include <cstdint>
#include <string_view>

namespace gzfs::zfs {

/// Parses a size. Errors (message is the reason only, for the caller to prefix):
/// "bad numeric value 'x'", "invalid numeric suffix 'x'", "numeric value is too large".
Result<uint64_t> parse_size(std::string_view text);

} // namespace gzfs::zfs
