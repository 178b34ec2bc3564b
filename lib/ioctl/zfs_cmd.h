#pragma once
// zfs_cmd_t, the one struct every ZFS ioctl passes (include/sys/zfs_ioctl.h), as a byte buffer
// with a table of field offsets per module-version family. The kernel copies in exactly its own
// sizeof(zfs_cmd_t), so a wrong layout is not an error but garbage: pick it from the module
// version (layout_for) and never hard-code offsets elsewhere.
//
// Families (see docs/zfs-abi.md):
//   0.6.3-0.6.5  13728 bytes  zinject_record without zi_nlanes (8 bytes shorter)
//   0.7.x-0.8.x  13736 bytes  fields after zc_inject_record shift by 8
//   2.0-2.4      13744 bytes  zc_zoneid appended
// dmu_objset_stats_t (zc_objset_stats) gained dds_redacted in 2.0, moving dds_origin by one.
//
// ZfsCmd is used both to build a call and, by gztrace, to decode a zfs_cmd_t read from another
// process: pointer fields (zc_nvlist_*, zc_history) are plain uint64 addresses here.

#include "ioctl/module_version.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gzfs {

/// The fields of zfs_cmd_t, in struct order.
enum class Field {
    Name, NvlistSrc, NvlistSrcSize, NvlistDst, NvlistDstSize, NvlistDstFilled, Pad2, History,
    Value, String, Guid, NvlistConf, NvlistConfSize, Cookie, ObjsetType, PermAction,
    HistoryLen, HistoryOffset, Obj, Iflags, Share, ObjsetStats, BeginRecord, InjectRecord,
    DeferDestroy, Flags, ActionHandle, CleanupFd, Simple, Pad, Sendobj, Fromobj, Createtxg,
    Stat, Zoneid,
    Count_ ///< not a field
};

/// Where one field lives.
struct FieldSpec {
    Field field;
    std::string_view name; ///< C name: "zc_nvlist_src"
    size_t offset;
    size_t size;           ///< 0 when the family lacks the field (zc_zoneid before 2.0)
};

/// One family's layout.
struct CmdLayout {
    std::string_view family;         ///< "0.6", "0.7-0.8", "2.x"
    size_t size;                     ///< sizeof(zfs_cmd_t)
    size_t objset_origin_offset;     ///< offset of dds_origin inside zc_objset_stats
    bool objset_has_redacted;        ///< dds_redacted exists (2.0+)
    std::span<const FieldSpec> fields; ///< indexed by Field

    const FieldSpec& at(Field f) const { return fields[static_cast<size_t>(f)]; }
    bool has(Field f) const { return at(f).size != 0; }
};

/// The layouts gzfs knows, oldest first.
std::span<const CmdLayout* const> all_layouts();
/// The layout the module of that version expects (version assumed supported).
const CmdLayout& layout_for(const Version& module);
/// The layout for "2.x" etc. by family name, nullptr if unknown.
const CmdLayout* layout_by_family(std::string_view family);

/// dmu_objset_stats_t, decoded.
struct ObjsetStats {
    uint64_t num_clones = 0;
    uint64_t creation_txg = 0;
    uint64_t guid = 0;
    uint32_t type = 0;       ///< dmu_objset_type_t: 2 ZFS (filesystem), 3 ZVOL
    bool is_snapshot = false;
    bool inconsistent = false;
    bool redacted = false;   ///< always false before 2.0
    std::string origin;      ///< clone origin snapshot, "" if none
};

/// A zfs_cmd_t as bytes, zeroed at construction.
class ZfsCmd {
public:
    explicit ZfsCmd(const CmdLayout& layout);
    /// Copies `bytes` (shorter input is zero-padded, longer truncated): for decoding.
    ZfsCmd(const CmdLayout& layout, std::span<const uint8_t> bytes);

    const CmdLayout& layout() const { return *layout_; }
    uint8_t* data() { return bytes_.data(); }
    const uint8_t* data() const { return bytes_.data(); }
    size_t size() const { return bytes_.size(); }
    std::span<const uint8_t> bytes() const { return bytes_; }

    /// Raw bytes of one field (empty if the family lacks it).
    std::span<const uint8_t> field_bytes(Field f) const;

    /// Integer fields of 1, 4 or 8 bytes (little-endian host order). Setting a field the
    /// family lacks is ignored; reading one gives 0.
    uint64_t get(Field f) const;
    void set(Field f, uint64_t value);

    /// char arrays (zc_name, zc_value, zc_string, zc_share): up to the first NUL.
    std::string get_string(Field f) const;
    /// Copies and NUL-terminates; false (nothing written) if it does not fit.
    bool set_string(Field f, std::string_view s);

    std::string name() const { return get_string(Field::Name); }
    bool set_name(std::string_view s) { return set_string(Field::Name, s); }
    std::string value() const { return get_string(Field::Value); }
    bool set_value(std::string_view s) { return set_string(Field::Value, s); }
    std::string zc_string() const { return get_string(Field::String); }
    bool set_zc_string(std::string_view s) { return set_string(Field::String, s); }

    uint64_t cookie() const { return get(Field::Cookie); }
    void set_cookie(uint64_t v) { set(Field::Cookie, v); }
    uint64_t guid() const { return get(Field::Guid); }
    void set_guid(uint64_t v) { set(Field::Guid, v); }
    uint64_t obj() const { return get(Field::Obj); }
    void set_obj(uint64_t v) { set(Field::Obj, v); }

    /// Decodes zc_objset_stats with the family's dmu_objset_stats_t layout.
    ObjsetStats objset_stats() const;

private:
    const CmdLayout* layout_;
    std::vector<uint8_t> bytes_;
};

} // namespace gzfs
