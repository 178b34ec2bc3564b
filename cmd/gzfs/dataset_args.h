#pragma once
// Arguments that list, get and friends share: -t types, -o property lists, -s/-S keys.

#include "base/result.h"
#include "zfs/dataset_sort.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gzfs::cli {

/// "filesystem,snapshot" / "fs,vol,snap,bookmark,all" -> kType* bits; unknown word: error
/// "invalid type 'x'".
Result<uint32_t> parse_types(const std::string& list);

/// Splits every -o argument on ',' and checks each name (native, user, "space" expands to
/// zfs' space columns). `allow_json` accepts the word "json" and reports it in *json.
Result<std::vector<std::string>> parse_columns(const std::vector<std::string>& args,
                                               bool* json = nullptr);

/// -s and -S keys in the order given (CLI11 keeps each option's own order; zfs sorts by all
/// -s then -S only when they are given that way, which is the common case).
Result<std::vector<zfs::SortKey>> parse_sort_keys(const std::vector<std::string>& ascending,
                                                  const std::vector<std::string>& descending);

/// The `zfs list` header of a property: its column name, or the user property uppercased.
std::string column_header(const std::string& property);

/// Whether its values are right-aligned.
bool column_right_aligned(const std::string& property);

} // namespace gzfs::cli
