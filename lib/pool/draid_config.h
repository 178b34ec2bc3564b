#pragma once
// dRAID layout from its type word: draid[<parity>][:<data>d][:<children>c][:<spares>s],
// the parts after the first in any order, as draid_config_by_type() reads them (2.1+).

#include "base/result.h"

#include <cstdint>
#include <string_view>

namespace gzfs {

struct DraidConfig {
    uint64_t parity = 1;
    uint64_t data = 0;     ///< data devices per redundancy group
    uint64_t spares = 0;   ///< distributed spares
    uint64_t groups = 1;   ///< groups needed to fill a slice
};

/// VDEV_DRAID_MAX_CHILDREN.
inline constexpr uint64_t kDraidMaxChildren = 255;

/// Computes the layout for `children` devices. Errors carry the reason only (no prefix):
/// the caller names the pool.
Result<DraidConfig> draid_config(std::string_view type, uint64_t children);

} // namespace gzfs
