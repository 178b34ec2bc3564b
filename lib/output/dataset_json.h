#pragma once
// Datasets and their properties in the JSON of OpenZFS 2.3 `zfs list -j` / `zfs get -j`:
//   NAME: {"name": NAME, "type": "FILESYSTEM", "pool": POOL, "createtxg": "9",
//          ("dataset": FS, "snapshot_name": SNAP for snapshots,)
//          "properties": {PROP: {"value": "24K", "source": {"type": "LOCAL", "data": "-"}}}}
// "data" is the ancestor for INHERITED sources, "-" otherwise. With --json-int values made
// only of digits (and createtxg) are JSON numbers.

#include "output/json_output.h"
#include "zfs/dataset_record.h"
#include "zfs/property_value.h"

#include <optional>
#include <string>

namespace gzfs::out {

/// The dataset object without "properties" (callers add them in their order).
Json dataset_json(const zfs::DatasetRecord& record, bool json_int);

/// {"value": ..., "source": {...}}; a missing value is "-" with source NONE.
Json property_json(const std::optional<zfs::PropertyValue>& value, bool json_int);

/// A digits-only text as a number when json_int, else the text.
Json value_json(const std::string& text, bool json_int);

} // namespace gzfs::out
