#include "zfs/property_parse.h"

#include "zfs/property.h"
#include "zfs/size_parse.h"

#include <cerrno>
#include <cstring>

namespace gzfs::zfs {

namespace {

// zfs_valid_proplist's limits: longest user property value (ZFS_MAXPROPLEN).
constexpr size_t kMaxValueLength = 8192;

Error reason(std::string text)
{
    return make_error(std::move(text), EINVAL);
}

std::string quoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

bool is_power_of_two(uint64_t v)
{
    return v != 0 && (v & (v - 1)) == 0;
}

// Properties whose "none" means 0 (quotas, reservations) or UINT64_MAX (limits).
std::optional<uint64_t> none_value(std::string_view prop)
{
    if (prop == "quota" || prop == "refquota" || prop == "reservation" ||
        prop == "refreservation")
        return 0;
    if (prop == "filesystem_limit" || prop == "snapshot_limit")
        return UINT64_MAX;
    return std::nullopt;
}

Result<uint64_t> parse_number(const PropertyDef& def, std::string_view value)
{
    if (value == "none") {
        if (auto n = none_value(def.name))
            return *n;
        return reason("'" + std::string(def.name) + "' must be a number");
    }
    auto n = parse_size(value);
    if (!n)
        return n;
    const std::string_view prop = def.name;
    // Block sizes: powers of two within what any 2.x module accepts.
    if (prop == "recordsize" && (!is_power_of_two(*n) || *n < 512 || *n > (16u << 20)))
        return reason("'recordsize' must be power of 2 from 512B to 16M");
    if (prop == "volblocksize" && (!is_power_of_two(*n) || *n < 512 || *n > (128u << 10)))
        return reason("'volblocksize' must be power of 2 from 512B to 128K");
    if (prop == "special_small_blocks" && *n != 0 && (!is_power_of_two(*n) || *n > (16u << 20)))
        return reason("invalid 'special_small_blocks=" + std::string(value) +
                      "' property: must be zero or a power of 2 from 512B to 16M");
    if (prop == "volsize" && *n == 0)
        return reason("'volsize' must be greater than zero");
    return n;
}

Result<nv::Value> parse_string(const PropertyDef& def, std::string_view value)
{
    const std::string_view prop = def.name;
    if (value.size() >= kMaxValueLength)
        return reason(quoted(prop) + " is too long");
    if (prop == "mountpoint" && !(value == "none" || value == "legacy" || value.starts_with("/")))
        return reason("'mountpoint' must be an absolute path, 'none', or 'legacy'");
    if (prop == "keylocation" && !(value == "prompt" || value.starts_with("file://") ||
                                   value.starts_with("https://") || value.starts_with("http://")))
        return reason("invalid keylocation '" + std::string(value) + "'");
    return nv::Value::string(std::string(value));
}

Result<ParsedProperty> parse_native(const PropertyDef& def, std::string_view value,
                                    const ParseContext& context)
{
    const std::string name = def.name;
    if (def.attr == PropAttr::ReadOnly || (!context.creating && !is_settable(def)))
        return reason(quoted(name) + " is readonly");
    if (context.type != 0 && !applies_to(def, context.type))
        return reason(quoted(name) + " does not apply to datasets of this type");
    switch (def.kind) {
    case PropKind::Number: {
        auto n = parse_number(def, value);
        if (!n)
            return n.error();
        return ParsedProperty{name, nv::Value::uint64(*n)};
    }
    case PropKind::Index: {
        auto v = index_value(def, value);
        if (!v)
            return reason(quoted(name) + " must be one of '" + def.values + "'");
        return ParsedProperty{name, nv::Value::uint64(*v)};
    }
    case PropKind::String: {
        auto v = parse_string(def, value);
        if (!v)
            return v.error();
        return ParsedProperty{name, std::move(*v)};
    }
    }
    return reason("invalid property " + quoted(name));
}

} // namespace

Result<ParsedProperty> parse_property(std::string_view name, std::string_view value,
                                      const ParseContext& context)
{
    if (const PropertyDef* def = find_property(name); def && def->visible)
        return parse_native(*def, value, context);
    if (is_user_property(name)) {
        if (value.size() >= kMaxValueLength)
            return reason("property value '" + std::string(value.substr(0, 32)) +
                          "...' is too long");
        return ParsedProperty{std::string(name), nv::Value::string(std::string(value))};
    }
    if (is_userquota_property(name))
        return reason("setting " + quoted(name) + " is not supported by gzfs yet");
    return reason("invalid property " + quoted(name));
}

Result<std::pair<std::string, std::string>> split_assignment(std::string_view text)
{
    const size_t eq = text.find('=');
    if (eq == std::string_view::npos)
        return reason("missing '=' for property=value argument");
    if (eq == 0)
        return reason("missing property in property=value argument");
    return std::pair{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

} // namespace gzfs::zfs
