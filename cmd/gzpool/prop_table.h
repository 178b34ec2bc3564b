#pragma once
// Shared by list and get: property-name lists and their JSON.

#include "cli.h"

#include "output/json_output.h"
#include "output/table.h"
#include "pool/pool_query.h"

#include <optional>
#include <string>
#include <vector>

namespace gzfs::cli {

/// Splits "a,b,c", expanding "all"; checks every name (feature@ included). Reports a usage
/// error and returns nullopt on an unknown property.
std::optional<std::vector<std::string>> parse_prop_list(const std::string& list,
                                                        std::string_view command, bool json);

/// Table columns for property names (header from the table, numbers right-aligned).
std::vector<out::Column> prop_columns(const std::vector<std::string>& names);

/// {header..., "properties": {name: {"value", "source": {"type", "data"}}}}.
out::Json pool_props_json(const PoolConfig& pool, const PoolPropValues& values,
                          const std::vector<std::string>& names, bool literal, bool json_int,
                          bool with_type);

} // namespace gzfs::cli
