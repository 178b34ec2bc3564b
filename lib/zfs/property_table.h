#pragma once
// The native dataset properties of OpenZFS 2.3 as data: one row per zfs_prop_t, in enum order
// (which is also the order `zfs get all` prints them in).
//
// The rows are facts copied from libzfs 2.3.2's zfs_prop_init() (names, defaults, attributes,
// applicable types, accepted values, column names, index tables); scripts in the commit that
// added this file describe how they were extracted. Never renumber: `id` is zfs_prop_t.

#include <cstdint>
#include <span>
#include <string_view>

namespace gzfs::zfs {

/// zprop_type_t: how the kernel stores the value.
enum class PropKind : uint8_t {
    Number, ///< uint64
    String, ///< string
    Index,  ///< uint64 naming one entry of an index table ("on", "lz4", ...)
};

/// zprop_attr_t: who may set it and how it inherits.
enum class PropAttr : uint8_t {
    Default,        ///< settable, not inherited: unset means the default
    ReadOnly,       ///< statistics and other values only the kernel sets
    Inherit,        ///< settable and inherited from the parent
    OneTime,        ///< settable only at creation, then read-only; inherited otherwise
    OneTimeDefault, ///< settable only at creation; defaults instead of inheriting
};

/// zfs_type_t bits (include/sys/fs/zfs.h).
inline constexpr uint32_t kTypeFilesystem = 1;
inline constexpr uint32_t kTypeSnapshot = 2;
inline constexpr uint32_t kTypeVolume = 4;
inline constexpr uint32_t kTypeBookmark = 16;
inline constexpr uint32_t kTypeDataset = kTypeFilesystem | kTypeSnapshot | kTypeVolume;

/// One entry of an index property's table: the user's word and the stored number. Several
/// words may share a number (aliases like "gzip" = "gzip-6"); as in libzfs'
/// zprop_index_to_string, the first entry with a number is its display name.
struct IndexValue {
    const char* name;
    uint64_t value;
};

/// One native property.
struct PropertyDef {
    const char* name;           ///< "compression"
    int id;                     ///< zfs_prop_t
    PropKind kind;
    const char* default_string; ///< default of string properties, nullptr if none
    uint64_t default_number;    ///< default of number and index properties
    PropAttr attr;
    uint32_t types;             ///< kType* bits it applies to
    const char* values;         ///< what it accepts, as zfs' usage says; nullptr if hidden
    const char* column;         ///< "COMPRESS": the `zfs list` header
    bool right_align;           ///< numbers are right-aligned in tables
    bool visible;               ///< false for hidden internal properties ("name", "unique")
    std::span<const IndexValue> index; ///< the index table of Index properties
    bool flex;                  ///< pd_always_flex: table columns grow with the values
};

/// Every native property, indexed by zfs_prop_t.
std::span<const PropertyDef> property_table();

} // namespace gzfs::zfs
