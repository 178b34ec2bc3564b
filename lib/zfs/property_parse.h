#pragma once
// Turning `prop=value` from the command line into the nvlist pair the kernel expects, with
// every check zfs makes before its ioctl (libzfs zfs_valid_proplist): unknown property,
// read-only, wrong dataset type, bad number, unknown enum word, bad path.

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gzfs::zfs {

/// Where the value is going.
struct ParseContext {
    uint32_t type = 0;      ///< kType* of the dataset (0: unknown, skip the type check)
    bool creating = false;  ///< true for create/clone/receive -o: one-time props allowed
};

/// A validated property: the name as the kernel knows it and its typed value.
struct ParsedProperty {
    std::string name;   ///< canonical ("compress" -> "compression")
    nv::Value value;    ///< uint64 for numbers and index words, string otherwise
};

/// Parses "value" for property `name`. On failure the message is the reason alone, as zfs
/// words it ("'compression' must be one of 'on | off | ...'", "invalid property 'foo'",
/// "'used' is readonly", "bad numeric value 'x'"); the caller adds "cannot set property for
/// '<dataset>': ". errno is EINVAL.
Result<ParsedProperty> parse_property(std::string_view name, std::string_view value,
                                      const ParseContext& context);

/// Splits "prop=value" (first '='); an error "missing '=' for property=value argument" when
/// there is none.
Result<std::pair<std::string, std::string>> split_assignment(std::string_view text);

} // namespace gzfs::zfs
