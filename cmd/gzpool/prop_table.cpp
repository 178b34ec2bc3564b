#include "prop_table.h"

#include "output/pool_json.h"
#include "pool/pool_features.h"

#include <sstream>

namespace gzfs::cli {

std::optional<std::vector<std::string>> parse_prop_list(const std::string& list,
                                                        std::string_view command, bool json)
{
    std::vector<std::string> names;
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item == "all") {
            for (std::string& n : all_pool_prop_names())
                names.push_back(std::move(n));
            continue;
        }
        bool feature = item.rfind("feature@", 0) == 0 && find_pool_feature(item.substr(8));
        const PoolProp* prop = find_pool_prop(item);
        if (!feature && !prop) {
            usage_error(command, "bad property list: invalid property '" + item + "'", json);
            return std::nullopt;
        }
        names.push_back(feature ? item : std::string(prop->name));
    }
    if (names.empty()) {
        usage_error(command, "bad property list: empty", json);
        return std::nullopt;
    }
    return names;
}

std::vector<out::Column> prop_columns(const std::vector<std::string>& names)
{
    std::vector<out::Column> cols;
    for (const std::string& n : names) {
        const PoolProp* p = find_pool_prop(n);
        if (!p) {
            std::string upper = n;
            for (char& ch : upper)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            cols.push_back({upper, false});
            continue;
        }
        // zprop_width(): numbers take at least 5 columns ("20.4M"), health 8 ("DEGRADED");
        // a right-aligned header padded on the left gives the column that width.
        std::string header(p->column);
        bool number = p->type == PoolPropType::Number;
        size_t min = p->name == "health" ? 8 : number ? 5 : 0;
        if (number && header.size() < min)
            header.insert(0, min - header.size(), ' ');
        cols.push_back({header, number});
    }
    return cols;
}

out::Json pool_props_json(const PoolConfig& pool, const PoolPropValues& values,
                          const std::vector<std::string>& names, bool literal, bool json_int,
                          bool with_type)
{
    out::Json j = out::pool_header_json(pool, with_type, json_int);
    out::Json props = out::Json::object();
    for (const std::string& n : names) {
        if (n == "name")
            continue;
        PropCell cell = pool_prop_cell(pool, values, n, literal);
        out::Json source;
        source["type"] = std::string(pool_source_type(cell.source));
        source["data"] = "-";
        props[n] = {{"value", out::json_value(cell.value, json_int)}, {"source", source}};
    }
    j["properties"] = std::move(props);
    return j;
}

} // namespace gzfs::cli
