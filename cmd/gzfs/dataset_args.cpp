#include "dataset_args.h"

#include "zfs/property.h"

#include <cctype>
#include <cerrno>
#include <sstream>

namespace gzfs::cli {

namespace {

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        parts.push_back(part);
    return parts;
}

bool known_property(const std::string& name)
{
    const zfs::PropertyDef* def = zfs::find_property(name);
    return (def && (def->visible || name == "name")) || zfs::is_user_property(name) ||
           zfs::is_written_property(name) || zfs::is_userquota_property(name);
}

} // namespace

Result<uint32_t> parse_types(const std::string& list)
{
    uint32_t types = 0;
    for (const auto& word : split(list)) {
        if (word == "filesystem" || word == "fs")
            types |= zfs::kTypeFilesystem;
        else if (word == "volume" || word == "vol")
            types |= zfs::kTypeVolume;
        else if (word == "snapshot" || word == "snap")
            types |= zfs::kTypeSnapshot;
        else if (word == "bookmark")
            types |= zfs::kTypeBookmark;
        else if (word == "all")
            types |= zfs::kTypeDataset | zfs::kTypeBookmark;
        else
            return make_error("invalid type '" + word + "'", EINVAL);
    }
    return types;
}

Result<std::vector<std::string>> parse_columns(const std::vector<std::string>& args, bool* json)
{
    std::vector<std::string> columns;
    for (const auto& arg : args) {
        for (const auto& word : split(arg)) {
            if (json && word == "json") {
                *json = true;
                continue;
            }
            if (word == "space") {
                for (const char* p : {"name", "available", "used", "usedbysnapshots",
                                      "usedbydataset", "usedbyrefreservation", "usedbychildren"})
                    columns.emplace_back(p);
                continue;
            }
            if (!known_property(word))
                return make_error("invalid property '" + word + "'", EINVAL);
            const zfs::PropertyDef* def = zfs::find_property(word);
            columns.push_back(def ? def->name : word);
        }
    }
    return columns;
}

Result<std::vector<zfs::SortKey>> parse_sort_keys(const std::vector<std::string>& ascending,
                                                  const std::vector<std::string>& descending)
{
    std::vector<zfs::SortKey> keys;
    auto add = [&](const std::vector<std::string>& names, bool desc) -> Status {
        for (const auto& name : names) {
            if (!known_property(name))
                return make_error("invalid property '" + name + "'", EINVAL);
            const zfs::PropertyDef* def = zfs::find_property(name);
            keys.push_back({def ? def->name : name, desc});
        }
        return {};
    };
    if (auto s = add(ascending, false); !s)
        return s.error();
    if (auto s = add(descending, true); !s)
        return s.error();
    return keys;
}

std::string column_header(const std::string& property)
{
    if (const zfs::PropertyDef* def = zfs::find_property(property))
        return def->column;
    std::string upper = property;
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

bool column_right_aligned(const std::string& property)
{
    const zfs::PropertyDef* def = zfs::find_property(property);
    return def && def->right_align;
}

} // namespace gzfs::cli
