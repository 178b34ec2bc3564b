#include "output/dataset_json.h"

#include "ioctl/batch.h"
#include "zfs/property_table.h"

#include <algorithm>
#include <cctype>

namespace gzfs::out {

Json value_json(const std::string& text, bool json_int)
{
    const bool digits = !text.empty() && text.size() <= 20 &&
                        std::all_of(text.begin(), text.end(),
                                    [](unsigned char c) { return std::isdigit(c); });
    if (json_int && digits) {
        try {
            return Json(std::stoull(text));
        } catch (const std::out_of_range&) {
        }
    }
    return Json(text);
}

Json dataset_json(const zfs::DatasetRecord& r, bool json_int)
{
    Json d = Json::object();
    d["name"] = r.name;
    d["type"] = zfs::json_type_name(r.type);
    d["pool"] = pool_of(r.name);
    d["createtxg"] = value_json(std::to_string(r.stats.creation_txg), json_int);
    if (r.type == zfs::kTypeSnapshot) {
        const size_t at = r.name.find('@');
        d["dataset"] = r.name.substr(0, at);
        d["snapshot_name"] = r.name.substr(at + 1);
    }
    return d;
}

Json property_json(const std::optional<zfs::PropertyValue>& value, bool json_int)
{
    Json p = Json::object();
    Json source = Json::object();
    if (!value) {
        p["value"] = "-";
        source["type"] = "NONE";
        source["data"] = "-";
    } else {
        p["value"] = value_json(value->text, json_int);
        source["type"] = zfs::source_json_name(value->source.type);
        source["data"] = value->source.from.empty() ? "-" : value->source.from;
    }
    p["source"] = std::move(source);
    return p;
}

} // namespace gzfs::out
