#include "pool/pool_props.h"

#include "output/number_format.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace gzfs {
namespace {

constexpr std::array<IndexValue, 2> kOnOff = {{{"off", 0}, {"on", 1}}};
constexpr std::array<IndexValue, 3> kFailmode = {{{"wait", 0}, {"continue", 1}, {"panic", 2}}};

using T = PoolPropType;
using A = PoolPropAccess;
using F = PoolPropFormat;

// zpool_prop_t order; hidden ones are flagged. Values from module/zcommon/zpool_prop.c (2.3).
const std::array<PoolProp, 40> kProps = {{
    {"name", T::String, A::ReadOnly, "NAME", "", 0, "", {}, F::Plain, true, false},
    {"size", T::Number, A::ReadOnly, "SIZE", "<size>", 0, "", {}, F::Nicenum},
    {"capacity", T::Number, A::ReadOnly, "CAP", "<size>", 0, "", {}, F::Percent},
    {"altroot", T::String, A::OneTimeDefault, "ALTROOT", "<path>", 0, "", {}, F::Plain, false, false},
    {"health", T::Number, A::ReadOnly, "HEALTH", "<state>", 0, "", {}, F::Health, false, false},
    {"guid", T::Number, A::ReadOnly, "GUID", "<guid>", 0, "", {}, F::Plain},
    {"version", T::Number, A::Default, "VERSION", "<version>", 5000, "", {}, F::Version},
    {"bootfs", T::String, A::Default, "BOOTFS", "<filesystem>", 0, "", {}, F::Plain, false, false},
    {"delegation", T::Index, A::Default, "DELEGATION", "on | off", 1, "", kOnOff, F::Plain, false, false},
    {"autoreplace", T::Index, A::Default, "REPLACE", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"cachefile", T::String, A::Default, "CACHEFILE", "<file> | none", 0, "", {}, F::Plain, false, false},
    {"failmode", T::Index, A::Default, "FAILMODE", "wait | continue | panic", 0, "", kFailmode, F::Plain, false, false},
    {"listsnapshots", T::Index, A::Default, "LISTSNAPS", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"autoexpand", T::Index, A::Default, "EXPAND", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"dedupditto", T::Number, A::Default, "DEDUPDITTO", "", 0, "", {}, F::Plain, true},
    {"dedupratio", T::Number, A::ReadOnly, "DEDUP", "<1.00x or higher if deduped>", 0, "", {}, F::Ratio},
    {"free", T::Number, A::ReadOnly, "FREE", "<size>", 0, "", {}, F::Nicenum},
    {"allocated", T::Number, A::ReadOnly, "ALLOC", "<size>", 0, "", {}, F::Nicenum},
    {"readonly", T::Index, A::OneTime, "RDONLY", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"ashift", T::Number, A::Default, "ASHIFT", "<ashift, 9-16, or 0=default>", 0, "", {}, F::Nicenum},
    {"comment", T::String, A::Default, "COMMENT", "<comment-string>", 0, "", {}, F::Plain, false, false},
    {"expandsize", T::Number, A::ReadOnly, "EXPANDSZ", "<size>", 0, "", {}, F::NicebytesDash},
    {"freeing", T::Number, A::ReadOnly, "FREEING", "<size>", 0, "", {}, F::Nicenum},
    {"fragmentation", T::Number, A::ReadOnly, "FRAG", "<percent>", 0, "", {}, F::PercentDash},
    {"leaked", T::Number, A::ReadOnly, "LEAKED", "<size>", 0, "", {}, F::Nicenum},
    {"maxblocksize", T::Number, A::ReadOnly, "MAXBLOCKSIZE", "", 0, "", {}, F::Nicenum, true},
    {"tname", T::String, A::OneTime, "TNAME", "", 0, "", {}, F::Plain, true, false},
    {"maxdnodesize", T::Number, A::ReadOnly, "MAXDNODESIZE", "", 0, "", {}, F::Nicenum, true},
    {"multihost", T::Index, A::Default, "MULTIHOST", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"checkpoint", T::Number, A::ReadOnly, "CKPOINT", "<size>", 0, "", {}, F::NicebytesDash},
    {"load_guid", T::Number, A::ReadOnly, "LOAD_GUID", "<load_guid>", 0, "", {}, F::Plain},
    {"autotrim", T::Index, A::Default, "AUTOTRIM", "on | off", 0, "", kOnOff, F::Plain, false, false},
    {"compatibility", T::String, A::Default, "COMPATIBILITY", "<file[,file...]> | off | legacy", 0, "off", {}, F::Plain, false, false},
    {"bcloneused", T::Number, A::ReadOnly, "BCLONE_USED", "<size>", 0, "", {}, F::Nicenum},
    {"bclonesaved", T::Number, A::ReadOnly, "BCLONE_SAVED", "<size>", 0, "", {}, F::Nicenum},
    {"bcloneratio", T::Number, A::ReadOnly, "BCLONE_RATIO", "<1.00x or higher if cloned>", 0, "", {}, F::Ratio},
    {"dedup_table_size", T::Number, A::ReadOnly, "DDTSIZE", "<size>", 0, "", {}, F::Nicenum},
    {"dedup_table_quota", T::Number, A::Default, "DDTQUOTA", "<size>", UINT64_MAX, "", {}, F::DedupQuota},
    {"dedupcached", T::Number, A::ReadOnly, "DEDUPCACHED", "<size>", 0, "", {}, F::Nicenum},
    {"last_scrubbed_txg", T::Number, A::ReadOnly, "LAST_SCRUBBED_TXG", "<txg>", 0, "", {}, F::Plain},
}};

struct Alias {
    std::string_view alias, name;
};
constexpr std::array<Alias, 10> kAliases = {{
    {"alloc", "allocated"}, {"cap", "capacity"}, {"frag", "fragmentation"},
    {"ckpoint", "checkpoint"}, {"expandsz", "expandsize"}, {"dedup", "dedupratio"},
    {"rdonly", "readonly"}, {"replace", "autoreplace"}, {"listsnaps", "listsnapshots"},
    {"expand", "autoexpand"},
}};

Error prop_error(std::string_view verb, std::string_view pool, const std::string& why)
{
    return make_error("cannot " + std::string(verb) + " '" + std::string(pool) + "': " + why);
}

} // namespace

