#pragma once
// nvlists as JSON, for printing (gztrace, debugging output, `gzfs ... -j` of raw kernel data).

#include "nvlist/nvlist.h"

#include <nlohmann/json.hpp>

namespace gzfs::nv {

/// {name: value, ...}. Integers become JSON numbers, strings strings, BOOLEAN true,
/// nested lists objects, arrays arrays. Duplicate names (lists without NV_UNIQUE_NAME) keep the
/// last. Type information is lost: use to_typed_json for a lossless form.
nlohmann::json to_json(const NvList& list);

/// Lossless form: [{"name":..,"type":"uint64","value":..}, ...], nested lists likewise.
nlohmann::json to_typed_json(const NvList& list);

} // namespace gzfs::nv
