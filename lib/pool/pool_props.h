#pragma once
// Every pool property of OpenZFS 2.3 (zpool_prop.c) as data: name, type, who may set it,
// default, accepted values, column header; and how zpool formats each value
// (zpool_get_prop_literal()).

#include "base/result.h"
#include "nvlist/nvlist.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gzfs {

enum class PoolPropType { Number, String, Index };

/// Who may set it: never, any time, only at create/import (altroot, readonly, tname...).
enum class PoolPropAccess { ReadOnly, Default, OneTime, OneTimeDefault };

/// How zpool prints a number property.
enum class PoolPropFormat {
    Plain,        ///< %llu (guid, version, last_scrubbed_txg)
    Nicenum,      ///< size, free, allocated, ...: zfs_nicenum, exact with -p
    NicebytesDash,///< expandsize, checkpoint: "-" when 0, else zfs_nicebytes
    Percent,      ///< capacity: "12%"
    PercentDash,  ///< fragmentation: "-" when UINT64_MAX
    Ratio,        ///< dedupratio, bcloneratio: "1.00x"
    Health,       ///< health: the state name
    Version,      ///< version: "-" for feature-flag pools (5000)
    DedupQuota,   ///< dedup_table_quota: none / auto / size
};

struct IndexValue {
    std::string_view name;
    uint64_t value;
};

struct PoolProp {
    std::string_view name;
    PoolPropType type;
    PoolPropAccess access;
    std::string_view column;        ///< header in zpool list/get -o
    std::string_view values;        ///< for help: "on | off", "<size>"
    uint64_t default_number = 0;
    std::string_view default_string;///< "" = none ("-")
    std::span<const IndexValue> index = {};
    PoolPropFormat format = PoolPropFormat::Plain;
    bool hidden = false;            ///< not listed by `get all` (name, tname, maxblocksize...)
    bool right_align = true;        ///< numbers right-aligned in tables
};

/// All of them, in zpool_prop_t order (the order of `zpool get all`).
std::span<const PoolProp> pool_props();

/// By name, nullptr if unknown. Accepts the column aliases zpool accepts ("alloc", "cap",
/// "frag", "ckpoint", "expandsz", "dedup", "rdonly", "replace", "listsnaps", "expand").
const PoolProp* find_pool_prop(std::string_view name);

/// One value as the kernel keeps it: number or string, with its zprop_source_t.
struct PoolPropValue {
    uint64_t number = 0;
    std::string string;
    bool is_string = false;
    uint64_t source = 0;   ///< ZPROP_SRC_*: 1 none, 2 default, 8 local
};

/// Validates "prop=value" for create (-o), import (-o) or set, and adds it to `out` as the
/// kernel wants it (index values as uint64, numbers parsed with size suffixes, strings as
/// strings, feature@x=enabled|disabled as uint64 0). Errors: "cannot <verb> '<pool>': ...".
Status add_pool_prop(nv::NvList& out, std::string_view name, std::string_view value,
                     std::string_view verb, std::string_view pool, bool creating);

/// Formats a value as `zpool get`/`list` prints it (`literal` = -p).
std::string format_pool_prop(const PoolProp& prop, const PoolPropValue& value, bool literal,
                             std::string_view health);

/// "-", "default", "local" as zpool get prints a source.
std::string_view pool_source_name(uint64_t source);
/// zpool get -j source "type": NONE, DEFAULT, LOCAL, TEMPORARY, INHERITED, RECEIVED.
std::string_view pool_source_type(uint64_t source);

/// Parses "10G", "512", "1.5T" as zfs_nicestrtonum does.
std::optional<uint64_t> parse_size(std::string_view text);

} // namespace gzfs