std::span<const PoolProp> pool_props()
{
    return kProps;
}

const PoolProp* find_pool_prop(std::string_view name)
{
    for (const Alias& a : kAliases)
        if (a.alias == name)
            name = a.name;
    for (const PoolProp& p : pool_props())
        if (p.name == name)
            return &p;
    return nullptr;
}

std::optional<uint64_t> parse_size(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::string s(text);
    char* end = nullptr;
    double value = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || value < 0)
        return std::nullopt;
    std::string suffix(end);
    static constexpr std::string_view units = "BKMGTPEZ";
    int shift = 0;
    if (!suffix.empty()) {
        char u = static_cast<char>(std::toupper(static_cast<unsigned char>(suffix[0])));
        size_t i = units.find(u);
        if (i == std::string_view::npos)
            return std::nullopt;
        shift = static_cast<int>(i) * 10;
        std::string rest = suffix.substr(1);
        if (!(rest.empty() || rest == "B" || rest == "b" || (i > 0 && (rest == "iB" || rest == "ib"))))
            return std::nullopt;
    }
    if (shift == 0 && suffix.empty() && s.find('.') != std::string::npos)
        return std::nullopt;
    return static_cast<uint64_t>(std::ldexp(value, shift));
}

Status add_pool_prop(nv::NvList& out, std::string_view name, std::string_view value,
                     std::string_view verb, std::string_view pool, bool creating)
{
    std::string n(name);
    if (n.rfind("feature@", 0) == 0) {
        if (value != "enabled" && value != "disabled")
            return prop_error(verb, pool, "property '" + n + "' can only be set to 'enabled' "
                                                             "or 'disabled'");
        if (value == "disabled")
            return creating ? Status{} : prop_error(verb, pool, "property '" + n +
                                                                    "' can only be set to 'enabled'");
        out.add_uint64(n, 0);
        return {};
    }
    const PoolProp* prop = find_pool_prop(name);
    if (!prop || prop->hidden)
        return prop_error(verb, pool, "property '" + n + "' is not a valid pool property");
    if (prop->access == PoolPropAccess::ReadOnly)
        return prop_error(verb, pool, "property '" + n + "' is readonly");
    if (!creating && (prop->access == PoolPropAccess::OneTime ||
                      prop->access == PoolPropAccess::OneTimeDefault))
        return prop_error(verb, pool, "property '" + n +
                                          "' can only be set at creation or import time");
    std::string key(prop->name);
    switch (prop->type) {
    case PoolPropType::Index:
        for (const IndexValue& v : prop->index)
            if (v.name == value) {
                out.add_uint64(key, v.value);
                return {};
            }
        return prop_error(verb, pool, "property '" + key + "' must be one of '" +
                                          std::string(prop->values) + "'");
    case PoolPropType::Number: {
        if (prop->name == "dedup_table_quota" && (value == "none" || value == "auto")) {
            out.add_uint64(key, value == "none" ? 0 : UINT64_MAX);
            return {};
        }
        auto n64 = parse_size(value);
        if (!n64)
            return prop_error(verb, pool, "'" + key + "' must be a number");
        if (prop->name == "ashift" && *n64 != 0 && (*n64 < 9 || *n64 > 16))
            return prop_error(verb, pool, "property 'ashift' number " + std::string(value) +
                                              " is invalid; only values between 9 and 16 are "
                                              "allowed");
        if (prop->name == "version" && (*n64 < 1 || (*n64 > 28 && *n64 != 5000)))
            return prop_error(verb, pool, "property 'version' number " + std::string(value) +
                                              " is invalid.");
        out.add_uint64(key, *n64);
        return {};
    }
    case PoolPropType::String:
        if (prop->name == "altroot" || prop->name == "cachefile") {
            if (!value.empty() && value.front() != '/' && value != "none")
                return prop_error(verb, pool, "bad " + key + " path '" + std::string(value) +
                                                  "': must be an absolute path");
        }
        if (prop->name == "comment" && value.size() > 32)
            return prop_error(verb, pool, "comment is too long");
        if (prop->name == "cachefile" && value == "none") {
            out.add_string(key, "none");
            return {};
        }
        out.add_string(key, std::string(value));
        return {};
    }
    return {};
}

