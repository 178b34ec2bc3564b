#include "trace/call_decoding.h"

#include "ioctl/errors.h"
#include "ioctl/ioctl_table.h"
#include "nvlist/codec.h"
#include "trace/ioctl_fields.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gzfs::trace {

namespace {

bool is_text_field(Field f)
{
    return f == Field::Name || f == Field::Value || f == Field::String;
}

nlohmann::json field_value(const ZfsCmd& cmd, Field f)
{
    if (is_text_field(f))
        return cmd.get_string(f);
    return cmd.get(f);
}

bool is_zero(const ZfsCmd& cmd, Field f)
{
    auto bytes = cmd.field_bytes(f);
    return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0; });
}

nlohmann::json objset_stats_json(const ObjsetStats& s)
{
    return {{"dds_num_clones", s.num_clones}, {"dds_creation_txg", s.creation_txg},
            {"dds_guid", s.guid},             {"dds_type", s.type},
            {"dds_is_snapshot", s.is_snapshot}, {"dds_inconsistent", s.inconsistent},
            {"dds_redacted", s.redacted},     {"dds_origin", s.origin}};
}

} // namespace

std::string ioctl_display_name(uint32_t request)
{
    if (const IocInfo* info = find_ioctl(request))
        return std::string(info->name);
    char hex[16];
    snprintf(hex, sizeof hex, "0x%x", request);
    return hex;
}

void decode_entry(uint32_t request, const ZfsCmd& cmd, TraceCall& call)
{
    call.request = request;
    call.ioctl = ioctl_display_name(request);
    const CmdLayout& layout = cmd.layout();
    std::vector<Field> shown;
    if (const IocInfo* info = find_ioctl(request))
        for (Field f : ioctl_input_fields(info->ioc))
            shown.push_back(f);
    // Others only when set: libzfs zeroes zfs_cmd_t, so non-zero means the caller meant it.
    // The nvlist sizes belong to the src/dst shown separately.
    for (const FieldSpec& spec : layout.fields) {
        Field f = spec.field;
        if (!layout.has(f) || !is_shown_field(f) || is_zero(cmd, f))
            continue;
        if (f == Field::NvlistSrcSize || f == Field::NvlistDstSize || f == Field::NvlistConfSize)
            continue;
        if (std::find(shown.begin(), shown.end(), f) == shown.end())
            shown.push_back(f);
    }
    for (Field f : shown)
        if (layout.has(f))
            call.fields.push_back({std::string(layout.at(f).name), field_value(cmd, f)});
}

std::vector<ShownField> changed_fields(const ZfsCmd& before, const ZfsCmd& after)
{
    std::vector<ShownField> changed;
    const CmdLayout& layout = after.layout();
    for (const FieldSpec& spec : layout.fields) {
        Field f = spec.field;
        if (!layout.has(f))
            continue;
        auto a = before.field_bytes(f);
        auto b = after.field_bytes(f);
        if (std::equal(a.begin(), a.end(), b.begin(), b.end()))
            continue;
        if (f == Field::ObjsetStats)
            changed.push_back({std::string(spec.name), objset_stats_json(after.objset_stats())});
        else if (is_shown_field(f))
            changed.push_back({std::string(spec.name), field_value(after, f)});
    }
    return changed;
}

void decode_exit(int64_t rval, const ZfsCmd& before, const ZfsCmd& after, TraceCall& call)
{
    call.finished = true;
    call.rval = rval;
    call.error = rval < 0 ? static_cast<int>(-rval) : 0;
    if (call.error != 0)
        call.error_name = std::string(errno_name(call.error));
    call.changed = changed_fields(before, after);
}

ShownNvlist read_nvlist(const MemoryReader& memory, uint64_t address, uint64_t size)
{
    ShownNvlist shown;
    shown.size = size;
    auto bytes = memory.read(address, size);
    if (!bytes) {
        shown.error = bytes.error().message;
        return shown;
    }
    auto list = nv::unpack(*bytes);
    if (!list) {
        shown.error = "cannot unpack nvlist: " + list.error().message;
        return shown;
    }
    shown.list = std::move(*list);
    return shown;
}

bool dst_was_written(const ZfsCmd& after, int error)
{
    // New-style ioctls may fill dst on failure too (SNAPSHOT's per-name "errors"), so only
    // ENOMEM (nothing copied) rules it out.
    return error != ENOMEM && after.get(Field::NvlistDstFilled) != 0 &&
           after.get(Field::NvlistDst) != 0 && after.get(Field::NvlistDstSize) != 0;
}

} // namespace gzfs::trace
