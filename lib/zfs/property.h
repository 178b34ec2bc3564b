#pragma once
// Looking up dataset properties: native ones (property_table.h), user properties
// ("module:name") and the per-type applicability rules zfs applies.

#include "zfs/property_table.h"

#include <optional>
#include <string>
#include <string_view>

namespace gzfs::zfs {

/// The native property called `name`, or nullptr. Like zprop_name_to_prop, also accepts the
/// lowercase column name ("avail", "refer", "compress", "recsize", "ratio"), and knows only
/// the properties the loaded module supports (see module_supports).
const PropertyDef* find_property(std::string_view name);

/// True when the loaded module knows the property (libzfs's pd_zfs_mod_supported: listed in
/// /sys/module/zfs/properties.dataset, or that directory is absent). zfs hides the others
/// everywhere: `get all` skips them and their names are invalid.
bool module_supports(const PropertyDef& def);

/// True for a valid user property name: contains ':', only [a-z0-9_.:-] (any case), at most
/// 255 characters (ZAP_MAXNAMELEN - 1), and does not start with ':'... as zfs_prop_user.
bool is_user_property(std::string_view name);

/// userused@..., userquota@..., groupquota@..., projectobjquota@... (zfs_prop_userquota).
bool is_userquota_property(std::string_view name);

/// written@snap or written#bookmark (zfs_prop_written).
bool is_written_property(std::string_view name);

/// True when the property exists for datasets of `type` (a kType* bit).
bool applies_to(const PropertyDef& def, uint32_t type);

/// True for properties a user may set after creation (not read-only, not one-time).
bool is_settable(const PropertyDef& def);

/// True for properties that `zfs inherit` accepts (inheritable ones, plus user properties).
bool is_inheritable(const PropertyDef& def);

/// The stored number of an index word ("lz4" -> 15), case-sensitive as zfs.
std::optional<uint64_t> index_value(const PropertyDef& def, std::string_view word);

/// The display word of an index number, or nullptr when the table has none.
const char* index_name(const PropertyDef& def, uint64_t value);

/// The width zfs reserves for a property's column before seeing values (libzfs zprop_width):
/// its column name, at least 5 for numbers, the longest word for index properties; user
/// properties their name. *fixed (optional) tells whether values never widen it (numbers
/// that are not always-flex), unless printed exact with -p.
size_t column_width(std::string_view property, bool* fixed = nullptr);

/// kType* bit -> "filesystem", "volume", "snapshot", "bookmark".
std::string_view type_name(uint32_t type);

} // namespace gzfs::zfs
