#pragma once
// A property of a dataset as `zfs get` and `zfs list` show it: the displayed value and its
// source, derived from the kernel's {value, source} pair, from libzfs' display rules
// (zfs_prop_get) and, for properties never set, from the documented default.

#include "zfs/dataset_record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gzfs::zfs {

/// zprop_source_t, as `zfs get` names it in its SOURCE column and JSON "source.type".
enum class SourceType { None, Default, Local, Temporary, Inherited, Received };

/// Where a value comes from. `from` is the ancestor for Inherited, else empty.
struct PropertySource {
    SourceType type = SourceType::None;
    std::string from;
};

/// "local", "default", "inherited from tank", "received", "temporary", "-".
std::string source_text(const PropertySource& source);
/// "LOCAL", "DEFAULT", "INHERITED", "RECEIVED", "TEMPORARY", "NONE".
const char* source_json_name(SourceType type);

/// One property's value.
struct PropertyValue {
    std::string text;               ///< as displayed ("1.22M", or exact digits with literal)
    std::optional<uint64_t> number; ///< the raw number, for sorting and --json-int
    PropertySource source;
};

/// How to display values.
struct ValueOptions {
    bool literal = false; ///< -p: exact numbers, ratios without 'x', dates as seconds
};

/// The value of `property` (native name or alias, user property, written@...) for `record`.
/// nullopt when it does not apply to this type or has no value (zfs prints "-").
std::optional<PropertyValue> property_value(const DatasetRecord& record,
                                            std::string_view property,
                                            const ValueOptions& options = {});

/// The received value of `property` (zfs get -o received), nullopt when none was received or
/// record.received was not fetched.
std::optional<PropertyValue> received_value(const DatasetRecord& record, std::string_view property,
                                            const ValueOptions& options = {});

/// Which properties can be shown from zc_simple stats alone (no property nvlist needed):
/// name, type, createtxg, guid, origin... Used to pick the fast listing path.
bool available_without_props(std::string_view property);

} // namespace gzfs::zfs
