#include "ioctl/zfs_cmd.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace gzfs {

namespace {

constexpr size_t kFieldCount = static_cast<size_t>(Field::Count_);
using FieldTable = std::array<FieldSpec, kFieldCount>;

// The 2.0-2.4 zfs_cmd_t (include/sys/zfs_ioctl.h), checked against docs/zfs-abi.md by
// tests/ioctl/zfs_cmd_test.cpp.
constexpr FieldTable kLayout2x = {{
    {Field::Name, "zc_name", 0, 4096},
    {Field::NvlistSrc, "zc_nvlist_src", 4096, 8},
    {Field::NvlistSrcSize, "zc_nvlist_src_size", 4104, 8},
    {Field::NvlistDst, "zc_nvlist_dst", 4112, 8},
    {Field::NvlistDstSize, "zc_nvlist_dst_size", 4120, 8},
    {Field::NvlistDstFilled, "zc_nvlist_dst_filled", 4128, 4},
    {Field::Pad2, "zc_pad2", 4132, 4},
    {Field::History, "zc_history", 4136, 8},
    {Field::Value, "zc_value", 4144, 8192},
    {Field::String, "zc_string", 12336, 256},
    {Field::Guid, "zc_guid", 12592, 8},
    {Field::NvlistConf, "zc_nvlist_conf", 12600, 8},
    {Field::NvlistConfSize, "zc_nvlist_conf_size", 12608, 8},
    {Field::Cookie, "zc_cookie", 12616, 8},
    {Field::ObjsetType, "zc_objset_type", 12624, 8},
    {Field::PermAction, "zc_perm_action", 12632, 8},
    {Field::HistoryLen, "zc_history_len", 12640, 8},
    {Field::HistoryOffset, "zc_history_offset", 12648, 8},
    {Field::Obj, "zc_obj", 12656, 8},
    {Field::Iflags, "zc_iflags", 12664, 8},
    {Field::Share, "zc_share", 12672, 32},
    {Field::ObjsetStats, "zc_objset_stats", 12704, 288},
    {Field::BeginRecord, "zc_begin_record", 12992, 304},
    {Field::InjectRecord, "zc_inject_record", 13296, 352},
    {Field::DeferDestroy, "zc_defer_destroy", 13648, 4},
    {Field::Flags, "zc_flags", 13652, 4},
    {Field::ActionHandle, "zc_action_handle", 13656, 8},
    {Field::CleanupFd, "zc_cleanup_fd", 13664, 4},
    {Field::Simple, "zc_simple", 13668, 1},
    {Field::Pad, "zc_pad", 13669, 3},
    {Field::Sendobj, "zc_sendobj", 13672, 8},
    {Field::Fromobj, "zc_fromobj", 13680, 8},
    {Field::Createtxg, "zc_createtxg", 13688, 8},
    {Field::Stat, "zc_stat", 13696, 40},
    {Field::Zoneid, "zc_zoneid", 13736, 8},
}};

// 0.7/0.8: the same struct without zc_zoneid (added in 2.0 for FreeBSD jails/Linux userns).
constexpr FieldTable without_zoneid(FieldTable t)
{
    t[static_cast<size_t>(Field::Zoneid)].size = 0;
    return t;
}

// 0.6.3-0.6.5: zinject_record_t lacked zi_nlanes, so it is 8 bytes shorter and everything
// after it sits 8 bytes lower.
constexpr FieldTable before_nlanes(FieldTable t)
{
    t = without_zoneid(t);
    size_t inject = static_cast<size_t>(Field::InjectRecord);
    t[inject].size -= 8;
    for (size_t i = inject + 1; i < kFieldCount; ++i)
        t[i].offset -= 8;
    return t;
}

constexpr FieldTable kLayout07 = without_zoneid(kLayout2x);
constexpr FieldTable kLayout06 = before_nlanes(kLayout2x);

// dmu_objset_stats_t: three uint64, dmu_objset_type_t (4), uint8 is_snapshot, inconsistent,
// then (2.0+) uint8 redacted, then char origin[256].
constexpr CmdLayout kCmd06{"0.6", 13728, 30, false, kLayout06};
constexpr CmdLayout kCmd07{"0.7-0.8", 13736, 30, false, kLayout07};
constexpr CmdLayout kCmd2x{"2.x", 13744, 31, true, kLayout2x};

constexpr const CmdLayout* kAll[] = {&kCmd06, &kCmd07, &kCmd2x};

uint64_t load_le(const uint8_t* p, size_t n)
{
    uint64_t v = 0;
    std::memcpy(&v, p, std::min<size_t>(n, 8)); // the kernel and we share the host's order
    return v;
}

} // namespace

std::span<const CmdLayout* const> all_layouts()
{
    return kAll;
}

const CmdLayout& layout_for(const Version& module)
{
    if (module >= Version{2, 0, 0})
        return kCmd2x;
    if (module >= Version{0, 7, 0})
        return kCmd07;
    return kCmd06;
}

const CmdLayout* layout_by_family(std::string_view family)
{
    for (const CmdLayout* l : kAll)
        if (l->family == family)
            return l;
    return nullptr;
}

ZfsCmd::ZfsCmd(const CmdLayout& layout) : layout_(&layout), bytes_(layout.size, 0) {}

ZfsCmd::ZfsCmd(const CmdLayout& layout, std::span<const uint8_t> bytes) : ZfsCmd(layout)
{
    std::copy_n(bytes.begin(), std::min(bytes.size(), bytes_.size()), bytes_.begin());
}

std::span<const uint8_t> ZfsCmd::field_bytes(Field f) const
{
    const FieldSpec& spec = layout_->at(f);
    return std::span<const uint8_t>(bytes_).subspan(spec.offset, spec.size);
}

uint64_t ZfsCmd::get(Field f) const
{
    auto b = field_bytes(f);
    return b.empty() ? 0 : load_le(b.data(), b.size());
}

void ZfsCmd::set(Field f, uint64_t value)
{
    const FieldSpec& spec = layout_->at(f);
    if (spec.size == 0)
        return;
    std::memcpy(bytes_.data() + spec.offset, &value, std::min<size_t>(spec.size, 8));
}

std::string ZfsCmd::get_string(Field f) const
{
    auto b = field_bytes(f);
    auto nul = std::find(b.begin(), b.end(), 0);
    return std::string(b.begin(), nul);
}

bool ZfsCmd::set_string(Field f, std::string_view s)
{
    const FieldSpec& spec = layout_->at(f);
    if (s.size() + 1 > spec.size)
        return false;
    uint8_t* p = bytes_.data() + spec.offset;
    std::memset(p, 0, spec.size);
    std::memcpy(p, s.data(), s.size());
    return true;
}

ObjsetStats ZfsCmd::objset_stats() const
{
    auto b = field_bytes(Field::ObjsetStats);
    ObjsetStats st;
    st.num_clones = load_le(&b[0], 8);
    st.creation_txg = load_le(&b[8], 8);
    st.guid = load_le(&b[16], 8);
    st.type = static_cast<uint32_t>(load_le(&b[24], 4));
    st.is_snapshot = b[28] != 0;
    st.inconsistent = b[29] != 0;
    st.redacted = layout_->objset_has_redacted && b[30] != 0;
    auto origin = b.subspan(layout_->objset_origin_offset);
    st.origin.assign(origin.begin(), std::find(origin.begin(), origin.end(), 0));
    return st;
}

} // namespace gzfs