std::string format_pool_prop(const PoolProp& prop, const PoolPropValue& v, bool literal,
                             std::string_view health)
{
    if (prop.type == PoolPropType::String || v.is_string)
        return v.string.empty() ? "-" : v.string;
    if (prop.type == PoolPropType::Index) {
        for (const IndexValue& iv : prop.index)
            if (iv.value == v.number)
                return std::string(iv.name);
        return "-";
    }
    uint64_t n = v.number;
    switch (prop.format) {
    case PoolPropFormat::Nicenum:
        return literal ? std::to_string(n) : out::nicenum(n);
    case PoolPropFormat::NicebytesDash:
        return n == 0 ? "-" : literal ? std::to_string(n) : out::nicebytes(n);
    case PoolPropFormat::Percent:
        return literal ? std::to_string(n) : std::to_string(n) + "%";
    case PoolPropFormat::PercentDash:
        return n == UINT64_MAX ? "-" : literal ? std::to_string(n) : std::to_string(n) + "%";
    case PoolPropFormat::Ratio:
        return out::ratio(n, literal);
    case PoolPropFormat::Health:
        return std::string(health);
    case PoolPropFormat::Version:
        return n >= 5000 ? "-" : std::to_string(n);
    case PoolPropFormat::DedupQuota:
        if (n == 0)
            return literal ? "0" : "none";
        if (n == UINT64_MAX)
            return "auto";
        return literal ? std::to_string(n) : out::nicenum(n);
    case PoolPropFormat::Plain:
        break;
    }
    return std::to_string(n);
}

std::string_view pool_source_name(uint64_t source)
{
    switch (source) {
    case 2: return "default";
    case 4: return "temporary";
    case 8: return "local";
    default: return "-";
    }
}

std::string_view pool_source_type(uint64_t source)
{
    switch (source) {
    case 2: return "DEFAULT";
    case 4: return "TEMPORARY";
    case 8: return "LOCAL";
    case 16: return "INHERITED";
    case 32: return "RECEIVED";
    default: return "NONE";
    }
}

} // namespace gzfs
