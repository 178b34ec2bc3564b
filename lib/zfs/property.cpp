#include "zfs/property.h"

#include "ioctl/module_support.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace gzfs::zfs {

namespace {

bool equals_lowercase(const char* column, std::string_view word)
{
    if (column == nullptr || std::strlen(column) != word.size())
        return false;
    for (size_t i = 0; i < word.size(); i++)
        if (std::tolower(static_cast<unsigned char>(column[i])) != word[i])
            return false;
    return true;
}

// zprop_valid_char: what property names may contain.
bool valid_prop_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':';
}

} // namespace

const PropertyDef* find_property(std::string_view name)
{
    for (const auto& def : property_table())
        if (name == def.name)
            return module_supports(def) ? &def : nullptr;
    // Column names are accepted for visible properties only (zprop_iter skips hidden ones).
    for (const auto& def : property_table())
        if (def.visible && equals_lowercase(def.column, name))
            return module_supports(def) ? &def : nullptr;
    return nullptr;
}

bool module_supports(const PropertyDef& def)
{
    return gzfs::module_supports(kSysfsDatasetProperties, def.name);
}

bool is_user_property(std::string_view name)
{
    if (name.empty() || name.size() >= 256)
        return false;
    bool separator = false;
    for (char c : name) {
        if (!valid_prop_char(c))
            return false;
        separator |= c == ':';
    }
    return separator;
}

bool is_userquota_property(std::string_view name)
{
    static constexpr std::string_view kPrefixes[] = {
        "userused@",    "userquota@",    "groupused@",    "groupquota@",
        "userobjused@", "userobjquota@", "groupobjused@", "groupobjquota@",
        "projectused@", "projectquota@", "projectobjused@", "projectobjquota@"};
    for (auto prefix : kPrefixes)
        if (name.starts_with(prefix))
            return true;
    return false;
}

bool is_written_property(std::string_view name)
{
    return name.starts_with("written@") || name.starts_with("written#");
}

bool applies_to(const PropertyDef& def, uint32_t type)
{
    return (def.types & type) != 0;
}

bool is_settable(const PropertyDef& def)
{
    return def.attr == PropAttr::Default || def.attr == PropAttr::Inherit;
}

bool is_inheritable(const PropertyDef& def)
{
    return def.attr == PropAttr::Inherit || def.attr == PropAttr::OneTime;
}

std::optional<uint64_t> index_value(const PropertyDef& def, std::string_view word)
{
    for (const auto& entry : def.index)
        if (word == entry.name)
            return entry.value;
    return std::nullopt;
}

const char* index_name(const PropertyDef& def, uint64_t value)
{
    for (const auto& entry : def.index)
        if (entry.value == value)
            return entry.name;
    return nullptr;
}

size_t column_width(std::string_view property, bool* fixed)
{
    const PropertyDef* def = find_property(property);
    if (fixed)
        *fixed = false;
    if (!def)
        return property.size();
    size_t width = std::strlen(def->column);
    switch (def->kind) {
    case PropKind::Number:
        width = std::max<size_t>(width, 5); // "20.4M": the longest human-readable number
        if (fixed)
            *fixed = !def->flex;
        break;
    case PropKind::Index:
        for (const auto& entry : def->index)
            width = std::max(width, std::strlen(entry.name));
        break;
    case PropKind::String:
        break;
    }
    return width;
}

std::string_view type_name(uint32_t type)
{
    switch (type) {
    case kTypeFilesystem: return "filesystem";
    case kTypeVolume: return "volume";
    case kTypeSnapshot: return "snapshot";
    case kTypeBookmark: return "bookmark";
    default: return "unknown";
    }
}

} // namespace gzfs::zfs
