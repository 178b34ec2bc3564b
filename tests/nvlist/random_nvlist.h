#pragma once
// Seeded random nvlists for the differential tests, the fuzz corpus and the benchmarks.

#include "nvlist/nvlist.h"

#include <random>

namespace gzfs::nv::testing {

struct RandomOptions {
    int max_pairs = 12;      ///< pairs per list: 0..max_pairs
    int max_depth = 4;       ///< nested lists below the top
    int max_array = 24;      ///< elements per array: 0..max_array
    int max_name = 24;       ///< name length: 0..max_name
    bool random_flags = true; ///< nvflag 0..3 per list, else NV_UNIQUE_NAME everywhere
};

/// A random list: every data type 1..27, values over their whole range (NaN doubles, strings
/// with any byte but NUL), names that repeat so that the unique-name rules apply.
NvList random_nvlist(std::mt19937_64& rng, const RandomOptions& options = {});

/// One random value of `type` (nested lists one level deeper than `depth`).
Value random_value(std::mt19937_64& rng, Type type, const RandomOptions& options, int depth);

} // namespace gzfs::nv::testing
