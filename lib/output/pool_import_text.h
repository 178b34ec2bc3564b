#pragma once
// What `zpool import` prints for each importable pool it finds (show_import()).

#include "pool/pool_config.h"
#include "pool/pool_health.h"

#include <string>

namespace gzfs::out {

/// "   pool: NAME\n     id: GUID\n  state: STATE\n action: ...\n config:\n\n\t<tree>"
std::string render_import_candidate(const PoolConfig& pool, const HealthReport& health,
                                    bool destroyed);

} // namespace gzfs::out
