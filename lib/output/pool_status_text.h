#pragma once
// `zpool status` as text, laid out exactly like zpool 2.3 prints it (without colours).

#include "pool/pool_config.h"
#include "pool/pool_health.h"

#include <cstdint>
#include <string>

namespace gzfs::out {

struct StatusTextOptions {
    bool literal = false;   ///< -p: exact error counts
    uint64_t now = 0;       ///< time(NULL), for scan rates; 0 = read the clock
};

/// One pool's block: pool:, state:, status:, action:, see:, scan:, config: tree, errors:.
std::string render_pool_status(const PoolConfig& pool, const HealthReport& health,
                               const StatusTextOptions& options = {});

/// The "  scan: ..." lines (empty when the pool was never scanned).
std::string render_scan_status(const PoolConfig& pool, uint64_t now);

/// secs_to_dhms(): "00:01:05", "2 days 03:00:00".
std::string duration_dhms(uint64_t seconds);

/// ctime(3) without the newline: "Wed Nov 25 02:00:00 2026" (local time).
std::string ctime_string(uint64_t seconds);

} // namespace gzfs::out
