#include "zfs/property_value.h"

#include "output/number_format.h"
#include "zfs/property.h"

#include <cstring>

namespace gzfs::zfs {

namespace {

// The kernel's {"value": ..., "source": ...} pair of one property, if present.
struct KernelEntry {
    const nv::Value* value = nullptr;
    std::optional<std::string> source;
};

std::optional<KernelEntry> kernel_entry(const nv::NvList& props, std::string_view name)
{
    auto entry = props.get_nvlist(name);
    if (!entry) {
        // Received property lists may hold bare values instead of {value, source}.
        const nv::Pair* bare = props.find(name);
        if (!bare || bare->value.type() == nv::Type::Nvlist)
            return std::nullopt;
        return KernelEntry{&bare->value, std::nullopt};
    }
    KernelEntry e;
    if (const nv::Pair* v = (*entry)->find("value"))
        e.value = &v->value;
    if (auto s = (*entry)->get<std::string>("source"))
        e.source = *s;
    if (e.value == nullptr)
        return std::nullopt;
    return e;
}

std::optional<uint64_t> as_number(const nv::Value& v)
{
    if (auto* u = std::get_if<uint64_t>(&v.data()))
        return *u;
    if (auto* i = std::get_if<int64_t>(&v.data()))
        return static_cast<uint64_t>(*i);
    return std::nullopt;
}

const std::string* as_string(const nv::Value& v)
{
    return std::get_if<std::string>(&v.data());
}

PropertySource map_source(const DatasetRecord& r, const std::optional<std::string>& source)
{
    if (!source)
        return {SourceType::None, {}};
    // ZPROP_SOURCE_VAL_RECVD: the value was set by zfs receive.
    if (*source == "$recvd")
        return {SourceType::Received, {}};
    if (*source == r.name)
        return {SourceType::Local, {}};
    if (source->empty())
        return {SourceType::Default, {}};
    return {SourceType::Inherited, *source};
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names)
{
    for (auto n : names)
        if (name == n)
            return true;
    return false;
}

// zfs_prop_get's display rules for numbers.
std::string display_number(std::string_view prop, uint64_t v, bool literal)
{
    if (is_one_of(prop, {"guid", "createtxg", "objsetid"}))
        return out::exact(v);
    if (prop == "creation")
        return out::date(v, literal);
    if (prop == "snapshots_changed")
        return out::date_seconds(v, literal);
    if (is_one_of(prop, {"compressratio", "refcompressratio"}))
        return out::ratio(v, literal);
    if (is_one_of(prop, {"quota", "refquota", "reservation", "refreservation"})) {
        if (v == 0)
            return literal ? "0" : "none";
        return literal ? out::exact(v) : out::nicebytes(v);
    }
    if (is_one_of(prop, {"filesystem_limit", "snapshot_limit", "filesystem_count",
                         "snapshot_count"})) {
        // 2.3 prints "none" for an unlimited count even with -p.
        if (v == UINT64_MAX)
            return "none";
        return literal ? out::exact(v) : out::nicenum(v);
    }
    if (literal)
        return out::exact(v);
    if (is_one_of(prop, {"used", "available", "referenced", "usedbysnapshots", "usedbydataset",
                         "usedbychildren", "usedbyrefreservation"}))
        return out::nicebytes(v);
    return out::nicenum(v);
}

// The mountpoint as zfs shows it: an inherited path gets the relative name appended
// ("/mnt" inherited from "tank" is "/mnt/a" on "tank/a"); "/" is not doubled.
std::string display_mountpoint(const DatasetRecord& r, const std::string& value,
                               const PropertySource& source)
{
    if (value.empty() || value[0] != '/')
        return value;
    std::string relpath;
    if (source.type == SourceType::Inherited)
        relpath = r.name.substr(std::min(source.from.size(), r.name.size()));
    else if (source.type == SourceType::Default)
        relpath = r.name;
    if (!relpath.empty() && relpath[0] == '/')
        relpath.erase(0, 1);
    std::string path = value;
    if (path == "/" && !relpath.empty())
        path.clear();
    if (relpath.empty())
        return path;
    return path + (relpath[0] == '@' ? "" : "/") + relpath;
}

std::optional<PropertyValue> native_value(const DatasetRecord& r, const PropertyDef& def,
                                          const ValueOptions& o)
{
    const std::string_view name = def.name;
    if (!applies_to(def, r.type))
        return std::nullopt;
    if (name == "name")
        return PropertyValue{r.name, std::nullopt, {}};
    if (name == "type")
        return PropertyValue{std::string(type_name(r.type)), std::nullopt, {}};
    if (name == "mounted") {
        if (!r.mounted)
            return std::nullopt;
        return PropertyValue{*r.mounted ? "yes" : "no", std::nullopt, {}};
    }
    if (is_one_of(name, {"version", "normalization", "utf8only", "casesensitivity"})) {
        // ZPL properties live in the filesystem's master node, not the property list:
        // OBJSET_ZPLPROPS returns them, without a source.
        if (!r.zplprops)
            return std::nullopt;
        auto v = r.zplprops->get<uint64_t>(name);
        if (!v)
            return std::nullopt;
        PropertyValue pv;
        pv.number = *v;
        if (def.kind == PropKind::Index && index_name(def, *v))
            pv.text = index_name(def, *v);
        else
            pv.text = out::exact(*v);
        return pv;
    }

    std::optional<KernelEntry> entry = kernel_entry(r.props, name);
    PropertySource source;
    std::optional<uint64_t> number;
    std::string text;
    if (entry) {
        source = map_source(r, entry->source);
        number = as_number(*entry->value);
        if (const std::string* s = as_string(*entry->value))
            text = *s;
    } else if (name == "createtxg") {
        number = r.stats.creation_txg;
    } else if (name == "guid" && r.stats.guid != 0) {
        number = r.stats.guid;
    } else if (name == "origin" && !r.stats.origin.empty()) {
        text = r.stats.origin;
    } else if (is_one_of(name, {"filesystem_count", "snapshot_count"})) {
        // Counts not tracked yet read as unlimited, with source default (zfs does so).
        number = UINT64_MAX;
        source.type = SourceType::Default;
    } else if (is_one_of(name, {"volsize", "snapshots_changed"})) {
        return std::nullopt;
    } else if (def.attr == PropAttr::ReadOnly || def.kind == PropKind::String) {
        // Never set, no default: statistics the kernel did not report, strings without one.
        if (def.kind == PropKind::String && def.default_string && def.attr != PropAttr::ReadOnly) {
            text = def.default_string;
            source.type = SourceType::Default;
        } else {
            return std::nullopt;
        }
    } else {
        number = def.default_number;
        source.type = SourceType::Default;
    }

    // The kernel reports volsize as a statistic; zfs shows it as set locally on volumes.
    if (name == "volsize" && r.type == kTypeVolume && source.type == SourceType::None)
        source.type = SourceType::Local;
    if (name == "snapshots_changed" && number == 0u)
        return std::nullopt;
    PropertyValue pv;
    pv.source = source;
    if (name == "clones") {
        // The kernel gives clones as an nvlist of names.
        pv.text.clear();
        if (entry)
            if (const auto* list = std::get_if<nv::NvList>(&entry->value->data()))
                for (const auto& pair : list->pairs())
                    pv.text += (pv.text.empty() ? "" : ",") + pair.name;
        if (pv.text.empty())
            return std::nullopt;
        return pv;
    }
    switch (def.kind) {
    case PropKind::String:
        pv.text = name == "mountpoint" ? display_mountpoint(r, text, source) : text;
        break;
    case PropKind::Index: {
        const char* word = number ? index_name(def, *number) : nullptr;
        if (!word)
            return std::nullopt;
        pv.text = word;
        pv.number = number;
        break;
    }
    case PropKind::Number:
        if (!number)
            return std::nullopt;
        pv.number = number;
        pv.text = display_number(name, *number, o.literal);
        break;
    }
    return pv;
}

std::optional<PropertyValue> user_value(const DatasetRecord& r, std::string_view name)
{
    std::optional<KernelEntry> entry = kernel_entry(r.props, name);
    if (!entry)
        return std::nullopt;
    const std::string* s = as_string(*entry->value);
    if (!s)
        return std::nullopt;
    return PropertyValue{*s, std::nullopt, map_source(r, entry->source)};
}

} // namespace

std::string source_text(const PropertySource& source)
{
    switch (source.type) {
    case SourceType::None: return "-";
    case SourceType::Default: return "default";
    case SourceType::Local: return "local";
    case SourceType::Temporary: return "temporary";
    case SourceType::Inherited: return "inherited from " + source.from;
    case SourceType::Received: return "received";
    }
    return "-";
}

const char* source_json_name(SourceType type)
{
    switch (type) {
    case SourceType::None: return "NONE";
    case SourceType::Default: return "DEFAULT";
    case SourceType::Local: return "LOCAL";
    case SourceType::Temporary: return "TEMPORARY";
    case SourceType::Inherited: return "INHERITED";
    case SourceType::Received: return "RECEIVED";
    }
    return "NONE";
}

std::optional<PropertyValue> property_value(const DatasetRecord& record,
                                            std::string_view property,
                                            const ValueOptions& options)
{
    if (const PropertyDef* def = find_property(property))
        return native_value(record, *def, options);
    if (is_user_property(property))
        return user_value(record, property);
    return std::nullopt;
}

std::optional<PropertyValue> received_value(const DatasetRecord& record, std::string_view property,
                                            const ValueOptions& options)
{
    if (!record.received || !kernel_entry(*record.received, property))
        return std::nullopt;
    DatasetRecord view;
    view.name = record.name;
    view.type = record.type;
    view.props = *record.received;
    return property_value(view, property, options);
}

bool available_without_props(std::string_view property)
{
    const PropertyDef* def = find_property(property);
    if (!def)
        return false;
    return is_one_of(def->name, {"name", "type", "createtxg", "guid"});
}

} // namespace gzfs::zfs
