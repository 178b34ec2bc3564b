#include "pool/pool_query.h"

#include "pool/pool_features.h"
#include "pool/pool_health.h"
#include "pool/pool_ops.h"

#include <algorithm>
#include <functional>

namespace gzfs {

Result<std::vector<std::string>> imported_pool_names(Client& c)
{
    auto configs = pool_configs(c);
    if (!configs)
        return configs.error();
    std::vector<std::string> names;
    for (const nv::Pair& p : configs->configs.pairs())
        names.push_back(p.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<uint64_t> imported_pool_guids(Client& c)
{
    std::vector<uint64_t> guids;
    auto configs = pool_configs(c);
    if (!configs)
        return guids;
    for (const nv::Pair& p : configs->configs.pairs())
        if (auto* config = std::get_if<nv::NvList>(&p.value.data()))
            guids.push_back(config->get_or("pool_guid", uint64_t{0}));
    return guids;
}

Result<OpenedPool> open_pool_raw(Client& c, const std::string& pool)
{
    auto stats = pool_stats(c, pool);
    if (!stats) {
        Error e = stats.error();
        if (e.sys_errno == ENOENT)
            e.message = "cannot open '" + pool + "': no such pool";
        return e;
    }
    bool has_init_errors = c.version() >= Version{0, 8, 0};
    auto config = parse_pool_config(stats->config, has_init_errors);
    if (!config)
        return make_error("cannot open '" + pool + "': " + config.error().message);
    return OpenedPool{std::move(*config), std::move(stats->config)};
}

Result<PoolConfig> open_pool(Client& c, const std::string& pool)
{
    auto opened = open_pool_raw(c, pool);
    if (!opened)
        return opened.error();
    return std::move(opened->config);
}

Result<PoolPropValues> pool_prop_values(Client& c, const PoolConfig& pool,
                                        const std::vector<std::string>& extra)
{
    PoolPropValues values;
    auto props = pool_get_props(c, pool.name, extra);
    if (!props)
        return props.error();
    for (const nv::Pair& p : props->pairs()) {
        auto* entry = std::get_if<nv::NvList>(&p.value.data());
        if (!entry)
            continue;
        PoolPropValue v;
        v.source = entry->get_or("source", uint64_t{1});
        if (auto s = entry->get<std::string>("value")) {
            v.string = *s;
            v.is_string = true;
        } else {
            v.number = entry->get_or("value", uint64_t{0});
        }
        values[p.name] = std::move(v);
    }
    for (const PoolProp& prop : pool_props()) {
        if (values.count(prop.name) || prop.access == PoolPropAccess::ReadOnly)
            continue;
        PoolPropValue v;
        v.source = 2;
        v.number = prop.default_number;
        v.string = std::string(prop.default_string);
        v.is_string = prop.type == PoolPropType::String;
        values.emplace(std::string(prop.name), std::move(v));
    }
    values["name"] = PoolPropValue{0, pool.name, true, 1};
    return values;
}

std::vector<std::string> all_pool_prop_names()
{
    std::vector<std::string> names;
    for (const PoolProp& p : pool_props())
        if (!p.hidden)
            names.emplace_back(p.name);
    for (const PoolFeature& f : pool_features())
        names.push_back("feature@" + std::string(f.name));
    return names;
}

PropCell pool_prop_cell(const PoolConfig& pool, const PoolPropValues& values,
                        const std::string& name, bool literal)
{
    if (name.rfind("feature@", 0) == 0) {
        const PoolFeature* f = find_pool_feature(name.substr(8));
        if (!f)
            return {"-", 1};
        return {feature_state(pool, *f), 8};
    }
    const PoolProp* prop = find_pool_prop(name);
    if (!prop)
        return {"-", 1};
    PoolPropValue v;
    if (auto it = values.find(prop->name); it != values.end())
        v = it->second;
    else
        v.source = 1;
    std::string health = pool_state_name(pool);
    return {format_pool_prop(*prop, v, literal, health), v.source};
}

namespace {

const nv::NvList* search(const nv::NvList& vdev, const std::function<bool(const nv::NvList&)>& match,
                         const nv::NvList* parent, const nv::NvList** ret_parent)
{
    if (match(vdev)) {
        if (ret_parent)
            *ret_parent = parent;
        return &vdev;
    }
    for (const char* key : {"children", "spares", "l2cache"})
        if (auto children = vdev.get_nvlist_array(key))
            for (const nv::NvList& c : *children)
                if (auto* found = search(c, match, &vdev, ret_parent))
                    return found;
    return nullptr;
}

} // namespace

const nv::NvList* find_vdev_by_guid(const nv::NvList& config, uint64_t guid,
                                    const nv::NvList** ret_parent)
{
    auto tree = config.get_nvlist("vdev_tree");
    if (!tree)
        return nullptr;
    return search(**tree, [guid](const nv::NvList& v) {
        return v.get_or("guid", uint64_t{0}) == guid;
    }, nullptr, ret_parent);
}

Result<uint64_t> find_vdev_guid(const nv::NvList& config, const std::string& device,
                                std::string_view verb)
{
    auto tree = config.get_nvlist("vdev_tree");
    if (!tree)
        return tree.error();
    auto match = [&](const nv::NvList& v) {
        std::string path = v.get_or("path", "");
        if (v.get_or("type", "") == "root")
            return false;
        if (!path.empty() && (path == device || path == "/dev/" + device))
            return true;
        if (vdev_display_name(v) == device)
            return true;
        return std::to_string(v.get_or("guid", uint64_t{0})) == device;
    };
    const nv::NvList* found = search(**tree, match, nullptr, nullptr);
    if (!found)
        return make_error("cannot " + std::string(verb) + " '" + device +
                              "': no such device in pool", ENODEV);
    return found->get_or("guid", uint64_t{0});
}

} // namespace gzfs
