#pragma once
// JSON of `zpool status -j`, `zpool list -j`, `zpool get -j` (OpenZFS 2.3, output_version
// 0.1). Values are strings unless --json-int asks for numbers where the value is all digits.
//
//   {"output_version": {...}, "pools": {NAME: {"name", "type": "POOL", "state", "pool_guid",
//    "txg", "spa_version", "zpl_version", ...payload}}}
// status payload: "status"/"action"/"msgid"/"moreinfo" (when not OK), "scan_stats",
//   "vdevs": {POOL: root vdev {name, vdev_type, guid, class, state, alloc_space, total_space,
//   def_space, ..., read_errors, write_errors, checksum_errors, "vdevs": {children}}},
//   "dedup"/"special"/"logs"/"l2cache"/"spares": {NAME: vdev}, "error_count".
// list/get payload: "properties": {PROP: {"value", "source": {"type", "data"}}}.

#include "output/json_output.h"
#include "pool/pool_config.h"
#include "pool/pool_health.h"

#include <string>

namespace gzfs::out {

struct PoolJsonOptions {
    bool json_int = false;    ///< numbers as JSON numbers
    bool literal = false;     ///< -p: exact numbers in strings
    bool flat_vdevs = false;  ///< --json-flat-vdevs
    uint64_t now = 0;
};

/// name, type (when `with_type`), state, pool_guid, txg, spa_version, zpl_version.
Json pool_header_json(const PoolConfig& pool, bool with_type, bool json_int);

/// One pool's `zpool status -j` object.
Json pool_status_json(const PoolConfig& pool, const HealthReport& health,
                      const PoolJsonOptions& options);

/// A value as zpool's JSON prints it: string, or with --json-int a number when all digits.
Json json_value(const std::string& value, bool json_int);

} // namespace gzfs::out
